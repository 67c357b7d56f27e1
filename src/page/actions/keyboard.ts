/** Keyboard events as a real keyboard sends them. */
import { realmOf } from '../dom/realm';

const MODIFIERS: Record<string, 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey'> = {
  control: 'ctrlKey', ctrl: 'ctrlKey', shift: 'shiftKey', alt: 'altKey', option: 'altKey', meta: 'metaKey',
  cmd: 'metaKey', command: 'metaKey',
};
const NAMED: Record<string, string> = {
  enter: 'Enter', return: 'Enter', tab: 'Tab', escape: 'Escape', esc: 'Escape', space: ' ', backspace: 'Backspace',
  delete: 'Delete', arrowdown: 'ArrowDown', arrowup: 'ArrowUp', arrowleft: 'ArrowLeft', arrowright: 'ArrowRight',
  down: 'ArrowDown', up: 'ArrowUp', left: 'ArrowLeft', right: 'ArrowRight', home: 'Home', end: 'End',
  pageup: 'PageUp', pagedown: 'PageDown',
};

/** A parsed key combination such as "Control+Shift+A". */
export interface KeyCombo {
  key: string;
  code: string;
  modifiers: { ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean };
}

function codeOf(key: string): string {
  if (/^[a-z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^\d$/.test(key)) return `Digit${key}`;
  if (key === ' ') return 'Space';
  return key.length === 1 ? '' : key;
}

/** Parses "Enter", "a", "Control+a", "Shift+Tab". */
export function parseKey(combo: string): KeyCombo {
  const parts = combo === '+' ? ['+'] : combo.split('+').filter((p, i, all) => p !== '' || i === all.length - 1);
  const modifiers = { ctrlKey: false, shiftKey: false, altKey: false, metaKey: false };
  let key = parts.pop() ?? '';
  for (const p of parts) {
    const m = MODIFIERS[p.toLowerCase()];
    if (m) modifiers[m] = true;
  }
  if (key === '') key = '+';
  key = NAMED[key.toLowerCase()] ?? key;
  return { key, code: codeOf(key), modifiers };
}

/** True for a key that types a character (and no Control/Meta held). */
export function isPrintable(combo: KeyCombo): boolean {
  return combo.key.length === 1 && !combo.modifiers.ctrlKey && !combo.modifiers.metaKey;
}

/** Dispatches one keyboard event; returns false when a handler prevented the default. */
export function fireKey(target: Element, type: 'keydown' | 'keypress' | 'keyup', combo: KeyCombo): boolean {
  const view = realmOf(target);
  const charCode = type === 'keypress' ? (combo.key === 'Enter' ? 13 : combo.key.charCodeAt(0)) : 0;
  const keyCode = combo.key === 'Enter' ? 13 : combo.key.length === 1 ? combo.key.toUpperCase().charCodeAt(0) : 0;
  const event = new view.KeyboardEvent(type, {
    key: combo.key, code: combo.code, bubbles: true, cancelable: true, composed: true, view, ...combo.modifiers,
    keyCode: type === 'keypress' ? charCode : keyCode, charCode, which: type === 'keypress' ? charCode : keyCode,
  } as KeyboardEventInit);
  return target.dispatchEvent(event);
}

/** Fires an InputEvent (beforeinput or input); returns false when beforeinput was cancelled. */
export function fireInput(target: Element, type: 'beforeinput' | 'input', inputType: string, data: string | null): boolean {
  const view = realmOf(target);
  const Ctor = view.InputEvent ?? view.Event;
  return target.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: type === 'beforeinput', composed: true, inputType, data } as InputEventInit));
}

/** Fires a plain `change` event. */
export function fireChange(target: Element): void {
  const view = realmOf(target);
  target.dispatchEvent(new view.Event('change', { bubbles: true }));
}
