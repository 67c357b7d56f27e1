import type { ParsedGoal } from './types';

const money = (n: number, cur?: string) => (cur ? `${n} ${cur}` : String(n));

/**
 * A short plain-text digest of a parsed goal, for prompts and logs: one line per kind of fact,
 * only the facts that were found.
 *
 * @example summarizeParsedGoal(parseGoal('search for desks under $500'))
 * // "intent: search\nproducts: desks\nprice: at most 500 USD"
 */
export function summarizeParsedGoal(parsed: ParsedGoal): string {
  const e = parsed.entities;
  const c = parsed.constraints;
  const f = parsed.flags;
  const lines: string[] = [`intent: ${parsed.intent}`];
  const add = (label: string, value: string | undefined | false) => { if (value) lines.push(`${label}: ${value}`); };
  add('products', e.products.join('; '));
  add('sites', e.sites.join(', '));
  add('fields', e.fields.join(', '));
  add('subject', e.subject);
  add('values', Object.keys(e.values).length > 0 && Object.entries(e.values).map(([k, v]) => `${k}=${v}`).join('; '));
  add('target', e.target && `${e.target}${e.targetRole ? ` (${e.targetRole})` : ''}`);
  add('text to type', e.text);
  add('quantity', e.quantity !== undefined && String(e.quantity));
  const price = c.priceMin !== undefined && c.priceMax !== undefined
    ? `between ${c.priceMin} and ${money(c.priceMax, c.currency)}`
    : c.priceMax !== undefined ? `at most ${money(c.priceMax, c.currency)}`
      : c.priceMin !== undefined ? `at least ${money(c.priceMin, c.currency)}` : undefined;
  add('price', price);
  add('count', c.count !== undefined && String(c.count));
  add('pages', c.pages !== undefined && String(c.pages));
  add('sort', c.sort && `${c.sort.field} ${c.sort.order}`);
  add('location', c.location);
  add('dates', (c.dateFrom || c.dateTo) && `${c.dateFrom ?? '…'} to ${c.dateTo ?? '…'}`);
  add('output', f.format);
  add('refers to', f.deictic === 'sites' ? `sites not named${f.deicticCount ? ` (${f.deicticCount})` : ''}` : f.deictic === 'page' ? 'the current page' : undefined);
  add('submit', f.submit && 'yes');
  add('press enter', f.pressEnter && 'yes');
  add('consequential actions', f.risky.join(', '));
  add('needs judgment', f.vague && 'yes');
  return lines.join('\n');
}
