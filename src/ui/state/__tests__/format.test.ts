import { formatEta, formatCell, hostOf, statusLabel, sourceLabel, kindLabel, formatDateTime } from '../../format';
import { templateCandidates } from '../../panel/template-candidates';
import { parseParams, initialParamText } from '../../panel/template-params';
import { samplePlan } from '../../__tests__/fakes';
import type { Step } from '../../../core/plan';

describe('formatting', () => {
  it('says how long is left in plain words', () => {
    expect(formatEta(undefined)).toBe('');
    expect(formatEta(-5)).toBe('');
    expect(formatEta(800)).toBe('almost done');
    expect(formatEta(42_000)).toBe('about 42 s left');
    expect(formatEta(5 * 60_000)).toBe('about 5 min left');
  });
  it('shows cells, hosts and labels', () => {
    expect(formatCell(null)).toBe('');
    expect(formatCell(4.5)).toBe('4.50');
    expect(formatCell(3)).toBe('3');
    expect(formatCell(true)).toBe('true');
    expect(hostOf('https://a.example:8080/x')).toBe('a.example:8080');
    expect(hostOf('not a url')).toBe('not a url');
    expect(hostOf(undefined)).toBe('');
    expect(statusLabel('waiting-user')).toBe('Waiting for you');
    expect(sourceLabel('cache')).toBe('Plan cache (no model)');
    expect(kindLabel('extract')).toBe('Read data');
    expect(formatDateTime(new Date(2026, 0, 2, 3, 4).getTime())).toBe('2026-01-02 03:04');
  });
});

describe('template parameters', () => {
  it('offers typed values, URLs and queries, nested ones too, numbering repeated names', () => {
    const search = (id: string, value: string): Step => ({ id, kind: 'type', description: 'Type the product', value, clear: true, pressEnter: false, confidence: 1, risk: 'low', target: { description: 'box', strategies: [{ label: 'Search' }] } });
    const plan = samplePlan({ steps: [
      search('a', 'kettle'),
      { id: 'loop', kind: 'forEach', items: [], as: 'site', description: 'Each site', confidence: 1, risk: 'low', steps: [search('b', 'toaster'), search('c', '{{param.x}}')] } as Step,
      { id: 'e', kind: 'extract', what: 'list', query: 'blue', description: 'Read', confidence: 1, risk: 'low' },
    ] });
    expect(templateCandidates(plan).map((c) => [c.stepId, c.field, c.value, c.suggestedName])).toEqual([
      ['a', 'value', 'kettle', 'product'], ['b', 'value', 'toaster', 'product2'], ['e', 'query', 'blue', 'query'],
    ]);
    expect(templateCandidates(undefined)).toEqual([]);
  });

  it('turns form text into typed values', () => {
    const params = [{ name: 'n', type: 'number' as const, max: 10 }, { name: 'l', type: 'string[]' as const }, { name: 's' }, { name: 'b', type: 'boolean' as const },
      { name: 'o', options: [1, 2] }, { name: 'u', type: 'url' as const }];
    expect(parseParams(params, { n: '4,5', l: 'a, b\nc,d', s: '', b: 'true', o: '2', u: 'https://x.example' }))
      .toEqual({ values: { n: 4.5, l: ['a', 'b', 'c,d'], b: true, o: 2, u: 'https://x.example' } });
    expect(parseParams(params, { n: 'many' })).toEqual({ problem: '"n" must be a number.' });
    expect(parseParams(params, { n: '11' })).toEqual({ problem: '"n" must be between −∞ and 10.' });
    expect(parseParams(params, { u: 'ftp://x' })).toEqual({ problem: '"u" must be a web address (http or https).' });
  });

  it('pre-fills from the page or the default', () => {
    const target = { tabId: 1, url: 'https://shop.example/p?q=1', title: 'Kettle', restricted: null };
    expect(initialParamText({ name: 'o', fromPage: 'origin' }, target)).toBe('https://shop.example');
    expect(initialParamText({ name: 'u', fromPage: 'url' }, target)).toBe('https://shop.example/p?q=1');
    expect(initialParamText({ name: 'd', default: 3 }, null)).toBe('3');
    expect(initialParamText({ name: 'x', fromPage: 'title' }, null)).toBe('');
    expect(initialParamText({ name: 'p', fromPage: 'selection' }, { ...target, selection: ' Blue kettle 1.7 l ' })).toBe('Blue kettle 1.7 l');
    expect(initialParamText({ name: 'l', default: ['a', 'b'] }, target)).toBe('a\nb');
  });
});
