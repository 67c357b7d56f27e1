import { z } from 'zod';
import type { Ids, Planner, PlanRequest } from '../ports';
import { ParamValueSchema, PlanSchema, type Intent, type ParamValue, type Plan } from '../plan';
import type { ParsedGoal } from './goal-parser/types';
import { originOf } from './goal-parser/sites';
import { parsedOf } from './offline/offline-planner';
import { paramsFromParsed } from './params';
import { goalShape } from './cache/goal-shape';
import { type Template, instantiate, templatize } from './cache/templatize';

/** Storage the cache writes to (storage.local, IndexedDB or a Map); sync or async. */
export interface PlanCacheStore {
  get(key: string): unknown | Promise<unknown>;
  set(key: string, value: unknown): void | Promise<void>;
  delete(key: string): void | Promise<void>;
  keys(): string[] | Promise<string[]>;
}

/** Cache options: size bound (LRU), clock, key prefix in the store, plan ids. */
export interface PlanCacheOptions {
  maxEntries?: number;
  now?: () => number;
  prefix?: string;
  ids?: Ids;
}

/** What `list()` shows for one cached plan. */
export interface PlanCacheEntryInfo {
  key: string;
  goal: string;
  intent: Intent;
  origin: string;
  steps: number;
  hits: number;
  createdAt: number;
  lastUsedAt: number;
}

interface Entry extends Template {
  key: string;
  goal: string;
  origin: string;
  createdAt: number;
  lastUsedAt: number;
  /** Tie-break for entries used in the same millisecond. */
  seq: number;
  hits: number;
}

/** The plan cache: look up by goal shape + site + page structure, remember plans that worked. */
export interface PlanCache {
  /** The cache key for a request: goal shape | page origin | page signature. */
  keyFor(req: PlanRequest & { intent?: Intent }): string;
  /** A cached plan re-instantiated with this request's params, or null. */
  lookup(req: PlanRequest & { intent?: Intent }): Promise<Plan | null>;
  /** Stores a plan (ideally after a successful run). False when the plan must not be cached. */
  remember(plan: Plan, req: PlanRequest & { intent?: Intent }): Promise<boolean>;
  list(): Promise<PlanCacheEntryInfo[]>;
  /** Removes every cached plan; returns how many went. */
  clear(): Promise<number>;
  forget(key: string): Promise<void>;
  /** Every stored entry as plain data (for a data export). */
  exportEntries(): Promise<unknown[]>;
  /** Stores entries from an export after checking each one; returns how many were taken. */
  importEntries(entries: unknown[]): Promise<number>;
}

// An imported entry comes from an untrusted file: check every field; the store key is recomputed.
const EntrySchema = z.strictObject({
  plan: PlanSchema,
  bindings: z.array(z.strictObject({ path: z.array(z.union([z.string(), z.number()])), param: z.string() })),
  exact: z.record(z.string(), ParamValueSchema).optional(),
  key: z.string().min(1).max(4000),
  goal: z.string().max(2000),
  origin: z.string(),
  createdAt: z.number(),
  lastUsedAt: z.number(),
  seq: z.number(),
  hits: z.number().int().min(0),
});

const SENSITIVE = /pass(?:word|code)?|pin|cvv|cvc|card|iban|secret|token|ssn/i;

/** Short stable hash of a key, so store keys stay small. */
function hash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    h1 = Math.imul(h1 ^ s.charCodeAt(i), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ s.charCodeAt(i), 0x5bd1e995) >>> 0;
  }
  return h1.toString(36) + h2.toString(36);
}

const sitesOrigins = (v: ParamValue | undefined) => (Array.isArray(v) ? v.map(originOf).filter((o): o is string => Boolean(o)) : []);

/**
 * Creates the plan cache. A hit needs no model: "compare the price of the Aeron chair on a, b, c"
 * and "compare prices for Embody chair across x, y and z" share a key (same goal shape, same page),
 * and the cached plan comes back with the new product and sites as params. Bounded (least recently
 * used entries go first), listable and clearable.
 */
export function createPlanCache(kv: PlanCacheStore, opts: PlanCacheOptions = {}): PlanCache {
  const prefix = opts.prefix ?? 'plan-cache:';
  const max = Math.max(1, opts.maxEntries ?? 100);
  const now = opts.now ?? (() => Date.now());
  let seq = 0;
  let counter = 0;
  const newId = () => opts.ids?.next('plan') ?? `plan-cache-${now().toString(36)}-${++counter}`;

  const keyOf = (parsed: ParsedGoal, req: PlanRequest) => {
    const origin = originOf(req.url ?? req.snapshot?.url) ?? '';
    return `${goalShape(parsed)}|${origin}|${req.snapshot?.signature ?? ''}`;
  };
  const storeKeys = async () => (await kv.keys()).filter((k) => k.startsWith(prefix));
  const read = async (k: string) => (await kv.get(k)) as Entry | undefined;

  async function evict(): Promise<void> {
    const keys = await storeKeys();
    if (keys.length <= max) return;
    const entries = (await Promise.all(keys.map(async (k) => ({ k, e: await read(k) })))).filter((x) => x.e);
    entries.sort((a, b) => a.e!.lastUsedAt - b.e!.lastUsedAt || a.e!.seq - b.e!.seq);
    for (const { k } of entries.slice(0, entries.length - max)) await kv.delete(k);
  }

  return {
    keyFor: (req) => keyOf(parsedOf(req), req),

    async lookup(req) {
      const parsed = parsedOf(req);
      const storeKey = prefix + hash(keyOf(parsed, req));
      const entry = await read(storeKey);
      if (!entry) return null;
      const fresh = { ...paramsFromParsed(parsed), ...(req.params as Record<string, ParamValue> | undefined) };
      if (entry.exact && Object.entries(entry.exact).some(([k, v]) => k in fresh && JSON.stringify(fresh[k]) !== JSON.stringify(v))) return null;
      const params = { ...entry.plan.params, ...fresh };
      const oldSites = new Set(sitesOrigins(entry.plan.params.sites));
      const origins = [...new Set([...entry.plan.origins.filter((o) => !oldSites.has(o)), ...sitesOrigins(params.sites), originOf(typeof params.url === 'string' ? params.url : undefined)].filter((o): o is string => Boolean(o)))];
      const plan = PlanSchema.parse({
        ...entry.plan, id: newId(), goal: req.goal.slice(0, 2000), params, origins, source: 'cache', steps: instantiate(entry, params),
      }) as Plan;
      await kv.set(storeKey, { ...entry, lastUsedAt: now(), seq: ++seq, hits: entry.hits + 1 });
      return plan;
    },

    async remember(plan, req) {
      if (Object.keys(plan.params).some((k) => SENSITIVE.test(k))) return false;
      const parsed = parsedOf(req);
      if (parsed.intent === 'unknown') return false;
      const key = keyOf(parsed, req);
      const t = templatize(plan, paramsFromParsed(parsed));
      const at = now();
      const storeKey = prefix + hash(key);
      const before = await read(storeKey);
      const entry: Entry = {
        ...t, key, goal: plan.goal, origin: originOf(req.url ?? req.snapshot?.url) ?? '',
        createdAt: before?.createdAt ?? at, lastUsedAt: at, seq: ++seq, hits: before?.hits ?? 0,
      };
      await kv.set(storeKey, JSON.parse(JSON.stringify(entry)));
      await evict();
      return true;
    },

    async list() {
      const entries = (await Promise.all((await storeKeys()).map(read))).filter((e): e is Entry => Boolean(e));
      entries.sort((a, b) => b.lastUsedAt - a.lastUsedAt || b.seq - a.seq);
      return entries.map((e) => ({
        key: e.key, goal: e.goal, intent: e.plan.intent, origin: e.origin, steps: e.plan.steps.length,
        hits: e.hits, createdAt: e.createdAt, lastUsedAt: e.lastUsedAt,
      }));
    },

    async clear() {
      const keys = await storeKeys();
      for (const k of keys) await kv.delete(k);
      return keys.length;
    },

    async forget(key) {
      await kv.delete(prefix + hash(key));
    },

    async exportEntries() {
      return (await Promise.all((await storeKeys()).map(read))).filter(Boolean);
    },

    async importEntries(entries) {
      let taken = 0;
      for (const raw of entries) {
        const r = EntrySchema.safeParse(raw);
        if (!r.success || Object.keys(r.data.plan.params).some((k) => SENSITIVE.test(k))) continue;
        const storeKey = prefix + hash(r.data.key);
        // What this browser learned more recently wins over the file.
        if (((await read(storeKey))?.lastUsedAt ?? -Infinity) > r.data.lastUsedAt) continue;
        await kv.set(storeKey, JSON.parse(JSON.stringify(r.data)));
        taken++;
      }
      await evict();
      return taken;
    },
  };
}

/**
 * The cache as a Planner (source 'cache'): a hit is a plan with zero model calls, a miss is null so
 * the next planner in the chain runs.
 */
export function createCachePlanner(cache: PlanCache): Planner {
  return {
    source: 'cache',
    async plan(req) {
      const plan = await cache.lookup(req);
      return plan ? { plan, usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 } } : null;
    },
  };
}

/** A PlanCacheStore in memory (tests, and callers without persistent storage). */
export function createMemoryPlanStore(): PlanCacheStore & { readonly size: number } {
  const map = new Map<string, unknown>();
  return {
    get: (k) => structuredClone(map.get(k)),
    set: (k, v) => { map.set(k, structuredClone(v)); },
    delete: (k) => { map.delete(k); },
    keys: () => [...map.keys()],
    get size() { return map.size; },
  };
}
