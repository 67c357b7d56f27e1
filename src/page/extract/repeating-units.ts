import type { Visibility } from '../dom/visibility';
import { normalizeText } from '../dom/text';
import { hasPrice, countPrices } from './numbers';

const STATE_CLASS = /^(active|selected|current|first|last|odd|even|featured|sale|new|hidden|visible|is-.*|has-.*|js-.*)$/i;
const NAV_LIKE = 'nav,header,footer,aside,[role="navigation"],[role="banner"],[role="contentinfo"],[role="menu"],[role="menubar"],[role="tablist"]';

/** Key that siblings of one repeating unit share: tag and base class (modifiers ignored). */
function unitKey(el: Element): string {
  const base = Array.from(el.classList).find((c) => !/\d/.test(c) && !STATE_CLASS.test(c) && !c.includes('--')) ?? '';
  return `${el.tagName}.${base}`;
}

interface Group {
  members: Element[];
  score: number;
}

function scoreGroup(members: Element[], texts: string[]): number {
  const n = members.length;
  const frac = (test: (el: Element, i: number) => boolean) => members.filter(test).length / n;
  const priced = frac((_, i) => hasPrice(texts[i]));
  const linked = frac((el) => el.tagName === 'A' || !!el.querySelector('a[href]'));
  const imaged = frac((el) => !!el.querySelector('img,picture,[style*="background-image"]'));
  const avgLength = texts.reduce((s, t) => s + t.length, 0) / n;
  const richness = avgLength < 15 ? 0.4 : avgLength < 40 ? 0.8 : 1;
  const navLike = members[0].closest(NAV_LIKE) ? 0.2 : 1;
  return Math.sqrt(n) * (1 + 3 * priced + linked + 0.5 * imaged) * richness * navLike;
}

/**
 * The repeating unit of a listing under `root`: the best group of ≥ 3 sibling elements sharing tag
 * and base class, with text; groups in sibling containers of the same shape (grid rows) are merged.
 * Groups with prices, links and images win over menus and footers. Without a priced group of 3,
 * one or two card-like units (a link and a price each) count too. Returns the visible units in
 * reading order, or [] when there is no such group.
 */
export function findRepeatingUnits(root: Element, vis: Visibility): Element[] {
  const buckets = new Map<string, Element[]>();
  const parents = [root, ...Array.from(root.querySelectorAll('*'))].filter((p) => p.childElementCount >= 1);
  for (const parent of parents) {
    const byKey = new Map<string, Element[]>();
    for (const child of Array.from(parent.children)) {
      // Table cells are parts of a row, never units of their own (rows are).
      if (/^(SCRIPT|STYLE|TEMPLATE|BR|HR|OPTION|TD|TH)$/.test(child.tagName)) continue;
      const key = unitKey(child);
      const list = byKey.get(key);
      if (list) list.push(child);
      else byKey.set(key, [child]);
    }
    // Sibling containers of the same shape (rows of a grid) pool their children.
    const grand = parent.parentElement;
    const scope = grand && grand !== root.parentElement ? `${unitKey(parent)}@${indexOf(grand)}` : `#${indexOf(parent)}`;
    for (const [key, list] of byKey) {
      const bucketKey = `${scope}>${key}`;
      const bucket = buckets.get(bucketKey);
      if (bucket) bucket.push(...list);
      else buckets.set(bucketKey, [...list]);
    }
  }
  const groups = [...buckets.values()];
  const large = bestGroup(groups.filter((m) => m.length >= 3), vis, 3);
  if (large && large.priced >= 0.5) return large.members;
  // Few results (one or two product cards) still make a listing when each unit looks like a card.
  const small = bestGroup(groups.filter((m) => m.length < 3), vis, 1, isCardLike);
  const best = small && (!large || small.score * 0.5 > large.score) ? small : large;
  return best?.members ?? [];
}

/** One product-like unit: a link and one price (two with a struck-out one), not a whole page. */
function isCardLike(el: Element, text: string): boolean {
  return text.length <= 600 && countPrices(text) >= 1 && countPrices(text) <= 2
    && (el.tagName === 'A' || !!el.querySelector('a[href]'));
}

function bestGroup(groups: Element[][], vis: Visibility, min: number, accept?: (el: Element, text: string) => boolean):
  (Group & { priced: number }) | null {
  let best: (Group & { priced: number }) | null = null;
  for (const members of groups) {
    const visible = members.filter((m) => vis.isVisible(m));
    const texts = visible.map((m) => normalizeText(m.textContent));
    const kept = visible.map((el, i) => ({ el, text: texts[i] })).filter((u) => u.text.length > 0);
    if (kept.length < min || (accept && !kept.every((u) => accept(u.el, u.text)))) continue;
    const score = scoreGroup(kept.map((u) => u.el), kept.map((u) => u.text));
    // Single cards: on equal scores the deeper group wins (the card, not its one-child wrapper).
    const deeper = accept && best && score === best.score && best.members[0].contains(kept[0].el);
    if (!best || score > best.score || deeper) {
      best = { members: kept.map((u) => u.el), score, priced: kept.filter((u) => hasPrice(u.text)).length / kept.length };
    }
  }
  return best;
}

const ids = new WeakMap<Element, number>();
let nextId = 1;
function indexOf(el: Element): number {
  let id = ids.get(el);
  if (!id) ids.set(el, (id = nextId++));
  return id;
}
