export { parseGoal } from './parse-goal';
export { summarizeParsedGoal } from './summarize';
export { siteUrl, originOf } from './sites';
export * from './types';
