import type { GoalScanner } from './scanner';
import { ROLE_RE, roleFor } from './lexicon';

/** The element a click or type goal points at. */
export interface TargetInfo {
  target?: string;
  targetRole?: string;
  /** Words after "for"/"next to"/"in the … row" that tell similar elements apart ("for the Aeron chair"). */
  qualifier?: string;
}

const LEAD = '^(?:please\\s+|could you\\s+|can you\\s+|now\\s+|just\\s+)*';
const QUOTED = /^["“‘'](.+?)["”’']/;
const CLAUSE_END = /\s+(?:and|then)\s+|[,;.!?](?:\s|$)/i;

const QUALIFIER = /\s+(?:for|next\s+to|beside|under|below|near|in\s+the\s+(?:row|card)\s+(?:of|for)|on\s+the\s+card\s+(?:of|for))\s+(?:the\s+|a\s+|an\s+)?(.+)$/i;

/** Splits "Add to cart button for the Aeron chair" into target, role and qualifier. */
function splitTarget(raw: string): TargetInfo {
  let text = raw.trim().replace(/^(?:on\s+)?(?:the|a|an|this|that|my)\s+/i, '');
  let targetRole: string | undefined;
  const lead = new RegExp(`^(${ROLE_RE})\\s+(?=["“‘'])`, 'i').exec(text);
  if (lead) {
    targetRole = roleFor(lead[1]!);
    text = text.slice(lead[0].length);
  }
  const quoted = QUOTED.exec(text);
  let target = quoted ? quoted[1]! : text;
  let tail = quoted ? text.slice(quoted[0].length) : '';
  if (!quoted) {
    const q = QUALIFIER.exec(text);
    if (q) [target, tail] = [text.slice(0, q.index), text.slice(q.index)];
    const role = new RegExp(`\\s+(${ROLE_RE})$`, 'i').exec(target);
    if (role) {
      targetRole ??= roleFor(role[1]!);
      target = target.slice(0, role.index);
    }
  } else {
    const role = new RegExp(`^\\s+(${ROLE_RE})\\b`, 'i').exec(tail);
    if (role) {
      targetRole ??= roleFor(role[1]!);
      tail = tail.slice(role[0].length);
    }
  }
  const qualifier = QUALIFIER.exec(tail)?.[1]?.trim();
  target = target.trim();
  return { target: target || undefined, targetRole, qualifier: qualifier || undefined };
}

/**
 * Claims the target of a click goal: "click the Add to cart button", "tap on 'Next'",
 * "click Add to cart for the Aeron chair" (qualifier "Aeron chair").
 */
export function claimClickTarget(scan: GoalScanner): TargetInfo {
  const m = scan.first(new RegExp(`${LEAD}(?:click|tap|press|hit|push|select|choose|toggle|tick|check|uncheck|untick|open|expand|follow)(?:\\s+on)?\\s+`, 'i'));
  if (!m) return {};
  const rest = scan.text.slice(m.end);
  const quoted = QUOTED.exec(rest);
  const cut = quoted ? quoted[0].length + (CLAUSE_END.exec(rest.slice(quoted[0].length))?.index ?? rest.length - quoted[0].length) : CLAUSE_END.exec(rest)?.index ?? rest.length;
  const info = splitTarget(rest.slice(0, cut));
  scan.blank(m.start, m.end);
  if (info.target) scan.claim('target', m.end, m.end + cut);
  return info;
}

/** What a type goal says to type, and where. */
export interface TypeInfo extends TargetInfo {
  text?: string;
}

/**
 * Claims the text and target of a type goal: "type hello into the search box",
 * "enter 'Aeron chair' in the search field and press enter", "type hello".
 */
export function claimTypeText(scan: GoalScanner): TypeInfo {
  const m = scan.first(new RegExp(`${LEAD}(?:type|write|input|enter|put)\\s+(?:in\\s+)?`, 'i'));
  if (!m) return {};
  scan.blank(m.start, m.end);
  const rest = scan.rest.slice(m.end);
  const quoted = QUOTED.exec(rest);
  let textEnd: number;
  let text: string;
  let into: RegExpExecArray | null;
  if (quoted) {
    text = quoted[1]!;
    textEnd = quoted[0].length;
    into = /^\s+(?:into|in|inside|in\s+to|on)\s+/i.exec(rest.slice(textEnd));
  } else {
    into = /(?:^|\s+)(?:into|inside|in\s+to|in|on)\s+(?=(?:the\s+|a\s+|this\s+|that\s+)?[^"]*?(?:box|field|input|bar|area|textbox|searchbox|"|'|”)(?:\s|$|[,.;]))/i.exec(rest);
    const enter = /\s+(?:and|then)\s+(?:press|hit)\s+(?:enter|return)\b.*$/i.exec(rest);
    textEnd = into ? into.index : enter ? enter.index : rest.length;
    text = rest.slice(0, textEnd).trim();
    if (into) into = /^\s*(?:into|inside|in\s+to|in|on)\s+/i.exec(rest.slice(textEnd));
  }
  scan.claim('text', m.end, m.end + textEnd);
  if (!into) return { text: text || undefined };
  const after = m.end + textEnd + into[0].length;
  scan.blank(m.end + textEnd, after);
  const tail = scan.text.slice(after);
  const cut = CLAUSE_END.exec(tail)?.index ?? tail.length;
  const info = splitTarget(tail.slice(0, cut));
  if (info.target) scan.claim('target', after, after + cut);
  return { text: text || undefined, ...info, targetRole: info.targetRole ?? 'textbox' };
}
