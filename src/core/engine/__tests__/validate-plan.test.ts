import { checkPlan, validatePlan, validateSteps } from '../validate-plan';
import { PlanInvalid } from '../../errors';

const target = { description: 'box', strategies: [{ css: '#q' }] };
const plan = (steps: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'p1', goal: 'g', intent: 'extract', confidence: 0.8, source: 'ai', params: { q: 'cable', sites: ['a', 'b'] }, steps, ...extra,
});
const messages = (input: unknown) => {
  const r = checkPlan(input);
  return r.ok ? [] : r.issues.map((i) => i.message);
};

describe('plan validation', () => {
  it('accepts a plan whose references all point backwards', () => {
    const ok = validatePlan(plan([
      { id: 's1', kind: 'type', target, value: '{{param.q}} {{secret.email}}', description: 'Type' },
      { id: 's2', kind: 'extract', what: 'list', description: 'Read' },
      { id: 's3', kind: 'forEach', items: '{{steps.s2.records}}', as: 'item', description: 'Each', steps: [
        { id: 's4', kind: 'navigate', url: '{{item.url}}', description: 'Open' },
        { id: 's5', kind: 'extract', what: 'fields', description: 'Read', query: '{{steps.s4.output}} {{steps.s1.output}}' },
      ] },
      { id: 's6', kind: 'compute', op: 'min', input: '{{steps.s3.records}}', field: 'price', description: 'Cheapest' },
    ]));
    expect(ok.steps).toHaveLength(4);
    expect(ok.steps[0]).toMatchObject({ risk: 'low', confidence: 1 });
  });

  it('names the step and field when a reference points forward', () => {
    expect(messages(plan([
      { id: 's1', kind: 'extract', what: 'list', description: 'Read' },
      { id: 's3', kind: 'type', target, value: '{{steps.s9.records}}', description: 'Type' },
      { id: 's9', kind: 'extract', what: 'list', description: 'Read' },
    ]))).toEqual(['step s3 (type): field value refers to {{steps.s9.records}} but s9 does not run before s3']);
  });

  it('reports unknown steps, params, loop variables and roots', () => {
    expect(messages(plan([
      { id: 's1', kind: 'forEach', items: '{{param.sites}}', as: 'site', description: 'Each', steps: [
        { id: 's2', kind: 'extract', what: 'list', description: 'Read' },
      ] },
      { id: 's3', kind: 'extract', what: 'list', description: 'Read', query: '{{site}} {{steps.nope.records}} {{param.zz}} {{foo.bar}} {{steps.s2.records}} {{steps.s3.records}}' },
    ]))).toEqual([
      'step s3 (extract): field query refers to {{site}} but the loop variable site is only defined inside forEach s1',
      'step s3 (extract): field query refers to {{steps.nope.records}} but there is no step nope',
      'step s3 (extract): field query refers to {{param.zz}} but the plan declares no parameter "zz"',
      'step s3 (extract): field query refers to {{foo.bar}} but "foo" is unknown (use param., steps., secret. or a loop variable)',
      'step s3 (extract): field query refers to {{steps.s2.records}} but s2 runs inside forEach s1; use {{steps.s1.records}}',
      'step s3 (extract): field query refers to {{steps.s3.records}} but a step cannot use its own output',
    ]);
  });

  it('rejects duplicate ids, nested ones included', () => {
    expect(messages(plan([
      { id: 's1', kind: 'extract', what: 'list', description: 'Read' },
      { id: 's2', kind: 'paginate', next: target, description: 'Pages', steps: [{ id: 's1', kind: 'extract', what: 'list', description: 'Read' }] },
    ]))).toContain('step id s1 is used 2 times; ids must be unique');
  });

  it('checks compute inputs, filters and loop variable names', () => {
    expect(messages(plan([
      { id: 's1', kind: 'extract', what: 'list', description: 'Read' },
      { id: 's2', kind: 'compute', op: 'filter', input: 'all of it', description: 'Filter' },
      { id: 's3', kind: 'compute', op: 'merge', input: ['{{steps.s1.records}}', '{{param.q}}'], description: 'Merge' },
      { id: 's4', kind: 'forEach', items: 'a list', as: 'steps', description: 'Each', steps: [{ id: 's5', kind: 'wait', for: { kind: 'time', ms: 1 }, description: 'Wait' }] },
    ]))).toEqual([
      'step s2 (compute): field input must be one step reference such as {{steps.s2.records}}, not "all of it"',
      'step s2 (compute): a filter needs a where condition',
      'step s3 (compute): field input[1] must be one step reference such as {{steps.s2.records}}, not "{{param.q}}"',
      'step s4 (forEach): "steps" is reserved; name the loop variable something else, like "item"',
      'step s4 (forEach): field items must be a list or one reference such as {{param.sites}}',
    ]);
  });

  it('lets later steps use an askUser field as a parameter', () => {
    expect(checkPlan(plan([
      { id: 's1', kind: 'askUser', mode: 'input', message: 'Which size?', field: 'size', description: 'Ask' },
      { id: 's2', kind: 'type', target, value: '{{param.size}}', description: 'Type' },
    ])).ok).toBe(true);
  });

  it('turns schema errors into step/field issues', () => {
    const r = checkPlan(plan([
      { id: 's1', kind: 'extract', what: 'list', description: 'Read' },
      { id: 's2', kind: 'click', description: 'Click', target: { description: 'x', strategies: [] }, extra: 1 },
    ]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.every((i) => i.stepId === 's2')).toBe(true);
    expect(r.issues.map((i) => i.field)).toContain('target.strategies');
    expect(r.issues[0].message).toMatch(/^step s2 \(click\): field /);
  });

  it('reports plan-level schema errors without a step', () => {
    const r = checkPlan({ ...plan([]), confidence: 7 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.find((i) => i.field === 'confidence')?.stepId).toBeUndefined();
  });

  it('throws PlanInvalid with the issues in details', () => {
    try {
      validatePlan(plan([{ id: 's1', kind: 'type', target, value: '{{param.nope}}', description: 'T' }]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PlanInvalid);
      expect((e as PlanInvalid).details.issues).toEqual([{ stepId: 's1', field: 'value', message: 'step s1 (type): field value refers to {{param.nope}} but the plan declares no parameter "nope"' }]);
      expect((e as PlanInvalid).message).toContain('The plan is not valid');
    }
  });

  it('summarises many issues in the message', () => {
    const steps = [1, 2, 3, 4, 5].map((i) => ({ id: `s${i}`, kind: 'extract', what: 'list', description: 'R', query: '{{param.x}}' }));
    expect(() => validatePlan(plan(steps))).toThrow(/\(\+2 more\)/);
  });

  it('validates template steps against their own params', () => {
    expect(validateSteps([{ id: 't1', kind: 'navigate', url: 'https://x.example/?q={{param.q}}', description: 'Open' }], ['q'])).toHaveLength(1);
    expect(() => validateSteps([{ id: 't1', kind: 'navigate', url: '{{param.z}}', description: 'Open' }], ['q'], 'Template shop')).toThrow(/Template shop is not valid/);
    expect(() => validateSteps([{ id: 't1', kind: 'bogus' }], [])).toThrow(PlanInvalid);
    expect(() => validateSteps([], [])).toThrow(PlanInvalid);
  });
});
