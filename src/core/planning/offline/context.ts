import type { PageSnapshot } from '../../ports';
import type { ParamValue } from '../../plan';
import type { ParsedGoal } from '../goal-parser/types';
import { originOf } from '../goal-parser/sites';
import type { StepIds } from './drafts';

/** Everything a goal-type planner reads. */
export interface PlanContext {
  parsed: ParsedGoal;
  snapshot?: PageSnapshot;
  /** Params from the goal, overridden by the request's params. */
  params: Record<string, ParamValue>;
  /** URL of the page the run starts on. */
  pageUrl?: string;
  ids: StepIds;
}

/** Origin of the page the run starts on, as a list (empty when unknown). */
export function pageOrigins(ctx: PlanContext): string[] {
  const o = originOf(ctx.pageUrl ?? ctx.snapshot?.url);
  return o ? [o] : [];
}

/** Sites from params as a list of strings. */
export function siteParams(ctx: PlanContext): string[] {
  const s = ctx.params.sites;
  return Array.isArray(s) ? s : typeof s === 'string' && s ? [s] : [];
}

/** A string param, or undefined. */
export function stringParam(ctx: PlanContext, name: string): string | undefined {
  const v = ctx.params[name];
  return typeof v === 'string' && v.trim() ? v : undefined;
}

/** Unique origins, in order. */
export function uniqueOrigins(list: Array<string | undefined>): string[] {
  return [...new Set(list.filter((x): x is string => Boolean(x)))];
}

/** Quote text for a step description, shortened. */
export function q(s: string): string {
  const t = s.length > 60 ? `${s.slice(0, 57)}…` : s;
  return `"${t}"`;
}
