import { signal, computed, batch, type ReadonlySignal } from '@preact/signals';
import type { BackgroundClient } from '../../messaging/client';
import type { BackgroundRequest, PortMessage } from '../../messaging/protocol';
import type { RunEvent } from '../../core/events';
import type { RunRecord } from '../../core/run';
import type { Plan } from '../../core/plan';
import { errorText } from './error-text';
import { promptOf, progressOf, type UserPrompt, type Progress } from './run-derived';

/** Run actions that need only the run id (`run.skip`: skip the step a confirmation is about). */
export type RunAction = 'run.pause' | 'run.resume' | 'run.cancel' | 'run.retry' | 'run.skip';

/** The run the panel is showing: its record, its events and what the person can do with it. */
export interface RunStore {
  /** Id of the run shown (set before its record arrives). */
  runId: ReadonlySignal<string | null>;
  run: ReadonlySignal<RunRecord | null>;
  events: ReadonlySignal<RunEvent[]>;
  /** A request is in flight (buttons disable themselves). */
  busy: ReadonlySignal<boolean>;
  /** The last request that failed, in plain words. */
  error: ReadonlySignal<string | null>;
  progress: ReadonlySignal<Progress | null>;
  prompt: ReadonlySignal<UserPrompt | null>;
  start(goal: string, tabId: number): Promise<void>;
  startTemplate(req: BackgroundRequest<'template.run'>): Promise<void>;
  /** Shows an existing run and follows its events from the beginning. */
  attach(runId: string): Promise<void>;
  approve(plan: Plan): Promise<void>;
  act(action: RunAction): Promise<void>;
  answer(value: string | boolean): Promise<void>;
  /** Forgets the current run (the goal box comes back). */
  clear(): void;
}

// Events after which the record has changed status: fetch it again in case no record was pushed.
const STATUS_EVENTS = new Set<RunEvent['type']>(['plan.ready', 'run.started', 'run.paused', 'run.resumed', 'run.waiting-user', 'run.completed', 'run.failed', 'run.cancelled', 'run.interrupted']);

/** Creates the store around a background client. */
export function createRunStore(client: BackgroundClient): RunStore {
  const run = signal<RunRecord | null>(null);
  const events = signal<RunEvent[]>([]);
  const busy = signal(false);
  const error = signal<string | null>(null);
  const current = signal<string | null>(null);
  let runId: string | null = null;
  let unsubscribe: (() => void) | null = null;

  function setRun(next: RunRecord | null) {
    if (!next || next.id !== runId) return;
    if (run.value && run.value.id === next.id && run.value.updatedAt > next.updatedAt) return;
    run.value = next;
  }
  async function refresh(id: string) {
    try { setRun(await client.request('run.get', { runId: id })); } catch { /* the port will bring it */ }
  }
  function onMessage(m: PortMessage) {
    if (m.kind === 'run') { setRun(m.run); return; }
    const list = events.value;
    if (list.some((e) => e.seq === m.event.seq)) return;
    events.value = [...list, m.event].sort((a, b) => a.seq - b.seq);
    if (STATUS_EVENTS.has(m.event.type)) void refresh(m.event.runId);
  }

  async function call<T>(fn: () => Promise<T>): Promise<T | undefined> {
    busy.value = true;
    error.value = null;
    try {
      return await fn();
    } catch (e) {
      error.value = errorText(e);
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  async function attach(id: string) {
    unsubscribe?.();
    batch(() => { runId = id; current.value = id; run.value = null; events.value = []; error.value = null; });
    unsubscribe = client.subscribe(id, 0, onMessage);
    await refresh(id);
  }

  return {
    runId: current, run, events, busy, error,
    progress: computed(() => progressOf(run.value, events.value)),
    prompt: computed(() => promptOf(run.value, events.value)),
    async start(goal, tabId) {
      const r = await call(() => client.request('run.start', { goal, tabId }));
      if (r) await attach(r.runId);
    },
    async startTemplate(req) {
      const r = await call(() => client.request('template.run', req));
      if (r) await attach(r.runId);
    },
    attach,
    async approve(plan) {
      if (runId) await call(() => client.request('run.approve', { runId: runId!, plan }));
    },
    async act(action) {
      if (runId) await call(() => client.request(action, { runId: runId! }));
    },
    async answer(value) {
      if (runId) await call(() => client.request('run.answer', { runId: runId!, value }));
    },
    clear() {
      unsubscribe?.();
      unsubscribe = null;
      batch(() => { runId = null; current.value = null; run.value = null; events.value = []; error.value = null; });
    },
  };
}
