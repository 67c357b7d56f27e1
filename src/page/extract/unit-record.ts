import type { Visibility } from '../dom/visibility';
import { normalizeText, readableText, truncateText } from '../dom/text';
import { parsePrice, hasPrice, tidyPriceText, type ParsedPrice } from './numbers';
import { coerceValue, keyFromLabel, absoluteUrl, type ExtractedRecord } from './values';
import { unitRating } from './rating';

const OLD_PRICE = /(^|[-_\s])(was|old|strike|struck|original|regular|list-?price|compare|rrp|uvp|before)([-_\s]|$)/i;
const TITLE_SELECTOR = '[itemprop="name"],h1,h2,h3,h4,h5,h6,[role="heading"],[class*="title" i],[class*="name" i]';
const RESERVED = new Set(['name', 'price', 'priceText', 'currency', 'url', 'image', 'text']);

/** Options for reading a unit. */
export interface UnitOptions {
  vis: Visibility;
  locale?: string;
  baseUrl: string;
}

function isOldPrice(el: Element, unit: Element): boolean {
  for (let a: Element | null = el; a && a !== unit; a = a.parentElement) {
    if (/^(DEL|S|STRIKE)$/.test(a.tagName) || OLD_PRICE.test(a.getAttribute('class') ?? '')) return true;
    const deco = a.ownerDocument.defaultView?.getComputedStyle(a).textDecorationLine ?? '';
    if (deco.includes('line-through')) return true;
  }
  return false;
}

/** The element's text without the parts inside struck-out or "was" prices. */
function textOutsideOldPrices(el: Element, unit: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement && !isOldPrice(n.parentElement, unit)) parts.push(n.nodeValue ?? '');
  }
  return normalizeText(parts.join(' '));
}

/** The unit's current price: [itemprop=price], else the smallest price-holding element that is not struck out. */
export function unitPrice(unit: Element, opts: Pick<UnitOptions, 'locale' | 'vis'>): ParsedPrice | null {
  const micro = unit.querySelector('[itemprop="price"][content]');
  if (micro) {
    const found = parsePrice(normalizeText(micro.textContent), opts.locale);
    const price = Number(micro.getAttribute('content'));
    if (Number.isFinite(price)) return { price, currency: found?.currency, priceText: found?.priceText ?? String(price) };
  }
  const candidates = [unit, ...Array.from(unit.querySelectorAll('*'))].filter((el) => {
    const text = normalizeText(el.textContent);
    return text.length <= 40 && hasPrice(text) && opts.vis.isVisible(el);
  });
  const smallest = candidates.filter((el) => !candidates.some((o) => o !== el && el.contains(o)));
  const pick = smallest.find((el) => !isOldPrice(el, unit));
  // "<div><s>€299</s> €249</div>": the current price is the holder's text outside the struck-out part.
  const holders = pick ? [] : candidates.filter((el) => !isOldPrice(el, unit) && hasPrice(textOutsideOldPrices(el, unit)));
  const holder = holders.find((el) => !holders.some((o) => o !== el && el.contains(o)));
  const text = pick ? normalizeText(pick.textContent) : holder ? textOutsideOldPrices(holder, unit) : normalizeText((smallest[0] ?? unit).textContent);
  const parsed = parsePrice(text, opts.locale);
  return parsed && { ...parsed, priceText: tidyPriceText(parsed.priceText) };
}

function unitName(unit: Element, priceText: string | undefined, vis: Visibility): { name: string; el: Element | null } {
  const ok = (el: Element) => {
    const t = normalizeText(el.textContent);
    return t && t.length <= 200 && (!priceText || !t.includes(priceText)) && !hasPrice(t) && vis.isVisible(el);
  };
  // A title that links somewhere names the item; a heading without a link may be the section's.
  const titles = Array.from(unit.querySelectorAll(TITLE_SELECTOR)).filter(ok);
  const titled = titles.find((t) => t.matches('a[href]') || t.querySelector('a[href]') || t.closest('a[href]')) ?? titles[0];
  const link = Array.from(unit.querySelectorAll('a[href]')).filter(ok)
    .sort((a, b) => normalizeText(b.textContent).length - normalizeText(a.textContent).length)[0];
  const strong = Array.from(unit.querySelectorAll('strong,b')).find(ok);
  // A title cell holding the item's link and a note ("Title (site.com)"): the link's words name it.
  const inner = titled && !titled.matches('a[href]') ? titled.querySelector('a[href]') : null;
  const innerText = inner ? normalizeText(inner.textContent) : '';
  const named = inner && ok(inner) && innerText.length >= normalizeText(titled!.textContent).length * 0.6 ? inner : titled;
  const el = named ?? link ?? strong ?? null;
  if (el) return { name: normalizeText(el.textContent), el };
  const alt = normalizeText(unit.querySelector('img[alt]:not([alt=""])')?.getAttribute('alt'));
  if (alt) return { name: alt, el: null };
  // A bare link or list item is its own name.
  return ok(unit) ? { name: readableText(unit, vis.layout), el: unit } : { name: '', el: null };
}

function labelPairs(unit: Element, record: ExtractedRecord, opts: UnitOptions): void {
  const put = (label: string, value: string) => {
    const key = keyFromLabel(label, '');
    if (!key || RESERVED.has(key) || key in record || !normalizeText(value)) return;
    record[key] = coerceValue(value, opts.locale);
  };
  for (const dt of Array.from(unit.querySelectorAll('dt'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD' && opts.vis.isVisible(dt)) put(normalizeText(dt.textContent), normalizeText(dd.textContent));
  }
  for (const th of Array.from(unit.querySelectorAll('tr > th:first-child'))) {
    const td = th.nextElementSibling;
    if (td) put(normalizeText(th.textContent), normalizeText(td.textContent));
  }
  for (const el of [unit, ...Array.from(unit.querySelectorAll('li,p,span,div,small'))]) {
    if (el.querySelector('li,p,div') || !opts.vis.isVisible(el)) continue;
    const text = normalizeText(el.textContent);
    // "Show HN: a tiny database" is a title with a colon, not a label and a value.
    if (record.name && text.includes(String(record.name))) continue;
    const m = /^([^:]{1,30}):\s*(.{1,80})$/.exec(text);
    if (m) put(m[1], m[2]);
  }
  // <div><span>Manufacturer</span><span>Herman Miller</span></div>: a short word label and a value.
  for (const el of [unit, ...Array.from(unit.querySelectorAll('div,li,p'))]) {
    const kids = el.children;
    if (kids.length !== 2 || kids[0].childElementCount || kids[1].childElementCount) continue;
    if (/^(A|BUTTON|INPUT|SELECT)$/.test(kids[0].tagName) || /^(A|BUTTON|INPUT|SELECT)$/.test(kids[1].tagName)) continue;
    const label = normalizeText(kids[0].textContent);
    const value = normalizeText(kids[1].textContent);
    // A title followed by its text (a review's author and words) is not a label and a value.
    if (label === record.name || value.length > 60) continue;
    if (/^[^\d.!?]{1,30}$/.test(label) && /\p{L}/u.test(label)) put(label, value);
  }
}

/**
 * One listing unit (card, list item) → a record with the normalized keys name, price, priceText,
 * currency, url, image, plus label:value pairs found in the unit (dl, th/td, "Label: value",
 * label and value side by side), and `text` for units without a price (reviews, articles).
 */
export function recordFromUnit(unit: Element, opts: UnitOptions): ExtractedRecord {
  const record: ExtractedRecord = {};
  const price = unitPrice(unit, opts);
  const { name, el: nameEl } = unitName(unit, price?.priceText, opts.vis);
  if (name) record.name = name;
  if (price) {
    record.price = price.price;
    record.priceText = price.priceText;
    if (price.currency) record.currency = price.currency;
  }
  const link = nameEl?.closest('a[href]') ?? nameEl?.querySelector('a[href]')
    ?? (unit.tagName === 'A' ? unit : unit.querySelector('a[href]'));
  const url = absoluteUrl(link?.getAttribute('href'), opts.baseUrl);
  if (url) record.url = url;
  const img = unit.querySelector('img');
  const src = img && (img.getAttribute('src') || img.getAttribute('data-src') || img.getAttribute('srcset')?.split(/[\s,]/)[0]);
  const image = absoluteUrl(src, opts.baseUrl);
  if (image) record.image = image;
  const { rating, reviews } = unitRating(unit);
  if (rating !== undefined) record.rating = rating;
  if (reviews !== undefined && Number.isFinite(reviews)) record.reviews = reviews;
  labelPairs(unit, record, opts);
  // Units without a price (reviews, articles, results) are about their words: keep them.
  const text = price ? '' : truncateText(readableText(unit, opts.vis.layout), 500);
  if (text && text !== name) record.text = text;
  return record;
}

/**
 * An item spread over several rows (see rowGroups): the first row's record, completed with what
 * the other rows add (their text is appended; a key already set by an earlier row is kept).
 */
export function recordFromRows(rows: Element[], opts: UnitOptions): ExtractedRecord {
  const record = recordFromUnit(rows[0], opts);
  for (const row of rows.slice(1)) {
    const more = recordFromUnit(row, opts);
    for (const [key, value] of Object.entries(more)) {
      if (key === 'text') record.text = [record.text ?? record.name, value].filter(Boolean).join(' · ');
      else if (!(key in record) && key !== 'name' && key !== 'url') record[key] = value;
    }
  }
  return record;
}
