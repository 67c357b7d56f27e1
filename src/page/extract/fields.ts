import type { Locator } from '../../core/plan';
import { ElementNotFound } from '../../core/errors';
import type { Visibility } from '../dom/visibility';
import type { RefRegistry } from '../snapshot/refs';
import { normalizeText } from '../dom/text';
import { isSensitive } from '../dom/state';
import { locateElement } from '../locate/locate';
import { visibleText } from '../snapshot/page-text';
import { parsePrice } from './numbers';
import { coerceValue, absoluteUrl, type ExtractedRecord, type RecordValue } from './values';

/** What field extraction needs. */
export interface FieldsContext {
  doc: Document;
  vis: Visibility;
  refs: RefRegistry;
  locale?: string;
}

/** The value an element shows: a control's value (masked when sensitive), an image's alt, a link's text, else its visible text. */
export function elementValueText(el: Element, vis: Visibility): string {
  const tag = el.tagName;
  // Passwords, card data and codes never leave the page, in extractions as in snapshots.
  if (tag === 'INPUT' || tag === 'TEXTAREA') return isSensitive(el as HTMLInputElement) && (el as HTMLInputElement).value ? '••••' : (el as HTMLInputElement).value;
  if (tag === 'SELECT') return normalizeText((el as HTMLSelectElement).selectedOptions?.[0]?.text);
  if (tag === 'IMG') return normalizeText(el.getAttribute('alt'));
  if (tag === 'META') return normalizeText(el.getAttribute('content'));
  return visibleText(el, vis).replace(/\n/g, ' ');
}

function fieldValue(key: string, el: Element, ctx: FieldsContext): RecordValue {
  const base = ctx.doc.location?.href ?? ctx.doc.URL;
  if (/^(url|link|href)$/i.test(key)) {
    const link = el.closest('a[href]') ?? el.querySelector('a[href]');
    const url = absoluteUrl(link?.getAttribute('href'), base);
    if (url) return url;
  }
  if (/^(image|img|photo|picture)$/i.test(key) && el.tagName === 'IMG') return absoluteUrl(el.getAttribute('src'), base);
  const text = elementValueText(el, ctx.vis);
  if (/price|cost|total|amount/i.test(key)) {
    const price = parsePrice(text, ctx.locale);
    if (price) return price.price;
  }
  return coerceValue(text, ctx.locale);
}

/**
 * One record from a map of field name → locator. Missing fields are null; when none is found the
 * extraction fails with ElementNotFound listing what was tried.
 */
export function extractFields(fields: Record<string, Locator>, ctx: FieldsContext): ExtractedRecord {
  const record: ExtractedRecord = {};
  const missing: Array<{ field: string; tried: unknown }> = [];
  for (const [key, locator] of Object.entries(fields)) {
    try {
      record[key] = fieldValue(key, locateElement(locator, ctx).element, ctx);
    } catch (err) {
      if (!(err instanceof ElementNotFound)) throw err;
      record[key] = null;
      missing.push({ field: key, tried: err.details.tried });
    }
  }
  if (missing.length && missing.length === Object.keys(fields).length) {
    throw new ElementNotFound(`None of the fields ${Object.keys(fields).join(', ')} were found`, { tried: missing });
  }
  return record;
}
