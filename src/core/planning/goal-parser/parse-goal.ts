import type { GoalContext, ParsedGoal } from './types';
import { GoalScanner } from './scanner';
import { ADD_TO_CART, LOG_IN, NEXT_PAGE_GOAL, SORT_GOAL, detectIntent, SELECT_FROM } from './intent';
import { claimSites, claimBareSites } from './sites';
import { claimPrice } from './price';
import { claimCount, claimFormat, claimLocation, claimPages, claimQuantity, claimSort, findDeictic } from './constraints';
import { claimDates } from './dates';
import { claimFillValues, claimSelectValue } from './values';
import { claimClickTarget, claimTypeText } from './targets';
import { claimFields } from './fields';
import { claimCompareMetric, claimProducts } from './products';
import { RISKY_VERBS, VAGUE_RE } from './lexicon';

const RISKY_RE = new RegExp(`(?:^|\\b(?:and|then|to|also|please|now|me)\\s+|[,;]\\s*)(${RISKY_VERBS.map((v) => v.replace(/\s+/g, '\\s+')).join('|')})\\b(?!\\s+(?:by|from)\\b)`, 'gi');
const WALK_VERB = /\b(?:collect|gather|crawl|walk|go\s+through|page\s+through|browse|harvest)\b/i;
const PRESS_ENTER = /\b(?:press|hit)\s+(?:the\s+)?(?:enter|return)\b|\band\s+(?:search|submit)\b/i;

/**
 * Reads a goal into intent, entities, constraints and flags, without a model. Deterministic: the
 * same text and context give the same result. Every recognised piece is listed in `spans`.
 *
 * @example parseGoal('search for standing desks under $500').constraints // { priceMax: 500, currency: 'USD' }
 */
export function parseGoal(input: string, context: GoalContext = {}): ParsedGoal {
  const text = input.replace(/\s+/g, ' ').trim();
  const scan = new GoalScanner(text);
  const now = context.now === undefined ? Date.now() : +context.now;
  const first = detectIntent(text);
  const entities: ParsedGoal['entities'] = { products: [], sites: [], fields: [], values: {} };
  let submit = /^(?:please\s+)?(?:submit|sign\s+me\s+up|sign\s+up|register\s+me)\b/i.test(text) || LOG_IN.test(text);

  const sortBy = first.intent === 'fill' ? scan.first(SORT_GOAL) : undefined;
  const cart = first.intent === 'click' ? scan.first(ADD_TO_CART) : undefined;
  const nextPage = first.intent === 'click' && !cart ? scan.first(NEXT_PAGE_GOAL) : undefined;
  if (sortBy?.groups[0]) {
    // Left unclaimed: the sort constraint ("price, descending") is read from the same words below.
    entities.values = { 'sort by': sortBy.groups[0].text };
  } else if (first.intent === 'fill' && SELECT_FROM.test(text)) {
    entities.values = claimSelectValue(scan, SELECT_FROM);
  } else if (first.intent === 'fill') {
    const fill = claimFillValues(scan);
    entities.values = fill.values;
    submit ||= fill.submit;
  } else if (first.intent === 'type') {
    const t = claimTypeText(scan);
    Object.assign(entities, defined({ text: t.text, target: t.target, targetRole: t.targetRole }));
    if (t.qualifier) entities.products.push(t.qualifier);
  } else if (cart) {
    const item = cart.groups[0]!.text.replace(/^(?:the|a|an|one|this|that)\s+/i, '').trim();
    Object.assign(entities, { target: `add to ${cart.groups[1]!.text.toLowerCase()}`, targetRole: 'button' });
    if (!/^(?:it|this|that|one|item|product|them)$/i.test(item)) entities.products.push(item);
    scan.claim('target', cart.start, cart.end);
  } else if (nextPage) {
    Object.assign(entities, { target: 'next page' });
    scan.claim('target', nextPage.start, nextPage.end);
  } else if (first.intent === 'click') {
    const t = claimClickTarget(scan);
    Object.assign(entities, defined({ target: t.target, targetRole: t.targetRole }));
    if (t.qualifier) entities.products.push(t.qualifier);
  }
  const pressEnter = first.intent === 'type' && PRESS_ENTER.test(text);
  if (pressEnter) for (const m of scan.find(PRESS_ENTER)) scan.blank(m.start, m.end);

  entities.sites = claimSites(scan);
  const format = claimFormat(scan);
  const constraints: ParsedGoal['constraints'] = {};
  const sort = claimSort(scan);
  Object.assign(constraints, claimPrice(scan));
  const pages = claimPages(scan);
  const quantity = claimQuantity(scan);
  if (quantity !== undefined) entities.quantity = quantity;
  const count = claimCount(scan);
  Object.assign(constraints, claimDates(scan, now), defined({ sort, pages, count }));
  const location = claimLocation(scan);
  if (location) constraints.location = location;
  const deictic = findDeictic(scan);
  const risky = [...scan.rest.matchAll(RISKY_RE)].map((m) => m[1]!.toLowerCase().replace(/\s+/g, ' '));

  const fixed = ['fill', 'type', 'click', 'navigate', 'scroll'].includes(first.intent);
  const second = fixed ? first : detectIntent(scan.rest);
  const found = fixed || second.intent !== 'unknown' ? second : first;
  const intent = !fixed && constraints.pages !== undefined && (found.intent === 'unknown' || (found.intent === 'extract' && WALK_VERB.test(text)))
    ? 'paginate' : found.intent;

  if (intent === 'extract' || intent === 'paginate') {
    const f = claimFields(scan);
    entities.fields = f.fields;
    if (f.subject) entities.subject = f.subject;
  }
  if (intent === 'compare') {
    const metric = claimCompareMetric(scan);
    if (metric) entities.fields = [metric];
  }
  if (['search', 'compare', 'monitor', 'extract', 'paginate'].includes(intent)) {
    const products = claimProducts(scan, intent, entities.sites.length > 0);
    entities.products.push(...products);
    const lastProduct = scan.spans.filter((s) => s.kind === 'product').pop();
    if (['search', 'compare', 'monitor'].includes(intent)) entities.sites.push(...claimBareSites(scan, lastProduct?.end ?? 0));
  }
  if (intent === 'navigate' && entities.sites.length === 0) entities.sites.push(...claimBareSites(scan));
  if (found.start !== undefined && found.end !== undefined && scan.rest.slice(found.start, found.end).trim()) {
    scan.claim('intent', found.start, found.end);
  }

  const vague = VAGUE_RE.test(scan.rest) || entities.products.some((p) => VAGUE_RE.test(p));
  return {
    text,
    intent,
    confidence: found.confidence,
    entities,
    constraints,
    flags: { submit, pressEnter, ...deictic, risky: [...new Set(risky)], vague, ...defined({ format }) },
    spans: [...scan.spans].sort((a, b) => a.start - b.start),
  };
}

/** Copies only the keys whose value is not undefined (strict schemas reject explicit undefined keys in output). */
function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
