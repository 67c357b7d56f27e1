import type { SnapshotElement } from './ports';

/** Options for one element line. */
export interface LineOptions {
  /** Names longer than this are shortened with "…" (role locators accept the prefix). */
  maxNameChars?: number;
  /** Context longer than this is shortened with "…". */
  maxContextChars?: number;
  /** Write `=[hidden]` instead of the value (passwords, card numbers). */
  hideValue?: boolean;
}

const quote = (s: string) => `"${s.replace(/"/g, "'")}"`;
/** A name is written bare unless a bracket, `=`, quote or edge space would blur where it ends. */
const AMBIGUOUS_NAME = /["()[\]=]|^\s|\s$/;

/** Shortens text to `max` characters with "…", at a word boundary when one is close. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** The name as written in a line: bare when unambiguous (two tokens fewer per line), else quoted. */
export function formatName(name: string): string {
  return AMBIGUOUS_NAME.test(name) ? quote(name) : name;
}

/**
 * One snapshot element as a compact line: `ref role name ="value" [state] (context)`. The role is
 * one word, so the name runs to the first ` =`, ` [` or ` (` (names holding those are quoted).
 * Planners read the same format the page agent measures, so the token budget is the real one.
 *
 * @example formatElementLine(el) // 'e12 button Add to cart (Aeron Chair $1,249)'
 */
export function formatElementLine(e: SnapshotElement, opts: LineOptions = {}): string {
  let line = `${e.ref} ${e.role}`;
  const name = e.name.replace(/\s+/g, ' ').trim();
  if (name) line += ` ${formatName(shorten(name, opts.maxNameChars ?? 32))}`;
  if (e.value !== undefined) line += opts.hideValue && e.value !== '' ? ' =[hidden]' : ` =${quote(shorten(e.value.replace(/\s+/g, ' '), 30))}`;
  if (e.state?.length) line += ` [${e.state.join(',')}]`;
  if (e.context) line += ` (${shorten(e.context.replace(/\s+/g, ' ').trim(), opts.maxContextChars ?? 200)})`;
  return line;
}

const LINE = /^(\S+) (\S+)(?: ("[^"]*"|[^"=[(].*?))?(?: =("[^"]*"|\[hidden\]))?(?: \[([^\]]*)\])?(?: \((.*)\))?$/;

/**
 * Reads a line written by `formatElementLine` back into an element (tag unknown; shortened texts
 * stay shortened; a hidden value is left out). Undefined for other lines.
 */
export function parseElementLine(line: string): SnapshotElement | undefined {
  const m = LINE.exec(line.trim());
  if (!m || !/^e\d+$/.test(m[1]!)) return undefined;
  const [, ref, role, rawName = '', rawValue, state, context] = m;
  const unquote = (s: string) => (s.startsWith('"') && s.endsWith('"') && s.length >= 2 ? s.slice(1, -1) : s);
  return {
    ref: ref!, role: role!, name: unquote(rawName.trim()), tag: '',
    ...(rawValue !== undefined && rawValue !== '[hidden]' ? { value: unquote(rawValue) } : {}),
    ...(state ? { state: state.split(',') } : {}),
    ...(context ? { context } : {}),
  };
}
