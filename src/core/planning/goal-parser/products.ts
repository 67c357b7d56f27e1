import type { Intent } from '../../plan';
import type { GoalScanner } from './scanner';
import { singular, stems } from '../text';
import { canonicalField } from './lexicon';

const QUOTED = /["“]([^"”]{1,120})["”]|(?<![\w])'([^']{1,120})'(?![\w])/;
const BOUNDARY = '(?=\\s+(?:on|at|across|from|in|under|below|over|above|between|less|more|cheaper|sorted|sort|order(?:ed)?|with|within|near|for\\s+(?:less|under|below|more|over)|and\\s+(?:then\\s+)?(?:sort|show|put|save|export|list|tell|notify|let|alert|then|compare|extract|get|buy|pay|purchase|order|book|add|delete|remove|send|email|click|open|check\\s+out|checkout)|then|if|when|whenever|to\\s+(?:see|find|check|know)|among)\\b|\\s{2,}|[,.;:!?]|$)';
const ART = '(?:the\\s+|a\\s+|an\\s+|some\\s+|any\\s+|my\\s+)?';

const PATTERNS: Partial<Record<Intent, RegExp[]>> = {
  compare: [
    new RegExp(`\\b(?:price|prices|cost|costs|pricing|deals?|offers?)\\s+(?:of|for|on)\\s+${ART}(\\S.*?)${BOUNDARY}`, 'i'),
    new RegExp(`\\b(?:cheapest|lowest[- ]priced?|least\\s+expensive|best\\s+(?:price|deal)s?\\s+(?:for|on))\\s+${ART}(\\S.*?)${BOUNDARY}`, 'i'),
    new RegExp(`\\bwhere\\s+(?:is|are|can\\s+i\\s+(?:buy|get))\\s+${ART}(\\S.*?)\\s+(?:the\\s+)?cheap\\w*`, 'i'),
    new RegExp(`\\bwhich\\s+(?:is|one\\s+is|offer\\s+is)\\s+(?:cheaper|the\\s+cheapest|less\\s+expensive)\\s*[:,-]?\\s*(?:for\\s+)?${ART}(\\S.*?)${BOUNDARY}`, 'i'),
    new RegExp(`\\b(?:sells|has|offers|stocks)\\s+${ART}(\\S.*?)(?:\\s+(?:cheaper|cheapest|for\\s+less))?${BOUNDARY}`, 'i'),
    new RegExp(`\\bcompare\\s+${ART}(\\S.*?)(?:\\s+prices?)?${BOUNDARY}`, 'i'),
  ],
  search: [
    new RegExp(`\\b(?:search(?:\\s+for)?|look(?:ing)?\\s+(?:for|up)|lookup|find(?:\\s+me)?|show\\s+me|shop\\s+for|hunt\\s+for|get\\s+me|i\\s+(?:need|want)|i'm\\s+looking\\s+for)\\s+${ART}(\\S.*?)${BOUNDARY}`, 'i'),
  ],
  monitor: [
    new RegExp(`\\b(?:price|prices|cost)\\s+(?:of|for|on)\\s+${ART}(\\S.*?)${BOUNDARY}`, 'i'),
    new RegExp(`\\b(?:monitor|watch(?:\\s+for)?|track|keep\\s+(?:an\\s+)?eye\\s+on)\\s+${ART}(\\S.*?)${BOUNDARY}`, 'i'),
    new RegExp(`\\b(?:when|if|once)\\s+${ART}(\\S.*?)\\s+(?:drops|goes|falls|is|costs|gets|becomes)\\b`, 'i'),
  ],
};

function cleanProduct(raw: string): string {
  return raw
    .trim()
    .replace(/^(?:the\s+|a\s+|an\s+)?(?:price|prices|cost)\s+(?:of|for)\s+/i, '')
    .replace(/^(?:of|for|between)\s+/i, '')
    .replace(/^(?:the|a|an|some|any)\s+/i, '')
    .replace(/\s+(?:prices?|costs?|offers?|deals?)$/i, '')
    .replace(/\s+(?:for|on|at|in|with|from|to|of|by)$/i, '')
    .trim();
}

/** Claims what a comparison measures when it is not the price: "compare the ratings of …" → rating. */
export function claimCompareMetric(scan: GoalScanner): string | undefined {
  const m = scan.first(/\bcompare\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?=(?:of|for|between)\s)/i);
  const word = m?.groups[0];
  if (!word || /^(?:price|prices|cost|costs|pricing)$/i.test(word.text)) return undefined;
  scan.claim('field', word.start, word.end);
  return canonicalField(word.text) ?? singular(word.text.toLowerCase().split(/\s+/).pop()!);
}

/**
 * Claims the product(s) a search, compare or monitor goal is about: quoted text first, then the
 * words after the intent's verb up to the next constraint ("on", "under", "in", a claimed span, a
 * comma). "compare A vs B" and, when no sites are named, "compare A and B" give two products.
 */
export function claimProducts(scan: GoalScanner, intent: Intent, hasSites: boolean): string[] {
  const quoted = scan.find(QUOTED);
  if (quoted.length > 0) {
    return quoted.map((m) => {
      const g = (m.groups[0] ?? m.groups[1])!;
      scan.claim('product', m.start, m.end);
      return g.text.trim();
    });
  }
  for (const re of PATTERNS[intent] ?? []) {
    const m = scan.first(re);
    const g = m?.groups[0];
    if (!m || !g) continue;
    const product = cleanProduct(g.text);
    if (!product || stems(product).length === 0 || /^(?:one|ones|it|them|this|that|these|those|item|items|product|products|thing|things|prices?|costs?|offers?|deals?|pricing)$/i.test(product)) continue;
    return split(scan, g, product, intent, hasSites);
  }
  return [];
}

function split(scan: GoalScanner, g: { start: number; end: number; text: string }, product: string, intent: Intent, hasSites: boolean): string[] {
  const offset = g.start + g.text.indexOf(product);
  const sep = intent === 'compare' ? (hasSites ? /\s+(?:vs\.?|versus)\s+/i : /\s+(?:vs\.?|versus|and|or|with)\s+/i) : /\s+(?:vs\.?|versus)\s+/i;
  const parts = product.split(sep).map((p) => cleanProduct(p));
  if (parts.length === 1 || parts.some((p) => !p)) {
    scan.claim('product', offset, offset + product.length);
    return [product];
  }
  let from = offset;
  return parts.map((p) => {
    const start = scan.text.indexOf(p, from);
    from = start + p.length;
    scan.claim('product', start, from);
    return p;
  });
}
