import { makePlan, step, flush } from '../../testing';
import { CancelledError, ErrandError, PlanInvalid, ProviderError } from '../../errors';
import { InvalidTransition } from '../run-status';
import { fixedPlanner, setup, types } from './harness';

const four = () => makePlan([step.navigate('s1', 'https://shop.example/a'), step.click('s2'), step.click('s3'), step.extract('s4')]);

describe('orchestrator: pause, resume, cancel', () => {
  it('pauses after the step in flight and resumes from the cursor', async () => {
    const t = setup({ plan: four() });
    const release = t.driver.hold('s2');
    const run = await t.start({ autoApprove: true });
    await flush();
    const paused = t.engine.pause(run.id);
    release();
    expect(await paused).toMatchObject({ status: 'paused', cursor: 2 });
    expect(t.driver.calls.map((c) => c.step.id)).toEqual(['s1', 's2']);
    await t.engine.resume(run.id);
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'done', cursor: 4 });
    expect(t.driver.calls.map((c) => c.step.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(types(t.events).filter((x) => x.startsWith('run.'))).toEqual(['run.started', 'run.paused', 'run.resumed', 'run.completed']);
  });

  it('a pause cuts a retry wait short; resume tries the step again', async () => {
    const t = setup({ plan: four(), auto: false });
    t.driver.on('s2', new ErrandError('flaky', 'transient'));
    const run = await t.start({ autoApprove: true });
    await flush();
    expect(t.clock.pending()).toBe(1);
    expect(await t.engine.pause(run.id)).toMatchObject({ status: 'paused', steps: { s2: { status: 'pending', attempts: 2 } } });
    await t.engine.resume(run.id);
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'done' });
    expect(t.driver.count('s2')).toBe(2);
  });

  it('cancels mid-step: the driver signal aborts and the run ends cancelled', async () => {
    const t = setup({ plan: four() });
    let signal: AbortSignal | undefined;
    const perform = t.driver.perform.bind(t.driver);
    t.driver.perform = (s, tab, sig) => {
      if (s.id !== 's2') return perform(s, tab, sig);
      signal = sig;
      return new Promise((_, reject) => sig.addEventListener('abort', () => reject(new CancelledError())));
    };
    const run = await t.start({ autoApprove: true });
    await flush();
    const cancelled = await t.engine.cancel(run.id);
    expect(cancelled.status).toBe('cancelled');
    expect(signal?.aborted).toBe(true);
    expect((await t.engine.idle(run.id))?.status).toBe('cancelled');
    expect(t.driver.count('s3')).toBe(0);
    expect(t.events.filter((e) => e.type === 'run.cancelled')).toHaveLength(1);
    expect(await t.engine.cancel(run.id)).toMatchObject({ status: 'cancelled' });
  });

  it('a step that ignores the abort cannot write the cancelled run back', async () => {
    const t = setup({ plan: four() });
    const perform = t.driver.perform.bind(t.driver);
    t.driver.perform = (s, tab) => perform(s, tab, new AbortController().signal);
    const release = t.driver.hold('s2');
    const run = await t.start({ autoApprove: true });
    await flush();
    await t.engine.cancel(run.id);
    await t.store.deleteRun(run.id);
    release();
    await t.engine.idle(run.id);
    expect(await t.store.getRun(run.id)).toBeUndefined();
    expect(await t.store.getEvents(run.id)).toEqual([]);
  });

  it('cancels a run that waits for approval, and refuses to resume a finished run', async () => {
    const t = setup({ plan: four() });
    const run = await t.start();
    expect((await t.engine.cancel(run.id)).status).toBe('cancelled');
    await expect(t.engine.resume(run.id)).rejects.toBeInstanceOf(InvalidTransition);
    await expect(t.engine.approve(run.id)).rejects.toBeInstanceOf(InvalidTransition);
    await expect(t.engine.pause(run.id)).rejects.toBeInstanceOf(InvalidTransition);
    await expect(t.engine.get('nope')).resolves.toBeUndefined();
    await expect(t.engine.resume('nope')).rejects.toThrow(/no run nope/);
  });

  it('retry re-runs the failed step of a paused run', async () => {
    const t = setup({ plan: four(), config: { retry: { maxAttempts: 1 }, flags: { advancedRetry: false } } });
    t.driver.on('s3', new ErrandError('down', 'transient'));
    const run = await t.run();
    expect(run).toMatchObject({ status: 'paused', steps: { s3: { status: 'failed' } } });
    await expect(t.engine.retry('nope')).rejects.toThrow();
    await t.engine.retry(run.id);
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'done', steps: { s3: { status: 'done', attempts: 1 } }, suggestions: [] });
  });

  it('reports progress and activity while running', async () => {
    const t = setup({ plan: four() });
    const release = t.driver.hold('s3');
    const run = await t.start({ autoApprove: true });
    await flush();
    expect(t.engine.isActive()).toBe(true);
    expect(t.engine.progress(run.id)).toMatchObject({ percent: 50, done: 2, total: 4, currentStepId: 's3' });
    release();
    await t.engine.idle(run.id);
    expect(t.engine.isActive()).toBe(false);
  });
});

describe('orchestrator: questions for the person', () => {
  it('askUser waits for an answer and passes it on as a param', async () => {
    const plan = makePlan([
      { id: 's1', kind: 'askUser', mode: 'input', message: 'Which size?', field: 'size', description: 'Ask size' },
      step.type('s2', 'size {{param.size}}'),
    ]);
    const t = setup({ plan });
    const run = await t.run();
    expect(run).toMatchObject({ status: 'waiting-user', pending: { kind: 'input', stepId: 's1', message: 'Which size?', field: 'size' } });
    await expect(t.engine.approve(run.id)).rejects.toThrow();
    await t.engine.answer(run.id, 'XL');
    const done = await t.engine.idle(run.id);
    expect(done).toMatchObject({ status: 'done', inputs: { size: 'XL' }, steps: { s1: { status: 'done', output: { value: 'XL' } } } });
    expect((t.driver.calls[0].step as { value: string }).value).toBe('size XL');
    await expect(t.engine.answer(run.id, 'again')).rejects.toThrow(/not waiting/);
  });

  it('high-risk steps wait for confirmation; "no" cancels the run', async () => {
    const plan = makePlan([step.navigate('s1', 'https://shop.example/cart'), { ...step.click('pay'), risk: 'high', description: 'Pay now' }]);
    const t = setup({ plan });
    const run = await t.run();
    expect(run).toMatchObject({ status: 'waiting-user', pending: { kind: 'risk', stepId: 'pay' } });
    expect(t.driver.count('pay')).toBe(0);
    await t.engine.answer(run.id, true);
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'done', steps: { pay: { confirmed: true } } });

    const u = setup({ plan });
    const r2 = await u.run();
    expect(await u.engine.answer(r2.id, false)).toMatchObject({ status: 'cancelled' });
    expect(u.driver.count('pay')).toBe(0);
  });

  it('does not ask twice when the plan asked for confirmation right before', async () => {
    const plan = makePlan([{ id: 'ok', kind: 'askUser', mode: 'confirm', message: 'Place the order?', description: 'Confirm' }, { ...step.click('pay'), risk: 'high' }]);
    const t = setup({ plan });
    const run = await t.run();
    expect(run.pending?.kind).toBe('confirm');
    await t.engine.answer(run.id, true);
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'done' });
  });

  it('a new origin pauses the run until the person allows it', async () => {
    const plan = makePlan([step.navigate('s1', 'https://other.example/'), step.extract('s2')], { origins: [] });
    const t = setup({ plan });
    const run = await t.run();
    expect(run).toMatchObject({ status: 'paused', pending: { kind: 'origin', origin: 'https://other.example' }, error: { name: 'PolicyDenied' } });
    expect(t.driver.calls).toHaveLength(0);
    await t.engine.resume(run.id);
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'paused', pending: { kind: 'origin' } });
    await t.engine.approveOrigin(run.id, 'https://other.example/any/path');
    const done = await t.engine.idle(run.id);
    expect(done).toMatchObject({ status: 'done', plan: { origins: ['https://other.example'] } });
    expect(t.driver.calls).toHaveLength(2);
  });

  it('answering yes to an origin question allows it too; approving ahead of time just records it', async () => {
    const plan = makePlan([step.navigate('s1', 'https://other.example/')], { origins: [] });
    const t = setup({ plan });
    const run = await t.run();
    await t.engine.answer(run.id, true);
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'done' });

    const u = setup({ plan });
    const waiting = await u.start();
    expect((await u.engine.approveOrigin(waiting.id, 'https://third.example')).plan?.origins).toEqual(['https://third.example']);
    await expect(u.engine.approveOrigin((await u.store.listRuns())[0].id + 'x', 'https://x.example')).rejects.toThrow();
  });
});

describe('orchestrator: planning', () => {
  it('falls back over planners: one that declines, one that breaks, one that answers', async () => {
    const plan = makePlan([step.extract('s1')], { source: 'offline' });
    const broken = { source: 'ai' as const, async plan(): Promise<never> { throw new ProviderError('no key', 'permission', { status: 401 }); } };
    const t = setup({ deps: { planners: [fixedPlanner(null, 'template'), broken, fixedPlanner(plan)] } });
    const run = await t.start();
    expect(run).toMatchObject({ status: 'awaiting-approval', plan: { source: 'offline' } });
    expect(t.events.find((e) => e.type === 'plan.ready')?.data).toMatchObject({ source: 'offline', fallbacks: [{ id: 'template', reason: 'declined' }, { id: 'ai', reason: 'failed' }] });
    expect(t.driver.snapshotCalls).toBe(1);
  });

  it('retries a planner that failed for a transient reason before falling back', async () => {
    let calls = 0;
    const flaky = { source: 'ai' as const, async plan() {
      if (++calls === 1) throw new ProviderError('503', 'transient', { status: 503 });
      return { plan: makePlan([step.extract('s1')], { source: 'ai' }), usage: { modelCalls: 1, promptTokens: 1, completionTokens: 1 } };
    } };
    const t = setup({ deps: { planners: [flaky] }, config: { retry: { baseDelayMs: 250 } } });
    const run = await t.start();
    expect(run).toMatchObject({ status: 'awaiting-approval', plan: { source: 'ai' } });
    expect(t.clock.sleeps).toEqual([250]);
    expect(t.events.find((e) => e.type === 'step.retrying')).toMatchObject({ attempt: 2, data: { phase: 'planning', planner: 'ai', delayMs: 250 } });
  });

  it('fails with suggestions when no planner produced a valid plan', async () => {
    const invalid = { ...makePlan([step.extract('s1')]), steps: [] } as never;
    const t = setup({ deps: { planners: [fixedPlanner(invalid, 'ai')] } });
    const run = await t.start();
    expect(run).toMatchObject({ status: 'failed', error: { category: 'validation' } });
    expect(run.suggestions.length).toBeGreaterThan(0);
    await t.store.putRun({ ...run, suggestions: ['explained elsewhere'] });
    expect((await t.engine.get(run.id))?.suggestions).toEqual(['explained elsewhere']);
  });

  it('skips the AI planner when AI planning is off', async () => {
    const ai = fixedPlanner(makePlan([step.extract('s1')], { source: 'ai' }), 'ai');
    const offline = fixedPlanner(makePlan([step.extract('s1')], { source: 'offline' }));
    const t = setup({ deps: { planners: [ai, offline] }, config: { flags: { aiPlanning: false } } });
    expect((await t.start()).plan?.source).toBe('offline');
    expect(ai.calls).toBe(0);
  });

  it('takes a given plan without planning, and rejects an invalid one before creating a run', async () => {
    const t = setup();
    const run = await t.start({ plan: makePlan([step.extract('s9')], { source: 'template' }) });
    expect(run.plan?.steps[0].id).toBe('s9');
    expect(t.planner.calls).toBe(0);
    await expect(t.start({ plan: { goal: 'x' } })).rejects.toBeInstanceOf(PlanInvalid);
    expect(await t.engine.list()).toHaveLength(1);
  });

  it('approves an edited plan after validating it', async () => {
    const t = setup({ plan: four() });
    const run = await t.start();
    await expect(t.engine.approve(run.id, { ...run.plan!, steps: [] })).rejects.toBeInstanceOf(PlanInvalid);
    await t.engine.approve(run.id, { ...run.plan!, steps: [step.extract('only')] });
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'done', plan: { steps: [{ id: 'only' }] } });
  });

  it('cancelling while planning ends the run cancelled', async () => {
    let release!: () => void;
    const slow = { source: 'ai' as const, plan: () => new Promise<null>((r) => { release = () => r(null); }) };
    const t = setup({ deps: { planners: [slow] } });
    const started = t.start();
    await flush();
    expect(t.engine.isActive()).toBe(true);
    const [run] = await t.engine.list();
    await t.engine.cancel(run.id);
    release();
    expect(await started).toMatchObject({ status: 'cancelled' });
  });
});
