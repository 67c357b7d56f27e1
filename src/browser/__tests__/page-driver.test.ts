import { createExtensionPageDriver } from '../page-driver';
import type { TabsApi } from '../tab-control';
import type { PageStep } from '../../core/plan';

const signal = new AbortController().signal;
const click = (text = 'Add to cart'): PageStep => ({ id: 's1', kind: 'click', description: `Click ${text}`, confidence: 1, risk: 'low', target: { description: text, strategies: [{ text }] } });

function fakeBrowser(opts: { url?: string; agent?: (msg: { type: string; payload: unknown }) => unknown } = {}) {
  const tabs = new Map<number, { id: number; url: string; status: string }>([[1, { id: 1, url: opts.url ?? 'http://127.0.0.1:4301/', status: 'complete' }]]);
  let injected = false;
  let nextId = 2;
  const sent: Array<{ type: string; payload: unknown }> = [];
  const api: TabsApi = {
    async get(id) { const t = tabs.get(id); if (!t) throw new Error(`No tab with id: ${id}`); return { ...t }; },
    async update(id, props) { const t = tabs.get(id)!; if (props.url) { t.url = props.url; t.status = 'loading'; setTimeout(() => { t.status = 'complete'; }, 30); } injected = false; return t; },
    async create(props) { const id = nextId++; tabs.set(id, { id, url: props.url, status: 'complete' }); return { id }; },
    async query() { return [...tabs.values()]; },
    async sendMessage(_id, msg) {
      if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
      const m = msg as { type: string; payload: unknown };
      sent.push(m);
      return opts.agent ? opts.agent(m) : { ok: true, value: { locatorUsed: 'text="Add to cart"' } };
    },
  };
  const scripting = { executeScript: vi.fn(async () => { injected = true; return []; }) };
  return { tabs, api, scripting, sent };
}

describe('extension page driver', () => {
  it('injects the page agent on first use and sends the step with secrets filled in', async () => {
    const b = fakeBrowser();
    const driver = createExtensionPageDriver({ tabs: b.api, scripting: b.scripting, secrets: async () => ({ email: 'ada@example.com' }) });
    const type: PageStep = { id: 's2', kind: 'type', description: 'Type email', confidence: 1, risk: 'low', clear: true, pressEnter: false, value: '{{secret.email}}', target: { description: 'Email', strategies: [{ label: 'Email' }] } };
    await driver.perform(type, 1, signal);
    expect(b.scripting.executeScript).toHaveBeenCalledTimes(1);
    // The page is told which values are secrets, so its later snapshots mask them.
    expect(b.sent[0]).toMatchObject({ type: 'page.perform', payload: { step: { value: 'ada@example.com' }, secrets: ['ada@example.com'] } });
    const result = await driver.perform(click(), 1, signal);
    expect(b.sent[1].payload).not.toHaveProperty('secrets');
    expect(result).toMatchObject({ locatorUsed: 'text="Add to cart"', url: 'http://127.0.0.1:4301/' });
    expect(b.scripting.executeScript).toHaveBeenCalledTimes(1);
  });

  it('re-creates named errors the page agent returns', async () => {
    const b = fakeBrowser({ agent: () => ({ ok: false, error: { name: 'ElementNotFound', message: 'No "Buy" button', category: 'element-missing', details: { candidates: [] } } }) });
    const driver = createExtensionPageDriver({ tabs: b.api, scripting: b.scripting });
    await expect(driver.perform(click('Buy'), 1, signal)).rejects.toMatchObject({ name: 'ElementNotFound', category: 'element-missing' });
  });

  it('refuses restricted pages with a clear message', async () => {
    const b = fakeBrowser({ url: 'chrome://settings' });
    const driver = createExtensionPageDriver({ tabs: b.api, scripting: b.scripting });
    await expect(driver.perform(click(), 1, signal)).rejects.toMatchObject({ name: 'RestrictedPage', message: expect.stringMatching(/browser pages/) });
  });

  it('reports a closed tab as a navigation error', async () => {
    const b = fakeBrowser();
    const driver = createExtensionPageDriver({ tabs: b.api, scripting: b.scripting });
    b.tabs.delete(1);
    await expect(driver.perform(click(), 1, signal)).rejects.toMatchObject({ name: 'NavigationError', message: expect.stringMatching(/closed/) });
  });

  it('treats a click that navigates away before answering as done', async () => {
    const b = fakeBrowser({ agent: () => { const t = b.tabs.get(1)!; t.url = 'http://127.0.0.1:4301/cart'; throw new Error('The message port closed before a response was received.'); } });
    const driver = createExtensionPageDriver({ tabs: b.api, scripting: b.scripting });
    await expect(driver.perform(click(), 1, signal)).resolves.toEqual({ url: 'http://127.0.0.1:4301/cart' });
  });

  it('navigates, opens and switches tabs itself', async () => {
    const b = fakeBrowser();
    const driver = createExtensionPageDriver({ tabs: b.api, scripting: b.scripting });
    const nav = await driver.perform({ id: 'n', kind: 'navigate', description: 'Go', confidence: 1, risk: 'low', url: 'http://127.0.0.1:4302/' }, 1, signal);
    expect(nav.url).toBe('http://127.0.0.1:4302/');
    const opened = await driver.perform({ id: 'o', kind: 'openTab', description: 'Open', confidence: 1, risk: 'low', url: 'http://127.0.0.1:4303/' }, 1, signal);
    expect(opened.tabId).toBe(2);
    const back = await driver.perform({ id: 'b', kind: 'switchTab', description: 'Back', confidence: 1, risk: 'low', to: 'origin' }, 2, signal);
    expect(back.tabId).toBe(1);
    const byUrl = await driver.perform({ id: 'u', kind: 'switchTab', description: 'To 4303', confidence: 1, risk: 'low', to: { urlIncludes: '4303' } }, 1, signal);
    expect(byUrl.tabId).toBe(2);
    await expect(driver.perform({ id: 'p', kind: 'switchTab', description: 'Prev', confidence: 1, risk: 'low', to: 'previous' }, 1, signal)).rejects.toThrow(/no earlier tab/);
    const waited = await driver.perform({ id: 'w', kind: 'wait', description: 'Wait', confidence: 1, risk: 'low', for: { kind: 'url', includes: '4302' } }, 1, signal);
    expect(waited.url).toContain('4302');
  });

  it('takes snapshots through the agent', async () => {
    const b = fakeBrowser({ agent: (m) => ({ ok: true, value: { url: 'u', title: 't', elements: [], text: '', signature: 'sig', truncated: false, m: m.type } }) });
    const driver = createExtensionPageDriver({ tabs: b.api, scripting: b.scripting });
    await expect(driver.snapshot(1)).resolves.toMatchObject({ signature: 'sig', m: 'page.snapshot' });
  });

  it('asks the agent to let the person pick an element, with the page\'s own time limit', async () => {
    const locator = { description: 'button "Add"', strategies: [{ css: '#add' }] };
    const b = fakeBrowser({ agent: () => ({ ok: true, value: { picked: true, locator } }) });
    const driver = createExtensionPageDriver({ tabs: b.api, scripting: b.scripting });
    await expect(driver.pick(1)).resolves.toEqual({ picked: true, locator });
    await driver.pick(1, 1_000);
    expect(b.sent.map((m) => m.payload)).toEqual([{ timeoutMs: 60_000 }, { timeoutMs: 1_000 }]);
    expect(b.sent[0].type).toBe('page.pick');
  });
});
