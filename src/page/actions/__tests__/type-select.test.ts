// @vitest-environment happy-dom
import { ElementNotInteractable, ElementNotFound } from '../../../core/errors';
import { type } from '../type';
import { select, findOption } from '../select';
import { loadFixture, setDocument } from '../../__tests__/fixture';
import { actionContext, target, base, recordEvents } from './helpers';

const typeStep = (value: string, strategies: Parameters<typeof target>, more: { clear?: boolean; pressEnter?: boolean } = {}) =>
  ({ ...base, kind: 'type' as const, target: target(...strategies), value, clear: more.clear ?? true, pressEnter: more.pressEnter ?? false });

describe('type', () => {
  beforeEach(() => loadFixture('forms.html'));
  const field = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;

  it('types into a labelled field with key, input and change events', async () => {
    const events = recordEvents(field('email'), ['keydown', 'beforeinput', 'input', 'keyup', 'change']);
    await type(typeStep('a@b.co', [{ label: 'Email address' }]), actionContext());
    expect(field('email').value).toBe('a@b.co');
    expect(events.slice(0, 5)).toEqual(['keydown', 'beforeinput', 'input', 'keyup', 'keydown']);
    expect(events.at(-1)).toBe('change');
    expect(events.filter((e) => e === 'input')).toHaveLength(6);
  });

  it('goes around a framework\'s value wrapper so the framework sees the edit', async () => {
    const input = field('coupon');
    const native = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!;
    let trackedByFramework = 'untouched';
    // React and friends wrap the instance's value setter to remember the last value they set.
    Object.defineProperty(input, 'value', {
      configurable: true,
      get() { return native.get!.call(this); },
      set(v) { trackedByFramework = v; native.set!.call(this, v); },
    });
    await type(typeStep('SAVE10', [{ placeholder: 'Coupon code' }]), actionContext());
    expect(input.value).toBe('SAVE10');
    expect(trackedByFramework).toBe('untouched');
  });

  it('typing into a drop-down chooses the matching option', async () => {
    document.body.insertAdjacentHTML('beforeend', '<label for="topic">Topic</label><select id="topic" name="topic"><option value="">Choose</option><option value="sales">Sales</option><option value="support">Support</option></select>');
    const result = await type(typeStep('Support', [{ label: 'Topic' }]), actionContext());
    expect((document.getElementById('topic') as HTMLSelectElement).value).toBe('support');
    expect(result.output).toEqual({ value: 'support', text: 'Support' });
  });

  it('a search button found instead of its box types into the one text box beside it', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div class="search"><input id="look" type="text" placeholder="What are you looking for?"><button aria-label="Find it">🔍</button></div>');
    await type(typeStep('keyboard', [{ label: 'Find it' }]), actionContext());
    expect((document.getElementById('look') as HTMLInputElement).value).toBe('keyboard');
  });

  it('chooses a drop-down option by its words whatever the punctuation', async () => {
    document.body.insertAdjacentHTML('beforeend', '<label for="sorting">Sorting</label><select id="sorting"><option value="">Featured</option><option value="asc">Price: Low to High</option><option value="desc">Price: High to Low</option></select>');
    await type(typeStep('price low to high', [{ label: 'Sorting' }]), actionContext());
    expect((document.getElementById('sorting') as HTMLSelectElement).value).toBe('asc');
  });

  it('typing yes or no into a check box ticks or clears it; other text is refused', async () => {
    document.body.insertAdjacentHTML('beforeend', '<label><input type="checkbox" name="terms-box"> Send me the weekly digest</label>');
    const box = field('terms-box');
    await type(typeStep('yes', [{ label: 'Send me the weekly digest' }]), actionContext());
    expect(box.checked).toBe(true);
    await type(typeStep('no', [{ label: 'Send me the weekly digest' }]), actionContext());
    expect(box.checked).toBe(false);
    await expect(type(typeStep('the terms', [{ label: 'Send me the weekly digest' }]), actionContext())).rejects.toBeInstanceOf(ElementNotInteractable);
  });

  it('clears by default and appends with clear: false', async () => {
    field('fullname').value = 'Old';
    await type(typeStep('Ada', [{ label: 'Full name' }]), actionContext());
    expect(field('fullname').value).toBe('Ada');
    await type(typeStep(' Lovelace', [{ label: 'Full name' }], { clear: false }), actionContext());
    expect(field('fullname').value).toBe('Ada Lovelace');
  });

  it('submits the form with pressEnter, like a real Enter key', async () => {
    await type(typeStep('me@x.org', [{ label: 'Email address' }], { pressEnter: true }), actionContext());
    expect(document.getElementById('log')!.textContent).toBe('Submitted me@x.org');
  });

  it('with pressEnter, Enter reaches the field before its change event, then the form is submitted', async () => {
    const email = field('email');
    const order: string[] = [];
    email.addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Enter') order.push('enter'); });
    email.addEventListener('change', () => order.push('change'));
    email.form!.addEventListener('submit', () => order.push('submit'));
    await type(typeStep('me@x.org', [{ label: 'Email address' }], { pressEnter: true }), actionContext());
    expect(order).toEqual(['enter', 'change', 'submit']);
  });

  it('with pressEnter, a page that redraws its field on change still sees the Enter key', async () => {
    setDocument('<div id="app"></div><p id="saved"></p>');
    const app = document.getElementById('app')!;
    const draw = (value: string) => { app.innerHTML = `<label for="note">Note</label><input id="note" value="${value}">`; };
    draw('');
    app.addEventListener('change', (e) => draw((e.target as HTMLInputElement).value));
    app.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') document.getElementById('saved')!.textContent = `Saved ${(e.target as HTMLInputElement).value}`;
    });
    await type(typeStep('at the door', [{ label: 'Note' }], { pressEnter: true }), actionContext());
    expect(document.getElementById('saved')!.textContent).toBe('Saved at the door');
    expect((document.getElementById('note') as HTMLInputElement).value).toBe('at the door');
  });

  it('with pressEnter, a key handler that cancels Enter still leaves the edit committed (change after keyup)', async () => {
    const email = field('email');
    const order: string[] = [];
    email.addEventListener('keydown', (e) => { if ((e as KeyboardEvent).key === 'Enter') e.preventDefault(); });
    email.addEventListener('keyup', (e) => { if ((e as KeyboardEvent).key === 'Enter') order.push('keyup'); });
    email.addEventListener('change', () => order.push('change'));
    email.form!.addEventListener('submit', () => order.push('submit'));
    await type(typeStep('me@x.org', [{ label: 'Email address' }], { pressEnter: true }), actionContext());
    expect(order).toEqual(['keyup', 'change']);
  });

  it('respects maxlength and a handler that blocks keys', async () => {
    field('zip').maxLength = 3;
    await type(typeStep('12345', [{ label: 'Postal code' }]), actionContext());
    expect(field('zip').value).toBe('123');
    field('nick').addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'x' && e.preventDefault());
    await type(typeStep('axb', [{ role: 'textbox', name: 'Nickname' }]), actionContext());
    expect(field('nick').value).toBe('ab');
  });

  it('types into a contenteditable element and a textarea', async () => {
    await type(typeStep('Ring twice', [{ label: 'Message' }]), actionContext());
    expect(document.getElementById('message')!.textContent).toBe('Ring twice');
    await type(typeStep('Leave at door', [{ label: 'Delivery notes' }]), actionContext());
    expect((document.getElementById('notes') as HTMLTextAreaElement).value).toBe('Leave at door');
  });

  it('refuses elements that take no text', async () => {
    const err = await type(typeStep('x', [{ role: 'button', name: 'Place order' }]), actionContext()).catch((e) => e);
    expect(err).toBeInstanceOf(ElementNotInteractable);
    expect(err.details.reason).toBe('not-editable');
  });

  it('sets whole values on date-like inputs', async () => {
    setDocument('<label>When <input type="date" id="d"></label>');
    await type(typeStep('2024-03-05', [{ label: 'When' }]), actionContext());
    expect((document.getElementById('d') as HTMLInputElement).value).toBe('2024-03-05');
  });
});

describe('select', () => {
  beforeEach(() => loadFixture('forms.html'));
  const country = () => document.getElementById('country') as HTMLSelectElement;
  const step = (value: string) => ({ ...base, kind: 'select' as const, target: target({ label: 'Country' }), value });

  it('chooses by value, by visible text (any case) and by a unique partial text', async () => {
    const events = recordEvents(country(), ['input', 'change']);
    expect((await select(step('de'), actionContext())).output).toEqual({ value: 'de', text: 'Germany' });
    expect(events).toEqual(['input', 'change']);
    await select(step('FRANCE'), actionContext());
    expect(country().value).toBe('fr');
    await select(step('United'), actionContext());
    expect(country().value).toBe('us');
  });

  it('names the options when the wanted one is missing', async () => {
    const err = await select(step('Spain'), actionContext()).catch((e) => e);
    expect(err).toBeInstanceOf(ElementNotFound);
    expect(err.details.options).toEqual(['Choose…', 'United States', 'Germany', 'France']);
  });

  it('finds options with the same rules outside an action', () => {
    expect(findOption(country(), 'GERMANY')?.value).toBe('de');
    expect(findOption(country(), 'a')).toBeUndefined();
  });

  it('opens a custom dropdown and clicks the option', async () => {
    setDocument(`<div role="combobox" id="cb" aria-label="Size" aria-expanded="false">M</div>
      <ul role="listbox" id="lb" hidden><li role="option">Small</li><li role="option">Large</li></ul>`);
    const cb = document.getElementById('cb')!;
    cb.addEventListener('click', () => document.getElementById('lb')!.removeAttribute('hidden'));
    document.getElementById('lb')!.addEventListener('click', (e) => (cb.textContent = (e.target as Element).textContent));
    const r = await select({ ...base, kind: 'select', target: target({ role: 'combobox', name: 'Size' }), value: 'large' }, actionContext());
    expect(r.output).toEqual({ value: 'large', text: 'Large' });
    expect(cb.textContent).toBe('Large');
  });
});
