import type { Visibility } from '../dom/visibility';
import { normalizeText } from '../dom/text';
import { hasPrice } from './numbers';

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
 * Groups with prices, links and images win over menus and footers. Returns the visible units in
 * reading order, or [] when there is no such group.
 */
export function findRepeatingUnits(root: Element, vis: Visibility): Element[] {
  const buckets = new Map<string, Element[]>();
  const parents = [root, ...Array.from(root.querySelectorAll('*'))].filter((p) => p.childElementCount >= 2);
  for (const parent of parents) {
    const byKey = new Map<string, Element[]>();
    for (const child of Array.from(parent.children)) {
      if (/^(SCRIPT|STYLE|TEMPLATE|BR|HR|OPTION)$/.test(child.tagName)) continue;
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
  let best: Group | null = null;
  for (const members of buckets.values()) {
    if (members.length < 3) continue;
    const visible = members.filter((m) => vis.isVisible(m));
    const texts = visible.map((m) => normalizeText(m.textContent));
    const withText = visible.filter((_, i) => texts[i].length > 0);
    if (withText.length < 3) continue;
    const score = scoreGroup(withText, texts.filter((t) => t.length > 0));
    if (!best || score > best.score) best = { members: withText, score };
  }
  return best?.members ?? [];
}

const ids = new WeakMap<Element, number>();
let nextId = 1;
function indexOf(el: Element): number {
  let id = ids.get(el);
  if (!id) ids.set(el, (id = nextId++));
  return id;
}
