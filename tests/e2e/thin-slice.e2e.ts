import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrandBrowser } from '../../scripts/lib/launch';
import { askBackground, demo, eventsOf, openWithPanel, startErrand, waitForStatus } from './support';
import type { RunRecord } from '../../src/core/run';

let errand: ErrandBrowser;
beforeAll(async () => { errand = await startErrand(); });
afterAll(async () => { await errand?.close(); });

describe('thin slice: a goal typed in the panel clicks a button on the page', () => {
  it('plans offline, previews, clicks, streams events, and keeps the run across a worker restart', async () => {
    const { page, panel } = await openWithPanel(errand, `${demo().shopA}/`);
    await expect.poll(() => page.getByText(/Cart \(0\)/).count()).toBeGreaterThan(0);

    await panel.getByRole('textbox', { name: 'Goal' }).fill('click the Add to cart button');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await panel.getByRole('button', { name: /Approve and run/ }).click();

    await expect.poll(() => page.getByText(/Cart \(1\)/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    const [run] = await askBackground<RunRecord[]>(panel, 'run.list', { limit: 1 });
    const done = await waitForStatus(panel, run.id, ['done']);
    expect(done.plan?.source).toBe('offline');
    expect(done.usage.modelCalls).toBe(0);
    // The panel's live timeline shows what happened, as it happened.
    await panel.getByText('Timeline', { exact: true }).click(); // a finished run folds its timeline
    await expect.poll(() => panel.getByRole('log', { name: 'Run timeline' }).textContent()).toMatch(/Add to cart/);

    const before = await eventsOf(panel, run.id);
    expect(before.map((e) => e.type)).toEqual(expect.arrayContaining(['run.started', 'plan.ready', 'step.started', 'step.completed', 'run.completed']));
    expect(before.map((e) => e.seq)).toEqual(before.map((_, i) => i + 1));

    await errand.stopServiceWorker();
    const fresh = await errand.openPanel();
    const listed = await askBackground<RunRecord[]>(fresh, 'run.list', { limit: 10 });
    expect(listed.find((r) => r.id === run.id)?.status).toBe('done');
    expect(await eventsOf(fresh, run.id)).toEqual(before);
  });
});
