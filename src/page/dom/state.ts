import { normalizeText, truncateText } from './text';
import { roleOf } from './roles';

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'tel', 'url', 'password', 'number', 'date',
  'datetime-local', 'month', 'week', 'time', 'color']);

/** True for input/textarea that take typed text, and for contenteditable elements. */
export function isEditable(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly;
  if (tag === 'INPUT') {
    const input = el as HTMLInputElement;
    return TEXT_INPUT_TYPES.has((input.getAttribute('type') ?? '').toLowerCase()) && !input.readOnly;
  }
  return (el as HTMLElement).isContentEditable === true || el.getAttribute('contenteditable') === 'true';
}

/** False when the element is disabled natively (incl. a disabled fieldset) or by aria-disabled. */
export function isEnabled(el: Element): boolean {
  try {
    if (el.matches(':disabled')) return false;
  } catch {
    if ((el as HTMLButtonElement).disabled) return false;
  }
  return !el.closest('[aria-disabled="true"]');
}

function checkedState(el: Element): string | undefined {
  const aria = el.getAttribute('aria-checked');
  if (aria === 'mixed') return 'mixed';
  if (aria === 'true') return 'checked';
  const input = el as HTMLInputElement;
  if (el.tagName === 'INPUT' && (input.type === 'checkbox' || input.type === 'radio')) {
    if (input.indeterminate) return 'mixed';
    return input.checked ? 'checked' : undefined;
  }
  return undefined;
}

/** State flags for the snapshot: checked, disabled, expanded, required, invalid, selected… */
export function elementState(el: Element): string[] {
  const state: string[] = [];
  const checked = checkedState(el);
  if (checked) state.push(checked);
  if (!isEnabled(el)) state.push('disabled');
  const expanded = el.getAttribute('aria-expanded');
  if (expanded === 'true') state.push('expanded');
  else if (expanded === 'false') state.push('collapsed');
  if (el.getAttribute('aria-selected') === 'true' || (el.tagName === 'OPTION' && (el as HTMLOptionElement).selected)) state.push('selected');
  if (el.getAttribute('aria-pressed') === 'true') state.push('pressed');
  if (el.getAttribute('aria-current') && el.getAttribute('aria-current') !== 'false') state.push('current');
  if ((el as HTMLInputElement).required || el.getAttribute('aria-required') === 'true') state.push('required');
  if (el.getAttribute('aria-invalid') === 'true' || matchesSafe(el, ':user-invalid')) state.push('invalid');
  if ((el as HTMLInputElement).readOnly && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')) state.push('readonly');
  return state;
}

function matchesSafe(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

const SENSITIVE = /^(cc-number|cc-csc|cc-exp|current-password|new-password|one-time-code)$|password|passwd|secret|token|cvv|cvc|ssn|iban/i;

/** Fields whose value must not leave the page (snapshots reach AI providers): passwords, card data, codes. */
export function isSensitive(el: HTMLInputElement | HTMLTextAreaElement): boolean {
  if ((el.getAttribute('type') ?? '').toLowerCase() === 'password') return true;
  return [el.getAttribute('autocomplete'), el.getAttribute('name'), el.id].some((v) => !!v && SENSITIVE.test(v));
}

/**
 * Current value shown to the user: typed text (passwords, card numbers and codes masked), the
 * selected option's text, a slider's value. Undefined for elements without a value.
 */
export function elementValue(el: Element, max = 40): string | undefined {
  const tag = el.tagName.toUpperCase();
  if (tag === 'SELECT') {
    const s = el as HTMLSelectElement;
    const texts = Array.from(s.selectedOptions ?? []).map((o) => normalizeText(o.text));
    return texts.length ? truncateText(texts.join(', '), max) : undefined;
  }
  if (tag === 'TEXTAREA' || tag === 'INPUT') {
    const input = el as HTMLInputElement;
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    if (['checkbox', 'radio', 'submit', 'button', 'reset', 'image', 'file', 'hidden'].includes(type)) return undefined;
    if (!input.value) return undefined;
    return isSensitive(input) ? '••••' : truncateText(normalizeText(input.value), max);
  }
  const role = roleOf(el);
  if (role === 'slider' || role === 'spinbutton' || role === 'progressbar') {
    return el.getAttribute('aria-valuetext') ?? el.getAttribute('aria-valuenow') ?? undefined;
  }
  if (role === 'textbox' || role === 'combobox') {
    const text = normalizeText(el.textContent);
    return text ? truncateText(text, max) : undefined;
  }
  return undefined;
}
