import { SelectStep, type Locator } from '../../core/plan';
import type { z } from 'zod';
import { ElementNotFound } from '../../core/errors';
import { normalizeText } from '../dom/text';
import { matchText } from '../locate/text-match';
import { prepareTarget } from './actionability';
import { clickElement } from './pointer';
import { fireChange, fireInput } from './keyboard';
import type { ActionContext, ActionExecutor } from './context';

/** Params: the select step. */
export const schema = SelectStep;
type Step = z.infer<typeof SelectStep>;

const wordsOf = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The option matching `wanted`: by value, by exact text, by a unique partial text (case-insensitive), then by all its words. */
export function findOption(select: HTMLSelectElement, wanted: string): HTMLOptionElement | undefined {
  const options = Array.from(select.options).filter((o) => !o.disabled);
  const byValue = options.find((o) => o.value === wanted) ?? options.find((o) => o.value.toLowerCase() === wanted.toLowerCase());
  if (byValue) return byValue;
  const exact = options.find((o) => matchText(o.text, wanted) === 'exact');
  if (exact) return exact;
  const partial = options.filter((o) => matchText(o.text, wanted) === 'substring');
  if (partial.length === 1) return partial[0];
  // "price low to high" is the option "Price: Low to High": every word of the wish, in order, any punctuation.
  const words = wordsOf(wanted);
  const inOrder = (have: string[]) => { let i = 0; for (const w of have) if (w === words[i]) i++; return i === words.length; };
  const byWords = words.length ? options.filter((o) => inOrder(wordsOf(o.text))) : [];
  return byWords.length === 1 ? byWords[0] : undefined;
}

/** Chooses an option of a native select by value or visible text and fires input/change. */
export function selectNative(select: HTMLSelectElement, wanted: string): { value: string; text: string } {
  const option = findOption(select, wanted);
  if (!option) {
    const options = Array.from(select.options).slice(0, 30).map((o) => normalizeText(o.text));
    throw new ElementNotFound(`No option "${wanted}" in the list`, { reason: 'no-option', options, tried: [] });
  }
  select.focus?.({ preventScroll: true });
  if (select.selectedIndex !== option.index) {
    select.selectedIndex = option.index;
    fireInput(select, 'input', 'insertReplacementText', null);
    fireChange(select);
  }
  return { value: option.value, text: normalizeText(option.text) };
}

/** Custom dropdown (role=combobox/listbox/button): open it, then click the option by its name. */
async function selectCustom(ctx: ActionContext, opener: Element, wanted: string, description: string) {
  if (opener.getAttribute('role') !== 'listbox') clickElement(opener, ctx.layout);
  const option: Locator = {
    description: `option "${wanted}" of ${description}`,
    strategies: [{ role: 'option', name: wanted }, { role: 'menuitem', name: wanted }, { text: wanted }],
  };
  const prepared = await prepareTarget(ctx, option, { enabled: true, hitTest: true });
  clickElement(prepared.element, ctx.layout);
  return { value: wanted, text: normalizeText(prepared.located.element.textContent) };
}

/**
 * Chooses an option by value or visible text: natively for <select> (input + change fired), or by
 * opening a custom dropdown and clicking the option. Output: the chosen `{ value, text }`.
 */
export const select: ActionExecutor<Step> = async (step, ctx) => {
  const prepared = await prepareTarget(ctx, step.target, { enabled: true });
  const el = prepared.located.element;
  const native = el.tagName === 'SELECT' ? el : (el as HTMLLabelElement).control ?? el.querySelector('select');
  const output = native?.tagName === 'SELECT'
    ? selectNative(native as HTMLSelectElement, step.value)
    : await selectCustom(ctx, prepared.element, step.value, step.target.description);
  return { output, target: prepared.located };
};
