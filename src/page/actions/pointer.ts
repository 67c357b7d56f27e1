import { centerOf } from '../dom/geometry';
import type { LayoutMode } from '../dom/layout';
import { realmOf } from '../dom/realm';

type Kind = 'pointerover' | 'pointerenter' | 'mouseover' | 'mouseenter' | 'pointermove' | 'mousemove'
  | 'pointerdown' | 'mousedown' | 'pointerup' | 'mouseup' | 'click';

function fire(el: Element, kind: Kind, layout: LayoutMode): boolean {
  const view = realmOf(el);
  const { x, y } = layout === 'real' ? centerOf(el) : { x: 0, y: 0 };
  const bubbles = kind !== 'pointerenter' && kind !== 'mouseenter';
  const pressed = kind === 'pointerdown' || kind === 'mousedown' ? 1 : 0;
  const init = {
    bubbles, cancelable: bubbles, composed: true, clientX: x, clientY: y, screenX: x, screenY: y,
    view, button: 0, buttons: pressed, detail: kind === 'click' || pressed ? 1 : 0,
  };
  const isPointer = kind.startsWith('pointer');
  const Ctor = (isPointer && view.PointerEvent) || view.MouseEvent;
  const event = new Ctor(kind, isPointer ? { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true } as MouseEventInit : init);
  return el.dispatchEvent(event);
}

/** Moves the pointer onto the element: over, enter, move events, as a real mouse would. */
export function hoverElement(el: Element, layout: LayoutMode): void {
  for (const kind of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'pointermove', 'mousemove'] as const) fire(el, kind, layout);
}

function focusTarget(el: Element): HTMLElement | null {
  const focusable = el.closest('a[href],button,input,select,textarea,summary,[tabindex],[contenteditable]');
  return focusable as HTMLElement | null;
}

/**
 * A full mouse click at the element's centre: hover, down, focus, up, click. The click event is
 * dispatched, so the page's handlers and the default action (follow a link, toggle a checkbox,
 * submit a form) run as for a real click.
 */
export function clickElement(el: Element, layout: LayoutMode): void {
  hoverElement(el, layout);
  fire(el, 'pointerdown', layout);
  const down = fire(el, 'mousedown', layout);
  if (down) focusTarget(el)?.focus?.({ preventScroll: true });
  fire(el, 'pointerup', layout);
  fire(el, 'mouseup', layout);
  fire(el, 'click', layout);
}
