// @vitest-environment happy-dom
import { ElementNotInteractable, ElementNotFound } from '../../../core/errors';
import { click } from '../click';
import { hover } from '../hover';
import { loadFixture, setDocument } from '../../__tests__/fixture';
import { installFakeLayout } from '../../__tests__/fake-layout';
import { actionContext, target, base, recordEvents } from './helpers';

describe('click', () => {
  it('clicks the one visible "Add to cart", not the hidden traps', async () => {
    await loadFixture('hidden-traps.html');
    const result = await click({ ...base, kind: 'click', target: target({ role: 'button', name: 'Add to cart' }) }, actionContext());
    expect(document.body.dataset.clicked).toBe('real');
    expect(result.target).toMatchObject({ describe: 'role=button[name="Add to cart"]', matches: 1 });
  });

  it('sends the pointer and mouse events a real click sends, then focuses', async () => {
    setDocument('<button id="b">Go</button>');
    const b = document.getElementById('b')!;
    const events = recordEvents(b, ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'mouseover']);
    await click({ ...base, kind: 'click', target: target({ css: '#b' }) }, actionContext());
    expect(events).toEqual(['mouseover', 'pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']);
    expect(document.activeElement).toBe(b);
  });

  it('clicks inside an open shadow root', async () => {
    await loadFixture('shadow.html');
    await click({ ...base, kind: 'click', target: target({ text: 'Buy lamp' }) }, actionContext());
    expect(document.body.dataset.clicked).toBe('shadow');
  });

  it('refuses a disabled button after waiting for it to become enabled', async () => {
    await loadFixture('hidden-traps.html');
    const err = await click({ ...base, kind: 'click', target: target({ role: 'button', name: 'Buy now' }) }, actionContext({ timeoutMs: 150 })).catch((e) => e);
    expect(err).toBeInstanceOf(ElementNotInteractable);
    expect(err.details).toMatchObject({ reason: 'disabled' });
  });

  it('waits for an element that appears a moment later', async () => {
    setDocument('<div id="root"></div>');
    setTimeout(() => (document.getElementById('root')!.innerHTML = '<button id="late">Late</button>'), 60);
    const r = await click({ ...base, kind: 'click', target: target({ role: 'button', name: 'Late' }) }, actionContext({ timeoutMs: 1000 }));
    expect(r.target?.element.id).toBe('late');
  });

  it('reports candidates when nothing matches', async () => {
    await loadFixture('shop-grid-a.html');
    const err = await click({ ...base, kind: 'click', target: target({ role: 'button', name: 'Add to bag' }) }, actionContext({ timeoutMs: 100 })).catch((e) => e);
    expect(err).toBeInstanceOf(ElementNotFound);
    expect(err.details.candidates[0]).toMatchObject({ role: 'button', name: 'Add to cart' });
  });

  describe('with a layout (simulated)', () => {
    let restore: () => void;
    beforeEach(() => {
      restore = installFakeLayout();
    });
    afterEach(() => {
      restore();
      delete (document as { elementFromPoint?: unknown }).elementFromPoint;
    });

    it('refuses a covered element and names what covers it', async () => {
      await loadFixture('covered.html');
      const overlay = document.getElementById('overlay')!;
      Object.defineProperty(document, 'elementFromPoint', { configurable: true, value: () => overlay });
      const err = await click({ ...base, kind: 'click', target: target({ text: 'Subscribe' }) }, actionContext({ timeoutMs: 150 }, 'real')).catch((e) => e);
      expect(err).toBeInstanceOf(ElementNotInteractable);
      expect(err.message).toBe('button#under "Subscribe" is covered by div#overlay.cookie-banner "We use cookies. Accept all"');
      expect(document.body.dataset.clicked).toBeUndefined();
    });

    it('clicks when the element itself is on top, and flashes a highlight', async () => {
      await loadFixture('covered.html');
      const accept = document.getElementById('accept')!;
      Object.defineProperty(document, 'elementFromPoint', { configurable: true, value: () => accept });
      await click({ ...base, kind: 'click', target: target({ text: 'Accept all' }) }, actionContext({ highlight: true }, 'real'));
      expect(document.getElementById('overlay')).toBeNull();
      expect(document.querySelector('errand-highlight')).not.toBeNull();
    });
  });
});

describe('hover', () => {
  it('moves the pointer onto the element', async () => {
    setDocument('<nav><a id="m" href="#">Menu</a></nav>');
    const events = recordEvents(document.getElementById('m')!, ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove']);
    const r = await hover({ ...base, kind: 'hover', target: target({ role: 'link', name: 'Menu' }) }, actionContext());
    expect(events).toEqual(['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove']);
    expect(r.target?.describe).toBe('role=link[name="Menu"]');
  });
});
