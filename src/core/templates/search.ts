import type { Template } from './schema';

/** What to look templates up by: a goal intent and/or free words. */
export interface TemplateQuery { intent?: string; text?: string; words?: string[] }

/** A ranked search hit; `score` is 0…1. */
export interface TemplateMatch { template: Template; score: number; intentScore: number; textScore: number }

const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'on', 'in', 'at', 'for', 'to', 'and', 'or', 'from', 'with', 'this', 'that', 'these',
  'those', 'me', 'my', 'it', 'is', 'are', 'be', 'please', 'all', 'each', 'every', 'some', 'what', 'which', 'by',
  'as', 'into', 'then', 'up', 'its', 'their', 'der', 'die', 'das', 'und', 'auf', 'von', 'den', 'im', 'mit',
]);

/** Crude English stemmer: enough to meet "prices" with "price" and "comparing" with "compare". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.replace(/(ing|ed|es|e|s)$/, '');
}

/** Lower-cased, stemmed content words of a text. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP_WORDS.has(w)).map(stem);
}

function vocabulary(t: Template): Map<string, number> {
  const vocab = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const w of tokenize(text)) vocab.set(w, Math.max(vocab.get(w) ?? 0, weight));
  };
  add(t.description, 0.6);
  for (const e of t.examples) add(e.goal ?? '', 0.6);
  add([t.name.replace(/-/g, ' '), t.title, ...t.tags, ...t.intents].join(' '), 1);
  return vocab;
}

/** 1 when the template's first intent is the goal's, 0.8 for another of its intents, else 0. */
export function intentScore(t: Template, intent?: string): number {
  if (!intent) return 0;
  if (t.intents[0] === intent) return 1;
  return (t.intents as string[]).includes(intent) ? 0.8 : 0;
}

/** How well the words describe the template: saturates once about three words match. */
export function textScore(t: Template, words: string[]): number {
  if (!words.length) return 0;
  const vocab = vocabulary(t);
  const matched = words.reduce((sum, w) => sum + (vocab.get(w) ?? 0), 0);
  return Math.min(1, matched / Math.min(words.length, 3));
}

/**
 * Ranks templates for a query: intent and words together (60/40), or either alone.
 * Only templates with some score are returned, best first.
 * @example rankTemplates(registry.list(), { intent: 'compare', text: 'cheapest price' })
 */
export function rankTemplates(templates: Template[], query: TemplateQuery): TemplateMatch[] {
  const words = query.words ? query.words.flatMap(tokenize) : tokenize(query.text ?? '');
  const hasText = words.length > 0;
  return templates
    .map((template) => {
      const i = intentScore(template, query.intent);
      const w = textScore(template, words);
      const score = query.intent && hasText ? 0.6 * i + 0.4 * w : query.intent ? i : w;
      return { template, score, intentScore: i, textScore: w };
    })
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.template.name.localeCompare(b.template.name));
}
