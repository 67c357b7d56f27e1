import { frameDocument, walkElements } from '../dom/composed';

const ORDERED_NODE_SNAPSHOT_TYPE = 7;

function evaluate(xpath: string, context: Document | Element): Element[] {
  const doc = context.ownerDocument ?? (context as Document);
  if (typeof doc.evaluate !== 'function') throw new Error('XPath is not supported here');
  const result = doc.evaluate(xpath, context, null, ORDERED_NODE_SNAPSHOT_TYPE, null);
  const out: Element[] = [];
  for (let i = 0; i < result.snapshotLength; i++) {
    const node = result.snapshotItem(i);
    if (node && node.nodeType === 1) out.push(node as Element);
  }
  return out;
}

/**
 * Elements an XPath selects in the page, or else in its open shadow roots and same-origin frames.
 * XPath stops at those boundaries, so each is searched on its own: a frame's document, and a
 * shadow tree through its first element (a shadow root itself is no valid XPath context, and an
 * absolute path from inside a shadow tree starts at its root in Chromium). Matches in the top
 * document win, so an XPath written for the page keeps its meaning; the rest are searched only
 * when it has none.
 *
 * @example
 * queryXPathDeep(document, '//button[text()="Buy lamp"]') // also finds it inside <product-card>'s shadow root
 */
export function queryXPathDeep(doc: Document, xpath: string): Element[] {
  const top = evaluate(xpath, doc);
  if (top.length) return top;
  const out: Element[] = [];
  walkElements(doc, (el) => {
    const inside = el.shadowRoot?.firstElementChild;
    if (inside) out.push(...evaluate(xpath, inside));
    const frame = frameDocument(el);
    if (frame) out.push(...evaluate(xpath, frame));
  });
  return [...new Set(out)];
}
