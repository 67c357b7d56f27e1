/**
 * Constructors of the window an element belongs to. Events must be created in the element's own
 * realm (an iframe has its own `MouseEvent`), or some pages' instanceof checks fail.
 */
export interface Realm {
  Event: typeof Event;
  MouseEvent: typeof MouseEvent;
  KeyboardEvent: typeof KeyboardEvent;
  InputEvent?: typeof InputEvent;
  PointerEvent?: typeof PointerEvent;
  MutationObserver: typeof MutationObserver;
}

/** The realm (window) of a node, falling back to the global one. */
export function realmOf(node: Node): Realm & Window {
  const view = (node as Document).defaultView ?? node.ownerDocument?.defaultView;
  return (view ?? globalThis) as unknown as Realm & Window;
}
