export * from './references';
export * from './substitute';
export * from './execution-context';
