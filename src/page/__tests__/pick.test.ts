// @vitest-environment happy-dom
import { cssPath, locatorFor, pickElement } from '../pick';
import { createPageAgent } from '../agent';
import { setDocument } from './fixture';

const PAGE = `
  <main id="shop">
    <div class="card"><h3>Leap</h3><button data-testid="add-leap">Add to cart</button></div>
    <div class="card"><h3>Aeron</h3><button><span>Add to cart</span></button></div>
    <form><label for="q">Search</label><input id="q" placeholder="Find a chair"></form>
    <p>Read <a href="/terms">the terms</a></p>
  </main>`;

const click = (el: Element) => el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
const ownOverlays = () => document.querySelectorAll('errand-highlight').length;

describe('pick the element on the page', () => {
  beforeEach(() => setDocument(PAGE));

  it('builds a locator for a button from role + name, test id and text, and a CSS path last', () => {
    const first = document.querySelector('button')!;
    expect(locatorFor(first)).toEqual({
      description: 'button "Add to cart"',
      strategies: [{ role: 'button', name: 'Add to cart' }, { testId: 'add-leap' }, { text: 'Add to cart', exact: true }, { css: '#shop > div:nth-of-type(1) > button' }],
    });
  });

  it('leaves out strategies that would find a look-alike first (the second "Add to cart")', () => {
    // A click on the span inside the button means the button.
    const locator = locatorFor(document.querySelectorAll('button span')[0]);
    expect(locator.strategies).toEqual([{ css: '#shop > div:nth-of-type(2) > button' }]);
    expect(document.querySelector(cssPath(document.querySelectorAll('button')[1]))).toBe(document.querySelectorAll('button')[1]);
  });

  it('names a field by its role, label and placeholder; a link by role and text', () => {
    expect(locatorFor(document.querySelector('input')!).strategies).toEqual([
      { role: 'textbox', name: 'Search' }, { label: 'Search' }, { placeholder: 'Find a chair' }, { css: '#q' },
    ]);
    expect(locatorFor(document.querySelector('label')!).strategies[0]).toEqual({ role: 'textbox', name: 'Search' });
    expect(locatorFor(document.querySelector('a')!).strategies).toEqual([
      { role: 'link', name: 'the terms' }, { text: 'the terms', exact: true }, { css: '#shop > p > a' },
    ]);
  });

  it('takes the next click without letting the page act on it, then removes the outline and listeners', async () => {
    let pageSaw = 0;
    const button = document.querySelector('button')!;
    button.addEventListener('click', () => { pageSaw++; });
    const picking = pickElement(document);
    expect(ownOverlays()).toBe(1);
    button.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    click(button);
    const outcome = await picking;
    expect(outcome.picked && outcome.locator.strategies[0]).toEqual({ role: 'button', name: 'Add to cart' });
    expect(pageSaw).toBe(0);
    expect(ownOverlays()).toBe(0);
    click(button);
    expect(pageSaw).toBe(1);
  });

  it('Escape cancels and the page works as before', async () => {
    let pageSaw = 0;
    document.querySelector('a')!.addEventListener('click', (e) => { e.preventDefault(); pageSaw++; });
    const picking = pickElement(document);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(await picking).toEqual({ picked: false, reason: 'cancelled' });
    expect(ownOverlays()).toBe(0);
    click(document.querySelector('a')!);
    expect(pageSaw).toBe(1);
  });

  it('gives up after the timeout, and when aborted', async () => {
    expect(await pickElement(document, { timeoutMs: 20 })).toEqual({ picked: false, reason: 'timeout' });
    const controller = new AbortController();
    const picking = pickElement(document, { signal: controller.signal });
    controller.abort();
    expect(await picking).toEqual({ picked: false, reason: 'cancelled' });
    expect(ownOverlays()).toBe(0);
  });

  it('is a page request of the agent', async () => {
    const agent = createPageAgent(document, { layout: 'none' });
    const reply = agent.handle('page.pick', { timeoutMs: 5_000 });
    await new Promise((r) => setTimeout(r, 0));
    click(document.querySelector('input')!);
    const answer = await reply;
    expect(answer.ok && answer.value.picked && answer.value.locator.strategies[0]).toEqual({ role: 'textbox', name: 'Search' });
    expect(await agent.handle('page.pick', { timeoutMs: -1 })).toMatchObject({ ok: false, error: { name: 'PlanInvalid' } });
  });
});
