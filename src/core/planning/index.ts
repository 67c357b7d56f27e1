export * from './goal-parser';
export { createOfflinePlanner, parsedOf, OFFLINE_PLANNER_VERSION, type OfflinePlanner } from './offline/offline-planner';
export { explainCannotPlan } from './offline/cannot-plan';
export { paramsFromParsed, valueParamName } from './params';
export { goalShape } from './cache/goal-shape';
export {
  createPlanCache, createCachePlanner, createMemoryPlanStore,
  type PlanCache, type PlanCacheStore, type PlanCacheOptions, type PlanCacheEntryInfo,
} from './plan-cache';
