import { TypeStep } from '../../core/plan';
import type { z } from 'zod';
import { ElementNotInteractable } from '../../core/errors';
import { isEditable } from '../dom/state';
import { prepareTarget } from './actionability';
import { fireKey, fireInput, fireChange, parseKey } from './keyboard';
import { setNativeValue } from './set-value';
import { pressKeyOn } from './press';
import type { ActionExecutor } from './context';
import { selectNative } from './select';
import { check, checkableControl } from './check';

/** Params: the type step. */
export const schema = TypeStep;
type Step = z.infer<typeof TypeStep>;
type Field = HTMLInputElement | HTMLTextAreaElement;

const YES = /^(?:yes|y|true|on|checked|check|tick|ticked|1|x|agree|accept|ok)$/i;
const NO = /^(?:no|n|false|off|unchecked|uncheck|untick|0|none)$/i;
const PER_KEY_TYPES = /^(|text|search|email|tel|url|password)$/;

/** A label or wrapper stands for the one editable control inside or behind it. */
function editableFor(el: Element): Element | null {
  if (isEditable(el)) return el;
  const control = (el as HTMLLabelElement).control;
  if (control && isEditable(control)) return control;
  const inside = Array.from(el.querySelectorAll('input,textarea,[contenteditable]')).filter(isEditable);
  if (inside.length === 1) return inside[0];
  // A search widget's button found instead of its box: the one text box next to it.
  if (/^(BUTTON|A)$/.test(el.tagName) || el.getAttribute('role') === 'button' || (el as HTMLInputElement).type === 'submit') {
    for (let up = el.parentElement, level = 0; up && level < 2; up = up.parentElement, level++) {
      const near = Array.from(up.querySelectorAll('input,textarea')).filter((f) => isEditable(f) && /^(|text|search)$/.test((f.getAttribute('type') ?? '').toLowerCase()));
      if (near.length === 1) return near[0];
      if (near.length > 1) break;
    }
  }
  return null;
}

/** Types the value; fires change at the end unless `commit` is false (an Enter key will). */
function typeIntoField(field: Field, value: string, clear: boolean, commit: boolean): void {
  if (clear && field.value) {
    field.select?.();
    setNativeValue(field, '');
    fireInput(field, 'input', 'deleteContentBackward', null);
  }
  const perKey = field.tagName === 'TEXTAREA' || PER_KEY_TYPES.test((field.getAttribute('type') ?? '').toLowerCase());
  if (!perKey) {
    setNativeValue(field, clear ? value : field.value + value);
    fireInput(field, 'input', 'insertText', value);
  } else {
    const max = field.maxLength > 0 ? field.maxLength : Infinity;
    for (const char of value) {
      const combo = parseKey(char);
      const down = fireKey(field, 'keydown', combo);
      if (down && fireKey(field, 'keypress', combo) && field.value.length < max
        && fireInput(field, 'beforeinput', 'insertText', char)) {
        setNativeValue(field, field.value + char);
        fireInput(field, 'input', 'insertText', char);
      }
      fireKey(field, 'keyup', combo);
    }
  }
  if (commit) fireChange(field);
}

function typeIntoEditable(el: HTMLElement, value: string, clear: boolean): void {
  const doc = el.ownerDocument;
  const selection = doc.getSelection?.();
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(el);
    if (!clear) range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const inserted = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, value);
  if (!inserted) {
    if (clear) el.textContent = '';
    el.append(doc.createTextNode(value));
    fireInput(el, 'input', 'insertText', value);
  }
}

/**
 * Types into the target: clears it first unless `clear: false`, sends key events per character
 * and sets the value through the native setter so framework-controlled inputs see it, fires
 * change, and presses Enter when asked (which submits a form like a real key would).
 */
export const type: ActionExecutor<Step> = async (step, ctx) => {
  const prepared = await prepareTarget(ctx, step.target, { enabled: true, hitTest: true });
  // "Type Support into Topic" on a drop-down means choosing that option, as a person would.
  const el = prepared.located.element;
  const dropDown = el.tagName === 'SELECT' ? el : (el as HTMLLabelElement).control?.tagName === 'SELECT' ? (el as HTMLLabelElement).control : null;
  if (dropDown) return { output: selectNative(dropDown as HTMLSelectElement, step.value), target: prepared.located };
  // "Type yes into Accept the terms" on a check box means ticking it.
  const answer = step.value.trim();
  if (checkableControl(el) && (YES.test(answer) || NO.test(answer))) {
    return check({ id: step.id, kind: 'check', description: step.description, target: step.target, confidence: step.confidence, risk: step.risk, checked: YES.test(answer) }, ctx);
  }
  const field = editableFor(el);
  if (!field) throw new ElementNotInteractable(`${step.target.description} does not take text`, { reason: 'not-editable' });
  (field as HTMLElement).focus?.({ preventScroll: true });
  // Enter in a text input commits the edit itself (keydown, keypress, change, submit), like a real key.
  const enterCommits = step.pressEnter && field.tagName === 'INPUT';
  if (field.tagName === 'INPUT' || field.tagName === 'TEXTAREA') typeIntoField(field as Field, step.value, step.clear, !enterCommits);
  else typeIntoEditable(field as HTMLElement, step.value, step.clear);
  if (step.pressEnter) pressKeyOn(field, 'Enter', ctx.layout, { commitEdit: enterCommits });
  return { target: prepared.located };
};
