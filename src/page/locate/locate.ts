import { describeStrategy, locatorNames, type Locator, type LocatorStrategy } from '../../core/plan';
import { ElementNotFound } from '../../core/errors';
import type { RefRegistry } from '../snapshot/refs';
import type { Visibility } from '../dom/visibility';
import { isPerceivable } from '../dom/actionable';
import { isEnabled } from '../dom/state';
import { runStrategy } from './strategies';
import { accessibleName } from '../dom/accessible-name';


/**
 * A snapshot ref is only an index: after the page re-renders or a newer snapshot, it can point at
 * another element. Trust it only when that element still carries a name the locator expects.
 */
function refStillFits(el: Element, locator: Locator): boolean {
  const names = locatorNames(locator).map((n) => n.trim().toLowerCase()).filter(Boolean);
  if (!names.length) return true;
  const own = `${accessibleName(el)} ${el.textContent ?? ''} ${el.getAttribute('placeholder') ?? ''}`.toLowerCase();
  return names.some((n) => own.includes(n));
}

/** What locating needs: the document, a fresh visibility checker and the snapshot refs. */
export interface LocateContext {
  doc: Document;
  vis: Visibility;
  refs: RefRegistry;
}

/** The element a locator resolved to, and how. */
export interface LocateResult {
  element: Element;
  strategy: LocatorStrategy;
  /** describeStrategy form of the strategy that worked, e.g. `role=button[name="Add to cart"]`. */
  describe: string;
  /** Visible candidates the strategy found (> 1 means the tie-break picked the first usable one). */
  matches: number;
  tieBreak: boolean;
}

/** One strategy that did not work, and why. */
export interface TriedStrategy {
  strategy: string;
  reason: string;
}

/** First visible and enabled element in reading order, else the first visible one. */
function tieBreak(visible: Element[]): Element {
  return visible.find((el) => isEnabled(el)) ?? visible[0];
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 'es'}`;
}

/**
 * Resolves a locator: strategies in order; one works when it yields exactly one visible element,
 * or several where the tie-break (first visible and enabled in reading order) picks one. Loose
 * matches (substring, related role) count only when unique, except for `text`, which prefers
 * interactive elements. Throws ElementNotFound with `details.tried` when none works.
 */
export function locateElement(locator: Locator, ctx: LocateContext): LocateResult {
  const tried: TriedStrategy[] = [];
  const visible = (els: Element[]) => els.filter((el) => isPerceivable(el, ctx.vis));
  for (const strategy of locator.strategies) {
    const describe = describeStrategy(strategy);
    const found = runStrategy(ctx.doc, strategy, ctx.refs);
    if (found.error) {
      tried.push({ strategy: describe, reason: found.error });
      continue;
    }
    const exact = visible(found.exact);
    if ('ref' in strategy && exact[0] && !refStillFits(exact[0], locator)) {
      tried.push({ strategy: describe, reason: 'the ref now points at a different element (the page changed)' });
      continue;
    }
    if (exact.length) {
      return { element: tieBreak(exact), strategy, describe, matches: exact.length, tieBreak: exact.length > 1 };
    }
    const loose = visible(found.loose);
    if (loose.length === 1 || (loose.length > 1 && !found.looseMustBeUnique)) {
      return { element: tieBreak(loose), strategy, describe, matches: loose.length, tieBreak: loose.length > 1 };
    }
    const hidden = found.exact.length + found.loose.length;
    const reason = loose.length > 1
      ? `${plural(loose.length, 'partial match')}, none exact`
      : hidden ? `${hidden} found, none visible` : 'no match';
    tried.push({ strategy: describe, reason });
  }
  throw new ElementNotFound(`Could not find ${locator.description}`, { locator: locator.description, tried });
}
