import { DEFAULT_CONFIG, loadConfig, mergeDeep, resolveConfig, saveUserConfig, USER_CONFIG_KEY } from '..';
import { MemoryKv } from '../../testing';
import { PlanInvalid } from '../../errors';

describe('config', () => {
  it('has defaults for everything', () => {
    expect(resolveConfig()).toEqual(DEFAULT_CONFIG);
    expect(DEFAULT_CONFIG.flags).toEqual({ aiPlanning: true, advancedRetry: true, progressEvents: true, templates: true });
  });

  it('merges build-time overrides, then the person’s overrides, deeply', () => {
    const c = resolveConfig({ flags: { aiPlanning: false }, retry: { maxAttempts: 5 } }, { retry: { baseDelayMs: 50 }, historyLimit: 10 });
    expect(c.flags).toEqual({ ...DEFAULT_CONFIG.flags, aiPlanning: false });
    expect(c.retry).toEqual({ ...DEFAULT_CONFIG.retry, maxAttempts: 5, baseDelayMs: 50 });
    expect(c.historyLimit).toBe(10);
    expect(mergeDeep({ a: [1, 2] }, { a: [3] })).toEqual({ a: [3] });
  });

  it('rejects invalid values, naming the field', () => {
    expect(() => resolveConfig({ retry: { maxAttempts: 0 } })).toThrow(PlanInvalid);
    expect(() => resolveConfig(undefined, { flags: { nope: true } as never })).toThrow(/flags/);
  });

  it('loads stored overrides and ignores ones that no longer validate', async () => {
    const kv = new MemoryKv();
    expect(await loadConfig({ kv })).toEqual(DEFAULT_CONFIG);
    await saveUserConfig(kv, { flags: { templates: false } });
    await saveUserConfig(kv, { retry: { maxAttempts: 2 } });
    const c = await loadConfig({ kv, env: { historyLimit: 50 } });
    expect(c.flags.templates).toBe(false);
    expect(c.retry.maxAttempts).toBe(2);
    expect(c.historyLimit).toBe(50);
    await kv.set(USER_CONFIG_KEY, { retry: { maxAttempts: 99 } });
    expect((await loadConfig({ kv })).retry.maxAttempts).toBe(3);
    await expect(saveUserConfig(kv, { historyLimit: -1 })).rejects.toThrow(PlanInvalid);
    expect(await loadConfig()).toEqual(DEFAULT_CONFIG);
  });
});
