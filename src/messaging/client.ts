import { browser } from 'wxt/browser';
import { ErrandError, deserializeError } from '../core/errors';
import { FINAL_STATUSES } from '../core/run';
import {
  EVENTS_PORT, envelope,
  type BackgroundReplies, type BackgroundRequest, type BackgroundRequestName, type Envelope, type PortMessage, type Reply,
} from './protocol';

/** The part of a runtime Port the client uses (tests pass a fake). */
export interface EventsPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(cb: (message: unknown) => void): void; removeListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void; removeListener(cb: () => void): void };
}

/** Sends one envelope to the background and resolves with its raw reply. */
export type SendMessage = (message: Envelope) => Promise<unknown>;
/** Opens a named port to the background. */
export type ConnectPort = (name: string) => EventsPort;

/** Typed access to the background from extension pages (panel, options). */
export interface BackgroundClient {
  /** Sends a request; resolves with the reply value or throws the re-created named error. */
  request<N extends BackgroundRequestName>(name: N, payload: BackgroundRequest<N>): Promise<BackgroundReplies[N]>;
  /**
   * Receives a run's events after `afterSeq`, then live ones. Reconnects when the port drops (the
   * service worker restarted, the panel was reopened) and asks again from the last seq it saw.
   * Returns a function that stops the subscription.
   */
  subscribe(runId: string, afterSeq: number, onMessage: (message: PortMessage) => void): () => void;
}

/** Reconnect timing; tests pass `schedule` to run reconnects synchronously. */
export interface ClientOptions {
  reconnectDelayMs?: number;
  maxReconnectDelayMs?: number;
  schedule?: (fn: () => void, ms: number) => unknown;
  cancelSchedule?: (handle: unknown) => void;
}

function isReply(value: unknown): value is Reply<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as Reply<unknown>).ok === 'boolean';
}

function isPortMessage(value: unknown): value is PortMessage {
  const kind = (value as PortMessage | null)?.kind;
  return (kind === 'event' && typeof (value as { event?: unknown }).event === 'object')
    || (kind === 'run' && typeof (value as { run?: unknown }).run === 'object');
}

/**
 * Creates the client. Defaults talk to the real background through `browser.runtime`.
 * @example
 * const client = createBackgroundClient();
 * const { runId } = await client.request('run.start', { goal: 'Find USB-C cables', tabId });
 * const stop = client.subscribe(runId, 0, (m) => console.log(m.kind));
 */
export function createBackgroundClient(
  sendMessage: SendMessage = (m) => browser.runtime.sendMessage(m),
  connect: ConnectPort = (name) => browser.runtime.connect({ name }) as unknown as EventsPort,
  options: ClientOptions = {},
): BackgroundClient {
  const baseDelay = options.reconnectDelayMs ?? 250;
  const maxDelay = options.maxReconnectDelayMs ?? 5_000;
  const schedule = options.schedule ?? ((fn, ms) => setTimeout(fn, ms));
  const cancelSchedule = options.cancelSchedule ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));

  async function request<N extends BackgroundRequestName>(name: N, payload: BackgroundRequest<N>): Promise<BackgroundReplies[N]> {
    const reply = await sendMessage(envelope(name, payload));
    if (!isReply(reply)) throw new ErrandError('Errand\u2019s background did not answer. Try again in a moment.', 'transient', { request: name });
    if (!reply.ok) throw deserializeError(reply.error);
    return reply.value as BackgroundReplies[N];
  }

  function subscribe(runId: string, afterSeq: number, onMessage: (message: PortMessage) => void): () => void {
    let lastSeq = afterSeq;
    let finished = false;
    let stopped = false;
    let port: EventsPort | null = null;
    let timer: unknown = null;
    let delay = baseDelay;

    const handleMessage = (raw: unknown) => {
      if (stopped || !isPortMessage(raw)) return;
      if (raw.kind === 'event') {
        if (raw.event.runId !== runId || raw.event.seq <= lastSeq) return;
        lastSeq = raw.event.seq;
      } else {
        if (raw.run.id !== runId) return;
        finished = FINAL_STATUSES.includes(raw.run.status);
      }
      delay = baseDelay;
      onMessage(raw);
    };
    const handleDisconnect = () => {
      detach();
      // A finished run sends nothing more: do not wake the service worker again for it.
      if (!stopped && !finished) retryLater();
    };
    function detach() {
      port?.onMessage.removeListener(handleMessage);
      port?.onDisconnect.removeListener(handleDisconnect);
      port = null;
    }
    function retryLater() {
      const wait = delay;
      delay = Math.min(delay * 2, maxDelay);
      timer = schedule(() => { timer = null; open(); }, wait);
    }
    function open() {
      if (stopped) return;
      try {
        port = connect(EVENTS_PORT);
        port.onMessage.addListener(handleMessage);
        port.onDisconnect.addListener(handleDisconnect);
        port.postMessage({ kind: 'subscribe', runId, afterSeq: lastSeq });
      } catch {
        detach();
        retryLater();
      }
    }

    open();
    return () => {
      stopped = true;
      if (timer !== null) cancelSchedule(timer);
      const p = port;
      detach();
      p?.disconnect();
    };
  }

  return { request, subscribe };
}
