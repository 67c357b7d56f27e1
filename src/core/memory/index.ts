export * from './selector-memory';
