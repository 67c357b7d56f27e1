/**
 * Whether the document has a real layout engine behind it. Real browsers give the root element a
 * size; DOM emulations (happy-dom, jsdom) report all-zero rectangles for everything. In a real
 * browser every geometry rule is strict (zero size = hidden, covered = refused); without layout the
 * page agent falls back to style-only rules so unit tests can exercise the same code.
 */
export type LayoutMode = 'real' | 'none';

/** Detects the layout mode from the root element's box. */
export function detectLayout(doc: Document): LayoutMode {
  const root = doc.documentElement;
  if (!root) return 'none';
  const rect = root.getBoundingClientRect();
  if (rect.width > 0 || rect.height > 0) return 'real';
  // A real browser always gives the viewport a size, even to an empty page.
  const view = doc.defaultView;
  return view && view.innerWidth > 0 && root.clientWidth > 0 ? 'real' : 'none';
}
