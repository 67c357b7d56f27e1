/**
 * Variable references in step strings: `{{param.NAME}}`, `{{steps.ID.records}}`, `{{secret.NAME}}`
 * and loop variables `{{item}}` / `{{item.field}}`. Paths may use `.0` or `[0]` for list items.
 */
export interface Reference {
  /** The full text, braces included, e.g. "{{steps.s3.records}}". */
  raw: string;
  /** First path segment: "param", "steps", "secret" or a loop variable name. */
  root: string;
  /** The segments after the root. */
  path: string[];
}

const REF = /\{\{\s*([^{}]+?)\s*\}\}/g;
const WHOLE = /^\s*\{\{\s*([^{}]+?)\s*\}\}\s*$/;

/** Roots with a fixed meaning; anything else must be a loop variable. */
export const RESERVED_ROOTS = ['param', 'steps', 'secret'] as const;

/** Splits "steps.s3.records[0].name" into ["steps","s3","records","0","name"]. */
export function parseReference(expr: string, raw = `{{${expr}}}`): Reference {
  const parts = expr.replace(/\[(\d+)\]/g, '.$1').split('.').map((p) => p.trim()).filter(Boolean);
  return { raw, root: parts[0] ?? '', path: parts.slice(1) };
}

/** All references in a string, in order. */
export function findReferences(text: string): Reference[] {
  return [...text.matchAll(REF)].map((m) => parseReference(m[1], m[0]));
}

/** The single reference when the whole string is one `{{…}}`, else undefined. */
export function wholeReference(text: string): Reference | undefined {
  const m = WHOLE.exec(text);
  return m ? parseReference(m[1], `{{${m[1]}}}`) : undefined;
}

/** Replaces every reference in `text` with `replace(ref)`. */
export function replaceReferences(text: string, replace: (ref: Reference) => string): string {
  return text.replace(REF, (raw, expr: string) => replace(parseReference(expr, raw)));
}

/** Every string inside a value (deep), with the dotted field path where it sits. */
export function stringsIn(value: unknown, field = ''): Array<{ field: string; text: string }> {
  if (typeof value === 'string') return [{ field, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${field}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, field ? `${field}.${k}` : k));
  }
  return [];
}

/** Follows `path` into a value; undefined when a segment is missing. */
export function getPath(value: unknown, path: string[]): unknown {
  let cur = value;
  for (const seg of path) {
    if (cur === null || cur === undefined) return undefined;
    if (typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}
