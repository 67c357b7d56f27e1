/** Text helpers shared by the snapshot, locators and extraction. */
import { shorten } from '../../core/snapshot-line';

/** Collapses runs of whitespace (incl. NBSP and zero-width characters) and trims. */
export function normalizeText(text: string | null | undefined): string {
  if (!text) return '';
  return text.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Lower-case, accent-free form used for tolerant comparisons. */
export function foldText(text: string): string {
  return normalizeText(text).toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Cuts `text` to at most `max` characters at a word boundary when possible, adding "…" (core's `shorten`). */
export const truncateText = shorten;

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG:STYLE']);

/** True for elements whose text is never rendered (scripts, styles, templates). */
export function isNonRenderedTag(el: Element): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase());
}

/**
 * Drops an immediately repeated leading phrase: "Aeron Chair Aeron Chair $1,249" → "Aeron Chair
 * $1,249" (an image's alt followed by the same caption inside one link).
 */
export function collapseRepeats(text: string): string {
  const words = text.split(' ');
  for (let k = Math.min(8, Math.floor(words.length / 2)); k >= 1; k--) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = words[i].toLowerCase() === words[k + i].toLowerCase();
    if (same) return [...words.slice(0, k), ...words.slice(2 * k)].join(' ');
  }
  return text;
}

/**
 * Text of an element as a reader sees it, words of neighbouring elements kept apart: the
 * browser's innerText with a layout (it knows which boxes are blocks), else the text with a space
 * at every element boundary.
 */
export function readableText(el: Element, layout: 'real' | 'none'): string {
  if (layout === 'real' && typeof (el as HTMLElement).innerText === 'string') return normalizeText((el as HTMLElement).innerText);
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && !isNonRenderedTag(node as Element)) {
      parts.push(' ');
      node.childNodes.forEach(visit);
      parts.push(' ');
    }
  };
  el.childNodes.forEach(visit);
  return normalizeText(parts.join(''));
}
