import { CheckStep } from '../../core/plan';
import type { z } from 'zod';
import { ElementNotInteractable } from '../../core/errors';
import { createVisibility } from '../dom/visibility';
import { actionTarget } from '../dom/actionable';
import { describeElement } from '../dom/describe';
import { pollUntil } from '../timing';
import { prepareTarget } from './actionability';
import { clickElement } from './pointer';
import type { ActionExecutor } from './context';

/** Params: the check step. */
export const schema = CheckStep;
type Step = z.infer<typeof CheckStep>;

/** The checkable element behind a label, wrapper or the element itself. */
function checkable(el: Element): Element {
  if (el.tagName === 'INPUT') return el;
  if (/^(checkbox|radio|switch|menuitemcheckbox|menuitemradio|option)$/.test(el.getAttribute('role') ?? '')) return el;
  const control = (el as HTMLLabelElement).control;
  if (control) return control;
  return el.querySelector('input[type="checkbox"],input[type="radio"],[role="checkbox"],[role="switch"],[role="radio"]') ?? el;
}

/** The check box, radio or switch the element is or labels, if any. */
export function checkableControl(el: Element): Element | null {
  const box = checkable(el);
  if (box.tagName === 'INPUT') return /^(checkbox|radio)$/i.test((box as HTMLInputElement).type) ? box : null;
  return /^(checkbox|radio|switch|menuitemcheckbox|menuitemradio)$/.test(box.getAttribute('role') ?? '') ? box : null;
}

/** Checked state of a native or ARIA checkbox/radio/switch. */
export function isChecked(el: Element): boolean {
  if (el.tagName === 'INPUT') return (el as HTMLInputElement).checked;
  return el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-selected') === 'true' || el.getAttribute('aria-pressed') === 'true';
}

/**
 * Sets a checkbox, radio or switch to `checked` by clicking it (or its label) when it differs, so
 * the page's handlers run; verifies the new state. A radio cannot be unchecked directly.
 */
export const check: ActionExecutor<Step> = async (step, ctx) => {
  const prepared = await prepareTarget(ctx, step.target, { enabled: true, hitTest: true });
  const box = checkable(prepared.located.element);
  const what = describeElement(box);
  if (isChecked(box) === step.checked) return { output: { checked: step.checked, changed: false }, target: prepared.located };
  const isRadio = (box as HTMLInputElement).type === 'radio' || box.getAttribute('role') === 'radio';
  if (isRadio && !step.checked) {
    throw new ElementNotInteractable(`${what} is a radio button; choose another option to clear it`, { reason: 'radio-uncheck' });
  }
  const target = box === prepared.located.element ? prepared.element : actionTarget(box, createVisibility(ctx.layout)) ?? prepared.element;
  clickElement(target, ctx.layout);
  try {
    await pollUntil(() => (isChecked(box) === step.checked ? true : undefined), {
      timeoutMs: 500, signal: ctx.signal, operation: 'checking', intervalMs: 25,
    });
  } catch {
    throw new ElementNotInteractable(`Clicking ${what} did not change it`, { reason: 'unchanged', element: what });
  }
  return { output: { checked: step.checked, changed: true }, target: prepared.located };
};
