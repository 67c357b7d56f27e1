/**
 * A stand-in layout for happy-dom: boxes come from `data-rect="left,top,width,height"` (default
 * 10,10,100,20) so the strict real-layout rules can be exercised without a browser. The real
 * behaviour is pinned by chromium.test.ts.
 */
export function installFakeLayout(): () => void {
  const proto = Element.prototype;
  const original = proto.getBoundingClientRect;
  proto.getBoundingClientRect = function (this: Element) {
    const [x, y, w, h] = (this.getAttribute('data-rect') ?? '10,10,100,20').split(',').map(Number);
    return { x, y, left: x, top: y, width: w, height: h, right: x + w, bottom: y + h, toJSON: () => ({}) } as DOMRect;
  };
  return () => {
    proto.getBoundingClientRect = original;
  };
}
