import type { Locator, LocatorStrategy } from '../../../core/plan';
import type { ActionContext } from '../context';
import type { LayoutMode } from '../../dom/layout';
import { RefRegistry } from '../../snapshot/refs';

/** An action context on happy-dom's document with a short timeout. */
export function actionContext(over: Partial<ActionContext> = {}, layout: LayoutMode = 'none'): ActionContext {
  return { doc: document, layout, refs: new RefRegistry(), signal: new AbortController().signal, timeoutMs: 300, highlight: false, ...over };
}

/** A locator with one or more strategies. */
export function target(...strategies: LocatorStrategy[]): Locator {
  return { description: 'the target', strategies };
}

/** Common step fields. */
export const base = { id: 's1', description: 'test step', confidence: 1, risk: 'low' as const };

/** Records the names of events fired on an element. */
export function recordEvents(el: EventTarget, types: string[]): string[] {
  const seen: string[] = [];
  for (const t of types) el.addEventListener(t, () => seen.push(t));
  return seen;
}
