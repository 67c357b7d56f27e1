import { parsePrice, parseNumber, parseWholeNumber, decimalSeparator, currencyCode, tidyPriceText } from '../numbers';
import { parseDateISO } from '../dates';
import { coerceValue, keyFromLabel, absoluteUrl } from '../values';
import { matchesQuery } from '../query';
import { recordKey, dedupeRecords } from '../dedupe';

describe('prices and numbers with the page locale', () => {
  it.each<[string, string | undefined, number, string]>([
    ['1.189,00 €', 'de-DE', 1189, 'EUR'],
    ['1.189,00 €', undefined, 1189, 'EUR'],
    ['$1,249.00', 'en-US', 1249, 'USD'],
    ['$ 1,099 .99', undefined, 1099.99, 'USD'],
    ['1 099,99 €', 'fr-FR', 1099.99, 'EUR'],
    ["CHF 1'234.50", undefined, 1234.5, 'CHF'],
    ['¥12,800', 'ja-JP', 12800, 'JPY'],
    ['Now only £49.5!', 'en-GB', 49.5, 'GBP'],
    ['USD 12.5', undefined, 12.5, 'USD'],
    ['Size 10 $1,249', undefined, 1249, 'USD'],
    ['1.189 €', undefined, 1189, 'EUR'],
  ])('%s (%s) → %d %s', (text, locale, price, currency) => {
    expect(parsePrice(text, locale)).toMatchObject({ price, currency });
  });

  it('finds no price where there is none', () => {
    expect(parsePrice('4.5 out of 5 stars')).toBeNull();
    expect(parsePrice('Dukr 5')).toBeNull();
  });

  it('reads plain numbers, and only whole-number text as a number', () => {
    expect(parseNumber('Rated 4.5 of 5')).toBe(4.5);
    expect(parseNumber('1.234', 'de')).toBe(1234);
    expect(parseNumber('1,234', 'de')).toBe(1.234);
    expect(parseNumber('none')).toBeNull();
    expect(parseWholeNumber('1,234')).toBe(1234);
    expect(parseWholeNumber('-3.5')).toBe(-3.5);
    expect(parseWholeNumber('00123')).toBeNull();
    expect(parseWholeNumber('12 items')).toBeNull();
    expect(parseWholeNumber('1.000', 'de-DE')).toBe(1000);
  });

  it('knows separators and currency codes', () => {
    expect(decimalSeparator('de-DE')).toBe(',');
    expect(decimalSeparator('en-US')).toBe('.');
    expect(decimalSeparator('not a locale!')).toBe('.');
    expect(currencyCode('rmb')).toBe('CNY');
    expect(currencyCode('₹')).toBe('INR');
    expect(tidyPriceText('$ 1,099 .99')).toBe('$1,099.99');
  });
});

describe('dates', () => {
  it.each<[string, string | undefined, string | null]>([
    ['2024-03-05', undefined, '2024-03-05'],
    ['2024-03-05T10:00:00Z', undefined, '2024-03-05'],
    ['March 5, 2024', undefined, '2024-03-05'],
    ['Tue, Mar 5th 2024', undefined, '2024-03-05'],
    ['5 March 2024', undefined, '2024-03-05'],
    ['5. März 2024', 'de', '2024-03-05'],
    ['05.03.2024', undefined, '2024-03-05'],
    ['13/03/2024', undefined, '2024-03-13'],
    ['03/05/2024', undefined, null],
    ['03/05/2024', 'en-US', '2024-03-05'],
    ['03/05/2024', 'en-GB', '2024-05-03'],
    ['31.02.2024', undefined, null],
    ['05.03.24', undefined, '2024-03-05'],
    ['hello 2024', undefined, null],
  ])('%s (%s) → %s', (text, locale, iso) => {
    expect(parseDateISO(text, locale)).toBe(iso);
  });
});

describe('record values and keys', () => {
  it('coerces text to numbers, dates, text or null', () => {
    expect(coerceValue(' $1,249.00 ')).toBe(1249);
    expect(coerceValue('March 5, 2024')).toBe('2024-03-05');
    expect(coerceValue('In stock')).toBe('In stock');
    expect(coerceValue('  ')).toBeNull();
  });

  it('turns labels into camelCase keys', () => {
    expect(keyFromLabel('Ship weight:', 'x')).toBe('shipWeight');
    expect(keyFromLabel('Lieferzeit', 'x')).toBe('lieferzeit');
    expect(keyFromLabel('—', 'field1')).toBe('field1');
  });

  it('makes absolute URLs and refuses script URLs', () => {
    expect(absoluteUrl('/p/1', 'https://shop.example/list')).toBe('https://shop.example/p/1');
    expect(absoluteUrl('javascript:void(0)', 'https://x.example')).toBeNull();
    expect(absoluteUrl('http://[bad', 'https://x.example')).toBeNull();
  });
});

describe('query filter', () => {
  it('keeps text that mentions every query word, tolerating case, accents, plurals and a typo', () => {
    expect(matchesQuery('Aeron Chair, Graphite, Size B', 'aeron chairs')).toBe(true);
    expect(matchesQuery('Crème brûlée set', 'creme brulee')).toBe(true);
    expect(matchesQuery('Aeron Chair, Graphite', 'graphit')).toBe(true);
    expect(matchesQuery('Aeron Chair, Graphite', 'graphyte')).toBe(true);
    expect(matchesQuery('Boxes of batteries', 'box of battery')).toBe(true);
    expect(matchesQuery('Leap V2', 'aeron')).toBe(false);
    expect(matchesQuery('anything', 'the of')).toBe(true);
  });
});

describe('de-duplication across pages', () => {
  it('keys records by url, then name and price, then all values', () => {
    expect(recordKey({ url: 'https://x/1', name: 'A' })).toBe('url:https://x/1');
    expect(recordKey({ name: 'Aeron', price: 5 })).toBe('name:aeron|5');
    expect(recordKey({ b: 1, a: 2 })).toBe(recordKey({ a: 2, b: 1 }));
  });

  it('drops records already seen, across calls sharing a set', () => {
    const seen = new Set<string>();
    expect(dedupeRecords([{ url: 'u1' }, { url: 'u2' }, { url: 'u1' }], seen)).toHaveLength(2);
    expect(dedupeRecords([{ url: 'u2' }, { url: 'u3' }], seen)).toEqual([{ url: 'u3' }]);
  });
});
