import { parseAmount } from '../price';
import { originOf, siteUrl } from '../sites';
import { canonicalField, countValue, currencyCode, roleFor } from '../lexicon';
import { sortField } from '../constraints';
import { parseGoal } from '../parse-goal';

const NOW = Date.UTC(2025, 5, 11, 12); // a Wednesday
const dates = (goal: string) => {
  const c = parseGoal(goal, { now: NOW }).constraints;
  return [c.dateFrom, c.dateTo];
};

describe('goal parser pieces', () => {
  it('reads amounts written the US and the European way', () => {
    expect(parseAmount('1,299.99')).toBe(1299.99);
    expect(parseAmount('1.299,99')).toBe(1299.99);
    expect(parseAmount('1.000')).toBe(1000);
    expect(parseAmount('12,5')).toBe(12.5);
    expect(parseAmount('1 000 000')).toBe(1000000);
    expect(parseAmount('2.5', 'k')).toBe(2500);
  });

  it('turns sites into URLs, local ones on http, bare names into nothing', () => {
    expect(siteUrl('a.com')).toBe('https://a.com');
    expect(siteUrl('127.0.0.1:4301/x')).toBe('http://127.0.0.1:4301/x');
    expect(siteUrl('localhost')).toBe('http://localhost');
    expect(siteUrl('http://x.test')).toBe('http://x.test');
    expect(siteUrl('amazon')).toBeUndefined();
    expect(originOf('https://a.com/x?y')).toBe('https://a.com');
    expect(originOf('chrome://settings')).toBeUndefined();
    expect(originOf('not a url')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });

  it('knows number words, currencies, field names, role words and sort fields', () => {
    expect([countValue('three'), countValue('12'), countValue('dozen'), countValue('many')]).toEqual([3, 12, 12, undefined]);
    expect([currencyCode('€'), currencyCode('pounds'), currencyCode('yen'), currencyCode('₹'), currencyCode('CHF'), currencyCode('kr'), currencyCode('??')]).toEqual(['EUR', 'GBP', 'JPY', 'INR', 'CHF', 'SEK', undefined]);
    expect([canonicalField('Prices'), canonicalField('links'), canonicalField('job titles'), canonicalField('colour')]).toEqual(['price', 'url', 'name', undefined]);
    expect([roleFor('check box'), roleFor('link'), roleFor('dropdown'), roleFor('search bar'), roleFor('thing')]).toEqual(['checkbox', 'link', 'combobox', 'searchbox', undefined]);
    expect([sortField('the newest'), sortField('distance'), sortField('alphabetically')]).toEqual(['date', 'distance', 'name']);
  });

  it('resolves relative dates against the reference time', () => {
    expect(dates('find events today')).toEqual(['2025-06-11', '2025-06-11']);
    expect(dates('find events the day after tomorrow')).toEqual(['2025-06-13', '2025-06-13']);
    expect(dates('find events this week')).toEqual(['2025-06-11', '2025-06-15']);
    expect(dates('find events next weekend')).toEqual(['2025-06-21', '2025-06-22']);
    expect(dates('find events this month')).toEqual(['2025-06-11', '2025-06-30']);
    expect(dates('find events next month')).toEqual(['2025-07-01', '2025-07-31']);
    expect(dates('find events within the next 10 days')).toEqual(['2025-06-11', '2025-06-21']);
    expect(dates('find events on monday')).toEqual(['2025-06-16', '2025-06-16']);
    expect(dates('find events in March')).toEqual(['2026-03-01', '2026-03-31']);
    expect(dates('find events in August')).toEqual(['2025-08-01', '2025-08-31']);
  });

  it('reads absolute dates, ranges and bounds', () => {
    expect(dates('find rooms on 2025-08-01')).toEqual(['2025-08-01', '2025-08-01']);
    expect(dates('find rooms from 24.12.2025 to 2.1.2026')).toEqual(['2025-12-24', '2026-01-02']);
    expect(dates('find rooms 12/24/25')).toEqual(['2025-12-24', '2025-12-24']);
    expect(dates('find rooms after August 3rd')).toEqual(['2025-08-03', undefined]);
    expect(dates('find rooms Dec 30 - Jan 2')).toEqual(['2025-12-30', '2026-01-02']);
    expect(dates('find rooms from the 3rd of May 2026')).toEqual(['2026-05-03', undefined]);
  });

  it('on a Sunday, "this weekend" is today', () => {
    const sunday = Date.UTC(2025, 5, 15, 9);
    const c = parseGoal('find markets this weekend', { now: new Date(sunday) }).constraints;
    expect([c.dateFrom, c.dateTo]).toEqual(['2025-06-15', '2025-06-15']);
  });
});
