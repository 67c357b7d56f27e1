import { makePlan, step, flush } from '../../testing';
import { ElementNotFound, ElementNotInteractable, ErrandError, NavigationError, PlanInvalid, PolicyDenied, ProviderError, RestrictedPage, TimeoutError } from '../../errors';
import { SUGGESTIONS } from '../../retry';
import { fakeProvider, setup } from './harness';

const retryEvents = (t: ReturnType<typeof setup>) => t.events.filter((e) => e.type === 'step.retrying').map((e) => ({ attempt: e.attempt, ...(e.data as { delayMs?: number; recovery?: string }) }));

describe('orchestrator: retries', () => {
  it('retries a transient failure after exact backoff delays on the clock', async () => {
    const t = setup({ plan: makePlan([step.click('s1')]), auto: false, config: { retry: { baseDelayMs: 100, factor: 2 } } });
    t.driver.on('s1', new ErrandError('socket hang up', 'transient'), new ErrandError('socket hang up', 'transient'));
    const started = await t.start({ autoApprove: true });
    await flush();
    expect(t.clock.pending()).toBe(1);
    await t.clock.advance(99);
    expect(t.driver.count('s1')).toBe(1);
    await t.clock.advance(1);
    expect(t.driver.count('s1')).toBe(2);
    await t.clock.advance(200);
    const run = await t.engine.idle(started.id);
    expect(run?.status).toBe('done');
    expect(t.clock.sleeps).toEqual([100, 200]);
    expect(retryEvents(t).map((r) => [r.attempt, r.delayMs])).toEqual([[2, 100], [3, 200]]);
    expect(t.events.find((e) => e.type === 'step.recovered')).toMatchObject({ stepId: 's1', attempt: 3, data: { via: 'retry' } });
    expect(run?.steps.s1.attempts).toBe(3);
  });

  it('honours a per-step retry override', async () => {
    const plan = makePlan([{ ...step.click('s1'), retry: { maxAttempts: 2, strategy: 'linear', baseDelayMs: 40 } }]);
    const t = setup({ plan, config: { flags: { advancedRetry: false } } });
    t.driver.on('s1', new TimeoutError('click', 100), new TimeoutError('click', 100));
    const run = await t.run();
    expect(t.clock.sleeps).toEqual([40]);
    expect(run.status).toBe('paused');
    expect(run.steps.s1).toMatchObject({ status: 'failed', attempts: 2, error: { name: 'TimeoutError' } });
    expect(run.suggestions).toEqual([SUGGESTIONS.reachable]);
  });

  it('stops retrying a site whose breaker opened', async () => {
    const t = setup({ plan: makePlan([step.click('s1')]), config: { breaker: { failureThreshold: 2 }, retry: { maxAttempts: 5 }, flags: { advancedRetry: false } } });
    t.driver.on('s1', ...Array.from({ length: 5 }, () => new NavigationError('reset')));
    t.driver.on('s1');
    const run = await t.run();
    expect(t.driver.count('s1')).toBe(2);
    expect(run.status).toBe('paused');
  });
});

describe('orchestrator: recovery per error category', () => {
  it('element missing: waits longer, then tries the candidates the page offered', async () => {
    const t = setup({ plan: makePlan([step.click('s1', '#old')]) });
    const missing = () => new ElementNotFound('no #old', { candidates: [{ ref: 'e4', role: 'button', name: 'Add to cart' }] });
    t.driver.on('s1', missing(), missing(), missing(), missing());
    const run = await t.run();
    expect(run.status).toBe('done');
    const calls = t.driver.calls.map((c) => c.step as { timeoutMs?: number; target: { strategies: unknown[] } });
    expect(calls).toHaveLength(5);
    expect(calls[3].timeoutMs).toBe(10_000);
    expect(calls[4].target.strategies).toEqual([{ ref: 'e4' }, { role: 'button', name: 'Add to cart' }, { css: '#old' }]);
    expect(retryEvents(t).map((r) => r.recovery)).toEqual(['retry', 'retry', 'wait-longer', 'alternative-locator']);
    expect(t.events.find((e) => e.type === 'step.recovered')?.data).toEqual({ via: 'alternative-locator' });
  });

  it('never tries a page candidate whose name differs from the target (it would be another element)', async () => {
    const target = { description: 'Add to cart', strategies: [{ role: 'button', name: 'Add to cart' }] };
    const t = setup({ plan: makePlan([{ id: 's1', kind: 'click', description: 'Click "Add to cart"', target }]), config: { retry: { maxAttempts: 1 } } });
    const missing = () => new ElementNotFound('no Add to cart', { candidates: [{ ref: 'e9', role: 'link', name: 'Leap V2' }] });
    t.driver.on('s1', missing(), missing(), missing());
    const run = await t.run();
    expect(run.status).toBe('paused');
    const tried = t.driver.calls.map((c) => JSON.stringify((c.step as { target: unknown }).target));
    expect(tried.some((x) => x.includes('Leap V2') || x.includes('e9'))).toBe(false);
  });

  it('element not interactable: scrolls it into view first (an injected step)', async () => {
    const t = setup({ plan: makePlan([step.click('s1')]), config: { retry: { maxAttempts: 1 } } });
    t.driver.on('s1', new ElementNotInteractable('covered'));
    const run = await t.run();
    expect(run.status).toBe('done');
    expect(t.driver.calls.map((c) => `${c.step.kind}:${c.step.id}`)).toEqual(['click:s1', 'scroll:s1-scroll', 'click:s1']);
    expect(t.events.find((e) => e.type === 'step.injected')).toMatchObject({ stepId: 's1', data: { reason: 'scroll-into-view' } });
  });

  it('element covered by a banner: closes it with the way out the page agent named, at once, then clicks', async () => {
    const t = setup({ plan: makePlan([step.click('s1')]) });
    const dismiss = { description: 'the "Reject all" button of the overlay', strategies: [{ role: 'button', name: 'Reject all' }] };
    t.driver.on('s1', new ElementNotInteractable('covered by div#cookies', { reason: 'covered', dismiss }));
    const run = await t.run();
    expect(run.status).toBe('done');
    expect(t.driver.calls.map((c) => `${c.step.kind}:${c.step.id}`)).toEqual(['click:s1', 'click:s1-close', 'click:s1']);
    expect(t.driver.calls[1].step).toMatchObject({ target: dismiss, risk: 'low' });
    expect(t.clock.sleeps).toEqual([]);
    expect(retryEvents(t).map((r) => r.recovery)).toEqual(['dismiss-overlay']);
  });

  it('a malformed way out from the page is ignored (scroll into view as usual)', async () => {
    const t = setup({ plan: makePlan([step.click('s1')]), config: { retry: { maxAttempts: 1 } } });
    t.driver.on('s1', new ElementNotInteractable('covered', { reason: 'covered', dismiss: { strategies: 'javascript:alert(1)' } }));
    const run = await t.run();
    expect(run.status).toBe('done');
    expect(t.driver.calls.map((c) => `${c.step.kind}:${c.step.id}`)).toEqual(['click:s1', 'scroll:s1-scroll', 'click:s1']);
  });

  it('asks the AI provider for selectors when the page has no candidates', async () => {
    const provider = fakeProvider({ strategies: [{ text: 'Add to basket' }, { nonsense: 1 }] });
    const t = setup({ plan: makePlan([step.click('s1')]), deps: { provider }, config: { retry: { maxAttempts: 1 } } });
    t.driver.on('s1', new ElementNotFound('gone'), new ElementNotFound('gone'));
    const run = await t.run();
    expect(run.status).toBe('done');
    expect(provider.calls).toEqual(['suggestSelectors']);
    expect((t.driver.calls[2].step as { target: { strategies: unknown[] } }).target.strategies[0]).toEqual({ text: 'Add to basket' });
    expect(run.usage.modelCalls).toBe(1);
  });

  it('re-plans the rest through the provider and runs the new steps', async () => {
    const provider = fakeProvider({ steps: [
      { id: 'r1', kind: 'navigate', url: 'https://shop.example/search?q=x', description: 'Search directly' },
      { id: 'r2', kind: 'extract', what: 'list', description: 'Read results' },
    ] });
    const plan = makePlan([step.navigate('s1', 'https://shop.example/'), step.click('s2'), step.extract('s3')]);
    const t = setup({ plan, deps: { provider }, config: { retry: { maxAttempts: 1 } } });
    t.driver.on('s2', ...Array.from({ length: 3 }, () => new ElementNotFound('no button')));
    const run = await t.run();
    expect(run.status).toBe('done');
    expect(provider.calls).toEqual(['suggestSelectors', 'recoverFromError']);
    expect(run.plan?.steps.map((s) => s.id)).toEqual(['s1', 'r1', 'r2']);
    expect(run.steps.s2).toMatchObject({ status: 'skipped', error: { name: 'ElementNotFound' } });
    expect(t.driver.calls.map((c) => c.step.id)).toEqual(['s1', 's2', 's2', 'r1', 'r2']);
    expect(t.events.find((e) => e.type === 'step.injected')?.data).toMatchObject({ reason: 'replan', replaced: ['s2', 's3'] });
  });

  it('skips a re-plan that does not validate and pauses with suggestions', async () => {
    const provider = fakeProvider({ steps: [{ id: 's1', kind: 'extract', what: 'list', description: 'dup id' }] });
    const t = setup({ plan: makePlan([step.navigate('s1', 'https://shop.example/'), step.click('s2')]), deps: { provider }, config: { retry: { maxAttempts: 1 } } });
    t.driver.on('s2', ...Array.from({ length: 3 }, () => new ElementNotFound('no button')));
    const run = await t.run();
    expect(run.status).toBe('paused');
    expect(run.error).toMatchObject({ name: 'ElementNotFound' });
    expect(run.suggestions).toEqual([SUGGESTIONS.elementMoved]);
    expect(t.events.some((e) => e.type === 'step.injected')).toBe(false);
  });

  it('carries on without the provider when it fails or AI is turned off', async () => {
    const failing = fakeProvider({ fail: new ProviderError('down') });
    const t = setup({ plan: makePlan([step.click('s1')]), deps: { provider: failing }, config: { retry: { maxAttempts: 1 } } });
    t.driver.on('s1', ...Array.from({ length: 3 }, () => new ElementNotFound('gone')));
    expect((await t.run()).status).toBe('paused');
    expect(failing.calls).toEqual(['suggestSelectors', 'recoverFromError']);

    const unused = fakeProvider();
    const off = setup({ plan: makePlan([step.click('s1')]), deps: { provider: unused }, config: { retry: { maxAttempts: 1 }, flags: { aiPlanning: false } } });
    off.driver.on('s1', ...Array.from({ length: 3 }, () => new ElementNotFound('gone')));
    expect((await off.run()).status).toBe('paused');
    expect(unused.calls).toEqual([]);
  });

  it('validation and fatal errors fail the run; permission errors pause it', async () => {
    const a = setup({ plan: makePlan([step.click('s1')]) });
    a.driver.on('s1', new PlanInvalid('bad step'));
    expect(await a.run()).toMatchObject({ status: 'failed', error: { name: 'PlanInvalid' } });
    expect(a.driver.count('s1')).toBe(1);

    const b = setup({ plan: makePlan([step.click('s1')]) });
    b.driver.on('s1', new TypeError('bug'));
    expect(await b.run()).toMatchObject({ status: 'failed', error: { category: 'fatal' } });

    const c = setup({ plan: makePlan([step.click('s1')]) });
    c.driver.on('s1', new RestrictedPage('chrome:// page'));
    expect(await c.run()).toMatchObject({ status: 'paused', suggestions: [SUGGESTIONS.restricted] });
    expect(c.events.at(-1)).toMatchObject({ type: 'run.paused', data: { suggestions: [SUGGESTIONS.restricted] } });
  });

  it('skips an optional step that keeps failing', async () => {
    const t = setup({ plan: makePlan([{ ...step.click('s1'), optional: true }, step.extract('s2')]), config: { flags: { advancedRetry: false } } });
    t.driver.on('s1', new PolicyDenied('no'));
    const run = await t.run();
    expect(run.status).toBe('done');
    expect(run.steps.s1).toMatchObject({ status: 'skipped', error: { name: 'PolicyDenied' } });
    expect(t.events.filter((e) => e.stepId === 's1').map((e) => e.type)).toEqual(['step.started', 'step.failed', 'step.completed', 'progress']);
  });

  it('a rate limit waits as long as the provider said', async () => {
    const t = setup({ plan: makePlan([step.click('s1')]) });
    t.driver.on('s1', new ProviderError('429', 'rate-limit', { retryAfterMs: 2_500 }));
    await t.run();
    expect(t.clock.sleeps).toEqual([2_500]);
  });
});
