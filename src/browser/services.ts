import { browser } from 'wxt/browser';
import { createOrchestrator, type Orchestrator } from '../core/engine';
import { createSelectorMemory } from '../core/memory';
import { loadConfig, type Config, type ConfigOverrides } from '../core/config';
import { createOfflinePlanner, createPlanCache, createCachePlanner, parseGoal, type PlanCache } from '../core/planning';
import { createTemplateRegistry, createTemplatePlanner, createTemplateResolver, type TemplateRegistry } from '../core/templates';
import { builtinTemplates } from '../../templates';
import { openErrandDb, IdbRunStore, IdbKv } from '../store';
import type { IDBPDatabase } from 'idb';
import type { ErrandDb } from '../store';
import type { PlanRequest } from '../core/ports';
import type { RunEvent } from '../core/events';
import type { RunRecord } from '../core/run';
import type { PickOutcome } from '../messaging/protocol';
import { createExtensionPageDriver } from './page-driver';
import { createLocatorProbe } from './locator-probe';
import { createProviderSwitch } from './providers';
import { confidentOnly, hardened, onlyWhen } from './confident-planner';
import { loadSettings, watchSettings, type Settings } from './settings';
import { systemClock, randomIds } from './system-ports';
import { kvKeys } from './kv-keys';

/** Everything the background's handlers need, built once per service-worker start. */
export interface Services {
  db: IDBPDatabase<ErrandDb>;
  store: IdbRunStore;
  orchestrator: Orchestrator;
  registry: TemplateRegistry;
  cache: PlanCache;
  settings: () => Settings;
  config: Config;
  providers: ReturnType<typeof createProviderSwitch>;
  clearSelectorMemory(): Promise<number>;
  /** After a planning failure: replaces the generic "no planner" error by the offline planner's reason. */
  explainPlanningFailure(run: RunRecord): Promise<RunRecord>;
  /** Lets the person pick an element in a tab (the page agent's outline); resolves with its locator or why not. */
  pickElement(tabId: number): Promise<PickOutcome>;
}

/** Offline plans at or above this confidence are used before asking a model. */
const OFFLINE_FIRST_CONFIDENCE = 0.8;

/** Builds the service graph: IndexedDB store, planners chain, page driver, orchestrator. */
export async function createServices(onEvent: (e: RunEvent, run: RunRecord) => void): Promise<Services> {
  const db = await openErrandDb();
  const store = new IdbRunStore(db);
  let settings = await loadSettings();
  const providers = createProviderSwitch();
  await providers.update(settings);
  watchSettings((s) => {
    settings = s;
    void providers.update(s);
  });

  const registry = createTemplateRegistry({ builtins: builtinTemplates, storage: templateStorage(db) });
  await registry.load().catch(() => undefined);
  const cache = createPlanCache(templateStorage(db, 'plancache:'), { maxEntries: 200 });
  const offline = createOfflinePlanner();
  // Remember what each goal was planned against, so a successful run can be cached under it.
  const planRequests = new Map<string, PlanRequest>();
  const recording = {
    source: 'offline' as const,
    async plan(req: PlanRequest) {
      planRequests.set(`${req.goal}|${req.url}`, req);
      if (planRequests.size > 50) planRequests.delete(planRequests.keys().next().value!);
      return null;
    },
  };
  const planners = [
    recording,
    ...[
      onlyWhen(() => settings.flags.templates, createTemplatePlanner(registry, (g) => parseGoal(g))),
      createCachePlanner(cache),
      onlyWhen(() => settings.flags.offlineFirst, confidentOnly(offline, OFFLINE_FIRST_CONFIDENCE)),
      ...providers.planners(),
      offline,
    ].map(hardened),
  ];

  // Build-time overrides (WXT_ERRAND_CONFIG='{"retry":{…}}'), then stored ones; the Options flags win live.
  const config = await loadConfig({ env: buildTimeConfig(), kv: new IdbKv(db, 'config:') });
  const applyFlags = (s: Settings) => {
    const { aiPlanning, advancedRetry, progressEvents, templates } = s.flags;
    Object.assign(config.flags, { aiPlanning, advancedRetry, progressEvents, templates });
  };
  applyFlags(settings);
  watchSettings(applyFlags);
  const driver = createExtensionPageDriver({
    tabs: browser.tabs as never,
    scripting: browser.scripting as never,
    secrets: async () => settings.secrets,
  });
  const orchestrator = createOrchestrator({
    store, driver, planners,
    probeLocator: createLocatorProbe(driver),
    clock: systemClock, ids: randomIds,
    config,
    provider: providers.recovery,
    selectorMemory: createSelectorMemory(new IdbKv(db, 'memory:')),
    resolveTemplate: createTemplateResolver(registry),
    onEvent(e, run) {
      if (e.type === 'run.completed' && run.plan && ['ai', 'offline'].includes(run.plan.source)) {
        const req = planRequests.get(`${run.goal}|${run.startUrl}`);
        if (req) void cache.remember(run.plan, req).catch(() => false);
      }
      onEvent(e, run);
    },
  });

  return {
    db, store, orchestrator, registry, cache, providers, config,
    settings: () => settings,
    pickElement: (tabId) => driver.pick(tabId),
    async explainPlanningFailure(run) {
      if (run.status !== 'failed' || run.plan) return run;
      const req = planRequests.get(`${run.goal}|${run.startUrl}`) ?? { goal: run.goal, url: run.startUrl };
      const attempt = offline.tryPlan(req);
      if (!('reason' in attempt)) return run;
      const hint = providers.hasProvider() ? [] : ['Add an AI provider in Options: a model can plan goals the offline planner cannot.'];
      const explained: RunRecord = {
        ...run,
        error: { name: 'CannotPlan', message: attempt.reason, category: 'user' },
        suggestions: [...new Set([...hint, ...run.suggestions])],
      };
      await store.putRun(explained);
      return explained;
    },
    async clearSelectorMemory() {
      const keys = await kvKeys(db, 'memory:');
      for (const k of keys) await db.delete('kv', k);
      return keys.length;
    },
  };
}

/** A template/plan-cache store over the IndexedDB kv table, under a prefix. */
function templateStorage(db: IDBPDatabase<ErrandDb>, prefix = 'templates:') {
  return {
    get: (k: string) => db.get('kv', prefix + k),
    set: async (k: string, v: unknown) => { await db.put('kv', v, prefix + k); },
    delete: (k: string) => db.delete('kv', prefix + k),
    keys: async () => (await kvKeys(db, prefix)).map((k) => k.slice(prefix.length)),
  };
}

/** Engine config overrides baked in at build time, as JSON in WXT_ERRAND_CONFIG; bad JSON is ignored. */
function buildTimeConfig(): ConfigOverrides | undefined {
  const raw = (import.meta.env as Record<string, string | undefined>).WXT_ERRAND_CONFIG;
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as ConfigOverrides;
  } catch {
    return undefined;
  }
}
