import { HoverStep } from '../../core/plan';
import type { z } from 'zod';
import { prepareTarget } from './actionability';
import { hoverElement } from './pointer';
import type { ActionExecutor } from './context';

/** Params: the hover step. */
export const schema = HoverStep;
type Step = z.infer<typeof HoverStep>;

/** Moves the pointer onto the target (menus that open on hover). */
export const hover: ActionExecutor<Step> = async (step, ctx) => {
  const prepared = await prepareTarget(ctx, step.target, { hitTest: true });
  hoverElement(prepared.element, ctx.layout);
  return { target: prepared.located };
};
