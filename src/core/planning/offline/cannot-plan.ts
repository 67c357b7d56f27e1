import type { ParsedGoal } from '../goal-parser/types';

const KEY = 'add an API key in Options';

/**
 * Why a goal cannot be planned without a model, judged from the goal alone, or null when nothing
 * in the goal stops the offline planner (the page may still: see OfflinePlanner.tryPlan).
 *
 * @example explainCannotPlan(parseGoal('book me a flight and pay'))
 * // 'This needs a model to plan "book, pay" safely, step by step with your confirmation; add an API key in Options.'
 */
export function explainCannotPlan(parsed: ParsedGoal): string | null {
  const risky = parsed.flags.risky;
  if (risky.length > 0 && parsed.intent !== 'click' && parsed.intent !== 'fill') {
    return `This needs a model to plan ${risky.map((r) => `"${r}"`).join(', ')} safely, step by step with your confirmation; ${KEY}.`;
  }
  if (parsed.flags.vague) {
    return `This needs a model to decide what fits "${parsed.text}"; ${KEY}, or name exactly what to look for.`;
  }
  if (parsed.intent === 'unknown') {
    return `I could not tell what to do from "${parsed.text}". A model could work it out from the page: ${KEY}, or start with a verb such as search, compare, extract, fill, click or go to.`;
  }
  return null;
}
