import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrandBrowser } from '../../scripts/lib/launch';
import { runGoal, type RunOutcome } from '../../scripts/lib/run-goal';
import { startAiTestServer, type AiTestServer } from '../ai-server/server';
import { offlinePlannerMode } from '../ai-server/offline-planner-mode';
import type { Step } from '../../src/core/plan';
import { askBackground, demo, startErrand, useModelOnly } from './support';

// Eight kinds of goal, typed into the panel and run on the demo sites: first with no provider
// (templates, plan cache, offline planner), then with a model (the local OpenAI-compatible test
// server, in planner mode). Every outcome is checked in the page and in the run's result.

type Records = Array<Record<string, unknown>>;
type Finished = RunOutcome & { page: NonNullable<RunOutcome['page']>; run: NonNullable<RunOutcome['run']> };

interface GoalCase {
  type: string;
  url(): string;
  goal(): string;
  /** Read before the run, passed to `check` (e.g. the cart count). */
  before?(): Promise<number>;
  check(o: Finished, before: number): Promise<void>;
}

let errand: ErrandBrowser;
beforeAll(async () => { errand = await startErrand(); });
afterAll(async () => { await errand?.close(); });

const recordsOf = (o: Finished) => ((o.run.result as { records?: Records } | undefined)?.records ?? []);
const originOf = (u: unknown) => new URL(String(u)).origin;
const flat = (steps: Step[]): Step[] => steps.flatMap((s) => ('steps' in s && Array.isArray(s.steps) ? [s, ...flat(s.steps)] : [s]));

async function cartCount(): Promise<number> {
  const page = await errand.context.newPage();
  await page.goto(`${demo().shopA}/`);
  const text = (await page.getByText(/^Cart \(\d+\)$/).first().textContent()) ?? '';
  await page.close();
  return Number(/\((\d+)\)/.exec(text)![1]);
}

const CASES: GoalCase[] = [
  {
    type: 'click',
    url: () => `${demo().shopA}/`,
    goal: () => 'click the Add to cart button',
    before: cartCount,
    async check(o, before) {
      await expect.poll(() => o.page.getByText(`Cart (${before + 1})`).count()).toBeGreaterThan(0);
      expect(o.run.plan!.steps.map((s) => s.kind)).toEqual(['click']);
    },
  },
  {
    type: 'search',
    url: () => `${demo().shopB}/`,
    goal: () => 'search for aeron',
    async check(o) {
      expect(new URL(o.page.url()).searchParams.get('q')).toBe('aeron');
      await expect.poll(() => o.page.getByRole('link', { name: 'Aeron Chair' }).count()).toBeGreaterThan(0);
      const records = recordsOf(o);
      expect(records).toEqual([expect.objectContaining({ name: 'Aeron Chair', price: 1099.99 })]);
    },
  },
  {
    type: 'extract a table',
    url: () => `${demo().data}/countries`,
    goal: () => 'extract the countries table',
    async check(o) {
      const records = recordsOf(o);
      expect(records).toHaveLength(40);
      for (const r of records) expect(Object.keys(r)).toEqual(expect.arrayContaining(['Country', 'Population']));
      expect(records[0]).toMatchObject({ Rank: 1, Country: 'India', Capital: 'New Delhi', Population: 1428627663 });
      expect(await o.page.getByRole('table').getByText('India', { exact: true }).count()).toBe(1);
    },
  },
  {
    type: 'extract a list',
    url: () => `${demo().data}/jobs`,
    goal: () => 'extract all jobs',
    async check(o) {
      const records = recordsOf(o);
      expect(records).toHaveLength(12);
      expect(records.map((r) => r.url)).toEqual(Array.from({ length: 12 }, (_, i) => `${demo().data}/jobs/${i + 1}`));
      expect(records[0]).toMatchObject({ name: 'Senior Frontend Engineer', location: 'Berlin, Germany (Remote)' });
      expect(new URL(o.page.url()).pathname).toBe('/jobs');
    },
  },
  {
    type: 'paginate',
    url: () => `${demo().data}/books`,
    goal: () => 'collect all books across all pages',
    async check(o) {
      const records = recordsOf(o);
      expect(records).toHaveLength(34);
      expect(new Set(records.map((r) => r.Title)).size).toBe(34);
      expect(records[0]).toMatchObject({ Title: 'To Kill a Mockingbird', Author: 'Harper Lee', Year: 1960 });
      expect(records[33]).toMatchObject({ Title: 'Never Let Me Go', Author: 'Kazuo Ishiguro' });
      await expect.poll(() => o.page.getByText('Page 4 of 4').count()).toBe(1);
    },
  },
  {
    type: 'fill a form',
    url: () => `${demo().form}/contact`,
    goal: () => 'fill the contact form with name: Ada Lovelace, email: ada@example.com, topic: My application, message: Is the Berlin role still open?',
    async check(o) {
      const form = o.page.locator('#contact');
      expect(await form.getByLabel('Your name').inputValue()).toBe('Ada Lovelace');
      expect(await form.getByLabel('Email').inputValue()).toBe('ada@example.com');
      expect(await form.getByLabel('Topic').inputValue()).toBe('application');
      expect(await form.getByLabel('Message').inputValue()).toBe('Is the Berlin role still open?');
      // Not submitted: the goal did not ask for it.
      expect(new URL(o.page.url()).pathname).toBe('/contact');
      expect(await o.page.getByText('Message sent').count()).toBe(0);
      expect(flat(o.run.plan!.steps).filter((s) => s.kind === 'click')).toEqual([]);
    },
  },
  {
    type: 'navigate',
    url: () => `${demo().data}/`,
    goal: () => `go to ${demo().data}/buildings`,
    async check(o) {
      expect(o.page.url()).toBe(`${demo().data}/buildings`);
      await expect.poll(() => o.page.getByRole('heading', { level: 1 }).textContent()).toMatch(/building/i);
    },
  },
  {
    type: 'compare',
    url: () => `${demo().shopA}/`,
    goal: () => `compare the price of the Aeron Chair on ${demo().shopA}, ${demo().shopB} and ${demo().shopC}`,
    async check(o) {
      const { shopA, shopB, shopC } = demo();
      const records = recordsOf(o);
      expect(records.map((r) => originOf(r.url)).sort()).toEqual([shopA, shopB, shopC].sort());
      for (const r of records) expect(r.name).toBe('Aeron Chair');
      const prices = Object.fromEntries(records.map((r) => [originOf(r.url), r.price]));
      expect(prices).toEqual({ [shopA]: 1249, [shopB]: 1099.99, [shopC]: 1189 });
      const best = (o.run.result as { best?: Record<string, unknown> }).best;
      expect(best).toMatchObject({ name: 'Aeron Chair', price: 1099.99 });
      expect(originOf(best!.url)).toBe(shopB);
    },
  },
];

/** Runs a case's goal through the panel, checks it finished, hands the outcome to `body`, then tidies up. */
async function run(c: GoalCase, body: (o: Finished, before: number) => Promise<void>): Promise<void> {
  const before = (await c.before?.()) ?? 0;
  const outcome = await runGoal(errand, { url: c.url(), goal: c.goal(), timeoutMs: 75_000 });
  try {
    const why = outcome.startError ?? outcome.run?.error?.message ?? '';
    expect(`${outcome.status} ${why}`.trim()).toBe('done');
    await body(outcome as Finished, before);
  } finally {
    // A run left paused would be re-attached by a later panel; close its tab too (tabs are found by URL).
    if (outcome.panel && outcome.runId && outcome.status !== 'done') await askBackground(outcome.panel, 'run.cancel', { runId: outcome.runId }).catch(() => {});
    await outcome.page?.close().catch(() => {});
    await outcome.panel?.close().catch(() => {});
  }
}

describe('goal types without a provider', () => {
  for (const c of CASES) {
    it(`${c.type}: planned with no model and succeeds`, async () => {
      await run(c, async (outcome, before) => {
        expect(['template', 'cache', 'offline']).toContain(outcome.run.plan!.source);
        expect(outcome.run.usage.modelCalls).toBe(0);
        await c.check(outcome, before);
      });
    });
  }
});

describe('goal types with a provider (the local OpenAI-compatible test server)', () => {
  let server: AiTestServer;
  beforeAll(async () => {
    server = await startAiTestServer({ planner: offlinePlannerMode });
    const setup = await errand.openPanel();
    // Templates and offline-first off: the model is asked first, exactly like a configured provider.
    await useModelOnly(setup, server.baseURL);
    await setup.close();
  });
  afterAll(async () => { await server?.close(); });

  for (const c of CASES) {
    it(`${c.type}: planned by the model and succeeds`, async () => {
      // The plan cache would answer goals the first pass already ran.
      const helper = await errand.openPanel();
      await askBackground(helper, 'cache.clear', {});
      await helper.close();
      const asked = server.completions().length;
      await run(c, async (outcome, before) => {
        expect(outcome.run.plan!.source).toBe('ai');
        expect(outcome.run.usage.modelCalls).toBeGreaterThanOrEqual(1);
        const requests = server.completions().slice(asked);
        expect(requests.length).toBeGreaterThanOrEqual(1);
        expect(requests[0].headers.authorization).toBe('Bearer k');
        expect(requests[0].body.model).toBe('test-model');
        expect(JSON.stringify(requests[0].body.messages)).toContain(JSON.stringify(c.goal()).slice(1, -1));
        await c.check(outcome, before);
      });
    });
  }
});
