import type { SerializedError } from '../errors';

/** Plain-words next steps for the person, one per kind of failure (by class/category, never text). */
export const SUGGESTIONS = {
  apiKey: 'Add an API key in Options (or check the one you entered).',
  providerBusy: 'The AI provider is busy: wait a minute and press Retry, or add a second provider in Options.',
  elementMoved: 'The element moved: pick it on the page, then press Retry.',
  covered: 'Something covers the element: close pop-ups or banners on the page, then press Retry.',
  reachable: 'Check the site is reachable in this tab, then press Retry.',
  origin: 'Approve the new site if you trust it, or edit the plan.',
  restricted: 'Errand cannot act on this page (browser or store pages): open a normal web page.',
  editPlan: 'Edit the plan: a step is not valid.',
  retry: 'Press Retry, or edit the plan.',
} as const;

function suggestionFor(e: SerializedError): string {
  const status = Number(e.details?.status);
  if (e.name === 'ProviderError' && (status === 401 || status === 403 || e.category === 'permission')) return SUGGESTIONS.apiKey;
  if (e.name === 'RestrictedPage') return SUGGESTIONS.restricted;
  switch (e.category) {
    case 'rate-limit': return SUGGESTIONS.providerBusy;
    case 'element-missing': return SUGGESTIONS.elementMoved;
    case 'not-interactable': return SUGGESTIONS.covered;
    case 'navigation': case 'transient': case 'timeout': return SUGGESTIONS.reachable;
    case 'permission': return SUGGESTIONS.origin;
    case 'validation': return SUGGESTIONS.editPlan;
    default: return SUGGESTIONS.retry;
  }
}

/**
 * What the person can do about these failures, most specific first, without duplicates.
 * @example suggestionsFor([{ name: 'ElementNotFound', category: 'element-missing', message: '' }]) // ['The element moved: …']
 */
export function suggestionsFor(errors: SerializedError | SerializedError[]): string[] {
  const list = Array.isArray(errors) ? errors : [errors];
  const out = [...new Set(list.map(suggestionFor))];
  return out.length ? out : [SUGGESTIONS.retry];
}
