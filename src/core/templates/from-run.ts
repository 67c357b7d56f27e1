import { describeStrategy, type Locator, type ParamValue, type Plan, type Step } from '../plan';
import type { RunRecord } from '../run';
import { PlanInvalid } from '../errors';
import { parseTemplate, type Template, type TemplateParam } from './schema';

/** A literal of the run's plan to turn into a parameter: by path ("s2.value", "steps.0.url") or by value. */
export interface ParamChoice {
  paramName: string;
  path?: string;
  value?: ParamValue;
  label?: string;
  type?: TemplateParam['type'];
}

/** What to call the new template and which values become its parameters. */
export interface FromRunOptions {
  name: string;
  title: string;
  description?: string;
  version?: string;
  tags?: string[];
  paramChoices: ParamChoice[];
  /** Save a run that did not finish (by default only 'done' runs are saved). */
  allowUnfinished?: boolean;
}

// Fields that describe how a step works rather than what it works on: never parameterized.
const STRUCTURAL = new Set(['id', 'kind', 'op', 'what', 'as', 'order', 'mode', 'strategy', 'risk', 'direction', 'state', 'stopWhen',
  'confidence', 'timeoutMs', 'maxAttempts', 'baseDelayMs', 'quietMs', 'ms', 'optional', 'clear', 'pressEnter', 'exact', 'checked']);

type Json = unknown;

function sameValue(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const URL_LIKE = /^(https?:|\{\{param\.\w+\}\})/;

/** Replaces a literal value by its placeholder everywhere in the steps; returns how many were replaced. */
function parameterize(node: Json, value: ParamValue, name: string, count = { n: 0 }): Json {
  const whole = `{{param.${name}}}`;
  if (sameValue(node, value)) { count.n++; return whole; }
  if (typeof node === 'string' && typeof value === 'string' && value.length >= 3) {
    if (URL_LIKE.test(node) && !/^https?:/.test(value)) {
      // Inside a URL the value is encoded ("usb%20cable" or "usb+cable"); the |url filter encodes the new one.
      const encoded = [encodeURIComponent(value), encodeURIComponent(value).replace(/%20/g, '+')].find((e) => node.includes(e));
      if (encoded) { count.n++; return node.split(encoded).join(`{{param.${name}|url}}`); }
    } else if (node.includes(value)) {
      count.n++;
      return node.split(value).join(whole);
    }
  }
  if (Array.isArray(node)) return node.map((v) => parameterize(v, value, name, count));
  if (node !== null && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, STRUCTURAL.has(k) ? v : parameterize(v, value, name, count)]));
  }
  return node;
}

/** Renames `{{param.from}}` (with any filters) to `{{param.to}}` everywhere in the steps. */
function renameParam(node: Json, from: string, to: string): Json {
  if (typeof node === 'string') return node.replace(new RegExp(`\\{\\{param\\.${from}(\\|[^}]*)?\\}\\}`, 'g'), `{{param.${to}$1}}`);
  if (Array.isArray(node)) return node.map((v) => renameParam(v, from, to));
  if (node !== null && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, renameParam(v, from, to)]));
  return node;
}

function findStep(steps: Step[], id: string): Step | undefined {
  for (const s of steps) {
    if (s.id === id) return s;
    const inner = s.kind === 'forEach' || s.kind === 'paginate' ? findStep(s.steps, id) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

/** The object holding the value at a plan path, and its key. */
function slotAt(steps: Step[], params: Plan['params'], path: string): { parent: Record<string, unknown>; key: string } | null {
  const keys = path.split('.');
  const head = keys.shift()!;
  let cur: unknown = head === 'steps' ? steps : head === 'params' ? params : findStep(steps, head);
  if (!keys.length) return null;
  for (const key of keys.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur !== null && typeof cur === 'object' ? { parent: cur as Record<string, unknown>, key: keys[keys.length - 1] } : null;
}

/** Reads "steps.0.url", "s2.target.strategies.0.text" or "params.product" from a plan. */
export function valueAtPath(plan: Plan, path: string): unknown {
  const slot = slotAt(plan.steps, plan.params, path);
  return slot ? slot.parent[slot.key] : undefined;
}

function isParamValue(v: unknown): v is ParamValue {
  return ['string', 'number', 'boolean'].includes(typeof v) || (Array.isArray(v) && v.every((i) => typeof i === 'string'));
}

function inferType(v: ParamValue): TemplateParam['type'] {
  const isUrl = (s: string) => /^https?:\/\/\S+$/.test(s);
  if (Array.isArray(v)) return v.length && v.every(isUrl) ? 'url[]' : 'string[]';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return isUrl(v) ? 'url' : 'string';
}

const humanize = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** Puts the strategy that worked in the run first and drops snapshot refs, which never replay. */
function preferWorkingLocators(steps: Step[], run: RunRecord): Step[] {
  const fix = (loc: Locator, used?: string): Locator => {
    const strategies = loc.strategies.filter((s) => !('ref' in s));
    if (!strategies.length) return loc;
    const i = used ? strategies.findIndex((s) => describeStrategy(s) === used) : -1;
    return { ...loc, strategies: i > 0 ? [strategies[i], ...strategies.filter((_s, j) => j !== i)] : strategies };
  };
  return steps.map((s) => {
    const used = run.steps[s.id]?.locatorUsed;
    const out = { ...s } as Record<string, unknown>;
    for (const key of ['target', 'next'] as const) if (out[key]) out[key] = fix(out[key] as Locator, used);
    if (s.kind === 'forEach' || s.kind === 'paginate') out.steps = preferWorkingLocators(s.steps, run);
    return out as Step;
  });
}

/**
 * Turns a finished run into a reusable template: the chosen literals of its plan (and the plan's
 * own params) become `{{param.x}}` placeholders, so the template runs again with other values and
 * zero model calls. Every unusable choice is reported at once in a PlanInvalid.
 * @example templateFromRun(run, { name: 'kettle-watch', title: 'Kettle prices', paramChoices: [{ path: 's2.value', paramName: 'product' }] })
 */
export function templateFromRun(run: RunRecord, options: FromRunOptions): Template {
  const plan = run.plan;
  if (!plan) throw new PlanInvalid('This run has no plan to save.', { issues: [{ path: 'plan', message: 'missing' }] });
  if (run.status !== 'done' && !options.allowUnfinished) {
    throw new PlanInvalid('Only a finished run can be saved as a template.', { issues: [{ path: 'status', message: run.status }] });
  }
  let steps: Json = preferWorkingLocators(structuredClone(plan.steps), run);
  const params = new Map<string, TemplateParam>();
  const values: Record<string, ParamValue> = {};
  const issues: Array<{ param: string; message: string }> = [];

  const addParam = (name: string, value: ParamValue, choice?: ParamChoice) => {
    const count = { n: 0 };
    // The chosen spot itself, even a field that is otherwise never parameterized (checked, maxPages…).
    const slot = choice?.path ? slotAt(steps as Step[], {}, choice.path) : null;
    if (slot && sameValue(slot.parent[slot.key], value)) { slot.parent[slot.key] = `{{param.${name}}}`; count.n++; }
    // Text and lists are replaced wherever they appear; numbers and yes/no only when chosen by value.
    if (!slot || typeof value === 'string' || Array.isArray(value)) steps = parameterize(steps, value, name, count);
    params.set(name, { name, type: choice?.type ?? inferType(value), label: choice?.label ?? humanize(name), required: true });
    values[name] = value;
    return count.n;
  };

  // The person's choices first: a plan parameter holding the same value then takes the chosen name
  // (a run from a template has "aeron" both in its params and, substituted, in its steps).
  const planParamWith = (value: ParamValue) => Object.keys(plan.params).find((k) => sameValue(plan.params[k], value));
  for (const choice of options.paramChoices) {
    const value = choice.value ?? (choice.path ? valueAtPath(plan, choice.path) : undefined);
    if (!/^[A-Za-z_]\w{0,39}$/.test(choice.paramName)) issues.push({ param: choice.paramName, message: 'Parameter names are words like "product".' });
    else if (value === undefined) issues.push({ param: choice.paramName, message: `Nothing at "${choice.path ?? ''}" in the plan.` });
    else if (!isParamValue(value)) issues.push({ param: choice.paramName, message: 'Only text, numbers, yes/no and lists of text can become parameters.' });
    else if (addParam(choice.paramName, value, choice) === 0 && !(choice.paramName in plan.params) && planParamWith(value) === undefined) {
      issues.push({ param: choice.paramName, message: `The value "${String(value)}" does not appear in the plan's steps.` });
    }
  }
  for (const [name, value] of Object.entries(plan.params)) {
    const chosen = [...params.keys()].find((p) => sameValue(values[p], value));
    if (chosen === undefined) addParam(name, value);
    else if (chosen !== name) steps = renameParam(steps, name, chosen);
  }
  if (issues.length) throw new PlanInvalid(`Cannot save the run as a template: ${issues.map((i) => i.message).join(' ')}`, { issues });

  const urlParams = [...params.values()].filter((p) => p.type === 'url' || p.type === 'url[]');
  const covered = new Set(urlParams.flatMap((p) => [values[p.name]].flat().map((u) => { try { return new URL(String(u)).origin; } catch { return ''; } })));
  const origins = [...urlParams.map((p) => `{{param.${p.name}}}`), ...plan.origins.filter((o) => !covered.has(o))];

  return parseTemplate({
    name: options.name,
    title: options.title,
    description: (options.description ?? `Saved from the run "${run.goal}".`).slice(0, 500),
    version: options.version ?? '1.0.0',
    intents: [plan.intent],
    tags: options.tags ?? [],
    params: [...params.values()],
    steps,
    origins,
    examples: [{ description: 'The values of the run it was saved from', goal: run.goal, params: values }],
    author: 'user',
    createdAt: run.updatedAt,
  });
}
