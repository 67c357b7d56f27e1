import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ErrandBrowser } from '../../scripts/lib/launch';
import { startAiTestServer, type AiTestServer } from '../ai-server/server';
import type { PageSnapshot, SnapshotElement } from '../../src/core/ports';
import type { Locator, LocatorStrategy } from '../../src/core/plan';
import type { RunRecord } from '../../src/core/run';
import { askBackground, demo, startErrand, useModelOnly } from './support';

// Every page action in real Chromium through the extension: a "model" (the local test server in
// planner mode) plans from the snapshot it is sent, targeting elements by snapshot ref first with
// fallbacks, as the planning prompt asks. The effect of each action is then checked in the page.
// On /extras/live-form the page replaces its elements after planning and after every change, so
// the refs the plan holds are stale when the steps run.

type Plan = { intent: string; confidence: number; steps: Array<Record<string, unknown>> };
type Done = { run: RunRecord; page: Page };

let errand: ErrandBrowser;
let server: AiTestServer;
let panel: Page;

beforeAll(async () => {
  server = await startAiTestServer();
  errand = await startErrand();
  panel = await errand.openPanel();
  // Templates and offline-first off: every goal goes to the model, which sees the snapshot's refs.
  await useModelOnly(panel, server.baseURL);
});
afterAll(async () => {
  await errand?.close();
  await server?.close();
});

/** The snapshot element with this role and name (the test fails when the page agent did not list it). */
function element(snap: PageSnapshot | undefined, role: string, name: string): SnapshotElement {
  const found = snap?.elements.find((e) => e.role === role && e.name === name);
  if (!found) throw new Error(`no ${role} "${name}" in the snapshot: ${snap?.elements.map((e) => `${e.role} ${e.name}`).join(' | ')}`);
  return found;
}

/** A locator as a model writes it: the snapshot ref first, then stable fallbacks. */
const byRef = (description: string, el: SnapshotElement, ...fallbacks: LocatorStrategy[]): Locator =>
  ({ description, strategies: [{ ref: el.ref }, ...fallbacks] });

/**
 * Opens `url`, starts `goal` (auto-approved) and answers the model's planning request with
 * `build(snapshot)`; `beforeActing` runs after the snapshot was taken and before any step acts.
 * High-risk confirmations are answered yes. Resolves when the run ends.
 */
async function runPlanned(url: string, goal: string, build: (snap: PageSnapshot | undefined) => Plan, beforeActing?: (page: Page) => Promise<void>): Promise<Done> {
  const page = await errand.context.newPage();
  await page.goto(url);
  await askBackground(panel, 'cache.clear', {});
  await askBackground(panel, 'memory.clear', {});
  server.setPlanner(async ({ snapshot }) => {
    const plan = build(snapshot);
    await beforeActing?.(page);
    return plan;
  });
  const { runId } = await askBackground<{ runId: string }>(panel, 'run.start', { goal, tabId: await errand.tabIdOf(page), autoApprove: true });
  const t0 = Date.now();
  let run: RunRecord | undefined;
  while (Date.now() - t0 < 30_000) {
    run = await askBackground<RunRecord>(panel, 'run.get', { runId });
    if (['done', 'failed', 'cancelled'].includes(run.status) || (run.status === 'paused' && run.error)) return { run, page };
    if (run.status === 'waiting-user' && run.pending?.kind === 'risk') await askBackground(panel, 'run.answer', { runId, value: true });
    await new Promise((r) => setTimeout(r, 100));
  }
  const states = Object.entries(run?.steps ?? {}).map(([id, st]) => `${id}:${st.status}${st.error ? ` (${st.error.message})` : ''}`);
  throw new Error(`run for "${goal}" did not finish: ${run?.status} ${states.join(', ')}`);
}

function expectDone({ run }: Done): void {
  expect(`${run.status} ${run.error?.message ?? ''}`.trim()).toBe('done');
  expect(run.plan?.source).toBe('ai');
}

const used = (run: RunRecord, stepId: string) => run.steps[stepId]?.locatorUsed ?? '';

describe('actions on a page that replaces its elements (stale refs)', () => {
  const liveForm = () => `${demo().hub}/extras/live-form`;

  it('uses the ref when the page has not changed since the snapshot', async () => {
    const done = await runPlanned(liveForm(), 'choose 2 lamps', (snap) => ({
      intent: 'fill', confidence: 0.9,
      steps: [{ id: 's1', kind: 'select', description: 'Choose 2', value: '2', target: byRef('Quantity', element(snap, 'combobox', 'Quantity'), { label: 'Quantity' }) }],
    }));
    expectDone(done);
    expect(used(done.run, 's1')).toMatch(/^ref=e\d+$/);
    expect(await done.page.locator('#qty').inputValue()).toBe('2');
    await done.page.close();
  });

  it('select, check, type (clear, append + Enter), wait, hover and click all find the new elements', async () => {
    const done = await runPlanned(liveForm(), 'order 3 gift-wrapped lamps with a note and express delivery', (snap) => {
      const note = element(snap, 'textbox', 'Note for the courier');
      const express: Locator = { description: 'Express', strategies: [{ role: 'menuitem', name: 'Express' }] };
      return {
        intent: 'fill', confidence: 0.9,
        steps: [
          { id: 's1', kind: 'select', description: 'Choose 3', value: '3', target: byRef('Quantity', element(snap, 'combobox', 'Quantity'), { label: 'Quantity' }) },
          { id: 's2', kind: 'check', description: 'Gift wrap', checked: true, target: byRef('Gift wrap', element(snap, 'checkbox', 'Gift wrap (+$5)'), { label: 'Gift wrap (+$5)' }) },
          { id: 's3', kind: 'type', description: 'Start the note', value: 'Leave it', clear: true, target: byRef('Note', note, { label: 'Note for the courier' }) },
          { id: 's4', kind: 'type', description: 'Finish and save the note', value: ' at the door', clear: false, pressEnter: true, target: byRef('Note', note, { label: 'Note for the courier' }) },
          { id: 's5', kind: 'wait', description: 'Note saved', for: { kind: 'text', text: 'Note saved' } },
          { id: 's6', kind: 'hover', description: 'Open the delivery menu', target: byRef('Delivery options', element(snap, 'button', 'Delivery options'), { role: 'button', name: 'Delivery options' }) },
          { id: 's7', kind: 'wait', description: 'Menu open', for: { kind: 'element', target: express } },
          { id: 's8', kind: 'click', description: 'Express delivery', target: express },
        ],
      };
    }, (page) => page.getByRole('button', { name: 'Refresh prices' }).click());
    expectDone(done);
    const { page, run } = done;
    // Every ref the plan held pointed at a replaced element: the label/role fallbacks found the new one.
    for (const id of ['s1', 's2', 's3', 's4', 's6']) expect(used(run, id), id).not.toMatch(/^ref=/);
    expect(used(run, 's1')).toContain('Quantity');
    expect(await page.locator('#qty').inputValue()).toBe('3');
    expect(await page.locator('#gift').isChecked()).toBe(true);
    expect(await page.locator('#note').inputValue()).toBe('Leave it at the door');
    expect(await page.locator('#summary').textContent()).toBe('3 × Desk lamp, gift wrapped, Express delivery. Total: $122');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Note saved');
    // Refresh, select, check, note change, Enter, saved, express: each one replaced the elements.
    expect(Number(await page.locator('#app').getAttribute('data-renders'))).toBeGreaterThanOrEqual(8);
    await page.close();
  });
});

describe('actions on the demo sites', () => {
  it('type clears or appends, click moves on, wait for an element, select by option text, check boxes', async () => {
    const done = await runPlanned(`${demo().form}/apply`, 'fill in the application for Ada Lovelace', (snap) => {
      const name = element(snap, 'textbox', 'Full name');
      const next: Locator = { description: 'Next', strategies: [{ role: 'button', name: 'Next' }] };
      return {
        intent: 'fill', confidence: 0.9,
        steps: [
          { id: 's1', kind: 'type', description: 'Name', value: 'Grace Hopper', target: byRef('Full name', name, { label: 'Full name' }) },
          { id: 's2', kind: 'type', description: 'Name again', value: 'Ada', clear: true, target: byRef('Full name', name, { label: 'Full name' }) },
          { id: 's3', kind: 'type', description: 'Surname', value: ' Lovelace', clear: false, target: byRef('Full name', name, { label: 'Full name' }) },
          { id: 's4', kind: 'type', description: 'Email', value: 'ada@example.com', target: byRef('Email', element(snap, 'textbox', 'Email address'), { label: 'Email address' }) },
          { id: 's5', kind: 'type', description: 'Phone', value: '+44 20 7946 0000', target: { description: 'Phone', strategies: [{ placeholder: 'Phone number' }] } },
          { id: 's6', kind: 'click', description: 'Next', target: next },
          { id: 's7', kind: 'wait', description: 'Address step', for: { kind: 'element', target: { description: 'Street', strategies: [{ label: 'Street address' }] } } },
          { id: 's8', kind: 'type', description: 'Street', value: '12 St James Square', target: { description: 'Street', strategies: [{ label: 'Street address' }] } },
          { id: 's9', kind: 'type', description: 'City', value: 'London', target: { description: 'City', strategies: [{ label: 'Town or city' }] } },
          { id: 's10', kind: 'select', description: 'Country', value: 'United Kingdom', target: { description: 'Country', strategies: [{ label: 'Country' }] } },
          { id: 's11', kind: 'type', description: 'Postcode', value: 'SW1Y 4LB', target: { description: 'Postcode', strategies: [{ label: 'Postcode' }] } },
          { id: 's12', kind: 'click', description: 'Next', target: next },
          { id: 's13', kind: 'wait', description: 'Preferences step', for: { kind: 'text', text: 'Step 3 of 4' } },
          { id: 's14', kind: 'check', description: 'Logistics', target: { description: 'Logistics', strategies: [{ label: 'Logistics planning' }] } },
          { id: 's15', kind: 'check', description: 'Terms', target: { description: 'Terms', strategies: [{ label: 'I agree to the privacy policy' }] } },
        ],
      };
    });
    expectDone(done);
    const { page, run } = done;
    expect(used(run, 's1')).toMatch(/^ref=/);
    expect(await page.locator('#full-name').inputValue()).toBe('Ada Lovelace');
    expect(await page.locator('[name="email"]').inputValue()).toBe('ada@example.com');
    expect(await page.locator('[name="phone"]').inputValue()).toBe('+44 20 7946 0000');
    expect(await page.locator('#country').inputValue()).toBe('GB');
    expect(await page.locator('[name="city"]').inputValue()).toBe('London');
    await expect.poll(() => page.getByRole('heading', { name: 'Step 3 of 4: Preferences' }).isVisible()).toBe(true);
    expect(await page.locator('[name="interests"][value="logistics"]').isChecked()).toBe(true);
    expect(await page.locator('[name="interests"][value="warehouse"]').isChecked()).toBe(false);
    expect(await page.locator('[name="terms"]').isChecked()).toBe(true);
    await page.close();
  });

  it('press Enter in a search box without a form, then wait for the URL and the text', async () => {
    const done = await runPlanned(`${demo().shopB}/`, 'search the catalogue for aeron', (snap) => {
      const box = byRef('Search', element(snap, 'textbox', 'Search the catalogue'), { placeholder: 'Search the catalogue' });
      return {
        intent: 'search', confidence: 0.9,
        steps: [
          { id: 's1', kind: 'type', description: 'Query', value: 'aeron', target: box },
          { id: 's2', kind: 'press', description: 'Search', key: 'Enter', target: box },
          { id: 's3', kind: 'wait', description: 'Results page', for: { kind: 'url', includes: 'q=aeron' } },
          { id: 's4', kind: 'wait', description: 'Result shown', for: { kind: 'text', text: 'Aeron Chair' } },
        ],
      };
    });
    expectDone(done);
    expect(new URL(done.page.url()).searchParams.get('q')).toBe('aeron');
    expect(await done.page.getByRole('link', { name: 'Leap V2' }).count()).toBe(0);
    await done.page.close();
  });

  it('click a button that navigates later, then wait for the URL change', async () => {
    const done = await runPlanned(`${demo().hub}/extras/redirect`, 'continue to checkout', (snap) => ({
      intent: 'click', confidence: 0.9,
      steps: [
        { id: 's1', kind: 'click', description: 'Continue', target: byRef('Continue', element(snap, 'button', 'Continue to checkout'), { text: 'Continue to checkout' }) },
        { id: 's2', kind: 'wait', description: 'Checkout page', for: { kind: 'url', includes: '/extras/checkout' } },
        { id: 's3', kind: 'wait', description: 'Total shown', for: { kind: 'text', text: 'Order total' } },
      ],
    }));
    expectDone(done);
    expect(new URL(done.page.url()).pathname).toBe('/extras/checkout');
    await done.page.close();
  });

  it('scroll by pixels down and up, then to an element', async () => {
    const done = await runPlanned(`${demo().data}/countries`, 'scroll through the countries', () => ({
      intent: 'navigate', confidence: 0.9,
      steps: [
        { id: 's1', kind: 'scroll', description: 'Down', direction: 'down', pixels: 600 },
        { id: 's2', kind: 'scroll', description: 'Up', direction: 'up', pixels: 200 },
        { id: 's3', kind: 'scroll', description: 'Last row', target: { description: 'Saudi Arabia', strategies: [{ text: 'Saudi Arabia' }] } },
      ],
    }));
    expectDone(done);
    const { page, run } = done;
    expect(run.steps.s1.output).toMatchObject({ scrollY: 600, atEnd: false });
    expect(run.steps.s2.output).toMatchObject({ scrollY: 400 });
    const row = page.getByText('Saudi Arabia', { exact: true });
    const box = await row.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(await page.evaluate(() => window.innerHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
    await page.close();
  });
});
