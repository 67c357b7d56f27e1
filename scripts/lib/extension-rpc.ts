import type { Page } from 'playwright-core';

/**
 * Sends one protocol request to the background from an extension page (panel/options), exactly as
 * the panel does, and returns the unwrapped value. Used by the runner and the e2e tests to read state.
 */
export async function askBackground<T = unknown>(extPage: Page, type: string, payload: unknown = {}): Promise<T> {
  const reply = await extPage.evaluate(
    async ([t, p]) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      return api.runtime.sendMessage({ errand: 1, type: t, payload: p });
    },
    [type, payload] as const,
  ) as { ok: boolean; value?: T; error?: { message: string } } | undefined;
  if (!reply) throw new Error(`No answer from the background to ${type}`);
  if (!reply.ok) throw new Error(reply.error?.message ?? `${type} failed`);
  return reply.value as T;
}

/** Writes to the extension's storage.local from an extension page. */
export async function setExtensionStorage(extPage: Page, items: Record<string, unknown>): Promise<void> {
  await extPage.evaluate(async (i) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set(i);
  }, items);
}
