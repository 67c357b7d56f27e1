import type { Clock, Ids, PageSnapshot } from '../../core/ports';
import { CancelledError } from '../../core/errors';
import type { AiTestServer } from '../../../tests/ai-server/server';
import { createOpenAiProvider, type OpenAiProviderDeps } from '../openai-provider';
import { resolveProviderSettings, type ResolvedProviderSettings } from '../presets';

/** A small valid plan as a model would write it. */
export const searchPlanAnswer = {
  intent: 'search', confidence: 0.8, params: { query: 'kettle' }, origins: ['https://shop.example'],
  steps: [
    { id: 's1', kind: 'type', description: 'Search for the product', value: '{{param.query}}', pressEnter: true,
      target: { description: 'search box', strategies: [{ ref: 'e1' }, { placeholder: 'Search' }] } },
    { id: 's2', kind: 'extract', description: 'Read the results', what: 'list', limit: 10 },
  ],
};

/** A shop page snapshot. */
export function shopSnapshot(text = 'Kettles on sale. Free delivery.'): PageSnapshot {
  return {
    url: 'https://shop.example/', title: 'Shop Example', signature: 'sig', truncated: false, lang: 'en',
    elements: [
      { ref: 'e1', role: 'searchbox', name: 'Search products', tag: 'input' },
      { ref: 'e2', role: 'button', name: 'Search', tag: 'button', state: ['disabled'] },
      { ref: 'e3', role: 'link', name: 'Next', tag: 'a', href: 'https://shop.example/?page=2', context: 'Pagination' },
    ],
    text,
  };
}

/** Ids from a counter: plan-1, plan-2… */
export function counterIds(): Ids {
  let n = 0;
  return { next: (prefix) => `${prefix}-${++n}` };
}

/** A clock that advances only when something sleeps; records the sleeps. */
export function fakeClock(start = 1_000_000): Clock & { sleeps: number[]; advance(ms: number): void } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    advance(ms) { now += ms; },
    async sleep(ms, signal) {
      if (signal?.aborted) throw new CancelledError();
      sleeps.push(ms);
      now += ms;
    },
  };
}

/** Settings for a provider that talks to the test server. */
export function testSettings(server: AiTestServer, overrides: Partial<ResolvedProviderSettings> = {}): ResolvedProviderSettings {
  return {
    ...resolveProviderSettings({ preset: 'custom', baseURL: server.baseURL, model: 'test-model', apiKey: 'sk-test-key-123' }),
    structuredOutput: 'json_schema',
    stream: false,
    ...overrides,
  };
}

/** A provider pointed at the test server. */
export function providerFor(server: AiTestServer, overrides: Partial<ResolvedProviderSettings> = {}, deps: OpenAiProviderDeps = {}) {
  return createOpenAiProvider(testSettings(server, overrides), { ids: counterIds(), ...deps });
}

/** The content of the last user message of a recorded chat request. */
export function lastUserMessage(body: { messages: Array<{ role: string; content: string }> }): string {
  return [...body.messages].reverse().find((m) => m.role === 'user')!.content;
}
