import { formatElementLine, parseElementLine, shorten } from '../snapshot-line';
import type { SnapshotElement } from '../ports';

const el = (extra: Partial<SnapshotElement>): SnapshotElement => ({ ref: 'e1', role: 'button', name: 'Add to cart', tag: 'button', ...extra });

describe('snapshot element lines', () => {
  it('writes ref, role, bare name, value, state and card text', () => {
    expect(formatElementLine(el({ context: 'Aeron Chair $1,249' }))).toBe('e1 button Add to cart (Aeron Chair $1,249)');
    expect(formatElementLine(el({ role: 'textbox', name: 'Email', value: 'a@b.co', state: ['required', 'invalid'] }))).toBe('e1 textbox Email ="a@b.co" [required,invalid]');
    expect(formatElementLine(el({ name: 'Cart (2)' }))).toBe('e1 button "Cart (2)"');
    expect(formatElementLine(el({ role: 'textbox', name: 'Password', value: 'hunter2' }), { hideValue: true })).toBe('e1 textbox Password =[hidden]');
    expect(formatElementLine(el({ role: 'textbox', name: 'Password', value: '' }), { hideValue: true })).toBe('e1 textbox Password =""');
  });

  it('shortens long names and card text at a word boundary', () => {
    expect(shorten('A very long label that goes on and on', 32)).toBe('A very long label that goes on…');
    expect(formatElementLine(el({ context: 'x '.repeat(100) }), { maxContextChars: 10 })).toBe('e1 button Add to cart (x x x x…)');
  });

  it('reads every line it writes back into the same element', () => {
    const cases: SnapshotElement[] = [
      el({ context: 'Aeron Chair $1,249' }),
      el({ role: 'textbox', name: 'Email', value: 'a@b.co', state: ['required'] }),
      el({ role: 'link', name: 'Cart (2)', state: ['current'], context: 'header' }),
      el({ role: 'textbox', name: '', value: '' }),
      el({ role: 'checkbox', name: 'a = b', state: ['checked'] }),
    ];
    for (const c of cases) expect(parseElementLine(formatElementLine(c)), formatElementLine(c)).toEqual({ ...c, tag: '' });
    expect(parseElementLine('e3 textbox Password =[hidden]')).toEqual({ ref: 'e3', role: 'textbox', name: 'Password', tag: '' });
    expect(parseElementLine('Title: Shop')).toBeUndefined();
  });
});
