import type { Locator } from '../../plan';
import type { LocatorProbe } from '../../ports';
import { CancelledError, RestrictedPage } from '../../errors';
import { makePlan, step } from '../../testing';
import { checkPlanOnPage, lowerConfidenceOfMissing, summarizeChecks, MISSING_CONFIDENCE } from '../locator-check';
import { setup } from './harness';

/** A probe that finds only the given CSS selectors (or role names), and records what it was asked. */
function pageWith(...present: string[]): LocatorProbe & { asked: Locator[] } {
  const asked: Locator[] = [];
  const probe = async (locator: Locator) => {
    asked.push(locator);
    for (const s of locator.strategies) {
      const key = 'css' in s ? s.css : 'role' in s ? s.name ?? s.role : 'text' in s ? s.text : '';
      if (present.includes(key)) return { found: true, strategy: JSON.stringify(s) };
    }
    return { found: false };
  };
  return Object.assign(probe, { asked });
}

const check = (plan: ReturnType<typeof makePlan>, probe: LocatorProbe, params: Record<string, unknown> = {}, signal = new AbortController().signal) =>
  checkPlanOnPage(plan, { probe, tabId: 3, signal, params });

const typeInto = (id: string, selector: string, pressEnter = false) => ({ ...step.type(id, 'x', selector), pressEnter });

describe('checkPlanOnPage: plan locators against the start page', () => {
  it('marks each step found or missing, with the strategy that matched', async () => {
    const plan = makePlan([typeInto('s1', '#q'), typeInto('s2', '#missing'), step.click('s3', '#go')]);
    const checks = await check(plan, pageWith('#q', '#go'));
    expect(checks.s1).toEqual({ status: 'found', strategy: JSON.stringify({ css: '#q' }) });
    expect(checks.s2).toMatchObject({ status: 'missing', note: expect.stringContaining('not found') });
    expect(checks.s3.status).toBe('found');
  });

  it('leaves steps after a navigation, a click or Enter unchecked and does not ask the page about them', async () => {
    const probe = pageWith('#a', '#b', '#c');
    const plan = makePlan([step.click('s1', '#a'), step.click('s2', '#b')]);
    expect(await check(plan, probe)).toEqual({ s1: { status: 'found', strategy: expect.any(String) }, s2: { status: 'unchecked', note: expect.stringContaining('may change the page') } });
    const entered = await check(makePlan([typeInto('s1', '#a', true), step.click('s2', '#b')]), probe);
    expect(entered.s2.status).toBe('unchecked');
    const navigated = await check(makePlan([step.navigate('s1', 'https://shop.example/x'), step.click('s2', '#c')]), probe);
    expect(navigated).toEqual({ s2: expect.objectContaining({ status: 'unchecked' }) });
    expect(probe.asked.map((l) => l.strategies[0])).toEqual([{ css: '#a' }, { css: '#a' }]);
  });

  it('checks the steps of a paginate on the first page and its next control; loop bodies stay unchecked', async () => {
    const next: Locator = { description: 'Next page', strategies: [{ role: 'link', name: 'Next' }] };
    const plan = makePlan([
      { id: 'p', kind: 'paginate', description: 'Every page', next, steps: [{ ...step.extract('e'), target: { description: 'Table', strategies: [{ css: 'table' }] } }] },
      { id: 'f', kind: 'forEach', description: 'Each row', items: ['a'], as: 'row', steps: [step.click('c', '#row')] },
    ]);
    const checks = await check(plan, pageWith('table'));
    expect(checks.e.status).toBe('found');
    expect(checks.p).toMatchObject({ status: 'missing', note: 'next page not found: Next page' });
    expect(checks.c).toMatchObject({ status: 'unchecked' });
  });

  it('a loop before anything else leaves its body unchecked', async () => {
    const plan = makePlan([{ id: 'f', kind: 'forEach', description: 'Each row', items: ['a'], as: 'row', steps: [step.click('c', '#row')] }]);
    expect((await check(plan, pageWith('#row'))).c).toMatchObject({ status: 'unchecked', note: expect.stringContaining('inside the loop') });
  });

  it('fills parameters in locators; step outputs, loop variables and secrets stay unchecked', async () => {
    const probe = pageWith('Aeron');
    const text = (t: string) => ({ description: t, strategies: [{ text: t }] });
    const plan = makePlan([
      { id: 's1', kind: 'hover', description: 'Point at it', target: text('{{param.product}}') },
    ]);
    expect((await check(plan, probe, { product: 'Aeron' })).s1.status).toBe('found');
    const later = makePlan([
      { id: 's1', kind: 'select', description: 'Pick', value: 'x', target: text('{{steps.s0.records}}') },
      { id: 's2', kind: 'check', description: 'Tick', target: text('{{secret.email}}') },
    ]);
    const checks = await check(later, probe);
    expect(checks.s1).toMatchObject({ status: 'unchecked', note: expect.stringContaining('known only while running') });
    expect(checks.s2.status).toBe('unchecked');
    expect(probe.asked).toHaveLength(1);
  });

  it('checks every named field of an extract and element waits; a field that is missing makes the step missing', async () => {
    const loc = (css: string) => ({ description: css, strategies: [{ css }] });
    const plan = makePlan([
      { id: 'w', kind: 'wait', description: 'Wait for the list', for: { kind: 'element', target: loc('ul') } },
      { id: 'h', kind: 'wait', description: 'Wait for the spinner to go', for: { kind: 'element', target: loc('.spin'), state: 'hidden' } },
      { id: 'x', kind: 'extract', what: 'fields', description: 'Read', fields: { name: loc('h1'), price: loc('.price') } },
      { id: 'k', kind: 'press', key: 'Escape', description: 'Close' },
    ]);
    const checks = await check(plan, pageWith('ul', 'h1'));
    expect(checks.w.status).toBe('found');
    expect(checks.h).toBeUndefined();
    expect(checks.x).toMatchObject({ status: 'missing', note: 'field "price" not found: .price' });
    expect(checks.k).toBeUndefined();
  });

  it('a page that cannot be asked leaves every step unchecked, and says why', async () => {
    let calls = 0;
    const probe: LocatorProbe = async () => { calls++; throw new RestrictedPage('Browser pages cannot be automated'); };
    const checks = await check(makePlan([typeInto('s1', '#a'), typeInto('s2', '#b')]), probe);
    expect(checks.s1).toEqual({ status: 'unchecked', note: 'could not check the page: Browser pages cannot be automated' });
    expect(checks.s2.status).toBe('unchecked');
    expect(calls).toBe(1);
  });

  it('stops probing after maxProbes and passes a cancellation on', async () => {
    const plan = makePlan([typeInto('s1', '#a'), typeInto('s2', '#a'), typeInto('s3', '#a')]);
    const probe = pageWith('#a');
    const checks = await checkPlanOnPage(plan, { probe, tabId: 1, signal: new AbortController().signal, params: {}, maxProbes: 2 });
    expect(summarizeChecks(checks)).toEqual({ found: 2, missing: 0, unchecked: 1 });
    const cancelled: LocatorProbe = async () => { throw new CancelledError('stop'); };
    await expect(check(plan, cancelled)).rejects.toThrow('stop');
  });

  it('lowers the confidence of missing steps (nested ones too) and of the plan, and leaves a clean plan as it was', () => {
    const plan = makePlan([step.click('s1'), { id: 'p', kind: 'paginate', description: 'Pages', next: { description: 'Next', strategies: [{ css: '.n' }] }, steps: [step.extract('e')] }]);
    const lowered = lowerConfidenceOfMissing(plan, { e: { status: 'missing' }, s1: { status: 'found' } });
    expect(lowered.confidence).toBe(MISSING_CONFIDENCE);
    expect(lowered.steps[0].confidence).toBe(1);
    expect(lowered.steps[1].kind === 'paginate' && lowered.steps[1].steps[0].confidence).toBe(MISSING_CONFIDENCE);
    expect(plan.steps[1].kind === 'paginate' && plan.steps[1].steps[0].confidence).toBe(1);
    expect(lowerConfidenceOfMissing(plan, { s1: { status: 'unchecked' } })).toBe(plan);
  });
});

describe('orchestrator: plan checked on the page before approval', () => {
  it('stores the checks on the run, lowers confidence and reports counts in plan.ready', async () => {
    const probe = pageWith('#q');
    const plan = makePlan([typeInto('s1', '#q'), step.click('s2', '#nope'), step.extract('s3')]);
    const t = setup({ plan, deps: { probeLocator: probe } });
    const run = await t.start();
    expect(run.status).toBe('awaiting-approval');
    expect(run.locatorChecks).toEqual({ s1: expect.objectContaining({ status: 'found' }), s2: expect.objectContaining({ status: 'missing' }) });
    expect(run.plan?.steps[1].confidence).toBe(MISSING_CONFIDENCE);
    expect(run.plan?.confidence).toBe(MISSING_CONFIDENCE);
    expect(t.events.find((e) => e.type === 'plan.ready')?.data).toMatchObject({ locators: { found: 1, missing: 1, unchecked: 0 } });
    expect((await t.store.getRun(run.id))?.locatorChecks?.s2.status).toBe('missing');
    expect(t.driver.calls).toHaveLength(0);
  });

  it('does not probe runs that start without approval or plans without page elements', async () => {
    const probe = pageWith();
    const auto = setup({ plan: makePlan([step.click('s1', '#x')]), deps: { probeLocator: probe } });
    const done = await auto.run();
    expect(done.locatorChecks).toBeUndefined();
    const plain = setup({ deps: { probeLocator: probe } });
    const run = await plain.start();
    expect(run.locatorChecks).toBeUndefined();
    expect(probe.asked).toHaveLength(0);
    expect(plain.events.find((e) => e.type === 'plan.ready')?.data).not.toHaveProperty('locators');
  });

  it('a run cancelled while its plan is being checked stays cancelled', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const probe: LocatorProbe = async (_l, _t, signal) => {
      await gate;
      if (signal.aborted) throw new CancelledError('cancelled');
      return { found: true };
    };
    const t = setup({ plan: makePlan([step.click('s1', '#x')]), deps: { probeLocator: probe } });
    const started = t.start();
    await new Promise((r) => setTimeout(r, 0));
    const [id] = (await t.store.listRuns()).map((r) => r.id);
    const cancelling = t.engine.cancel(id);
    release();
    expect((await started).status).toBe('cancelled');
    expect((await cancelling).status).toBe('cancelled');
    expect(t.events.some((e) => e.type === 'plan.ready')).toBe(false);
  });
});
