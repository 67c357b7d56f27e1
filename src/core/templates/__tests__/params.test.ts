import { coerceParam, coerceParams, normalizeUrl, prefillFromPage } from '../params';
import type { TemplateParam } from '../schema';

const p = (type: TemplateParam['type'], extra: Partial<TemplateParam> = {}): TemplateParam => ({ name: 'x', type, label: 'X', required: false, ...extra });
const value = (raw: unknown, param: TemplateParam) => {
  const r = coerceParam(raw, param);
  return 'value' in r ? r.value : `error: ${r.error}`;
};

describe('parameter coercion', () => {
  it('turns typed text into numbers, including prices and local formats', () => {
    expect(value('12', p('number'))).toBe(12);
    expect(value('€ 1,299.50', p('number'))).toBe(1299.5);
    expect(value('1.299,50', p('number'))).toBe(1299.5);
    expect(value('1,5', p('number'))).toBe(1.5);
    expect(value('1.500', p('number'))).toBe(1.5);
    expect(value('80 EUR', p('number'))).toBe(80);
    expect(value('lots', p('number'))).toBe('error: "X" must be a number.');
    expect(value({}, p('number'))).toMatch(/must be a number/);
  });

  it('reads yes/no words as booleans', () => {
    expect(value('yes', p('boolean'))).toBe(true);
    expect(value('Off', p('boolean'))).toBe(false);
    expect(value(true, p('boolean'))).toBe(true);
    expect(value('maybe', p('boolean'))).toMatch(/yes or no/);
  });

  it('accepts bare host names as https addresses and refuses other schemes', () => {
    expect(normalizeUrl('shop.example')).toBe('https://shop.example/');
    expect(normalizeUrl('localhost:8080/x')).toBe('https://localhost:8080/x');
    expect(normalizeUrl('http://shop.example/a?b=1')).toBe('http://shop.example/a?b=1');
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('Amazon')).toBeNull();
    expect(normalizeUrl('two words.example')).toBeNull();
    expect(normalizeUrl('https://')).toBeNull();
    expect(value(42, p('url'))).toMatch(/must be a web address/);
  });

  it('splits lists on commas, or on lines when there are several lines', () => {
    expect(value('a, b;c', p('string[]'))).toEqual(['a', 'b', 'c']);
    expect(value('Street 1, Berlin\nBob', p('string[]'))).toEqual(['Street 1, Berlin', 'Bob']);
    expect(value(['a', ' ', 3], p('string[]'))).toEqual(['a', '3']);
    expect(value(7, p('string[]'))).toEqual(['7']);
    expect(value({ Email: 'a@b.c', Age: 3 }, p('string[]'))).toEqual(['Email: a@b.c', 'Age: 3']);
    expect(value(true, p('string[]'))).toBe('error: "X" must be a list.');
  });

  it('splits URL lists on spaces too and names every bad address', () => {
    expect(value('a.example b.example', p('url[]'))).toEqual(['https://a.example/', 'https://b.example/']);
    expect(value('a.example, nope, also bad', p('url[]'))).toBe('error: "X" must be web addresses; not: "nope", "also", "bad".');
  });

  it('keeps text as text and joins lists given for a text parameter', () => {
    expect(value(' kettle ', p('string'))).toBe('kettle');
    expect(value(['a', 'b'], p('string'))).toBe('a, b');
    expect(value(5, p('string'))).toBe('5');
    expect(value({ a: 1 }, p('string'))).toMatch(/must be text/);
  });

  it('checks bounds, options and patterns', () => {
    expect(value(0, p('number', { min: 1 }))).toBe('error: "X" must be at least 1.');
    expect(value(300, p('number', { max: 200 }))).toBe('error: "X" must be at most 200.');
    expect(value(['a', 'b', 'c'], p('string[]', { max: 2 }))).toBe('error: "X" must be at most 2 items.');
    expect(value([], p('url[]', { min: 1 }))).toBe('error: "X" must be at least 1 items.');
    expect(value('grid', p('string', { options: ['list', 'table'] }))).toBe('error: "X" must be one of: list, table.');
    expect(value('Email: a', p('string[]', { pattern: '^[^:]+:' }))).toEqual(['Email: a']);
    expect(value(['Email: a', 'oops'], p('string[]', { pattern: '^[^:]+:' }))).toBe('error: "X" has an unexpected format: "oops".');
    expect(value('80', p('number', { options: [40, 80] }))).toBe(80);
    expect(value('link', p('string', { options: ['list', 'links'] }))).toBe('links');
    expect(value('tables', p('string', { options: ['list', 'table'] }))).toBe('table');
  });

  it('applies defaults and reports every missing, invalid and unknown parameter at once', () => {
    const defs: TemplateParam[] = [
      { name: 'product', type: 'string', label: 'Product', required: true },
      { name: 'sites', type: 'url[]', label: 'Shops', required: true },
      { name: 'pages', type: 'number', label: 'Pages', required: true, default: 5 },
      { name: 'note', type: 'string', label: 'Note', required: false },
    ];
    expect(coerceParams(defs, { product: 'kettle', sites: 'a.example' })).toEqual({
      values: { product: 'kettle', sites: ['https://a.example/'], pages: 5 }, issues: [],
    });
    const { issues } = coerceParams(defs, { product: '  ', sites: 'nope', pages: 'many', colour: 'red' });
    expect(issues).toEqual([
      { param: 'colour', message: 'Unknown parameter "colour".' },
      { param: 'product', message: '"Product" is required.' },
      { param: 'sites', message: '"Shops" must be web addresses; not: "nope".' },
      { param: 'pages', message: '"Pages" must be a number.' },
    ]);
  });

  it('pre-fills parameters from the page the panel is on', () => {
    const defs: TemplateParam[] = [
      p('url', { name: 'page', fromPage: 'url' }), p('url', { name: 'site', fromPage: 'origin' }),
      p('string', { name: 'title', fromPage: 'title' }), p('string[]', { name: 'picked', fromPage: 'selection' }),
      p('string', { name: 'other' }),
    ];
    expect(prefillFromPage(defs, { url: 'https://shop.example/a/b?c', title: 'Kettles', selection: ' Bosch TWK ' })).toEqual({
      page: 'https://shop.example/a/b?c', site: 'https://shop.example', title: 'Kettles', picked: ['Bosch TWK'],
    });
    expect(prefillFromPage(defs, { url: 'not a url' })).toEqual({ page: 'not a url' });
  });
});
