import type { BackgroundHandlers } from '../router';
import type { Services } from '../services';
import { createOpenAiProvider, resolveProviderSettings } from '../../ai';
import { RunRecordSchema, type RunRecord } from '../../core/run';
import { RunEventSchema } from '../../core/events';
import { parseSelectorMemoryEntry, type SelectorMemoryEntry } from '../../core/memory';
import { kvKeys } from '../kv-keys';

/** Prefix of selector memory in the kv table (services.ts builds the memory over it). */
const MEMORY_PREFIX = 'memory:';
/** At most this many selector-memory entries come in from one file. */
const MAX_MEMORY_ENTRIES = 20_000;

type DataHandlers = Pick<BackgroundHandlers, 'provider.test' | 'cache.clear' | 'memory.clear' | 'history.prune' | 'data.export' | 'data.import'>;

/** Format marker of the export file. */
export const EXPORT_FORMAT = 'errand-data@1';

/** Handlers for the options page: provider check, cache/memory/history upkeep, export and import. */
export function dataHandlers(svc: Services): DataHandlers {
  return {
    async 'provider.test'({ provider }) {
      try {
        const check = await createOpenAiProvider(resolveProviderSettings(provider)).testConnection();
        return { ok: check.ok, model: check.model, latencyMs: check.latencyMs, error: check.error?.message };
      } catch (err) {
        return { ok: false, error: (err as Error).message };
      }
    },
    'cache.clear': async () => ({ cleared: await svc.cache.clear() }),
    'memory.clear': async () => ({ cleared: await svc.clearSelectorMemory() }),
    'history.prune': async ({ keep }) => ({ deleted: await svc.store.prune(keep) }),
    async 'data.export'() {
      // API keys and secrets live in storage.local settings and are never part of the export.
      const runs = await svc.store.listRuns({ limit: 100_000 });
      const events = (await Promise.all(runs.map((r) => svc.store.getEvents(r.id)))).flat();
      return {
        format: EXPORT_FORMAT, exportedAt: new Date().toISOString(), runs, events,
        templates: JSON.parse(svc.registry.exportTemplates()),
        planCache: await svc.cache.exportEntries(),
        selectorMemory: await exportSelectorMemory(svc),
      };
    },
    async 'data.import'({ data }) {
      const imported = { runs: 0, events: 0, templates: 0, planCache: 0, selectorMemory: 0 };
      if (data.format !== EXPORT_FORMAT) throw new Error('This file is not an Errand data export.');
      for (const raw of Array.isArray(data.runs) ? data.runs : []) {
        const run = RunRecordSchema.safeParse(raw);
        if (!run.success) continue;
        // Imported runs are history: a run that was live elsewhere must not start here by itself.
        const status = ['running', 'planning'].includes(run.data.status) ? 'interrupted' : run.data.status;
        await svc.store.putRun({ ...run.data, status } as RunRecord);
        imported.runs++;
      }
      for (const raw of Array.isArray(data.events) ? data.events : []) {
        const ev = RunEventSchema.safeParse(raw);
        if (!ev.success) continue;
        await svc.store.appendEvent(ev.data);
        imported.events++;
      }
      if (data.templates) {
        const report = await svc.registry.importTemplates(JSON.stringify(data.templates));
        imported.templates = report.imported.length;
      }
      if (Array.isArray(data.planCache)) imported.planCache = await svc.cache.importEntries(data.planCache);
      if (Array.isArray(data.selectorMemory)) imported.selectorMemory = await importSelectorMemory(svc, data.selectorMemory);
      return { imported };
    },
  };
}

async function exportSelectorMemory(svc: Services): Promise<SelectorMemoryEntry[]> {
  const out: SelectorMemoryEntry[] = [];
  for (const k of await kvKeys(svc.db, MEMORY_PREFIX)) {
    const entry = parseSelectorMemoryEntry({ key: k.slice(MEMORY_PREFIX.length), strategy: await svc.db.get('kv', k) });
    if (entry) out.push(entry);
  }
  return out;
}

async function importSelectorMemory(svc: Services, raw: unknown[]): Promise<number> {
  let taken = 0;
  for (const item of raw.slice(0, MAX_MEMORY_ENTRIES)) {
    const entry = parseSelectorMemoryEntry(item);
    if (!entry) continue;
    await svc.db.put('kv', entry.strategy, MEMORY_PREFIX + entry.key);
    taken++;
  }
  return taken;
}
