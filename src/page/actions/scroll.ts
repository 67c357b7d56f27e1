import { ScrollStep } from '../../core/plan';
import type { z } from 'zod';
import { prepareTarget } from './actionability';
import type { ActionExecutor } from './context';

/** Params: the scroll step. */
export const schema = ScrollStep;
type Step = z.infer<typeof ScrollStep>;

/**
 * Scrolls the target into view, or the page by `pixels` (default: most of a screen) in `direction`.
 * Output: the scroll position and whether the page end was reached (infinite lists load there).
 */
export const scroll: ActionExecutor<Step> = async (step, ctx) => {
  const view = ctx.doc.defaultView;
  if (step.target) {
    const prepared = await prepareTarget(ctx, step.target, {});
    (prepared.element as HTMLElement).scrollIntoView?.({ block: 'center', inline: 'nearest' });
    return { target: prepared.located, output: position(ctx.doc) };
  }
  const pixels = step.pixels ?? Math.round((view?.innerHeight ?? 800) * 0.85);
  view?.scrollBy?.({ top: step.direction === 'up' ? -pixels : pixels, left: 0, behavior: 'instant' as ScrollBehavior });
  return { output: position(ctx.doc) };
};

function position(doc: Document): { scrollY: number; atEnd: boolean } {
  const view = doc.defaultView;
  const scrollY = Math.round(view?.scrollY ?? 0);
  const height = doc.documentElement.scrollHeight;
  return { scrollY, atEnd: scrollY + (view?.innerHeight ?? 0) >= height - 2 };
}
