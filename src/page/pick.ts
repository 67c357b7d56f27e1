import type { Locator, LocatorStrategy } from '../core/plan';
import { OWN_TAG, composedParent } from './dom/composed';
import { roleOf } from './dom/roles';
import { accessibleName } from './dom/accessible-name';
import { isInteractiveElement } from './dom/actionable';
import { describeElement } from './dom/describe';
import { normalizeText } from './dom/text';
import { runStrategy } from './locate/strategies';
import { RefRegistry } from './snapshot/refs';
import type { PickOutcome } from '../messaging/protocol';

export type { PickOutcome };

/** Default time the person has to pick, in ms. */
export const PICK_TIMEOUT_MS = 60_000;

const TEST_ATTRS = ['data-testid', 'data-test-id', 'data-test', 'data-qa', 'data-cy'];
const FIELD_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const MAX_TEXT = 80;

/** The element a click on `el` means: a label's control, else the nearest interactive ancestor (a span in a button). */
function meant(el: Element): Element {
  if (el.tagName === 'LABEL' && (el as HTMLLabelElement).control) return (el as HTMLLabelElement).control!;
  for (let cur: Element | null = el, depth = 0; cur && depth < 6; cur = composedParent(cur), depth++) {
    if (isInteractiveElement(cur)) return cur;
  }
  return el;
}

/** `tag:nth-of-type(n)` steps up to the nearest ancestor with a plain id (or the root of its tree). */
export function cssPath(el: Element): string {
  const parts: string[] = [];
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.id && /^[A-Za-z][\w-]*$/.test(cur.id)) { parts.unshift(`#${cur.id}`); break; }
    const tag = cur.tagName.toLowerCase();
    const parent = cur.parentElement;
    if (!parent) { parts.unshift(tag); break; }
    const same = Array.from(parent.children).filter((c) => c.tagName === cur!.tagName);
    parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(cur) + 1})` : tag);
  }
  return parts.join(' > ');
}

function candidates(el: Element): LocatorStrategy[] {
  const out: LocatorStrategy[] = [];
  const role = roleOf(el);
  const name = accessibleName(el);
  if (role && name) out.push({ role, name });
  if (FIELD_TAGS.has(el.tagName)) {
    const label = normalizeText((el as HTMLInputElement).labels?.[0]?.textContent);
    if (label) out.push({ label });
    const placeholder = normalizeText(el.getAttribute('placeholder'));
    if (placeholder) out.push({ placeholder });
  }
  const testId = TEST_ATTRS.map((a) => el.getAttribute(a)).find((v) => v);
  if (testId) out.push({ testId });
  const text = normalizeText(el.textContent);
  if (text && text.length <= MAX_TEXT && !FIELD_TAGS.has(el.tagName)) out.push({ text, exact: true });
  return out;
}

/**
 * A locator for an element the person picked, from what is stable: role + accessible name,
 * label/placeholder for fields, test id, visible text, then a CSS path as the last resort. A
 * strategy is kept only when it finds this element first in the page, so it never points at a
 * look-alike (the third "Add to cart" stays the third).
 */
export function locatorFor(picked: Element): Locator {
  const el = meant(picked);
  const doc = el.ownerDocument;
  const refs = new RefRegistry();
  const findsIt = (s: LocatorStrategy) => {
    const m = runStrategy(doc, s, refs);
    return m.exact.length ? m.exact[0] === el : m.loose.length === 1 && m.loose[0] === el;
  };
  const css = cssPath(el);
  const strategies = candidates(el).filter(findsIt);
  return { description: describeElement(el), strategies: [...strategies, { css }] };
}

/** Options of one pick. */
export interface PickOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

function overlay(doc: Document): { host: HTMLElement; show(el: Element): void } {
  const host = doc.createElement(OWN_TAG.toLowerCase());
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'all:initial;position:fixed;left:0;top:0;width:0;height:0;z-index:2147483647;pointer-events:none;';
  const root = host.attachShadow({ mode: 'closed' });
  const box = doc.createElement('div');
  box.style.cssText = 'position:fixed;display:none;outline:2px solid #7c3aed;background:rgba(124,58,237,.12);pointer-events:none;box-sizing:border-box;';
  const tip = doc.createElement('div');
  tip.textContent = 'Click the element Errand should use (Esc to cancel)';
  tip.style.cssText = 'position:fixed;left:8px;bottom:8px;padding:4px 8px;background:#7c3aed;color:#fff;font:13px system-ui,sans-serif;border-radius:4px;pointer-events:none;';
  root.append(box, tip);
  doc.documentElement.append(host);
  return {
    host,
    show(el) {
      const r = el.getBoundingClientRect();
      box.style.cssText += `;display:block;left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;`;
    },
  };
}

/**
 * Lets the person pick an element: outlines the element under the mouse, takes the next click
 * (the page never sees it), Escape cancels, and it gives up after `timeoutMs` (60 s). The outline
 * and every listener are removed whatever happens.
 * @example
 * const outcome = await pickElement(document);
 * if (outcome.picked) console.log(outcome.locator.strategies);
 */
export function pickElement(doc: Document, opts: PickOptions = {}): Promise<PickOutcome> {
  const view = doc.defaultView;
  if (!view) return Promise.resolve({ picked: false, reason: 'cancelled' });
  return new Promise((resolve) => {
    const ui = overlay(doc);
    const stop = new AbortController();
    const finish = (outcome: PickOutcome) => {
      stop.abort();
      clearTimeout(timer);
      ui.host.remove();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ picked: false, reason: 'timeout' }), opts.timeoutMs ?? PICK_TIMEOUT_MS);
    opts.signal?.addEventListener('abort', () => finish({ picked: false, reason: 'cancelled' }), { signal: stop.signal });
    const targetOf = (e: Event) => (e.composedPath()[0] ?? e.target) as Element | null;
    const swallow = (e: Event) => { e.preventDefault(); e.stopImmediatePropagation(); };
    const listen = (type: string, fn: (e: Event) => void) => view.addEventListener(type, fn, { capture: true, signal: stop.signal });
    listen('mousemove', (e) => { const t = targetOf(e); if (t?.nodeType === 1) ui.show(meant(t)); });
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'dblclick', 'auxclick']) listen(type, swallow);
    listen('click', (e) => {
      swallow(e);
      const t = targetOf(e);
      if (t?.nodeType === 1) finish({ picked: true, locator: locatorFor(t) });
    });
    listen('keydown', (e) => {
      if ((e as KeyboardEvent).key !== 'Escape') return;
      swallow(e);
      finish({ picked: false, reason: 'cancelled' });
    });
  });
}
