import { useSignal } from '@preact/signals';
import type { Step } from '../../core/plan';
import { editableValueField, editableValueText } from '../state/plan-edit';

const LABELS = { value: 'Value', url: 'URL', items: 'Items, one per line' } as const;

interface Props {
  step: Step;
  index: number;
  onSave(patch: { description: string; value?: string }): void;
  onCancel(): void;
}

/** Inline form to change a step's description and its value, URL or list of items. */
export function StepEditor({ step, index, onSave, onCancel }: Props) {
  const field = editableValueField(step);
  const description = useSignal(step.description);
  const value = useSignal(editableValueText(step));
  const problem = useSignal<string | null>(null);
  const base = `step-${index}`;

  function save(e: Event) {
    e.preventDefault();
    if (!description.value.trim()) { problem.value = 'A step needs a description.'; return; }
    if (field === 'url' && !value.value.trim()) { problem.value = 'A page step needs a URL.'; return; }
    if (field === 'items' && !value.value.trim()) { problem.value = 'A repeated step needs at least one item.'; return; }
    onSave({ description: description.value.trim(), ...(field ? { value: value.value } : {}) });
  }

  return (
    <form class="step-editor" onSubmit={save} aria-label={`Edit step ${index + 1}`}>
      <label for={`${base}-desc`}>Description</label>
      <input id={`${base}-desc`} value={description.value} maxLength={300} onInput={(e) => { description.value = e.currentTarget.value; }} />
      {field && (
        <>
          <label for={`${base}-value`}>{LABELS[field]}</label>
          {field === 'items'
            ? <textarea id={`${base}-value`} rows={Math.min(8, value.value.split('\n').length + 1)} value={value.value} onInput={(e) => { value.value = e.currentTarget.value; }} />
            : <input id={`${base}-value`} value={value.value} onInput={(e) => { value.value = e.currentTarget.value; }} />}
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
