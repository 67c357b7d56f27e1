import { findParamRefs, FILTERS, MISSING, splitPair, substituteParams } from '../placeholders';
import { applyConditions, conditionHolds, fitStep } from '../fit';

describe('parameter placeholders', () => {
  it('finds every reference, with its filter', () => {
    expect(findParamRefs({ a: ['{{param.x}} and {{ param.y | url }}'], b: { c: '{{steps.s1.records}} {{secret.pw}}' }, d: 3 })).toEqual([
      { name: 'x' }, { name: 'y', filter: 'url' },
    ]);
  });

  it('keeps the type of a lone placeholder and writes text inside longer strings', () => {
    const params = { n: 5, list: ['a', 'b'], flag: false };
    expect(substituteParams({ max: '{{param.n}}', items: '{{param.list}}', text: 'up to {{param.n}}: {{param.list}} ({{param.flag}})' }, params)).toEqual({
      max: 5, items: ['a', 'b'], text: 'up to 5: a, b (false)',
    });
  });

  it('drops fields and list items whose optional parameter is missing, and blanks it inside text', () => {
    expect(substituteParams({ q: '{{param.q}}', keep: ['{{param.q}}', 'x'], text: 'find {{param.q}}!' }, {})).toEqual({ keep: ['x'], text: 'find !' });
    expect(substituteParams('{{param.q}}', {})).toBe(MISSING);
  });

  it('leaves engine variables alone', () => {
    expect(substituteParams('{{site}} {{steps.s1.output}} {{secret.email}}', { site: 'x' })).toBe('{{site}} {{steps.s1.output}} {{secret.email}}');
  });

  it('applies filters', () => {
    expect(substituteParams('{{param.lines|pairs}}', { lines: ['Email: a@b.c', 'Note = x: y', 'bare'] })).toEqual([
      { field: 'Email', value: 'a@b.c' }, { field: 'Note', value: 'x: y' }, { field: 'bare', value: '' },
    ]);
    expect(substituteParams('q={{param.q|url}}', { q: 'tea & cake' })).toBe('q=tea%20%26%20cake');
    expect(FILTERS.origin(['https://a.example/x', 'nonsense'])).toBe('https://a.example, nonsense');
    expect(FILTERS.text(['a', 'b'])).toBe('a, b');
    expect(substituteParams('{{param.x|fieldMap}}', { x: 'Price' })).toEqual({ Price: expect.objectContaining({ description: 'the "Price" value' }) });
    expect(substituteParams('{{param.x|unknown}}', { x: 'same' })).toBe('same');
    expect(splitPair('  Full name :  Ada  ')).toEqual({ field: 'Full name', value: 'Ada' });
  });
});

describe('template step conditions and fitting', () => {
  it('evaluates conditions on set, equal and negated values', () => {
    expect(conditionHolds({ param: 'a' }, { a: [] })).toBe(false);
    expect(conditionHolds({ param: 'a' }, { a: 0 })).toBe(true);
    expect(conditionHolds({ param: 'a', equals: 'x' }, { a: 'x' })).toBe(true);
    expect(conditionHolds({ param: 'a', equals: 'x', not: true }, { a: 'x' })).toBe(false);
    expect(applyConditions([{ id: 'a', kind: 'x', when: { param: 'p' }, steps: [{ id: 'b', kind: 'y', when: { param: 'q' } }] }])).toEqual([
      { id: 'a', kind: 'x', steps: [{ id: 'b', kind: 'y' }] },
    ]);
  });

  it('converts text to numbers and booleans where the step schema wants them', () => {
    const { step } = fitStep({ id: 'c', kind: 'check', description: 'Tick', checked: 'false', target: { description: 'box', strategies: [{ label: 'Box' }] }, timeoutMs: '500' });
    expect(step).toMatchObject({ checked: false, timeoutMs: 500 });
  });

  it('reports what cannot be converted', () => {
    expect(fitStep({ id: 'c', kind: 'extract', description: 'x', what: 'list', limit: 'many' }).issues).toEqual([
      { path: 'limit', message: expect.stringMatching(/expected number/) },
    ]);
    expect(fitStep({ id: 'c', kind: 'wait', description: 'x', for: 'soon' }).issues).toEqual([{ path: 'for', message: expect.any(String) }]);
  });
});
