import type { ParsedGoal } from '../goal-parser/types';
import { normalizeText, singular, isStopWord, stems } from '../text';

/** Words that only restate the intent (already in the shape) or the implicit metric of a comparison. */
const INTENT_WORDS = new Set([
  'find', 'search', 'look', 'lookup', 'seek', 'show', 'get', 'fetch', 'grab', 'give', 'compare', 'comparison',
  'which', 'where', 'cheaper', 'cheapest', 'cheap', 'lowest', 'least', 'expensive', 'best', 'price', 'cost',
  'pricing', 'deal', 'offer', 'extract', 'scrape', 'collect', 'gather', 'list', 'pull', 'copy', 'export', 'put',
  'save', 'download', 'fill', 'complete', 'populate', 'enter', 'type', 'write', 'input', 'click', 'tap', 'press',
  'hit', 'push', 'go', 'open', 'visit', 'navigate', 'load', 'monitor', 'track', 'watch', 'want', 'need', 'like',
  'help', 'let', 'know', 'tell', 'when', 'vs', 'versus', 'across', 'shop', 'store', 'site', 'website', 'form',
]);
/** Paraphrases mapped to one word before comparing shapes. */
const SYNONYMS: Record<string, string> = {
  costs: 'price', prices: 'price', item: 'product', items: 'product', products: 'product', result: 'product',
  results: 'product', entry: 'record', entries: 'record', row: 'record', rows: 'record', rating: 'rating',
  stars: 'rating', score: 'rating', review: 'review', link: 'url', links: 'url', title: 'name', titles: 'name',
};

/** Content words of the goal not covered by a span, canonical and sorted: the goal's leftover meaning. */
function residualWords(parsed: ParsedGoal): string[] {
  const text = parsed.text;
  let rest = '';
  let at = 0;
  for (const s of [...parsed.spans].sort((a, b) => a.start - b.start)) {
    if (s.start > at) rest += text.slice(at, s.start);
    rest += ' ';
    at = Math.max(at, s.end);
  }
  rest += text.slice(at);
  const out = new Set<string>();
  for (const w of normalizeText(rest).split(' ')) {
    if (!w || isStopWord(w) || /^[\d.,$€£%]+$/.test(w)) continue;
    const canon = SYNONYMS[w] ?? singular(w);
    if (!INTENT_WORDS.has(canon) && !INTENT_WORDS.has(w)) out.add(canon);
  }
  return [...out].sort();
}

/**
 * The shape of a goal: what it asks for with the changeable values taken out. Two goals with the
 * same shape can run the same plan with different params: "compare the price of the Aeron chair on
 * a.com, b.com and c.com" and "compare prices for Embody chair across x.com, y.com and z.com" have one
 * shape. Values that pick page elements (click targets, form keys, fields) stay in the shape.
 */
export function goalShape(parsed: ParsedGoal): string {
  const e = parsed.entities;
  const c = parsed.constraints;
  const f = parsed.flags;
  const parts: string[] = [`intent=${parsed.intent}`];
  if (e.products.length === 1) parts.push('product');
  if (e.products.length > 1) parts.push('products');
  if (e.sites.length > 0) parts.push(e.sites.length === 1 ? 'site' : 'sites');
  if (e.text !== undefined) parts.push('text');
  if (e.target) parts.push(`target=${stems(e.target).join('-') || normalizeText(e.target)}`);
  if (e.targetRole) parts.push(`role=${e.targetRole}`);
  const keys = Object.keys(e.values).map((k) => normalizeText(k).replace(/\s+/g, '-')).sort();
  if (keys.length > 0) parts.push(`values=${keys.join(',')}`);
  if (e.fields.length > 0) parts.push(`fields=${[...e.fields].sort().join(',')}`);
  if (e.subject) parts.push(`subject=${singular(e.subject)}`);
  if (e.quantity !== undefined) parts.push('quantity');
  for (const k of ['priceMin', 'priceMax', 'count', 'location'] as const) if (c[k] !== undefined) parts.push(k);
  if (c.dateFrom || c.dateTo) parts.push(`dates=${c.dateFrom ? 'from' : ''}${c.dateTo ? 'to' : ''}`);
  if (c.pages !== undefined) parts.push(`pages=${c.pages === 'all' ? 'all' : 'n'}`);
  if (c.sort) parts.push(`sort=${c.sort.field}:${c.sort.order}`);
  if (f.format) parts.push(`format=${f.format}`);
  if (f.submit) parts.push('submit');
  if (f.pressEnter) parts.push('enter');
  // "this page" and no page at all mean the same: only unnamed sites change the plan.
  if (f.deictic === 'sites') parts.push('refers=sites');
  const rest = residualWords(parsed);
  if (rest.length > 0) parts.push(`words=${rest.join(',')}`);
  return parts.join(';');
}
