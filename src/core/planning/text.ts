/** Text helpers shared by the goal parser, the offline planner and the plan cache. */

const STOP = new Set([
  'a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'onto', 'across',
  'and', 'or', 'me', 'my', 'i', 'you', 'your', 'please', 'this', 'that', 'these', 'those', 'it', 'its',
  'is', 'are', 'be', 'can', 'could', 'would', 'will', 'should', 'do', 'does', 'all', 'every', 'each',
  'some', 'any', 'them', 'their', 'there', 'here', 'which', 'what', 'where', 'who', 'one', 'ones', 'up',
  'then', 'also', 'just', 'now', 'us', 'our', 'we', 'via', 'over', 'between', 'among', 'page', 'pages',
]);

/** True for words that carry no meaning for matching ("the", "of", "please"…). */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** Lower case, accents removed, punctuation turned into spaces, spaces collapsed. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.$€£¥₹%]+/gu, ' ')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Singular form of an English noun, good enough for matching ("prices" → "price", "boxes" → "box"). */
export function singular(word: string): string {
  if (word.length <= 3 || /(ss|us|is)$/.test(word)) return word;
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(xes|ches|shes|sses|zes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Normalized words of a text; with `content`, stop words are dropped. */
export function words(s: string, opts: { content?: boolean } = {}): string[] {
  const all = normalizeText(s).split(' ').filter(Boolean);
  return opts.content ? all.filter((w) => !isStopWord(w)) : all;
}

/** Normalized, singular content words: the unit of fuzzy matching. */
export function stems(s: string): string[] {
  return words(s, { content: true }).map(singular);
}

/**
 * How well `query` matches `candidate`, from 0 to 1: 1 for the same words, high when every query
 * word is in the candidate, lower for a partial overlap.
 */
export function matchScore(query: string, candidate: string): number {
  const q = normalizeText(query);
  const c = normalizeText(candidate);
  if (!q || !c) return 0;
  if (q === c) return 1;
  const qs = stems(query);
  const cs = stems(candidate);
  if (qs.length === 0 || cs.length === 0) return c.includes(q) ? 0.7 : 0;
  if (qs.join(' ') === cs.join(' ')) return 0.95;
  const cset = new Set(cs);
  const hit = qs.filter((w) => cset.has(w) || cs.some((x) => x.length > 3 && w.length > 3 && (x.startsWith(w) || w.startsWith(x)))).length;
  if (hit === 0) return 0;
  const coverage = hit / qs.length;
  const precision = hit / cs.length;
  if (coverage === 1) return 0.75 + 0.15 * precision;
  return 0.6 * coverage * (0.5 + 0.5 * precision);
}

/** Slug usable as a param name: "First name" → "first_name". */
export function slug(s: string): string {
  const base = normalizeText(s).replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  if (!base) return 'value';
  return /^[a-z_]/.test(base) ? base : `v_${base}`;
}
