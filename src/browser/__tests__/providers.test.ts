import { reply, startAiTestServer, type AiTestServer } from '../../../tests/ai-server/server';
import type { LanguageModelLike } from '../../ai';
import { SettingsSchema, type Settings } from '../settings';
import { CHROME_BUILTIN_ID, createProviderSwitch } from '../providers';

const answer = {
  intent: 'extract', confidence: 0.8, params: {}, origins: [],
  steps: [{ id: 's1', kind: 'extract', description: 'Read the list', what: 'list' }],
};

/** A Prompt API whose availability the test sets; it answers every prompt with a plan. */
function fakePromptApi(availability: () => Promise<string>) {
  const prompts: string[] = [];
  const lm: LanguageModelLike = {
    availability: availability as LanguageModelLike['availability'],
    async create() {
      return { destroy() {}, async prompt(input: string) { prompts.push(input); return JSON.stringify(answer); } };
    },
  };
  return { lm, prompts };
}

let server: AiTestServer;
beforeEach(async () => { server = await startAiTestServer(); });
afterEach(async () => { await server.close(); });

function settingsWith(flags: Partial<Settings['flags']>, remote = true): Settings {
  return SettingsSchema.parse({
    providers: remote ? [{ id: 'test', preset: 'custom', baseURL: server.baseURL, model: 'test-model', apiKey: 'k', enabled: true }] : [],
    flags,
  });
}

describe('provider switch: which providers plan, in which order', () => {
  it('leaves the built-in model out while its flag is off, even when Chrome has it', async () => {
    const api = fakePromptApi(async () => 'available');
    const sw = createProviderSwitch({ languageModel: () => api.lm });
    await sw.update(settingsWith({}));
    expect(sw.active()).toEqual(['test']);
  });

  it('puts the built-in model after the configured providers when it is enabled and available', async () => {
    const api = fakePromptApi(async () => 'available');
    const sw = createProviderSwitch({ languageModel: () => api.lm });
    await sw.update(settingsWith({ chromeBuiltin: true }));
    expect(sw.active()).toEqual(['test', CHROME_BUILTIN_ID]);

    server.enqueue(reply.json(answer));
    const [first, second] = sw.planners();
    expect((await first.plan({ goal: 'read the list' }))?.plan.source).toBe('ai');
    expect(server.completions()).toHaveLength(1);
    expect((await second.plan({ goal: 'read the list' }))?.plan.steps[0].kind).toBe('extract');
    expect(api.prompts).toEqual([expect.stringContaining('Goal: read the list')]);
  });

  it('plans with the built-in model alone when no other provider is configured', async () => {
    const api = fakePromptApi(async () => 'available');
    const sw = createProviderSwitch({ languageModel: () => api.lm });
    await sw.update(settingsWith({ chromeBuiltin: true }, false));
    expect(sw.hasProvider()).toBe(true);
    expect((await sw.planners()[0].plan({ goal: 'read the list' }))?.usage.modelCalls).toBe(1);
    expect(await sw.planners()[1].plan({ goal: 'read the list' })).toBeNull();
  });

  it.each([
    ['the model is still to be downloaded', fakePromptApi(async () => 'downloadable').lm],
    ['availability() fails', fakePromptApi(async () => { throw new Error('boom'); }).lm],
    ['this browser has no Prompt API', undefined],
  ])('skips the built-in model without a word when %s', async (_why, lm) => {
    const sw = createProviderSwitch({ languageModel: () => lm });
    await sw.update(settingsWith({ chromeBuiltin: true }, false));
    expect(sw.active()).toEqual([]);
    expect(sw.hasProvider()).toBe(false);
    expect(await sw.planners()[0].plan({ goal: 'x' })).toBeNull();
    expect(() => sw.recovery.suggestSelectors({ url: '', title: '', elements: [], text: '', signature: '', truncated: false }, { description: 'x' })).toThrow('No AI provider');
  });

  it('settings that change while availability is being asked win', async () => {
    let answerAvailability!: (v: string) => void;
    const api = fakePromptApi(() => new Promise((r) => { answerAvailability = r; }));
    const sw = createProviderSwitch({ languageModel: () => api.lm });
    const slow = sw.update(settingsWith({ chromeBuiltin: true }));
    await sw.update(settingsWith({ chromeBuiltin: false }));
    answerAvailability('available');
    await slow;
    expect(sw.active()).toEqual(['test']);
  });

  it('with AI planning off, no provider plans and none is listed', async () => {
    const api = fakePromptApi(async () => 'available');
    const sw = createProviderSwitch({ languageModel: () => api.lm });
    await sw.update(settingsWith({ chromeBuiltin: true, aiPlanning: false }));
    expect(sw.active()).toEqual([]);
    expect(await sw.planners()[0].plan({ goal: 'x' })).toBeNull();
    expect(server.completions()).toHaveLength(0);
  });
});
