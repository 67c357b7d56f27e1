import type { Visibility } from './visibility';
import { roleOf, INTERACTIVE_ROLES } from './roles';

const NATIVE_INTERACTIVE = new Set(['BUTTON', 'SELECT', 'TEXTAREA', 'SUMMARY']);

/** True for elements a person acts on, judged from tag, role and attributes (no styles). */
export function isInteractiveElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (NATIVE_INTERACTIVE.has(tag)) return true;
  if (tag === 'A') return el.hasAttribute('href');
  if (tag === 'INPUT') return (el as HTMLInputElement).type !== 'hidden';
  const role = roleOf(el);
  if (INTERACTIVE_ROLES.has(role)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable === '' || editable === 'true' || editable === 'plaintext-only') return true;
  if (el.hasAttribute('onclick')) return true;
  const tabindex = el.getAttribute('tabindex');
  return tabindex !== null && Number(tabindex) >= 0 && role === '' && tag !== 'BODY' && tag !== 'HTML';
}

/**
 * A generic element that looks clickable: the outermost element with `cursor: pointer` (the style
 * is inherited, so only the element where it starts counts). Pages built with click handlers on
 * divs announce them this way. Labels are left out: they act for their control.
 */
export function isPointerTarget(el: Element, parentHasPointer: boolean): boolean {
  if (parentHasPointer || el.tagName === 'LABEL') return false;
  const view = el.ownerDocument.defaultView;
  return view?.getComputedStyle(el).cursor === 'pointer';
}

/** Checkbox, radio and file inputs are often hidden behind a styled label that acts for them. */
function labelStandsIn(el: Element): boolean {
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return type === 'checkbox' || type === 'radio' || type === 'file';
}

/**
 * The element a person would actually act on for `el`: itself when visible, else a visible label
 * of a hidden checkbox/radio/file input. Null when there is none.
 */
export function actionTarget(el: Element, vis: Visibility): Element | null {
  if (vis.isVisible(el)) return el;
  if (!labelStandsIn(el)) return null;
  const labels = Array.from((el as HTMLInputElement).labels ?? []);
  return labels.find((l) => vis.isVisible(l)) ?? null;
}

/** True when the element or its stand-in label can be seen. */
export function isPerceivable(el: Element, vis: Visibility): boolean {
  return actionTarget(el, vis) !== null;
}
