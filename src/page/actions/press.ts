import { PressStep } from '../../core/plan';
import type { z } from 'zod';
import { isEditable } from '../dom/state';
import { queryAllDeep, frameDocument } from '../dom/composed';
import { createVisibility } from '../dom/visibility';
import { prepareTarget } from './actionability';
import { clickElement } from './pointer';
import { fireKey, fireInput, fireChange, parseKey, isPrintable, type KeyCombo } from './keyboard';
import { setNativeValue } from './set-value';
import type { ActionContext, ActionExecutor } from './context';
import type { LayoutMode } from '../dom/layout';

/** Params: the press step. */
export const schema = PressStep;
type Step = z.infer<typeof PressStep>;

const SUBMITTERS = 'button:not([type]),button[type="submit"],input[type="submit"],input[type="image"]';
const BLOCKS_IMPLICIT = /^(text|search|email|url|tel|password|date|datetime-local|month|week|time|number)$/;

/** Enter in a form field: click the default button, or submit when the form has a single field. */
function implicitSubmit(field: HTMLInputElement): void {
  const form = field.form;
  if (!form) return;
  const submitter = Array.from(form.elements).find((e) => e.matches(SUBMITTERS)) as HTMLButtonElement | undefined;
  if (submitter) {
    if (!submitter.disabled) submitter.click();
    return;
  }
  const blocking = Array.from(form.elements).filter((e) => e.tagName === 'INPUT' && BLOCKS_IMPLICIT.test((e as HTMLInputElement).type));
  if (blocking.length <= 1) form.requestSubmit();
}

function insertChar(target: Element, char: string): void {
  if (!fireInput(target, 'beforeinput', 'insertText', char)) return;
  if (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') {
    const field = target as HTMLInputElement;
    setNativeValue(field, field.value + char);
  } else target.append(target.ownerDocument.createTextNode(char));
  fireInput(target, 'input', 'insertText', char);
}

function moveFocus(from: Element, backwards: boolean): void {
  const doc = from.ownerDocument;
  const vis = createVisibility('none');
  const focusables = queryAllDeep(doc, 'a[href],button,input,select,textarea,[tabindex],[contenteditable="true"]')
    .filter((e) => (e as HTMLElement).tabIndex >= 0 && !(e as HTMLButtonElement).disabled && vis.isVisible(e));
  const i = focusables.indexOf(from);
  const next = focusables[(i + (backwards ? -1 : 1) + focusables.length) % focusables.length];
  (next as HTMLElement | undefined)?.focus?.();
}

/** Default action of a key nobody prevented, as the browser would do it. */
function defaultAction(target: Element, combo: KeyCombo, layout: LayoutMode): void {
  const tag = target.tagName;
  if (combo.key === 'Enter' && !combo.modifiers.ctrlKey) {
    if (tag === 'INPUT' && isEditable(target)) implicitSubmit(target as HTMLInputElement);
    else if (tag === 'TEXTAREA' || (target as HTMLElement).isContentEditable) insertChar(target, '\n');
    else if (target.matches('a[href],button,summary,[role="button"],[role="link"],input[type="submit"],input[type="button"]')) clickElement(target, layout);
  } else if (combo.key === 'Tab') moveFocus(target, combo.modifiers.shiftKey);
  else if (isPrintable(combo) && isEditable(target)) insertChar(target, combo.key);
}

/** Options of `pressKeyOn`. */
export interface PressOptions {
  /** The key ends an edit of `target` (text was just typed): Enter fires its change event. */
  commitEdit?: boolean;
}

/**
 * Presses a key on `target`: keydown, keypress (characters and Enter), the default action unless a
 * handler prevented it (Enter submits forms like a real key: the default button's click, or
 * requestSubmit), keyup. Space on buttons and checkboxes clicks them on keyup. With `commitEdit`,
 * Enter fires change after keypress and before submitting, as Chromium does (after keyup when a
 * handler cancelled the key), so a page that redraws on change still gets the key on its field.
 */
export function pressKeyOn(target: Element, key: string, layout: LayoutMode, opts: PressOptions = {}): void {
  const combo = parseKey(key);
  const commit = opts.commitEdit && combo.key === 'Enter';
  const down = fireKey(target, 'keydown', combo);
  let allowed = down;
  if (down && (isPrintable(combo) || combo.key === 'Enter')) allowed = fireKey(target, 'keypress', combo);
  if (commit && allowed) fireChange(target);
  const spaceClicks = combo.key === ' ' && target.matches('button,input[type="checkbox"],input[type="radio"],[role="button"],[role="checkbox"]');
  if (allowed && !spaceClicks) defaultAction(target, combo, layout);
  const up = fireKey(target, 'keyup', combo);
  if (commit && !allowed) fireChange(target);
  if (allowed && spaceClicks && up) clickElement(target, layout);
}

/** Executes a press step on its target, or on the focused element when there is none. */
export const press: ActionExecutor<Step> = async (step, ctx: ActionContext) => {
  if (step.target) {
    const prepared = await prepareTarget(ctx, step.target, {});
    const el = prepared.located.element as HTMLElement;
    if (el.ownerDocument.activeElement !== el) el.focus?.({ preventScroll: true });
    pressKeyOn(el, step.key, ctx.layout);
    return { target: prepared.located };
  }
  const active = ctx.doc.activeElement ?? ctx.doc.body;
  pressKeyOn(deepActive(active), step.key, ctx.layout);
  return {};
};

/** The focused element, looking into shadow roots and same-origin frames. */
function deepActive(el: Element): Element {
  let cur = el;
  for (;;) {
    const inner = cur.shadowRoot?.activeElement ?? frameDocument(cur)?.activeElement;
    if (!inner || inner === cur) return cur;
    cur = inner;
  }
}
