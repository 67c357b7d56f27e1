import type { Step } from '../plan';
import type { ExecutionContext } from '../context';

/** A list of steps being walked, with the context and state-id prefix it runs under. */
export interface Scope {
  ctx: ExecutionContext;
  /** State-id prefix: '' at top level, `s4[2].` in a forEach iteration, `s6.` in a template. */
  prefix: string;
  /** The live list (re-read on every step so injected steps are seen). */
  list: () => Step[];
  /** Top level: finishing a step moves the run's cursor. */
  top: boolean;
  /** Part of the plan (a re-plan may replace its rest); false for template steps. */
  editable: boolean;
}
