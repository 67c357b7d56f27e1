import { foldText } from '../dom/text';

const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'or', 'in', 'on', 'with', 'to', 'der', 'die', 'das', 'le', 'la', 'de']);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ses|xes|zes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Query words worth matching: folded, stop words dropped. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w && !STOP_WORDS.has(w));
}

/**
 * True when `text` mentions every word of `query`, ignoring case and accents and tolerating
 * plurals and one-letter typos in longer words ("chairs" matches "Chair", "graphit" "Graphite").
 */
export function matchesQuery(text: string, query: string): boolean {
  const words = queryWords(query);
  if (!words.length) return true;
  const folded = foldText(text);
  const textWords = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const stems = new Set(textWords.map(stem));
  return words.every((w) => {
    if (folded.includes(w)) return true;
    const s = stem(w);
    if (stems.has(s) || textWords.some((t) => t.startsWith(s) && s.length >= 4)) return true;
    return w.length >= 5 && textWords.some((t) => withinOneEdit(t, w) || withinOneEdit(stem(t), s));
  });
}
