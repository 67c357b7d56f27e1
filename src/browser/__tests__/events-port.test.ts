import { createEventsHub, type PortLike } from '../events-port';
import { EVENTS_PORT } from '../../messaging/protocol';
import type { RunEvent } from '../../core/events';

function fakePort(name = EVENTS_PORT) {
  const onMsg: Array<(m: unknown) => void> = [];
  const onDisc: Array<() => void> = [];
  const posted: unknown[] = [];
  const port: PortLike = {
    name, postMessage: (m) => posted.push(m),
    onMessage: { addListener: (f) => onMsg.push(f) },
    onDisconnect: { addListener: (f) => onDisc.push(f) },
  };
  return { port, posted, send: async (m: unknown) => { for (const f of onMsg) await f(m); }, disconnect: () => onDisc.forEach((f) => f()) };
}
const ev = (seq: number, runId = 'r1'): RunEvent => ({ type: 'progress', runId, seq, at: seq, correlationId: 'c' });

describe('events hub', () => {
  it('replays stored events after the panel\'s last seq, then streams live ones', async () => {
    const hub = createEventsHub({ isTrusted: () => true, eventsAfter: async (_r, after) => [ev(1), ev(2), ev(3)].filter((e) => e.seq > after) });
    const p = fakePort();
    hub.accept(p.port);
    await p.send({ kind: 'subscribe', runId: 'r1', afterSeq: 1 });
    hub.publish(ev(3)); // already replayed: not sent twice
    hub.publish(ev(4));
    hub.publish(ev(1, 'other'));
    expect(p.posted.map((m) => (m as { event: RunEvent }).event.seq)).toEqual([2, 3, 4]);
  });

  it('ignores untrusted ports, other port names and malformed requests; forgets closed ports', async () => {
    const hub = createEventsHub({ isTrusted: (port) => port.name === EVENTS_PORT && !port.sender, eventsAfter: async () => [] });
    const other = fakePort('something-else');
    hub.accept(other.port);
    const bad = fakePort();
    bad.port.sender = { url: 'https://evil.example' };
    hub.accept(bad.port);
    const good = fakePort();
    hub.accept(good.port);
    await good.send({ kind: 'nope' });
    expect(hub.size()).toBe(0);
    await good.send({ kind: 'subscribe', runId: 'r1', afterSeq: 0 });
    expect(hub.size()).toBe(1);
    good.disconnect();
    expect(hub.size()).toBe(0);
  });

  it('sends the stored run first when a panel subscribes', async () => {
    const hub = createEventsHub({ isTrusted: () => true, eventsAfter: async () => [ev(1)], getRun: async (id) => ({ id }) as never });
    const p = fakePort();
    hub.accept(p.port);
    await p.send({ kind: 'subscribe', runId: 'r1', afterSeq: 0 });
    expect(p.posted).toEqual([{ kind: 'run', run: { id: 'r1' } }, { kind: 'event', event: ev(1) }]);
  });

  it('sends the run record alongside an event when given, and drops a port that throws', async () => {
    const hub = createEventsHub({ isTrusted: () => true, eventsAfter: async () => [] });
    const p = fakePort();
    hub.accept(p.port);
    await p.send({ kind: 'subscribe', runId: 'r1', afterSeq: 0 });
    hub.publish(ev(1), { id: 'r1' } as never);
    expect(p.posted).toEqual([{ kind: 'event', event: ev(1) }, { kind: 'run', run: { id: 'r1' } }]);
    p.port.postMessage = () => { throw new Error('gone'); };
    hub.publish(ev(2));
    expect(hub.size()).toBe(0);
  });
});
