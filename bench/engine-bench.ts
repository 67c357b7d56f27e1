// Engine benchmark: orchestration overhead per step, and IndexedDB write time per transition.
// Usage: npx tsx bench/engine-bench.ts [steps=1000] [idbSteps=200]
// IndexedDB here is fake-indexeddb in Node (an in-memory implementation of the spec): its numbers
// show the engine's write pattern and record sizes, not a browser's disk speed.
import 'fake-indexeddb/auto';
import { pathToFileURL } from 'node:url';
import { createOrchestrator } from '../src/core/engine';
import { CounterIds, NullRunStore, makePlan, css } from '../src/core/testing';
import { IdbRunStore } from '../src/store';
import { DEFAULT_CONFIG } from '../src/core/config';
import type { Clock, PageDriver, PageStepResult, Planner, RunStore } from '../src/core/ports';
import type { Plan } from '../src/core/plan';
import { CancelledError } from '../src/core/errors';

/** One result row: what was measured, how many samples, median and 95th percentile in ms. */
export interface BenchRow { name: string; samples: number; medianMs: number; p95Ms: number; note: string }

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => { clearTimeout(t); reject(new CancelledError()); }, { once: true });
  }),
};

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
const row = (name: string, values: number[], note: string): BenchRow => ({
  name, samples: values.length, medianMs: +quantile(values, 0.5).toFixed(4), p95Ms: +quantile(values, 0.95).toFixed(4), note,
});

/** A plan of `n` page steps (click, type, wait, scroll, extract in turn). */
function bigPlan(n: number): Plan {
  const kinds = [
    (i: number) => ({ id: `s${i}`, kind: 'click', target: css(`#b${i}`), description: `Click ${i}` }),
    (i: number) => ({ id: `s${i}`, kind: 'type', target: css('#q'), value: `text ${i}`, description: `Type ${i}` }),
    (i: number) => ({ id: `s${i}`, kind: 'wait', for: { kind: 'time', ms: 0 }, description: `Wait ${i}` }),
    (i: number) => ({ id: `s${i}`, kind: 'scroll', description: `Scroll ${i}` }),
    (i: number) => ({ id: `s${i}`, kind: 'extract', what: 'list', description: `Read ${i}` }),
  ];
  return makePlan(Array.from({ length: n }, (_, i) => kinds[i % kinds.length](i)), { origins: ['https://bench.example'] });
}

/** A page driver that answers at once and records when each call entered and left. */
function instantDriver(): PageDriver & { enter: number[]; exit: number[] } {
  const result: PageStepResult = { url: 'https://bench.example/' };
  const extracted: PageStepResult = { url: 'https://bench.example/', output: { records: [{ name: 'a', price: 1 }], url: 'https://bench.example/', title: 'Bench' } };
  const d = {
    enter: [] as number[],
    exit: [] as number[],
    async perform(step: { kind: string }) {
      d.enter.push(performance.now());
      const r = step.kind === 'extract' ? extracted : result;
      d.exit.push(performance.now());
      return r;
    },
    async snapshot(): Promise<never> { throw new Error('not used'); },
  };
  return d;
}

async function runPlan(plan: Plan, store: RunStore, driver: PageDriver, config = DEFAULT_CONFIG): Promise<void> {
  const planners: Planner[] = [{ source: 'user', plan: async () => ({ plan, usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 } }) }];
  const engine = createOrchestrator({ store, driver, planners, clock: realClock, ids: new CounterIds(), config });
  const run = await engine.start({ goal: 'bench', tabId: 1, startUrl: 'https://bench.example/', plan, autoApprove: true });
  const done = await engine.idle(run.id);
  if (done && done.status !== 'done') throw new Error(`bench run ended ${done.status}`);
}

/** Time the engine spends between two driver calls: everything it does per step except the page work. */
async function engineOverhead(steps: number): Promise<BenchRow[]> {
  await runPlan(bigPlan(50), new NullRunStore(), instantDriver()); // warm-up (JIT)
  const driver = instantDriver();
  const started = performance.now();
  await runPlan(bigPlan(steps), new NullRunStore(), driver);
  const total = performance.now() - started;
  const gaps = driver.enter.slice(1).map((t, i) => t - driver.exit[i]);
  const lean = instantDriver();
  await runPlan(bigPlan(steps), new NullRunStore(), lean, { ...DEFAULT_CONFIG, snapshots: false, flags: { ...DEFAULT_CONFIG.flags, progressEvents: false } });
  const leanGaps = lean.enter.slice(1).map((t, i) => t - lean.exit[i]);
  return [
    row(`engine overhead per step (${steps}-step plan, no-op store)`, gaps, `whole run ${total.toFixed(0)} ms incl. planning/validation`),
    row('  same, snapshots and progress events off', leanGaps, 'the per-step context snapshot grows with the outputs so far'),
  ];
}

/** Wraps a store to time each write. */
function timedStore(inner: RunStore, times: Record<string, number[]>): RunStore {
  const timed = <A extends unknown[]>(name: string, fn: (...a: A) => Promise<void>) => async (...a: A) => {
    const t = performance.now();
    await fn(...a);
    (times[name] ??= []).push(performance.now() - t);
  };
  return {
    ...inner,
    getRun: (id) => inner.getRun(id),
    listRuns: (f) => inner.listRuns(f),
    deleteRun: (id) => inner.deleteRun(id),
    getEvents: (id, after) => inner.getEvents(id, after),
    getSnapshots: (id) => inner.getSnapshots(id),
    prune: (k) => inner.prune(k),
    putRun: timed('putRun', (r) => inner.putRun(r)),
    appendEvent: timed('appendEvent', (e) => inner.appendEvent(e)),
    putSnapshot: timed('putSnapshot', (r, s, c) => inner.putSnapshot(r, s, c)),
  };
}

/** IndexedDB (fake-indexeddb) write time per transition: each write the engine makes, by kind. */
async function idbWrites(steps: number): Promise<BenchRow[]> {
  const times: Record<string, number[]> = {};
  const store = await IdbRunStore.open(`errand-bench-${Date.now()}`);
  const driver = instantDriver();
  const started = performance.now();
  await runPlan(bigPlan(steps), timedStore(store, times), driver);
  const total = performance.now() - started;
  const all = Object.values(times).flat();
  const perStep = (all.length / steps).toFixed(1);
  store.close();
  return [
    row(`IndexedDB write, any (${steps}-step plan)`, all, `${perStep} writes per step; run took ${total.toFixed(0)} ms; fake-indexeddb in Node`),
    row('IndexedDB putRun (state transition)', times.putRun ?? [], 'run record grows with the number of step states'),
    row('IndexedDB appendEvent', times.appendEvent ?? [], 'one per event (step.started/completed, progress…)'),
    row('IndexedDB putSnapshot', times.putSnapshot ?? [], 'context after each step'),
  ];
}

/** Runs the benchmark and returns its rows. */
export async function benchEngine(options: { steps?: number; idbSteps?: number } = {}): Promise<BenchRow[]> {
  return [...await engineOverhead(options.steps ?? 1000), ...await idbWrites(options.idbSteps ?? 200)];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [steps, idbSteps] = process.argv.slice(2).map(Number);
  const rows = await benchEngine({ steps: steps || undefined, idbSteps: idbSteps || undefined });
  console.table(rows);
}
