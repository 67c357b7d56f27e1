import type { DataRecord } from './records';

// Longest first, so "US$" wins over "$". The page agent reads currencies the same way (src/page/extract/numbers.ts).
const SYMBOLS: Array<[string, string]> = [
  ['US$', 'USD'], ['CA$', 'CAD'], ['AU$', 'AUD'], ['NZ$', 'NZD'], ['HK$', 'HKD'], ['MX$', 'MXN'], ['C$', 'CAD'], ['A$', 'AUD'],
  ['R$', 'BRL'], ['S$', 'SGD'], ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'],
  ['₽', 'RUB'], ['₺', 'TRY'], ['₪', 'ILS'], ['zł', 'PLN'], ['Kč', 'CZK'],
];
const CODE_RE = /(?<![A-Za-z])(USD|EUR|GBP|JPY|CHF|CAD|AUD|NZD|SEK|NOK|DKK|PLN|CZK|HUF|INR|CNY|BRL|MXN|ZAR|SGD|HKD|KRW|TRY|RUB|ILS|AED)(?![A-Za-z])/;

/**
 * The ISO currency of a record's `field`: a code or symbol in its text; for `price`, the record's
 * `currency` (set by the page agent) and `priceText` count too. Undefined when there is none.
 */
export function recordCurrency(r: DataRecord, field = 'price'): string | undefined {
  const isPrice = field === 'price';
  if (isPrice && typeof r.currency === 'string' && r.currency.trim()) return r.currency.trim().toUpperCase();
  for (const v of isPrice ? [r[field], r.priceText] : [r[field]]) {
    if (typeof v !== 'string') continue;
    const code = CODE_RE.exec(v.toUpperCase())?.[1];
    if (code) return code;
    const symbol = SYMBOLS.find(([s]) => v.includes(s));
    if (symbol) return symbol[1];
  }
  return undefined;
}

/**
 * Records by currency, in first-seen order. Records without a currency join the only currency
 * there is (a shop that prints "12.00" next to others' "$12.00"); with several, they form their
 * own group "unknown".
 */
export function groupByCurrency(records: DataRecord[], field = 'price'): Map<string, DataRecord[]> {
  const known = new Map<string, DataRecord[]>();
  const unknown: DataRecord[] = [];
  for (const r of records) {
    const c = recordCurrency(r, field);
    if (!c) unknown.push(r);
    else known.set(c, [...(known.get(c) ?? []), r]);
  }
  if (!unknown.length) return known;
  if (known.size === 1) {
    const [[code, list]] = known;
    return new Map([[code, records.filter((r) => list.includes(r) || unknown.includes(r))]]);
  }
  if (!known.size) return new Map([['unknown', unknown]]);
  return new Map([...known, ['unknown', unknown]]);
}

/**
 * The currency whose records get the single best pick when prices are in several: the one most
 * records use (the first seen on a tie); records without a currency ("unknown") only when alone.
 */
export function primaryCurrency(groups: Map<string, DataRecord[]>): string | undefined {
  let best: string | undefined;
  for (const [code, list] of groups) {
    if (code === 'unknown' && groups.size > 1) continue;
    if (!best || list.length > groups.get(best)!.length) best = code;
  }
  return best;
}

/** The note a result carries when its prices are in several currencies. */
export function mixedCurrencyNote(codes: string[], primary: string): string {
  return `The prices are in different currencies (${codes.join(', ')}) and Errand does not convert them: the best offer is the best in ${primary}, the currency most offers use; bestByCurrency has the best in each.`;
}
