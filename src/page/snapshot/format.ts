import type { PageSnapshot, SnapshotElement } from '../../core/ports';
import { truncateText, foldText } from '../dom/text';
import { hasPrice } from '../extract/numbers';

/** Options for `formatSnapshotForModel`. */
export interface FormatOptions {
  /** Names longer than this are shortened with "…" (the role locator accepts the prefix). */
  maxNameChars?: number;
  /** Append the page's visible text after the elements. */
  includeText?: boolean;
}

const quote = (s: string) => `"${s.replace(/"/g, "'")}"`;
/** How many lines back a context may point to (a card's title link sits just above its buttons). */
const LOOKBACK = 6;

/** One element as a compact line: `e12 button "Add to cart" [context: Aeron Chair $1,249]`. */
export function formatElementLine(e: SnapshotElement, maxNameChars = 32, context = e.context): string {
  let line = `${e.ref} ${e.role}`;
  if (e.name) line += ` ${quote(truncateText(e.name, maxNameChars))}`;
  if (e.value !== undefined) line += ` =${quote(truncateText(e.value, 30))}`;
  if (e.state?.length) line += ` [${e.state.join(',')}]`;
  if (context) line += ` [context: ${context}]`;
  return line;
}

/**
 * A context that repeats the name of an element a few lines up ("Aeron Chair $1,249" under
 * `e8 link "Aeron Chair"`) is written as that element's ref: `[context: e8 $1,249]`.
 */
function shortContext(context: string, recent: SnapshotElement[]): string {
  const words = context.split(' ');
  for (const r of recent) {
    const name = foldText(r.name);
    for (let k = words.length; k >= 1; k--) {
      const title = foldText(words.slice(0, k).join(' ').replace(/[…,]$/, ''));
      const rest = words.slice(k).join(' ');
      if (title.length >= 3 && name.startsWith(title) && (!rest || hasPrice(rest))) return rest ? `${r.ref} ${rest}` : r.ref;
    }
  }
  return context;
}

/**
 * The snapshot as compact text for a model prompt: the title, then one line per element (the URL
 * travels separately in the plan request). A context that names an element listed just above is
 * written as its ref. Aim: about 10 tokens per element on ordinary pages.
 *
 * @example
 * formatSnapshotForModel(snap)
 * // page "Chairs – Shop"
 * // e8 link "Aeron Chair"
 * // e9 button "Add to cart" [context: e8 $1,249]
 */
export function formatSnapshotForModel(snapshot: PageSnapshot, opts: FormatOptions = {}): string {
  const lines = [`page ${quote(truncateText(snapshot.title, 60))}`];
  snapshot.elements.forEach((e, i) => {
    const recent = snapshot.elements.slice(Math.max(0, i - LOOKBACK), i).reverse()
      .filter((r) => (r.role === 'link' || r.role === 'heading') && r.name && !r.context);
    const context = e.context && shortContext(e.context, recent);
    lines.push(formatElementLine(e, opts.maxNameChars, context));
  });
  if (snapshot.truncated) lines.push('(truncated)');
  if (opts.includeText && snapshot.text) lines.push('text:', snapshot.text);
  return lines.join('\n');
}
