import type { ParamValue } from '../plan';
import { valueLocator } from './locators';

/**
 * `{{param.NAME}}` placeholders in template steps, with an optional filter: `{{param.NAME|FILTER}}`.
 * Other variables (`{{steps.…}}`, `{{secret.…}}`, loop variables) are left for the engine.
 */
const PARAM_REF = /\{\{\s*param\.([A-Za-z_]\w*)\s*(?:\|\s*([A-Za-z]+)\s*)?\}\}/g;
const WHOLE_PARAM_REF = /^\{\{\s*param\.([A-Za-z_]\w*)\s*(?:\|\s*([A-Za-z]+)\s*)?\}\}$/;

/** Marks a value whose optional parameter was not given: the key or list item is dropped. */
export const MISSING: unique symbol = Symbol('missing');

/** A parameter reference found in template data. */
export interface ParamRef { name: string; filter?: string }

/** Splits "Field: value" (or "Field = value") into its two halves. */
export function splitPair(line: string): { field: string; value: string } {
  const m = /^\s*([^:=]+?)\s*[:=]\s*(.*)$/.exec(line);
  return m ? { field: m[1], value: m[2].trim() } : { field: line.trim(), value: '' };
}

const list = (v: ParamValue): string[] => (Array.isArray(v) ? v : [String(v)]);

/** Filters turn a parameter value into the shape a step field needs. */
export const FILTERS: Record<string, (v: ParamValue) => unknown> = {
  /** "Email: a@b.c" lines → [{ field: 'Email', value: 'a@b.c' }], for forEach over form fields. */
  pairs: (v) => list(v).map(splitPair),
  /** Field names → an extract `fields` map of generic value locators. */
  fieldMap: (v) => Object.fromEntries(list(v).map((name) => [name, valueLocator(name)])),
  /** A URL → its origin ("https://shop.example"). */
  origin: (v) => list(v).map((u) => { try { return new URL(u).origin; } catch { return u; } }).join(', '),
  /** Text made safe for a URL query or path ("usb cable" → "usb%20cable"). */
  url: (v) => encodeURIComponent(list(v).join(', ')),
  /** Any value as text (lists joined with ", "). */
  text: (v) => list(v).join(', '),
};

/** Text form of a value inside a longer string. */
export function paramText(v: unknown): string {
  if (Array.isArray(v)) return v.map(paramText).join(', ');
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Every `{{param.x}}` reference in a value (deep). */
export function findParamRefs(value: unknown, out: ParamRef[] = []): ParamRef[] {
  if (typeof value === 'string') {
    for (const m of value.matchAll(PARAM_REF)) out.push(m[2] ? { name: m[1], filter: m[2] } : { name: m[1] });
  } else if (Array.isArray(value)) {
    for (const v of value) findParamRefs(v, out);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) findParamRefs(v, out);
  }
  return out;
}

function resolveRef(name: string, filter: string | undefined, params: Record<string, ParamValue | undefined>): unknown {
  const value = params[name];
  if (value === undefined) return MISSING;
  // Unknown filters are refused by template validation; here they leave the value as it is.
  return filter && Object.hasOwn(FILTERS, filter) ? FILTERS[filter](value) : value;
}

function substituteString(s: string, params: Record<string, ParamValue | undefined>): unknown {
  const whole = WHOLE_PARAM_REF.exec(s);
  // A field that is only a placeholder takes the parameter's own type (number, list, …).
  if (whole) return resolveRef(whole[1], whole[2], params);
  return s.replace(PARAM_REF, (_all, name: string, filter?: string) => {
    const v = resolveRef(name, filter, params);
    return v === MISSING ? '' : paramText(v);
  });
}

/**
 * Replaces `{{param.x}}` placeholders deeply. A field that is exactly one placeholder keeps the
 * parameter's type; an optional parameter that was not given removes the field (or list item).
 * @example substituteParams({ url: '{{param.site}}' }, { site: 'https://a.example' })
 */
export function substituteParams(value: unknown, params: Record<string, ParamValue | undefined>): unknown {
  if (typeof value === 'string') return substituteString(value, params);
  if (Array.isArray(value)) {
    return value.map((v) => substituteParams(v, params)).filter((v) => v !== MISSING);
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const r = substituteParams(v, params);
      if (r !== MISSING) out[k] = r;
    }
    return out;
  }
  return value;
}
