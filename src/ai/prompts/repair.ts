/** Longest part of a rejected answer echoed back in the repair round. */
export const MAX_ECHOED_ANSWER_CHARS = 6000;
const MAX_ISSUES = 15;

/**
 * The user turn of the single repair round: what was wrong, and a request for the whole answer again.
 * @example repairMessage(['steps.0.target: required'], 'plan')
 */
export function repairMessage(issues: string[], what: string): string {
  const listed = issues.slice(0, MAX_ISSUES).map((i) => `- ${i}`).join('\n');
  const more = issues.length > MAX_ISSUES ? `\n- …and ${issues.length - MAX_ISSUES} more` : '';
  return `Your answer could not be used:\n${listed}${more}\nReply with the corrected, complete ${what} as one JSON object and nothing else.`;
}
