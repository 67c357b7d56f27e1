import { useSignal } from '@preact/signals';
import { useContext } from 'preact/hooks';
import type { Step } from '../../core/plan';
import type { LocatorCheck } from '../../core/run';
import { kindLabel } from '../format';
import { editableValueField } from '../state/plan-edit';
import { StepBadges } from './step-badges';
import { StepEditor } from './step-editor';
import { PanelContext } from './panel-context';

interface Props {
  step: Step;
  index: number;
  count: number;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  onEdit(patch: { description: string; value?: string }): void;
}

type Checks = Record<string, LocatorCheck> | undefined;

/** The run's check of its plan against the start page, per step id (absent before it ran). */
function useLocatorChecks(): Checks {
  return useContext(PanelContext)?.run.run.value?.locatorChecks;
}

/** "Not found on this page" when the step's element was looked for before approval and is not there. */
function NotFoundMarker({ check }: { check?: LocatorCheck }) {
  if (check?.status !== 'missing') return null;
  return <span class="badge warn not-found" title={check.note}>Not found on this page</span>;
}

/** Nested steps of paginate/forEach, read-only. */
function InnerSteps({ steps, checks }: { steps: Step[]; checks: Checks }) {
  return (
    <ol class="inner-steps">
      {steps.map((s) => <li key={s.id}><span class="kind">{kindLabel(s.kind)}</span> {s.description} <NotFoundMarker check={checks?.[s.id]} /></li>)}
    </ol>
  );
}

/** One step of the plan preview with its edit, move and remove controls. */
export function PlanStepRow({ step, index, count, onMove, onRemove, onEdit }: Props) {
  const editing = useSignal(false);
  const checks = useLocatorChecks();
  const field = editableValueField(step);
  const n = index + 1;
  const value = field ? String((step as Record<string, unknown>)[field] ?? '') : '';
  return (
    <li class={`step${step.risk === 'high' ? ' high-risk' : ''}`}>
      <div class="step-head">
        <span class="kind">{kindLabel(step.kind)}</span>
        <span class="step-desc">{step.description}</span>
      </div>
      {field && value && <div class="step-value"><span class="muted">{field === 'url' ? 'URL' : 'Value'}:</span> <code>{value}</code></div>}
      <StepBadges step={step} />
      <NotFoundMarker check={checks?.[step.id]} />
      {(step.kind === 'paginate' || step.kind === 'forEach') && <InnerSteps steps={step.steps} checks={checks} />}
      {editing.value ? (
        <StepEditor step={step} index={index} onCancel={() => { editing.value = false; }}
          onSave={(patch) => { editing.value = false; onEdit(patch); }} />
      ) : (
        <div class="row step-actions">
          <button type="button" class="small" aria-label={`Move step ${n} up`} disabled={index === 0} onClick={() => onMove(-1)}>↑</button>
          <button type="button" class="small" aria-label={`Move step ${n} down`} disabled={index === count - 1} onClick={() => onMove(1)}>↓</button>
          <button type="button" class="small" aria-label={`Edit step ${n}`} onClick={() => { editing.value = true; }}>Edit</button>
          <button type="button" class="small" aria-label={`Remove step ${n}`} disabled={count <= 1} onClick={onRemove}>Remove</button>
        </div>
      )}
    </li>
  );
}
