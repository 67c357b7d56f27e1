export * from './locator';
export * from './steps';
export * from './plan';
export * from './timeouts';
