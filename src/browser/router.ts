import { z } from 'zod';
import { PolicyDenied, PlanInvalid, serializeError } from '../core/errors';
import { backgroundRequests, isEnvelope, type BackgroundReplies, type BackgroundRequestName, type Reply } from '../messaging/protocol';

/** Who sent a message (the part of runtime.MessageSender we trust). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

/** One handler per background request; each receives the parsed payload. */
export type BackgroundHandlers = {
  [N in BackgroundRequestName]: (payload: z.output<(typeof backgroundRequests)[N]>, sender: MessageSenderLike) => Promise<BackgroundReplies[N]>;
};

/**
 * True only for this extension's own pages (side panel, options, a panel opened as a tab).
 * Content scripts and web pages are refused: page content must never start or steer a run.
 * `ownUrlPrefix` is `runtime.getURL('/')` (Firefox uses a per-install moz-extension:// UUID).
 */
export function isOwnExtensionPage(sender: MessageSenderLike, extensionId: string, ownUrlPrefix = `chrome-extension://${extensionId}/`): boolean {
  return sender.id === extensionId && (sender.url ?? '').startsWith(ownUrlPrefix);
}

/**
 * Builds the background's message listener: checks the sender, parses the payload with the
 * protocol's zod schema, runs the handler, and always answers with a `Reply` value.
 */
export function createRouter(handlers: Partial<BackgroundHandlers>, extensionId: string, ownUrlPrefix?: string) {
  return async function route(message: unknown, sender: MessageSenderLike): Promise<Reply<unknown> | undefined> {
    if (!isEnvelope(message, backgroundRequests)) return undefined;
    try {
      if (!isOwnExtensionPage(sender, extensionId, ownUrlPrefix)) {
        throw new PolicyDenied('Only Errand\'s own pages can start or steer a run.', { sender: sender.url });
      }
      const handler = handlers[message.type] as ((p: unknown, s: MessageSenderLike) => Promise<unknown>) | undefined;
      if (!handler) throw new PlanInvalid(`Unknown request "${message.type}".`);
      const parsed = backgroundRequests[message.type].safeParse(message.payload);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new PlanInvalid(first?.message ?? 'Invalid request.', { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
      }
      return { ok: true, value: await handler(parsed.data, sender) };
    } catch (err) {
      return { ok: false, error: serializeError(err) };
    }
  };
}
