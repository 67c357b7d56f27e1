import { useSignal } from '@preact/signals';
import type { Step } from '../../core/plan';
import { editableValueField } from '../state/plan-edit';

interface Props {
  step: Step;
  index: number;
  onSave(patch: { description: string; value?: string }): void;
  onCancel(): void;
}

/** Inline form to change a step's description and its value or URL. */
export function StepEditor({ step, index, onSave, onCancel }: Props) {
  const field = editableValueField(step);
  const description = useSignal(step.description);
  const value = useSignal(field ? String((step as Record<string, unknown>)[field] ?? '') : '');
  const problem = useSignal<string | null>(null);
  const base = `step-${index}`;

  function save(e: Event) {
    e.preventDefault();
    if (!description.value.trim()) { problem.value = 'A step needs a description.'; return; }
    if (field === 'url' && !value.value.trim()) { problem.value = 'A page step needs a URL.'; return; }
    onSave({ description: description.value.trim(), ...(field ? { value: value.value } : {}) });
  }

  return (
    <form class="step-editor" onSubmit={save} aria-label={`Edit step ${index + 1}`}>
      <label for={`${base}-desc`}>Description</label>
      <input id={`${base}-desc`} value={description.value} maxLength={300} onInput={(e) => { description.value = e.currentTarget.value; }} />
      {field && (
        <>
          <label for={`${base}-value`}>{field === 'url' ? 'URL' : 'Value'}</label>
          <input id={`${base}-value`} value={value.value} onInput={(e) => { value.value = e.currentTarget.value; }} />
        </>
      )}
      {problem.value && <p class="field-error" role="alert">{problem.value}</p>}
      <div class="row end">
        <button type="button" onClick={onCancel}>Cancel edit</button>
        <button type="submit" class="primary">Save step</button>
      </div>
    </form>
  );
}
