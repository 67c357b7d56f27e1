import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrandBrowser } from '../../scripts/lib/launch';
import { startAiTestServer, type AiTestServer, type PlannerInput } from '../ai-server/server';
import { demo, eventsOf, latestRun, openWithPanel, startErrand, useModelOnly } from './support';

// A model plans a step whose element is not on the page. Before the person approves, Errand looks
// for every step's element on the live page (without acting) and the preview flags that step.

let errand: ErrandBrowser;
let server: AiTestServer;

/** A plan with one real element (the page's search box, by ref), one invented button, then a read after it. */
function planWithABadLocator(input: PlannerInput) {
  const box = input.snapshot?.elements.find((e) => e.role === 'searchbox' || e.role === 'textbox');
  if (!box) throw new Error('the test page has no search box in its snapshot');
  return {
    intent: 'search', confidence: 0.9, params: {}, origins: [new URL(input.url!).origin],
    steps: [
      { id: 's1', kind: 'type', description: 'Type the product into the search box', value: 'aeron', pressEnter: false,
        target: { description: 'search box', strategies: [{ css: '#no-such-search-box' }, { ref: box.ref }] } },
      { id: 's2', kind: 'click', description: 'Press the Frobnicate button',
        target: { description: 'Frobnicate button', strategies: [{ role: 'button', name: 'Frobnicate now' }, { css: '#frobnicate' }] } },
      { id: 's3', kind: 'extract', what: 'list', description: 'Read the results', target: { description: 'results', strategies: [{ css: 'main' }] } },
    ],
  };
}

beforeAll(async () => {
  errand = await startErrand();
  server = await startAiTestServer({ planner: planWithABadLocator });
  const setup = await errand.openPanel();
  await useModelOnly(setup, server.baseURL);
  await setup.close();
});
afterAll(async () => {
  await errand?.close();
  await server?.close();
});

describe('plan checked against the live page before approval', () => {
  it('flags the step whose element is not on the page, names the strategy that matched, and acts on nothing', async () => {
    const { page, panel } = await openWithPanel(errand, `${demo().shopB}/`);
    await panel.getByRole('textbox', { name: 'Goal' }).fill('look up aeron and press the frobnicate button');
    await panel.getByRole('button', { name: 'Run', exact: true }).click();
    await panel.getByRole('button', { name: /Approve and run/ }).waitFor();

    const run = await latestRun(panel);
    expect(run.status).toBe('awaiting-approval');
    expect(run.plan?.source).toBe('ai');
    expect(run.locatorChecks?.s1).toEqual({ status: 'found', strategy: expect.stringMatching(/^ref=/) });
    expect(run.locatorChecks?.s2).toMatchObject({ status: 'missing', note: expect.stringContaining('Frobnicate button') });
    expect(run.locatorChecks?.s3).toMatchObject({ status: 'unchecked' });
    expect(run.plan?.steps[1].confidence).toBeLessThanOrEqual(0.3);
    const ready = (await eventsOf(panel, run.id)).find((e) => e.type === 'plan.ready');
    expect(ready?.data).toMatchObject({ locators: { found: 1, missing: 1, unchecked: 1 } });
    const { ms } = (ready?.data as { locators: { ms: number } }).locators;
    expect(ms).toBeLessThan(5_000);
    console.log(`plan checked on the page in ${ms} ms`);

    const steps = panel.getByRole('list', { name: 'Plan steps' }).locator('li.step');
    await expect.poll(() => steps.nth(1).getByText('Not found on this page').count()).toBe(1);
    expect(await panel.getByText('Not found on this page').count()).toBe(1);
    // Looking is not acting: nothing was typed.
    expect(await page.getByRole('searchbox').or(page.getByRole('textbox')).first().inputValue()).toBe('');
  });
});
