import type { SerializedError } from '../../core/errors';

/** An error in plain words, the next thing to do, and which helpers to offer. */
export interface ErrorExplanation {
  title: string;
  next: string;
  /** Offer "Open options" (add or fix a provider key). */
  offerOptions: boolean;
  /** Origin to offer "Grant site access" for, if any. */
  accessOrigin: string | null;
  /** Offer "Pick the element on the page" (the step's element was not found or could not be used). */
  offerPick: boolean;
}

const PICKABLE = new Set(['element-missing', 'not-interactable']);

function originFrom(details: Record<string, unknown> | undefined, fallbackUrl?: string): string | null {
  const candidates = [details?.origin, Array.isArray(details?.origins) ? details.origins[0] : undefined, details?.url, fallbackUrl];
  for (const c of candidates) {
    if (typeof c !== 'string') continue;
    try {
      const u = new URL(c);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.origin;
    } catch { /* not a URL */ }
  }
  return null;
}

/** Explains a run error by its class and category (never by its message text). */
export function explainError(err: SerializedError, startUrl?: string): ErrorExplanation {
  const d = err.details;
  const base = { offerOptions: false, accessOrigin: null as string | null, offerPick: PICKABLE.has(err.category) };
  if (err.name === 'ProviderError' || d?.needsProvider === true) {
    return err.category === 'rate-limit'
      ? { ...base, offerOptions: true, title: 'The AI provider is busy (rate limit).', next: 'Wait a minute and retry, or add another provider in Options.' }
      : { ...base, offerOptions: true, title: 'The AI provider could not make a plan.', next: 'Check the provider\u2019s key, address and model in Options, then retry. Templates work without a provider.' };
  }
  if (err.category === 'permission') {
    const origin = originFrom(d, err.name === 'RestrictedPage' ? undefined : startUrl);
    if (err.name === 'RestrictedPage' && !origin) return { ...base, title: 'Errand can\u2019t act on this page.', next: 'Open a normal web page (http or https) and run the goal there.' };
    return { ...base, accessOrigin: origin, title: origin ? `Errand needs your permission to act on ${new URL(origin).host}.` : 'A safety rule stopped this step.', next: origin ? 'Grant site access, then the run continues.' : 'Check the plan\u2019s sites, or change the goal.' };
  }
  switch (err.name) {
    case 'ElementNotFound': return { ...base, title: 'Errand could not find what it was looking for on the page.', next: 'The page may have changed or still be loading. Retry, or replay with an edited plan.' };
    case 'ElementNotInteractable': return { ...base, title: 'The element was there but could not be used (covered or disabled).', next: 'Close any pop-up or cookie banner on the page, then retry.' };
    case 'TimeoutError': return { ...base, title: 'The page took too long.', next: 'Check that the page has loaded and your connection works, then retry.' };
    case 'NavigationError': return { ...base, title: 'The page went away while Errand was working on it.', next: 'Keep the tab open and on the page, then retry.' };
    case 'PlanInvalid': return { ...base, title: 'The plan did not make sense.', next: 'Say the goal in other words, or use a template.' };
    case 'CancelledError': return { ...base, title: 'The run was cancelled.', next: 'Run the goal again when you are ready.' };
    default: return { ...base, title: 'Something went wrong.', next: 'Retry. If it keeps failing, check Options or try a simpler goal.' };
  }
}
