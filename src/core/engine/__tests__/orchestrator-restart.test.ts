import { makePlan, step, flush, FakeClock, CounterIds, MemoryRunStore, ScriptedDriver, css } from '../../testing';
import type { PageStep } from '../../plan';
import type { RunStore } from '../../ports';
import { createOrchestrator } from '../orchestrator';
import type { OrchestratorDeps, RecheckStep } from '../types';
import { fixedPlanner } from './harness';

/** Two orchestrator "lifetimes" over one store and one page: the first is dropped mid-run. */
function world(plan = makePlan([step.navigate('s1', 'https://shop.example/a'), step.extract('s2'), step.click('s3'), step.extract('s4')])) {
  const store = new MemoryRunStore();
  const driver = new ScriptedDriver();
  const planner = fixedPlanner(plan);
  const engine = (extra: Partial<OrchestratorDeps> = {}) => createOrchestrator({ store, driver, planners: [planner], clock: new FakeClock({ auto: true }), ids: new CounterIds(), ...extra });
  return { store, driver, planner, engine };
}

/** Starts a run and leaves the first engine stuck inside `stepId` (as if the worker died there). */
async function dieDuring(w: ReturnType<typeof world>, stepId: string) {
  w.driver.hold(stepId);
  const first = w.engine();
  const run = await first.start({ goal: 'g', tabId: 1, startUrl: 'https://shop.example/', autoApprove: true });
  await flush();
  expect((await w.store.getRun(run.id))?.steps[stepId]?.status).toBe('started');
  return run.id;
}

describe('orchestrator: resuming interrupted runs', () => {
  it('marks a running run interrupted, then re-runs its half-finished idempotent step and continues', async () => {
    const w = world();
    const runId = await dieDuring(w, 's2');
    const second = w.engine();
    const resumed = await second.resumeInterrupted();
    expect(resumed.map((r) => r.id)).toEqual([runId]);
    const done = await second.idle(runId);
    expect(done?.status).toBe('done');
    expect(w.driver.calls.map((c) => c.step.id)).toEqual(['s1', 's2', 's2', 's3', 's4']);
    const events = await w.store.getEvents(runId);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.map((e) => e.type)).toContain('run.interrupted');
    expect(await second.resumeInterrupted()).toEqual([]);
  });

  it('asks before repeating a half-finished click; "yes, it happened" takes it as done', async () => {
    const w = world();
    const runId = await dieDuring(w, 's3');
    const second = w.engine();
    await second.resumeInterrupted();
    const paused = await second.idle(runId);
    expect(paused).toMatchObject({ status: 'paused', pending: { kind: 'recheck', stepId: 's3' } });
    expect(paused?.pending?.message).toContain('Did it happen?');
    await second.answer(runId, true);
    expect(await second.idle(runId)).toMatchObject({ status: 'done' });
    expect(w.driver.count('s3')).toBe(1);
    const completed = (await second.events(runId)).filter((e) => e.type === 'step.completed' && e.stepId === 's3');
    expect(completed).toHaveLength(1);
  });

  it('"no, it did not happen" (or Resume) does the click again', async () => {
    for (const how of ['answer', 'resume'] as const) {
      const w = world();
      const runId = await dieDuring(w, 's3');
      const second = w.engine();
      await second.resumeInterrupted();
      await second.idle(runId);
      if (how === 'answer') await second.answer(runId, false); else await second.resume(runId);
      expect(await second.idle(runId)).toMatchObject({ status: 'done' });
      expect(w.driver.count('s3')).toBe(2);
    }
  });

  it('uses the recheck hook to look at the page instead of asking', async () => {
    const w = world();
    const runId = await dieDuring(w, 's3');
    const recheckStep: RecheckStep = async (s) => (s.id === 's3' ? { action: 'done', url: 'https://shop.example/cart' } : { action: 'rerun' });
    const second = w.engine({ recheckStep });
    await second.resumeInterrupted();
    expect(await second.idle(runId)).toMatchObject({ status: 'done', steps: { s3: { status: 'done' } } });
    expect(w.driver.count('s3')).toBe(1);
    const snapshot = (await w.store.getSnapshots(runId)).find((x) => x.stepId === 's3');
    expect(snapshot?.context).toMatchObject({ page: { url: 'https://shop.example/cart' } });
  });

  it('plans again a run that died while planning', async () => {
    const w = world();
    let hang = true;
    const slow = { source: 'ai' as const, plan: async () => (hang ? new Promise<never>(() => {}) : { plan: makePlan([step.extract('x')]), usage: { modelCalls: 1, promptTokens: 1, completionTokens: 1 } }) };
    void w.engine({ planners: [slow] }).start({ goal: 'g', tabId: 1 });
    await flush();
    hang = false;
    const second = w.engine({ planners: [slow] });
    const [run] = await second.resumeInterrupted();
    expect(run).toMatchObject({ status: 'awaiting-approval', plan: { steps: [{ id: 'x' }] } });
  });
});

/** Small seeded random numbers (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A store that dies at its Nth write: that write and every later call never complete. */
function dyingStore(inner: RunStore, dieAt: number) {
  let writes = 0;
  let dead = false;
  const never = new Promise<never>(() => {});
  const write = <A extends unknown[]>(fn: (...a: A) => Promise<void>) => (...a: A) => {
    if (dead || ++writes >= dieAt) { dead = true; return never; }
    return fn(...a);
  };
  const store: RunStore = {
    putRun: write((r) => inner.putRun(r)),
    appendEvent: write((e) => inner.appendEvent(e)),
    putSnapshot: write((r, s, c) => inner.putSnapshot(r, s, c)),
    getRun: (id) => (dead ? never : inner.getRun(id)),
    listRuns: (f) => inner.listRuns(f),
    deleteRun: (id) => inner.deleteRun(id),
    getEvents: (id, after) => inner.getEvents(id, after),
    getSnapshots: (id) => inner.getSnapshots(id),
    prune: (k) => inner.prune(k),
  };
  return { store, isDead: () => dead, writes: () => writes };
}

const twelve = () => makePlan([
  step.navigate('s1', 'https://shop.example/search'),
  { ...step.type('s2', 'usb cable'), clear: false },
  { id: 's3', kind: 'press', key: 'Enter', description: 'Submit', target: css('#q') },
  step.wait('s4'),
  step.extract('s5'),
  { id: 's6', kind: 'forEach', items: '{{steps.s5.records}}', as: 'item', description: 'Each result', steps: [
    step.navigate('s7', '{{item.url}}'),
    { ...step.extract('s8'), query: '{{item.name}}' },
  ] },
  { id: 's9', kind: 'compute', op: 'min', input: '{{steps.s6.records}}', field: 'price', description: 'Cheapest' },
  { id: 's10', kind: 'scroll', direction: 'down', description: 'Scroll' },
  step.click('s11'),
  { id: 's12', kind: 'select', target: css('#size'), value: 'M', description: 'Size' },
  { id: 's13', kind: 'hover', target: css('#menu'), description: 'Hover' },
  step.extract('s14'),
], { intent: 'compare' });

function page() {
  const driver = new ScriptedDriver();
  driver.records.s5 = [{ name: 'one', url: 'https://shop.example/p/1' }, { name: 'two', url: 'https://shop.example/p/2' }];
  driver.records.s8 = [{ price: 3 }];
  driver.records.s14 = [{ done: true }];
  return driver;
}

/** The recheck a real page would give: the effect of a step is visible when it happened. */
const recheckOn = (driver: ScriptedDriver): RecheckStep => async (s) => {
  const effect = driver.effects.get(driver.effectKey(s as PageStep));
  return effect ? { action: 'done', output: effect.output ?? (effect.url ? { url: effect.url } : undefined), url: effect.url } : { action: 'rerun' };
};

async function lifetime(store: RunStore, driver: ScriptedDriver) {
  return createOrchestrator({ store, driver, planners: [fixedPlanner(twelve())], clock: new FakeClock({ auto: true }), ids: new CounterIds(), recheckStep: recheckOn(driver) });
}

/** Runs the twelve-step plan once without a crash: the calls and result every crashed run must match. */
async function referenceRun() {
  const driver = page();
  const store = new MemoryRunStore();
  const engine = await lifetime(store, driver);
  const run = await engine.idle((await engine.start({ goal: 'g', tabId: 1, startUrl: 'https://shop.example/', autoApprove: true })).id);
  return {
    run,
    calls: driver.calls.map((c) => driver.effectKey(c.step)).sort(),
    totalWrites: store.writes.length,
    firstStepWrite: store.writes.findIndex((w) => w.op === 'appendEvent' && w.event.type === 'step.started') + 1,
  };
}

/** Kills a run at write `dieAt`, resumes it in a new lifetime and checks the outcome. */
async function crashAndResume(dieAt: number, ref: Awaited<ReturnType<typeof referenceRun>>, label: string) {
  const store = new MemoryRunStore();
  const driver = page();
  const dying = dyingStore(store, dieAt);
  const first = await lifetime(dying.store, driver);
  const run = await first.start({ goal: 'g', tabId: 1, startUrl: 'https://shop.example/', autoApprove: true });
  for (let i = 0; i < 50 && !dying.isDead(); i++) await flush();
  expect(dying.isDead(), label).toBe(true);
  const second = await lifetime(store, driver);
  await second.resumeInterrupted();
  const done = await second.idle(run.id);
  expect(done?.status, label).toBe('done');
  expect(driver.calls.map((c) => driver.effectKey(c.step)).sort(), label).toEqual(ref.calls);
  expect(done?.result, label).toEqual(ref.run?.result);
  const events = await store.getEvents(run.id);
  const seqs = events.map((e) => e.seq);
  expect(seqs, label).toEqual(seqs.map((_, i) => i + 1));
  for (const [stepId, st] of Object.entries(done!.steps)) {
    if (st.status !== 'done' && st.status !== 'skipped') continue;
    const completions = events.filter((e) => e.type === 'step.completed' && e.stepId === stepId);
    expect(completions, `${label}: ${stepId} announced once`).toHaveLength(1);
  }
}

describe('orchestrator: crash anywhere, resume, every step exactly once', () => {
  it('survives being killed at a random write (20 seeds)', async () => {
    const ref = await referenceRun();
    expect(ref.run?.status).toBe('done');
    expect(new Set(ref.calls).size).toBe(ref.calls.length);
    for (let seed = 1; seed <= 20; seed++) {
      const dieAt = ref.firstStepWrite + Math.floor(seeded(seed)() * (ref.totalWrites - ref.firstStepWrite));
      await crashAndResume(dieAt, ref, `seed ${seed}, died at write ${dieAt}`);
    }
  });

  it('survives being killed at every single write of the run', async () => {
    const ref = await referenceRun();
    for (let dieAt = ref.firstStepWrite; dieAt <= ref.totalWrites; dieAt++) await crashAndResume(dieAt, ref, `died at write ${dieAt}`);
  });
});
