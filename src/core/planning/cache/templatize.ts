import type { ParamValue, Plan } from '../../plan';

/** A numeric step field bound to a numeric param: replaced when the param changes. */
export interface NumericBinding { path: Array<string | number>; param: string }

/** A plan made reusable: literal param values replaced by `{{param.NAME}}`, numbers bound. */
export interface Template {
  plan: Plan;
  bindings: NumericBinding[];
  /** Set when some value could not be abstracted: the plan replays only with these params. */
  exact?: Record<string, ParamValue>;
}

/** Keys whose string values are never param text (identifiers, enums, selectors). */
const SKIP_KEYS = new Set(['id', 'kind', 'as', 'op', 'order', 'what', 'risk', 'stopWhen', 'mode', 'field', 'css', 'xpath', 'ref', 'testId', 'state', 'strategy', 'role', 'template', 'version']);
const NUMERIC_KEYS = new Set(['limit', 'maxPages', 'value']);
/** Which name wins when two params hold the same text. */
const PRIORITY = ['product', 'query', 'text', 'url', 'location'];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Json = unknown;
function mapStrings(node: Json, fn: (s: string, key: string) => string, key = ''): Json {
  if (typeof node === 'string') return SKIP_KEYS.has(key) ? node : fn(node, key);
  if (Array.isArray(node)) return node.map((x) => mapStrings(x, fn, key));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, mapStrings(v, fn, k)]));
  }
  return node;
}

/** Replaces in the text outside `{{…}}` tokens only. */
function replaceOutsideTokens(s: string, re: RegExp, rep: string): string {
  return s.split(/(\{\{[^}]*\}\})/).map((part) => (part.startsWith('{{') ? part : part.replace(re, rep))).join('');
}

function walkNumbers(node: Json, path: Array<string | number>, visit: (n: number, path: Array<string | number>, key: string) => void): void {
  if (Array.isArray(node)) node.forEach((x, i) => walkNumbers(x, [...path, i], visit));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'number') visit(v, [...path, k], k);
      else walkNumbers(v, [...path, k], visit);
    }
  }
}

/**
 * Rewrites a plan so its steps refer to params instead of the values of this run: renames params
 * that hold the same value as a goal param (productName → product), replaces literal text with
 * `{{param.NAME}}`, and binds numeric fields (limit, maxPages, filter values) to numeric params.
 * Values that cannot be abstracted (a site named in a step) make the template exact.
 */
export function templatize(plan: Plan, goalParams: Record<string, ParamValue>): Template {
  let steps: Json = structuredClone(plan.steps);
  const params: Record<string, ParamValue> = { ...plan.params };
  for (const [name, value] of Object.entries(plan.params)) {
    const canonical = Object.keys(goalParams).find((g) => g !== name && !(g in plan.params) && JSON.stringify(goalParams[g]) === JSON.stringify(value));
    if (!canonical) continue;
    steps = mapStrings(steps, (s) => s.split(`{{param.${name}}}`).join(`{{param.${canonical}}}`));
    delete params[name];
    params[canonical] = value;
  }
  Object.assign(params, goalParams);
  const texts = Object.entries(params)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim().length >= 3)
    .sort((a, b) => b[1].length - a[1].length || rank(a[0]) - rank(b[0]));
  for (const [name, value] of texts) {
    const re = new RegExp(`(?<![\\w])${esc(value.trim())}(?![\\w])`, 'gi');
    steps = mapStrings(steps, (s) => replaceOutsideTokens(s, re, `{{param.${name}}}`));
  }
  let exact = false;
  const listed = [params.sites, params.products].filter(Array.isArray).flat();
  const stillLiteral = (s: string) => listed.some((v) => {
    const host = /^https?:\/\/([^/]+)/.exec(v)?.[1] ?? v;
    return host.length >= 3 && s.toLowerCase().includes(host.toLowerCase());
  });
  mapStrings(steps, (s, key) => {
    if (key !== 'description' && stillLiteral(s)) exact = true;
    return s;
  });
  const bindings: NumericBinding[] = [];
  const numeric = Object.entries(params).filter((e): e is [string, number] => typeof e[1] === 'number');
  walkNumbers(steps, [], (n, path, key) => {
    if (!NUMERIC_KEYS.has(key)) return;
    const owners = numeric.filter(([, v]) => v === n);
    if (owners.length === 1) bindings.push({ path, param: owners[0]![0] });
    else if (owners.length > 1) exact = true;
  });
  for (const [name, value] of numeric) {
    if (numeric.filter(([, v]) => v === value).length > 1) continue;
    const re = new RegExp(`(?<![\\w.,])${esc(String(value))}(?![\\w]|[.,]\\d)`, 'g');
    steps = mapStrings(steps, (s, key) => (key === 'description' ? replaceOutsideTokens(s, re, `{{param.${name}}}`) : s));
  }
  const out: Template = { plan: { ...plan, params, steps: steps as Plan['steps'] }, bindings };
  if (exact) out.exact = params;
  return out;
}

function rank(name: string): number {
  const i = PRIORITY.indexOf(name);
  return i < 0 ? PRIORITY.length : i;
}

/** Puts params back into a template: numeric bindings get the new numbers, descriptions the new text. */
export function instantiate(t: Template, params: Record<string, ParamValue>): Plan['steps'] {
  const steps = structuredClone(t.plan.steps) as unknown as Record<string | number, unknown>;
  for (const b of t.bindings) {
    const v = params[b.param];
    if (typeof v !== 'number') continue;
    let node = steps as Record<string | number, unknown>;
    for (const p of b.path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
    node[b.path[b.path.length - 1]!] = v;
  }
  return mapStrings(steps, (s, key) => (key === 'description'
    ? s.replace(/\{\{param\.(\w+)\}\}/g, (m, name: string) => (params[name] === undefined ? m : Array.isArray(params[name]) ? (params[name] as string[]).join(', ') : String(params[name])))
    : s)) as Plan['steps'];
}
