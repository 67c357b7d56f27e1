export * from './backoff';
export * from './retry-policy';
export * from './retry-loop';
export * from './circuit-breaker';
export * from './fallback-chain';
export * from './suggestions';
