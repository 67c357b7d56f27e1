import { PlanInvalid, PolicyDenied } from '../../errors';
import { createMemoryKv, createTemplateRegistry } from '../registry';
import { compareSemver, versionMatches } from '../semver';
import { shopSearch } from './fixtures';

const clock = { now: () => 1_700_000_000_000 };

describe('template registry', () => {
  it('validates on register and reports the issues', () => {
    const registry = createTemplateRegistry();
    expect(() => registry.register({ ...shopSearch(), steps: [] })).toThrow(PlanInvalid);
    expect(registry.list()).toEqual([]);
  });

  it('returns the latest version by semver unless a version or a version line is asked for', () => {
    const registry = createTemplateRegistry();
    for (const version of ['1.2.0', '1.10.0', '2.0.0-beta.1', '1.9.3']) registry.register(shopSearch({ version }));
    expect(registry.get('shop-search')?.version).toBe('2.0.0-beta.1');
    expect(registry.get('shop-search', '1')?.version).toBe('1.10.0');
    expect(registry.get('shop-search', '1.9')?.version).toBe('1.9.3');
    expect(registry.get('shop-search', '1.2.0')?.version).toBe('1.2.0');
    expect(registry.get('shop-search', '3')).toBeUndefined();
    expect(registry.get('nothing')).toBeUndefined();
    expect(registry.list().map((t) => t.version)).toEqual(['2.0.0-beta.1']);
    expect(registry.list({ allVersions: true }).map((t) => t.version)).toEqual(['1.2.0', '1.9.3', '1.10.0', '2.0.0-beta.1']);
  });

  it('lists built-ins and user templates apart, and removes only user ones', async () => {
    const storage = createMemoryKv();
    const registry = createTemplateRegistry({ builtins: [shopSearch()], storage, clock });
    await registry.save(shopSearch({ name: 'my-search' }));
    await registry.save(shopSearch({ name: 'my-search', version: '1.1.0' }));
    expect(registry.list({ author: 'builtin' }).map((t) => t.name)).toEqual(['shop-search']);
    expect(registry.list({ author: 'user' }).map((t) => `${t.name}@${t.version}`)).toEqual(['my-search@1.1.0']);
    expect([...storage.data.keys()]).toEqual(['template:my-search@1.0.0', 'template:my-search@1.1.0']);

    await expect(registry.remove('shop-search')).rejects.toBeInstanceOf(PolicyDenied);
    expect(await registry.remove('my-search', '1.1.0')).toBe(1);
    expect(registry.get('my-search')?.version).toBe('1.0.0');
    expect(await registry.remove('my-search')).toBe(1);
    expect(registry.get('my-search')).toBeUndefined();
    expect(storage.data.size).toBe(0);
    expect(await registry.remove('my-search')).toBe(0);
  });

  it('stamps saved templates as the user\'s, with a creation time', async () => {
    const registry = createTemplateRegistry({ clock });
    const saved = await registry.save({ ...shopSearch(), author: 'builtin' });
    expect(saved).toMatchObject({ author: 'user', createdAt: 1_700_000_000_000 });
  });

  it('refuses a user template that takes a built-in\'s name, and the reverse', async () => {
    const registry = createTemplateRegistry({ builtins: [shopSearch()] });
    await expect(registry.save(shopSearch({ version: '9.0.0' }))).rejects.toThrow(/belongs to a built-in template/);
    const other = createTemplateRegistry();
    other.register(shopSearch({ author: 'user' }));
    expect(() => other.register(shopSearch({ author: 'builtin', version: '2.0.0' }))).toThrow(/belongs to a saved template/);
  });

  it('loads saved templates, upgrading ones saved in the old format and writing them back', async () => {
    // Format 0, before envelopes: "parameters" with "optional", and a single "intent".
    const old = {
      name: 'old-search', title: 'Old search', description: 'Saved long ago.', version: '0.3.0', intent: 'search',
      parameters: [{ name: 'query', type: 'string', label: 'Query', optional: false }, { name: 'note', type: 'string', label: 'Note', optional: true }],
      steps: [{ id: 'read', kind: 'extract', description: 'Read', what: 'list', query: '{{param.query}}' }],
    };
    const storage = createMemoryKv({
      'template:old-search@0.3.0': old,
      'template:broken@1.0.0': { format: 1, template: { name: 'broken' } },
      'template:future@1.0.0': { format: 7, template: shopSearch({ name: 'future' }) },
      'something-else': 42,
    });
    const registry = createTemplateRegistry({ storage, clock });
    const report = await registry.load();
    expect(report.loaded).toBe(1);
    expect(report.upgraded).toBe(1);
    expect(report.errors.map((e) => e.name)).toEqual(['broken@1.0.0', 'future@1.0.0']);
    expect(report.errors[1].message).toMatch(/format 7; this version of Errand reads formats 0 to 1/);
    const t = registry.get('old-search')!;
    expect(t.intents).toEqual(['search']);
    expect(t.params.map((p) => [p.name, p.required])).toEqual([['query', true], ['note', false]]);
    expect(storage.data.get('template:old-search@0.3.0')).toMatchObject({ format: 1, template: { name: 'old-search', intents: ['search'] } });
  });

  it('reports stored data that is not a template object at all', async () => {
    const registry = createTemplateRegistry({ storage: createMemoryKv({ 'template:x@1.0.0': 'text' }) });
    expect((await registry.load()).errors).toEqual([{ name: 'x@1.0.0', message: 'Template data must be an object.' }]);
  });
});

describe('import and export', () => {
  it('round-trips user templates through JSON', async () => {
    const source = createTemplateRegistry({ builtins: [shopSearch({ name: 'built-in-one' })], clock });
    await source.save(shopSearch({ name: 'mine' }));
    await source.save(shopSearch({ name: 'mine', version: '1.1.0' }));
    const json = source.exportTemplates();
    expect(JSON.parse(json)).toMatchObject({ kind: 'errand-templates', format: 1 });

    const storage = createMemoryKv();
    const target = createTemplateRegistry({ storage });
    expect(await target.importTemplates(json)).toEqual({ imported: ['mine@1.0.0', 'mine@1.1.0'], errors: [] });
    expect(target.get('mine', '1.0.0')).toEqual(source.get('mine', '1.0.0'));
    expect(storage.data.size).toBe(2);
  });

  it('exports named templates, built-in ones too, and refuses unknown names', () => {
    const registry = createTemplateRegistry({ builtins: [shopSearch()] });
    expect(JSON.parse(registry.exportTemplates(['shop-search'])).templates).toHaveLength(1);
    expect(() => registry.exportTemplates(['shop-search', 'ghost'])).toThrow('No template named "ghost".');
  });

  it('reports bad JSON and foreign files instead of throwing', async () => {
    const registry = createTemplateRegistry();
    const bad = await registry.importTemplates('{ not json');
    expect(bad.imported).toEqual([]);
    expect(bad.errors[0].message).toMatch(/^The file is not valid JSON/);
    expect((await registry.importTemplates('{"kind":"bookmarks","templates":[]}')).errors[0].message).toMatch(/not an Errand templates file/);
    expect((await registry.importTemplates('42')).errors[0].message).toBe('The file holds no templates.');
  });

  it('imports the good templates of a file and explains the bad ones', async () => {
    const registry = createTemplateRegistry({ builtins: [shopSearch({ name: 'taken' })] });
    const file = {
      kind: 'errand-templates', format: 1,
      templates: [shopSearch({ name: 'good' }), { ...shopSearch({ name: 'bad' }), version: 'x' }, shopSearch({ name: 'taken' })],
    };
    const report = await registry.importTemplates(JSON.stringify(file));
    expect(report.imported).toEqual(['good@1.0.0']);
    expect(report.errors).toEqual([
      expect.objectContaining({ name: 'bad', message: expect.stringMatching(/^version: /) }),
      expect.objectContaining({ name: 'taken', message: expect.stringMatching(/belongs to a built-in/) }),
    ]);
  });

  it('imports a bare template, a bare list and an old-format file', async () => {
    const registry = createTemplateRegistry();
    expect((await registry.importTemplates(JSON.stringify(shopSearch({ name: 'one' })))).imported).toEqual(['one@1.0.0']);
    expect((await registry.importTemplates(JSON.stringify([shopSearch({ name: 'two' })]))).imported).toEqual(['two@1.0.0']);
    const { params, intents, ...rest } = shopSearch({ name: 'three' });
    const v0 = { ...rest, parameters: params, intent: intents[0] };
    expect((await registry.importTemplates(JSON.stringify([v0])))).toEqual({ imported: ['three@1.0.0'], errors: [] });
    expect((await registry.importTemplates(JSON.stringify({ templates: [v0], format: 0 })))).toEqual({ imported: ['three@1.0.0'], errors: [] });
    expect((await registry.importTemplates(JSON.stringify({ templates: [null], format: 1 }))).errors[0].message).toBe('Template data must be an object.');
  });
});

describe('semantic versions', () => {
  it('orders versions, pre-releases before releases', () => {
    const sorted = ['1.0.0', '0.9.0', '1.0.0-rc.2', '1.0.0-rc.10', '1.0.0-alpha', '1.0.0-rc', '1.0.0-1'].sort(compareSemver);
    expect(sorted).toEqual(['0.9.0', '1.0.0-1', '1.0.0-alpha', '1.0.0-rc', '1.0.0-rc.2', '1.0.0-rc.10', '1.0.0']);
    expect(compareSemver('junk', '1.0.0')).toBeLessThan(0);
    expect(compareSemver('1.0.0-a.b', '1.0.0-a.1')).toBeGreaterThan(0);
    expect(compareSemver('1.0.0-b', '1.0.0-a')).toBeGreaterThan(0);
  });

  it('matches exact versions and version lines', () => {
    expect(versionMatches('1.4.2', '1')).toBe(true);
    expect(versionMatches('1.4.2', '1.4')).toBe(true);
    expect(versionMatches('11.0.0', '1')).toBe(false);
    expect(versionMatches('1.4.2', '^1.4')).toBe(false);
  });
});
