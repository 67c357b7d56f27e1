/** Verb families that make a step high-risk: money, irreversible changes, messages, accounts, passwords. */
const RISK_FAMILIES: Record<string, RegExp> = {
  submit: /\b(submit\w*|send|sends|sending|publish\w*|confirm\w*|post)\b/i,
  purchase: /\b(buy|purchas\w*|pay|payment|checkout|check out|place (an |my |the )?order|order now|book now|subscribe)\b/i,
  delete: /\b(delet\w*|remov\w*|eras\w*|unsubscrib\w*|destroy\w*|cancel (my |the )?(order|subscription|account))\b/i,
  account: /\b(sign ?up|register|create (an |my )?account)\b/i,
  password: /\b(password|passcode|pin)\b/i,
};

/** The risk families a piece of text mentions (e.g. a step description or a button name). */
export function riskFamilies(text: string): string[] {
  return Object.entries(RISK_FAMILIES).filter(([, re]) => re.test(text)).map(([k]) => k);
}

/** True when acting on an element with this text is high-risk and needs the person's confirmation. */
export function isHighRiskText(text: string): boolean {
  return riskFamilies(text).length > 0;
}

/**
 * True when the person's own goal asks for every risky kind of action this step performs, e.g. the
 * goal "fill the form and submit it" authorizes a "Submit application" click. Page content can
 * never authorize anything: only the goal the person typed counts.
 *
 * @example goalAuthorizes('fill and submit the form', 'Click "Submit application"') // true
 */
export function goalAuthorizes(goal: string, stepText: string): boolean {
  const needed = riskFamilies(stepText);
  if (needed.length === 0) return true;
  const granted = new Set(riskFamilies(goal));
  // "log in with …" asks for the sign-in form to be sent.
  if (/\b(?:log\s?in|sign\s?in|login)\b/i.test(goal)) granted.add('submit');
  return needed.every((f) => granted.has(f));
}
