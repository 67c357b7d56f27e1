import type { PageSnapshot, SnapshotElement } from '../../core/ports';
import { truncateText } from '../dom/text';

/** Options for `formatSnapshotForModel`. */
export interface FormatOptions {
  /** Names longer than this are shortened with "…" (the role locator accepts the prefix). */
  maxNameChars?: number;
  /** Append the page's visible text after the elements. */
  includeText?: boolean;
}

const quote = (s: string) => `"${s.replace(/"/g, "'")}"`;
/** A name is written bare unless a bracket, `=`, quote or edge space would blur where it ends. */
const AMBIGUOUS_NAME = /["()[\]=]|^\s|\s$/;

/** The name as written in a line: bare when unambiguous (two tokens fewer per line), else quoted. */
export function formatName(name: string): string {
  return AMBIGUOUS_NAME.test(name) ? quote(name) : name;
}

/**
 * One element as a compact line: `ref role name ="value" [state] (context)`. The role is one word,
 * so the name runs from there to the first ` =`, ` [` or ` (` (names holding those are quoted).
 *
 * @example
 * formatElementLine(el) // 'e12 button Add to cart (Aeron Chair $1,249)'
 */
export function formatElementLine(e: SnapshotElement, maxNameChars = 32): string {
  let line = `${e.ref} ${e.role}`;
  if (e.name) line += ` ${formatName(truncateText(e.name, maxNameChars))}`;
  if (e.value !== undefined) line += ` =${quote(truncateText(e.value, 30))}`;
  if (e.state?.length) line += ` [${e.state.join(',')}]`;
  if (e.context) line += ` (${e.context})`;
  return line;
}

/**
 * The snapshot as compact text for a model prompt: the title, then one line per element (the URL
 * travels separately in the plan request). Aim: at most 10 tokens per element on ordinary pages.
 *
 * @example
 * formatSnapshotForModel(snap)
 * // page "Chairs – Shop"
 * // e8 link Aeron Chair
 * // e9 button Add to cart (Aeron Chair $1,249)
 */
export function formatSnapshotForModel(snapshot: PageSnapshot, opts: FormatOptions = {}): string {
  const lines = [`page ${quote(truncateText(snapshot.title, 60))}`];
  for (const e of snapshot.elements) lines.push(formatElementLine(e, opts.maxNameChars));
  if (snapshot.truncated) lines.push('(truncated)');
  if (opts.includeText && snapshot.text) lines.push('text:', snapshot.text);
  return lines.join('\n');
}
