import type { CollectedElement } from './collect';

/** FNV-1a 32-bit hash, base36. Small, fast and stable across browsers. */
export function hashString(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function typeOf(el: Element): string {
  return el.tagName === 'INPUT' ? `[${(el.getAttribute('type') ?? 'text').toLowerCase()}]` : '';
}

/**
 * Structure signature of a page: the set of landmark › tag:role shapes of its elements. Text, counts
 * and order are left out, so the same layout with other data (other products, 10 or 12 results)
 * gives the same value, while a different kind of page (a form, a product page) does not.
 */
export function structureSignature(items: CollectedElement[], doc: Document): string {
  const shapes = new Set<string>();
  for (const item of items) shapes.add(`${item.landmark}>${item.el.tagName.toLowerCase()}${typeOf(item.el)}:${item.role}`);
  for (const tag of ['table', 'form', 'main', 'nav', 'article', 'iframe']) {
    if (doc.getElementsByTagName(tag).length) shapes.add(`has:${tag}`);
  }
  return `s${hashString([...shapes].sort().join('\n'))}`;
}
