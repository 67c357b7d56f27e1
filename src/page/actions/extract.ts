import { ExtractStep } from '../../core/plan';
import type { z } from 'zod';
import { createVisibility } from '../dom/visibility';
import { extractFromPage } from '../extract/extract';
import { prepareTarget } from './actionability';
import type { ActionExecutor } from './context';

/** Params: the extract step. */
export const schema = ExtractStep;
type Step = z.infer<typeof ExtractStep>;

/**
 * Extracts table rows, listing cards, named fields or text (within the target when given).
 * Output: `{ records, url, title }`, plus `text` for `what: 'text'`.
 */
export const extract: ActionExecutor<Step> = async (step, ctx) => {
  const prepared = step.target ? await prepareTarget({ ...ctx, highlight: false }, step.target, {}) : undefined;
  const output = extractFromPage(
    { what: step.what, fields: step.fields, query: step.query, limit: step.limit },
    { doc: ctx.doc, vis: createVisibility(ctx.layout), refs: ctx.refs, root: prepared?.located.element },
  );
  return { output, target: prepared?.located };
};
