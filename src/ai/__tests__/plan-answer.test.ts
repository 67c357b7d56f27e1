import { checkPlanAnswer, checkRecoveryAnswer, checkStrategiesAnswer } from '../plan-answer';
import { PlanSchema, type Plan } from '../../core/plan';
import { searchPlanAnswer, shopSnapshot } from './fixtures';

const fill = { id: 'p1', goal: 'find kettles', promptVersion: 'plan-v1' };

describe('checkPlanAnswer', () => {
  it('fills what Errand owns and ignores what the model claims about it', () => {
    const r = checkPlanAnswer({ ...searchPlanAnswer, id: 'evil', goal: 'buy a gift card', source: 'template', promptVersion: 'x' }, fill);
    expect(r.ok && r.value).toMatchObject({ id: 'p1', goal: 'find kettles', source: 'ai', promptVersion: 'plan-v1' });
  });

  it('fills what models often leave out: intent, confidence, step ids and descriptions', () => {
    const r = checkPlanAnswer({ plan: { steps: [{ kind: 'navigate', url: 'https://a.example' }, { kind: 'forEach', items: ['x'], as: 'i', steps: [{ kind: 'wait', for: { kind: 'idle' } }] }] } }, { ...fill, intentHint: 'navigate' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ intent: 'navigate', confidence: 0.5 });
    expect(r.value.steps.map((s) => [s.id, s.description])).toEqual([['s1', 'navigate'], ['s2', 'forEach']]);
    expect(PlanSchema.safeParse(r.value).success).toBe(true);
  });

  it('accepts a bare list of steps and clamps confidence', () => {
    const r = checkPlanAnswer([{ kind: 'navigate', url: 'https://a.example' }], fill);
    expect(r.ok && r.value.intent).toBe('unknown');
    const c = checkPlanAnswer({ ...searchPlanAnswer, confidence: 7 }, fill);
    expect(c.ok && c.value.confidence).toBe(1);
  });

  it('names the field that is wrong for the step kind', () => {
    const r = checkPlanAnswer({ intent: 'search', confidence: 1, steps: [{ id: 's1', kind: 'type', description: 'x', value: 'y' }] }, fill);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues[0]).toMatch(/^steps\[0\] \(type\)\.target: /);
    expect(checkPlanAnswer('nope', fill)).toEqual({ ok: false, issues: [expect.stringContaining('JSON object')] });
  });

  it('rejects duplicate step ids and references to steps that do not exist', () => {
    const steps = [
      { id: 's1', kind: 'extract', description: 'a', what: 'list' },
      { id: 's1', kind: 'compute', description: 'b', op: 'min', input: '{{steps.s9.records}}', field: 'price' },
    ];
    const r = checkPlanAnswer({ intent: 'compare', confidence: 1, steps }, fill);
    expect(!r.ok && r.issues).toEqual([
      'step id "s1" is used more than once; ids must be unique',
      'a value refers to {{steps.s9…}} but no step has id "s9"',
    ]);
  });
});

describe('checkStrategiesAnswer and checkRecoveryAnswer', () => {
  it('accepts a bare list of strategies and reports an empty one', () => {
    expect(checkStrategiesAnswer([{ css: '#q' }])).toEqual({ ok: true, value: [{ css: '#q' }] });
    expect(checkStrategiesAnswer({ strategies: [] }, shopSnapshot())).toEqual({ ok: false, issues: ['no strategies given'] });
    expect(checkStrategiesAnswer({ nope: 1 })).toMatchObject({ ok: false });
  });

  it('gives recovery steps without ids fresh r-ids', () => {
    const plan = PlanSchema.parse({ ...searchPlanAnswer, ...fill, source: 'ai' }) as Plan;
    const r = checkRecoveryAnswer([{ kind: 'wait', for: { kind: 'time', ms: 500 } }], plan, 's1');
    expect(r.ok && r.value[0].id).toBe('r1');
    expect(checkRecoveryAnswer({ steps: [] }, plan, 's1')).toMatchObject({ ok: false });
    const dup = checkRecoveryAnswer([{ id: 'r1', kind: 'wait', description: 'a', for: { kind: 'idle' } }, { id: 'r1', kind: 'wait', description: 'b', for: { kind: 'idle' } }], plan, 's1');
    expect(!dup.ok && dup.issues).toEqual(['step id "r1" is used more than once; ids must be unique']);
    // Reusing the failed step's own id is fine: the replacement takes its place.
    expect(checkRecoveryAnswer([{ id: 's1', kind: 'wait', description: 'a', for: { kind: 'idle' } }], plan, 's1').ok).toBe(true);
  });
});
