import type { GoalScanner } from './scanner';

/** Form field keys people write, longest first so "first name" wins over "name". */
const KEYS = [
  'email address', 'e-mail address', 'first name', 'given name', 'last name', 'family name', 'full name', 'user name',
  'phone number', 'mobile number', 'telephone number', 'zip code', 'postal code', 'post code', 'street address',
  'address line 1', 'address line 2', 'house number', 'date of birth', 'job title', 'company name', 'card number',
  'surname', 'username', 'email', 'e-mail', 'mail', 'name', 'telephone', 'phone', 'mobile', 'tel', 'zip', 'postcode',
  'address', 'street', 'city', 'town', 'state', 'province', 'region', 'country', 'company', 'organization',
  'organisation', 'title', 'message', 'comments', 'comment', 'subject', 'website', 'url', 'password', 'birthday',
  'dob', 'age', 'gender', 'quantity', 'amount', 'notes', 'note', 'description', 'date', 'time', 'guests', 'size',
  'color', 'colour', 'newsletter', 'terms',
].sort((a, b) => b.length - a.length);
const KEY_RE = new RegExp(`^(?:my\\s+|the\\s+|your\\s+)?(${KEYS.map((k) => k.replace(/[-\s]/g, '[-\\s]?')).join('|')})\\b\\s*(?:is\\b|=|:|-)?\\s*`, 'i');

const SUBMIT_RE = /(?:\s*[,;.]\s*(?:and\s+|then\s+)*|\s+(?:and\s+then|and|then)\s+)(?:(?:press|click|hit)\s+(?:the\s+)?)?(?:submit|send|sign\s+up|register|save|apply|continue)(?:\s+(?:it|the\s+form|button|this|that))?\s*[.!]?\s*$/i;
const INTRO_RES = [
  /^.*?\b(?:with|using|as\s+follows|these\s+(?:details|values))\b\s*:?\s*/i,
  /^(?:please\s+)?(?:fill|complete|populate|submit)(?:\s+(?:in|out))?\s+(?:the\s+|this\s+|that\s+|my\s+)?(?:[\w-]+\s+)?(?:form|fields?|details)\s*:?\s*/i,
  /^(?:please\s+)?(?:fill|complete|populate)(?:\s+(?:in|out))?\s*:?\s*/i,
];

const TICK_VERBS = "(?:accept|agree|tick|check|untick|uncheck|opt|subscribe|don'?t|do\\s+not)\\b";
/** "accept the terms", "tick newsletter", "don't subscribe to the newsletter": a box to tick or clear. */
const TICK_RE = /^(?:(?:please\s+)?(?:accept|agree\s+(?:to|with)|tick|check|opt\s+in(?:\s+to)?|subscribe\s+to|sign\s+up\s+for|enable|turn\s+on)|(un(?:tick|check)|opt\s+out\s+of|(?:do\s+not|don'?t|dont)\s+(?:tick|check|subscribe\s+to|sign\s+up\s+for|accept)|disable|turn\s+off))\s+(?:the\s+|my\s+|a\s+)?(?:box\s+(?:for\s+)?)?(.{1,40}?)(?:\s+(?:box|checkbox|option))?$/i;

/** Claims "select Large from the size dropdown" as the value { size: 'Large' }. */
export function claimSelectValue(scan: GoalScanner, pattern: RegExp): Record<string, string> {
  const m = scan.first(pattern);
  if (!m || !m.groups[0] || !m.groups[1]) return {};
  const key = m.groups[1].text.replace(/^(?:the|a|an|my)\s+/i, '').trim().toLowerCase();
  scan.claim('value', m.groups[0].start, m.groups[1].end);
  return { [key]: m.groups[0].text.replace(/^["“'](.*)["”']$/, '$1') };
}

/** What the fill extractor found. */
export interface FillValues {
  values: Record<string, string>;
  submit: boolean;
}

/**
 * Claims the values of a fill goal: "fill this form with name Ada Lovelace, email ada@example.com",
 * "name: Ada; email = ada@x.org and submit". Parts are split on commas, semicolons, new lines and on
 * "and" when a known field name follows. A part's key is a known field name, the text before ":"/"=",
 * or its first word.
 */
export function claimFillValues(scan: GoalScanner): FillValues {
  let end = scan.text.length;
  const submit = SUBMIT_RE.exec(scan.rest);
  if (submit) {
    scan.blank(submit.index, end);
    end = submit.index;
  }
  const head = scan.rest.slice(0, end);
  const intro = INTRO_RES.map((re) => re.exec(head)).find(Boolean);
  if (!intro || intro[0].length >= end) return { values: {}, submit: Boolean(submit) };
  const start = intro[0].length;
  const values: Record<string, string> = {};
  // "sign in as ada@example.com with password …": the account name.
  const as = /\b(?:log\s*in|sign\s*in|login)\s+as\s+(\S+)/i.exec(head);
  if (as && as.index + as[0].length <= start) {
    values.username = as[1]!;
    scan.claim('value', as.index + as[0].length - as[1]!.length, as.index + as[0].length);
  }
  const keyAlt = KEYS.map((k) => k.replace(/[-\s]/g, '[-\\s]?')).join('|');
  const splitter = new RegExp(`\\s*[,;\\n]\\s*|\\s+and\\s+(?=(?:my\\s+|the\\s+)?(?:${keyAlt})\\b|${TICK_VERBS})`, 'gi');
  const body = scan.text.slice(start, end);
  // Separators inside quotes do not split: "Hello, world" stays one value.
  const masked = body.replace(/(["“])[^"”]*["”]/g, (m) => m.replace(/[^"“”]/g, 'x'));
  let at = 0;
  for (const sep of [...masked.matchAll(splitter), null]) {
    const to = sep ? sep.index : body.length;
    const piece = body.slice(at, to);
    const kv = piece.trim() ? keyValue(piece) : undefined;
    if (kv) {
      values[kv.key] = kv.value;
      scan.claim('value', start + at, start + to);
    }
    at = sep ? sep.index + sep[0].length : at;
  }
  return { values, submit: Boolean(submit) };
}

function keyValue(piece: string): { key: string; value: string } | undefined {
  const p = piece.trim();
  const tick = TICK_RE.exec(p);
  if (tick && !/[:=]/.test(p)) return { key: tick[2]!.toLowerCase().replace(/\s+/g, ' ').trim(), value: tick[1] ? 'no' : 'yes' };
  const known = KEY_RE.exec(p);
  let key: string;
  let value: string;
  // "town or city: Berlin" names one field; the known key "town" alone would take "or city: Berlin".
  const compound = known && /^(?:(?:or|and)\s|[/&])[^:=]{0,30}[:=]/i.test(p.slice(known[0].length));
  if (known && p.length > known[0].length && !compound) {
    key = known[1]!;
    value = p.slice(known[0].length);
  } else {
    const sep = /^([^:=]{1,40}?)\s*[:=]\s*(.+)$/.exec(p) ?? /^(\S+)\s+(.+)$/.exec(p);
    if (!sep) return undefined;
    key = sep[1]!.replace(/^(?:my|the|your)\s+/i, '');
    value = sep[2]!;
  }
  value = value.trim().replace(/^["'“‘](.*)["'”’]$/, '$1').replace(/[.]$/, '').trim();
  if (!value) return undefined;
  return { key: key.toLowerCase().replace(/\s+/g, ' ').trim(), value };
}
