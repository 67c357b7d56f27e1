import { StepSchema, type ParamValue, type Step } from '../plan';

/** `when` on a template step: include the step only if the parameter is set (or equals a value). */
export interface StepCondition { param: string; equals?: string | number | boolean; not?: boolean }

function isSet(v: ParamValue | undefined): boolean {
  if (v === undefined || v === false || v === '') return false;
  return !Array.isArray(v) || v.length > 0;
}

/** True when a step's `when` condition holds for these parameter values. */
export function conditionHolds(when: StepCondition, params: Record<string, ParamValue | undefined>): boolean {
  const v = params[when.param];
  const holds = when.equals === undefined ? isSet(v) : v === when.equals;
  return when.not ? !holds : holds;
}

type Raw = Record<string, unknown>;

/**
 * Drops template steps whose `when` does not hold and removes the `when` keys, at every nesting
 * level. With `params` undefined every step is kept (used to validate all branches of a template).
 */
export function applyConditions(steps: unknown[], params?: Record<string, ParamValue | undefined>): Raw[] {
  const out: Raw[] = [];
  for (const s of steps as Raw[]) {
    const { when, ...rest } = s;
    if (when && params && !conditionHolds(when as StepCondition, params)) continue;
    if (Array.isArray(rest.steps)) rest.steps = applyConditions(rest.steps, params);
    out.push(rest);
  }
  return out;
}

/** One problem with a step, with the path inside it ("target.strategies.0"). */
export interface StepIssue { path: string; message: string }

function at(obj: unknown, path: PropertyKey[]): { parent: Raw; key: PropertyKey } | null {
  let cur = obj as Raw;
  for (const key of path.slice(0, -1)) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = cur[key as string] as Raw;
  }
  return cur !== null && typeof cur === 'object' ? { parent: cur, key: path[path.length - 1] } : null;
}

/** Converts a value to the primitive type the step schema asked for, or returns undefined. */
function convert(value: unknown, expected: string): unknown {
  if (expected === 'string') {
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  }
  if (expected === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  if (expected === 'boolean' && typeof value === 'string' && /^(true|false)$/.test(value)) return value === 'true';
  return undefined;
}

/**
 * Validates one step after parameter substitution, converting scalars where the schema wants
 * another primitive type (a number parameter inside a text field, "5" for a page limit).
 */
export function fitStep(raw: Raw): { step?: Step; issues: StepIssue[] } {
  const candidate = structuredClone(raw);
  for (let round = 0; round < 20; round++) {
    const result = StepSchema.safeParse(candidate);
    if (result.success) return { step: result.data, issues: [] };
    let changed = false;
    for (const issue of result.error.issues) {
      if (issue.code !== 'invalid_type') continue;
      const slot = at(candidate, issue.path);
      if (!slot) continue;
      const fixed = convert(slot.parent[slot.key as string], issue.expected);
      if (fixed !== undefined) {
        slot.parent[slot.key as string] = fixed;
        changed = true;
      }
    }
    if (!changed) {
      return { issues: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
    }
  }
  return { issues: [{ path: '', message: 'The step could not be fitted to the step schema.' }] };
}
