/**
 * Walking the composed tree: the document, open shadow roots and same-origin iframes, in reading
 * (document) order. Shadow content comes before the host's light children; an iframe's document
 * comes at the iframe's position.
 */

/** Frame documents seen while walking → their iframe element (frameElement is not everywhere). */
const frameOwners = new WeakMap<Document, Element>();

/** The element's parent across shadow and frame boundaries. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  if (parent && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  if (parent && parent.nodeType === 9) {
    const known = frameOwners.get(parent as Document);
    if (known) return known;
    try {
      return (parent as Document).defaultView?.frameElement ?? null;
    } catch {
      return null;
    }
  }
  return null;
}

/** True when `ancestor` contains `node`, looking through shadow roots (not frames). */
export function composedContains(ancestor: Element, node: Node | null): boolean {
  let cur: Node | null = node;
  while (cur) {
    if (cur === ancestor) return true;
    cur = cur.parentNode ?? (cur as ShadowRoot).host ?? null;
  }
  return false;
}

/** The document of a same-origin iframe, or null (cross-origin, not loaded). */
export function frameDocument(el: Element): Document | null {
  if (el.tagName !== 'IFRAME' && el.tagName !== 'FRAME') return null;
  try {
    const doc = (el as HTMLIFrameElement).contentDocument ?? null;
    if (doc) frameOwners.set(doc, el);
    return doc;
  } catch {
    return null;
  }
}

/** Elements Errand itself adds to the page (highlight overlay) and never reports. */
export const OWN_TAG = 'ERRAND-HIGHLIGHT';

/**
 * Visits every element under `root` in reading order. Returning `false` from `visit` skips the
 * element's subtree (its shadow root and frame too); returning `'stop'` ends the walk.
 */
export function walkElements(root: Document | ShadowRoot | Element, visit: (el: Element) => boolean | 'stop' | void): void {
  const stack: Element[] = [];
  const pushChildren = (parent: ParentNode) => {
    const kids = parent.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  };
  if ((root as Element).tagName) stack.push(root as Element);
  else pushChildren(root as ParentNode);
  while (stack.length) {
    const el = stack.pop()!;
    if (el.tagName === OWN_TAG) continue;
    const next = visit(el);
    if (next === 'stop') return;
    if (next === false) continue;
    // Push in reverse so the pop order is: frame document, shadow content, light children.
    pushChildren(el);
    if (el.shadowRoot) pushChildren(el.shadowRoot);
    const doc = frameDocument(el);
    if (doc?.documentElement) stack.push(doc.documentElement);
  }
}

/** querySelectorAll across open shadow roots and same-origin iframes, in reading order. */
export function queryAllDeep(root: Document | Element, selector: string): Element[] {
  const scopes: Array<Document | ShadowRoot> = [];
  walkElements(root, (el) => {
    if (el.shadowRoot) scopes.push(el.shadowRoot);
    const doc = frameDocument(el);
    if (doc) scopes.push(doc);
  });
  const own = Array.from(root.querySelectorAll(selector));
  if ((root as Element).matches?.(selector)) own.unshift(root as Element);
  if (!scopes.length) return own;
  const all = [...own];
  for (const scope of scopes) all.push(...Array.from(scope.querySelectorAll(selector)));
  return sortInReadingOrder(root, all);
}

/** Sorts elements (possibly in different shadow roots/frames) by their position in the walk. */
export function sortInReadingOrder(root: Document | Element, els: Element[]): Element[] {
  if (els.length < 2) return [...new Set(els)];
  const wanted = new Set(els);
  const ordered: Element[] = [];
  walkElements(root, (el) => {
    if (wanted.has(el)) ordered.push(el);
  });
  return ordered;
}
