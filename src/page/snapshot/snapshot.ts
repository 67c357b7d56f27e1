import type { PageSnapshot, SnapshotElement } from '../../core/ports';
import type { LayoutMode } from '../dom/layout';
import { detectLayout } from '../dom/layout';
import { createVisibility } from '../dom/visibility';
import { elementState, elementValue } from '../dom/state';
import { collectElements, type CollectedElement } from './collect';
import { computeContexts } from './context';
import { structureSignature } from './signature';
import { pageText } from './page-text';
import { formatElementLine } from './format';
import type { RefRegistry } from './refs';
import { createRedactor, MASK, type Redactor } from './redact';

/** Options for `takeSnapshot`. */
export interface SnapshotOptions {
  /** Only elements inside the viewport (real layout only). */
  viewportOnly?: boolean;
  /** Size budget of elements + text, in characters. Default 12,000. */
  maxChars?: number;
  /** Where to record the refs, so `{ ref }` locators resolve later. */
  refs?: RefRegistry;
  /** Overrides layout detection (tests). */
  layout?: LayoutMode;
  /** Secret values typed into this page: masked in values, names and text (see `createRedactor`). */
  secrets?: Iterable<string>;
}

const PRIORITY: Record<CollectedElement['kind'], number> = { interactive: 0, status: 1, heading: 2 };
/** Share of the budget elements may use when there is text to show. */
const ELEMENT_SHARE = 0.7;

/** The untruncated value of a field (or the text of an editable element), to check for secrets. */
function rawValue(el: Element): string {
  const v = (el as HTMLInputElement).value;
  return typeof v === 'string' ? v : el.textContent ?? '';
}

function toElement(item: CollectedElement, ref: string, redact: Redactor, context?: string): SnapshotElement {
  const out: SnapshotElement = { ref, role: item.role, name: item.name, tag: item.el.tagName.toLowerCase() };
  const value = elementValue(item.el);
  if (value !== undefined) out.value = redact.hides(value) || redact.hides(rawValue(item.el)) ? MASK : value;
  const state = elementState(item.el);
  if (state.length) out.state = state;
  if (context) out.context = redact.text(context);
  const href = item.el.tagName === 'A' ? (item.el as HTMLAnchorElement).href : '';
  if (href && !href.startsWith('javascript:')) out.href = href.slice(0, 300);
  return out;
}

/** Picks items within the budget: interactive first, then status, then headings; reading order kept. */
function withinBudget(entries: Array<{ item: CollectedElement; size: number }>, budget: number): Set<CollectedElement> {
  const order = entries.map((e, i) => ({ ...e, i }))
    .sort((a, b) => PRIORITY[a.item.kind] - PRIORITY[b.item.kind] || a.i - b.i);
  const kept = new Set<CollectedElement>();
  let used = 0;
  for (const e of order) {
    if (used + e.size > budget) continue;
    used += e.size;
    kept.add(e.item);
  }
  return kept;
}

/**
 * Takes a compact, deterministic map of the page: visible interactive and meaningful elements with
 * refs in reading order, role, accessible name, value, state and (when needed) context, plus the
 * main visible text and a structure signature. Records the refs in `opts.refs`.
 */
export function takeSnapshot(doc: Document, opts: SnapshotOptions = {}): PageSnapshot {
  const maxChars = Math.max(500, opts.maxChars ?? 12_000);
  const vis = createVisibility(opts.layout ?? detectLayout(doc));
  const lang = doc.documentElement?.getAttribute('lang') || undefined;
  const budget = maxChars * ELEMENT_SHARE;
  // Stop walking once interactive elements alone overflow the budget: the rest would be cut anyway.
  let estimate = 0;
  const onItem = (item: CollectedElement) => {
    if (item.kind === 'interactive') estimate += item.role.length + Math.min(item.name.length, 40) + 10;
    return estimate <= budget * 1.2;
  };
  const redact = createRedactor(opts.secrets ?? []);
  const { items, complete } = collectElements(doc, { vis, viewportOnly: opts.viewportOnly, onItem, redact: redact.text });
  const contexts = computeContexts(items, vis, lang);
  const drafts = items.map((item) => ({ item, draft: toElement(item, 'e0000', redact, contexts.get(item.el)) }));
  const sized = drafts.map(({ item, draft }) => ({ item, size: formatElementLine(draft).length + 1 }));
  const total = sized.reduce((n, e) => n + e.size, 0);
  const kept = total <= budget ? new Set(items) : withinBudget(sized, budget);

  const elements: SnapshotElement[] = [];
  const refEntries: Array<[string, Element]> = [];
  for (const { item, draft } of drafts) {
    if (!kept.has(item)) continue;
    const ref = `e${elements.length + 1}`;
    elements.push({ ...draft, ref });
    refEntries.push([ref, item.el]);
  }
  opts.refs?.replace(refEntries);
  const used = elements.reduce((n, e) => n + formatElementLine(e).length + 1, 0);
  const text = pageText(doc, vis, maxChars - used);
  return {
    url: doc.location?.href ?? doc.URL,
    title: redact.text(doc.title),
    elements,
    text: redact.text(text.text),
    signature: structureSignature(items, doc),
    truncated: !complete || kept.size < items.length || text.truncated,
    ...(lang ? { lang } : {}),
  };
}
