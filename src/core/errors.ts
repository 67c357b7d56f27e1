/**
 * Named error classes. ErrorRecovery switches on `category`, never on message strings.
 * Errors cross context boundaries as `SerializedError` values and are re-created on the other side.
 */
export type ErrorCategory =
  | 'transient' | 'rate-limit' | 'element-missing' | 'not-interactable' | 'navigation'
  | 'validation' | 'permission' | 'timeout' | 'cancelled' | 'user' | 'fatal';

/** Plain-data form of an ErrandError, safe to post between contexts and to store. */
export interface SerializedError {
  name: string;
  message: string;
  category: ErrorCategory;
  details?: Record<string, unknown>;
}

/** Base class of every error Errand raises on purpose. */
export class ErrandError extends Error {
  static readonly errorName: string = 'ErrandError';
  readonly category: ErrorCategory;
  readonly details: Record<string, unknown>;
  constructor(message: string, category: ErrorCategory, details: Record<string, unknown> = {}) {
    super(message);
    // Class names do not survive minification; errors cross contexts by name, so each class says its own.
    this.name = (new.target as { errorName?: string }).errorName ?? 'ErrandError';
    this.category = category;
    this.details = details;
  }
  /** Plain data for messaging and storage. */
  toJSON(): SerializedError {
    return { name: this.name, message: this.message, category: this.category, details: this.details };
  }
}

/** No element matched any strategy of a locator. `details.candidates` lists the nearest ones. */
export class ElementNotFound extends ErrandError {
  static override readonly errorName = 'ElementNotFound';
  constructor(message: string, details: Record<string, unknown> = {}) { super(message, 'element-missing', details); }
}
/** The element exists but cannot be acted on (covered, disabled, hidden, not editable). */
export class ElementNotInteractable extends ErrandError {
  static override readonly errorName = 'ElementNotInteractable';
  constructor(message: string, details: Record<string, unknown> = {}) { super(message, 'not-interactable', details); }
}
/** An operation took longer than allowed. */
export class TimeoutError extends ErrandError {
  static override readonly errorName = 'TimeoutError';
  constructor(readonly operation: string, readonly ms: number) {
    super(`${operation} timed out after ${ms} ms`, 'timeout', { operation, ms });
  }
}
/** The page navigated away, the tab closed or the frame went away mid-step. */
export class NavigationError extends ErrandError {
  static override readonly errorName = 'NavigationError';
  constructor(message: string, details: Record<string, unknown> = {}) { super(message, 'navigation', details); }
}
/** A page Errand may not touch (chrome://, the web store, PDF viewer) or a denied host permission. */
export class RestrictedPage extends ErrandError {
  static override readonly errorName = 'RestrictedPage';
  constructor(message: string, details: Record<string, unknown> = {}) { super(message, 'permission', details); }
}
/** A safety policy refused an action (origin not approved, page content trying to widen the plan). */
export class PolicyDenied extends ErrandError {
  static override readonly errorName = 'PolicyDenied';
  constructor(message: string, details: Record<string, unknown> = {}) { super(message, 'permission', details); }
}
/** An AI provider failed. `details.status` carries the HTTP status when there is one. */
export class ProviderError extends ErrandError {
  static override readonly errorName = 'ProviderError';
  constructor(message: string, category: ErrorCategory = 'transient', details: Record<string, unknown> = {}) {
    super(message, category, details);
  }
}
/** A plan (or template, or AI answer) failed validation. `details.issues` lists step/field/why. */
export class PlanInvalid extends ErrandError {
  static override readonly errorName = 'PlanInvalid';
  constructor(message: string, details: Record<string, unknown> = {}) { super(message, 'validation', details); }
}
/** The content script's extension context was invalidated (extension reloaded or updated). */
export class ContextInvalidated extends ErrandError {
  static override readonly errorName = 'ContextInvalidated';
  constructor(message = 'The extension was reloaded; the page needs a fresh agent.') { super(message, 'transient'); }
}
/** The run was cancelled or its signal aborted. */
export class CancelledError extends ErrandError {
  static override readonly errorName = 'CancelledError';
  constructor(message = 'Cancelled') { super(message, 'cancelled'); }
}

const classes: Record<string, new (m: string, d?: Record<string, unknown>) => ErrandError> = {
  ElementNotFound, ElementNotInteractable, NavigationError, RestrictedPage, PolicyDenied, PlanInvalid,
};

/** Turns anything thrown into plain data. */
export function serializeError(err: unknown): SerializedError {
  if (err instanceof ErrandError) return err.toJSON();
  if (err instanceof Error) return { name: err.name || 'Error', message: err.message, category: 'fatal' };
  return { name: 'Error', message: String(err), category: 'fatal' };
}

/** Re-creates a named error from plain data, so the receiver can switch on its class. */
export function deserializeError(e: SerializedError): ErrandError {
  if (e.name === 'TimeoutError' && e.details) return new TimeoutError(String(e.details.operation), Number(e.details.ms));
  if (e.name === 'CancelledError') return new CancelledError(e.message);
  if (e.name === 'ContextInvalidated') return new ContextInvalidated(e.message);
  if (e.name === 'ProviderError') return new ProviderError(e.message, e.category, e.details);
  const Cls = classes[e.name];
  if (Cls) return new Cls(e.message, e.details);
  return new ErrandError(e.message, e.category, e.details);
}
