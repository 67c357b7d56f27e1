// @vitest-environment happy-dom
import { installPageAgent, listenForPageRequests, AGENT_FLAG, type MessageListener, type RuntimeLike } from '../install';
import { createPageAgent, type PageAgent } from '../agent';
import { envelope } from '../../messaging/protocol';

function fakeRuntime(id: string | undefined = 'ext') {
  const listeners = new Set<MessageListener>();
  const runtime: RuntimeLike & { id?: string } = {
    id,
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  /** Delivers a message like the browser does; resolves with what the listener sent back. */
  const send = (message: unknown) => new Promise<unknown>((resolve) => {
    const answered = [...listeners].map((l) => l(message, {}, resolve));
    if (!answered.includes(true)) resolve('no answer');
  });
  return { runtime, listeners, send };
}

function invalidation() {
  const callbacks: Array<() => void> = [];
  return { onInvalidated: (cb: () => void) => callbacks.push(cb), invalidate: () => callbacks.forEach((cb) => cb()) };
}

describe('content-script listener', () => {
  it('answers page envelopes and ignores other messages', async () => {
    const { runtime, send } = fakeRuntime();
    listenForPageRequests(runtime, createPageAgent(document, { layout: 'none' }));
    expect(await send(envelope('page.ping', {}))).toEqual({ ok: true, value: { ready: true, url: 'http://localhost:3000/' } });
    expect(await send({ hello: 'world' })).toBe('no answer');
    expect(await send(envelope('run.start', {}))).toBe('no answer');
  });

  it('turns an agent failure into an error value', async () => {
    const { runtime, send } = fakeRuntime();
    const broken = { refs: undefined, handle: () => Promise.reject(new Error('boom')) } as unknown as PageAgent;
    listenForPageRequests(runtime, broken);
    expect(await send(envelope('page.ping', {}))).toEqual({ ok: false, error: { name: 'Error', message: 'boom', category: 'fatal' } });
  });
});

describe('installing the agent', () => {
  beforeEach(() => {
    delete (window as unknown as Record<string, unknown>)[AGENT_FLAG];
  });

  it('reuses the live listener on a second injection', () => {
    const { runtime, listeners } = fakeRuntime();
    const create = vi.fn(() => createPageAgent(document, { layout: 'none' }));
    const first = installPageAgent({ win: window, runtime, onInvalidated: invalidation().onInvalidated, createAgent: create });
    const second = installPageAgent({ win: window, runtime, onInvalidated: invalidation().onInvalidated, createAgent: create });
    expect(second).toEqual({ agent: first.agent, reused: true });
    expect(create).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(1);
  });

  it('removes the listener when the context is invalidated and keeps the agent for the next injection', async () => {
    const old = fakeRuntime();
    const ctx = invalidation();
    const first = installPageAgent({ win: window, runtime: old.runtime, onInvalidated: ctx.onInvalidated, createAgent: () => createPageAgent(document, { layout: 'none' }) });
    ctx.invalidate();
    expect(old.listeners.size).toBe(0);
    const fresh = fakeRuntime();
    const second = installPageAgent({ win: window, runtime: fresh.runtime, onInvalidated: invalidation().onInvalidated, createAgent: () => { throw new Error('not needed'); } });
    expect(second).toEqual({ agent: first.agent, reused: false });
    expect(await fresh.send(envelope('page.ping', {}))).toMatchObject({ ok: true });
  });

  it('attaches a new listener when the old extension context is gone (reload)', () => {
    const old = fakeRuntime();
    installPageAgent({ win: window, runtime: old.runtime, onInvalidated: invalidation().onInvalidated, createAgent: () => createPageAgent(document) });
    old.runtime.id = undefined; // what an invalidated context reports
    const fresh = fakeRuntime();
    const again = installPageAgent({ win: window, runtime: fresh.runtime, onInvalidated: invalidation().onInvalidated, createAgent: () => createPageAgent(document) });
    expect(again.reused).toBe(false);
    expect(fresh.listeners.size).toBe(1);
  });
});
