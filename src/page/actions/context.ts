import type { LayoutMode } from '../dom/layout';
import type { RefRegistry } from '../snapshot/refs';
import type { LocateResult } from '../locate/locate';

/** Everything an action needs; built by the agent per request. */
export interface ActionContext {
  doc: Document;
  layout: LayoutMode;
  refs: RefRegistry;
  /** Aborted when the request times out; waits stop early. */
  signal: AbortSignal;
  /** Time budget for finding the element and waiting for it to be actionable. */
  timeoutMs: number;
  /** Flash an outline on the element acted on. */
  highlight: boolean;
}

/** What an action reports back. */
export interface ActionResult {
  output?: unknown;
  /** How the target element was found, for selector memory. */
  target?: LocateResult;
}

/** An executor of one step kind. */
export type ActionExecutor<S> = (step: S, ctx: ActionContext) => Promise<ActionResult>;
