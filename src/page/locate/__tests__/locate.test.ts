// @vitest-environment happy-dom
import type { Locator, LocatorStrategy } from '../../../core/plan';
import { ElementNotFound } from '../../../core/errors';
import { locateElement, type LocateContext } from '../locate';
import { runStrategy } from '../strategies';
import { withCandidates } from '../candidates';
import { createVisibility } from '../../dom/visibility';
import { RefRegistry } from '../../snapshot/refs';
import { takeSnapshot } from '../../snapshot/snapshot';
import { loadFixture, setDocument } from '../../__tests__/fixture';

const ctx = (): LocateContext => ({ doc: document, vis: createVisibility('none'), refs });
let refs = new RefRegistry();
const loc = (...strategies: LocatorStrategy[]): Locator => ({ description: 'the target', strategies });
const find = (...strategies: LocatorStrategy[]) => locateElement(loc(...strategies), ctx());
const notFound = (...strategies: LocatorStrategy[]): ElementNotFound => {
  try {
    find(...strategies);
  } catch (err) {
    return err as ElementNotFound;
  }
  throw new Error('expected ElementNotFound');
};

beforeEach(() => {
  refs = new RefRegistry();
});

describe('each strategy against the fixtures (expected match counts)', () => {
  it.each<[string, LocatorStrategy, number]>([
    ['shop-grid-a.html', { role: 'button', name: 'Add to cart' }, 4],
    ['shop-grid-a.html', { role: 'link', name: 'aeron chair' }, 2],
    ['shop-grid-a.html', { role: 'heading' }, 5],
    ['shop-grid-a.html', { css: 'li.card .price' }, 4],
    ['shop-grid-b.html', { testId: 'add-B2' }, 1],
    ['forms.html', { label: 'Email address' }, 1],
    ['forms.html', { label: 'Phone number' }, 1],
    ['forms.html', { placeholder: 'Coupon code' }, 1],
    ['hidden-traps.html', { role: 'button', name: 'Add to cart' }, 8],
  ])('%s: %j matches %i elements before visibility', async (fixture, strategy, count) => {
    await loadFixture(fixture);
    expect(runStrategy(document, strategy, refs).exact).toHaveLength(count);
  });

  it('finds by role and name, case-insensitively, with a tie-break on identical elements', async () => {
    await loadFixture('shop-grid-a.html');
    const r = find({ role: 'button', name: 'ADD TO CART' });
    expect(r).toMatchObject({ describe: 'role=button[name="ADD TO CART"]', matches: 4, tieBreak: true });
    expect(r.element.closest('li')!.querySelector('h3')!.textContent).toBe('Aeron Chair');
  });

  it('accepts a partial name only when it is unique', async () => {
    await loadFixture('shop-grid-a.html');
    expect(find({ role: 'link', name: 'priv' }).element.getAttribute('href')).toBe('/privacy');
    expect(notFound({ role: 'link', name: 'Chair' }).details.tried).toEqual([{ strategy: 'role=link[name="Chair"]', reason: '5 partial matches, none exact' }]);
  });

  it('falls back to related roles and understands role aliases', async () => {
    await loadFixture('shop-grid-a.html');
    expect(find({ role: 'button', name: 'Next' }).element.tagName).toBe('A');
    expect(find({ role: 'textbox', name: 'Search products' }).element.getAttribute('type')).toBe('search');
    expect(find({ role: 'h1' }).element.tagName).toBe('H1');
  });

  it('finds fields by every kind of label', async () => {
    await loadFixture('forms.html');
    expect(find({ label: 'Full name' }).element.getAttribute('name')).toBe('fullname');
    expect(find({ label: 'postal code' }).element.getAttribute('name')).toBe('zip');
    expect(find({ label: 'Delivery' }).element.id).toBe('notes');
    expect(find({ placeholder: 'coupon' }).element.getAttribute('name')).toBe('coupon');
  });

  it('finds by text: the smallest element, lifted to the interactive one, visible only', async () => {
    await loadFixture('hidden-traps.html');
    const r = find({ text: 'Add to cart' });
    expect(r.element.id).toBe('real');
    expect(r.matches).toBe(1);
    await loadFixture('shop-grid-a.html');
    expect(find({ text: 'Aeron' }).element.tagName).toBe('A');
    expect(find({ text: '4 results', exact: true }).element.className).toBe('count');
    expect(notFound({ text: '4 result', exact: true }).details.tried).toEqual([{ strategy: 'text="4 result"', reason: 'no match' }]);
  });

  it('searches open shadow roots and same-origin iframes', async () => {
    await loadFixture('shadow.html');
    expect(find({ role: 'button', name: 'Buy lamp' }).element.id).toBe('shadow-buy');
    expect(find({ css: '#shadow-buy' }).element.id).toBe('shadow-buy');
    expect(find({ label: 'Quantity' }).element.id).toBe('qty');
    await loadFixture('iframe.html');
    expect(find({ label: 'Coupon' }).element.id).toBe('coupon');
    expect(notFound({ text: 'Hidden frame button' }).details.tried).toEqual([{ strategy: 'text="Hidden frame button"', reason: '1 found, none visible' }]);
  });

  it('resolves refs from the latest snapshot', async () => {
    await loadFixture('forms.html');
    expect(notFound({ ref: 'e1' }).details.tried).toEqual([{ strategy: 'ref=e1', reason: 'no snapshot taken yet' }]);
    takeSnapshot(document, { layout: 'none', refs });
    expect(find({ ref: 'e2' }).element.getAttribute('name')).toBe('fullname');
  });

  it('tries strategies in order and reports each failure', async () => {
    await loadFixture('forms.html');
    const r = find({ css: '#nope' }, { css: '[[bad' }, { xpath: '//input' }, { label: 'Country' });
    expect(r.describe).toBe('label="Country"');
    const err = notFound({ css: '#nope' }, { testId: 'missing' }, { css: '[[bad' });
    expect(err).toBeInstanceOf(ElementNotFound);
    expect(err.details.tried).toEqual([
      { strategy: 'css=#nope', reason: 'no match' },
      { strategy: 'testId="missing"', reason: 'no match' },
      { strategy: 'css=[[bad', reason: expect.stringMatching(/^invalid selector/) },
    ]);
  });

  it('prefers an enabled element in the tie-break', () => {
    setDocument('<button disabled>Save</button><button id="ok">Save</button>');
    expect(find({ role: 'button', name: 'Save' }).element.id).toBe('ok');
  });

  it('treats a shortened snapshot name as a prefix', () => {
    setDocument('<a href="/x">Herman Miller Aeron Ergonomic Office Chair</a><a href="/y">Herman Miller Mirra</a>');
    expect(find({ role: 'link', name: 'Herman Miller Aeron Ergonomic…' }).element.getAttribute('href')).toBe('/x');
  });

  it('finds generic clickable elements by the "clickable" role', () => {
    setDocument('<style>.chip{cursor:pointer}</style><div class="chip">Under $500</div><div>Plain</div><span onclick="void 0">Reset</span>');
    expect(find({ role: 'clickable', name: 'Under $500' }).element.className).toBe('chip');
    expect(find({ role: 'generic', name: 'reset' }).element.tagName).toBe('SPAN');
  });
});

describe('candidates for recovery', () => {
  it('lists the nearest elements by name, with refs that resolve', async () => {
    await loadFixture('shop-grid-a.html');
    const locator = loc({ role: 'button', name: 'Add to bag' });
    let err: unknown;
    try {
      locateElement(locator, ctx());
    } catch (e) {
      err = withCandidates(e, locator, ctx());
    }
    const candidates = (err as ElementNotFound).details.candidates as Array<{ ref: string; name: string }>;
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.length).toBeLessThanOrEqual(5);
    expect(candidates[0].name).toBe('Add to cart');
    expect(refs.resolve(candidates[0].ref)?.tagName).toBe('BUTTON');
  });

  it('keeps the refs of the latest snapshot where they were', async () => {
    await loadFixture('shop-grid-a.html');
    const small = takeSnapshot(document, { layout: 'none', refs, maxChars: 600 }); // fewer elements, other numbering
    const before = small.elements.map((e) => refs.resolve(e.ref));
    const locator = loc({ role: 'button', name: 'Add to bag' });
    const err = withCandidates(new ElementNotFound('x'), locator, ctx()) as ElementNotFound;
    expect(small.elements.map((e) => refs.resolve(e.ref))).toEqual(before);
    const candidates = err.details.candidates as Array<{ ref: string; context?: string }>;
    const leap = candidates.find((c) => c.context?.startsWith('Leap'))!;
    expect(refs.resolve(leap.ref)?.closest('li')?.querySelector('h3')?.textContent).toBe('Leap V2');
  });

  it('leaves other errors alone', () => {
    const other = new Error('boom');
    expect(withCandidates(other, loc({ css: 'x' }), ctx())).toBe(other);
  });
});
