import { CancelledError, PlanInvalid, ProviderError, TimeoutError } from '../../core/errors';
import {
  chromeBuiltinAvailability, createChromeBuiltinProvider, getChromeLanguageModel, isChromeBuiltinAvailable,
  type LanguageModelAvailability, type LanguageModelLike, type LanguageModelMessage,
} from '../chrome-builtin-provider';
import { counterIds, searchPlanAnswer, shopSnapshot } from './fixtures';

interface Call { initialPrompts: LanguageModelMessage[]; input: string; options: { responseConstraint?: object; omitResponseConstraintInput?: boolean; signal?: AbortSignal } }

/** A fake Prompt API: answers from a queue, records what each session was given. */
function fakeLanguageModel(answers: Array<string | Error | 'hang'>, availability: LanguageModelAvailability = 'available') {
  const calls: Call[] = [];
  let destroyed = 0;
  const lm: LanguageModelLike = {
    availability: async () => availability,
    async create(options = {}) {
      return {
        contextUsage: 1200,
        destroy: () => { destroyed++; },
        prompt(input, promptOptions = {}) {
          calls.push({ initialPrompts: options.initialPrompts ?? [], input, options: promptOptions });
          const next = answers.shift();
          if (next === 'hang') {
            return new Promise<string>((_r, reject) => promptOptions.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
          }
          return next instanceof Error ? Promise.reject(next) : Promise.resolve(next ?? '');
        },
      };
    },
  };
  return { lm, calls, destroyed: () => destroyed };
}

describe('Chrome built-in model provider', () => {
  it('plans with a response constraint, one worked example and a small page budget', async () => {
    const fake = fakeLanguageModel([JSON.stringify(searchPlanAnswer)]);
    const provider = createChromeBuiltinProvider({ languageModel: fake.lm, ids: counterIds() });

    const { plan, usage } = await provider.generatePlan({ goal: 'find kettles', snapshot: shopSnapshot('x'.repeat(20_000)) });

    expect(plan).toMatchObject({ id: 'plan-1', source: 'ai', promptVersion: 'plan-v1' });
    const [call] = fake.calls;
    expect(call.initialPrompts.map((m) => m.role)).toEqual(['system', 'user', 'assistant']);
    expect(call.options.responseConstraint).toMatchObject({ type: 'object' });
    expect(call.options.omitResponseConstraintInput).toBe(true);
    expect(call.input).toContain('Goal: find kettles');
    expect(call.input.length).toBeLessThan(5000);
    expect(usage.modelCalls).toBe(1);
    expect(usage.promptTokens).toBeGreaterThan(0);
    expect(provider.totals().modelCalls).toBe(1);
    expect(fake.destroyed()).toBe(1);
  });

  it('repairs once, carrying the first answer in the new session', async () => {
    const fake = fakeLanguageModel(['{"steps":[{"kind":"teleport"}]}', JSON.stringify(searchPlanAnswer)]);
    const { usage } = await createChromeBuiltinProvider({ languageModel: fake.lm }).generatePlan({ goal: 'x' });
    expect(usage.modelCalls).toBe(2);
    expect(fake.calls[1].initialPrompts.at(-1)).toEqual({ role: 'assistant', content: '{"steps":[{"kind":"teleport"}]}' });
    expect(fake.calls[1].input).toMatch(/could not be used/);
  });

  it('suggests selectors and recovery steps with the same checks', async () => {
    const fake = fakeLanguageModel(['{"strategies":[{"ref":"e3"}]}', 'nope', 'still nope']);
    const provider = createChromeBuiltinProvider({ languageModel: fake.lm });
    expect((await provider.suggestSelectors(shopSnapshot(), { description: 'next' })).strategies).toEqual([{ ref: 'e3' }]);
    const plan = { ...searchPlanAnswer, id: 'p', goal: 'g', source: 'ai', promptVersion: 'plan-v1' } as never;
    await expect(provider.recoverFromError({ name: 'ElementNotFound', message: 'm', category: 'element-missing' }, { plan, stepId: 's1' })).rejects.toBeInstanceOf(PlanInvalid);
  });

  it('maps failures: timeout, cancellation, too large, not supported, other', async () => {
    const hang = fakeLanguageModel(['hang']);
    await expect(createChromeBuiltinProvider({ languageModel: hang.lm, timeoutMs: 50 }).generatePlan({ goal: 'x' })).rejects.toBeInstanceOf(TimeoutError);

    const cancel = fakeLanguageModel(['hang']);
    const controller = new AbortController();
    const pending = createChromeBuiltinProvider({ languageModel: cancel.lm }).generatePlan({ goal: 'x', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    await expect(createChromeBuiltinProvider({ languageModel: cancel.lm }).generatePlan({ goal: 'x', signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);

    const categories: string[] = [];
    for (const name of ['QuotaExceededError', 'NotSupportedError', 'UnknownError']) {
      const fake = fakeLanguageModel([new DOMException('boom', name)]);
      const err = await createChromeBuiltinProvider({ languageModel: fake.lm }).generatePlan({ goal: 'x' }).then(() => undefined, (e: unknown) => e as ProviderError);
      categories.push(err?.category ?? 'none');
    }
    expect(categories).toEqual(['validation', 'permission', 'transient']);
  });

  it('without the Prompt API it says so', async () => {
    expect(getChromeLanguageModel()).toBeUndefined();
    await expect(createChromeBuiltinProvider().generatePlan({ goal: 'x' })).rejects.toThrow(/no built-in model/);
  });
});

describe('isChromeBuiltinAvailable', () => {
  it('is true only when the model is ready', async () => {
    expect(await isChromeBuiltinAvailable(fakeLanguageModel([]).lm)).toBe(true);
    expect(await isChromeBuiltinAvailable(fakeLanguageModel([], 'downloadable').lm)).toBe(false);
    expect(await isChromeBuiltinAvailable()).toBe(false);
    expect(await chromeBuiltinAvailability(undefined)).toBe('unavailable');
    const broken: LanguageModelLike = { availability: () => Promise.reject(new Error('x')), create: () => Promise.reject(new Error('x')) };
    expect(await chromeBuiltinAvailability(broken)).toBe('unavailable');
  });
});
