import { locatorNames, type Locator, type Plan, type Step } from '../plan';
import { isHighRiskText } from './risky-actions';

const ACTING_KINDS = new Set(['click', 'press', 'type', 'select', 'check']);

function locatorText(target: Locator | undefined): string {
  if (!target) return '';
  return [target.description, ...locatorNames(target)].join(' ');
}

function hardenStep(step: Step): Step {
  const nested = 'steps' in step && Array.isArray(step.steps) ? { steps: step.steps.map(hardenStep) } : {};
  if (!ACTING_KINDS.has(step.kind)) return { ...step, ...nested } as Step;
  const target = 'target' in step ? (step.target as Locator | undefined) : undefined;
  const risky = isHighRiskText(`${step.description} ${locatorText(target)}`);
  return { ...step, ...nested, ...(risky ? { risk: 'high' } : {}) } as Step;
}

/** The label people use for a site: "shop.example.co.uk" → "shop", "www.amazon.com" → "amazon". */
function siteLabel(hostname: string): string {
  const parts = hostname.replace(/^www\./, '').split('.');
  return (parts.length > 1 ? parts[0] : hostname).toLowerCase();
}

/**
 * Whether the person's goal (or the page they started on) names this origin. Origins a planner
 * adds on its own — for example because page text asked for them — are not approved by this.
 */
export function goalNamesOrigin(origin: string, goal: string, startUrl?: string): boolean {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return false;
  }
  if (startUrl) {
    try {
      if (new URL(startUrl).origin === u.origin) return true;
    } catch { /* no start page */ }
  }
  const text = goal.toLowerCase();
  return text.includes(u.host.toLowerCase()) || new RegExp(`\\b${siteLabel(u.hostname).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);
}

/**
 * Applies the safety rules to any planner's plan before anyone sees it: steps that act on
 * payment, deletion, sending, accounts or passwords become high-risk (they stop for confirmation),
 * and the plan may only act on origins the goal or the start page names; others need approval.
 */
export function hardenPlan(plan: Plan, context: { goal: string; startUrl?: string }): Plan {
  return {
    ...plan,
    steps: plan.steps.map(hardenStep),
    origins: plan.origins.filter((o) => goalNamesOrigin(o, context.goal, context.startUrl)),
  };
}
