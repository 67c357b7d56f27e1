import { describeStrategy, locatorNames, LocatorStrategySchema, type Locator, type LocatorStrategy, type Step } from '../plan';
import { FallbackChain, type BreakerRegistry } from '../retry';

/** The locator a step acts on, if it has one (target, or the element a wait waits for). */
export function locatorOf(step: Step): Locator | undefined {
  if ('target' in step && step.target) return step.target;
  if (step.kind === 'wait' && step.for.kind === 'element') return step.for.target;
  return undefined;
}

/** The same step acting on another locator. */
export function withLocator<S extends Step>(step: S, locator: Locator): S {
  if (step.kind === 'wait' && step.for.kind === 'element') return { ...step, for: { ...step.for, target: locator } };
  if ('target' in step && step.target) return { ...step, target: locator };
  return step;
}

/**
 * Strategies from whatever a page or provider proposed: valid strategy objects as they are, and
 * snapshot elements ({ ref, role, name }) as a ref plus a role+name strategy.
 */
export function toStrategies(candidates: unknown): LocatorStrategy[] {
  if (!Array.isArray(candidates)) return [];
  const out: LocatorStrategy[] = [];
  for (const c of candidates) {
    const direct = LocatorStrategySchema.safeParse(c);
    if (direct.success) { out.push(direct.data); continue; }
    if (c && typeof c === 'object') {
      const el = c as { ref?: unknown; role?: unknown; name?: unknown; strategy?: unknown };
      const nested = LocatorStrategySchema.safeParse(el.strategy);
      if (nested.success) out.push(nested.data);
      if (typeof el.ref === 'string' && el.ref) out.push({ ref: el.ref });
      if (typeof el.role === 'string' && el.role && typeof el.name === 'string' && el.name) out.push({ role: el.role, name: el.name });
    }
  }
  return out;
}

/** The locator with new strategies tried first (duplicates dropped); undefined when nothing is new. */
export function preferStrategies(locator: Locator, fresh: LocatorStrategy[]): Locator | undefined {
  const known = new Set(locator.strategies.map(describeStrategy));
  const added: LocatorStrategy[] = [];
  for (const s of fresh) {
    const key = describeStrategy(s);
    if (!known.has(key)) { known.add(key); added.push(s); }
  }
  return added.length ? { ...locator, strategies: [...added, ...locator.strategies] } : undefined;
}

/** Breaker key for one strategy on one site. */
function strategyKey(origin: string, s: LocatorStrategy): string {
  return `locator:${origin}|${describeStrategy(s)}`;
}

/**
 * The locator's strategies as a fallback chain ordered by recent health on this site: strategies
 * that kept failing here (open breaker, low success rate) move back; ties keep the plan's order.
 */
export function orderByHealth(locator: Locator, origin: string | undefined, breakers: BreakerRegistry): Locator {
  if (!origin || locator.strategies.length < 2) return locator;
  const chain = new FallbackChain(locator.strategies.map((s) => ({ id: describeStrategy(s), value: s })), {
    breakers, keyOf: (id) => `locator:${origin}|${id}`,
  });
  return { ...locator, strategies: chain.order().map((m) => m.value) };
}

/**
 * Records how a locator fared: the strategy that worked succeeded and the ones tried before it
 * failed (the page tries them in order); when none worked (`used` undefined) all failed.
 */
export function recordLocatorOutcome(locator: Locator, origin: string | undefined, used: string | undefined, breakers: BreakerRegistry): void {
  if (!origin) return;
  for (const s of locator.strategies) {
    const b = breakers.get(strategyKey(origin, s));
    if (describeStrategy(s) === used) { b.success(); return; }
    b.failure();
  }
}

/** Names a locator expects its element to carry, lower-cased. */
export function expectedNames(locator: Locator): string[] {
  return locatorNames(locator).map((n) => n.trim().toLowerCase()).filter(Boolean);
}

/**
 * Page candidates that could be the same target: their name shares the expected text. A
 * "nearest" element with another name is a different thing, and clicking it would be wrong.
 */
export function fittingCandidates(locator: Locator, candidates: unknown): unknown[] {
  if (!Array.isArray(candidates)) return [];
  const names = expectedNames(locator);
  if (!names.length) return candidates;
  return candidates.filter((c) => {
    const name = c && typeof c === 'object' && typeof (c as { name?: unknown }).name === 'string' ? (c as { name: string }).name.toLowerCase() : '';
    return name !== '' && names.some((n) => name.includes(n) || n.includes(name));
  });
}
