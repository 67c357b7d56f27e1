import type { ChatMessage } from './types';

/** Where a provider learns the values it must never send: secret name → value. */
export type SecretSource = () => Record<string, string> | Promise<Record<string, string>>;

const SECRET_KEY = /secret|passw|passcode|token|api[-_]?key|credential|cvv|cvc|card.?number|^pin$/i;
// Shorter values would garble ordinary text when replaced, and carry little of the secret.
const MIN_SECRET_LENGTH = 3;

/** Params without keys that name secrets (a `secret` map, `password`, `apiKey`…). */
export function withoutSecretParams(params?: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!params) return undefined;
  return Object.fromEntries(Object.entries(params).filter(([key]) => !SECRET_KEY.test(key)));
}

/**
 * Last line of defence before anything leaves: every secret value found in the outgoing messages
 * (plain or JSON-escaped) is replaced by its `{{secret.NAME}}` reference.
 */
export function scrubSecrets(messages: ChatMessage[], secrets: Record<string, string>): ChatMessage[] {
  const entries = Object.entries(secrets)
    .filter(([, value]) => typeof value === 'string' && value.length >= MIN_SECRET_LENGTH)
    .sort((a, b) => b[1].length - a[1].length);
  if (!entries.length) return messages;
  return messages.map((m) => {
    let content = m.content;
    for (const [name, value] of entries) {
      const escaped = JSON.stringify(value).slice(1, -1);
      for (const form of new Set([value, escaped])) content = content.split(form).join(`{{secret.${name}}}`);
    }
    return { ...m, content };
  });
}
