// @vitest-environment happy-dom
import { walkElements, queryAllDeep, composedParent, composedContains, frameDocument } from '../composed';
import { collapseRepeats, truncateText, foldText } from '../text';
import { describeElement } from '../describe';
import { loadFixture } from '../../__tests__/fixture';

describe('walking the composed tree', () => {
  it('visits shadow content and same-origin frames in reading order', async () => {
    await loadFixture('shadow.html');
    const buttons: string[] = [];
    walkElements(document, (el) => void (el.tagName === 'BUTTON' && buttons.push(el.textContent!)));
    expect(buttons).toEqual(['Buy lamp', 'Light button']);
    await loadFixture('iframe.html');
    expect(queryAllDeep(document, 'button').map((b) => b.textContent)).toEqual(['Outer action', 'Apply coupon', 'Hidden frame button']);
  });

  it('crosses shadow and frame boundaries going up', async () => {
    await loadFixture('shadow.html');
    const host = document.getElementById('card')!;
    const inner = host.shadowRoot!.getElementById('shadow-buy')!;
    let top: Element = inner;
    while (composedParent(top)) top = composedParent(top)!;
    expect(top).toBe(document.documentElement);
    expect(composedContains(host, inner)).toBe(true);
    await loadFixture('iframe.html');
    const frame = document.getElementById('frame')!;
    expect(composedParent(frameDocument(frame)!.documentElement)).toBe(frame);
  });

  it('stops when asked and skips subtrees', () => {
    document.body.innerHTML = '<div id="a"><span></span></div><div id="b"></div><div id="c"></div>';
    const seen: string[] = [];
    walkElements(document.body, (el) => {
      seen.push(el.id || el.tagName);
      if (el.id === 'a') return false;
      if (el.id === 'b') return 'stop';
    });
    expect(seen).toEqual(['BODY', 'a', 'b']);
  });
});

describe('text helpers', () => {
  it('shortens, folds and de-duplicates text', () => {
    expect(truncateText('Herman Miller Aeron chair', 14)).toBe('Herman Miller…');
    expect(foldText('  Crème  Brûlée ')).toBe('creme brulee');
    expect(collapseRepeats('Aeron Chair Aeron Chair $1,249')).toBe('Aeron Chair $1,249');
    expect(collapseRepeats('New York New')).toBe('New York New');
  });

  it('describes an element briefly', () => {
    document.body.innerHTML = '<div id="overlay" class="cookie banner big">We use cookies.</div>';
    expect(describeElement(document.getElementById('overlay')!)).toBe('div#overlay.cookie.banner "We use cookies."');
  });
});
