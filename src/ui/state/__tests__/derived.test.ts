import { progressOf, promptOf, findStep } from '../run-derived';
import { editStep, moveStep, removeStep, editableValueField } from '../plan-edit';
import { errorText } from '../error-text';
import { tabIdFromQuery } from '../target-store';
import { sampleRun, samplePlan, ev } from '../../__tests__/fakes';
import type { Step } from '../../../core/plan';

describe('progress of a run', () => {
  it('takes the latest progress event, rounded and kept within 0–100', () => {
    const events = [ev(1, 'progress', { data: { percent: 20, etaMs: 9000 } }), ev(2, 'step.completed'), ev(3, 'progress', { data: { percent: 130.6 } })];
    expect(progressOf(sampleRun(), events)).toEqual({ percent: 100 });
    expect(progressOf(sampleRun(), events.slice(0, 2))).toEqual({ percent: 20, etaMs: 9000 });
    expect(progressOf(sampleRun(), [ev(1, 'progress', { data: { percent: 'lots' } })])).toBeNull();
    expect(progressOf(sampleRun({ status: 'done' }), [])).toEqual({ percent: 100 });
  });
});

describe('what a waiting run asks', () => {
  const ask: Step = { id: 'q1', kind: 'askUser', mode: 'input', message: 'Which colour?', field: 'Colour', description: 'Ask the colour', confidence: 1, risk: 'low' };
  it('uses the askUser step the event names', () => {
    const run = sampleRun({ status: 'waiting-user', plan: samplePlan({ steps: [ask] }) });
    expect(promptOf(run, [ev(1, 'run.waiting-user', { stepId: 'q1' })])).toEqual({ mode: 'input', message: 'Which colour?', field: 'Colour', stepId: 'q1' });
  });
  it('asks for a go-ahead when nothing more is known', () => {
    expect(promptOf(sampleRun({ status: 'waiting-user' }), [])).toEqual({ mode: 'confirm', message: 'Errand needs your go-ahead to continue.' });
    expect(promptOf(sampleRun({ status: 'running' }), [])).toBeNull();
  });
  it('finds nested steps', () => {
    const loop = { id: 'f1', kind: 'forEach', items: [], as: 'x', description: 'Each', confidence: 1, risk: 'low', steps: [ask] } as Step;
    expect(findStep([loop], 'q1')).toBe(ask);
    expect(findStep([loop], 'nope')).toBeUndefined();
  });
});

describe('plan edits', () => {
  const plan = samplePlan();
  it('leaves the plan alone at the ends of the list', () => {
    expect(moveStep(plan, 0, -1)).toBe(plan);
    expect(moveStep(plan, 3, 1)).toBe(plan);
    expect(removeStep(samplePlan({ steps: [plan.steps[0]] }), 0).steps).toHaveLength(1);
  });
  it('edits only the fields a step has', () => {
    const edited = editStep(plan, 2, { description: 'Click Buy', value: 'ignored' });
    expect(edited.steps[2]).toEqual({ ...plan.steps[2], description: 'Click Buy' });
    expect(editableValueField(plan.steps[3])).toBeNull();
  });
});

describe('small helpers', () => {
  it('turns anything thrown into a sentence', () => {
    expect(errorText(new Error('boom'))).toBe('boom');
    expect(errorText('plain')).toBe('plain');
    expect(errorText(undefined)).toBe('Something went wrong. Try again.');
  });
  it('reads the tab id of the panel URL', () => {
    expect(tabIdFromQuery('?tabId=12')).toBe(12);
    expect(tabIdFromQuery('?tabId=')).toBeUndefined();
    expect(tabIdFromQuery('?tabId=abc')).toBeUndefined();
    expect(tabIdFromQuery('')).toBeUndefined();
  });
});
