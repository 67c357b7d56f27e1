// Real-browser checks of everything that depends on layout: visibility, hit-testing, stability.
// The page agent is bundled with esbuild and injected into fixture pages in headless Chromium.
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundlePageAgent } from '../../../bench/bundle-page-agent.mjs';
import { fixtureHtml } from './fixture';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
let browser: Browser;
let page: Page;
let script: string;

beforeAll(async () => {
  script = await bundlePageAgent();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(fixture: string): Promise<void> {
  // A fresh window: fixtures declare top-level consts, which a second setContent in the same window would redeclare.
  await page.goto('about:blank');
  await page.setContent(fixtureHtml(fixture), { waitUntil: 'load' });
  await page.addScriptTag({ content: script });
  await page.evaluate(() => {
    const w = window as unknown as { agent: unknown; ErrandPage: { createPageAgent: (d: Document, o: object) => unknown } };
    w.agent = w.ErrandPage.createPageAgent(document, { actionTimeoutMs: 400 });
  });
}

type Reply = { ok: boolean; value?: any; error?: { name: string; message: string; details?: any } }; // eslint-disable-line @typescript-eslint/no-explicit-any
const handle = (type: string, payload: unknown): Promise<Reply> =>
  page.evaluate(([t, p]) => (window as unknown as { agent: { handle: (a: unknown, b: unknown) => Promise<Reply> } }).agent.handle(t, p), [type, payload] as const);
const perform = (step: Record<string, unknown>) => handle('page.perform', { step: { id: 's1', description: 'test', ...step } });
const byText = (text: string) => ({ description: text, strategies: [{ text }] });

describe('page agent in headless Chromium', () => {
  it('detects the real layout', async () => {
    await open('hidden-traps.html');
    expect(await page.evaluate(() => (window as unknown as { ErrandPage: { detectLayout: (d: Document) => string } }).ErrandPage.detectLayout(document))).toBe('real');
  }, 30_000);

  it('leaves every hidden trap out of the snapshot and clicks the real button', async () => {
    await open('hidden-traps.html');
    const snap = await handle('page.snapshot', {});
    expect(snap.value.elements.map((e: { name: string; state?: string[] }) => [e.name, e.state ?? []])).toEqual([
      ['Aeron Chair', []], ['Add to cart', []], ['Buy now', ['disabled']],
    ]);
    const click = await perform({ kind: 'click', target: { description: 'add', strategies: [{ role: 'button', name: 'Add to cart' }] } });
    expect(click.ok).toBe(true);
    expect(await page.evaluate(() => document.body.dataset.clicked)).toBe('real');
  }, 30_000);

  it('refuses a covered element, naming the cover, and clicks it once the overlay is gone', async () => {
    await open('covered.html');
    const refused = await perform({ kind: 'click', target: byText('Subscribe') });
    expect(refused.error?.name).toBe('ElementNotInteractable');
    expect(refused.error?.message).toMatch(/covered by div#overlay\.cookie-banner/);
    expect((await perform({ kind: 'click', target: byText('Accept all') })).ok).toBe(true);
    expect((await perform({ kind: 'click', target: byText('Subscribe') })).ok).toBe(true);
    expect(await page.evaluate(() => document.body.dataset.clicked)).toBe('under');
  }, 30_000);

  it('clicks a button whose center is below the fold though its top edge shows', async () => {
    await page.goto('about:blank');
    await page.setContent('<div style="height:680px">Form</div><button onclick="document.body.dataset.clicked=\'edge\'" style="height:60px">Next</button><div style="height:2000px"></div>');
    await page.addScriptTag({ content: script });
    await page.evaluate(() => {
      const w = window as unknown as { agent: unknown; ErrandPage: { createPageAgent: (d: Document, o: object) => unknown } };
      w.agent = w.ErrandPage.createPageAgent(document, { actionTimeoutMs: 400 });
    });
    const click = await perform({ kind: 'click', target: { description: 'next', strategies: [{ role: 'button', name: 'Next' }] } });
    expect(click.error?.message).toBeUndefined();
    expect(await page.evaluate(() => document.body.dataset.clicked)).toBe('edge');
  }, 30_000);

  it('names the harmless way out of a cookie banner that covers the target', async () => {
    await page.goto('about:blank');
    await page.setContent(`<button onclick="document.body.dataset.clicked='buy'" style="margin-top:600px">Add to cart</button>
      <div id="consent" style="position:fixed;left:0;right:0;bottom:0;height:200px;background:#eee">We use cookies
        <button onclick="document.body.dataset.consent='yes';this.parentElement.remove()">Accept all</button>
        <button onclick="document.body.dataset.consent='no';this.parentElement.remove()">Reject all</button></div>`);
    await page.addScriptTag({ content: script });
    await page.evaluate(() => {
      const w = window as unknown as { agent: unknown; ErrandPage: { createPageAgent: (d: Document, o: object) => unknown } };
      w.agent = w.ErrandPage.createPageAgent(document, { actionTimeoutMs: 300 });
    });
    const target = { description: 'add', strategies: [{ role: 'button', name: 'Add to cart' }] };
    const refused = await perform({ kind: 'click', target });
    expect(refused.error?.details?.dismiss).toEqual({ description: 'the "Reject all" button of the overlay', strategies: [{ role: 'button', name: 'Reject all' }] });
    expect((await perform({ kind: 'click', target: refused.error!.details.dismiss })).ok).toBe(true);
    expect((await perform({ kind: 'click', target })).ok).toBe(true);
    expect(await page.evaluate(() => ({ ...document.body.dataset }))).toEqual({ consent: 'no', clicked: 'buy' });
  }, 30_000);

  it('takes the same snapshot twice, with shadow content and the same-origin iframe', async () => {
    await open('iframe.html');
    const a = await handle('page.snapshot', {});
    const b = await handle('page.snapshot', {});
    expect(b.value).toEqual(a.value);
    expect(a.value.elements.map((e: { role: string; name: string }) => `${e.role} ${e.name}`)).toEqual(
      ['heading Outer page', 'button Outer action', 'textbox Coupon', 'button Apply coupon']);
    await open('shadow.html');
    expect((await handle('page.snapshot', {})).value.elements.some((e: { name: string }) => e.name === 'Buy lamp')).toBe(true);
  }, 30_000);

  it('types and clicks inside the iframe', async () => {
    await open('iframe.html');
    expect((await perform({ kind: 'type', target: { description: 'coupon', strategies: [{ label: 'Coupon' }] }, value: 'SAVE10' })).ok).toBe(true);
    expect((await perform({ kind: 'click', target: { description: 'apply', strategies: [{ role: 'button', name: 'Apply coupon' }] } })).ok).toBe(true);
    const applied = await page.evaluate(() => (document.getElementById('frame') as HTMLIFrameElement).contentDocument!.body.dataset.applied);
    expect(applied).toBe('SAVE10');
  }, 30_000);

  it('finds an XPath target inside an open shadow root and a same-origin iframe', async () => {
    await open('shadow.html');
    const inShadow = await perform({ kind: 'click', target: { description: 'buy', strategies: [{ xpath: '//button[text()="Buy lamp"]' }] } });
    expect(inShadow.error?.message ?? 'ok').toBe('ok');
    expect(await page.evaluate(() => document.body.dataset.clicked)).toBe('shadow');
    // The light DOM answers first: the same kind of expression there still means the page's own button.
    const light = await handle('page.perform', { step: { id: 's2', description: 'read', kind: 'extract', what: 'text', target: { description: 'b', strategies: [{ xpath: '//button' }] } } });
    expect(light.value.output).toMatchObject({ text: 'Light button' });
    await open('iframe.html');
    const typed = await perform({ kind: 'type', value: 'XP10', target: { description: 'coupon', strategies: [{ xpath: '//input[@name="coupon"]' }] } });
    expect(typed.value.locatorUsed).toBe('xpath=//input[@name="coupon"]');
    expect(await page.evaluate(() => (document.getElementById('frame') as HTMLIFrameElement).contentDocument!.querySelector('input')!.value)).toBe('XP10');
  }, 30_000);

  it('resolves XPath and extracts cards and tables', async () => {
    await open('shop-grid-b.html');
    const xp = await perform({ kind: 'click', target: { description: 'second add', strategies: [{ xpath: '//button[@data-testid="add-B2"]' }] } });
    expect(xp.value.locatorUsed).toBe('xpath=//button[@data-testid="add-B2"]');
    const list = await perform({ kind: 'extract', what: 'list' });
    expect(list.value.output.records.map((r: { price: number }) => r.price)).toEqual([1099.99, 1329, 499]);
    await open('tables.html');
    const table = await perform({ kind: 'extract', what: 'table' });
    expect(table.value.output.records).toHaveLength(3); // the display:none row stays out
  }, 30_000);
});
