// @vitest-environment happy-dom
import { takeSnapshot } from '../snapshot';
import { formatSnapshotForModel, formatName } from '../format';
import type { SnapshotElement } from '../../../core/ports';
import { RefRegistry } from '../refs';
import { loadFixture, setDocument, fixtureHtml } from '../../__tests__/fixture';

const lines = (names: Array<{ role: string; name: string }>) => names.map((e) => `${e.role} ${e.name}`);

describe('page snapshot', () => {
  it('lists the visible interactive elements of a shop page in reading order with short refs', async () => {
    await loadFixture('shop-grid-a.html');
    const snap = takeSnapshot(document, { layout: 'none' });
    expect(snap.elements.map((e) => e.ref)).toEqual(snap.elements.map((_, i) => `e${i + 1}`));
    expect(lines(snap.elements).slice(0, 9)).toEqual([
      'link Home', 'link Chairs', 'link Desks', 'link Cart (0)', 'searchbox Search products', 'button Search',
      'heading Office chairs', 'link Aeron Chair', 'button Add to cart',
    ]);
    expect(snap.title).toBe('Office chairs – Shop A');
    expect(snap.lang).toBe('en-US');
    expect(snap.truncated).toBe(false);
    expect(snap.text).toContain('4 results');
  });

  it('gives identical buttons the card they sit in as context, with the current price', async () => {
    await loadFixture('shop-grid-a.html');
    const buttons = takeSnapshot(document, { layout: 'none' }).elements.filter((e) => e.name === 'Add to cart');
    expect(buttons.map((b) => b.context)).toEqual(['Aeron Chair $1,249', 'Leap V2 $1,099', 'Mirra 2 $895', 'ErgoChair Pro $499']);
    await loadFixture('shop-grid-b.html');
    const first = takeSnapshot(document, { layout: 'none' }).elements.find((e) => e.name === 'Add to basket');
    expect(first?.context).toBe('Aeron Chair $1,099.99');
  });

  it('drops a card\'s repeated image link and the heading that only wraps the title link', async () => {
    await loadFixture('shop-grid-a.html');
    const names = takeSnapshot(document, { layout: 'none' }).elements.map((e) => e.name);
    expect(names.filter((n) => n === 'Aeron Chair')).toHaveLength(1);
  });

  it('leaves out every hidden trap and marks the disabled button', async () => {
    await loadFixture('hidden-traps.html');
    const snap = takeSnapshot(document, { layout: 'none' });
    expect(snap.elements.map((e) => [e.role, e.name, e.state ?? []])).toEqual([
      ['heading', 'Aeron Chair', []], ['button', 'Add to cart', []], ['button', 'Buy now', ['disabled']],
    ]);
  });

  it('includes open shadow roots and same-origin iframes, not hidden frames', async () => {
    await loadFixture('shadow.html');
    expect(lines(takeSnapshot(document, { layout: 'none' }).elements)).toEqual(
      ['heading Widget', 'heading Shadow Lamp', 'spinbutton Quantity', 'button Buy lamp', 'button Light button']);
    await loadFixture('iframe.html');
    expect(lines(takeSnapshot(document, { layout: 'none' }).elements)).toEqual(
      ['heading Outer page', 'button Outer action', 'textbox Coupon', 'button Apply coupon']);
  });

  it('shows form values and states, masking passwords', async () => {
    await loadFixture('forms.html');
    const snap = takeSnapshot(document, { layout: 'none' });
    const by = (name: string) => snap.elements.find((e) => e.name === name)!;
    expect(by('Password').value).toBe('••••');
    expect(by('Country')).toMatchObject({ role: 'combobox', value: 'Choose…' });
    expect(by('Standard').state).toEqual(['checked']);
    expect(by('Send me news').role).toBe('checkbox'); // hidden input, visible label stands in
    expect(by('Locked').state).toEqual(['disabled']);
  });

  it('is deterministic and records refs that resolve to the elements', async () => {
    await loadFixture('forms.html');
    const refs = new RefRegistry();
    const a = takeSnapshot(document, { layout: 'none', refs });
    const b = takeSnapshot(document, { layout: 'none' });
    expect(b).toEqual(a);
    expect(refs.resolve('e1')).toBe(document.getElementById('email'));
    expect(refs.refOf(document.getElementById('email')!)).toBe('e1');
  });

  it('keeps the signature for the same layout with other data, and changes it for another layout', async () => {
    await loadFixture('shop-grid-a.html');
    const a = takeSnapshot(document, { layout: 'none' }).signature;
    setDocument(fixtureHtml('shop-grid-a.html').replace(/Aeron Chair/g, 'Cosm Chair').replace(/\$1,249\.00/g, '$999.00')
      .replace(/<li class="card">[\s\S]*?<\/li>/, ''));
    expect(takeSnapshot(document, { layout: 'none' }).signature).toBe(a);
    await loadFixture('forms.html');
    expect(takeSnapshot(document, { layout: 'none' }).signature).not.toBe(a);
  });

  it('keeps interactive elements first when the budget is small', () => {
    const headings = Array.from({ length: 30 }, (_, i) => `<h2>Section heading number ${i}</h2>`).join('');
    const buttons = Array.from({ length: 30 }, (_, i) => `<button>Action ${i}</button>`).join('');
    setDocument(`<main>${headings}${buttons}<p>${'Long text. '.repeat(200)}</p></main>`);
    const snap = takeSnapshot(document, { layout: 'none', maxChars: 900 });
    expect(snap.truncated).toBe(true);
    expect(snap.elements.length).toBeGreaterThan(10);
    expect(snap.elements.every((e) => e.role === 'button')).toBe(true);
    expect(formatSnapshotForModel(snap).length + snap.text.length).toBeLessThanOrEqual(900 + 100);
  });

  it('stops early on huge pages and says it truncated', () => {
    setDocument(Array.from({ length: 600 }, (_, i) => `<a href="/p/${i}">Product link ${i}</a>`).join(''));
    const snap = takeSnapshot(document, { layout: 'none', maxChars: 2000 });
    expect(snap.truncated).toBe(true);
    expect(snap.elements[0].name).toBe('Product link 0');
    expect(snap.elements.length).toBeLessThan(100);
  });

  it('includes generic elements that look clickable, alerts and dialogs', () => {
    setDocument(`<style>.tile{cursor:pointer}</style><div class="tile"><span>Filters</span></div><span onclick="void 0">Reset</span>
      <div role="alert">Card declined</div><div role="dialog" aria-label="Sign in"><button>Close</button></div>`);
    expect(lines(takeSnapshot(document, { layout: 'none' }).elements)).toEqual(
      ['clickable Filters', 'clickable Reset', 'alert Card declined', 'dialog Sign in', 'button Close']);
  });
});

describe('snapshot for a model', () => {
  it('formats one compact line per element', async () => {
    await loadFixture('shop-grid-a.html');
    const text = formatSnapshotForModel(takeSnapshot(document, { layout: 'none' }));
    expect(text.split('\n')[0]).toBe('page "Office chairs – Shop A"');
    expect(text).toContain('e8 link Aeron Chair\ne9 button Add to cart (Aeron Chair $1,249)');
    expect(text).toContain('link 1 [current]');
  });

  it('quotes a name only where a bracket, = or quote would blur where it ends', () => {
    const el = (ref: string, name: string, extra: Partial<SnapshotElement> = {}): SnapshotElement => ({ ref, role: 'link', name, tag: 'a', ...extra });
    const snap = { url: 'u', title: 'T', signature: 's', truncated: false, text: '', elements: [
      el('e1', 'Cart (0)'), el('e2', 'Say "hi"'), el('e3', 'a = b'), el('e4', '[x] Close'), el('e5', 'Plain name', { state: ['current'] }),
      el('e6', '', { role: 'textbox', value: '', context: 'Search' }),
    ] };
    expect(formatSnapshotForModel(snap).split('\n').slice(1)).toEqual([
      'e1 link "Cart (0)"', `e2 link "Say 'hi'"`, 'e3 link "a = b"', 'e4 link "[x] Close"', 'e5 link Plain name [current]',
      'e6 textbox ="" (Search)',
    ]);
    expect(formatName(' padded')).toBe('" padded"');
  });

  it('shortens long names and can append the page text', () => {
    const snap = { url: 'u', title: 'T', elements: [{ ref: 'e1', role: 'textbox', name: 'A very long label that goes on and on', tag: 'input', value: 'x"y' }], text: 'Hello', signature: 's', truncated: true };
    expect(formatSnapshotForModel(snap, { includeText: true })).toBe(
      'page "T"\ne1 textbox A very long label that goes on… ="x\'y"\n(truncated)\ntext:\nHello');
  });
});
