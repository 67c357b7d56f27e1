import { serializeError } from '../core/errors';
import { isEnvelope, pageRequests, type PageRequestName } from '../messaging/protocol';
import type { PageAgent } from './agent';

type SendResponse = (response: unknown) => void;
/** A runtime.onMessage listener as the WebExtension API calls it. */
export type MessageListener = (message: unknown, sender: unknown, sendResponse: SendResponse) => true | undefined;

/** The slice of `browser.runtime` the content script needs. */
export interface RuntimeLike {
  readonly id?: string;
  onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
}

/**
 * Answers page-request envelopes with the agent's reply. Other messages are left to other
 * listeners. Returns a function that removes the listener.
 */
export function listenForPageRequests(runtime: RuntimeLike, agent: PageAgent): () => void {
  const listener: MessageListener = (message, _sender, sendResponse) => {
    if (!isEnvelope(message, pageRequests)) return undefined;
    agent.handle(message.type as PageRequestName, message.payload)
      .then(sendResponse, (err: unknown) => sendResponse({ ok: false, error: serializeError(err) }));
    return true; // the answer comes asynchronously
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/** Per-window state kept between injections. */
interface InstalledAgent {
  agent: PageAgent;
  listening: boolean;
  /** False once the extension context that installed the listener has gone (extension reloaded). */
  isAlive: () => boolean;
}

/** Window property that marks an injected agent. */
export const AGENT_FLAG = '__errandPageAgent';

/** What `installPageAgent` needs; the entry point passes the real objects, tests fakes. */
export interface InstallOptions {
  win: object;
  runtime: RuntimeLike;
  /** Registers a callback for when the content-script context is invalidated. */
  onInvalidated: (cb: () => void) => unknown;
  createAgent: () => PageAgent;
}

/**
 * Installs the page agent once per window. A second injection while the first listener is alive
 * reuses it; after the extension context was invalidated (reload, update) the agent (and its
 * snapshot refs) is kept and a fresh listener is attached for the new context.
 */
export function installPageAgent(opts: InstallOptions): { agent: PageAgent; reused: boolean } {
  const slot = opts.win as Record<string, InstalledAgent | undefined>;
  const existing = slot[AGENT_FLAG];
  if (existing?.listening && existing.isAlive()) return { agent: existing.agent, reused: true };
  const agent = existing?.agent ?? opts.createAgent();
  const stop = listenForPageRequests(opts.runtime, agent);
  const state: InstalledAgent = {
    agent,
    listening: true,
    isAlive: () => {
      try {
        return opts.runtime.id != null;
      } catch {
        return false; // "Extension context invalidated" is thrown on access in some browsers
      }
    },
  };
  slot[AGENT_FLAG] = state;
  opts.onInvalidated(() => {
    stop();
    state.listening = false;
  });
  return { agent, reused: false };
}
