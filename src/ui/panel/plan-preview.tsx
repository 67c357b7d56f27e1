import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { PlanSchema, type Plan } from '../../core/plan';
import { usePanel } from './panel-context';
import { PlanSummary } from './plan-summary';
import { PlanStepRow } from './plan-step-row';
import { editStep, moveStep, removeStep } from '../state/plan-edit';

/** The plan waiting for approval: the person edits, removes or reorders steps, then approves. */
export function PlanPreview() {
  const { run: store } = usePanel();
  const run = store.run.value;
  const draft = useSignal<Plan | null>(run?.plan ?? null);
  const problem = useSignal<string | null>(null);

  // A new plan (re-plan, another run) replaces the draft.
  useEffect(() => { draft.value = run?.plan ?? null; problem.value = null; }, [run?.plan?.id, run?.id]);

  const plan = draft.value;
  if (!run || !plan) return null;

  function approve() {
    const checked = PlanSchema.safeParse(plan);
    if (!checked.success) {
      problem.value = `The edited plan isn't valid: ${checked.error.issues[0]?.message ?? 'check the steps'}.`;
      return;
    }
    problem.value = null;
    void store.approve(plan!);
  }

  return (
    <section class="plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading">Plan: {plan.steps.length} step{plan.steps.length === 1 ? '' : 's'}</h2>
      <PlanSummary plan={plan} usage={run.usage} />
      <ol class="steps" aria-label="Plan steps">
        {plan.steps.map((step, i) => (
          <PlanStepRow key={step.id} step={step} index={i} count={plan.steps.length}
            onMove={(d) => { draft.value = moveStep(plan, i, d); }}
            onRemove={() => { draft.value = removeStep(plan, i); }}
            onEdit={(patch) => { draft.value = editStep(plan, i, patch); }} />
        ))}
      </ol>
      {problem.value && <p class="field-error" role="alert">{problem.value}</p>}
      <div class="row end sticky-actions">
        <button type="button" disabled={store.busy.value} onClick={() => void store.act('run.cancel')}>Cancel</button>
        <button type="button" class="primary" disabled={store.busy.value} onClick={approve}>Approve and run</button>
      </div>
    </section>
  );
}
