import type { Visibility } from '../dom/visibility';
import { walkElements, composedParent } from '../dom/composed';
import { roleOf } from '../dom/roles';
import { accessibleName, nameFromContent, displayName } from '../dom/accessible-name';
import { isInteractiveElement, isPointerTarget, isPerceivable } from '../dom/actionable';
import { isInViewport } from '../dom/geometry';
import { truncateText, collapseRepeats, foldText } from '../dom/text';

/** What kind of entry an element is; interactive ones are kept first when the budget is tight. */
export type EntryKind = 'interactive' | 'status' | 'heading';

/** An element chosen for the snapshot, before refs are assigned. */
export interface CollectedElement {
  el: Element;
  role: string;
  name: string;
  kind: EntryKind;
  /** Nearest landmark role (main, navigation, banner, form…), for the structure signature. */
  landmark: string;
}

/** Options for `collectElements`. */
export interface CollectOptions {
  vis: Visibility;
  viewportOnly?: boolean;
  /** Longest name kept; longer names end with "…". */
  maxNameChars?: number;
  /** Masks secrets in a name before it is shortened (see `createRedactor`). */
  redact?: (text: string) => string;
  /** Called per element found; returning false ends the walk (the size budget is spent). */
  onItem?: (item: CollectedElement) => boolean;
}

/** Elements found, and whether the walk covered the whole page. */
export interface CollectResult {
  items: CollectedElement[];
  complete: boolean;
}

/** Role given to generic elements that look clickable (cursor: pointer); the role locator knows it. */
export const CLICKABLE_ROLE = 'clickable';

const LANDMARKS = new Set(['main', 'navigation', 'banner', 'contentinfo', 'complementary', 'form', 'dialog', 'search', 'region']);
const STATUS_ROLES = new Set(['alert', 'status', 'alertdialog', 'dialog']);
const SKIP_SUBTREE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'svg', 'SVG', 'OPTION', 'DATALIST']);

function kindOf(el: Element, role: string, parentPointer: boolean, insideInteractive: boolean): EntryKind | 'pointer' | null {
  if (isInteractiveElement(el)) return 'interactive';
  if (role === 'heading') return 'heading';
  if (STATUS_ROLES.has(role)) return 'status';
  if (!insideInteractive && role === '' && isPointerTarget(el, parentPointer)) return 'pointer';
  return null;
}

/**
 * Elements that add nothing for a reader: a heading that only wraps a link of the same name, and
 * a link repeating one of the last few links (a card's image link and title link).
 */
function isRedundant(el: Element, kind: EntryKind, name: string, found: CollectedElement[]): boolean {
  const key = foldText(name);
  if (kind === 'heading') {
    const inner = el.querySelectorAll('a[href],button');
    return inner.length === 1 && foldText(accessibleName(inner[0])) === key;
  }
  if (el.tagName !== 'A' || !key) return false;
  const href = el.getAttribute('href');
  for (let i = found.length - 1; i >= Math.max(0, found.length - 3); i--) {
    const prev = found[i].el;
    if (prev.tagName === 'A' && prev.getAttribute('href') === href && foldText(found[i].name) === key) return true;
  }
  return false;
}

/** A named link replaces an unnamed link to the same place just before it (a card's image link). */
function dropUnnamedTwin(el: Element, found: CollectedElement[]): void {
  if (el.tagName !== 'A') return;
  const href = el.getAttribute('href');
  for (let i = found.length - 1; i >= Math.max(0, found.length - 3); i--) {
    const prev = found[i];
    if (!prev.name && prev.el.tagName === 'A' && prev.el.getAttribute('href') === href) return void found.splice(i, 1);
  }
}

/**
 * Walks the page (shadow roots and same-origin frames included) and returns the visible interactive
 * and meaningful elements in reading order, with role and accessible name.
 */
export function collectElements(doc: Document, opts: CollectOptions): CollectResult {
  const { vis } = opts;
  const maxName = opts.maxNameChars ?? 80;
  const nameOpts = { layout: vis.layout };
  const out: CollectedElement[] = [];
  let complete = true;
  // Per element: inside an interactive element?, inherits cursor:pointer?, landmark.
  const inside = new Map<Element, boolean>();
  const pointer = new Map<Element, boolean>();
  const landmark = new Map<Element, string>();

  walkElements(doc, (el) => {
    if (SKIP_SUBTREE.has(el.tagName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true'
      || el.hasAttribute('inert')) return false;
    const parent = composedParent(el);
    const parentInside = parent ? inside.get(parent) ?? false : false;
    const parentPointer = parent ? pointer.get(parent) ?? false : false;
    const role = roleOf(el);
    const ownLandmark = LANDMARKS.has(role) ? role : (parent && landmark.get(parent)) || '';
    landmark.set(el, ownLandmark);
    const found = kindOf(el, role, parentPointer, parentInside);
    const isPointer = found === 'pointer';
    const kind: EntryKind | null = isPointer ? 'interactive' : found;
    pointer.set(el, parentPointer || isPointer);
    inside.set(el, parentInside || kind === 'interactive');
    if (!kind || !isPerceivable(el, vis)) return;
    if (opts.viewportOnly && vis.layout === 'real' && !isInViewport(el)) return;
    const name = kind === 'status' && role !== 'dialog' && role !== 'alertdialog'
      ? nameFromContent(el, nameOpts)
      : displayName(el, role, nameOpts);
    if ((kind !== 'interactive' || isPointer) && !name) return;
    if (isRedundant(el, kind, name, out)) return;
    dropUnnamedTwin(el, out);
    const shown = opts.redact ? opts.redact(name) : name;
    const item: CollectedElement = { el, role: role || CLICKABLE_ROLE, name: truncateText(collapseRepeats(shown), maxName), kind, landmark: ownLandmark };
    out.push(item);
    if (opts.onItem && !opts.onItem(item)) {
      complete = false;
      return 'stop';
    }
  });
  return { items: out, complete };
}
