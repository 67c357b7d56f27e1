import type { PageSnapshot } from '../../core/ports';
import type { ChatMessage } from '../types';
import { LOCATOR_FORMAT } from './plan-format';
import { renderSnapshot, type SnapshotBudget } from './snapshot-text';
import { UNTRUSTED_RULE, wrapUntrusted } from './untrusted';

/** Prompt version for selector suggestions. */
export const version = 'selectors-v1';

/** What the selector prompt is built from. */
export interface SelectorInput {
  snapshot: PageSnapshot;
  /** The element wanted, in the plan's words. */
  description: string;
  /** Strategies already tried without success (describeStrategy form). */
  failed?: string[];
  budget?: SnapshotBudget;
}

/** A worked example: the ideal answer for a "Next page" link. */
export const SELECTOR_EXAMPLE = {
  description: 'link to the next page of results',
  answer: { strategies: [{ ref: 'e7' }, { role: 'link', name: 'Next' }, { text: 'Next', exact: true }] },
};

/** The system prompt for finding one element. */
export function systemPrompt(): string {
  return `You help Errand find one element on a web page after its usual way of finding it failed.
Answer with ONE JSON object and nothing else: {"strategies":[…]} with 1–4 strategies, most reliable first.
${LOCATOR_FORMAT}
Do not repeat a strategy that already failed. Only use refs that appear in the snapshot.
Example answer for "${SELECTOR_EXAMPLE.description}": ${JSON.stringify(SELECTOR_EXAMPLE.answer)}
${UNTRUSTED_RULE}`;
}

/** The conversation for one selector call. */
export function build(input: SelectorInput): ChatMessage[] {
  const failed = input.failed?.length ? `\nAlready tried (failed): ${input.failed.join('; ')}` : '';
  const user = `Element wanted: ${input.description.replace(/\s+/g, ' ')}${failed}\nPage snapshot:\n${wrapUntrusted(renderSnapshot(input.snapshot, input.budget), { source: input.snapshot.url })}`;
  return [{ role: 'system', content: systemPrompt() }, { role: 'user', content: user }];
}
