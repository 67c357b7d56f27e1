import type { ParamValue } from '../plan';
import type { Template, TemplateParam } from './schema';
import { coerceParam, prefillFromPage, type PageContext } from './params';
import { intentScore, stem, textScore, tokenize } from './search';

/**
 * The parts of a parsed goal matchGoal reads. Everything is optional and unknown shapes are
 * ignored, so the GoalParser can grow without breaking template matching.
 */
export interface ParsedGoalLike {
  intent?: string;
  entities?: Record<string, unknown>;
  constraints?: unknown;
  words?: string[];
  /** The goal text (the GoalParser's `text`; `goal` is accepted too). */
  text?: string;
  goal?: string;
  [key: string]: unknown;
}

/** A template chosen for a goal, with the parameters the goal supplied. */
export interface GoalMatch {
  template: Template;
  params: Record<string, ParamValue>;
  score: number;
  /** Required parameters the goal did not supply (or supplied in a form that did not validate). */
  missing: string[];
}

/** Extra knowledge for matching: the raw goal text, the current page and explicit values. */
export interface MatchContext { goal?: string; page?: PageContext; params?: Record<string, unknown> }

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Constraints may be an object or a list of { kind|type|name, value|max|min }; both read the same. */
function asObject(v: unknown): unknown {
  if (!Array.isArray(v) || !v.some(isObj)) return v;
  const out: Obj = {};
  for (const c of v.filter(isObj)) {
    const key = c.kind ?? c.type ?? c.name;
    if (typeof key === 'string') out[key] = c.value ?? c.max ?? c.min ?? c;
  }
  return out;
}

function readPath(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const key of path.split('.')) {
    cur = asObject(cur);
    if (!isObj(cur)) return undefined;
    cur = cur[key];
  }
  return cur;
}

function defaultPaths(name: string): string[] {
  const plural = name.endsWith('y') ? `${name.slice(0, -1)}ies` : `${name}s`;
  const singular = name.endsWith('ies') ? `${name.slice(0, -3)}y` : name.replace(/s$/, '');
  return [`entities.${name}`, `entities.${plural}`, `entities.${singular}`, `constraints.${name}`, name];
}

/** Entity items may be objects ({ name, url }); take the part a parameter of this type wants. */
function plain(item: unknown, type: TemplateParam['type']): unknown {
  if (!isObj(item)) return item;
  const keys = type.startsWith('url') ? ['url', 'origin', 'host', 'domain', 'name'] : ['value', 'amount', 'text', 'name'];
  for (const k of keys) if (item[k] !== undefined && !isObj(item[k])) return item[k];
  return undefined;
}

function fromGoal(p: TemplateParam, parsed: ParsedGoalLike, words: string[]): unknown {
  for (const path of p.fromGoal ?? defaultPaths(p.name)) {
    let v = readPath(parsed, path);
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && !v.length)) continue;
    const isList = p.type.endsWith('[]');
    if (Array.isArray(v)) v = isList ? v.map((i) => plain(i, p.type)).filter((i) => i !== undefined) : plain(v[0], p.type);
    else if (isObj(v) && !isList) v = plain(v, p.type);
    // "all pages": as many as the parameter allows.
    if (v === 'all' && p.type === 'number' && p.max !== undefined) return p.max;
    if (v !== undefined) return v;
  }
  // A choice such as "table" or "list" may simply be one of the goal's words.
  return p.options?.find((o) => words.includes(stem(String(o).toLowerCase())));
}

function wordsOf(parsed: ParsedGoalLike, ctx: MatchContext): string[] {
  const fromParse = typeof parsed.text === 'string' ? parsed.text : typeof parsed.goal === 'string' ? parsed.goal : undefined;
  const text = parsed.words?.join(' ') ?? fromParse ?? ctx.goal ?? '';
  return tokenize(text);
}

/** Values the goal, the page and the caller give for a template's parameters; invalid ones are left out. */
export function paramsFromGoal(t: Template, parsed: ParsedGoalLike, ctx: MatchContext = {}): { params: Record<string, ParamValue>; missing: string[] } {
  const words = wordsOf(parsed, ctx);
  const page = ctx.page ? prefillFromPage(t.params, ctx.page) : {};
  const params: Record<string, ParamValue> = {};
  const missing: string[] = [];
  for (const p of t.params) {
    const raw = ctx.params?.[p.name] ?? fromGoal(p, parsed, words) ?? page[p.name];
    const r = raw === undefined ? null : coerceParam(raw, p);
    if (r && 'value' in r) params[p.name] = r.value;
    else if (p.required && p.default === undefined) missing.push(p.name);
  }
  return { params, missing };
}

/**
 * The intent to match templates by: an extract goal that asks for more than one page ("extract the
 * table from all pages", pages 'all' or > 1) is a pagination goal, whatever verb it starts with.
 */
function matchIntent(parsed: ParsedGoalLike): string | undefined {
  const pages = readPath(parsed, 'constraints.pages');
  const several = pages === 'all' || (typeof pages === 'number' && pages > 1);
  return parsed.intent === 'extract' && several ? 'paginate' : parsed.intent;
}

/**
 * Picks the template that best fits a parsed goal and fills its parameters from the goal's
 * entities and constraints ("compare the price of X on A, B and C" → price-comparison with
 * { product: X, sites: [A, B, C] }). Score = 0.5 intent + 0.2 words + 0.3 share of required
 * parameters known. Returns null when nothing fits at all.
 */
export function matchGoal(registry: { list(): Template[] }, parsed: ParsedGoalLike, ctx: MatchContext = {}): GoalMatch | null {
  const words = wordsOf(parsed, ctx);
  const intent = matchIntent(parsed);
  let best: GoalMatch | null = null;
  for (const template of registry.list()) {
    const i = intentScore(template, intent);
    const w = textScore(template, words);
    if (i === 0 && w < 0.5) continue;
    const { params, missing } = paramsFromGoal(template, parsed, ctx);
    const required = template.params.filter((p) => p.required && p.default === undefined).length;
    const known = required === 0 ? 1 : (required - missing.length) / required;
    const score = Math.round((0.5 * i + 0.2 * w + 0.3 * known) * 1000) / 1000;
    if (!best || score > best.score) best = { template, params, score, missing };
  }
  return best && best.score >= 0.3 ? best : null;
}
