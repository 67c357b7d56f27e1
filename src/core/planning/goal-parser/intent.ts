import type { Intent } from '../../plan';

/** The intent of a goal and the verb phrase that gave it away. */
export interface IntentMatch {
  intent: Intent;
  confidence: number;
  /** Offsets of the verb phrase in the text, when one was found. */
  start?: number;
  end?: number;
}

const LEAD = '^(?:please\\s+|could you\\s+|can you\\s+|would you\\s+|i want to\\s+|i\'d like to\\s+|i would like to\\s+|help me\\s+|now\\s+|just\\s+)*';
const URLISH = '(?:https?:\\/\\/\\S+|localhost\\S*|\\d{1,3}(?:\\.\\d{1,3}){3}\\S*|[\\w-]+(?:\\.[\\w-]+)+\\S*)';

const EXTRACT_VERB = /\b(?:extract|scrape|grab|pull|copy|export|download|save|dump|tabulate|capture|read out|get|list|collect|gather|fetch)\b/i;
const SEARCH_VERB = /\b(?:search(?:\s+for)?|look(?:ing)?\s+(?:for|up)|lookup|find(?:\s+me)?|show\s+me|shop\s+for|hunt\s+for|get\s+me|i\s+(?:need|want)|i'm\s+looking\s+for)\b/i;
const PAGES_ALL = /\b(?:(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?(?:result\s+)?pages?|page\s+through|go\s+through\s+(?:all|every|each)|\d+\s+pages|first\s+\w+\s+pages|next\s+pages?)\b/i;
const WALK_VERB = /\b(?:collect|gather|crawl|walk|go\s+through|page\s+through|browse|harvest)\b/i;
const EXTRACT_OBJECT = /\b(?:all|every|each|the\s+list\s+of|list\s+of|this\s+(?:table|list|page)|the\s+(?:table|list))\b|\b(?:names?|prices?|titles?|links?|urls?|ratings?|emails?|headlines?)\b.*\b(?:and|,)\b/i;

/** "select Large from the size dropdown": a choice in a named field, planned like a one-value form. */
export const SELECT_FROM = new RegExp(`${LEAD}(?:select|choose|pick|set)\\s+(["“'][^"”']+["”']|[\\w$€£.,-]+(?:\\s+[\\w$€£.,-]+)?)\\s+(?:from|in|as|for)\\s+(?:the\\s+)?(.+?)\\s*(?:drop-?down|menu|list|select(?:or)?|field|box|options?)?\\s*[.!]?$`, 'i');

/** "log in with username bob and password …", "sign in as ada@example.com". */
export const LOG_IN = new RegExp(`${LEAD}(?:log\\s*(?:me\\s+)?in(?:to)?|sign\\s*(?:me\\s+)?in(?:to)?|login)\\b(?=.*\\b(?:with|using|as)\\b)`, 'i');
/** "add the Aeron chair to the cart": a click on the page's add-to-cart control for that item. */
export const ADD_TO_CART = new RegExp(`${LEAD}(?:add|put)\\s+(?:the\\s+|a\\s+|an\\s+|one\\s+|\\d+\\s+)?(.+?)\\s+(?:to|in|into)\\s+(?:the\\s+|my\\s+)?(?:shopping\\s+)?(cart|basket|bag|trolley)\\s*[.!]?$`, 'i');

/** "go to the next page", "show me the next page": one click on the page's Next control. */
export const NEXT_PAGE_GOAL = new RegExp(`${LEAD}(?:go\\s+(?:on\\s+)?to|open|show(?:\\s+me)?|load|take\\s+me\\s+to|move\\s+to|turn\\s+to|next)\\s+(?:the\\s+)?(?:next\\s+)?page(?:\\s+of\\s+(?:the\\s+)?results)?\\s*[.!]?$`, 'i');

/** "sort by price low to high", "order the results by newest": the page's sort control set to that. */
export const SORT_GOAL = new RegExp(`${LEAD}(?:sort|order|re-?order)\\s+(?:(?:it|them|this|the\\s+(?:\\w+\\s+)?(?:results|list|products|items|offers|page))\\s+)?by\\s+(.+?)\\s*[.!]?$`, 'i');

type Rule = { intent: Intent; re: RegExp; confidence: number };
const RULES: Rule[] = [
  { intent: 'fill', re: new RegExp(`${LEAD}(?:fill(?:\\s+(?:in|out))?|complete|populate)\\b`, 'i'), confidence: 0.95 },
  { intent: 'fill', re: /\b(?:fill(?:\s+(?:in|out))?|complete|populate)\s+(?:in\s+)?(?:this|the|that|my)?\s*(?:\w+\s+)?form\b/i, confidence: 0.9 },
  { intent: 'fill', re: new RegExp(`${LEAD}(?:sign\\s+me\\s+up|register\\s+me|sign\\s+up|submit\\s+the\\s+form)\\s+(?:with|using|as)\\b`, 'i'), confidence: 0.85 },
  { intent: 'fill', re: SELECT_FROM, confidence: 0.9 },
  { intent: 'fill', re: LOG_IN, confidence: 0.9 },
  { intent: 'fill', re: SORT_GOAL, confidence: 0.85 },
  { intent: 'type', re: new RegExp(`${LEAD}(?:type|write|input|enter|put)\\s+.+?\\s+(?:into|in|inside|in\\s+to)\\s+(?:the\\s+|a\\s+|this\\s+)?(?:[\\w-]+\\s+){0,3}(?:box|field|input|bar|area|textbox|text\\s+box|searchbox)\\b`, 'i'), confidence: 0.95 },
  { intent: 'type', re: new RegExp(`${LEAD}type\\b`, 'i'), confidence: 0.8 },
  { intent: 'navigate', re: new RegExp(`${LEAD}(?:go\\s+to|goto|open|visit|navigate\\s+to|load|browse\\s+to|take\\s+me\\s+to|head\\s+to|head\\s+over\\s+to)\\s+(?:the\\s+)?(?:page\\s+|site\\s+|website\\s+)?${URLISH}\\s*[.!]?$`, 'i'), confidence: 0.95 },
  { intent: 'click', re: ADD_TO_CART, confidence: 0.9 },
  { intent: 'click', re: NEXT_PAGE_GOAL, confidence: 0.9 },
  { intent: 'scroll', re: new RegExp(`${LEAD}scroll\\b`, 'i'), confidence: 0.9 },
  { intent: 'click', re: new RegExp(`${LEAD}(?:click|tap|press|hit|push|select|choose|toggle|open|expand|follow)\\b`, 'i'), confidence: 0.9 },
  { intent: 'click', re: new RegExp(`${LEAD}(?:tick|check|uncheck|untick)\\s+(?:the\\s+)?(?:["“'].+["”']|.*\\b(?:check\\s?box|tick\\s?box|box|option|radio)\\b)`, 'i'), confidence: 0.9 },
  { intent: 'monitor', re: /\b(?:monitor|keep\s+(?:an\s+)?eye\s+on|alert\s+me|notify\s+me|let\s+me\s+know\s+when|tell\s+me\s+when|track\s+the\s+price|watch\s+the\s+price|watch\s+for|track)\b/i, confidence: 0.85 },
  { intent: 'compare', re: /\b(?:compare|comparison|versus|vs\.?)(?=\s|$)|\bwhich\b.*\b(?:cheap\w*|lowest|least\s+expensive|less\s+expensive|for\s+less|best\s+(?:price|deal))\b|\b(?:check|what(?:'s|\s+is)|find|get|look\s+up)\s+(?:the\s+)?(?:price|prices|cost)\s+(?:of|for)\b|\bwhere\b.*\bcheap\w*\b|\b(?:cheapest|lowest[- ]price[d]?|best\s+price|best\s+deal|least\s+expensive)\b|\bhow\s+much\s+(?:is|are|does|do|for)\b/i, confidence: 0.85 },
];

/**
 * Reads the intent from the goal's verbs. Order matters: explicit form and typing verbs first,
 * then navigation, clicks, monitoring and comparison; extract/paginate/search last because their
 * verbs ("get", "find") are the most ambiguous.
 */
export function detectIntent(text: string): IntentMatch {
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    if (m) return locate(rule.intent, rule.confidence, m);
  }
  const extract = EXTRACT_VERB.exec(text);
  const search = SEARCH_VERB.exec(text);
  const pages = PAGES_ALL.test(text);
  const walk = WALK_VERB.exec(text);
  if (pages && (walk || (!extract && !search))) return walk ? locate('paginate', 0.85, walk) : { intent: 'paginate', confidence: 0.7 };
  if (search && (!extract || search.index < extract.index) && !EXTRACT_OBJECT.test(text.slice(search.index))) return locate('search', 0.85, search);
  if (extract) return locate('extract', 0.85, extract);
  if (search) return locate('extract', 0.7, search);
  if (/\b(?:csv|json|spreadsheet|excel)\b/i.test(text)) return { intent: 'extract', confidence: 0.8 };
  if (pages) return { intent: 'paginate', confidence: 0.6 };
  return { intent: 'unknown', confidence: 0.2 };
}

const VERB = /\b(?:sort|order|scroll|log\s*in|sign\s*in|login|add|fill(?:\s+(?:in|out))?|complete|populate|sign\s+me\s+up|register\s+me|sign\s+up|submit|type|write|input|enter|put|go\s+to|goto|open|visit|navigate\s+to|load|browse\s+to|take\s+me\s+to|head(?:\s+over)?\s+to|click|tap|press|hit|push|select|choose|toggle|expand|follow|tick|check|uncheck|untick|monitor|keep\s+(?:an\s+)?eye\s+on|alert\s+me|notify\s+me|let\s+me\s+know\s+when|tell\s+me\s+when|track|watch(?:\s+for)?|compare|comparison|versus|vs\.?|cheapest|lowest[- ]price[d]?|best\s+price|best\s+deal|least\s+expensive|which|where)(?=\W|$)/i;

/** Span of the verb phrase inside a rule match (the match itself may run past the verb). */
function locate(intent: Intent, confidence: number, m: RegExpExecArray): IntentMatch {
  const inner = VERB.exec(m[0]);
  const start = m.index + (inner ? inner.index : 0);
  const end = inner ? start + inner[0].length : m.index + m[0].length;
  return { intent, confidence, start, end };
}
