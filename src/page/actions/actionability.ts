import type { Locator } from '../../core/plan';
import { ElementNotInteractable } from '../../core/errors';
import { createVisibility } from '../dom/visibility';
import { actionTarget } from '../dom/actionable';
import { isEnabled, isEditable } from '../dom/state';
import { dismissLocatorFor } from './overlay';
import { boxKey, hitTarget, isCenterInViewport, isInViewport } from '../dom/geometry';
import { composedContains } from '../dom/composed';
import { describeElement } from '../dom/describe';
import { locateElement, type LocateResult } from '../locate/locate';
import { withCandidates } from '../locate/candidates';
import { nextFrame, pollUntil } from '../timing';
import { flashHighlight } from './highlight';
import type { ActionContext } from './context';

/** What an action requires of its element besides being visible. */
export interface Requirements {
  enabled?: boolean;
  editable?: boolean;
  /** Refuse the element when something else is on top of it (pointer actions). */
  hitTest?: boolean;
}

/** A located element ready to be acted on. */
export interface PreparedTarget {
  located: LocateResult;
  /** The element to dispatch pointer events on (a hidden checkbox's visible label stands in). */
  element: Element;
}

function receivesPointer(target: Element, located: Element, hit: Element | null): boolean {
  if (!hit) return false;
  if (hit === target || composedContains(target, hit)) return true;
  const label = hit.closest('label') as HTMLLabelElement | null;
  return !!label && (label.control === located || label.control === target);
}

async function isStable(el: Element, signal: AbortSignal): Promise<boolean> {
  const view = el.ownerDocument.defaultView;
  const before = boxKey(el);
  await nextFrame(view);
  await nextFrame(view);
  if (signal.aborted) return false;
  return el.isConnected && boxKey(el) === before;
}

async function checkOnce(ctx: ActionContext, locator: Locator, needs: Requirements): Promise<PreparedTarget | undefined> {
  const vis = createVisibility(ctx.layout);
  const located = locateElement(locator, { doc: ctx.doc, vis, refs: ctx.refs });
  const el = located.element;
  const target = actionTarget(el, vis) ?? el;
  const what = describeElement(el);
  if (needs.enabled && !isEnabled(el)) throw new ElementNotInteractable(`${what} is disabled`, { reason: 'disabled', element: what });
  if (needs.editable && !isEditable(el)) throw new ElementNotInteractable(`${what} does not take text`, { reason: 'not-editable', element: what });
  if (ctx.layout !== 'real') return { located, element: target };
  // A button half off the bottom edge is "in view" but a click on its center would miss it.
  if (!isInViewport(target) || (needs.hitTest && !isCenterInViewport(target))) (target as HTMLElement).scrollIntoView?.({ block: 'center', inline: 'center' });
  if (!(await isStable(target, ctx.signal))) return undefined;
  if (needs.hitTest) {
    const hit = hitTarget(target);
    if (!receivesPointer(target, el, hit)) {
      const cover = hit ? describeElement(hit) : 'nothing (outside the viewport)';
      const dismiss = hit ? dismissLocatorFor(hit, vis) : undefined;
      throw new ElementNotInteractable(`${what} is covered by ${cover}`, { reason: 'covered', element: what, coveredBy: cover, ...(dismiss ? { dismiss } : {}) });
    }
  }
  return { located, element: target };
}

/**
 * Finds the locator's element and waits (within ctx.timeoutMs) until it is visible, enabled or
 * editable as required, scrolled into view, stable over two frames and not covered. Throws the
 * last reason (ElementNotFound with candidates, ElementNotInteractable naming the cover).
 */
export async function prepareTarget(ctx: ActionContext, locator: Locator, needs: Requirements = {}): Promise<PreparedTarget> {
  try {
    const prepared = await pollUntil(() => checkOnce(ctx, locator, needs), {
      timeoutMs: ctx.timeoutMs,
      signal: ctx.signal,
      operation: `waiting for ${locator.description} to be ready`,
      intervalMs: 100,
    });
    if (ctx.highlight) flashHighlight(prepared.element);
    return prepared;
  } catch (err) {
    throw withCandidates(err, locator, { doc: ctx.doc, vis: createVisibility(ctx.layout), refs: ctx.refs });
  }
}
