import { ClickStep } from '../../core/plan';
import type { z } from 'zod';
import { prepareTarget } from './actionability';
import { clickElement } from './pointer';
import type { ActionExecutor } from './context';

/** Params: the click step. */
export const schema = ClickStep;
type Step = z.infer<typeof ClickStep>;

/** Clicks the target once it is visible, enabled, stable and not covered. */
export const click: ActionExecutor<Step> = async (step, ctx) => {
  const prepared = await prepareTarget(ctx, step.target, { enabled: true, hitTest: true });
  clickElement(prepared.element, ctx.layout);
  return { target: prepared.located };
};
