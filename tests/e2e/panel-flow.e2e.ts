import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ErrandBrowser } from '../../scripts/lib/launch';
import { askBackground, demo, eventsOf, latestRun, openWithPanel, startErrand, waitForStatus } from './support';
import type { RunRecord } from '../../src/core/run';

let errand: ErrandBrowser;
beforeAll(async () => { errand = await startErrand(); });
afterAll(async () => { await errand?.close(); });

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // extension pages forbid inline scripts; evaluate is not a page script
  const result = await page.evaluate(async () => (globalThis as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe.run());
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

describe('the person\'s side: compare across three shops from the panel', () => {
  it('goal → preview → edit → approve → live run across a worker restart → results → CSV → history → replay', async () => {
    const u = demo();
    const { panel, page } = await openWithPanel(errand, u.hub);
    await panel.getByRole('textbox', { name: 'Goal' }).fill(`compare the price of the Aeron Chair on ${u.shopA}, ${u.shopB} and ${u.shopC}`);
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await panel.getByRole('button', { name: /Approve and run/ }).waitFor();
    expect(await seriousViolations(panel), 'panel with a plan preview').toEqual([]);
    const planned = await latestRun(panel);
    expect(planned.status).toBe('awaiting-approval');

    // Edit before approving: the shops are visited in the reverse order, typed into the step's list.
    const shops = planned.plan!.steps[0] as { kind: string; items: string[] };
    expect(shops.kind).toBe('forEach');
    const reversed = [...shops.items].reverse();
    expect(reversed).not.toEqual(shops.items);
    await panel.getByRole('button', { name: 'Edit step 1' }).click();
    await panel.getByRole('textbox', { name: 'Items, one per line' }).fill(reversed.join('\n'));
    await panel.getByRole('button', { name: 'Save step' }).click();
    await panel.getByRole('button', { name: /Approve and run/ }).click();

    // The worker is stopped in the middle of the run; the run carries on from where it was.
    for (let i = 0; i < 100 && !(await eventsOf(panel, planned.id)).some((e) => e.type === 'step.completed'); i++) await new Promise((r) => setTimeout(r, 100));
    await errand.stopServiceWorker();
    const done = await waitForStatus(panel, planned.id, ['done', 'failed', 'paused'], 90_000);
    expect(done.status, done.error?.message).toBe('done');
    // The run went by the edited plan: its plan is the person's, and the first shop read is the edited first one.
    expect(done.plan?.source).toBe('user');
    expect(done.plan?.steps[0]).toMatchObject({ items: reversed });
    const firstRead = done.steps['each-site[0].read-offers']?.output as { records: Array<{ url: string }> } | undefined;
    expect(new URL(firstRead!.records[0].url).origin).toBe(new URL(reversed[0]).origin);
    const result = done.result as { records: Array<{ price: number; url: string }>; best?: { price: number } ; record?: { price: number } };
    expect(new Set(result.records.map((r) => new URL(r.url).origin)).size).toBe(3);
    expect((result.best ?? result.record)?.price).toBe(1099.99);

    const table = panel.getByRole('table', { name: 'Results' });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(4); // header + one row per shop
    expect(await panel.getByRole('row', { name: /Best offer/ }).textContent()).toMatch(/1,?099\.99/);

    // The README's picture of the panel is made here, from a real run.
    await panel.setViewportSize({ width: 420, height: 860 });
    await panel.screenshot({ path: 'docs/images/panel.png' });

    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/price/);
    expect(csv).toContain('1099.99');

    // History after a restart, replayed from a panel on another tab: the run's own tab is closed by now.
    await errand.stopServiceWorker();
    await page.close();
    const another = await errand.context.newPage();
    await another.goto(u.hub);
    const anotherTab = await errand.tabIdOf(another);
    const fresh = await errand.openPanel(anotherTab);
    await fresh.getByRole('tab', { name: 'History' }).click();
    await fresh.getByRole('button', { name: 'Replay' }).first().click();
    let replay: RunRecord | undefined;
    for (let i = 0; i < 100 && !replay; i++) {
      replay = (await askBackground<RunRecord[]>(fresh, 'run.list', { limit: 5 })).find((r) => r.replayOf === planned.id);
      if (!replay) await new Promise((r) => setTimeout(r, 100));
    }
    const replayed = await waitForStatus(fresh, replay!.id, ['done', 'failed', 'paused'], 90_000);
    expect(replayed.status, replayed.error?.message).toBe('done');
    expect(replayed.usage.modelCalls).toBe(0);
    expect(replayed.tabId).toBe(anotherTab);
    expect(replayed.plan?.steps[0]).toMatchObject({ items: reversed });

    const options = await errand.context.newPage();
    await options.goto(`chrome-extension://${errand.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Add provider' }).waitFor();
    expect(await seriousViolations(options), 'options page').toEqual([]);
  });
});
