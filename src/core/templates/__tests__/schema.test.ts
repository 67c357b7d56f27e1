import { PlanInvalid } from '../../errors';
import { parseTemplate, TemplateSchema, sampleValue, defineTemplate } from '../schema';
import { shopSearch } from './fixtures';

function issuesOf(input: unknown): string[] {
  const r = TemplateSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('template validation', () => {
  it('accepts a well-formed template and fills in defaults', () => {
    const t = parseTemplate(shopSearch({ tags: undefined, author: undefined }));
    expect(t.tags).toEqual([]);
    expect(t.author).toBe('user');
    expect(t.params.find((p) => p.name === 'strict')?.required).toBe(false);
  });

  it('rejects unknown fields, bad names and bad versions', () => {
    expect(issuesOf({ ...shopSearch(), colour: 'red' })).toEqual([expect.stringContaining('Unrecognized key')]);
    expect(issuesOf(shopSearch({ name: 'Shop Search' })).join()).toMatch(/kebab-case/);
    expect(issuesOf(shopSearch({ version: 'v1' })).join()).toMatch(/semantic versions/);
  });

  it('rejects a placeholder for a parameter that is not declared', () => {
    const t = shopSearch();
    t.steps = [...t.steps, { id: 'more', kind: 'extract', description: 'x', what: 'list', query: '{{param.colour}}' }];
    expect(issuesOf(t).join()).toMatch(/\{\{param\.colour\}\} is used but not declared/);
  });

  it('rejects an unknown placeholder filter and a condition on an undeclared parameter', () => {
    const t = shopSearch();
    t.steps = [
      { id: 'open', kind: 'navigate', description: 'x', url: '{{param.site|shout}}' },
      { id: 'read', kind: 'extract', description: 'x', what: 'list', when: { param: 'nope' } },
    ];
    const issues = issuesOf(t).join('\n');
    expect(issues).toMatch(/Unknown placeholder filter "shout"/);
    expect(issues).toMatch(/undeclared parameter "nope"/);
  });

  it('checks each step as a plan step once placeholders are filled in', () => {
    const t = shopSearch();
    t.steps = [{ id: 'read', kind: 'extract', description: 'x', what: '{{param.query}}' }];
    expect(issuesOf(t)).toEqual([expect.stringMatching(/^steps\.0\.what: Invalid option/)]);
  });

  it('rejects repeated step ids, also inside loops', () => {
    const t = shopSearch();
    t.steps = [{ id: 'read', kind: 'forEach', description: 'x', items: '{{param.tags}}', as: 'tag', steps: [{ id: 'read', kind: 'extract', description: 'x', what: 'list' }] }];
    expect(issuesOf(t).join()).toMatch(/repeated: read/);
  });

  it('checks parameters: duplicates, defaults of the wrong type, bad patterns, inverted bounds', () => {
    const t = shopSearch({
      params: [
        { name: 'site', type: 'url', label: 'Shop', required: true },
        { name: 'site', type: 'string', label: 'Again' },
        { name: 'query', type: 'number', label: 'Query', default: 'lots' },
        { name: 'limit', type: 'string', label: 'Limit', pattern: '([' },
        { name: 'strict', type: 'number', label: 'Strict', min: 5, max: 1 },
        { name: 'tags', type: 'string[]', label: 'Tags' },
      ],
    });
    const issues = issuesOf(t).join('\n');
    expect(issues).toMatch(/"site" is declared twice/);
    expect(issues).toMatch(/params\.2\.default: "Query" must be a number/);
    expect(issues).toMatch(/params\.3\.pattern: Not a valid regular expression/);
    expect(issues).toMatch(/min is larger than max/);
  });

  it('rejects examples that use parameters the template does not have', () => {
    const t = shopSearch({ examples: [{ description: 'x', params: { colour: 'red' } }] });
    expect(issuesOf(t).join()).toMatch(/unknown parameter "colour"/);
  });

  it('throws PlanInvalid with every issue listed', () => {
    const bad = { ...shopSearch({ name: 'Bad Name', version: 'one' }) };
    try {
      parseTemplate(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanInvalid);
      const err = e as PlanInvalid;
      expect(err.message).toMatch(/^Template "Bad Name" is invalid: name:/);
      expect((err.details.issues as unknown[]).length).toBe(2);
    }
    expect(() => parseTemplate(null)).toThrow(/^Template is invalid/);
  });

  it('picks representative sample values for each parameter type', () => {
    expect(sampleValue({ name: 'n', type: 'number', label: 'N', required: false, min: 3 })).toBe(3);
    expect(sampleValue({ name: 'n', type: 'number', label: 'N', required: false })).toBe(1);
    expect(sampleValue({ name: 'b', type: 'boolean', label: 'B', required: false })).toBe(true);
    expect(sampleValue({ name: 'u', type: 'url[]', label: 'U', required: false })).toEqual(['https://example.com/']);
    expect(sampleValue({ name: 'o', type: 'string[]', label: 'O', required: false, options: ['a', 'b'] })).toEqual(['a']);
    expect(sampleValue({ name: 'o', type: 'string', label: 'O', required: false, default: 'x' })).toBe('x');
    expect(defineTemplate(shopSearch()).name).toBe('shop-search');
  });
});
