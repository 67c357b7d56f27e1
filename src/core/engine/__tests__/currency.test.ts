import { runCompute } from '../compute';
import { runResult } from '../records';
import { groupByCurrency, primaryCurrency, recordCurrency } from '../currency';
import type { Step } from '../../plan';

const compute = (extra: Record<string, unknown>) => ({ id: 'c', kind: 'compute', description: 'c', confidence: 1, risk: 'low', order: 'asc', input: '', ...extra }) as Extract<Step, { kind: 'compute' }>;
const extract: Step = { id: 's1', kind: 'extract', what: 'list', description: 'Read', confidence: 1, risk: 'low' };

describe('prices in different currencies are never compared as numbers', () => {
  it('reads the currency from the record, its price text or the value itself', () => {
    expect(recordCurrency({ price: 12, currency: 'eur' })).toBe('EUR');
    expect(recordCurrency({ price: 12, priceText: '12,00 €' })).toBe('EUR');
    expect(recordCurrency({ price: 'US$ 12' })).toBe('USD');
    expect(recordCurrency({ price: 'CHF 12.50' })).toBe('CHF');
    expect(recordCurrency({ price: '£9' })).toBe('GBP');
    expect(recordCurrency({ price: 12 })).toBeUndefined();
    // Only a price field takes the record's currency; a rating does not have one.
    expect(recordCurrency({ rating: 4.5, currency: 'USD' }, 'rating')).toBeUndefined();
    expect(recordCurrency({ salary: '€50,000' }, 'salary')).toBe('EUR');
  });

  it('puts records without a currency with the only currency there is, else in their own group', () => {
    const one = groupByCurrency([{ price: '$5' }, { price: 4 }]);
    expect([...one.keys()]).toEqual(['USD']);
    expect(one.get('USD')).toHaveLength(2);
    expect([...groupByCurrency([{ price: '$5' }, { price: '5 €' }, { price: 4 }]).keys()]).toEqual(['USD', 'EUR', 'unknown']);
    expect([...groupByCurrency([{ price: 4 }]).keys()]).toEqual(['unknown']);
  });

  it('compute min over several currencies ranks each currency on its own and picks in the one most records use', () => {
    const records = [
      { name: 'Euro shop', price: 900, currency: 'EUR' },
      { name: 'Dollar shop', price: 1099.99, currency: 'USD' },
      { name: 'Cheaper euro shop', price: 850, currency: 'EUR' },
    ];
    const out = runCompute(compute({ op: 'min', field: 'price' }), records);
    expect(out.record?.name).toBe('Cheaper euro shop');
    expect(out.bestByCurrency).toEqual({ EUR: records[2], USD: records[1] });
    expect(out.note).toMatch(/different currencies \(EUR, USD\) and Errand does not convert them: the best offer is the best in EUR/);
    expect(out.records.map((r) => r.name)).toEqual(['Cheaper euro shop', 'Euro shop', 'Dollar shop']);
    // 1 099.99 USD is never ranked against 850 EUR, even when it is the lower number of its kind.
    const max = runCompute(compute({ op: 'max', field: 'price' }), records);
    expect(max.record?.name).toBe('Euro shop');
    // One currency: the cheapest, as before, and no note.
    const one = runCompute(compute({ op: 'min' }), records.filter((r) => r.currency === 'EUR'));
    expect(one.record?.name).toBe('Cheaper euro shop');
    expect(one).not.toHaveProperty('note');
    // max over a rating ignores currencies.
    expect(runCompute(compute({ op: 'max', field: 'rating' }), [{ rating: 4, currency: 'EUR' }, { rating: 5, currency: 'USD' }]).record).toEqual({ rating: 5, currency: 'USD' });
  });

  it('a compare run over several currencies: best in the main currency, the best of each, and a note', () => {
    const records = [{ name: 'A', price: '$12.00' }, { name: 'B', price: '9,50 €' }, { name: 'C', price: '$10.00' }];
    const result = runResult([extract], () => ({ records }), 'compare') as Record<string, unknown>;
    expect(result.best).toEqual(records[2]);
    expect(result.bestByCurrency).toEqual({ USD: records[2], EUR: records[1] });
    expect(result.note).toContain('(USD, EUR)');
    // A tie: the currency seen first; the cheaper number in the other currency does not win.
    const tie = runResult([extract], () => ({ records: [{ name: 'E', price: '20 €' }, { name: 'U', price: '$5' }] }), 'compare') as Record<string, unknown>;
    expect(tie.best).toMatchObject({ name: 'E' });
    const same = runResult([extract], () => ({ records: [records[0], records[2], { name: 'D', price: 11 }] }), 'compare') as Record<string, unknown>;
    expect(same.best).toEqual(records[2]);
    expect(same).not.toHaveProperty('note');
  });

  it('records without a currency never decide which currency is the main one', () => {
    const groups = groupByCurrency([{ price: '$5' }, { price: '5 €' }, { price: 1 }, { price: 2 }, { price: 3 }]);
    expect(primaryCurrency(groups)).toBe('USD');
    expect(primaryCurrency(groupByCurrency([{ price: 1 }]))).toBe('unknown');
  });
});
