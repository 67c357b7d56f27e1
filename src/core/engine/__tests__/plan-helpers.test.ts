import { allStepIds, childSteps, findStep, findStepList } from '../plan-tree';
import { isTopLevel, iterationPrefix, nextClickId, planIdOf, templatePrefix } from '../step-ids';
import { canTransition, InvalidTransition, transition } from '../run-status';
import { originMatches, originNeedingApproval } from '../origin-policy';
import { checkEdit, applyEdit } from '../plan-edit';
import { locatorOf, orderByHealth, preferStrategies, recordLocatorOutcome, toStrategies, withLocator } from '../locators';
import { makePlan, step, FakeClock } from '../../testing';
import { BreakerRegistry } from '../../retry';
import { PlanInvalid, PolicyDenied } from '../../errors';
import type { RunRecord } from '../../run';

const nested = () => makePlan([
  step.navigate('s1', 'https://shop.example/'),
  { id: 's2', kind: 'forEach', items: ['a'], as: 'x', description: 'Each', steps: [step.click('s3'), { id: 's4', kind: 'paginate', next: { description: 'n', strategies: [{ css: '.n' }] }, description: 'P', steps: [step.extract('s5')] }] },
  step.extract('s6'),
]);

describe('plan tree and state ids', () => {
  it('walks nested steps in run order and finds their lists', () => {
    const plan = nested();
    expect(allStepIds(plan.steps)).toEqual(['s1', 's2', 's3', 's4', 's5', 's6']);
    expect(findStepList(plan.steps, 's5')?.parent?.id).toBe('s4');
    expect(findStepList(plan.steps, 's3')?.parent?.id).toBe('s2');
    expect(findStepList(plan.steps, 's6')?.index).toBe(2);
    expect(findStep(plan, 'nope')).toBeUndefined();
    expect(childSteps(plan.steps[0])).toEqual([]);
  });

  it('builds state ids for iterations, templates and next clicks', () => {
    expect(iterationPrefix('s4', 2) + 's5').toBe('s4[2].s5');
    expect(iterationPrefix('s4[2].s8', 0) + 's9').toBe('s4[2].s8[0].s9');
    expect(templatePrefix('s6') + 't1').toBe('s6.t1');
    expect(nextClickId('s7', 1)).toBe('s7[1].@next');
    expect([isTopLevel('s3'), isTopLevel('s4[2].s5'), isTopLevel('s6.t1')]).toEqual([true, false, false]);
    expect([planIdOf('s4[2].s5'), planIdOf('s3'), planIdOf('s6.t1')]).toEqual(['s5', 's3', 't1']);
  });
});

describe('run status', () => {
  it('allows only the lifecycle transitions', () => {
    const run = { id: 'r', status: 'planning', updatedAt: 0 } as RunRecord;
    transition(run, 'awaiting-approval', 5);
    expect(run).toMatchObject({ status: 'awaiting-approval', updatedAt: 5 });
    expect(() => transition(run, 'paused', 6)).toThrow(InvalidTransition);
    expect(canTransition('running', 'paused')).toBe(true);
    expect(canTransition('paused', 'running')).toBe(true);
    expect(canTransition('interrupted', 'running')).toBe(true);
    expect(canTransition('done', 'running')).toBe(false);
    expect(canTransition('cancelled', 'running')).toBe(false);
  });
});

describe('origin policy', () => {
  const plan = makePlan([step.extract('s1')], { origins: ['https://shop.example', 'docs.example', '*.cdn.example'] });
  const check = (url: string) => originNeedingApproval({ ...step.navigate('n', url) } as never, plan, 'https://start.example/page', 'https://start.example/page');

  it('allows plan origins (exact, host or wildcard) and the start origin', () => {
    expect(check('https://shop.example/a')).toBeUndefined();
    expect(check('https://docs.example/x')).toBeUndefined();
    expect(check('https://img.cdn.example/x')).toBeUndefined();
    expect(check('/relative/path')).toBeUndefined();
    expect(originNeedingApproval(step.click('c') as never, plan, undefined, undefined)).toBeUndefined();
    expect(originMatches('cdn.example', 'https://cdn.example')).toBe(true);
  });

  it('returns new origins for approval and refuses non-web URLs', () => {
    expect(check('https://evil.example/login')).toBe('https://evil.example');
    expect(() => check('javascript:alert(1)')).toThrow(PolicyDenied);
    expect(() => originNeedingApproval(step.navigate('n', 'nope') as never, plan, undefined, undefined)).toThrow(/not a web address/);
  });
});

describe('plan edits', () => {
  it('inserts validated steps after a nested step, in place', () => {
    const plan = nested();
    const list = (plan.steps[1] as { steps: unknown[] }).steps;
    const edit = checkEdit(plan, 's3', 'insert-after', [{ id: 'w1', kind: 'wait', for: { kind: 'time', ms: 5 }, description: 'Wait' }]);
    expect(edit.steps[0]).toMatchObject({ id: 'w1', risk: 'low', confidence: 1 });
    applyEdit(plan, edit);
    expect(list.map((s) => (s as { id: string }).id)).toEqual(['s3', 'w1', 's4']);
  });

  it('replaces a step and the rest of its list', () => {
    const plan = nested();
    const edit = checkEdit(plan, 's1', 'replace-from', [step.navigate('n1', 'https://shop.example/b')]);
    expect(edit.removed.map((s) => s.id)).toEqual(['s1', 's2', 's6']);
    applyEdit(plan, edit);
    expect(plan.steps.map((s) => s.id)).toEqual(['n1']);
  });

  it('refuses edits that break the plan', () => {
    const plan = nested();
    expect(() => checkEdit(plan, 's1', 'insert-after', [step.extract('s6')])).toThrow(PlanInvalid);
    expect(() => checkEdit(plan, 'zz', 'insert-after', [step.extract('x')])).toThrow(/no step zz/);
    expect(() => checkEdit(plan, 's1', 'insert-after', [])).toThrow(/no steps/);
    expect(() => applyEdit(plan, { anchorId: 'zz', mode: 'insert-after', steps: [], removed: [] })).toThrow(PlanInvalid);
  });
});

describe('locators', () => {
  const loc = { description: 'Buy', strategies: [{ css: '#buy' }, { text: 'Buy' }] };

  it('reads and swaps the locator of any step that has one', () => {
    const wait = { id: 'w', kind: 'wait', for: { kind: 'element', target: loc, state: 'visible' }, description: 'w', confidence: 1, risk: 'low' } as const;
    expect(locatorOf(wait)).toBe(loc);
    expect(locatorOf(step.navigate('n', 'https://x.example'))).toBeUndefined();
    const other = { description: 'B', strategies: [{ css: '#b' }] };
    expect(locatorOf(withLocator(wait, other))).toBe(other);
    expect(locatorOf(withLocator(step.click('c'), other))).toBe(other);
    const nav = step.navigate('n', 'https://x.example');
    expect(withLocator(nav, other)).toBe(nav);
  });

  it('turns candidates into strategies and puts new ones first', () => {
    expect(toStrategies([{ css: '.a' }, { ref: 'e3', role: 'button', name: 'Buy now' }, { strategy: { label: 'Qty' } }, 5, { bogus: 1 }])).toEqual([
      { css: '.a' }, { ref: 'e3' }, { role: 'button', name: 'Buy now' }, { label: 'Qty' },
    ]);
    expect(toStrategies('nope')).toEqual([]);
    expect(preferStrategies(loc, [{ css: '#buy' }])).toBeUndefined();
    expect(preferStrategies(loc, [{ css: '.b' }, { css: '.b' }])?.strategies).toEqual([{ css: '.b' }, { css: '#buy' }, { text: 'Buy' }]);
  });

  it('orders strategies by their recent health on the site', () => {
    const reg = new BreakerRegistry({ failureThreshold: 2, coolDownMs: 1000, windowSize: 10 }, new FakeClock());
    expect(orderByHealth(loc, 'https://a.example', reg)).toEqual(loc);
    recordLocatorOutcome(loc, 'https://a.example', 'text="Buy"', reg);
    expect(orderByHealth(loc, 'https://a.example', reg).strategies).toEqual([{ text: 'Buy' }, { css: '#buy' }]);
    expect(orderByHealth(loc, 'https://b.example', reg)).toEqual(loc);
    expect(orderByHealth(loc, undefined, reg)).toBe(loc);
    recordLocatorOutcome(loc, undefined, undefined, reg);
    recordLocatorOutcome(loc, 'https://a.example', undefined, reg);
    expect(reg.states()['locator:https://a.example|css=#buy']).toBe('open');
  });
});
