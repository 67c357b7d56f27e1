export * from './fake-clock';
export * from './counter-ids';
export * from './memory-kv';
export * from './memory-run-store';
export * from './scripted-driver';
export * from './plan-builders';
