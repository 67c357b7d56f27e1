import type { GoalScanner } from './scanner';
import { CURRENCY_RE, currencyCode } from './lexicon';

/** Price limits found in a goal. */
export interface PriceConstraint {
  priceMin?: number;
  priceMax?: number;
  currency?: string;
}

const NUM = '(\\d{1,3}(?:[.,\\s]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)\\s?(k(?![a-z]))?';
/** An amount with an optional currency before or after it. Groups: pre-currency, number, k, post-currency. */
const AMOUNT = `(${CURRENCY_RE})?\\s?${NUM}(?:\\s?(${CURRENCY_RE})(?![\\w]))?`;
const NOT_MONEY = /^\s*(?:%|percent|pages?|items?|results?|products?|listings?|km|kms|kilometers?|miles?|mi|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|stars?|reviews?|people|guests?|nights?|rooms?|kg|g|lbs?|cm|mm|m|inch(?:es)?|gb|tb|mb|w|v|entries|rows|jobs|offers)\b/i;

const MAX_WORDS = '(?:under|below|less\\s+than|cheaper\\s+than|lower\\s+than|no\\s+more\\s+than|not\\s+more\\s+than|at\\s+most|max(?:imum)?|up\\s+to|within|for\\s+less\\s+than|budget(?:\\s+of)?|<=?|≤)';
const MIN_WORDS = '(?:over|above|more\\s+than|at\\s+least|min(?:imum)?|higher\\s+than|starting\\s+(?:at|from)|>=?|≥)';

/** "1,299.99" → 1299.99, "1.299,99" → 1299.99, "2.5" + k → 2500. */
export function parseAmount(num: string, k?: string): number {
  let s = num.replace(/\s/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const dec = lastDot > lastComma ? '.' : ',';
    s = s.split(dec === '.' ? ',' : '.').join('').replace(',', '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    const thousands = parts.length > 2 || (parts[parts.length - 1]!.length === 3 && !k);
    s = thousands ? parts.join('') : parts.join('.');
  }
  return Number(s) * (k ? 1000 : 1);
}

interface Amount { value: number; currency?: string; }
function amountOf(groups: Array<{ text: string } | undefined>, at: number): Amount {
  const cur = groups[at]?.text ?? groups[at + 3]?.text;
  return { value: parseAmount(groups[at + 1]!.text, groups[at + 2]?.text), currency: cur ? currencyCode(cur) : undefined };
}

/**
 * Claims price limits: "under $500", "under 300 euros", "between $100 and $200", "$100-$200",
 * "at least 50 €". A bare number counts as a price only after a price word ("under 500") and when
 * no unit follows ("under 5 km" is not a price).
 */
export function claimPrice(scan: GoalScanner): PriceConstraint {
  const out: PriceConstraint = {};
  const note = (a: Amount) => { if (a.currency && !out.currency) out.currency = a.currency; };
  const range = scan.first(new RegExp(`\\b(?:between|from)\\s+${AMOUNT}\\s*(?:and|to|-|–)\\s*${AMOUNT}`, 'i'))
    ?? scan.first(new RegExp(`(?<![\\w.,])${AMOUNT}\\s*(?:-|–|to)\\s*${AMOUNT}`, 'i'));
  if (range) {
    const lo = amountOf(range.groups, 0);
    const hi = amountOf(range.groups, 4);
    const hasCurrency = lo.currency || hi.currency;
    const priced = /^(?:between|from)/i.test(range.text) ? hasCurrency || !notMoney(scan, range.end) : hasCurrency;
    if (priced && lo.value <= hi.value) {
      scan.claim('price', range.start, range.end);
      Object.assign(out, { priceMin: lo.value, priceMax: hi.value });
      note(lo); note(hi);
    }
  }
  for (const [key, words] of [['priceMax', MAX_WORDS], ['priceMin', MIN_WORDS]] as const) {
    if (out[key] !== undefined) continue;
    const m = scan.find(new RegExp(`(?<![\\w])${words}\\s*${AMOUNT}`, 'i'))
      .find((x) => (x.groups[0] || x.groups[3]) || !notMoney(scan, x.end));
    if (!m) continue;
    const a = amountOf(m.groups, 0);
    scan.claim('price', m.start, m.end);
    out[key] = a.value;
    note(a);
  }
  return out;
}

function notMoney(scan: GoalScanner, end: number): boolean {
  return NOT_MONEY.test(scan.text.slice(end));
}
