import type { DraftStep, StepIds } from './drafts';
import type { PlanContext } from './context';

/**
 * Compute steps that apply the goal's price limits and sort order to the records of `fromStep`.
 * Returns the steps and the id whose records are final.
 */
export function refineRecords(ctx: PlanContext, ids: StepIds, fromStep: string): { steps: DraftStep[]; last: string } {
  const c = ctx.parsed.constraints;
  const steps: DraftStep[] = [];
  let last = fromStep;
  const cur = c.currency ? ` ${c.currency}` : '';
  const limits: Array<['gte' | 'lte', number | undefined, string]> = [
    ['gte', num(ctx.params.priceMin) ?? c.priceMin, 'at least'],
    ['lte', num(ctx.params.priceMax) ?? c.priceMax, 'at most'],
  ];
  for (const [op, value, words] of limits) {
    if (value === undefined) continue;
    const s = ids.compute('filter', `{{steps.${last}.records}}`, `Keep offers priced ${words} ${value}${cur}`, {
      field: 'price', where: { field: 'price', op, value }, confidence: 0.9,
    });
    steps.push(s);
    last = s.id;
  }
  if (c.sort) {
    const s = ids.compute('sort', `{{steps.${last}.records}}`, `Sort by ${c.sort.field}, ${c.sort.order === 'asc' ? 'lowest' : 'highest'} first`, {
      field: c.sort.field, order: c.sort.order, confidence: 0.9,
    });
    steps.push(s);
    last = s.id;
  }
  return { steps, last };
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

/** Count param or constraint, when the goal asked for a number of results. */
export function countOf(ctx: PlanContext): number | undefined {
  const v = ctx.params.count;
  return typeof v === 'number' && v >= 1 ? Math.floor(v) : ctx.parsed.constraints.count;
}
