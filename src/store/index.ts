export * from './idb-schema';
export * from './idb-run-store';
export * from './kv';
