/**
 * Number and price parsing with the page's locale. Handles grouping with commas, dots, spaces,
 * apostrophes and narrow spaces, and prices split over several spans ("$ 1,099 .99").
 *
 * @example parsePrice('1.189,00 €', 'de-DE') // → { price: 1189, currency: 'EUR', priceText: '1.189,00 €' }
 */

const SYMBOLS: Array<[string, string]> = [
  ['US$', 'USD'], ['C$', 'CAD'], ['CA$', 'CAD'], ['A$', 'AUD'], ['AU$', 'AUD'], ['NZ$', 'NZD'], ['R$', 'BRL'],
  ['HK$', 'HKD'], ['S$', 'SGD'], ['MX$', 'MXN'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'],
  ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'], ['₺', 'TRY'], ['₪', 'ILS'], ['₫', 'VND'], ['฿', 'THB'],
  ['₱', 'PHP'], ['zł', 'PLN'], ['Kč', 'CZK'], ['kr', 'SEK'], ['Fr.', 'CHF'],
];
const CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CHF', 'CAD', 'AUD', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK',
  'HUF', 'INR', 'CNY', 'RMB', 'BRL', 'MXN', 'ZAR', 'SGD', 'HKD', 'KRW', 'TRY', 'RUB', 'ILS', 'AED'];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TOKENS = [...CODES, ...SYMBOLS.map(([s]) => s)].sort((a, b) => b.length - a.length);
const alt = (list: string[]) => list.map(esc).join('|');
// Letter currencies (USD, kr) must not be the end of a word; symbols may touch text ("Chair$5").
const CUR = `(?:${alt(TOKENS.filter((t) => !/^\p{L}/u.test(t)))}|(?<!\\p{L})(?:${alt(TOKENS.filter((t) => /^\p{L}/u.test(t)))}))`;
const INT = `\\d{1,3}(?:\\s?[.,'’\\u00a0\\u202f ]\\s?\\d{3})+|\\d+`;
const NUM = `(?:${INT})(?:\\s?[.,]\\s?\\d{1,2}(?!\\d))?`;
// The currency before the number, or after it when it is not itself followed by a number.
const PRICE_RE = new RegExp(`(${CUR})\\s?([-−]?\\s?${NUM})|([-−]?${NUM})\\s?(${CUR})(?![A-Za-z]|\\s?\\d)`, 'u');
const NUMBER_ONLY_RE = new RegExp(`^[-−+]?\\s?(?:${CUR}\\s?)?${NUM}\\s?(?:${CUR})?$`, 'u');
const NUM_RE = new RegExp(`[-−]?${NUM}`);

const decimalCache = new Map<string, string>();

/** The decimal separator of a locale ("," for de-DE), or undefined when unknown. */
export function decimalSeparator(locale?: string): string | undefined {
  if (!locale) return undefined;
  if (!decimalCache.has(locale)) {
    let sep: string;
    try {
      sep = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
    } catch {
      sep = '.';
    }
    decimalCache.set(locale, sep);
  }
  return decimalCache.get(locale);
}

/** The ISO code for a currency symbol or code found in text. */
export function currencyCode(token: string): string | undefined {
  const t = token.trim();
  if (CODES.includes(t.toUpperCase())) return t.toUpperCase() === 'RMB' ? 'CNY' : t.toUpperCase();
  return SYMBOLS.find(([s]) => s === t)?.[1];
}

/** Dot-grouping currencies, used when the page declares no locale and "1.189" is ambiguous. */
const DOT_GROUPING = new Set(['EUR', 'BRL', 'TRY', 'DKK', 'IDR', 'VND', 'CHF']);

function toNumber(raw: string, locale?: string, currency?: string): number | null {
  const negative = /^[-−]/.test(raw.trim());
  const s = raw.replace(/[\s\u00a0\u202f'’]/g, '').replace(/^[-−+]/, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimal: string | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const count = s.split(sep).length - 1;
    const after = s.length - s.lastIndexOf(sep) - 1;
    if (count > 1) decimal = null;
    else if (after !== 3) decimal = sep;
    else {
      const localeSep = decimalSeparator(locale);
      if (localeSep) decimal = localeSep === sep ? sep : null;
      else decimal = sep === '.' && !DOT_GROUPING.has(currency ?? '') ? '.' : null;
    }
  }
  const grouping = decimal === '.' ? /,/g : decimal === ',' ? /\./g : /[.,]/g;
  let clean = s.replace(grouping, '');
  if (decimal === ',') clean = clean.replace(',', '.');
  const n = Number(clean);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

/** A price found in text. */
export interface ParsedPrice {
  price: number;
  currency?: string;
  priceText: string;
}

/** The first price (number next to a currency symbol or code) in `text`, or null. */
export function parsePrice(text: string, locale?: string): ParsedPrice | null {
  const m = PRICE_RE.exec(text);
  if (!m) return null;
  const cur = m[1] ?? m[4];
  const currency = currencyCode(cur);
  const price = toNumber(m[2] ?? m[3], locale, currency);
  if (price === null) return null;
  return { price, currency, priceText: m[0].replace(/\s+/g, ' ').trim() };
}

/** True when `text` contains something that looks like a price. */
export function hasPrice(text: string): boolean {
  return PRICE_RE.test(text);
}

/** How many prices `text` mentions. */
export function countPrices(text: string): number {
  return text.match(new RegExp(PRICE_RE.source, 'gu'))?.length ?? 0;
}

/** The first number in `text` (grouping understood), or null. */
export function parseNumber(text: string, locale?: string): number | null {
  const m = NUM_RE.exec(text);
  return m ? toNumber(m[0], locale) : null;
}

/**
 * The number `text` consists of (optionally with a currency), or null when the text says more
 * than a number. Leading zeros ("00123", a code, not a quantity) stay text.
 */
export function parseWholeNumber(text: string, locale?: string): number | null {
  const t = text.trim();
  if (!t || !NUMBER_ONLY_RE.test(t) || /^0\d/.test(t)) return null;
  const m = NUM_RE.exec(t);
  const cur = new RegExp(CUR, 'u').exec(t)?.[0];
  return m ? toNumber(m[0], locale, cur ? currencyCode(cur) : undefined) : null;
}

/** "$ 1,099 .99" (split over spans) → "$1,099.99"; grouping spaces inside numbers stay. */
export function tidyPriceText(text: string): string {
  return text.replace(/\s+(?=[.,]\d)/g, '').replace(/^([^\d\s-]{1,3})\s+(?=\d)/, '$1');
}
