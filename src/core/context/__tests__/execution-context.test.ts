import { ExecutionContext } from '../execution-context';
import { MissingValue, substitute, toText } from '../substitute';
import { findReferences, getPath, parseReference, wholeReference } from '../references';
import type { Step } from '../../plan';

function ctx() {
  const c = ExecutionContext.create({ params: { q: 'usb cable', sizes: ['S', 'M'], n: 3 }, page: { url: 'https://a.example/', tabId: 4 } });
  c.setOutput('s2', { records: [{ name: 'A', price: 5 }, { name: 'B', price: 4 }], url: 'https://a.example/list', title: 'List' });
  return c;
}

describe('references', () => {
  it('parses roots, dotted paths and [n] indexes', () => {
    expect(parseReference('steps.s3.records[0].name')).toEqual({ raw: '{{steps.s3.records[0].name}}', root: 'steps', path: ['s3', 'records', '0', 'name'] });
    expect(findReferences('a {{ param.q }} b {{item}}').map((r) => r.root)).toEqual(['param', 'item']);
    expect(wholeReference('  {{steps.s2.records}} ')?.path).toEqual(['s2', 'records']);
    expect(wholeReference('x {{steps.s2.records}}')).toBeUndefined();
    expect(getPath({ a: [{ b: 1 }] }, ['a', '0', 'b'])).toBe(1);
    expect(getPath({ a: 1 }, ['a', 'b'])).toBeUndefined();
    expect(getPath(null, ['a'])).toBeUndefined();
  });
});

describe('substitution', () => {
  it('keeps the type of a whole-string reference when typed, text otherwise', () => {
    const c = ctx();
    expect(c.resolve('{{steps.s2.records}}', { typed: true })).toHaveLength(2);
    expect(c.resolve('{{param.sizes}}', { typed: true })).toEqual(['S', 'M']);
    expect(c.resolve('{{param.n}}', { typed: true })).toBe(3);
    expect(c.resolve('{{param.sizes}}')).toBe('S, M');
    expect(c.resolve('q={{param.q}}&n={{param.n}}')).toBe('q=usb cable&n=3');
    expect(c.resolve('{{steps.s2.records[1].name}}')).toBe('B');
    expect(c.resolve('{{steps.s2.output.title}}')).toBe('List');
  });

  it('substitutes deeply and leaves secrets for the page', () => {
    const c = ctx();
    expect(c.resolve({ a: ['{{param.q}}', { b: '{{secret.password}} for {{param.q}}' }], n: 1 })).toEqual({ a: ['usb cable', { b: '{{secret.password}} for usb cable' }], n: 1 });
    expect(c.resolve('{{secret.email}}', { typed: true })).toBe('{{secret.email}}');
  });

  it('returns copies, so a step cannot change another step output', () => {
    const c = ctx();
    const records = c.resolve('{{steps.s2.records}}', { typed: true }) as Array<{ name: string }>;
    records[0].name = 'changed';
    expect(c.resolve('{{steps.s2.records[0].name}}')).toBe('A');
  });

  it('throws MissingValue for missing params, outputs and loop variables', () => {
    const c = ctx();
    expect(() => c.resolve('{{param.zz}}')).toThrow(MissingValue);
    expect(() => c.resolve('{{steps.s9.records}}')).toThrow(/step s9 has not produced anything yet/);
    expect(() => c.resolve('{{item.name}}')).toThrow(/not a loop variable/);
  });

  it('turns values into text sensibly', () => {
    expect(toText(undefined)).toBe('');
    expect(toText(true)).toBe('true');
    expect(toText({ text: 'hello' })).toBe('hello');
    expect(toText({ value: 'v' })).toBe('v');
    expect(toText({ a: 1 })).toBe('{"a":1}');
    expect(substitute(42, { param: () => 1, output: () => 1, variable: () => 1, hasVariable: () => true })).toBe(42);
  });

  it('resolves a step but leaves nested steps for later', () => {
    const c = ctx();
    const step = { id: 's3', kind: 'forEach', items: '{{param.sizes}}', as: 'size', description: 'Each {{param.q}}', confidence: 1, risk: 'low',
      steps: [{ id: 's4', kind: 'type', value: '{{size}}', description: 'T', confidence: 1, risk: 'low', clear: true, pressEnter: false, target: { description: 'x', strategies: [{ css: '#x' }] } }] } as Step;
    const r = c.resolveStep(step) as Extract<Step, { kind: 'forEach' }>;
    expect(r.items).toEqual(['S', 'M']);
    expect(r.description).toBe('Each usb cable');
    expect((r.steps[0] as { value: string }).value).toBe('{{size}}');
  });
});

describe('execution context scopes and branches', () => {
  it('binds loop variables in child scopes and shadows params', () => {
    const c = ctx();
    const iter = c.child({ vars: { item: { name: 'X' } }, params: { q: 'inner' } });
    expect(iter.resolve('{{item.name}} {{param.q}} {{param.n}}')).toBe('X inner 3');
    iter.setOutput('s5', { records: [] });
    expect(iter.output('s5')).toEqual({ records: [] });
    expect(c.output('s5')).toBeUndefined();
    expect(iter.output('s2')).toBeDefined();
    expect(iter.hasVariable('item')).toBe(true);
    expect(c.hasVariable('item')).toBe(false);
    iter.setPage({ url: 'https://b.example/' });
    expect(c.page.url).toBe('https://b.example/');
  });

  it('snapshots flatten the scopes; a context restored from one is independent', () => {
    const c = ctx();
    const iter = c.child({ vars: { item: 1 } });
    iter.setOutput('s5', { records: [{ a: 1 }] });
    const snap = iter.snapshot();
    expect(snap).toMatchObject({ params: { q: 'usb cable' }, vars: { item: 1 }, page: { url: 'https://a.example/', tabId: 4 } });
    expect(Object.keys(snap.outputs)).toEqual(['s2', 's5']);
    const restored = ExecutionContext.fromSnapshot(snap);
    restored.setOutput('s2', 'changed');
    expect(c.output('s2')).not.toBe('changed');
    expect(restored.variable('item')).toBe(1);
  });

  it('forks a branch that does not touch the original until adopted', () => {
    const c = ctx();
    const branch = c.fork();
    branch.setOutput('s3', { records: [{ x: 1 }] });
    branch.setPage({ url: 'https://b.example/', tabId: 9 });
    expect(c.output('s3')).toBeUndefined();
    expect(c.page.url).toBe('https://a.example/');
    c.adopt(branch);
    expect(c.output('s3')).toEqual({ records: [{ x: 1 }] });
    expect(c.page).toEqual({ url: 'https://b.example/', tabId: 9 });
    expect(c.ownOutputs().map(([id]) => id)).toEqual(['s2', 's3']);
  });

  it('records askUser answers as params', () => {
    const c = ctx();
    c.setParam('size', 'L');
    expect(c.param('size')).toBe('L');
  });
});
