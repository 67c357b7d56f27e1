import { signal, computed, type ReadonlySignal, type Signal } from '@preact/signals';
import type { BackgroundClient } from '../../messaging/client';
import type { BackgroundRequest } from '../../messaging/protocol';
import type { RunEvent } from '../../core/events';
import type { RunRecord } from '../../core/run';
import { hostOf } from '../format';
import { errorText } from './error-text';

/** A past run opened from history, with its timeline. */
export interface RunDetail {
  run: RunRecord;
  events: RunEvent[];
}

/** Past runs, filters and the run opened from them. */
export interface HistoryStore {
  runs: ReadonlySignal<RunRecord[]>;
  /** '' = any status. */
  statusFilter: Signal<string>;
  /** '' = any site (host name). */
  siteFilter: Signal<string>;
  filtered: ReadonlySignal<RunRecord[]>;
  /** Host names of past runs, for the site filter. */
  sites: ReadonlySignal<string[]>;
  /** Distinct goals, newest first: the goal box suggests them. */
  recentGoals: ReadonlySignal<string[]>;
  detail: ReadonlySignal<RunDetail | null>;
  error: ReadonlySignal<string | null>;
  load(): Promise<void>;
  open(runId: string): Promise<void>;
  close(): void;
  remove(runId: string): Promise<void>;
  /** Replays a run in `tabId` (the panel's tab; a new tab on the run's start page when it is gone); resolves with the new run id. */
  replay(runId: string, tabId?: number): Promise<string | undefined>;
  saveTemplate(req: BackgroundRequest<'template.saveFromRun'>): Promise<{ name: string; version: string } | undefined>;
}

/** The site a run acted on. */
export function runSite(run: RunRecord): string {
  return hostOf(run.startUrl ?? run.plan?.origins?.[0]);
}

/** Creates the store around a background client. */
export function createHistoryStore(client: BackgroundClient, limit = 200): HistoryStore {
  const runs = signal<RunRecord[]>([]);
  const statusFilter = signal('');
  const siteFilter = signal('');
  const detail = signal<RunDetail | null>(null);
  const error = signal<string | null>(null);

  async function guard<T>(fn: () => Promise<T>): Promise<T | undefined> {
    try {
      const r = await fn();
      error.value = null;
      return r;
    } catch (e) {
      error.value = errorText(e);
      return undefined;
    }
  }

  return {
    runs, statusFilter, siteFilter, detail, error,
    filtered: computed(() => runs.value.filter((r) =>
      (!statusFilter.value || r.status === statusFilter.value) && (!siteFilter.value || runSite(r) === siteFilter.value))),
    sites: computed(() => [...new Set(runs.value.map(runSite).filter(Boolean))].sort()),
    recentGoals: computed(() => [...new Set([...runs.value].sort((a, b) => b.createdAt - a.createdAt).map((r) => r.goal.trim()))].slice(0, 8)),
    async load() {
      const list = await guard(() => client.request('run.list', { limit }));
      if (list) runs.value = [...list].sort((a, b) => b.createdAt - a.createdAt);
    },
    async open(runId) {
      const got = await guard(async () => Promise.all([client.request('run.get', { runId }), client.request('run.events', { runId, afterSeq: 0 })]));
      if (got?.[0]) detail.value = { run: got[0], events: got[1] };
    },
    close() { detail.value = null; },
    async remove(runId) {
      const ok = await guard(() => client.request('run.delete', { runId }));
      if (!ok) return;
      runs.value = runs.value.filter((r) => r.id !== runId);
      if (detail.value?.run.id === runId) detail.value = null;
    },
    async replay(runId, tabId) {
      return (await guard(() => client.request('run.replay', tabId === undefined ? { runId } : { runId, tabId })))?.runId;
    },
    async saveTemplate(req) {
      return guard(() => client.request('template.saveFromRun', req));
    },
  };
}
