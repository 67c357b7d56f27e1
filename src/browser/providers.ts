import type { AiProvider, Planner, PlanRequest } from '../core/ports';
import type { Intent } from '../core/plan';
import {
  createAiPlanner, createChromeBuiltinProvider, createOpenAiProvider, getChromeLanguageModel, isChromeBuiltinAvailable,
  resolveProviderSettings, type LanguageModelLike,
} from '../ai';
import type { Settings } from './settings';

/** What the provider switch needs besides settings; tests pass a fake Prompt API. */
export interface ProviderSwitchDeps {
  /** The browser's Prompt API (`LanguageModel`), if it has one. */
  languageModel?: () => LanguageModelLike | undefined;
}

/** The id the Chrome built-in model has in the provider list. */
export const CHROME_BUILTIN_ID = 'chrome-builtin';

/** Configured OpenAI-compatible providers in Options order; bad entries are skipped (Options shows why). */
function configuredProviders(settings: Settings): AiProvider[] {
  return settings.providers.filter((p) => p.enabled).flatMap((p) => {
    try {
      return [createOpenAiProvider(resolveProviderSettings(p), { secrets: () => settings.secrets })];
    } catch {
      return [];
    }
  });
}

/**
 * The configured AI providers, rebuilt when settings change. The orchestrator is given stable
 * proxies (a planner and a recovery provider) that always use the current list, so editing
 * providers in Options never disturbs a live run. Chrome's built-in model comes after the
 * configured ones when the `chromeBuiltin` flag is on and `LanguageModel.availability()` says
 * 'available'; otherwise it is left out without a word.
 */
export function createProviderSwitch(deps: ProviderSwitchDeps = {}) {
  let providers: AiProvider[] = [];
  let aiEnabled = true;
  let generation = 0;

  /** Rebuilds the provider list from settings; resolves once the built-in model was looked for. */
  async function update(settings: Settings): Promise<void> {
    const current = ++generation;
    aiEnabled = settings.flags.aiPlanning;
    const configured = configuredProviders(settings);
    providers = configured;
    if (!settings.flags.chromeBuiltin) return;
    const lm = (deps.languageModel ?? getChromeLanguageModel)();
    if (!lm || !(await isChromeBuiltinAvailable(lm))) return;
    if (current !== generation) return; // newer settings arrived meanwhile
    providers = [...configured, createChromeBuiltinProvider({ languageModel: lm, secrets: () => settings.secrets })];
  }

  /** One AI planner per provider slot, in fallback order; each declines when its slot is empty. */
  const planners = (count = 4): Planner[] =>
    Array.from({ length: count }, (_, i) => ({
      source: 'ai' as const,
      async plan(req: PlanRequest & { intent?: Intent }) {
        const p = aiEnabled ? providers[i] : undefined;
        return p ? createAiPlanner(p).plan(req) : null;
      },
    }));

  const primary = (): AiProvider => {
    const p = providers[0];
    if (!p || !aiEnabled) throw new Error('No AI provider is configured.');
    return p;
  };
  /** Recovery provider: alternative selectors and re-planning through the first provider. */
  const recovery: AiProvider = {
    id: 'configured',
    generatePlan: (req) => primary().generatePlan(req),
    suggestSelectors: (s, i, sig) => primary().suggestSelectors(s, i, sig),
    recoverFromError: (e, c, sig) => primary().recoverFromError(e, c, sig),
  };

  return {
    update, planners, recovery,
    hasProvider: () => aiEnabled && providers.length > 0,
    /** Ids of the providers in use, in fallback order (empty while AI planning is off). */
    active: () => (aiEnabled ? providers.map((p) => p.id) : []),
  };
}
