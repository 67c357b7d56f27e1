import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ErrandBrowser } from '../../scripts/lib/launch';
import { askBackground, demo, eventsOf, openWithPanel, startErrand } from './support';
import type { RunRecord } from '../../src/core/run';
import type { RunEvent } from '../../src/core/events';

const template = JSON.parse(readFileSync(new URL('./fixtures/twelve-steps.json', import.meta.url), 'utf8'));
const RUNS = Number(process.env.ERRAND_RESTART_RUNS ?? 20);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let errand: ErrandBrowser;
let panel: Page;
let tabId: number;
let probe: Page;
beforeAll(async () => {
  errand = await startErrand();
  ({ panel, tabId } = await openWithPanel(errand, demo().hub));
  const reply = await askBackground<{ imported: Record<string, number> }>(panel, 'data.import', { data: { format: 'errand-data@1', templates: [template] } });
  expect(reply.imported.templates).toBe(1);
  probe = await errand.context.newPage();
});
afterAll(async () => { await errand?.close(); });

/** The shop's cart count, read from a separate tab (the cart lives in the shop's localStorage). */
async function cartCount(): Promise<number> {
  await probe.goto(`${demo().shopA}/`);
  const text = (await probe.getByText(/Cart \(\d+\)/).first().textContent()) ?? '';
  return Number(/\((\d+)\)/.exec(text)?.[1]);
}

/** Drives one run to its end while acting as the person: re-check questions get a truthful answer. */
async function driveToEnd(runId: string, cartBefore: number): Promise<RunRecord> {
  const t0 = Date.now();
  let last: RunRecord | null = null;
  while (Date.now() - t0 < 60_000) {
    const run = last = await askBackground<RunRecord | null>(panel, 'run.get', { runId }).catch(() => null);
    if (run?.status === 'done' || run?.status === 'failed' || run?.status === 'cancelled') return run;
    if (run && ['paused', 'waiting-user'].includes(run.status) && run.pending?.kind === 'recheck') {
      const clicksDone = ['s3', 's7'].filter((id) => run.steps[id]?.status === 'done').length;
      const happened = (await cartCount()) - cartBefore > clicksDone;
      await askBackground(panel, 'run.answer', { runId, value: happened });
    } else if (run?.status === 'paused' && run.error) return run;
    await sleep(100);
  }
  throw new Error(`run ${runId} did not finish: ${last?.status} ${JSON.stringify(last?.pending ?? last?.error ?? null)} cursor=${last?.cursor}`);
}

describe('runs survive the service worker being stopped at a random step', () => {
  it(`finishes ${RUNS} runs, each step done exactly once and no event lost`, async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (let i = 0; i < RUNS; i++) {
      const before = await cartCount();
      const killAt = `s${1 + Math.floor(random() * 12)}`;
      const { runId } = await askBackground<{ runId: string }>(panel, 'template.run', {
        name: 'twelve-step-tour', params: { shop: demo().shopA, data: demo().data }, tabId,
      });
      // Stop the worker as soon as the chosen step has started.
      for (let t = 0; t < 300; t++) {
        const events = await askBackground<RunEvent[]>(panel, 'run.events', { runId, afterSeq: 0 });
        if (events.some((e) => e.type === 'step.started' && e.stepId === killAt)) break;
        if (events.some((e) => e.type === 'run.completed')) break;
        await sleep(30);
      }
      await errand.stopServiceWorker();

      const run = await driveToEnd(runId, before);
      expect(run.status, `run ${i} (killed at ${killAt}): ${run.error?.message}`).toBe('done');
      const events = await eventsOf(panel, runId);
      expect(events.map((e) => e.seq), `run ${i}: event seqs`).toEqual(events.map((_, k) => k + 1));
      for (let s = 1; s <= 12; s++) {
        const completed = events.filter((e) => e.type === 'step.completed' && e.stepId === `s${s}`);
        expect(completed, `run ${i} (killed at ${killAt}): s${s} completed once`).toHaveLength(1);
        expect(run.steps[`s${s}`]?.status).toBe('done');
      }
      expect(await cartCount(), `run ${i} (killed at ${killAt}): each click happened once`).toBe(before + 2);
    }
  }, 20 * 60_000);
});
