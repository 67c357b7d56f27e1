import { foldText } from '../dom/text';

/** How well a text matches a query: exactly (case/accents/space-insensitive), as a substring, or not. */
export type MatchLevel = 'exact' | 'substring' | null;

/**
 * Compares `candidate` with `query`. A query ending in "…" (a shortened name copied from a
 * snapshot) matches candidates that start with it.
 */
export function matchText(candidate: string, query: string): MatchLevel {
  const c = foldText(candidate);
  const q = foldText(query);
  if (!q || !c) return null;
  if (c === q) return 'exact';
  const prefix = /(…|\.\.\.)\s*$/.test(query) ? foldText(query.replace(/(…|\.\.\.)\s*$/, '')) : '';
  if (prefix) return c.startsWith(prefix) ? 'exact' : null;
  return c.includes(q) ? 'substring' : null;
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Similarity in [0, 1] (Dice coefficient over character pairs), for ranking near misses. */
export function similarity(a: string, b: string): number {
  const x = foldText(a);
  const y = foldText(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  if (x.includes(y) || y.includes(x)) return 0.9 * (Math.min(x.length, y.length) / Math.max(x.length, y.length)) + 0.1;
  const gx = bigrams(x);
  const gy = bigrams(y);
  let shared = 0;
  for (const [g, n] of gx) shared += Math.min(n, gy.get(g) ?? 0);
  const total = Math.max(1, x.length - 1 + y.length - 1);
  return (2 * shared) / total;
}
