import type { AiProvider, Planner, PlanRequest } from '../core/ports';
import type { Intent } from '../core/plan';
import { createAiPlanner, createOpenAiProvider, resolveProviderSettings, type OpenAiProvider } from '../ai';
import type { Settings } from './settings';

/**
 * The configured AI providers, rebuilt when settings change. The orchestrator is given stable
 * proxies (a planner and a recovery provider) that always use the current list, so editing
 * providers in Options never disturbs a live run.
 */
export function createProviderSwitch() {
  let providers: OpenAiProvider[] = [];
  let aiEnabled = true;

  /** Rebuilds the provider list from settings; bad entries are skipped (Options shows why). */
  function update(settings: Settings) {
    aiEnabled = settings.flags.aiPlanning;
    providers = settings.providers.filter((p) => p.enabled).flatMap((p) => {
      try {
        return [createOpenAiProvider(resolveProviderSettings(p), { secrets: () => settings.secrets })];
      } catch {
        return [];
      }
    });
  }

  /** One AI planner per configured provider, in fallback order; each declines when not configured. */
  const planners = (count = 3): Planner[] =>
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

  return { update, planners, recovery, hasProvider: () => aiEnabled && providers.length > 0 };
}
