// Public surface of the AI adapters (src/ai). Entry points import from here.
export { createOpenAiProvider, type OpenAiProvider, type OpenAiProviderDeps, type ConnectionCheck } from './openai-provider';
export {
  createChromeBuiltinProvider, isChromeBuiltinAvailable, chromeBuiltinAvailability, getChromeLanguageModel,
  type LanguageModelLike, type LanguageModelSessionLike, type ChromeBuiltinOptions,
} from './chrome-builtin-provider';
export {
  PRESETS, PRESET_IDS, ProviderSettingsSchema, StructuredOutputSchema, resolveProviderSettings, hostPermissionFor,
  DEFAULT_TIMEOUT_MS,
  type PresetId, type ProviderPreset, type ProviderSettings, type ResolvedProviderSettings, type StructuredOutput,
} from './presets';
export { createAiPlanner } from './ai-planner';
export { createRateLimiter, type RateLimiter, type RateLimits } from './rate-limiter';
export { systemClock } from './clock';
export { readJsonAnswer } from './json-answer';
export { wrapUntrusted, neutraliseUntrusted, UNTRUSTED_TAG } from './prompts/untrusted';
export * as taskPlanningPrompt from './prompts/task-planning';
export * as selectorPrompt from './prompts/selector-generation';
export * as recoveryPrompt from './prompts/error-recovery';
export type { SecretSource } from './secrets';
export type { ChatMessage } from './types';
