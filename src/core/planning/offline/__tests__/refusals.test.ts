import { parseGoal } from '../../goal-parser/parse-goal';
import { explainCannotPlan } from '../cannot-plan';
import { createOfflinePlanner } from '../offline-planner';
import { shopListing } from './fixtures';
import { refusalFor } from './helpers';

describe('goals the offline planner will not plan', () => {
  it.each([
    ['book me a flight to Paris and pay', /needs a model to plan "book", "pay" safely/],
    ['search for the cheapest TV and buy it', /"buy"/],
    ['search for something nice for my mom', /needs a model to decide what fits/],
    ['do my taxes', /could not tell what to do/],
    ['make this page better', /could not tell what to do/],
  ])('%s', (goal, reason) => {
    expect(refusalFor(goal, shopListing())).toMatch(reason);
    expect(explainCannotPlan(parseGoal(goal))).toMatch(/add an API key in Options/);
  });

  it('has nothing to explain for goals it can plan from the words alone', () => {
    expect(explainCannotPlan(parseGoal('go to example.com'))).toBeNull();
    expect(explainCannotPlan(parseGoal('click the Buy now button'))).toBeNull();
  });

  it('returns null from plan() rather than a guess, and a plan with zero model calls otherwise', async () => {
    const planner = createOfflinePlanner();
    expect(planner.source).toBe('offline');
    expect(await planner.plan({ goal: 'book me a flight and pay' })).toBeNull();
    const r = await planner.plan({ goal: 'go to example.com' });
    expect(r?.usage).toEqual({ modelCalls: 0, promptTokens: 0, completionTokens: 0 });
    expect(r?.plan.id).toMatch(/^plan-offline-/);
    expect(r?.plan.promptVersion).toBe('offline-1');
  });

  it('uses the parsed goal it is given, and an intent override', () => {
    const planner = createOfflinePlanner();
    const parsed = parseGoal('go to example.com');
    const r = planner.tryPlan({ goal: 'anything at all', parsed: { ...parsed, entities: { ...parsed.entities, sites: ['example.org'] } } });
    expect('plan' in r && r.plan.params.url).toBe('https://example.org');
    const forced = planner.tryPlan({ goal: 'chairs', intent: 'search', params: { query: 'chairs' }, snapshot: shopListing() });
    expect('plan' in forced && forced.plan.intent).toBe('search');
  });

  it('ignores request params that are not plan values', () => {
    const planner = createOfflinePlanner();
    const r = planner.tryPlan({ goal: 'compare the price of the Aeron chair on a.com and b.com', params: { extra: { nested: true }, sites: ['https://x.com'] } });
    expect('plan' in r && r.plan.params).toEqual({ product: 'Aeron chair', sites: ['https://x.com'] });
  });

  it('asks what to click, type, search, compare or navigate when the goal does not say', () => {
    expect(refusalFor('click', shopListing())).toMatch(/Which element/);
    expect(refusalFor('type into the search box', shopListing())).toMatch(/What should I type/);
    expect(refusalFor('search', shopListing())).toMatch(/What should I search for/);
    expect(refusalFor('compare prices on a.com and b.com')).toMatch(/Which product/);
    expect(refusalFor('go to amazon')).toMatch(/could not tell|web address/);
  });
});
