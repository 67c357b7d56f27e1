import type { Plan, Step } from '../plan';
import { PolicyDenied } from '../errors';
import { originOf } from './runtime';

/** Whether a plan's origin entry covers an origin: exact origin, bare host, or `*.host` wildcard. */
export function originMatches(entry: string, origin: string): boolean {
  const host = new URL(origin).host;
  const e = entry.trim().toLowerCase().replace(/\/+$/, '');
  if (e.startsWith('*.')) return host === e.slice(2) || host.endsWith(e.slice(1));
  if (e.includes('://')) return originOf(e) === origin;
  return e === host;
}

/**
 * Safety: a navigate/openTab may only go to an origin in plan.origins or the run's start origin.
 * Returns the target origin when it needs the person's approval, throws PolicyDenied for URLs that
 * are never allowed (not http/https), and returns undefined when the step is fine.
 */
export function originNeedingApproval(step: Step, plan: Plan, startUrl: string | undefined, currentUrl: string | undefined): string | undefined {
  if (step.kind !== 'navigate' && step.kind !== 'openTab') return undefined;
  let url: URL;
  try {
    url = new URL(step.url, currentUrl ?? startUrl);
  } catch {
    throw new PolicyDenied(`"${step.url}" is not a web address`, { url: step.url });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new PolicyDenied(`Errand only opens http and https pages, not ${url.protocol}`, { url: url.href });
  const origin = url.origin;
  if (origin === originOf(startUrl)) return undefined;
  if (plan.origins.some((o) => originMatches(o, origin))) return undefined;
  return origin;
}
