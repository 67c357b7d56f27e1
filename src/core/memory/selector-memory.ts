import type { KeyValueStore } from '../ports';
import { describeStrategy, LocatorStrategySchema, type Locator, type LocatorStrategy } from '../plan';

/** Remembers which locator strategy worked on which site, so the next run tries it first. */
export interface SelectorMemory {
  /** Records that `strategy` found the element described by `locator` on `origin`. */
  remember(origin: string, locator: Locator, strategy: LocatorStrategy): Promise<void>;
  /** The locator with the remembered strategy (if any) moved to the front. */
  apply(origin: string, locator: Locator): Promise<Locator>;
}

/** Key: origin plus the locator's description (what the element is, not how it was found). */
export function selectorMemoryKey(origin: string, locator: Locator): string {
  return `selector:${origin}|${locator.description.trim().toLowerCase()}`;
}

/**
 * Selector memory over a small key-value store.
 * @example const memory = createSelectorMemory(kv); await memory.apply('https://shop.example', step.target)
 */
export function createSelectorMemory(kv: KeyValueStore): SelectorMemory {
  return {
    async remember(origin, locator, strategy) {
      if ('ref' in strategy) return; // snapshot indexes mean nothing on the next visit
      await kv.set(selectorMemoryKey(origin, locator), strategy);
    },
    async apply(origin, locator) {
      const stored = LocatorStrategySchema.safeParse(await kv.get(selectorMemoryKey(origin, locator)));
      if (!stored.success) return locator;
      const first = stored.data;
      const key = describeStrategy(first);
      return { ...locator, strategies: [first, ...locator.strategies.filter((s) => describeStrategy(s) !== key)] };
    },
  };
}
