import { makePlan, step } from '../../testing';
import { ElementNotFound, PlanInvalid } from '../../errors';
import { failedStepId } from '../repoint';
import { setup } from './harness';

const picked = { description: 'button "Put in basket"', strategies: [{ role: 'button', name: 'Put in basket' }, { css: '#add' }] };
const noRetries = { retry: { maxAttempts: 1 }, flags: { advancedRetry: false } };

describe('orchestrator: pointing a failed step at a picked element', () => {
  it('puts the picked strategies first, keeps the old ones, and the retried step uses them', async () => {
    const t = setup({ plan: makePlan([step.click('s1', '.add-to-cart'), step.extract('s2')]), config: noRetries });
    t.driver.on('s1', new ElementNotFound('No element matched ".add-to-cart"'));
    const run = await t.run();
    expect(failedStepId(run)).toBe('s1');
    const updated = await t.engine.repoint(run.id, 's1', picked);
    expect(updated.status).toBe('paused');
    const target = { description: '.add-to-cart', strategies: [{ role: 'button', name: 'Put in basket' }, { css: '#add' }, { css: '.add-to-cart' }] };
    expect(updated.plan?.steps[0]).toMatchObject({ id: 's1', target });
    expect(t.events.find((e) => e.type === 'step.injected')).toMatchObject({ stepId: 's1', data: { reason: 'picked', strategies: ['role=button[name="Put in basket"]', 'css=#add'] } });
    await t.engine.retry(run.id);
    expect(await t.engine.idle(run.id)).toMatchObject({ status: 'done' });
    expect(t.driver.calls.at(-2)?.step).toMatchObject({ id: 's1', target });
  });

  it('edits the plan step behind a state id inside a loop', async () => {
    const plan = makePlan([{ id: 'each', kind: 'forEach', items: ['x', 'y'], as: 'v', description: 'Each', steps: [step.click('c')] }]);
    const t = setup({ plan, config: noRetries });
    t.driver.on('c', {}, new ElementNotFound('gone'));
    const run = await t.run();
    expect(failedStepId(run)).toBe('each[1].c');
    const updated = await t.engine.repoint(run.id, 'each[1].c', picked);
    expect(JSON.stringify(updated.plan)).toContain('Put in basket');
  });

  it('refuses runs that are not paused, steps without an element, and empty locators', async () => {
    const t = setup({ plan: makePlan([step.extract('s1'), step.click('s2')]), config: noRetries });
    const done = await t.run();
    expect(failedStepId(done)).toBeUndefined();
    await expect(t.engine.repoint(done.id, 's2', picked)).rejects.toThrow(/not paused/);
    t.driver.on('s2', new ElementNotFound('gone'));
    const paused = await t.run();
    await expect(t.engine.repoint(paused.id, 's1', picked)).rejects.toBeInstanceOf(PlanInvalid);
    await expect(t.engine.repoint(paused.id, 'nope', picked)).rejects.toThrow(/no element to pick/);
    await expect(t.engine.repoint(paused.id, 's2', { description: 'x', strategies: [] })).rejects.toThrow(/no usable locator/);
  });
});
