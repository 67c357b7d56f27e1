import { describeStrategy, type Locator, type PageStep } from '../core/plan';
import type { LocatorProbe, PageDriver } from '../core/ports';
import { asErrandError } from '../core/retry';

/** How long the page looks for an element before it counts as not there. */
const PROBE_WAIT_MS = 150;

function lookFor(locator: Locator, waitMs: number): PageStep {
  return {
    id: 'probe', kind: 'wait', description: `Look for ${locator.description}`, confidence: 1, risk: 'low',
    timeoutMs: waitMs, for: { kind: 'element', target: locator, state: 'visible' },
  };
}

/**
 * Looks for a locator's element through the page agent without acting: a short "wait until
 * visible" step. The whole locator is asked first (the same rules as a real step); when it is
 * found, its strategies are asked one by one to name the one that matched.
 * @example createOrchestrator({ …, probeLocator: createLocatorProbe(driver) })
 */
export function createLocatorProbe(driver: PageDriver, waitMs = PROBE_WAIT_MS): LocatorProbe {
  const present = async (locator: Locator, tabId: number, signal: AbortSignal): Promise<boolean> => {
    try {
      await driver.perform(lookFor(locator, waitMs), tabId, signal);
      return true;
    } catch (e) {
      const { category } = asErrandError(e);
      if (category === 'timeout' || category === 'element-missing') return false;
      throw e;
    }
  };
  return async (locator, tabId, signal) => {
    if (!(await present(locator, tabId, signal))) return { found: false };
    if (locator.strategies.length === 1) return { found: true, strategy: describeStrategy(locator.strategies[0]) };
    for (const strategy of locator.strategies) {
      if (await present({ ...locator, strategies: [strategy] }, tabId, signal)) return { found: true, strategy: describeStrategy(strategy) };
    }
    return { found: true };
  };
}
