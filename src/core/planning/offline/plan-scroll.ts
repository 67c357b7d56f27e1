import { locatorFor, rankElements, targetScore } from './elements';
import type { Draft, Refusal } from './drafts';
import { type PlanContext, pageOrigins, q } from './context';

/** Far enough to reach either end of any page (the browser stops at the end). */
const TO_THE_END = 100_000;
const END = /\b(bottom|end|top|start|beginning)\b/i;
const DIRECTION = /\b(down|up)\b/i;
const AMOUNT = /\b(\d{1,5})\s*(?:px|pixels?)\b|\b(a\s+(?:little|bit)|slightly)\b|\b(\d{1,2}|one|two|three|four|five)\s+(?:screens?|screenfuls?|pages?|times)\b/i;
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const SCREEN = 700;
const TO = /^(?:(?:down|up)\s+)?(?:to|until\s+(?:you\s+see\s+|I\s+see\s+)?)\s*(?:the\s+)?(.+?)(?:\s+(?:section|part|heading))?\s*[.!]?$/i;

/**
 * "scroll to the bottom", "scroll up 300 pixels", "scroll down two screens", "scroll to the
 * reviews": one scroll step, by the page's ends, an amount, or to an element named on the page.
 */
export function planScroll(ctx: PlanContext): Draft | Refusal {
  const text = ctx.parsed.text.replace(/^.*?\bscroll(?:ing)?\b\s*/i, '');
  const ids = ctx.ids;
  const origins = pageOrigins(ctx);
  const end = END.exec(text);
  if (end) {
    const up = /top|start|beginning/i.test(end[1]!);
    const step = ids.scroll(`Scroll to the ${up ? 'top' : 'bottom'} of the page`, { direction: up ? 'up' : 'down', pixels: TO_THE_END, confidence: 0.95, risk: 'low' });
    return { steps: [step], params: {}, origins };
  }
  const direction = DIRECTION.exec(text)?.[1]?.toLowerCase() as 'down' | 'up' | undefined;
  const to = TO.exec(text)?.[1];
  if (to) {
    const best = ctx.snapshot ? rankElements(ctx.snapshot, [], (el) => targetScore(el, to))[0] : undefined;
    const found = best && best.score >= 0.5 ? best : undefined;
    const target = found
      ? locatorFor(found.element, `the ${q(found.element.name.trim() || to)} ${found.element.role}`, found.ambiguous)
      : { description: `the ${q(to)} section`, strategies: [{ role: 'heading', name: to }, { text: to }] };
    const step = ids.scroll(`Scroll to ${q(to)}`, { target, confidence: found ? Math.min(0.9, found.score) : 0.5, risk: 'low' });
    return { steps: [step], params: {}, origins };
  }
  const amount = AMOUNT.exec(text);
  const screens = amount?.[3] ? WORDS[amount[3].toLowerCase()] ?? Number(amount[3]) : undefined;
  const pixels = amount?.[1] ? Number(amount[1]) : amount?.[2] ? Math.round(SCREEN / 3) : screens ? screens * SCREEN : undefined;
  const dir = direction ?? 'down';
  const step = ids.scroll(`Scroll ${dir}${pixels ? ` ${pixels} pixels` : ''}`, { direction: dir, ...(pixels ? { pixels: Math.min(pixels, TO_THE_END) } : {}), confidence: 0.95, risk: 'low' });
  return { steps: [step], params: {}, origins };
}
