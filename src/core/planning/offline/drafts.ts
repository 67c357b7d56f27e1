import type { z } from 'zod';
import type {
  ClickStep, CheckStep, ComputeStep, ExtractStep, Locator, NavigateStep, SelectStep, TypeStep, WaitStep, ScrollStep, ParamValue,
} from '../../plan';

/** A step as planners write it (defaults may be left out); PlanSchema fills and checks the rest. */
export type DraftStep =
  | z.input<typeof NavigateStep> | z.input<typeof ClickStep> | z.input<typeof TypeStep> | z.input<typeof SelectStep>
  | z.input<typeof CheckStep> | z.input<typeof WaitStep> | z.input<typeof ScrollStep> | z.input<typeof ExtractStep> | z.input<typeof ComputeStep>
  | ForEachDraft | PaginateDraft;
/** A forEach step being drafted. */
export interface ForEachDraft { id: string; kind: 'forEach'; description: string; confidence?: number; items: string; as: string; steps: DraftStep[] }
/** A paginate step being drafted. */
export interface PaginateDraft {
  id: string; kind: 'paginate'; description: string; confidence?: number; next: Locator; maxPages: number;
  stopWhen?: 'noNext' | 'noNewRecords'; steps: DraftStep[];
}

/** What a goal-type planner produces: steps plus the params and origins they need. */
export interface Draft {
  steps: DraftStep[];
  params: Record<string, ParamValue>;
  origins: string[];
}
/** Why no plan could be built, in a sentence the person can act on. */
export interface Refusal { reason: string }

/** True when a planner gave up. */
export function isRefusal(x: Draft | Refusal): x is Refusal {
  return 'reason' in x;
}

type Extra = { confidence?: number; risk?: 'low' | 'high'; optional?: boolean };

/** Hands out step ids s1, s2… in creation order (outer steps before their inner steps). */
export class StepIds {
  private n = 0;
  next(): string {
    this.n += 1;
    return `s${this.n}`;
  }

  navigate(url: string, description: string, extra: Extra = {}): DraftStep {
    return { id: this.next(), kind: 'navigate', url, description, ...extra };
  }

  click(target: Locator, description: string, extra: Extra = {}): DraftStep {
    return { id: this.next(), kind: 'click', target, description, ...extra };
  }

  type(target: Locator, value: string, description: string, extra: Extra & { pressEnter?: boolean } = {}): DraftStep {
    return { id: this.next(), kind: 'type', target, value, clear: true, description, ...extra };
  }

  select(target: Locator, value: string, description: string, extra: Extra = {}): DraftStep {
    return { id: this.next(), kind: 'select', target, value, description, ...extra };
  }

  check(target: Locator, checked: boolean, description: string, extra: Extra = {}): DraftStep {
    return { id: this.next(), kind: 'check', target, checked, description, ...extra };
  }

  scroll(description: string, opts: Extra & { direction?: 'down' | 'up'; pixels?: number; target?: Locator } = {}): DraftStep {
    return { id: this.next(), kind: 'scroll', description, ...opts };
  }

  waitIdle(description = 'Wait for the page to settle', extra: Extra = {}): DraftStep {
    return { id: this.next(), kind: 'wait', for: { kind: 'idle', quietMs: 800 }, description, ...extra };
  }

  extract(what: 'table' | 'list' | 'text' | 'links' | 'headings', description: string, opts: Extra & { target?: Locator; query?: string; limit?: number } = {}): DraftStep {
    return { id: this.next(), kind: 'extract', what, description, ...opts };
  }

  compute(op: z.input<typeof ComputeStep>['op'], input: string, description: string, opts: Omit<z.input<typeof ComputeStep>, 'id' | 'kind' | 'op' | 'input' | 'description'> = {}): DraftStep {
    return { id: this.next(), kind: 'compute', op, input, description, ...opts };
  }

  forEach(items: string, as: string, description: string, inner: () => DraftStep[], confidence?: number): ForEachDraft {
    const id = this.next();
    return { id, kind: 'forEach', items, as, description, confidence, steps: inner() };
  }

  paginate(next: Locator, maxPages: number, description: string, inner: () => DraftStep[], opts: { confidence?: number; stopWhen?: 'noNext' | 'noNewRecords' } = {}): PaginateDraft {
    const id = this.next();
    return { id, kind: 'paginate', next, maxPages, description, ...opts, steps: inner() };
  }
}

/** Lowest confidence among required steps (nested included; optional ones may fail); 1 for none. */
export function minConfidence(steps: DraftStep[]): number {
  let min = 1;
  for (const s of steps) {
    if ('optional' in s && s.optional) continue;
    if (typeof s.confidence === 'number') min = Math.min(min, s.confidence);
    if ('steps' in s && Array.isArray(s.steps)) min = Math.min(min, minConfidence(s.steps as DraftStep[]));
  }
  return min;
}
