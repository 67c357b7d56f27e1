import type { ParamValue } from '../plan';
import type { ParsedGoal } from './goal-parser/types';
import { siteUrl } from './goal-parser/sites';
import { slug } from './text';

/** Param names the planners use for entities and constraints; form value params avoid them. */
export const RESERVED_PARAMS = new Set([
  'product', 'products', 'query', 'sites', 'url', 'text', 'count', 'priceMin', 'priceMax', 'currency',
  'location', 'dateFrom', 'dateTo', 'pages', 'format', 'fields', 'quantity',
]);

/** Param name for a form value key: "First name" → "first_name"; reserved names get a "field_" prefix. */
export function valueParamName(key: string): string {
  const s = slug(key);
  return RESERVED_PARAMS.has(s) ? `field_${s}` : s;
}

/**
 * The parts of a parsed goal that can change between runs of the same plan, as plan params:
 * product(s), query, sites (as URLs), text, form values, counts, prices, place, dates, pages, format.
 * Plans refer to them as `{{param.NAME}}`, so a cached plan runs again with other values.
 */
export function paramsFromParsed(parsed: ParsedGoal): Record<string, ParamValue> {
  const e = parsed.entities;
  const c = parsed.constraints;
  const p: Record<string, ParamValue> = {};
  if (e.products.length > 0) {
    p.product = e.products[0]!;
    p.query = e.products[0]!;
  }
  if (e.products.length > 1) p.products = [...e.products];
  if (e.sites.length > 0) p.sites = e.sites.map((s) => siteUrl(s) ?? s);
  if (e.sites.length > 0) p.url = siteUrl(e.sites[0]!) ?? e.sites[0]!;
  if (e.text !== undefined) p.text = e.text;
  for (const [key, value] of Object.entries(e.values)) p[valueParamName(key)] = value;
  if (e.fields.length > 0) p.fields = [...e.fields];
  if (e.quantity !== undefined) p.quantity = e.quantity;
  for (const k of ['count', 'priceMin', 'priceMax', 'currency', 'location', 'dateFrom', 'dateTo', 'pages'] as const) {
    const v = c[k];
    if (v !== undefined) p[k] = v;
  }
  if (parsed.flags.format) p.format = parsed.flags.format;
  return p;
}
