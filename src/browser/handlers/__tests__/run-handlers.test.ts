import { createOrchestrator } from '../../../core/engine';
import { FakeClock, CounterIds, MemoryRunStore, ScriptedDriver, makePlan, step } from '../../../core/testing';
import { resolveConfig } from '../../../core/config';
import { createTemplateRegistry } from '../../../core/templates';
import { builtinTemplates } from '../../../../templates';
import type { Plan, PageStep } from '../../../core/plan';
import { ElementNotFound } from '../../../core/errors';
import type { PickOutcome } from '../../../messaging/protocol';
import type { Services } from '../../services';
import type { TabsApi } from '../../tab-control';
import { runHandlers } from '../run-handlers';

/** The side panel, the only kind of page the router lets through. */
const sender = { id: 'errand', url: 'chrome-extension://errand/sidepanel.html' };

type Tab = { id?: number; url?: string; status?: string };

/** Tabs that exist until closed; navigations and new tabs complete at once. */
function fakeTabs(open: Record<number, string>) {
  const tabs = new Map<number, Tab>(Object.entries(open).map(([id, url]) => [Number(id), { id: Number(id), url, status: 'complete' }]));
  const log: string[] = [];
  let next = 100;
  const api: TabsApi = {
    async get(id) { const t = tabs.get(id); if (!t) throw new Error(`No tab with id: ${id}`); return { ...t }; },
    async update(id, { url }) { log.push(`update ${id} ${url}`); tabs.set(id, { id, url, status: 'complete' }); return {}; },
    async create({ url }) { const id = next++; log.push(`create ${id} ${url}`); tabs.set(id, { id, url, status: 'complete' }); return { id }; },
    async query() { return [...tabs.values()]; },
    async sendMessage() { return undefined; },
  };
  return { api, log };
}

function setup(plan: Plan, tabs: Record<number, string> = { 7: 'https://shop.example/' }) {
  const store = new MemoryRunStore();
  const driver = new ScriptedDriver({ url: 'https://shop.example/' });
  const planner = { source: 'offline' as const, calls: 0, async plan() { planner.calls++; return { plan, usage: { modelCalls: 0, promptTokens: 0, completionTokens: 0 } }; } };
  const orchestrator = createOrchestrator({ store, driver, planners: [planner], clock: new FakeClock({ auto: true }), ids: new CounterIds(), config: resolveConfig({ retry: { jitter: 0 } }) });
  const registry = createTemplateRegistry({ builtins: builtinTemplates });
  const picks: PickOutcome[] = [];
  const pickedIn: number[] = [];
  const pickElement = async (tabId: number) => { pickedIn.push(tabId); return picks.shift() ?? { picked: false, reason: 'timeout' }; };
  const svc = { orchestrator, store, registry, pickElement, explainPlanningFailure: async (r: unknown) => r } as unknown as Services;
  const t = fakeTabs(tabs);
  let active = 0;
  const h = runHandlers(svc, t.api, () => { active++; });
  return { h, orchestrator, driver, planner, tabs: t, active: () => active, picks, pickedIn };
}

describe('run handlers', () => {
  it('run.skip skips the high-risk step and the run goes on', async () => {
    const plan = makePlan([{ ...step.click('pay'), risk: 'high' }, step.extract('s2')]);
    const t = setup(plan);
    const { runId } = await t.h['run.start']({ goal: 'pay', tabId: 7, autoApprove: true }, sender);
    expect((await t.orchestrator.idle(runId))?.pending?.kind).toBe('risk');
    await t.h['run.skip']({ runId }, sender);
    expect(await t.orchestrator.idle(runId)).toMatchObject({ status: 'done', steps: { pay: { status: 'skipped' }, s2: { status: 'done' } } });
    expect(t.driver.count('pay')).toBe(0);
  });

  it('run.resume does not approve a new origin; run.answer true does', async () => {
    const plan = makePlan([step.navigate('s1', 'https://other.example/')], { origins: [] });
    const t = setup(plan);
    const { runId } = await t.h['run.start']({ goal: 'go', tabId: 7, autoApprove: true }, sender);
    expect(await t.orchestrator.idle(runId)).toMatchObject({ status: 'paused', pending: { kind: 'origin', origin: 'https://other.example' } });
    await t.h['run.resume']({ runId }, sender);
    expect(await t.orchestrator.idle(runId)).toMatchObject({ status: 'paused', pending: { kind: 'origin' }, plan: { origins: [] } });
    await t.h['run.answer']({ runId, value: true }, sender);
    expect(await t.orchestrator.idle(runId)).toMatchObject({ status: 'done', plan: { origins: ['https://other.example'] } });
  });

  it('run.start with a template runs that template with the params, without planning', async () => {
    const t = setup(makePlan([step.extract('s1')]));
    const params = { product: 'Aeron Chair', sites: ['https://a.example/', 'https://b.example/'] };
    const { runId } = await t.h['run.start']({ goal: 'compare chairs', tabId: 7, template: 'price-comparison', params }, sender);
    const run = await t.orchestrator.get(runId);
    expect(run).toMatchObject({ status: 'awaiting-approval', goal: 'compare chairs', inputs: params, plan: { source: 'template', template: expect.stringMatching(/^price-comparison@/) } });
    expect(JSON.stringify(run?.plan)).toContain('Aeron Chair');
    expect(t.planner.calls).toBe(0);
    await expect(t.h['run.start']({ goal: 'x', tabId: 7, template: 'no-such-template' }, sender)).rejects.toThrow(/no template "no-such-template"/);
  });

  describe('run.replay', () => {
    const plan = () => makePlan([step.extract('s1')]);
    async function finished(tabs?: Record<number, string>) {
      const t = setup(plan(), tabs);
      const { runId } = await t.h['run.start']({ goal: 'read', tabId: 7, autoApprove: true }, sender);
      await t.orchestrator.idle(runId);
      return { ...t, runId };
    }

    it('acts in the panel\'s tab, taken back to the start page first, not in the original tab', async () => {
      const t = await finished({ 7: 'https://shop.example/', 9: 'https://news.example/' });
      const { runId } = await t.h['run.replay']({ runId: t.runId, tabId: 9 }, sender);
      expect(await t.orchestrator.idle(runId)).toMatchObject({ status: 'done', tabId: 9, replayOf: t.runId });
      expect(t.tabs.log).toEqual(['update 9 https://shop.example/']);
      expect(t.driver.calls.at(-1)?.tabId).toBe(9);
    });

    it('keeps the panel\'s tab where it is when the plan opens its own page, or is already there', async () => {
      const nav = setup(makePlan([step.navigate('s1', 'https://shop.example/a'), step.extract('s2')]), { 7: 'https://shop.example/', 9: 'https://news.example/' });
      const first = await nav.h['run.start']({ goal: 'read', tabId: 7, autoApprove: true }, sender);
      await nav.orchestrator.idle(first.runId);
      await nav.h['run.replay']({ runId: first.runId, tabId: 9 }, sender);
      const same = await finished({ 7: 'https://shop.example/' });
      await same.h['run.replay']({ runId: same.runId, tabId: 7 }, sender);
      expect([...nav.tabs.log, ...same.tabs.log]).toEqual([]);
    });

    it('opens the start page in a new tab when the tab is closed or shows a browser page', async () => {
      const t = await finished({ 7: 'https://shop.example/', 9: 'chrome://settings/' });
      await t.tabs.api.update(7, { url: 'chrome://newtab/' });
      t.tabs.log.length = 0;
      const inBrowserPage = await t.h['run.replay']({ runId: t.runId, tabId: 9 }, sender);
      expect((await t.orchestrator.idle(inBrowserPage.runId))?.tabId).toBe(100);
      const noPanelTab = await t.h['run.replay']({ runId: t.runId }, sender);
      expect((await t.orchestrator.idle(noPanelTab.runId))?.tabId).toBe(101);
      const closed = await t.h['run.replay']({ runId: t.runId, tabId: 55 }, sender);
      expect((await t.orchestrator.idle(closed.runId))).toMatchObject({ status: 'done', tabId: 102 });
      expect(t.tabs.log).toEqual(['create 100 https://shop.example/', 'create 101 https://shop.example/', 'create 102 https://shop.example/']);
    });

    it('says so when there is neither a tab nor a start page', async () => {
      const t = setup(plan());
      const run = await t.orchestrator.start({ goal: 'read', tabId: 55, plan: plan() });
      await expect(t.h['run.replay']({ runId: run.id }, sender)).rejects.toThrow(/no start page/);
      await expect(t.h['run.replay']({ runId: 'nope' }, sender)).rejects.toThrow(/no run nope/);
    });
  });

  describe('run.pick', () => {
    const basket = { description: 'button "Put in basket"', strategies: [{ role: 'button', name: 'Put in basket' }] };
    /** The page has only the renamed button: the planned locator is never found. */
    async function pausedOnMissing() {
      const t = setup(makePlan([step.click('add', '.add-to-cart')]));
      const onlyBasket = (s: PageStep) => {
        if ('target' in s && JSON.stringify(s.target?.strategies[0]) === JSON.stringify(basket.strategies[0])) return { url: 'https://shop.example/' };
        throw new ElementNotFound('No element matched ".add-to-cart"');
      };
      t.driver.on('add', ...Array.from({ length: 20 }, () => onlyBasket));
      const { runId } = await t.h['run.start']({ goal: 'add to cart', tabId: 7, autoApprove: true }, sender);
      expect(await t.orchestrator.idle(runId)).toMatchObject({ status: 'paused', error: { name: 'ElementNotFound' } });
      return { ...t, runId };
    }

    it('points the failed step at the picked element in the run\'s tab and runs it again', async () => {
      const t = await pausedOnMissing();
      t.picks.push({ picked: true, locator: basket });
      expect(await t.h['run.pick']({ runId: t.runId }, sender)).toEqual({ runId: t.runId, picked: true });
      expect(t.pickedIn).toEqual([7]);
      const run = await t.orchestrator.idle(t.runId);
      expect(run).toMatchObject({ status: 'done', steps: { add: { status: 'done' } } });
      expect(run?.plan?.steps[0]).toMatchObject({ target: { strategies: [basket.strategies[0], { css: '.add-to-cart' }] } });
    });

    it('leaves the run paused, plan untouched, when the person cancels or time runs out', async () => {
      const t = await pausedOnMissing();
      t.picks.push({ picked: false, reason: 'cancelled' });
      expect(await t.h['run.pick']({ runId: t.runId }, sender)).toEqual({ runId: t.runId, picked: false, reason: 'cancelled' });
      expect(await t.h['run.pick']({ runId: t.runId }, sender)).toEqual({ runId: t.runId, picked: false, reason: 'timeout' });
      expect(await t.orchestrator.get(t.runId)).toMatchObject({ status: 'paused', plan: { steps: [{ target: { strategies: [{ css: '.add-to-cart' }] } }] } });
    });

    it('refuses a run that did not stop on a failed step', async () => {
      const t = setup(makePlan([step.extract('s1')]));
      const { runId } = await t.h['run.start']({ goal: 'read', tabId: 7, autoApprove: true }, sender);
      await t.orchestrator.idle(runId);
      await expect(t.h['run.pick']({ runId }, sender)).rejects.toThrow(/paused on a failed step/);
      expect(t.pickedIn).toEqual([]);
    });
  });
});
