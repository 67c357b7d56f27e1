import type { Plan } from '../../plan';
import type { Planner, AiProvider } from '../../ports';
import type { RunEvent } from '../../events';
import { FakeClock, CounterIds, MemoryRunStore, ScriptedDriver, makePlan } from '../../testing';
import { resolveConfig, type ConfigOverrides } from '../../config';
import { createOrchestrator } from '../orchestrator';
import type { OrchestratorDeps } from '../types';

/** A planner that always answers with the given plan (and counts its calls). */
export function fixedPlanner(plan: Plan | null, source: Plan['source'] = 'offline'): Planner & { calls: number } {
  const p = {
    source,
    calls: 0,
    async plan() {
      p.calls++;
      return plan && { plan, usage: { modelCalls: source === 'ai' ? 1 : 0, promptTokens: 10, completionTokens: 5 } };
    },
  };
  return p;
}

/** Everything a test needs: the engine over in-memory ports, plus the ports themselves. */
export function setup(options: { plan?: Plan; config?: ConfigOverrides; deps?: Partial<OrchestratorDeps>; auto?: boolean; url?: string } = {}) {
  const clock = new FakeClock({ auto: options.auto ?? true, start: 1_000 });
  const store = new MemoryRunStore();
  const driver = new ScriptedDriver({ url: options.url ?? 'https://shop.example/' });
  const planner = fixedPlanner(options.plan ?? makePlan([{ id: 's1', kind: 'extract', what: 'list', description: 'Read' }]));
  const events: RunEvent[] = [];
  const config = resolveConfig({ retry: { jitter: 0 } }, options.config);
  const deps: OrchestratorDeps = { store, driver, planners: [planner], clock, ids: new CounterIds(), config, ...options.deps };
  const engine = createOrchestrator(deps);
  engine.subscribe((e) => events.push(e));
  const start = (extra: Record<string, unknown> = {}) => engine.start({ goal: 'find things', tabId: 7, startUrl: 'https://shop.example/', ...extra });
  /** Starts with autoApprove and waits until the loop stops. */
  const run = async (extra: Record<string, unknown> = {}) => {
    const r = await start({ autoApprove: true, ...extra });
    return (await engine.idle(r.id))!;
  };
  return { clock, store, driver, planner, events, engine, deps, start, run, config };
}

/** Event types of a run, in order. */
export function types(events: RunEvent[], filter?: (e: RunEvent) => boolean): string[] {
  return events.filter(filter ?? (() => true)).map((e) => (e.stepId ? `${e.type}:${e.stepId}` : e.type));
}

/** A provider whose answers the test scripts. */
export function fakeProvider(answers: Partial<{ strategies: unknown[]; steps: unknown[]; fail: Error }> = {}): AiProvider & { calls: string[] } {
  const usage = { modelCalls: 1, promptTokens: 100, completionTokens: 20 };
  const p = {
    id: 'fake-ai',
    calls: [] as string[],
    async generatePlan(): Promise<never> { throw new Error('not used'); },
    async suggestSelectors() {
      p.calls.push('suggestSelectors');
      if (answers.fail) throw answers.fail;
      return { strategies: answers.strategies ?? [], usage };
    },
    async recoverFromError() {
      p.calls.push('recoverFromError');
      if (answers.fail) throw answers.fail;
      return { steps: answers.steps ?? [], usage };
    },
  };
  return p;
}
