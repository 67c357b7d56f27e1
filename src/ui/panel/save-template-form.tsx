import { useSignal } from '@preact/signals';
import type { RunRecord } from '../../core/run';
import type { BackgroundRequest } from '../../messaging/protocol';
import { templateCandidates } from './template-candidates';

interface Props {
  run: RunRecord;
  onSave(req: BackgroundRequest<'template.saveFromRun'>): Promise<{ name: string } | undefined>;
  onClose(): void;
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
}

/** Saves a run's plan as a template: a name, and which values become parameters. */
export function SaveTemplateForm({ run, onSave, onClose }: Props) {
  const candidates = templateCandidates(run.plan);
  const name = useSignal(slug(run.goal) || 'my-template');
  const title = useSignal(run.goal.slice(0, 120));
  const chosen = useSignal<Record<number, string | null>>({});
  const status = useSignal<string | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(name.value)) { status.value = 'Use lowercase letters, digits and dashes for the name.'; return; }
    const params = candidates.flatMap((c, i) => {
      const pname = chosen.value[i];
      return typeof pname === 'string' ? [{ name: pname, stepId: c.stepId, field: c.field, value: c.value }] : [];
    });
    if (params.some((p) => !/^[A-Za-z_]\w{0,39}$/.test(p.name))) { status.value = 'Parameter names are short words like "product".'; return; }
    const saved = await onSave({ runId: run.id, name: name.value, title: title.value.trim() || undefined, params });
    status.value = saved ? `Saved as template "${saved.name}".` : 'Could not save the template.';
  }

  return (
    <form class="card save-template" aria-label="Save as template" onSubmit={(e) => void submit(e)}>
      <h3>Save as template</h3>
      <label for="tpl-name">Template name</label>
      <input id="tpl-name" value={name.value} onInput={(e) => { name.value = e.currentTarget.value; }} />
      <label for="tpl-title">Title</label>
      <input id="tpl-title" value={title.value} onInput={(e) => { title.value = e.currentTarget.value; }} />
      {candidates.length > 0 ? (
        <fieldset>
          <legend>Values that become parameters</legend>
          {candidates.map((c, i) => {
            const on = typeof chosen.value[i] === 'string';
            return (
              <div key={`${c.stepId}-${c.field}`} class="candidate">
                <label class="check">
                  <input type="checkbox" checked={on}
                    onChange={(e) => { chosen.value = { ...chosen.value, [i]: e.currentTarget.checked ? c.suggestedName : null }; }} />
                  {' '}<code>{c.value}</code> <span class="hint">({c.stepDescription})</span>
                </label>
                {on && (
                  <>
                    <label for={`tpl-param-${i}`}>Parameter name for “{c.value}”</label>
                    <input id={`tpl-param-${i}`} value={chosen.value[i] ?? ''} onInput={(e) => { chosen.value = { ...chosen.value, [i]: e.currentTarget.value }; }} />
                  </>
                )}
              </div>
            );
          })}
        </fieldset>
      ) : <p class="hint">This plan has no typed values or URLs to turn into parameters.</p>}
      {status.value && <p class="hint" role="status">{status.value}</p>}
      <div class="row end">
        <button type="button" onClick={onClose}>Close</button>
        <button type="submit" class="primary">Save template</button>
      </div>
    </form>
  );
}
