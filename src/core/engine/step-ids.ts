/**
 * State ids: how a step's state is keyed in `RunRecord.steps` and in events.
 *
 * - A top-level step keeps its plan id: `s3`.
 * - A step inside iteration i (0-based) of a forEach or page i of a paginate: `s4[2].s5`.
 * - A step of a template used by step `s6`: `s6.t1`.
 * - The engine's own "next page" click after page i of paginate `s7`: `s7[1].@next`
 *   (`@` cannot appear in plan ids, so it never clashes).
 * Nesting composes: `s4[2].s8[0].s9`.
 */
export function iterationPrefix(containerStateId: string, index: number): string {
  return `${containerStateId}[${index}].`;
}

/** Prefix for the steps of a template used by a useTemplate step. */
export function templatePrefix(stepStateId: string): string {
  return `${stepStateId}.`;
}

/** State id of paginate's "next page" click after page `page`. */
export function nextClickId(paginateStateId: string, page: number): string {
  return `${paginateStateId}[${page}].@next`;
}

/** True when a state id belongs to a top-level step (no nesting). */
export function isTopLevel(stateId: string): boolean {
  return !/[.[]/.test(stateId);
}

/** The plan step id at the end of a state id: `s4[2].s5` → `s5`. */
export function planIdOf(stateId: string): string {
  const last = stateId.split('.').pop() ?? stateId;
  return last.replace(/\[\d+\]$/, '');
}
