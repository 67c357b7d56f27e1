export * from './selector-memory';
export * from './memory-entries';
