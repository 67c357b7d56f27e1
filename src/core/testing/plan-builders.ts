import type { Plan, Step, Locator } from '../plan';
import { PlanSchema } from '../plan';

/** A locator with one css strategy, for tests. */
export function css(selector: string, description = selector): Locator {
  return { description, strategies: [{ css: selector }] };
}

/**
 * Builds a valid plan from loosely written steps (defaults filled by PlanSchema).
 * @example makePlan([{ id: 's1', kind: 'navigate', description: 'Open', url: 'https://shop.example/' }])
 */
export function makePlan(steps: Array<Record<string, unknown>>, extra: Partial<Record<keyof Plan, unknown>> = {}): Plan {
  return PlanSchema.parse({
    id: 'plan-test', goal: 'test goal', intent: 'extract', confidence: 0.9, source: 'user',
    origins: ['https://shop.example'], ...extra, steps,
  }) as Plan;
}

/** Short step factories for tests (descriptions filled in). */
export const step = {
  navigate: (id: string, url: string): Step => ({ id, kind: 'navigate', url, description: `Open ${url}`, confidence: 1, risk: 'low' }),
  click: (id: string, selector = `#${id}`): Step => ({ id, kind: 'click', target: css(selector), description: `Click ${selector}`, confidence: 1, risk: 'low' }),
  type: (id: string, value: string, selector = `#${id}`): Step => ({ id, kind: 'type', target: css(selector), value, clear: true, pressEnter: false, description: `Type ${value}`, confidence: 1, risk: 'low' }),
  extract: (id: string): Step => ({ id, kind: 'extract', what: 'list', description: 'Read the list', confidence: 1, risk: 'low' }),
  wait: (id: string, ms = 10): Step => ({ id, kind: 'wait', for: { kind: 'time', ms }, description: 'Wait', confidence: 1, risk: 'low' }),
};
