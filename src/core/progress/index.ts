export * from './event-bus';
export * from './progress-tracker';
export * from './step-weights';
