import type { Clock } from '../ports';
import { PlanInvalid, PolicyDenied } from '../errors';
import { parseTemplate, type Template } from './schema';
import { compareSemver, versionMatches } from './semver';
import { templateRef, type TemplateLookup } from './materialize';
import { rankTemplates, type TemplateMatch, type TemplateQuery } from './search';
import { unwrapStored, upgradeTemplate, wrapForStorage, TEMPLATE_FORMAT } from './migrations';
import { parseTemplatesFile, serializeTemplates, type ImportError, type ImportReport } from './import-export';

/** Small key-value port for user templates (the extension passes an IndexedDB/storage one). */
export interface TemplateKv {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** In-memory TemplateKv for tests and for running without storage. */
export function createMemoryKv(initial: Record<string, unknown> = {}): TemplateKv & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => { data.set(k, structuredClone(v)); },
    delete: async (k) => { data.delete(k); },
    keys: async () => [...data.keys()],
  };
}

const KEY_PREFIX = 'template:';
const keyOf = (t: Template) => `${KEY_PREFIX}${templateRef(t)}`;

/** Result of loading saved user templates. */
export interface LoadReport { loaded: number; upgraded: number; errors: ImportError[] }

/** Every template Errand knows: built-ins plus the user's own, each in one or more versions. */
export interface TemplateRegistry extends TemplateLookup {
  /** Validates and adds a template in memory (throws PlanInvalid with `details.issues`). */
  register(input: unknown): Template;
  /** Validates, adds and persists a user template. */
  save(input: unknown): Promise<Template>;
  /** A template by name: the given version (exact, or "1" / "1.2" for that line) or the latest. */
  get(name: string, version?: string): Template | undefined;
  /** Latest version of every template, by name; `allVersions` lists each version. */
  list(options?: { author?: Template['author']; allVersions?: boolean }): Template[];
  /** Removes a user template (one version or all). Built-ins cannot be removed (PolicyDenied). */
  remove(name: string, version?: string): Promise<number>;
  /** Templates ranked by intent and words. */
  search(query: TemplateQuery): TemplateMatch[];
  /** Reads saved user templates, upgrading old formats (and saving them back upgraded). */
  load(): Promise<LoadReport>;
  /** JSON export of the named templates (default: every user template). */
  exportTemplates(names?: string[]): string;
  /** Imports templates from an export file; bad entries are reported, never thrown. */
  importTemplates(json: string): Promise<ImportReport>;
}

/**
 * Creates the template registry. Built-ins are registered with author 'builtin'; user
 * templates live in `storage` under "template:NAME@VERSION" as `{ format, template }`.
 * @example const registry = createTemplateRegistry({ builtins: builtinTemplates, storage: kv }); await registry.load();
 */
export function createTemplateRegistry(options: { builtins?: readonly unknown[]; storage?: TemplateKv; clock?: Pick<Clock, 'now'> } = {}): TemplateRegistry {
  const storage = options.storage ?? createMemoryKv();
  const now = () => (options.clock ?? Date).now();
  const byName = new Map<string, Template[]>();

  const add = (t: Template): Template => {
    const existing = byName.get(t.name) ?? [];
    const other = existing.find((v) => v.author !== t.author);
    if (other) {
      const owner = other.author === 'builtin' ? 'a built-in template' : 'a saved template';
      throw new PlanInvalid(`The name "${t.name}" belongs to ${owner}; choose another name.`, { issues: [{ path: 'name', message: `taken by ${owner}` }] });
    }
    const versions = existing.filter((v) => v.version !== t.version);
    byName.set(t.name, [...versions, t].sort((a, b) => compareSemver(a.version, b.version)));
    return t;
  };

  const asUser = (input: unknown): Template => {
    const t = parseTemplate(input);
    return { ...t, author: 'user', createdAt: t.createdAt ?? now() };
  };

  for (const b of options.builtins ?? []) add({ ...parseTemplate(b), author: 'builtin' });

  const registry: TemplateRegistry = {
    register: (input) => add(parseTemplate(input)),

    async save(input) {
      const t = add(asUser(input));
      await storage.set(keyOf(t), wrapForStorage(t));
      return t;
    },

    get(name, version) {
      const versions = byName.get(name) ?? [];
      const matching = version ? versions.filter((t) => versionMatches(t.version, version)) : versions;
      return matching[matching.length - 1];
    },

    list({ author, allVersions = false } = {}) {
      const all = [...byName.keys()].sort().flatMap((name) => {
        const versions = byName.get(name)!;
        return allVersions ? versions : [versions[versions.length - 1]];
      });
      return author ? all.filter((t) => t.author === author) : all;
    },

    async remove(name, version) {
      const versions = byName.get(name) ?? [];
      if (versions.some((t) => t.author === 'builtin')) throw new PolicyDenied(`"${name}" is a built-in template and cannot be removed.`, { template: name });
      const gone = versions.filter((t) => !version || t.version === version);
      for (const t of gone) await storage.delete(keyOf(t));
      const kept = versions.filter((t) => !gone.includes(t));
      if (kept.length) byName.set(name, kept);
      else byName.delete(name);
      return gone.length;
    },

    search: (query) => rankTemplates(registry.list(), query),

    async load() {
      const report: LoadReport = { loaded: 0, upgraded: 0, errors: [] };
      for (const key of (await storage.keys()).filter((k) => k.startsWith(KEY_PREFIX)).sort()) {
        try {
          const stored = unwrapStored(await storage.get(key));
          const t = add(asUser(upgradeTemplate(stored.template, stored.format)));
          report.loaded++;
          if (stored.format !== TEMPLATE_FORMAT) {
            await storage.set(key, wrapForStorage(t));
            report.upgraded++;
          }
        } catch (e) {
          report.errors.push({ name: key.slice(KEY_PREFIX.length), message: (e as Error).message });
        }
      }
      return report;
    },

    exportTemplates(names) {
      if (!names) return serializeTemplates(registry.list({ author: 'user', allVersions: true }));
      const unknown = names.filter((n) => !byName.has(n));
      if (unknown.length) throw new PlanInvalid(`No template named ${unknown.map((n) => `"${n}"`).join(', ')}.`, { names: unknown });
      return serializeTemplates(names.flatMap((n) => byName.get(n)!));
    },

    async importTemplates(json) {
      const { templates, errors } = parseTemplatesFile(json);
      const imported: string[] = [];
      for (const t of templates) {
        try {
          imported.push(templateRef(await registry.save(t)));
        } catch (e) {
          errors.push({ name: t.name, message: (e as Error).message });
        }
      }
      return { imported, errors };
    },
  };
  return registry;
}
