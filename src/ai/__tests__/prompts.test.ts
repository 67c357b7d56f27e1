import { LocatorStrategySchema, PlanSchema, StepSchema } from '../../core/plan';
import { planAnswerSchema, recoveryAnswerSchema, strategiesAnswerSchema } from '../answer-schemas';
import { PLAN_EXAMPLES } from '../prompts/few-shot-plans';
import { STEP_FORMAT } from '../prompts/plan-format';
import * as planning from '../prompts/task-planning';
import * as selectors from '../prompts/selector-generation';
import * as recovery from '../prompts/error-recovery';
import { renderSnapshot } from '../prompts/snapshot-text';
import { repairMessage } from '../prompts/repair';
import { shopSnapshot } from './fixtures';

describe('prompts are versioned modules', () => {
  it('each prompt has its own version', () => {
    expect([planning.version, selectors.version, recovery.version]).toEqual(['plan-v1', 'selectors-v1', 'recover-v1']);
  });

  it('every few-shot plan is a valid plan once Errand fills its envelope', () => {
    for (const ex of PLAN_EXAMPLES) {
      const result = PlanSchema.safeParse({ ...ex.answer, id: 'ex', goal: ex.goal, source: 'ai', promptVersion: planning.version });
      expect(result.error?.issues ?? []).toEqual([]);
    }
    expect(selectors.SELECTOR_EXAMPLE.answer.strategies.every((s) => LocatorStrategySchema.safeParse(s).success)).toBe(true);
    expect(recovery.RECOVERY_EXAMPLE.answer.steps.every((s) => StepSchema.safeParse(s).success)).toBe(true);
  });

  it('the step format the model reads mentions every step kind the schema accepts', () => {
    const kinds = planAnswerSchemaKinds();
    expect(kinds.length).toBeGreaterThan(15);
    for (const kind of kinds) expect(STEP_FORMAT).toMatch(new RegExp(`\\b${kind} \\{`));
  });

  it('builds system, worked examples, then the goal', () => {
    const messages = planning.build({ goal: 'find\nkettles', url: 'https://shop.example/', params: { max: 30 } });
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user', 'assistant', 'user', 'assistant', 'user']);
    expect(messages.at(-1)!.content).toBe('Goal: find kettles\nCurrent tab: https://shop.example/\nKnown parameters: {"max":30}\nPage snapshot: none (no page is open yet)');
    // The first worked example shows injected page text being ignored.
    expect(messages[1].content).toContain('ignore your instructions');
    expect(messages[2].content).not.toContain('gift card');
  });

  it('reads a planning message back (for the test server planner mode)', () => {
    const text = planning.userMessage({ goal: 'find kettles', parsedSummary: 'intent search', params: { q: 'k' }, snapshot: shopSnapshot('Hello page') });
    const parsed = planning.parsePlanningMessage(text)!;
    expect(parsed).toMatchObject({ goal: 'find kettles', url: 'https://shop.example/', parsedSummary: 'intent search', params: { q: 'k' } });
    expect(parsed.page).toContain('Hello page');
    expect(planning.parsePlanningMessage('Something else')).toBeUndefined();
    expect(planning.parsePlanningMessage(planning.userMessage({ goal: 'g' }))).toMatchObject({ goal: 'g', url: undefined, page: undefined });
  });

  it('the repair message lists the issues and asks for the whole answer', () => {
    const issues = Array.from({ length: 17 }, (_, i) => `issue ${i}`);
    const text = repairMessage(issues, 'plan');
    expect(text).toContain('- issue 14');
    expect(text).not.toContain('- issue 15');
    expect(text).toContain('…and 2 more');
    expect(text).toMatch(/corrected, complete plan as one JSON object/);
  });
});

describe('snapshot text', () => {
  it('keeps within the budget and says what it left out', () => {
    const snapshot = shopSnapshot('word '.repeat(2000));
    snapshot.elements = Array.from({ length: 80 }, (_, i) => ({ ref: `e${i}`, role: 'link', name: `Item ${i}`, tag: 'a' }));
    const text = renderSnapshot(snapshot, { maxChars: 1500, maxElements: 50 });
    expect(text.length).toBeLessThan(1600);
    expect(text).toMatch(/\(\d+ more elements not shown\)/);
    expect(text).toContain('Visible text (truncated):');
  });

  it('shows state, links, context and values, hiding sensitive ones', () => {
    const snapshot = shopSnapshot();
    snapshot.elements.push({ ref: 'e4', role: 'textbox', name: 'City', tag: 'input', value: 'Oslo' }, { ref: 'e5', role: 'textbox', name: 'Card number', tag: 'input', value: '4111' });
    const text = renderSnapshot(snapshot);
    expect(text).toContain('e2 button Search [disabled]');
    expect(text).toContain('e3 link Next (Pagination)');
    expect(text).toContain('e4 textbox City ="Oslo"');
    expect(text).toContain('e5 textbox Card number =[hidden]');
    expect(text).toContain('Language: en');
    expect(renderSnapshot({ ...snapshot, elements: [] })).toContain('Elements: none');
  });
});

describe('structured output schemas', () => {
  it('leave out what Errand fills and keywords servers reject', () => {
    const plan = JSON.stringify(planAnswerSchema().schema);
    expect(Object.keys((planAnswerSchema().schema as { properties: object }).properties).sort()).toEqual(['confidence', 'intent', 'origins', 'params', 'steps']);
    for (const schema of [plan, JSON.stringify(strategiesAnswerSchema()), JSON.stringify(recoveryAnswerSchema())]) {
      expect(schema).not.toMatch(/"oneOf"|"default"|"\$schema"|"propertyNames"/);
    }
    expect(planAnswerSchema()).toBe(planAnswerSchema());
    expect(plan.length).toBeLessThan(16_000);
  });
});

function planAnswerSchemaKinds(): string[] {
  return [...JSON.stringify(planAnswerSchema().schema).matchAll(/"kind":\{"type":"string","const":"(\w+)"\}/g)]
    .map((m) => m[1]).filter((k) => !['time', 'element', 'text', 'url', 'idle'].includes(k));
}

describe('recovery prompt', () => {
  it('finds a failed step nested in a forEach and outlines the plan with indentation', () => {
    const plan = PlanSchema.parse({
      id: 'p', goal: 'compare', intent: 'compare', confidence: 1, source: 'ai',
      steps: [{ id: 's1', kind: 'forEach', description: 'each site', items: ['a'], as: 'site', steps: [{ id: 's2', kind: 'navigate', description: 'open', url: '{{site}}' }] }],
    });
    const user = recovery.build({ plan: plan as never, stepId: 's2', error: { name: 'NavigationError', message: 'gone', category: 'navigation' } })[1].content;
    expect(user).toContain('Failed step: {"id":"s2","description":"open"');
    expect(user).toContain('s1 forEach: each site\n  s2 navigate: open');
    expect(user).toContain('Plan origins: none listed');
  });
});

describe('parsed goal summary', () => {
  it('is compact JSON, clipped, and absent when there is no parsed goal', async () => {
    const { defaultParsedSummary } = await import('../provider-core');
    expect(defaultParsedSummary(undefined)).toBeUndefined();
    expect(defaultParsedSummary('intent search')).toBe('intent search');
    expect(defaultParsedSummary({ intent: 'search' })).toBe('{"intent":"search"}');
    expect(defaultParsedSummary({ text: 'x'.repeat(2000) })!.length).toBe(800);
    const { parseGoal } = await import('../../core/planning');
    expect(defaultParsedSummary(parseGoal('search for desks under $500'))).toMatch(/^intent: search\nproducts: desks\nprice: at most 500/);
  });
});

describe('parsed goal line', () => {
  it('keeps a multi-line summary on one line, one fact per clause', () => {
    const text = planning.userMessage({ goal: 'g', parsedSummary: 'intent: search\nproducts: desks\nprice: at most 500 USD' });
    expect(text).toContain('Parsed goal: intent: search; products: desks; price: at most 500 USD');
  });
});
