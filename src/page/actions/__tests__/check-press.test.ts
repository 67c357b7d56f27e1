// @vitest-environment happy-dom
import { ElementNotInteractable } from '../../../core/errors';
import { check, isChecked } from '../check';
import { press } from '../press';
import { parseKey } from '../keyboard';
import { loadFixture, setDocument } from '../../__tests__/fixture';
import { actionContext, target, base, recordEvents } from './helpers';

const checkStep = (checked: boolean, ...strategies: Parameters<typeof target>) =>
  ({ ...base, kind: 'check' as const, target: target(...strategies), checked });

describe('check', () => {
  beforeEach(() => loadFixture('forms.html'));
  const input = (sel: string) => document.querySelector(sel) as HTMLInputElement;

  it('ticks and unticks a checkbox by its label, firing change', async () => {
    const events = recordEvents(input('[name="terms"]'), ['click', 'change']);
    expect((await check(checkStep(true, { label: 'I accept the terms' }), actionContext())).output).toEqual({ checked: true, changed: true });
    expect(input('[name="terms"]').checked).toBe(true);
    expect(events).toEqual(['click', 'change']);
    await check(checkStep(false, { label: 'I accept the terms' }), actionContext());
    expect(input('[name="terms"]').checked).toBe(false);
  });

  it('does nothing when the box is already as wanted', async () => {
    const r = await check(checkStep(true, { role: 'radio', name: 'Standard' }), actionContext());
    expect(r.output).toEqual({ checked: true, changed: false });
  });

  it('clicks the visible label of a visually hidden checkbox', async () => {
    await check(checkStep(true, { role: 'checkbox', name: 'Send me news' }), actionContext());
    expect(input('#news').checked).toBe(true);
  });

  it('toggles a custom role=checkbox through the page\'s own handler', async () => {
    await check(checkStep(true, { role: 'checkbox', name: 'Gift wrap' }), actionContext());
    expect(isChecked(document.getElementById('gift')!)).toBe(true);
  });

  it('chooses a radio button, and refuses to clear one', async () => {
    await check(checkStep(true, { label: 'Express' }), actionContext());
    expect(input('[value="express"]').checked).toBe(true);
    const err = await check(checkStep(false, { label: 'Express' }), actionContext()).catch((e) => e);
    expect(err).toBeInstanceOf(ElementNotInteractable);
    expect(err.details.reason).toBe('radio-uncheck');
  });

  it('reports a box that does not change when clicked', async () => {
    input('[name="terms"]').addEventListener('click', (e) => e.preventDefault());
    const err = await check(checkStep(true, { label: 'I accept the terms' }), actionContext()).catch((e) => e);
    expect(err).toBeInstanceOf(ElementNotInteractable);
    expect(err.details.reason).toBe('unchanged');
  });
});

describe('press', () => {
  const pressStep = (key: string, ...strategies: Parameters<typeof target>) =>
    ({ ...base, kind: 'press' as const, key, ...(strategies.length ? { target: target(...strategies) } : {}) });

  it('parses key names and combinations', () => {
    expect(parseKey('Control+Shift+a')).toEqual({ key: 'a', code: 'KeyA', modifiers: { ctrlKey: true, shiftKey: true, altKey: false, metaKey: false } });
    expect(parseKey('return').key).toBe('Enter');
    expect(parseKey('Control++').key).toBe('+');
    expect(parseKey('space').code).toBe('Space');
  });

  it('submits a form through its default button on Enter', async () => {
    await loadFixture('forms.html');
    (document.getElementById('email') as HTMLInputElement).value = 'k@x.io';
    const clicks = recordEvents(document.querySelector('button[type="submit"]')!, ['click']);
    await press(pressStep('Enter', { label: 'Email address' }), actionContext());
    expect(clicks).toEqual(['click']);
    expect(document.getElementById('log')!.textContent).toBe('Submitted k@x.io');
  });

  it('submits a one-field form without a button, unless a handler prevented Enter', async () => {
    setDocument('<form id="f"><input id="q" aria-label="Search"></form>');
    let submits = 0;
    document.getElementById('f')!.addEventListener('submit', (e) => {
      e.preventDefault();
      submits++;
    });
    await press(pressStep('Enter', { label: 'Search' }), actionContext());
    expect(submits).toBe(1);
    document.getElementById('q')!.addEventListener('keydown', (e) => e.preventDefault());
    await press(pressStep('Enter', { label: 'Search' }), actionContext());
    expect(submits).toBe(1);
  });

  it('types a character into the focused field when there is no target', async () => {
    setDocument('<input id="q" aria-label="Search" value="ab">');
    (document.getElementById('q') as HTMLInputElement).focus();
    const events = recordEvents(document.getElementById('q')!, ['keydown', 'keypress', 'input', 'keyup']);
    await press(pressStep('c'), actionContext());
    expect((document.getElementById('q') as HTMLInputElement).value).toBe('abc');
    expect(events).toEqual(['keydown', 'keypress', 'input', 'keyup']);
  });

  it('moves focus with Tab and Shift+Tab', async () => {
    setDocument('<input id="a" aria-label="A"><input id="b" aria-label="B"><button id="c">C</button>');
    await press(pressStep('Tab', { label: 'A' }), actionContext());
    expect(document.activeElement?.id).toBe('b');
    await press(pressStep('Shift+Tab'), actionContext());
    expect(document.activeElement?.id).toBe('a');
  });

  it('activates links with Enter and toggles checkboxes with Space', async () => {
    setDocument('<a id="l" href="#top">Top</a><label><input type="checkbox" id="c"> Opt</label><textarea id="t" aria-label="Notes"></textarea>');
    const clicks = recordEvents(document.getElementById('l')!, ['click']);
    await press(pressStep('Enter', { role: 'link', name: 'Top' }), actionContext());
    expect(clicks).toEqual(['click']);
    await press(pressStep('Space', { role: 'checkbox', name: 'Opt' }), actionContext());
    expect((document.getElementById('c') as HTMLInputElement).checked).toBe(true);
    await press(pressStep('Enter', { label: 'Notes' }), actionContext());
    expect((document.getElementById('t') as HTMLTextAreaElement).value).toBe('\n');
  });
});
