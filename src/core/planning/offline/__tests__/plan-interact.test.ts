import { articlePage, contactForm, shopListing } from './fixtures';
import { planFor, refusalFor } from './helpers';
import type { Step } from '../../../plan';

const only = (steps: Step[]) => {
  expect(steps).toHaveLength(1);
  return steps[0]!;
};

const firstStrategy = (steps: Step[]) => {
  const step = only(steps);
  if (step.kind !== 'click') throw new Error(`click expected, got ${step.kind}`);
  return step.target.strategies[0];
};

describe('offline plans for clicks', () => {
  it('clicks the element whose accessible name matches, with several locator strategies', () => {
    const plan = planFor('click the Checkout button', shopListing());
    const step = only(plan.steps);
    expect(step).toMatchObject({ id: 's1', kind: 'click', risk: 'high' });
    if (step.kind !== 'click') throw new Error('click expected');
    expect(step.target.strategies).toEqual([{ role: 'button', name: 'Checkout' }, { text: 'Checkout' }, { ref: 'e12' }]);
    expect(plan).toMatchObject({ source: 'offline', intent: 'click', origins: ['https://shop.example'] });
  });

  it('uses the words after "for" to pick among identical buttons, and puts the ref first', () => {
    const step = only(planFor('click the Add to cart button for the Embody chair', shopListing()).steps);
    if (step.kind !== 'click') throw new Error('click expected');
    expect(step.target.strategies[0]).toEqual({ ref: 'e7' });
    expect(step.risk).toBe('low');
  });

  it('lowers confidence when the name is not unique and nothing tells the elements apart', () => {
    const plan = planFor('click the Add to cart button', shopListing());
    expect(plan.confidence).toBeLessThan(0.85);
    expect(plan.steps[0]!.confidence).toBeLessThan(0.85);
  });

  it('opens the nth item of a listing: "first product", "second result", "last item"', () => {
    const first = only(planFor('open the first product', shopListing()).steps);
    expect(first).toMatchObject({ kind: 'click', target: { strategies: [{ ref: 'e4' }, { role: 'link', name: 'Aeron Chair' }, { css: 'a[href="/p/aeron"]' }] } });
    expect(firstStrategy(planFor('click the second result', shopListing()).steps)).toEqual({ ref: 'e6' });
    expect(firstStrategy(planFor('open the last item', shopListing()).steps)).toEqual({ ref: 'e8' });
    expect(firstStrategy(planFor('press the 2nd button', shopListing()).steps)).toEqual({ ref: 'e5' });
    expect(refusalFor('open the ninth product', shopListing())).toMatch(/which is the "ninth product"/);
    // Card links without card text of their own: a heading with the same words, or a button's card text, marks them.
    const bare = { ...shopListing(), elements: shopListing().elements.map((e) => (e.role === 'link' ? { ...e, context: undefined } : e)) };
    expect(firstStrategy(planFor('open the second product', bare).steps)).toEqual({ ref: 'e6' });
  });

  it('"add X to the cart" clicks the add-to-cart button on X\'s card, in the page\'s language too', () => {
    expect(firstStrategy(planFor('add the Leap chair to the cart', shopListing()).steps)).toEqual({ ref: 'e9' });
    const german = { ...shopListing(), elements: shopListing().elements.map((e) => (e.name === 'Add to cart' ? { ...e, name: 'In den Warenkorb' } : e)) };
    expect(firstStrategy(planFor('add the Embody chair to my basket', german).steps)).toEqual({ ref: 'e7' });
  });

  it('"go to the next page" clicks the page\'s Next control; a page without one is refused', () => {
    const step = only(planFor('go to the next page', shopListing()).steps);
    expect(step).toMatchObject({ kind: 'click', description: 'Go to the next page', risk: 'low' });
    if (step.kind !== 'click') throw new Error('click expected');
    expect(step.target.strategies).toContainEqual({ role: 'link', name: 'Next page' });
    // No Next control in view: the common conventions, with a confidence that says it is a guess.
    expect(only(planFor('go to the next page', articlePage()).steps)).toMatchObject({ confidence: 0.6, target: { strategies: expect.arrayContaining([{ css: 'a[rel="next"]' }]) } });
  });

  it('scrolls to either end, by an amount, or to a named part of the page', () => {
    expect(only(planFor('scroll to the bottom of the page', shopListing()).steps)).toMatchObject({ kind: 'scroll', direction: 'down', pixels: 100_000 });
    expect(only(planFor('scroll back to the top', shopListing()).steps)).toMatchObject({ kind: 'scroll', direction: 'up', pixels: 100_000 });
    expect(only(planFor('scroll up 300 pixels', shopListing()).steps)).toMatchObject({ kind: 'scroll', direction: 'up', pixels: 300 });
    expect(only(planFor('scroll down two screens', shopListing()).steps)).toMatchObject({ direction: 'down', pixels: 1400 });
    const plain = only(planFor('scroll down', shopListing()).steps);
    expect(plain).toMatchObject({ kind: 'scroll', direction: 'down' });
    expect(plain).not.toHaveProperty('pixels');
    const to = only(planFor('scroll to the Leap chair', shopListing()).steps);
    expect(to).toMatchObject({ kind: 'scroll', target: { strategies: expect.arrayContaining([{ role: 'link', name: 'Leap Chair' }]) } });
    expect(only(planFor('scroll to the reviews section').steps)).toMatchObject({ target: { strategies: [{ role: 'heading', name: 'reviews' }, { text: 'reviews' }] }, confidence: 0.5 });
  });

  it('builds a generic locator when there is no snapshot', () => {
    const step = only(planFor('click Save').steps);
    if (step.kind !== 'click') throw new Error('click expected');
    expect(step.target.strategies).toEqual([{ role: 'button', name: 'Save' }, { role: 'link', name: 'Save' }, { text: 'Save' }]);
    expect(step.confidence).toBe(0.5);
  });

  it('refuses when the page has nothing like the target', () => {
    expect(refusalFor('click the Buy now button', articlePage())).toMatch(/could not find "Buy now"/);
  });
});

describe('offline plans for typing', () => {
  it('types into the search box when the goal names it, pressing Enter only when asked', () => {
    const plan = planFor('type hello into the search box', shopListing());
    expect(plan.steps[0]).toMatchObject({ kind: 'type', value: '{{param.text}}', pressEnter: false });
    expect(plan.params).toEqual({ text: 'hello' });
    const enter = planFor("enter 'Aeron chair' in the search field and press enter", shopListing());
    expect(enter.steps[0]).toMatchObject({ kind: 'type', pressEnter: true });
  });

  it('types into a named field and marks password fields high-risk', () => {
    const email = planFor('type ada@example.com into the e-mail address field', contactForm());
    expect(email.steps[0]).toMatchObject({ kind: 'type', target: { strategies: [{ role: 'textbox', name: 'E-mail address' }, { label: 'E-mail address' }, { placeholder: 'E-mail address' }, { ref: 'e4' }] } });
    const pw = planFor('type hunter2 into the password field', contactForm());
    expect(pw.steps[0]).toMatchObject({ risk: 'high' });
    expect(pw.steps[0]!.description).not.toContain('hunter2');
  });

  it('without a named field, types into the only text field or the search box', () => {
    const plan = planFor('type hello', shopListing());
    expect(plan.steps[0]).toMatchObject({ kind: 'type', target: { strategies: expect.arrayContaining([{ role: 'searchbox', name: 'Search products' }]) } });
  });

  it('uses a generic field locator without a snapshot, and refuses without a target', () => {
    expect(planFor('type hello into the Comment box').steps[0]).toMatchObject({ confidence: 0.5, target: { strategies: expect.arrayContaining([{ role: 'textbox', name: 'Comment' }, { label: 'Comment' }]) } });
    expect(refusalFor('type hello')).toMatch(/Into which field/);
    expect(refusalFor('type hello into the Comment box', articlePage())).toMatch(/could not find the "Comment" field/);
  });
});

describe('offline plans for navigation', () => {
  it('navigates to the URL, keeping ports and local hosts on http', () => {
    const plan = planFor('go to 127.0.0.1:4301/shop');
    expect(plan.steps).toMatchObject([{ kind: 'navigate', url: '{{param.url}}' }]);
    expect(plan.params).toEqual({ url: 'http://127.0.0.1:4301/shop' });
    expect(plan.origins).toEqual(['http://127.0.0.1:4301']);
    expect(planFor('open https://example.com/a?b=1').params.url).toBe('https://example.com/a?b=1');
  });
});
