import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchFirefox, type FirefoxBrowser } from '../../scripts/lib/firefox-bidi';
import { startDemoSites } from '../../scripts/lib/demo-sites';
import { AUTOMATE_MENU_ID } from '../../src/browser/context-menu';

// Smoke test of the Firefox build (issue 7): options page, the panel page driven through its UI
// (goal → plan → approve → click on a demo shop), the background and the page agent, the sidebar
// registration and the context-menu item. Headless Firefox ESR over WebDriver BiDi.

const BUILD = resolve('.output/firefox-mv2-automation');
const GECKO_ID = 'errand@errand.dev'; // wxt.config.ts → browser_specific_settings.gecko.id
const UUID = '0e7a1c52-5b1d-4c8e-9f3a-2d6b8e4f1a70'; // pinned via extensions.webextensions.uuids
const EXT = `moz-extension://${UUID}`;

let firefox: FirefoxBrowser;
let sites: Awaited<ReturnType<typeof startDemoSites>>;

beforeAll(async () => {
  if (!existsSync(`${BUILD}/manifest.json`)) throw new Error('Build it first: npx wxt build -b firefox --mode automation');
  sites = await startDemoSites(0);
  firefox = await launchFirefox({ extensionUuids: { [GECKO_ID]: UUID } });
  expect(await firefox.installExtension(BUILD)).toBe(GECKO_ID);
});

afterAll(async () => {
  await firefox?.close();
  await sites?.close();
});

/** Sends one Errand protocol request from an extension page and unwraps the reply (cf. extension-rpc.ts). */
async function ask<T>(context: string, type: string, payload: object = {}): Promise<T> {
  const reply = await firefox.evaluate<{ ok: boolean; value?: T; error?: { message: string } } | null>(
    context,
    `browser.runtime.sendMessage(${JSON.stringify({ errand: 1, type, payload })})`,
  );
  if (!reply) throw new Error(`No answer from the background to ${type}`);
  if (!reply.ok) throw new Error(reply.error?.message ?? `${type} failed`);
  return reply.value as T;
}

describe('Errand in Firefox (WebDriver BiDi)', () => {
  it('renders the options page with all its sections', async () => {
    const tab = await firefox.newTab(`${EXT}/options.html`);
    const headings = await firefox.waitFor<string[]>(
      tab,
      `(() => { const h = [...document.querySelectorAll('h1, h2')].map((e) => e.textContent.trim()); return h.length > 2 && h; })()`,
      'the options headings',
    );
    expect(headings).toEqual(expect.arrayContaining(['Errand options', 'AI providers', 'Features', 'Secrets', 'Data']));
  });

  it('runs a goal typed in the panel: plans offline, approves, clicks Add to cart on the page', async () => {
    const shop = await firefox.newTab(`${sites.urls.shopA}/`);
    expect(await firefox.waitFor(shop, `document.querySelector('#cart-count')?.textContent`, 'the cart count')).toBe('0');

    // The BiDi context id is not the WebExtension tab id: ask the tabs API from an extension page.
    const panel = await firefox.newTab(`${EXT}/sidepanel.html`);
    const tabId = await firefox.waitFor<number>(
      panel,
      `browser.tabs.query({}).then((ts) => ts.find((t) => t.url?.startsWith(${JSON.stringify(sites.urls.shopA)}))?.id)`,
      'the shop tab id',
    );
    await firefox.navigate(panel, `${EXT}/sidepanel.html?tabId=${tabId}`);

    // Real pointer and key input, like a person in the sidebar.
    const runButton = `document.querySelector('form.goal-box button[type=submit]')`;
    await firefox.waitFor(panel, `${runButton} && !${runButton}.disabled`, 'an enabled Run button (panel bound to the shop tab)');
    await firefox.click(panel, await firefox.node(panel, `document.querySelector('#goal')`));
    await firefox.type(panel, 'click the Add to cart button');
    expect(await firefox.evaluate(panel, `document.querySelector('#goal').value`)).toBe('click the Add to cart button');
    await firefox.click(panel, await firefox.node(panel, runButton));

    const approve = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Approve and run' && !b.disabled)`;
    await firefox.waitFor(panel, `Boolean(${approve})`, 'the plan preview with "Approve and run"');
    expect(await firefox.evaluate(shop, `document.querySelector('#cart-count').textContent`)).toBe('0'); // nothing runs before approval
    await firefox.click(panel, await firefox.node(panel, approve));

    expect(await firefox.waitFor(shop, `document.querySelector('#cart-count')?.textContent === '1' && '1'`, 'Cart (1) on the shop page')).toBe('1');
    const run = await firefox.waitFor<{ id: string; status: string; plan?: { source: string }; usage: { modelCalls: number } }>(
      panel,
      `browser.runtime.sendMessage({ errand: 1, type: 'run.list', payload: { limit: 1 } }).then((r) => r.ok && r.value[0]?.status === 'done' && r.value[0])`,
      'the run to be done',
    );
    expect(run.plan?.source).toBe('offline');
    expect(run.usage.modelCalls).toBe(0);
    const events = await ask<Array<{ type: string }>>(panel, 'run.events', { runId: run.id, afterSeq: 0 });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['run.started', 'plan.ready', 'step.started', 'step.completed', 'run.completed']));

    // The panel shows the finished run; its folded timeline opens on a click and lists the step.
    const summary = `document.querySelector('details.past-timeline > summary')`;
    await firefox.waitFor(panel, `Boolean(${summary})`, 'the finished run in the panel');
    await firefox.click(panel, await firefox.node(panel, summary));
    const timeline = await firefox.waitFor<string>(
      panel,
      `document.querySelector('details.past-timeline[open] [role=log][aria-label="Run timeline"]')?.innerText`,
      'the opened run timeline',
    );
    expect(timeline).toMatch(/Add to cart/);
  });

  it('registers the sidebar and the "Automate this page" menu item', async () => {
    const page = await firefox.newTab(`${EXT}/options.html`);
    const sidebar = await firefox.evaluate<string>(page, `browser.sidebarAction.getPanel({})`);
    expect(sidebar).toBe(`${EXT}/sidepanel.html`);
    // contextMenus.update rejects for an id that does not exist, so it tells whether the item was created.
    const updates = `(id) => browser.contextMenus.update(id, {}).then(() => 'ok', (e) => e.message)`;
    expect(await firefox.evaluate(page, `(${updates})('no-such-item')`)).not.toBe('ok');
    expect(await firefox.waitFor(page, `(${updates})(${JSON.stringify(AUTOMATE_MENU_ID)}).then((r) => r === 'ok' && r)`, 'the menu item')).toBe('ok');
  });
});
