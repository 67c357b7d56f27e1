import type { PageDriver, PageSnapshot, PageStepResult } from '../core/ports';
import { NAVIGATE_TIMEOUT_MS, type PageStep } from '../core/plan';
import { deserializeError, NavigationError, RestrictedPage, TimeoutError, type SerializedError } from '../core/errors';
import { envelope, type PageReplies, type PageRequestName, type PickOutcome, type Reply } from '../messaging/protocol';
import { restrictedReason } from './restricted';
import { getTab, navigateTab, waitForTabComplete, waitForUrl, type TabsApi } from './tab-control';
import { secretValuesIn, substituteSecrets } from './secrets';

/** The slice of the scripting API the driver needs. */
export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number }; files: string[] }): Promise<unknown>;
}

/** Options for the extension page driver. */
export interface ExtensionDriverOptions {
  tabs: TabsApi;
  scripting: ScriptingApi;
  /** Secret values, substituted into steps here so they never pass through the engine or a model. */
  secrets?: () => Promise<Record<string, string>>;
  /** Path of the content script bundle inside the extension. */
  agentFile?: string;
  defaultTimeoutMs?: number;
}

const NO_RECEIVER = /Receiving end does not exist|Could not establish connection/i;
const PORT_CLOSED = /message port closed|back\/forward cache|page.*(unload|navigat)|frame.*(removed|detached)/i;
const MAY_NAVIGATE: string[] = ['click', 'press', 'type', 'select', 'check'];
const NO_ACCESS = /Cannot access|cannot be scripted|Missing host permission|permission/i;

/** The extension's PageDriver, which can also let the person pick an element in a tab. */
export interface ExtensionPageDriver extends PageDriver {
  /** Asks the page agent to let the person pick an element; resolves when they click, press Escape or time runs out. */
  pick(tabId: number, timeoutMs?: number): Promise<PickOutcome>;
}

/** Time the person has to pick an element in the page. */
export const PICK_TIMEOUT_MS = 60_000;

/**
 * PageDriver over the tabs and scripting APIs: tab-level steps (navigate, openTab, switchTab, wait for
 * URL) run here; everything else is sent to the page agent, injected on demand.
 */
export function createExtensionPageDriver(opts: ExtensionDriverOptions): ExtensionPageDriver {
  const { tabs, scripting } = opts;
  const agentFile = opts.agentFile ?? '/content-scripts/page-agent.js';
  const openers = new Map<number, number>();

  async function inject(tabId: number): Promise<void> {
    const tab = await getTab(tabs, tabId);
    const why = restrictedReason(tab.url);
    if (why) throw new RestrictedPage(why, { url: tab.url });
    try {
      await scripting.executeScript({ target: { tabId }, files: [agentFile] });
    } catch (err) {
      const msg = String((err as Error)?.message ?? err);
      if (NO_ACCESS.test(msg)) {
        throw new RestrictedPage(`Errand has no access to ${new URL(tab.url!).host}. Grant access to this site and try again.`, { url: tab.url, origin: new URL(tab.url!).origin, reason: 'no-host-permission' });
      }
      throw new NavigationError(`Could not start the page agent: ${msg}`, { url: tab.url });
    }
  }

  async function send<N extends PageRequestName>(tabId: number, type: N, payload: unknown, timeoutMs: number): Promise<PageReplies[N]> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError(`page step (${type})`, timeoutMs)), timeoutMs);
    });
    try {
      const reply = (await Promise.race([tabs.sendMessage(tabId, envelope(type, payload), { frameId: 0 }), timeout])) as Reply<PageReplies[N]> | undefined;
      if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new NavigationError('The page did not answer: it may have navigated away.');
      if (!reply.ok) throw deserializeError(reply.error as SerializedError);
      return reply.value;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Sends to the agent, injecting it first when the tab has none (fresh page, after navigation). */
  async function call<N extends PageRequestName>(tabId: number, type: N, payload: unknown, timeoutMs: number): Promise<PageReplies[N]> {
    await waitForTabComplete(tabs, tabId, 20_000);
    try {
      return await send(tabId, type, payload, timeoutMs);
    } catch (err) {
      if (!NO_RECEIVER.test(String((err as Error)?.message))) throw err;
      await inject(tabId);
      return send(tabId, type, payload, timeoutMs);
    }
  }

  async function performInPage(step: PageStep, tabId: number, again = true): Promise<PageStepResult> {
    const before = (await getTab(tabs, tabId)).url;
    const secrets = opts.secrets ? await opts.secrets() : {};
    const timeoutMs = (step.timeoutMs ?? opts.defaultTimeoutMs ?? 15_000) + 5_000;
    try {
      const used = secretValuesIn(step, secrets);
      const payload = { step: substituteSecrets(step, secrets), ...(used.length ? { secrets: used } : {}) };
      const result = await call(tabId, 'page.perform', payload, timeoutMs);
      // Actions can start a navigation (a link, a form submitted by Enter): let it land before the next step.
      const url = MAY_NAVIGATE.includes(step.kind) ? await settleAfterAction(tabId) : undefined;
      return { ...result, url: url ?? result.url ?? (await getTab(tabs, tabId)).url };
    } catch (err) {
      // An action that makes the page navigate can close the channel before the answer: that is success.
      const msg = String((err as Error)?.message);
      if (PORT_CLOSED.test(msg) || err instanceof NavigationError) {
        const tab = await getTab(tabs, tabId);
        if ((tab.pendingUrl ?? tab.url) !== before) {
          if (MAY_NAVIGATE.includes(step.kind)) return { url: await waitForTabComplete(tabs, tabId).catch(() => tab.url) };
          // A wait or read interrupted by a navigation is simply done again on the new page.
          if (again && ['wait', 'extract', 'scroll'].includes(step.kind)) return performInPage(step, tabId, false);
        }
        throw new NavigationError(`The page changed while "${step.description}" was running.`, { url: tab.url, stepKind: step.kind });
      }
      throw err;
    }
  }

  /** Waits briefly for a navigation an action may have started; returns the URL once loaded. */
  async function settleAfterAction(tabId: number): Promise<string | undefined> {
    for (let i = 0; i < 4; i++) {
      const tab = await getTab(tabs, tabId);
      if (tab.status !== 'complete' || tab.pendingUrl) return waitForTabComplete(tabs, tabId).catch(() => tab.url);
      await new Promise((r) => setTimeout(r, 40));
    }
    return undefined;
  }

  async function switchTo(step: Extract<PageStep, { kind: 'switchTab' }>, tabId: number): Promise<PageStepResult> {
    if (step.to === 'previous' || step.to === 'origin') {
      let target = openers.get(tabId);
      while (step.to === 'origin' && target !== undefined && openers.has(target)) target = openers.get(target);
      if (target === undefined) throw new NavigationError('There is no earlier tab to go back to.');
      await tabs.update(target, { active: true });
      return { tabId: target, url: (await getTab(tabs, target)).url };
    }
    const all = await tabs.query({});
    const match = all.find((t) => t.url?.includes((step.to as { urlIncludes: string }).urlIncludes));
    if (!match?.id) throw new NavigationError(`No open tab has a URL containing "${step.to.urlIncludes}".`);
    await tabs.update(match.id, { active: true });
    return { tabId: match.id, url: match.url };
  }

  return {
    async perform(step, tabId, signal) {
      signal.throwIfAborted();
      switch (step.kind) {
        case 'navigate':
          return { url: await navigateTab(tabs, tabId, step.url, step.timeoutMs ?? NAVIGATE_TIMEOUT_MS, signal) };
        case 'openTab': {
          const tab = await tabs.create({ url: step.url, active: true });
          if (tab.id === undefined) throw new NavigationError('The browser did not open the tab.');
          openers.set(tab.id, tabId);
          return { tabId: tab.id, url: await waitForTabComplete(tabs, tab.id, step.timeoutMs ?? NAVIGATE_TIMEOUT_MS, signal) };
        }
        case 'switchTab':
          return switchTo(step, tabId);
        case 'wait':
          if (step.for.kind === 'url') return { url: await waitForUrl(tabs, tabId, step.for.includes, step.timeoutMs ?? 15_000, signal) };
          return performInPage(step, tabId);
        default:
          return performInPage(step, tabId);
      }
    },
    async snapshot(tabId, options = {}): Promise<PageSnapshot> {
      return call(tabId, 'page.snapshot', options, 15_000);
    },
    // The page gives up on its own after timeoutMs; the margin only covers a page that went away.
    pick: (tabId, timeoutMs = PICK_TIMEOUT_MS) => call(tabId, 'page.pick', { timeoutMs }, timeoutMs + 5_000),
  };
}
