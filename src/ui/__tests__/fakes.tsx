import type { ComponentChildren } from 'preact';
import { render } from '@testing-library/preact';
import type { BackgroundClient } from '../../messaging/client';
import type { BackgroundReplies, BackgroundRequestName, PortMessage } from '../../messaging/protocol';
import type { RunRecord } from '../../core/run';
import type { RunEvent } from '../../core/events';
import type { Plan } from '../../core/plan';
import { EnvContext, type UiEnv } from '../env';
import { createPanelStores, PanelContext, type PanelStores } from '../panel/panel-context';

type Handler<N extends BackgroundRequestName> = (payload: any) => BackgroundReplies[N] | Promise<BackgroundReplies[N]>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A background client that answers from handlers and records every request. */
export class FakeClient implements BackgroundClient {
  requests: Array<{ name: string; payload: unknown }> = [];
  subscriptions: Array<{ runId: string; afterSeq: number; push(m: PortMessage): void; stopped: boolean }> = [];
  constructor(public handlers: Partial<{ [N in BackgroundRequestName]: Handler<N> }> = {}) {}
  on<N extends BackgroundRequestName>(name: N, handler: Handler<N>): this {
    (this.handlers as Record<string, unknown>)[name] = handler;
    return this;
  }
  async request<N extends BackgroundRequestName>(name: N, payload: unknown): Promise<BackgroundReplies[N]> {
    this.requests.push({ name, payload });
    const h = this.handlers[name] as Handler<N> | undefined;
    if (!h) throw new Error(`no fake handler for ${name}`);
    return h(payload);
  }
  subscribe(runId: string, afterSeq: number, onMessage: (m: PortMessage) => void): () => void {
    const sub = { runId, afterSeq, stopped: false, push: (m: PortMessage) => { if (!sub.stopped) onMessage(m); } };
    this.subscriptions.push(sub);
    return () => { sub.stopped = true; };
  }
  /** Payloads sent for one request name. */
  sent(name: BackgroundRequestName): unknown[] {
    return this.requests.filter((r) => r.name === name).map((r) => r.payload);
  }
  /** Pushes to the newest live subscription. */
  push(m: PortMessage) {
    [...this.subscriptions].reverse().find((s) => !s.stopped)?.push(m);
  }
}

/** A UiEnv around a fake client, recording downloads, clipboard writes and permission requests. */
export function fakeEnv(client = new FakeClient(), grant = true) {
  const downloads: Array<{ filename: string; blob: Blob }> = [];
  const copied: string[] = [];
  const permissionRequests: string[][] = [];
  let optionsOpened = 0;
  const env: UiEnv = {
    client,
    permissions: { request: async (p) => { permissionRequests.push(p.origins); return grant; } },
    clipboard: { writeText: async (t) => { copied.push(t); } },
    download: (filename, blob) => { downloads.push({ filename, blob }); },
    openOptions: () => { optionsOpened++; },
  };
  return { env, client, downloads, copied, permissionRequests, optionsOpened: () => optionsOpened };
}

/** Renders panel UI with stores around the fake client. */
export function renderPanel(ui: ComponentChildren, env: UiEnv, stores: PanelStores = createPanelStores(env.client)) {
  const result = render(
    <EnvContext.Provider value={env}><PanelContext.Provider value={stores}>{ui}</PanelContext.Provider></EnvContext.Provider>,
  );
  return { ...result, stores };
}

/** A plan with a navigate, a type, a click and an extract step. */
export function samplePlan(over: Partial<Plan> = {}): Plan {
  return {
    id: 'plan1', goal: 'Find USB-C cables', intent: 'search', params: {}, origins: ['https://shop.example'], confidence: 0.8,
    source: 'ai', promptVersion: 'v1',
    steps: [
      { id: 's1', kind: 'navigate', description: 'Open the shop', url: 'https://shop.example', confidence: 0.9, risk: 'low' },
      { id: 's2', kind: 'type', description: 'Type the product in search', value: 'usb-c cable', clear: true, pressEnter: true, confidence: 0.5, risk: 'low',
        target: { description: 'search box', strategies: [{ role: 'searchbox' }] } },
      { id: 's3', kind: 'click', description: 'Press Buy now', confidence: 0.9, risk: 'high', target: { description: 'buy', strategies: [{ text: 'Buy now' }] } },
      { id: 's4', kind: 'extract', description: 'Read the results', what: 'list', confidence: 1, risk: 'low' },
    ],
    ...over,
  };
}

/** A run record. */
export function sampleRun(over: Partial<RunRecord> = {}): RunRecord {
  return {
    id: 'r1', goal: 'Find USB-C cables', status: 'running', createdAt: 1_700_000_000_000, updatedAt: 1, tabId: 7,
    startUrl: 'https://shop.example/', plan: samplePlan(), cursor: 0, steps: {}, inputs: {}, suggestions: [],
    usage: { modelCalls: 1, promptTokens: 1200, completionTokens: 300 }, lastSeq: 0, ...over,
  };
}

/** A run event. */
export function ev(seq: number, type: RunEvent['type'], over: Partial<RunEvent> = {}): RunEvent {
  return { type, runId: 'r1', seq, at: 1_700_000_000_000 + seq * 1000, correlationId: `c${seq}`, ...over };
}

/** Waits for pending promises (fake requests) to settle. */
export const flush = () => new Promise((r) => setTimeout(r, 0));
