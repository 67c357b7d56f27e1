import { createBackgroundClient, type EventsPort } from '../client';
import { ElementNotFound, TimeoutError, ErrandError } from '../../core/errors';
import { EVENTS_PORT, type PortMessage } from '../protocol';
import type { RunEvent } from '../../core/events';
import type { RunRecord } from '../../core/run';

type Listener<T extends unknown[]> = (...args: T) => void;
class FakePort implements EventsPort {
  posted: unknown[] = [];
  disconnected = false;
  private messageListeners: Listener<[unknown]>[] = [];
  private disconnectListeners: Listener<[]>[] = [];
  constructor(readonly name: string) {}
  postMessage(m: unknown) { this.posted.push(m); }
  disconnect() { this.disconnected = true; }
  onMessage = {
    addListener: (cb: Listener<[unknown]>) => { this.messageListeners.push(cb); },
    removeListener: (cb: Listener<[unknown]>) => { this.messageListeners = this.messageListeners.filter((l) => l !== cb); },
  };
  onDisconnect = {
    addListener: (cb: Listener<[]>) => { this.disconnectListeners.push(cb); },
    removeListener: (cb: Listener<[]>) => { this.disconnectListeners = this.disconnectListeners.filter((l) => l !== cb); },
  };
  /** The background pushes a message. */
  push(m: unknown) { for (const l of [...this.messageListeners]) l(m); }
  /** The background went away. */
  drop() { for (const l of [...this.disconnectListeners]) l(); }
}

const event = (seq: number, runId = 'r1'): RunEvent => ({ type: 'step.completed', runId, seq, at: seq, correlationId: 'c' });
const run = (status: RunRecord['status']): RunRecord => ({
  id: 'r1', goal: 'g', status, createdAt: 0, updatedAt: 0, cursor: 0, steps: {}, inputs: {}, suggestions: [],
  usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 }, lastSeq: 0,
});

function setup() {
  const ports: FakePort[] = [];
  const timers: Array<{ fn: () => void; ms: number }> = [];
  const client = createBackgroundClient(
    async () => ({ ok: true, value: null }),
    (name) => { const p = new FakePort(name); ports.push(p); return p; },
    { schedule: (fn, ms) => { timers.push({ fn, ms }); return timers.length; }, cancelSchedule: () => { timers.length = 0; } },
  );
  return { client, ports, timers };
}

describe('background client: requests', () => {
  it('wraps the payload in an envelope and unwraps an ok reply', async () => {
    const sent: unknown[] = [];
    const client = createBackgroundClient(async (m) => { sent.push(m); return { ok: true, value: { runId: 'r9' } }; });
    await expect(client.request('run.start', { goal: 'find cables', tabId: 3 })).resolves.toEqual({ runId: 'r9' });
    expect(sent).toEqual([{ errand: 1, type: 'run.start', payload: { goal: 'find cables', tabId: 3 } }]);
  });

  it('re-creates the named error of a failed reply', async () => {
    const client = createBackgroundClient(async () => ({ ok: false, error: new ElementNotFound('No "Buy" button', { stepId: 's2' }).toJSON() }));
    const err = await client.request('run.get', { runId: 'r1' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ElementNotFound);
    expect((err as ElementNotFound).details).toEqual({ stepId: 's2' });
  });

  it('keeps timeouts typed', async () => {
    const client = createBackgroundClient(async () => ({ ok: false, error: new TimeoutError('planning', 30000).toJSON() }));
    await expect(client.request('run.get', { runId: 'r1' })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('says so when the background gives no answer', async () => {
    const client = createBackgroundClient(async () => undefined);
    const err = await client.request('run.list', {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ErrandError);
    expect((err as ErrandError).category).toBe('transient');
  });
});

describe('background client: event subscription', () => {
  it('subscribes over the events port from the given seq', () => {
    const { client, ports } = setup();
    client.subscribe('r1', 4, () => {});
    expect(ports[0].name).toBe(EVENTS_PORT);
    expect(ports[0].posted).toEqual([{ kind: 'subscribe', runId: 'r1', afterSeq: 4 }]);
  });

  it('delivers events in order, dropping duplicates, other runs and junk', () => {
    const { client, ports } = setup();
    const got: PortMessage[] = [];
    client.subscribe('r1', 0, (m) => got.push(m));
    ports[0].push({ kind: 'event', event: event(1) });
    ports[0].push({ kind: 'event', event: event(1) });
    ports[0].push({ kind: 'event', event: event(2, 'other') });
    ports[0].push({ kind: 'nonsense' });
    ports[0].push({ kind: 'run', run: { ...run('running'), id: 'other' } });
    ports[0].push({ kind: 'run', run: run('running') });
    expect(got.map((m) => (m.kind === 'event' ? m.event.seq : m.run.status))).toEqual([1, 'running']);
  });

  it('reconnects after a disconnect and re-subscribes from the last seq seen', () => {
    const { client, ports, timers } = setup();
    const got: number[] = [];
    client.subscribe('r1', 0, (m) => { if (m.kind === 'event') got.push(m.event.seq); });
    ports[0].push({ kind: 'event', event: event(1) });
    ports[0].push({ kind: 'event', event: event(2) });
    ports[0].drop();
    expect(timers).toHaveLength(1);
    timers[0].fn();
    expect(ports[1].posted).toEqual([{ kind: 'subscribe', runId: 'r1', afterSeq: 2 }]);
    ports[1].push({ kind: 'event', event: event(2) });
    ports[1].push({ kind: 'event', event: event(3) });
    expect(got).toEqual([1, 2, 3]);
  });

  it('backs off between failed reconnects', () => {
    const timers: number[] = [];
    let calls = 0;
    const client = createBackgroundClient(async () => null, () => { calls++; throw new Error('no receiver'); }, {
      reconnectDelayMs: 100, maxReconnectDelayMs: 300, schedule: (fn, ms) => { timers.push(ms); if (timers.length < 4) fn(); return 1; },
    });
    client.subscribe('r1', 0, () => {});
    expect(calls).toBe(4);
    expect(timers).toEqual([100, 200, 300, 300]);
  });

  it('does not reconnect once the run has finished', () => {
    const { client, ports, timers } = setup();
    client.subscribe('r1', 0, () => {});
    ports[0].push({ kind: 'run', run: run('done') });
    ports[0].drop();
    expect(timers).toHaveLength(0);
  });

  it('stops listening and closes the port when unsubscribed', () => {
    const { client, ports, timers } = setup();
    const got: unknown[] = [];
    const stop = client.subscribe('r1', 0, (m) => got.push(m));
    stop();
    expect(ports[0].disconnected).toBe(true);
    ports[0].push({ kind: 'event', event: event(1) });
    ports[0].drop();
    expect(got).toEqual([]);
    expect(timers).toHaveLength(0);
  });

  it('cancels a pending reconnect when unsubscribed', () => {
    const { client, ports, timers } = setup();
    const stop = client.subscribe('r1', 0, () => {});
    ports[0].drop();
    expect(timers).toHaveLength(1);
    stop();
    expect(timers).toHaveLength(0);
  });
});
