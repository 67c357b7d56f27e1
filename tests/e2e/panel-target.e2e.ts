import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrandBrowser } from '../../scripts/lib/launch';
import { demo, startErrand } from './support';

// The panel follows the active tab of its window unless it was opened for one tab; a page
// selection handed over by "Automate this page" is offered in the goal box.

let errand: ErrandBrowser;
beforeAll(async () => { errand = await startErrand(); });
afterAll(async () => { await errand?.close(); });

const header = (panel: import('playwright-core').Page) => panel.getByRole('banner', { name: 'Target page' });

describe('panel target in a real browser', () => {
  it('follows the tab the person switches to, and stays on a tab it was opened for', async () => {
    const shopA = await errand.context.newPage();
    await shopA.goto(`${demo().shopA}/`);
    const following = await errand.openPanel();
    const shopB = await errand.context.newPage();
    await shopB.goto(`${demo().shopB}/`);
    const bound = await errand.openPanel(await errand.tabIdOf(shopA));

    await shopB.bringToFront();
    await expect.poll(() => header(following).textContent(), { timeout: 10_000 }).toContain(new URL(demo().shopB).host);
    await expect.poll(() => header(following).textContent()).toContain('Follows the active tab');
    await shopA.bringToFront();
    await expect.poll(() => header(following).textContent(), { timeout: 10_000 }).toContain(`${demo().shopA}/`);

    // The bound panel kept shop A throughout, and shows where that tab goes next.
    expect(await header(bound).textContent()).toContain('Stays on this tab');
    await shopA.goto(`${demo().shopA}/search?q=chair`);
    await expect.poll(() => header(bound).textContent(), { timeout: 10_000 }).toContain('/search?q=chair');
    await shopB.bringToFront();
    await new Promise((r) => setTimeout(r, 500));
    expect(await header(bound).textContent()).toContain('/search?q=chair');
  });

  it('offers the text selected on the page', async () => {
    const page = await errand.context.newPage();
    await page.goto(`${demo().shopA}/`);
    const panel = await errand.context.newPage();
    const id = await errand.tabIdOf(page);
    await panel.goto(`chrome-extension://${errand.extensionId}/sidepanel.html?tabId=${id}&selection=${encodeURIComponent('Aeron Chair')}`);
    await panel.getByRole('button', { name: 'Add to goal' }).click();
    expect(await panel.getByRole('textbox', { name: 'Goal' }).inputValue()).toBe('"Aeron Chair"');
  });
});
