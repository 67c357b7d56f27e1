import { PortRequestSchema, EVENTS_PORT, type PortMessage } from '../messaging/protocol';
import type { RunEvent } from '../core/events';
import type { RunRecord } from '../core/run';

/** The slice of runtime.Port used here. */
export interface PortLike {
  name: string;
  sender?: { id?: string; url?: string };
  postMessage(message: unknown): void;
  onMessage: { addListener(fn: (m: unknown) => void): void };
  onDisconnect: { addListener(fn: () => void): void };
}

/**
 * Pushes live events to connected panels. A panel subscribes to a run with the last seq it has
 * seen; it gets the run record, then the missed events from the store, then live ones, so nothing
 * is lost across reconnects.
 */
export function createEventsHub(opts: {
  isTrusted: (port: PortLike) => boolean;
  eventsAfter: (runId: string, afterSeq: number) => Promise<RunEvent[]>;
  /** The run as stored, sent first so a reopened panel can draw it at once. */
  getRun?: (runId: string) => Promise<RunRecord | undefined>;
}) {
  const subs = new Map<PortLike, { runId: string; lastSeq: number }>();

  function send(port: PortLike, msg: PortMessage) {
    try {
      port.postMessage(msg);
    } catch {
      subs.delete(port); // the panel went away mid-send
    }
  }

  return {
    /** Handles a newly connected port (runtime.onConnect). */
    accept(port: PortLike) {
      if (port.name !== EVENTS_PORT) return;
      if (!opts.isTrusted(port)) return;
      port.onDisconnect.addListener(() => subs.delete(port));
      port.onMessage.addListener(async (raw) => {
        const req = PortRequestSchema.safeParse(raw);
        if (!req.success) return;
        const sub = { runId: req.data.runId, lastSeq: req.data.afterSeq };
        subs.set(port, sub);
        const run = await opts.getRun?.(sub.runId);
        if (run) send(port, { kind: 'run', run });
        for (const e of await opts.eventsAfter(sub.runId, sub.lastSeq)) {
          if (e.seq > sub.lastSeq) {
            sub.lastSeq = e.seq;
            send(port, { kind: 'event', event: e });
          }
        }
      });
    },
    /** Called for every event the orchestrator emits (after it was stored). */
    publish(event: RunEvent, run?: RunRecord) {
      for (const [port, sub] of subs) {
        if (sub.runId !== event.runId && sub.runId !== '*') continue;
        if (event.seq > sub.lastSeq || sub.runId === '*') {
          sub.lastSeq = Math.max(sub.lastSeq, event.seq);
          send(port, { kind: 'event', event });
          if (run) send(port, { kind: 'run', run });
        }
      }
    },
    /** Number of connected subscribers (for keep-alive decisions and tests). */
    size: () => subs.size,
  };
}
