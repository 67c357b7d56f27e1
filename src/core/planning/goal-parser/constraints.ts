import type { GoalScanner } from './scanner';
import type { GoalConstraints, GoalFlags } from './types';
import { COUNT_RE, countValue } from './lexicon';

type Sort = NonNullable<GoalConstraints['sort']>;

const SORT_FIELDS: Array<[RegExp, string]> = [
  [/^(?:price|prices|cost|costs|pricing|cheapest|cheapness)$/i, 'price'],
  [/^(?:rating|ratings|stars|score|reviews?|review score|best rated|top rated)$/i, 'rating'],
  [/^(?:date|dates|newest|latest|recency|most recent|time|age)$/i, 'date'],
  [/^(?:name|names|title|titles|alphabet|alphabetically|alphabetical order|a-z)$/i, 'name'],
];
const DEFAULT_ORDER: Record<string, Sort['order']> = { price: 'asc', rating: 'desc', date: 'desc', name: 'asc' };

/** Canonical sort field for the words after "sort by". */
export function sortField(words: string): string {
  const w = words.trim().toLowerCase().replace(/^the\s+/, '');
  return SORT_FIELDS.find(([re]) => re.test(w))?.[1] ?? w.replace(/s$/, '');
}

const ORDER = '(asc(?:ending)?|desc(?:ending)?|highest\\s+first|lowest\\s+first|high(?:est)?\\s+to\\s+low(?:est)?|low(?:est)?\\s+to\\s+high(?:est)?|newest\\s+first|oldest\\s+first|cheapest\\s+first|most\\s+expensive\\s+first|a\\s*-\\s*z|z\\s*-\\s*a|increasing|decreasing|reversed?)';
const DESC = /^(?:desc|highest|high|newest|most expensive|z|decreasing|reverse)/i;

/** Claims a sort order: "sort by price descending", "ordered by rating", "cheapest first", "newest first". */
export function claimSort(scan: GoalScanner): Sort | undefined {
  const by = scan.first(new RegExp(`\\b(?:sort(?:ed)?|order(?:ed)?|rank(?:ed)?|arrange(?:d)?)\\s+(?:them\\s+|it\\s+|the\\s+results\\s+|results\\s+)?by\\s+(?:the\\s+|their\\s+)?([a-z][a-z-]*(?:\\s+(?:rated|recent|order))?)(?:\\s*,?\\s*(?:in\\s+)?${ORDER}(?:\\s+order)?)?`, 'i'));
  if (by) {
    scan.claim('sort', by.start, by.end);
    const field = sortField(by.groups[0]!.text);
    const order = by.groups[1] ? (DESC.test(by.groups[1].text) ? 'desc' : 'asc') : DEFAULT_ORDER[field] ?? 'asc';
    return { field, order };
  }
  const phrases: Array<[RegExp, Sort]> = [
    [/\b(?:cheapest|lowest\s+price|least\s+expensive)\s+(?:first|on\s+top)\b|\bprice\s*(?:,\s*)?low(?:est)?\s+to\s+high(?:est)?\b|\bfrom\s+(?:the\s+)?(?:cheapest|lowest)\s+to\s+(?:the\s+)?(?:most\s+expensive|highest)\b/i, { field: 'price', order: 'asc' }],
    [/\b(?:most\s+expensive|highest\s+price|priciest)\s+(?:first|on\s+top)\b|\bprice\s*(?:,\s*)?high(?:est)?\s+to\s+low(?:est)?\b/i, { field: 'price', order: 'desc' }],
    [/\b(?:newest|latest|most\s+recent)\s+first\b/i, { field: 'date', order: 'desc' }],
    [/\boldest\s+first\b/i, { field: 'date', order: 'asc' }],
    [/\b(?:highest|best|top)[-\s]rated(?:\s+first)?\b|(?<=\btop\s+\d{1,4}\s+)rated\b/i, { field: 'rating', order: 'desc' }],
  ];
  for (const [re, sort] of phrases) {
    const m = scan.first(re);
    if (m) { scan.claim('sort', m.start, m.end); return sort; }
  }
  return undefined;
}

/** Claims a page count: "first 3 pages", "2 pages", "all pages", "every page", "across all the pages". */
export function claimPages(scan: GoalScanner): GoalConstraints['pages'] {
  const all = scan.first(/\b(?:(?:on|from|across|through|over|in)\s+)?(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:result\s+|search\s+)?pages?\b|\b(?:page|go)\s+through\s+(?:all\s+|every\s+|each\s+)?(?:the\s+)?(?:pages|results)\b|\buntil\s+the\s+last\s+page\b/i);
  if (all) {
    scan.claim('pages', all.start, all.end);
    return 'all';
  }
  const n = scan.first(new RegExp(`\\b(?:(?:on|from|across|for|over|in)\\s+)?(?:the\\s+)?(?:first\\s+|next\\s+|up\\s+to\\s+|max(?:imum)?\\s+(?:of\\s+)?|at\\s+most\\s+)?${COUNT_RE}\\s+(?:result\\s+|search\\s+)?pages\\b|\\b(?:the\\s+)?first\\s+(page)\\b`, 'i'));
  if (!n) return undefined;
  scan.claim('pages', n.start, n.end);
  return n.groups[0] ? countValue(n.groups[0].text) : 1;
}

const COUNT_NOUN = '(?:results?|items?|products?|entries|rows|records|listings?|offers?|hits|deals?|options?|matches|jobs?|articles?|posts?|stories|links|reviews|hotels|flights|cars|apartments|houses|laptops|phones)';

/** Claims how many results are wanted: "top 5", "first 10 results", "the 3 cheapest", "limit to 20 items". */
export function claimCount(scan: GoalScanner): number | undefined {
  const patterns = [
    new RegExp(`\\btop\\s*-?\\s*${COUNT_RE}\\b`, 'i'),
    new RegExp(`\\b(?:limit(?:ed)?(?:\\s+(?:it|them|results))?\\s+to|at\\s+most|max(?:imum)?(?:\\s+of)?|up\\s+to|only)\\s+${COUNT_RE}(?=\\s+${COUNT_NOUN}\\b|\\s*$)`, 'i'),
    new RegExp(`\\bfirst\\s+${COUNT_RE}\\b(?!\\s+pages?\\b)`, 'i'),
    new RegExp(`(?<=\\b(?:the|get|find|show|list|give\\s+me|return|extract|collect)\\s+)${COUNT_RE}(?=\\s+(?:cheapest|best|highest|lowest|newest|latest|most|least|top|first|last)\\b)`, 'i'),
    new RegExp(`\\b${COUNT_RE}(?=\\s+${COUNT_NOUN}\\b)`, 'i'),
  ];
  for (const re of patterns) {
    const m = scan.first(re);
    const value = m ? countValue(m.groups[0]?.text ?? m.text) : undefined;
    if (m && value && value >= 1) {
      scan.claim('count', m.start, m.end);
      return value;
    }
  }
  return undefined;
}

/** Claims a quantity: "quantity 2", "set the quantity to 3", "qty: 4", "2x", "add 2 of". */
export function claimQuantity(scan: GoalScanner): number | undefined {
  const m = scan.first(new RegExp(`\\b(?:quantity|qty)\\s*(?:of|to|:|=|is)?\\s*${COUNT_RE}\\b|\\b(\\d{1,3})\\s?x\\b(?!\\d)|\\badd\\s+${COUNT_RE}\\s+(?:of\\b|more\\b)`, 'i'));
  const raw = m?.groups.find(Boolean)?.text;
  const value = raw ? countValue(raw) : undefined;
  if (!m || !value) return undefined;
  scan.claim('quantity', m.start, m.end);
  return value;
}

/** Claims an output format: "in a CSV", "as JSON", "into a spreadsheet". */
export function claimFormat(scan: GoalScanner): GoalFlags['format'] {
  const m = scan.first(/\b(?:(?:in|into|as|to|in\s+to)\s+(?:a\s+|an\s+)?)?(?:csv|spreadsheet|excel|json)(?:\s+file)?\b/i);
  if (!m) return undefined;
  scan.claim('format', m.start, m.end);
  return /json/i.test(m.text) ? 'json' : 'csv';
}

const NOT_PLACES = /^(?:CSV|JSON|Excel|English|German|French|Spanish|Black|White|Red|Blue|Green|Grey|Gray|Silver|Gold|Pink|Stock|The|This|A|An|My|Our|Your|Store|Stores|Shop|Euro|Euros|Dollars|Order|Total)$/;

/** Claims a place: "in Berlin", "near New York", "around San Francisco". Needs a capital letter. */
export function claimLocation(scan: GoalScanner): string | undefined {
  const re = /\b(?:in|near|around|close\s+to|within\s+\d+\s*(?:km|mi|miles|kilometers)\s+of)\s+([A-ZÀ-Ý][\p{L}'’.-]*(?:[ -](?:(?:de|del|am|an|upon|on|la|le)[ -])?[A-ZÀ-Ý][\p{L}'’.-]*)*)/u;
  for (const m of scan.find(re)) {
    const g = m.groups[0]!;
    const place = g.text.replace(/[.]$/, '');
    if (NOT_PLACES.test(place.split(/[\s-]+/)[0]!)) continue;
    scan.claim('location', g.start, g.start + place.length);
    scan.blank(m.start, g.start);
    return place;
  }
  return undefined;
}

/**
 * Notes words that point at something the goal does not name: "this page/table/form" → page,
 * "these three shops" → sites (with the count, when said).
 */
export function findDeictic(scan: GoalScanner): Pick<GoalFlags, 'deictic' | 'deicticCount'> {
  const sites = scan.first(new RegExp(`\\b(?:these|those|the\\s+following|my\\s+open|the\\s+open|all\\s+open|the\\s+other|other)\\s+(?:${COUNT_RE}\\s+)?(?:shops?|stores?|sites?|websites?|tabs?|retailers?|vendors?|sellers?|merchants?)\\b`, 'i'));
  if (sites) {
    scan.blank(sites.start, sites.end);
    const n = sites.groups[0] ? countValue(sites.groups[0].text) : undefined;
    return n ? { deictic: 'sites', deicticCount: n } : { deictic: 'sites' };
  }
  if (/\b(?:this|the\s+current|current|the\s+open)\s+(?:page|table|list|form|site|tab|listing|results?)\b|\bhere\b|\bon\s+the\s+page\b/i.test(scan.rest)) return { deictic: 'page' };
  return {};
}
