import type { CollectedElement } from './collect';
import { composedParent } from '../dom/composed';
import { normalizeText, truncateText } from '../dom/text';
import { unitPrice } from '../extract/unit-record';
import type { Visibility } from '../dom/visibility';

const TITLE_SELECTOR = 'h1,h2,h3,h4,h5,h6,[role="heading"],[itemprop="name"],[class*="title" i],[class*="name" i]';
const MAX_CONTEXT = 30;

/** Counts, per ancestor, how many elements of a group it contains. */
function ancestorCounts(group: Element[]): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const el of group) {
    for (let a = composedParent(el); a; a = composedParent(a)) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return counts;
}

/** The largest ancestor of `el` that holds no other element of its group: its card, row or item. */
function unitOf(el: Element, counts: Map<Element, number>): Element | null {
  let unit: Element | null = null;
  for (let a = composedParent(el); a && (counts.get(a) ?? 0) <= 1; a = composedParent(a)) {
    if (a.tagName === 'BODY' || a.tagName === 'HTML') break;
    unit = a;
  }
  return unit;
}

/** A short description of a card/row: its title and price, or its first cell, or its text. */
export function describeUnit(unit: Element, ownName: string, vis: Visibility, locale?: string): string {
  const own = ownName.toLowerCase();
  const differs = (t: string) => !!t && t.toLowerCase() !== own;
  let title = '';
  if (unit.tagName === 'TR') title = normalizeText(unit.querySelector('th,td')?.textContent);
  if (!differs(title)) {
    const titled = Array.from(unit.querySelectorAll(TITLE_SELECTOR)).map((e) => normalizeText(e.textContent));
    title = titled.find(differs) ?? '';
  }
  if (!differs(title)) {
    const links = Array.from(unit.querySelectorAll('a[href]')).map((a) => normalizeText(a.textContent));
    title = links.find(differs) ?? normalizeText(unit.querySelector('img[alt]')?.getAttribute('alt'));
  }
  const text = normalizeText(unit.textContent).slice(0, 600);
  // The current price (not a struck-out one), without zero cents: "$1,249".
  const price = unitPrice(unit, { locale, vis })?.priceText.replace(/[.,]00(?!\d)/, '');
  if (!differs(title)) title = normalizeText(text.replace(new RegExp(escapeRe(ownName), 'i'), ''));
  // The part before a separator is the product's name; the rest is variant detail.
  const head = title.split(/,\s|\s[-–—|]\s/)[0];
  if (head.length >= 3) title = head;
  const parts = [truncateText(title, price ? MAX_CONTEXT - price.length - 1 : MAX_CONTEXT)];
  if (price && !title.includes(price)) parts.push(price);
  return parts.filter(Boolean).join(' ');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Nearby text for an unnamed control: the text of the closest ancestor that has some besides it. */
function nearbyText(el: Element): string {
  let a = composedParent(el);
  for (let i = 0; a && i < 3; i++, a = composedParent(a)) {
    const text = normalizeText(a.textContent);
    if (text) return truncateText(text, MAX_CONTEXT);
  }
  return '';
}

/**
 * Context for elements that cannot be told apart by role and name alone: identical buttons in
 * different cards get their card's title and price; unnamed controls get nearby text.
 * Returns context per element (only for those that need it).
 */
export function computeContexts(items: CollectedElement[], vis: Visibility, locale?: string): Map<Element, string> {
  const groups = new Map<string, CollectedElement[]>();
  for (const item of items) {
    if (item.kind !== 'interactive') continue;
    const key = `${item.role}|${item.name.toLowerCase()}`;
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  const out = new Map<Element, string>();
  for (const group of groups.values()) {
    const unnamed = !group[0].name;
    if (group.length < 2 && !unnamed) continue;
    const counts = ancestorCounts(group.map((g) => g.el));
    for (const item of group) {
      const unit = group.length > 1 ? unitOf(item.el, counts) : null;
      const context = (unit ? describeUnit(unit, item.name, vis, locale) : '') || (unnamed ? nearbyText(item.el) : '');
      if (context) out.set(item.el, context);
    }
  }
  return out;
}
