import { WAIT_TIMEOUT_MS, WaitStep } from '../../core/plan';
import type { z } from 'zod';
import { TimeoutError, ElementNotFound } from '../../core/errors';
import { createVisibility } from '../dom/visibility';
import { foldText } from '../dom/text';
import { locateElement } from '../locate/locate';
import { visibleText } from '../snapshot/page-text';
import { pollUntil, sleep } from '../timing';
import { waitForDomQuiet } from './dom-quiet';
import type { ActionContext, ActionExecutor } from './context';

/** Params: the wait step. */
export const schema = WaitStep;
type Step = z.infer<typeof WaitStep>;

/** Default time a wait step may take. */
export const DEFAULT_WAIT_MS = WAIT_TIMEOUT_MS;

function elementVisible(ctx: ActionContext, step: Step & { for: { kind: 'element' } }): boolean {
  try {
    locateElement(step.for.target, { doc: ctx.doc, vis: createVisibility(ctx.layout), refs: ctx.refs });
    return true;
  } catch (err) {
    if (err instanceof ElementNotFound) return false;
    throw err;
  }
}

/**
 * Waits for a condition inside the page: time, an element visible or hidden, a text to appear,
 * or the page to settle (loaded and DOM quiet). `url` waits are the background's job.
 */
export const wait: ActionExecutor<Step> = async (step, ctx) => {
  const timeoutMs = step.timeoutMs ?? DEFAULT_WAIT_MS;
  const cond = step.for;
  const poll = (ok: () => boolean, operation: string) =>
    pollUntil(() => (ok() ? true : undefined), { timeoutMs, signal: ctx.signal, operation, intervalMs: 100 })
      .catch((err) => {
        throw err instanceof ElementNotFound ? new TimeoutError(operation, timeoutMs) : err;
      });
  switch (cond.kind) {
    case 'time':
      await sleep(cond.ms, ctx.signal);
      return {};
    case 'element': {
      const wanted = cond.state === 'visible';
      const s = step as Step & { for: { kind: 'element' } };
      await poll(() => elementVisible(ctx, s) === wanted, `waiting for ${cond.target.description} to be ${cond.state}`);
      return {};
    }
    case 'text': {
      const needle = foldText(cond.text);
      await poll(() => foldText(visibleText(ctx.doc.body, createVisibility(ctx.layout))).includes(needle), `waiting for text "${cond.text}"`);
      return {};
    }
    case 'idle':
      await waitForDomQuiet(ctx.doc, cond.quietMs, timeoutMs, ctx.signal);
      return {};
    default:
      throw new TimeoutError(`waiting for ${cond.kind} (done by the background)`, 0);
  }
};
