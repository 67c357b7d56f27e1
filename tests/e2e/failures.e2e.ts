import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ErrandBrowser } from '../../scripts/lib/launch';
import { demo, latestRun, openWithPanel, startErrand, waitForStatus } from './support';

let errand: ErrandBrowser;
beforeAll(async () => { errand = await startErrand(); });
afterAll(async () => { await errand?.close(); });

/** Types a goal in the panel and stops at the plan preview. */
async function planInPanel(panel: Page, goal: string) {
  await panel.getByRole('textbox', { name: 'Goal' }).fill(goal);
  await panel.getByRole('button', { name: 'Run', exact: true }).click();
  await panel.getByRole('button', { name: /Approve and run/ }).waitFor();
  return latestRun(panel);
}

describe('a failing page gives a clear message and a paused run that can be resumed', () => {
  it('element removed after planning: paused with the reason, then retried once it is back', async () => {
    const { page, panel } = await openWithPanel(errand, `${demo().shopA}/`);
    const run = await planInPanel(panel, 'click the Add to cart button');
    // The page changes under the plan: every "Add to cart" button goes away.
    await page.evaluate(() => document.querySelectorAll('button').forEach((b) => { if (/Add to cart/.test(b.textContent ?? '')) b.setAttribute('hidden', ''); }));
    await panel.getByRole('button', { name: /Approve and run/ }).click();
    const paused = await waitForStatus(panel, run.id, ['paused', 'failed']);
    expect(paused.status).toBe('paused');
    expect(paused.error?.message).toMatch(/Add to cart/i);
    await expect.poll(() => panel.locator('body').innerText()).toMatch(/Add to cart/);
    await panel.getByRole('button', { name: 'Resume' }).first().waitFor();

    await page.evaluate(() => document.querySelectorAll('button[hidden]').forEach((b) => b.removeAttribute('hidden')));
    await panel.getByRole('button', { name: 'Resume' }).first().click();
    await waitForStatus(panel, run.id, ['done']);
    await expect.poll(() => page.getByText(/Cart \(1\)/).count()).toBeGreaterThan(0);
  });

  it('an element that shows up late is waited for', async () => {
    const { page, panel } = await openWithPanel(errand, `${demo().shopA}/`);
    const run = await planInPanel(panel, 'click the Add to cart button');
    await page.evaluate(() => {
      const buttons = [...document.querySelectorAll('button')].filter((b) => /Add to cart/.test(b.textContent ?? ''));
      buttons.forEach((b) => { b.style.display = 'none'; });
      setTimeout(() => buttons.forEach((b) => { b.style.display = ''; }), 1500);
    });
    await panel.getByRole('button', { name: /Approve and run/ }).click();
    expect((await waitForStatus(panel, run.id, ['done', 'paused', 'failed'])).status).toBe('done');
  });

  it('a click that navigates away mid-step is seen through, and the run ends on the new page', async () => {
    const { page, panel } = await openWithPanel(errand, `${demo().hub}/extras/redirect`);
    const run = await planInPanel(panel, 'click the Continue to checkout button');
    await panel.getByRole('button', { name: /Approve and run/ }).click();
    // "Checkout" is a high-risk word: the person confirms in the panel before Errand clicks.
    expect((await waitForStatus(panel, run.id, ['waiting-user', 'done', 'paused', 'failed'])).status).toBe('waiting-user');
    await panel.getByRole('button', { name: 'Confirm' }).click();
    const done = await waitForStatus(panel, run.id, ['done', 'paused', 'failed']);
    expect(done.status, done.error?.message).toBe('done');
    await expect.poll(() => page.url()).toMatch(/\/extras\/checkout/);
  });

  it('closed tab: the run pauses and says the tab was closed', async () => {
    const { page, panel } = await openWithPanel(errand, `${demo().data}/countries`);
    const run = await planInPanel(panel, 'extract the table');
    await page.close();
    await panel.getByRole('button', { name: /Approve and run/ }).click();
    const paused = await waitForStatus(panel, run.id, ['paused', 'failed']);
    expect(paused.status).toBe('paused');
    expect(paused.error?.message).toMatch(/tab .*closed/i);
    await expect.poll(() => panel.locator('body').innerText()).toMatch(/closed/i);
  });

  it('restricted page: the panel says Errand cannot act there', async () => {
    const page = await errand.context.newPage();
    await page.goto('chrome://version');
    // Extensions cannot read a chrome:// tab's URL: it is the one tab whose URL is hidden from us.
    const helper = await errand.openPanel();
    const tabId = await helper.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } } }).chrome;
      return (await api.tabs.query({})).find((t) => !t.url)?.id;
    });
    const panel = await errand.openPanel(tabId);
    await expect.poll(() => panel.locator('body').innerText()).toMatch(/cannot act on browser pages/i);
  });
});
