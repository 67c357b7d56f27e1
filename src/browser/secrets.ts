/**
 * Replaces `{{secret.NAME}}` in every string of a step with the stored value. Runs only on the way
 * to the page, so secret values never enter the engine's context, the run log or a model prompt.
 */
export function substituteSecrets<T>(value: T, secrets: Record<string, string>): T {
  if (typeof value === 'string') {
    return value.replace(/\{\{\s*secret\.([\w-]+)\s*\}\}/g, (whole, name: string) => secrets[name] ?? whole) as T;
  }
  if (Array.isArray(value)) return value.map((v) => substituteSecrets(v, secrets)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteSecrets(v, secrets)])) as T;
  }
  return value;
}

/** The stored values of the secrets a step refers to (`{{secret.NAME}}` with a stored value). */
export function secretValuesIn(value: unknown, secrets: Record<string, string>): string[] {
  const names = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') for (const m of v.matchAll(/\{\{\s*secret\.([\w-]+)\s*\}\}/g)) names.add(m[1]);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return [...names].flatMap((n) => (Object.hasOwn(secrets, n) ? [secrets[n]] : []));
}
