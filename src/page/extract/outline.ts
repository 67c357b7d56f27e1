import type { Visibility } from '../dom/visibility';
import { normalizeText } from '../dom/text';
import { accessibleName } from '../dom/accessible-name';
import { absoluteUrl, type ExtractedRecord } from './values';

/**
 * Every visible link under `root` as `{ text, url }`, in reading order, one per address; page
 * fragments ("#top"), scripts and mail links without text are left out.
 */
export function linkRecords(root: Element, vis: Visibility, baseUrl: string): ExtractedRecord[] {
  const seen = new Set<string>();
  const out: ExtractedRecord[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href')!.trim();
    if (!href || href.startsWith('#') || /^javascript:/i.test(href) || !vis.isVisible(a)) continue;
    const url = absoluteUrl(href, baseUrl);
    const text = normalizeText(a.textContent) || accessibleName(a);
    if (!url || seen.has(url) || !text) continue;
    seen.add(url);
    out.push({ text, url });
  }
  return out;
}

/** The page's visible headings (h1–h6 and role=heading) as `{ level, text }`, in reading order. */
export function headingRecords(root: Element, vis: Visibility): ExtractedRecord[] {
  return Array.from(root.querySelectorAll('h1,h2,h3,h4,h5,h6,[role="heading"]'))
    .filter((h) => vis.isVisible(h))
    .map((h) => ({ level: Number(h.getAttribute('aria-level') ?? h.tagName.slice(1)) || 2, text: normalizeText(h.textContent) }))
    .filter((r) => r.text);
}
