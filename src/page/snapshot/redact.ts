/** What a masked value or text part is shown as. */
export const MASK = '••••';
/** Shorter secrets are only masked as a whole field value: as a substring they would hit ordinary text. */
const MIN_SUBSTRING = 4;

/** Masks secret values in snapshot text. */
export interface Redactor {
  /** True when a field's value (untruncated) is or holds a secret: the whole value is then masked. */
  hides(value: string): boolean;
  /** Free text (names, contexts, page text): each secret occurrence masked. */
  text(text: string): string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A redactor for the secret values typed into this page (`{{secret.NAME}}` substituted by the
 * background): a field holding one shows `••••`, and the page's own echo of it ("Signed in as
 * ada@example.com") is masked in names and text, so later snapshots do not carry it to a model.
 *
 * @example
 * createRedactor(['hunter22']).text('Password hunter22 saved') // 'Password •••• saved'
 */
export function createRedactor(secrets: Iterable<string>): Redactor {
  const all = [...new Set(Array.from(secrets).filter((s) => s.trim()))];
  // Longest first, so a secret that contains another is masked whole.
  const long = all.filter((s) => s.length >= MIN_SUBSTRING).sort((a, b) => b.length - a.length);
  const pattern = long.length ? new RegExp(long.map(escapeRe).join('|'), 'g') : null;
  const exact = new Set(all.map((s) => s.trim()));
  const text = (t: string) => (pattern && t ? t.replace(pattern, MASK) : t);
  return {
    text,
    hides: (v) => all.length > 0 && (exact.has(v.trim()) || text(v) !== v),
  };
}

/**
 * The same data with secrets masked in every string (a string that is a secret becomes `••••`):
 * what an extraction returns goes into the run's context, its stored record and recovery prompts.
 */
export function redactData<T>(data: T, r: Redactor): T {
  if (typeof data === 'string') return (r.hides(data) && r.text(data) === data ? MASK : r.text(data)) as T;
  if (Array.isArray(data)) return data.map((d) => redactData(d, r)) as T;
  if (data && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, redactData(v, r)])) as T;
  }
  return data;
}
