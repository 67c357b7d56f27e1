import { FallbackChain, FallbackExhausted } from '../fallback-chain';
import { BreakerRegistry } from '../circuit-breaker';
import { SUGGESTIONS, suggestionsFor } from '../suggestions';
import { FakeClock } from '../../testing';
import { CancelledError, ElementNotFound, ErrandError, ProviderError } from '../../errors';

const members = [{ id: 'primary', value: 'P' }, { id: 'secondary', value: 'S' }, { id: 'offline', value: 'O' }];

describe('FallbackChain', () => {
  it('uses the first member that answers, keeping why the others did not', async () => {
    const chain = new FallbackChain(members, { what: 'provider' });
    const { result, member } = await chain.run(async (v) => {
      if (v === 'P') throw new ProviderError('no key', 'permission', { status: 401 });
      if (v === 'S') return null;
      return `plan from ${v}`;
    });
    expect(result).toBe('plan from O');
    expect(member.id).toBe('offline');
    expect(chain.failures()).toMatchObject([
      { id: 'primary', reason: 'failed', error: { name: 'ProviderError', category: 'permission' } },
      { id: 'secondary', reason: 'declined' },
    ]);
  });

  it('orders members by breaker state, then recent success rate, then given order', () => {
    const reg = new BreakerRegistry({ failureThreshold: 2, coolDownMs: 1000, windowSize: 10 }, new FakeClock());
    const chain = new FallbackChain(members, { breakers: reg });
    expect(chain.order().map((m) => m.id)).toEqual(['primary', 'secondary', 'offline']);
    reg.provider('primary').failure();
    expect(chain.order().map((m) => m.id)).toEqual(['secondary', 'offline', 'primary']);
    reg.provider('secondary').success();
    reg.provider('secondary').failure();
    expect(chain.order().map((m) => m.id)).toEqual(['offline', 'secondary', 'primary']);
    reg.provider('primary').failure();
    reg.provider('offline').failure();
    expect(chain.order().map((m) => m.id)).toEqual(['secondary', 'offline', 'primary']);
  });

  it("keeps the given order when asked to, and still skips a member whose breaker is open", async () => {
    const reg = new BreakerRegistry({ failureThreshold: 2, coolDownMs: 1000, windowSize: 10 }, new FakeClock());
    const chain = new FallbackChain(members, { breakers: reg, order: 'given' });
    reg.provider('primary').failure();
    expect(chain.order().map((m) => m.id)).toEqual(['primary', 'secondary', 'offline']);
    reg.provider('primary').failure();
    const tried: string[] = [];
    const { member } = await chain.run(async (v) => { tried.push(v); return v; });
    expect(tried).toEqual(['S']);
    expect(member.id).toBe('secondary');
    expect(chain.failures()).toEqual([{ id: 'primary', reason: 'circuit-open' }]);
  });

  it('skips members whose breaker is open and feeds outcomes back into the breakers', async () => {
    const reg = new BreakerRegistry({ failureThreshold: 1, coolDownMs: 1000, windowSize: 10 }, new FakeClock());
    reg.provider('primary').failure();
    const chain = new FallbackChain(members, { breakers: reg });
    const tried: string[] = [];
    const err = await chain.run(async (v) => { tried.push(v); throw new ErrandError('down', 'transient'); }).catch((e) => e);
    expect(err).toBeInstanceOf(FallbackExhausted);
    expect(tried).toEqual(['S', 'O']);
    expect(chain.failures().map((f) => `${f.id}:${f.reason}`)).toEqual(['secondary:failed', 'offline:failed', 'primary:circuit-open']);
    expect(reg.states()).toEqual({ 'provider:primary': 'open', 'provider:secondary': 'open', 'provider:offline': 'open' });
  });

  it('detects exhaustion and says what the person can do', async () => {
    const chain = new FallbackChain(members.slice(0, 2), { what: 'provider' });
    const err = await chain.run(async (v) => {
      throw v === 'P' ? new ProviderError('bad key', 'permission', { status: 401 }) : new ProviderError('busy', 'rate-limit');
    }).catch((e) => e);
    expect(err).toBeInstanceOf(FallbackExhausted);
    expect(err.message).toBe('No provider could do it (primary: bad key; secondary: busy)');
    expect(err.category).toBe('rate-limit');
    expect(err.suggestions).toEqual([SUGGESTIONS.apiKey, SUGGESTIONS.providerBusy]);
    expect(err.details.failures).toHaveLength(2);
  });

  it('exhausts with a fatal category when every member declined', async () => {
    const err = await new FallbackChain(members).run(async () => null).catch((e) => e);
    expect(err.category).toBe('fatal');
    expect(err.suggestions).toEqual([SUGGESTIONS.retry]);
  });

  it('stops at a cancellation instead of falling back', async () => {
    const chain = new FallbackChain(members);
    await expect(chain.run(async () => { throw new CancelledError(); })).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('suggestions', () => {
  it('map error classes and categories to plain next steps', () => {
    const s = (name: string, category: string, details?: Record<string, unknown>) => suggestionsFor({ name, message: '', category: category as never, details });
    expect(s('ElementNotFound', 'element-missing')).toEqual([SUGGESTIONS.elementMoved]);
    expect(s('ElementNotInteractable', 'not-interactable')).toEqual([SUGGESTIONS.covered]);
    expect(s('NavigationError', 'navigation')).toEqual([SUGGESTIONS.reachable]);
    expect(s('TimeoutError', 'timeout')).toEqual([SUGGESTIONS.reachable]);
    expect(s('RestrictedPage', 'permission')).toEqual([SUGGESTIONS.restricted]);
    expect(s('PolicyDenied', 'permission')).toEqual([SUGGESTIONS.origin]);
    expect(s('ProviderError', 'transient', { status: 403 })).toEqual([SUGGESTIONS.apiKey]);
    expect(s('PlanInvalid', 'validation')).toEqual([SUGGESTIONS.editPlan]);
    expect(s('Error', 'fatal')).toEqual([SUGGESTIONS.retry]);
    expect(suggestionsFor([])).toEqual([SUGGESTIONS.retry]);
    expect(suggestionsFor([new ElementNotFound('a').toJSON(), new ElementNotFound('b').toJSON()])).toHaveLength(1);
  });
});
