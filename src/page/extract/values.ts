import { normalizeText } from '../dom/text';
import { parseWholeNumber } from './numbers';
import { parseDateISO } from './dates';

/** A value in an extracted record. */
export type RecordValue = string | number | boolean | null;
/** One extracted record. */
export type ExtractedRecord = Record<string, RecordValue>;

/** Text → number (when it is only a number/price), ISO date (when unambiguous), text, or null. */
export function coerceValue(raw: string | null | undefined, locale?: string): RecordValue {
  const text = normalizeText(raw);
  if (!text) return null;
  const n = parseWholeNumber(text, locale);
  if (n !== null) return n;
  return parseDateISO(text, locale) ?? text;
}

/**
 * Types whole columns: a column is numeric when at least half of its filled cells are numbers, and
 * only then are its cells turned into numbers ("1984" stays a title among other titles). Dates
 * become ISO, empty cells null.
 */
export function coerceColumns(rows: Array<Record<string, string>>, locale?: string): ExtractedRecord[] {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const numeric = new Set(keys.filter((k) => {
    const filled = rows.map((r) => normalizeText(r[k])).filter(Boolean);
    return filled.filter((t) => parseWholeNumber(t, locale) !== null).length * 2 >= filled.length && filled.length > 0;
  }));
  return rows.map((row) => {
    const out: ExtractedRecord = {};
    for (const [k, raw] of Object.entries(row)) {
      const text = normalizeText(raw);
      out[k] = !text ? null : numeric.has(k) ? coerceValue(text, locale) : parseDateISO(text, locale) ?? text;
    }
    return out;
  });
}

/**
 * A label as a record key: camelCase words, letters and digits only ("Ship weight:" → "shipWeight").
 * Falls back to `fallback` when nothing is left.
 */
export function keyFromLabel(label: string, fallback: string): string {
  const words = normalizeText(label).replace(/[:：]\s*$/, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return fallback;
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1).toLowerCase())).join('').slice(0, 40);
}

/** The page locale: <html lang>, else a content-language meta. */
export function pageLocale(doc: Document): string | undefined {
  const lang = doc.documentElement?.getAttribute('lang')
    || doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  return lang?.trim() || undefined;
}

/** An absolute URL for an attribute value, or null. */
export function absoluteUrl(value: string | null | undefined, base: string): string | null {
  if (!value || value.startsWith('javascript:') || value.startsWith('data:')) return null;
  try {
    return new URL(value, base).href;
  } catch {
    return null;
  }
}
