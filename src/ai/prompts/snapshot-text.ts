import type { PageSnapshot, SnapshotElement } from '../../core/ports';
import { formatElementLine } from '../../core/snapshot-line';

/** How much of a snapshot goes into a prompt. */
export interface SnapshotBudget {
  maxChars: number;
  maxElements: number;
}

/** Default budget: about 3 000 tokens of page. */
export const DEFAULT_SNAPSHOT_BUDGET: SnapshotBudget = { maxChars: 12_000, maxElements: 150 };

// Field values that must never reach a model even when the snapshot carries them.
const SENSITIVE_FIELD = /pass|pin\b|cvv|cvc|secret|token|card|iban|ssn|one-time|otp/i;

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * One element as a prompt line, in the page agent's compact format (core/snapshot-line):
 * `e12 button Add to cart [disabled] (Kettle Pro $49)`. Values of sensitive fields are hidden.
 */
export function elementLine(e: SnapshotElement): string {
  return formatElementLine(e, { maxNameChars: 60, maxContextChars: 80, hideValue: SENSITIVE_FIELD.test(`${e.name} ${e.tag} ${e.role}`) });
}

/**
 * Renders a snapshot as compact text within the budget. Everything returned is page-derived and
 * belongs inside the untrusted block.
 */
export function renderSnapshot(snapshot: PageSnapshot, budget: SnapshotBudget = DEFAULT_SNAPSHOT_BUDGET): string {
  const head = [`Title: ${clip(snapshot.title, 200)}`, `URL: ${snapshot.url}`];
  if (snapshot.lang) head.push(`Language: ${snapshot.lang}`);
  const lines: string[] = [];
  let used = head.join('\n').length;
  const elementBudget = Math.floor(budget.maxChars * 0.6);
  let shown = 0;
  for (const e of snapshot.elements.slice(0, budget.maxElements)) {
    const line = elementLine(e);
    if (used + line.length + 1 > elementBudget) break;
    lines.push(line);
    used += line.length + 1;
    shown++;
  }
  const hidden = snapshot.elements.length - shown;
  const elements = lines.length ? `Elements (ref role name =value [state] (card text)):\n${lines.join('\n')}${hidden > 0 ? `\n(${hidden} more elements not shown)` : ''}` : 'Elements: none';
  const room = Math.max(0, budget.maxChars - used - 40);
  const text = clip(snapshot.text, room);
  const cut = snapshot.truncated || text.length < snapshot.text.replace(/\s+/g, ' ').trim().length;
  return `${head.join('\n')}\n${elements}\nVisible text${cut ? ' (truncated)' : ''}:\n${text}`;
}
