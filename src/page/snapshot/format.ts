import type { PageSnapshot } from '../../core/ports';
import { formatElementLine as coreLine, formatName, shorten } from '../../core/snapshot-line';
import type { SnapshotElement } from '../../core/ports';

export { formatName };

/** Options for `formatSnapshotForModel`. */
export interface FormatOptions {
  /** Names longer than this are shortened with "…" (the role locator accepts the prefix). */
  maxNameChars?: number;
  /** Append the page's visible text after the elements. */
  includeText?: boolean;
}

/** One element as a compact line (see core/snapshot-line): `e12 button Add to cart (Aeron Chair $1,249)`. */
export function formatElementLine(e: SnapshotElement, maxNameChars = 32): string {
  return coreLine(e, { maxNameChars });
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
  const lines = [`page "${shorten(snapshot.title, 60).replace(/"/g, "'")}"`];
  for (const e of snapshot.elements) lines.push(formatElementLine(e, opts.maxNameChars));
  if (snapshot.truncated) lines.push('(truncated)');
  if (opts.includeText && snapshot.text) lines.push('text:', snapshot.text);
  return lines.join('\n');
}
