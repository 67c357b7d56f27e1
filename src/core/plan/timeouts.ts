/** How long the page agent waits for a step's element to be ready when the step sets no timeout. */
export const ACTION_TIMEOUT_MS = 5_000;
/** How long a `wait` step waits when it sets no timeout. */
export const WAIT_TIMEOUT_MS = 10_000;
/** How long a `navigate` step waits for the page to load when it sets no timeout. */
export const NAVIGATE_TIMEOUT_MS = 20_000;

/** The timeout a step of this kind gets when it sets none. */
export function defaultTimeoutOf(kind: string): number {
  if (kind === 'wait') return WAIT_TIMEOUT_MS;
  if (kind === 'navigate' || kind === 'openTab') return NAVIGATE_TIMEOUT_MS;
  return ACTION_TIMEOUT_MS;
}
