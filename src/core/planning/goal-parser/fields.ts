import type { GoalScanner } from './scanner';
import { canonicalField } from './lexicon';
import { singular } from '../text';

/** Fields and the record type an extraction goal names. */
export interface FieldsInfo {
  fields: string[];
  subject?: string;
}

const VERB = /\b(?:extract|scrape|grab|pull|copy|export|download|save|dump|capture|get|list|collect|gather|fetch|find|show|read|give\s+me|put|take|harvest|crawl)\s+(?:me\s+)?/i;
const OBJECT_END = /\s+(?:from|on|in|of|for|into|as|to|at|across|off|under|below|over|with|sorted|and\s+(?:put|save|export|sort|download))\b|\s{2,}|[.;:!?]|$/i;
const LEADING = /^(?:(?:all|every|each|any)\s+(?:of\s+)?(?:the\s+)?|the\s+|this\s+|these\s+|that\s+|those\s+|a\s+list\s+of\s+(?:all\s+)?(?:the\s+)?|list\s+of\s+|their\s+|its\s+)+/i;
const WITH_FIELDS = /\b(?:with|including|showing|plus)\s+(?:their\s+|its\s+|the\s+)?((?:[\w-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\/\s*)?){1,8})/i;
const COLUMNS = /\b(?:columns?|fields?)\s*:?\s+((?:[\w-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)?){1,8})/i;

/** Splits "name, price and rating" into canonical record keys. */
function toFields(list: string): string[] {
  const items = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\/\s*/).map((x) => x.trim().toLowerCase()).filter(Boolean);
  return [...new Set(items.map((i) => canonicalField(i) ?? singular(i.split(/\s+/).pop()!)))];
}

/**
 * Claims what an extraction goal wants: "all product names and prices" → fields [name, price];
 * "every job" → subject "job"; "this table" → subject "table"; "jobs with title, company and salary"
 * → subject "job", fields [name, company, salary].
 */
export function claimFields(scan: GoalScanner): FieldsInfo {
  const out: FieldsInfo = { fields: [] };
  const explicit = scan.first(COLUMNS) ?? scan.first(WITH_FIELDS);
  if (explicit?.groups[0]) {
    const list = explicit.groups[0].text.replace(/\s+(?:from|on|in|of|for)\b.*$/i, '');
    out.fields = toFields(list);
    scan.claim('field', explicit.groups[0].start, explicit.groups[0].start + list.trimEnd().length);
  }
  const verb = scan.first(VERB);
  if (!verb) return out;
  const rest = scan.rest.slice(verb.end);
  const lead = LEADING.exec(rest)?.[0].length ?? 0;
  const object = rest.slice(lead);
  const end = OBJECT_END.exec(object)?.index ?? object.length;
  const phrase = object.slice(0, end).trim();
  if (!phrase || /^(?:it|them|everything|data|info|information|details|content)$/i.test(phrase)) return out;
  const start = verb.end + lead;
  const items = phrase.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).filter(Boolean);
  const known = items.map((i) => canonicalField(i));
  if (items.length === 1 && !known[0]) {
    out.subject = singular(phrase.toLowerCase().split(/\s+/).pop()!);
    scan.claim('subject', start, start + phrase.length);
  } else if (out.fields.length === 0) {
    out.fields = toFields(phrase);
    scan.claim('field', start, start + phrase.length);
  }
  return out;
}
