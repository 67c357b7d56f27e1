import { runCompute, compareValues, computeInputs } from '../compute';
import { cheapest, dedupe, recordsOf, runResult, toNumber } from '../records';
import { makePlan, step } from '../../testing';
import type { Step } from '../../plan';

const compute = (extra: Record<string, unknown>) => ({ id: 'c', kind: 'compute', description: 'c', confidence: 1, risk: 'low', order: 'asc', input: '{{steps.s1.records}}', ...extra }) as Extract<Step, { kind: 'compute' }>;
const offers = [
  { name: 'B', price: '$1,299.00' },
  { name: 'A', price: 25 },
  { name: 'C', price: '9.5' },
  { name: 'D', price: null },
];

describe('compute', () => {
  it('sorts numerically (not as text), missing values last, both directions', () => {
    expect(runCompute(compute({ op: 'sort', field: 'price' }), offers).records.map((r) => r.name)).toEqual(['C', 'A', 'B', 'D']);
    expect(runCompute(compute({ op: 'sort', field: 'price', order: 'desc' }), offers).records.map((r) => r.name)).toEqual(['B', 'A', 'C', 'D']);
    expect(runCompute(compute({ op: 'sort', field: 'name' }), [{ name: 'b' }, { name: 'a' }]).records.map((r) => r.name)).toEqual(['a', 'b']);
  });

  it('finds min and max, with the rest ranked after', () => {
    const min = runCompute(compute({ op: 'min' }), { records: offers });
    expect(min.record?.name).toBe('C');
    expect(min.records.map((r) => r.name)).toEqual(['C', 'A', 'B']);
    expect(runCompute(compute({ op: 'max' }), offers).record?.name).toBe('B');
  });

  it('filters with numeric and text conditions', () => {
    const f = (where: Record<string, unknown>) => runCompute(compute({ op: 'filter', where }), offers).records.map((r) => r.name);
    expect(f({ field: 'price', op: 'lt', value: 30 })).toEqual(['A', 'C']);
    expect(f({ field: 'price', op: 'gte', value: '25' })).toEqual(['B', 'A']);
    expect(f({ field: 'price', op: 'lte', value: 9.5 })).toEqual(['C']);
    expect(f({ field: 'price', op: 'gt', value: 1000 })).toEqual(['B']);
    expect(f({ field: 'name', op: 'eq', value: 'A' })).toEqual(['A']);
    expect(f({ field: 'name', op: 'ne', value: 'A' })).toEqual(['B', 'C', 'D']);
    expect(f({ field: 'price', op: 'ne', value: 1 })).toEqual(['B', 'A', 'C', 'D']);
    expect(f({ field: 'name', op: 'contains', value: 'b' })).toEqual(['B']);
    expect(runCompute(compute({ op: 'filter' }), offers).records).toHaveLength(4);
  });

  it('merges several inputs and removes duplicates', () => {
    const merged = runCompute(compute({ op: 'merge' }), [{ records: [{ a: 1 }] }, [{ a: 2 }, { a: 1 }]]);
    expect(merged.records).toEqual([{ a: 1 }, { a: 2 }, { a: 1 }]);
    expect(runCompute(compute({ op: 'dedupe' }), merged.records).records).toEqual([{ a: 1 }, { a: 2 }]);
    expect(runCompute(compute({ op: 'dedupe', field: 'a' }), [{ a: 1, b: 1 }, { a: 1, b: 2 }]).records).toEqual([{ a: 1, b: 1 }]);
  });

  it('rejects inputs that are not records', () => {
    expect(() => computeInputs('text')).toThrow(/not a list of records/);
    expect(compareValues(undefined, null)).toBe(0);
    expect(compareValues('', 1)).toBeGreaterThan(0);
  });
});

describe('records', () => {
  it('reads numbers from prices written in different locales', () => {
    expect(['$1,299.00', '1.299,00 €', '12,5', '1,299', '1.299.000', '-3.5', '4.5 stars', '1 299 €', 'abc', 7, Infinity, null].map(toNumber))
      .toEqual([1299, 1299, 12.5, 1299, 1299000, -3.5, 4.5, 1299, undefined, 7, undefined, undefined]);
  });

  it('finds records in outputs and the cheapest offer', () => {
    expect(recordsOf([{ a: 1 }, 3])).toEqual([{ a: 1 }]);
    expect(recordsOf({ records: [{ a: 1 }, 'x'] })).toEqual([{ a: 1 }]);
    expect(recordsOf({ text: 'x' })).toBeUndefined();
    expect(cheapest(offers)?.name).toBe('C');
    expect(cheapest([{ price: 'n/a' }])).toBeUndefined();
    expect(dedupe([{ a: 1, b: 2 }, { b: 2, a: 1 }])).toHaveLength(1);
  });

  it('takes the last records-producing step as the run result', () => {
    const plan = makePlan([step.extract('s1'), step.extract('s2'), step.click('s3')], { intent: 'compare' });
    const outputs: Record<string, unknown> = { s1: { records: [{ price: 1 }] }, s2: [{ price: 5 }, { price: 2 }] };
    expect(runResult(plan.steps, (id) => outputs[id], 'compare')).toEqual({ records: [{ price: 5 }, { price: 2 }], best: { price: 2 } });
    expect(runResult(plan.steps, (id) => (id === 's1' ? outputs.s1 : undefined), 'extract')).toEqual({ records: [{ price: 1 }] });
    expect(runResult(plan.steps, () => undefined, 'extract')).toBeUndefined();
  });
});
