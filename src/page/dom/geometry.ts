/** Geometry helpers. Only meaningful with a real layout; callers check the layout mode first. */

/** Centre point of the element's box, in its own frame's viewport coordinates. */
export function centerOf(el: Element): { x: number; y: number } {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** True when any part of the element's box lies inside its frame's viewport. */
export function isInViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  const w = view?.innerWidth ?? 0;
  const h = view?.innerHeight ?? 0;
  return r.bottom > 0 && r.right > 0 && r.top < h && r.left < w;
}

/** True when the element's center, the point a click lands on, is inside the viewport. */
export function isCenterInViewport(el: Element): boolean {
  const { x, y } = centerOf(el);
  const view = el.ownerDocument.defaultView;
  return x >= 0 && y >= 0 && x < (view?.innerWidth ?? 0) && y < (view?.innerHeight ?? 0);
}

/** A compact, comparable form of the element's box. */
export function boxKey(el: Element): string {
  const r = el.getBoundingClientRect();
  return `${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.width)},${Math.round(r.height)}`;
}

/**
 * The topmost element at the element's centre, as hit-testing sees it (retargeted into the
 * element's shadow root when it lives in one). Null when the centre is outside the viewport.
 */
export function hitTarget(el: Element): Element | null {
  const { x, y } = centerOf(el);
  const root = el.getRootNode() as Document | ShadowRoot;
  const fromPoint = (root as Document).elementFromPoint ? root : el.ownerDocument;
  return (fromPoint as Document).elementFromPoint(x, y);
}
