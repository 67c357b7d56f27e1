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

/** One element as a compact line: `e12 button "Add to cart" [context: Aeron Chair $1,249]`. */
export function formatElementLine(e: SnapshotElement, maxNameChars = 32): string {
  let line = `${e.ref} ${e.role}`;
  if (e.name) line += ` ${quote(truncateText(e.name, maxNameChars))}`;
  if (e.value !== undefined) line += ` =${quote(truncateText(e.value, 30))}`;
  if (e.state?.length) line += ` [${e.state.join(',')}]`;
  if (e.context) line += ` [context: ${e.context}]`;
  return line;
}

/**
 * The snapshot as compact text for a model prompt: the title, then one line per element (the URL
 * travels separately in the plan request). Aim: about 10 tokens per element on ordinary pages.
 *
 * @example
 * formatSnapshotForModel(snap)
 * // page "Chairs – Shop"
 * // e8 link "Aeron Chair"
 * // e9 button "Add to cart" [context: Aeron Chair $1,249]
 */
export function formatSnapshotForModel(snapshot: PageSnapshot, opts: FormatOptions = {}): string {
  const lines = [`page ${quote(truncateText(snapshot.title, 60))}`];
  for (const e of snapshot.elements) lines.push(formatElementLine(e, opts.maxNameChars));
  if (snapshot.truncated) lines.push('(truncated)');
  if (opts.includeText && snapshot.text) lines.push('text:', snapshot.text);
  return lines.join('\n');
}
