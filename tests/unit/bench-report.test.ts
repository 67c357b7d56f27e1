import { planningSection, snapshotSection, table } from '../../bench/report';
import { promptTokens, schemaTokens, type PlanningRow } from '../../bench/planning-bench';
import type { SnapshotRow } from '../../bench/snapshot-bench.mjs';

const snap = (page: string, medianMs: number, tokensPerElement: number): SnapshotRow => ({
  page, elements: 10, domElements: 100, chars: 300, tokens: 10 * tokensPerElement, tokensPerElement, medianMs, p95Ms: medianMs,
});

const planning = (over: Partial<PlanningRow>): PlanningRow => ({
  goalType: 'click', goal: 'click x', repeat: 'press x', page: '/', url: 'http://127.0.0.1:4301/', firstRunSource: 'ai', planSteps: 1,
  firstRunCalls: 1, firstRunPromptTokens: 900, firstRunCompletionTokens: 100, firstRunTokens: 1000, firstRunSchemaTokens: 0,
  repeatCalls: 0, repeatSource: 'cache', offlineCalls: 0, offlineMedianMs: 0.5, aiPathMedianMs: 9, modelMedianMs: 1, aiOverheadMedianMs: 8, note: '',
  ...over,
});

describe('bench report', () => {
  it('aligns columns: text left, numbers right', () => {
    const text = table([{ header: 'name', cell: (r: { n: string; v: number }) => r.n }, { header: 'value', right: true, cell: (r) => String(r.v) }],
      [{ n: 'a', v: 1 }, { n: 'long name', v: 1234 }]);
    expect(text.split('\n')).toEqual(['name       value', '---------  -----', 'a              1', 'long name   1234']);
  });

  it('marks a slow or wordy ordinary page, and holds the generated page to its own time target', () => {
    const { text, missed } = snapshotSection([snap('fast.html', 5, 8), snap('slow.html', 45, 12), snap('generated-10k', 250, 14)]);
    expect(missed).toBe(2);
    expect(text).toMatch(/slow\.html .*12 MISS .*45 MISS/);
    expect(text).toMatch(/generated-10k .* 14 .*250 ok/);
    expect(text).toContain('2 targets missed');
  });

  it('marks a goal that needed a model call on its repeat', () => {
    const { text, missed } = planningSection([planning({}), planning({ goalType: 'navigate', repeatCalls: 1, repeatSource: 'ai' })]);
    expect(missed).toBe(1);
    expect(text).toMatch(/navigate .*1 ai MISS/);
  });

  it('says so when every target is met', () => {
    expect(planningSection([planning({})]).text).toContain('all targets met');
  });
});

describe('token counting for the test server', () => {
  it('counts chat messages the way OpenAI does, with 3 tokens per message and 3 priming', () => {
    expect(promptTokens({ messages: [{ role: 'user', content: 'hello' }] })).toBe(3 + 3 + 1 + 1);
    expect(promptTokens(undefined)).toBe(3);
  });

  it('counts a response schema separately, and nothing without one', () => {
    expect(schemaTokens({ response_format: { type: 'json_object' } })).toBeGreaterThan(0);
    expect(schemaTokens({})).toBe(0);
  });
});
