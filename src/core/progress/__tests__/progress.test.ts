import { EventBus } from '../event-bus';
import { ProgressTracker } from '../progress-tracker';
import { stepWeight, stepsWeight } from '../step-weights';
import type { RunRecord } from '../../run';
import { makePlan, step } from '../../testing';

const run = (id = 'r1'): RunRecord => ({ id, goal: 'g', status: 'running', createdAt: 0, updatedAt: 0, cursor: 0, steps: {}, inputs: {}, suggestions: [], usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 }, lastSeq: 0 });

describe('EventBus', () => {
  it('numbers events per run without gaps and correlates them per step', () => {
    const bus = new EventBus();
    const a = run('a');
    const b = run('b');
    const e1 = bus.next(a, { type: 'run.started' }, 10);
    const e2 = bus.next(a, { type: 'step.started', stepId: 's1', attempt: 1 }, 11);
    const e3 = bus.next(b, { type: 'run.started' }, 12);
    expect([e1.seq, e2.seq, e3.seq]).toEqual([1, 2, 1]);
    expect(a.lastSeq).toBe(2);
    expect(e1).toEqual({ type: 'run.started', runId: 'a', seq: 1, at: 10, correlationId: 'a' });
    expect(e2.correlationId).toBe('a/s1');
    expect(bus.next(a, { type: 'progress', correlationId: 'custom' }, 13).correlationId).toBe('custom');
  });

  it('delivers to subscribers filtered by run and type, until they unsubscribe', () => {
    const bus = new EventBus();
    const r = run();
    const all: string[] = [];
    const completed: string[] = [];
    const other: string[] = [];
    const offAll = bus.subscribe((e) => all.push(e.type));
    bus.on('step.completed', (e) => completed.push(e.stepId ?? ''), 'r1');
    bus.subscribe((e) => other.push(e.type), { runId: 'zz' });
    expect(bus.size).toBe(3);
    bus.publish(bus.next(r, { type: 'step.started', stepId: 's1' }, 1));
    bus.publish(bus.next(r, { type: 'step.completed', stepId: 's1' }, 2));
    offAll();
    bus.publish(bus.next(r, { type: 'step.completed', stepId: 's2' }, 3));
    expect(all).toEqual(['step.started', 'step.completed']);
    expect(completed).toEqual(['s1', 's2']);
    expect(other).toEqual([]);
  });

  it('keeps a bounded history per run and survives a throwing listener', () => {
    const bus = new EventBus(2);
    const r = run();
    bus.subscribe(() => { throw new Error('listener bug'); });
    for (let i = 0; i < 3; i++) bus.publish(bus.next(r, { type: 'progress' }, i));
    expect(bus.history('r1').map((e) => e.seq)).toEqual([2, 3]);
    expect(bus.history('r1', 2).map((e) => e.seq)).toEqual([3]);
    bus.forget('r1');
    expect(bus.history('r1')).toEqual([]);
    const none = new EventBus(0);
    none.publish(none.next(r, { type: 'progress' }, 0));
    expect(none.history('r1')).toEqual([]);
  });
});

describe('ProgressTracker', () => {
  it('reports percent, counts, the current step and an ETA from recent durations', () => {
    const t = new ProgressTracker(4, 2);
    expect(t.snapshot()).toEqual({ percent: 0, done: 0, total: 4, etaMs: undefined, currentStepId: undefined });
    t.start('s1');
    t.complete(100);
    t.start('s2');
    t.complete(300);
    expect(t.snapshot()).toEqual({ percent: 50, done: 2, total: 4, etaMs: 400, currentStepId: 's2' });
    t.complete(500);
    expect(t.averageMs()).toBe(400);
    expect(t.snapshot().etaMs).toBe(400);
  });

  it('grows and shrinks as containers learn their size, never reporting 100 before the end', () => {
    const t = new ProgressTracker(2);
    t.complete(10);
    t.grow(8);
    expect(t.snapshot()).toMatchObject({ percent: 10, total: 10 });
    t.grow(-100);
    expect(t.snapshot()).toMatchObject({ total: 1, percent: 99 });
    t.complete();
    expect(t.snapshot()).toMatchObject({ done: 2, total: 2, percent: 99 });
    t.finish();
    expect(t.snapshot()).toMatchObject({ percent: 100, etaMs: 0 });
  });

  it('restores the count of steps already done', () => {
    const t = new ProgressTracker(10);
    t.restore(4);
    expect(t.snapshot()).toMatchObject({ done: 4, percent: 40 });
    expect(new ProgressTracker(0).snapshot().percent).toBe(0);
  });
});

describe('step weights', () => {
  it('count leaf steps, expanding literal forEach lists and paginate pages', () => {
    const plan = makePlan([
      step.navigate('s1', 'https://shop.example/'),
      { id: 's2', kind: 'forEach', items: ['a', 'b', 'c'], as: 'x', description: 'Each', steps: [step.click('s3'), step.extract('s4')] },
      { id: 's5', kind: 'forEach', items: '{{steps.s1.records}}', as: 'y', description: 'Each', steps: [step.extract('s6')] },
      { id: 's7', kind: 'paginate', next: { description: 'next', strategies: [{ css: '.next' }] }, description: 'Pages', steps: [step.extract('s8')] },
    ]);
    expect(plan.steps.map(stepWeight)).toEqual([1, 6, 1, 2]);
    expect(stepsWeight(plan.steps)).toBe(10);
  });
});
