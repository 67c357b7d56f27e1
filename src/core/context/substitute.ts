import { ErrandError } from '../errors';
import { getPath, replaceReferences, wholeReference, type Reference } from './references';

/** Where references look their values up. */
export interface ValueSource {
  param(name: string): unknown;
  output(stepId: string): unknown;
  variable(name: string): unknown;
  hasVariable(name: string): boolean;
}

/** A reference that has no value at run time (validation catches most of these before a run). */
export class MissingValue extends ErrandError {
  static override readonly errorName = 'MissingValue';
  constructor(ref: string, why: string) { super(`${ref} has no value: ${why}`, 'validation', { ref }); }
}

const SECRET = Symbol('secret');

/** The value a reference points at; `SECRET` for `{{secret.*}}`, which stays as written. */
function lookup(ref: Reference, source: ValueSource): unknown {
  if (ref.root === 'secret') return SECRET;
  if (ref.root === 'param') {
    const [name, ...rest] = ref.path;
    const v = source.param(name);
    if (v === undefined) throw new MissingValue(ref.raw, `there is no parameter "${name}"`);
    return getPath(v, rest);
  }
  if (ref.root === 'steps') {
    const [id, ...rest] = ref.path;
    const out = source.output(id);
    if (out === undefined) throw new MissingValue(ref.raw, `step ${id} has not produced anything yet`);
    return getPath(out, rest[0] === 'output' ? rest.slice(1) : rest);
  }
  if (!source.hasVariable(ref.root)) throw new MissingValue(ref.raw, `"${ref.root}" is not a loop variable here`);
  return getPath(source.variable(ref.root), ref.path);
}

/** Text for a value placed inside a longer string (or a string field). */
export function toText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(toText).join(', ');
  const o = v as Record<string, unknown>;
  for (const key of ['text', 'value', 'name', 'url']) if (typeof o[key] === 'string' || typeof o[key] === 'number') return String(o[key]);
  return JSON.stringify(v);
}

/**
 * Substitutes references in a value, deeply. With `typed`, a string that is exactly one reference
 * becomes the referenced value itself (a list stays a list); otherwise values become text.
 * `{{secret.*}}` is left untouched: secrets are filled in page-side only.
 * @example substitute('{{steps.s2.records}}', src, { typed: true }) // → the records array
 */
export function substitute(value: unknown, source: ValueSource, options: { typed?: boolean } = {}): unknown {
  if (typeof value === 'string') {
    const whole = wholeReference(value);
    if (whole && options.typed) {
      const v = lookup(whole, source);
      return v === SECRET ? value : structuredClone(v);
    }
    return replaceReferences(value, (ref) => {
      const v = lookup(ref, source);
      return v === SECRET ? ref.raw : toText(v);
    });
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, source, options));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, source, options)]));
  }
  return value;
}
