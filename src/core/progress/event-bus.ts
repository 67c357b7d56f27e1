import type { RunEvent, RunEventType } from '../events';
import type { RunRecord } from '../run';

/** Receives events; `run` is the run as it was when the event happened. */
export type RunEventListener<E extends RunEvent = RunEvent> = (event: E, run?: RunRecord) => void;

/** Which events a subscriber wants. */
export interface EventFilter { runId?: string; types?: readonly RunEventType[] }

type Subscriber = { listener: RunEventListener; filter: EventFilter };

/** The fields a caller gives; the bus's `next` fills in seq, time and correlation. */
export type EventInput = Omit<RunEvent, 'seq' | 'at' | 'correlationId' | 'runId'> & { correlationId?: string };

/**
 * Typed event emitter for run events: subscribe (optionally filtered by run and type), unsubscribe,
 * and an in-memory history per run (bounded) for late subscribers. Listener errors are contained.
 * @example const off = bus.subscribe((e) => render(e), { runId, types: ['step.completed'] }); off();
 */
export class EventBus {
  private subscribers = new Set<Subscriber>();
  private histories = new Map<string, RunEvent[]>();

  constructor(private readonly historyLimit = 500) {}

  /**
   * Builds the run's next event: seq = run.lastSeq + 1 (gap-free; the run record is updated), the
   * clock time, and a correlation id shared by all attempts of one step.
   */
  next(run: RunRecord, input: EventInput, now: number): RunEvent {
    run.lastSeq += 1;
    const correlationId = input.correlationId ?? (input.stepId ? `${run.id}/${input.stepId}` : run.id);
    const event: RunEvent = { ...input, runId: run.id, seq: run.lastSeq, at: now, correlationId };
    for (const k of ['stepId', 'attempt', 'message', 'data'] as const) if (event[k] === undefined) delete event[k];
    return event;
  }

  /** Delivers an event to matching subscribers and keeps it in the run's history. */
  publish(event: RunEvent, run?: RunRecord): void {
    if (this.historyLimit > 0) {
      const h = this.histories.get(event.runId) ?? [];
      h.push(event);
      if (h.length > this.historyLimit) h.splice(0, h.length - this.historyLimit);
      this.histories.set(event.runId, h);
    }
    for (const s of [...this.subscribers]) {
      if (s.filter.runId && s.filter.runId !== event.runId) continue;
      if (s.filter.types && !s.filter.types.includes(event.type)) continue;
      try { s.listener(event, run); } catch { /* a broken listener must not stop a run */ }
    }
  }

  /** Number of subscribers. */
  get size(): number { return this.subscribers.size; }

  /** Subscribes; returns the unsubscribe function. */
  subscribe(listener: RunEventListener, filter: EventFilter = {}): () => void {
    const s = { listener, filter };
    this.subscribers.add(s);
    return () => { this.subscribers.delete(s); };
  }

  /** Subscribes to one event type, with the listener typed for it. */
  on<T extends RunEventType>(type: T, listener: RunEventListener<RunEvent & { type: T }>, runId?: string): () => void {
    return this.subscribe(listener as RunEventListener, { types: [type], runId });
  }

  /** Events of a run kept in memory with seq > afterSeq. */
  history(runId: string, afterSeq = 0): RunEvent[] {
    return (this.histories.get(runId) ?? []).filter((e) => e.seq > afterSeq);
  }

  /** Forgets a run's history. */
  forget(runId: string): void { this.histories.delete(runId); }
}
