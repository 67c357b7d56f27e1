import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { ErrandBrowser } from '../../scripts/lib/launch';
import type { RunRecord } from '../../src/core/run';
import type { TemplateSummary } from '../../src/messaging/protocol';
import { askBackground, demo, openWithPanel, startErrand } from './support';

// Every built-in template, started from the panel's template buttons on the demo sites, with no
// provider configured: each must finish with zero model calls. Then a finished run is saved as a
// template with one of its values turned into a parameter, and run again with another value.

type Records = Array<Record<string, unknown>>;
interface TemplateRun { run: RunRecord; page: Page; panel: Page }

let errand: ErrandBrowser;
const opened: Page[] = [];
beforeAll(async () => { errand = await startErrand(); });
afterEach(async () => { await closeOpened(); });
afterAll(async () => { await errand?.close(); });

const recordsOf = (run: RunRecord) => ((run.result as { records?: Records } | undefined)?.records ?? []);
const originOf = (u: unknown) => new URL(String(u)).origin;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until the run is done, failed, cancelled or paused on an error. */
async function settled(panel: Page, runId: string, timeoutMs = 75_000): Promise<RunRecord> {
  const t0 = Date.now();
  for (;;) {
    const run = await askBackground<RunRecord>(panel, 'run.get', { runId });
    if (['done', 'failed', 'cancelled'].includes(run.status) || (run.status === 'paused' && run.error)) return run;
    if (Date.now() - t0 > timeoutMs) throw new Error(`Run ${runId} still ${run.status} after ${timeoutMs} ms`);
    await sleep(150);
  }
}

/**
 * Opens `url` with the panel, presses the template button `title` in the Templates region, fills
 * the params form with `fill` and presses "Run template"; returns the finished run.
 */
async function runFromPanel(url: string, title: string, fill: (form: Locator) => Promise<void>): Promise<TemplateRun> {
  const { page, panel } = await openWithPanel(errand, url);
  opened.push(page, panel);
  const known = new Set((await askBackground<RunRecord[]>(panel, 'run.list', { limit: 50 })).map((r) => r.id));
  await panel.getByRole('region', { name: 'Templates' }).getByRole('button', { name: title, exact: true }).click();
  const form = panel.getByRole('form', { name: `Run template ${title}` });
  await fill(form);
  await form.getByRole('button', { name: 'Run template' }).click();
  let runId: string | undefined;
  await expect.poll(async () => {
    const runs = await askBackground<RunRecord[]>(panel, 'run.list', { limit: 50 });
    runId = runs.find((r) => !known.has(r.id) && r.goal.startsWith(`${title}:`))?.id;
    return runId;
  }, { timeout: 15_000 }).toBeTruthy();
  return { run: await settled(panel, runId!), page, panel };
}

/** The run finished, from the template, with no model call. */
function expectTemplateRun(run: RunRecord, template: string) {
  expect(`${run.status} ${run.error?.message ?? ''}`.trim()).toBe('done');
  expect(run.plan?.source).toBe('template');
  expect(run.plan?.template).toMatch(new RegExp(`^${template}@`));
  expect(run.usage).toEqual({ modelCalls: 0, promptTokens: 0, completionTokens: 0 });
}

async function closeOpened() {
  for (const p of opened.splice(0)) await p.close().catch(() => {});
}

describe('built-in templates from the panel, no model', () => {
  it('lists the five built-in templates as buttons', async () => {
    const { page, panel } = await openWithPanel(errand, `${demo().shopA}/`);
    opened.push(page, panel);
    const buttons = panel.getByRole('region', { name: 'Templates' }).getByRole('button');
    await expect.poll(() => buttons.allTextContents()).toEqual(expect.arrayContaining([
      'Compare prices across shops', 'Search this site and filter the results', 'Extract data from this page', 'Extract across pages', 'Fill in a form',
    ]));
  });

  it('price-comparison: the Aeron Chair on the three shops, cheapest at Bolt', async () => {
    const { shopA, shopB, shopC } = demo();
    const { run } = await runFromPanel(`${shopA}/`, 'Compare prices across shops', async (form) => {
      await form.getByLabel('Product (required)').fill('Aeron Chair');
      await form.getByLabel('Shops (required)').fill([shopA, shopB, shopC].join('\n'));
    });
    expectTemplateRun(run, 'price-comparison');
    const records = recordsOf(run);
    expect(Object.fromEntries(records.map((r) => [originOf(r.url), r.price]))).toEqual({ [shopA]: 1249, [shopB]: 1099.99, [shopC]: 1189 });
    for (const r of records) expect(r.name).toBe('Aeron Chair');
    const best = (run.result as { best?: Record<string, unknown> }).best!;
    expect(best).toMatchObject({ name: 'Aeron Chair', price: 1099.99 });
    expect(originOf(best.url)).toBe(shopB);
  });

  it('search-and-filter: chairs on Bolt at or under $1,000', async () => {
    const { run, page } = await runFromPanel(`${demo().shopB}/`, 'Search this site and filter the results', async (form) => {
      await form.getByLabel('Search for (required)').fill('chair');
      await form.getByLabel('Maximum price').fill('1000');
    });
    expectTemplateRun(run, 'search-and-filter');
    expect(new URL(page.url()).searchParams.get('q')).toBe('chair');
    // Bolt has five chairs; only one costs $1,000 or less.
    expect(await page.getByRole('button', { name: 'Add to basket' }).count()).toBe(5);
    expect(recordsOf(run)).toEqual([expect.objectContaining({ name: 'ErgoChair Pro', price: 469.99 })]);
  });

  it('data-extraction: the countries table', async () => {
    const { run } = await runFromPanel(`${demo().data}/countries`, 'Extract data from this page', async (form) => {
      await form.getByLabel('What to read').selectOption('table');
    });
    expectTemplateRun(run, 'data-extraction');
    const records = recordsOf(run);
    expect(records).toHaveLength(40);
    expect(records[0]).toMatchObject({ Rank: 1, Country: 'India', Population: 1428627663 });
    expect(records[39]).toMatchObject({ Rank: 40 });
  });

  it('pagination: every product on Aurora, following "Next" to the last page', async () => {
    const { run, page } = await runFromPanel(`${demo().shopA}/products`, 'Extract across pages', async (form) => {
      await form.getByLabel('What to read').selectOption('list');
      await form.getByLabel('At most this many pages').fill('5');
    });
    expectTemplateRun(run, 'pagination');
    const records = recordsOf(run);
    expect(records).toHaveLength(24);
    expect(new Set(records.map((r) => r.name)).size).toBe(24);
    for (const r of records) expect(r.price).toEqual(expect.any(Number));
    expect(new URL(page.url()).searchParams.get('page')).toBe('3');
    expect((run.result as { pages?: number }).pages).toBe(3);
  });

  it('form-filling: the contact form, filled and not submitted', async () => {
    const { run, page } = await runFromPanel(`${demo().form}/contact`, 'Fill in a form', async (form) => {
      await form.getByLabel('Values (required)').fill(['Your name: Ada Lovelace', 'Email: ada@example.com', 'Topic: My application', 'Message: Is the Berlin role still open?'].join('\n'));
    });
    expectTemplateRun(run, 'form-filling');
    const form = page.locator('#contact');
    expect(await form.getByLabel('Your name').inputValue()).toBe('Ada Lovelace');
    expect(await form.getByLabel('Email').inputValue()).toBe('ada@example.com');
    expect(await form.getByLabel('Topic').inputValue()).toBe('application');
    expect(await form.getByLabel('Message').inputValue()).toBe('Is the Berlin role still open?');
    expect(new URL(page.url()).pathname).toBe('/contact');
    expect(await page.getByText('Message sent').count()).toBe(0);
  });
});

describe('a finished run saved as a template', () => {
  it('turns the search value into a parameter and runs again with another value, no model', async () => {
    const shopB = demo().shopB;
    const { page, panel, tabId } = await openWithPanel(errand, `${shopB}/`);
    opened.push(page, panel);
    const { runId } = await askBackground<{ runId: string }>(panel, 'template.run', { name: 'search-and-filter', params: { query: 'aeron' }, tabId });
    const first = await settled(panel, runId);
    expectTemplateRun(first, 'search-and-filter');
    expect(recordsOf(first)).toEqual([expect.objectContaining({ name: 'Aeron Chair' })]);

    const saved = await askBackground<{ name: string; version: string }>(panel, 'template.saveFromRun', {
      runId, name: 'bolt-product-search', title: 'Search Bolt for a product',
      params: [{ name: 'product', stepId: 'search', field: 'value', value: 'aeron' }],
    });
    expect(saved).toEqual({ name: 'bolt-product-search', version: '1.0.0' });
    const listed = (await askBackground<TemplateSummary[]>(panel, 'template.list', {})).find((t) => t.name === saved.name);
    expect(listed?.params.map((p) => [p.name, p.type, p.required])).toEqual([['product', 'string', true]]);
    // The export holds what the run taught Errand: the strategies that found the search box and results.
    const exported = await askBackground<{ selectorMemory: Array<{ key: string }>; planCache: unknown[] }>(panel, 'data.export', {});
    expect(exported.selectorMemory.some((m) => m.key.startsWith(`selector:${originOf(shopB)}|`))).toBe(true);
    expect(Array.isArray(exported.planCache)).toBe(true);
    await closeOpened();

    // A new panel shows the saved template as a button; it runs with another product.
    const { run, page: again } = await runFromPanel(`${shopB}/`, 'Search Bolt for a product', async (form) => {
      await form.getByLabel('Product (required)').fill('embody');
    });
    expectTemplateRun(run, 'bolt-product-search');
    expect(new URL(again.url()).searchParams.get('q')).toBe('embody');
    expect(recordsOf(run)).toEqual([expect.objectContaining({ name: 'Embody Chair', price: 1849.99 })]);
  });
});
