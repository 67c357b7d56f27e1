import type { ParamValue } from '../plan';
import type { TemplateParam } from './schema';

/** One parameter problem; instantiation reports all of them at once. */
export interface ParamIssue { param: string; message: string }

type Coerced = { value: ParamValue } | { error: string };

const TRUE_WORDS = ['true', 'yes', 'y', 'on', '1', 'ja'];
const FALSE_WORDS = ['false', 'no', 'n', 'off', '0', 'nein'];

function parseNumber(raw: string): number {
  // "€ 1,299.50", "50 EUR", "1.5", "1,5"
  let s = raw.trim().replace(/^[^\d+-]+|[^\d]+$/g, '').replace(/[\s_']/g, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  // "1.299,50" and "1.000.000" are German-style thousands; a lone "1.500" stays 1.5.
  else if (/^[-+]?\d{1,3}(\.\d{3})+,\d+$|^[-+]?\d{1,3}(\.\d{3}){2,}$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^[-+]?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  return s === '' ? NaN : Number(s);
}

/** "shop.example" → "https://shop.example/"; null when it is not an http(s) address. */
export function normalizeUrl(raw: string): string | null {
  let s = raw.trim();
  if (!s || /\s/.test(s)) return null;
  // "shop.example:8080" has a port, not a scheme; "javascript:…" has a scheme we refuse below.
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(s) && !/^(javascript|data|mailto|file|about|blob|vbscript|chrome[\w-]*):/i.test(s)) {
    if (!/^[\w-]+(\.[\w-]+)+(:\d+)?(\/|$)|^localhost(:\d+)?(\/|$)/i.test(s)) return null;
    s = `https://${s}`;
  }
  try {
    const url = new URL(s);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function toList(raw: unknown, type: TemplateParam['type']): string[] | null {
  if (Array.isArray(raw)) return raw.map((v) => String(v).trim()).filter(Boolean);
  if (typeof raw === 'string') {
    // Several lines: one item per line (values may contain commas). One line: comma separated.
    const sep = raw.includes('\n') ? /\r?\n/ : type === 'url[]' ? /[\s,;]+/ : /[,;]/;
    return raw.split(sep).map((v) => v.trim()).filter(Boolean);
  }
  if (typeof raw === 'number') return [String(raw)];
  if (raw !== null && typeof raw === 'object') {
    // A record { Email: 'a@b.c' } becomes "Email: a@b.c" lines.
    return Object.entries(raw).map(([k, v]) => `${k}: ${String(v)}`);
  }
  return null;
}

function coerceScalar(raw: unknown, p: TemplateParam): Coerced {
  switch (p.type) {
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseNumber(raw) : NaN;
      return Number.isFinite(n) ? { value: n } : { error: `"${p.label}" must be a number.` };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      const w = String(raw).trim().toLowerCase();
      if (TRUE_WORDS.includes(w)) return { value: true };
      if (FALSE_WORDS.includes(w)) return { value: false };
      return { error: `"${p.label}" must be yes or no.` };
    }
    case 'url': {
      const url = typeof raw === 'string' ? normalizeUrl(raw) : null;
      return url ? { value: url } : { error: `"${p.label}" must be a web address (https://…), not "${String(raw)}".` };
    }
    default:
      if (Array.isArray(raw)) return { value: raw.map(String).join(', ') };
      if (raw !== null && typeof raw === 'object') return { error: `"${p.label}" must be text.` };
      return { value: String(raw).trim() };
  }
}

function checkBounds(value: ParamValue, p: TemplateParam): string | null {
  const items = Array.isArray(value) ? value : [value];
  const size = Array.isArray(value) ? value.length : typeof value === 'number' ? value : null;
  const what = Array.isArray(value) ? 'items' : '';
  if (size !== null && p.min !== undefined && size < p.min) return `"${p.label}" must be at least ${p.min}${what && ` ${what}`}.`;
  if (size !== null && p.max !== undefined && size > p.max) return `"${p.label}" must be at most ${p.max}${what && ` ${what}`}.`;
  if (p.options && items.some((v) => !p.options!.some((o) => String(o) === String(v)))) {
    return `"${p.label}" must be one of: ${p.options.join(', ')}.`;
  }
  if (p.pattern) {
    const re = new RegExp(p.pattern);
    const bad = items.find((v) => !re.test(String(v)));
    if (bad !== undefined) return `"${p.label}" has an unexpected format: "${String(bad)}".`;
  }
  return null;
}

const singularOf = (w: string) => w.replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '');

function isEmpty(raw: unknown): boolean {
  return raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '') || (Array.isArray(raw) && raw.length === 0);
}

/** Coerces one raw value to the parameter's type and checks its bounds. */
export function coerceParam(raw: unknown, p: TemplateParam): Coerced {
  if (p.type === 'string[]' || p.type === 'url[]') {
    const items = toList(raw, p.type);
    if (!items) return { error: `"${p.label}" must be a list.` };
    let value = items;
    if (p.type === 'url[]') {
      const urls = items.map((v) => normalizeUrl(v));
      const bad = items.filter((_v, i) => !urls[i]);
      if (bad.length) return { error: `"${p.label}" must be web addresses; not: ${bad.map((b) => `"${b}"`).join(', ')}.` };
      value = urls as string[];
    }
    const err = checkBounds(value, p);
    return err ? { error: err } : { value };
  }
  const r = coerceScalar(raw, p);
  if ('error' in r) return r;
  // A choice written in the singular or the plural ("link" for "links") is that choice.
  if (p.options && typeof r.value === 'string' && !p.options.some((o) => String(o) === r.value)) {
    const same = p.options.find((o) => typeof o === 'string' && singularOf(o.toLowerCase()) === singularOf(String(r.value).toLowerCase()));
    if (same !== undefined) r.value = same;
  }
  const err = checkBounds(r.value, p);
  return err ? { error: err } : r;
}

/**
 * Validates and coerces parameter values for a template: applies defaults, turns "a, b" into
 * lists, "12" into numbers, "shop.example" into https URLs, and collects EVERY problem.
 * @example coerceParams(t.params, { product: 'kettle', sites: 'a.example, b.example' })
 */
export function coerceParams(defs: TemplateParam[], input: Record<string, unknown>): { values: Record<string, ParamValue>; issues: ParamIssue[] } {
  const values: Record<string, ParamValue> = {};
  const issues: ParamIssue[] = [];
  for (const name of Object.keys(input)) {
    if (!defs.some((d) => d.name === name)) issues.push({ param: name, message: `Unknown parameter "${name}".` });
  }
  for (const p of defs) {
    const raw = isEmpty(input[p.name]) ? p.default : input[p.name];
    if (isEmpty(raw)) {
      if (p.required) issues.push({ param: p.name, message: `"${p.label}" is required.` });
      continue;
    }
    const r = coerceParam(raw, p);
    if ('error' in r) issues.push({ param: p.name, message: r.error });
    else values[p.name] = r.value;
  }
  return { values, issues };
}

/** What the panel knows about the page a template is started from. */
export interface PageContext { url?: string; title?: string; selection?: string }

/** Values for parameters marked `fromPage`, taken from the current page (the panel pre-fills them). */
export function prefillFromPage(defs: TemplateParam[], page: PageContext): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const p of defs) {
    let v: string | undefined;
    if (p.fromPage === 'url') v = page.url;
    else if (p.fromPage === 'title') v = page.title;
    else if (p.fromPage === 'selection') v = page.selection?.trim();
    else if (p.fromPage === 'origin' && page.url) {
      try { v = new URL(page.url).origin; } catch { v = undefined; }
    }
    if (v) out[p.name] = p.type.endsWith('[]') ? [v] : v;
  }
  return out;
}
