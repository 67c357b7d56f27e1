import { hardenPlan, goalNamesOrigin } from '../harden-plan';
import type { Plan } from '../../plan';

const click = (id: string, name: string) => ({ id, kind: 'click' as const, description: `Click "${name}"`, confidence: 1, risk: 'low' as const, target: { description: name, strategies: [{ role: 'button', name }] } });
const plan = (over: Partial<Plan> = {}): Plan => ({
  id: 'p', goal: 'g', intent: 'click', confidence: 1, source: 'ai', promptVersion: 'plan-v1', params: {}, origins: [],
  steps: [click('s1', 'Add to cart'), click('s2', 'Place order')], ...over,
});

describe('hardenPlan', () => {
  it('marks steps that buy, delete, send or touch passwords as high-risk, nested ones too', () => {
    const p = hardenPlan(plan({ steps: [click('s1', 'Add to cart'), { id: 'f', kind: 'forEach', description: 'each', confidence: 1, risk: 'low', items: ['a'], as: 'x', steps: [click('s3', 'Delete account')] }, click('s2', 'Place order')] }), { goal: 'add it to the cart' });
    expect(p.steps.map((s) => s.risk)).toEqual(['low', 'low', 'high']);
    expect((p.steps[1] as { steps: Array<{ risk: string }> }).steps[0].risk).toBe('high');
  });

  it('keeps only origins the goal or the start page names', () => {
    const p = hardenPlan(plan({ origins: ['https://shop.example', 'https://evil.example', 'http://127.0.0.1:4302', 'https://www.amazon.com'] }), {
      goal: 'compare the price on amazon and http://127.0.0.1:4302', startUrl: 'https://shop.example/list',
    });
    expect(p.origins).toEqual(['https://shop.example', 'http://127.0.0.1:4302', 'https://www.amazon.com']);
  });

  it('does not let a look-alike word approve an origin', () => {
    expect(goalNamesOrigin('https://evil.example', 'find the evilest deals')).toBe(false);
    expect(goalNamesOrigin('not a url', 'anything')).toBe(false);
    expect(goalNamesOrigin('https://evil.example', 'go to evil.example')).toBe(true);
  });
});
