import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrandBrowser } from '../../scripts/lib/launch';
import { demo, eventsOf, latestRun, openWithPanel, startErrand, waitForStatus } from './support';

let errand: ErrandBrowser;
beforeAll(async () => { errand = await startErrand(); });
afterAll(async () => { await errand?.close(); });

describe('pick the element on the page (issue 7)', () => {
  it('a step whose button was renamed runs again on the element the person picked', async () => {
    const { page, panel } = await openWithPanel(errand, `${demo().shopA}/`);
    await panel.getByRole('textbox', { name: 'Goal' }).fill('click the Add to cart button');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await panel.getByRole('button', { name: /Approve and run/ }).waitFor();
    const run = await latestRun(panel);
    const hideAddToCart = () => document.querySelectorAll('button').forEach((b) => { if (/Add to cart/.test(b.textContent ?? '')) b.setAttribute('hidden', ''); });
    await page.evaluate(hideAddToCart);
    await panel.getByRole('button', { name: /Approve and run/ }).click();
    expect((await waitForStatus(panel, run.id, ['paused', 'failed'])).status).toBe('paused');

    // The shop renames its button: the planned "Add to cart" no longer matches anything.
    await page.evaluate(() => document.querySelectorAll('button[hidden]').forEach((b) => { b.textContent = 'Put in basket'; b.removeAttribute('hidden'); }));
    await panel.getByRole('button', { name: 'Pick the element on the page' }).click();
    await panel.getByText('Click the element in the page (Esc to cancel).').waitFor();
    await page.waitForSelector('errand-highlight', { state: 'attached' });
    const box = (await page.getByRole('button', { name: 'Put in basket' }).first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

    const done = await waitForStatus(panel, run.id, ['done', 'failed']);
    expect(done.status, done.error?.message).toBe('done');
    await expect.poll(() => page.getByText(/Cart \(1\)/).count()).toBeGreaterThan(0);
    expect((await eventsOf(panel, run.id)).find((e) => e.type === 'step.injected' && e.data?.reason === 'picked')?.data?.strategies).toContain('role=button[name="Put in basket"]');
    // The pick outline is gone (the click's own short flash fades too).
    await expect.poll(() => page.locator('errand-highlight').count()).toBe(0);
  });
});
