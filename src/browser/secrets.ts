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
