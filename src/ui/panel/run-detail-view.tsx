import { useSignal } from '@preact/signals';
import type { RunDetail } from '../state/history-store';
import { formatDateTime, statusLabel } from '../format';
import { usePanel } from './panel-context';
import { RunTimeline } from './run-timeline';
import { ResultsView } from './results-view';
import { SaveTemplateForm } from './save-template-form';

interface Props {
  detail: RunDetail;
  onReplay(): void;
  onDelete(): void;
}

/** A past run opened from history: its timeline, results and what can be done with it. */
export function RunDetailView({ detail, onReplay, onDelete }: Props) {
  const { history, templates } = usePanel();
  const saving = useSignal(false);
  const { run, events } = detail;
  return (
    <section class="run-detail" aria-labelledby="detail-heading">
      <div class="row">
        <button type="button" class="small" onClick={() => history.close()}>← Back to history</button>
      </div>
      <h2 id="detail-heading">{run.goal}</h2>
      <p class="hint"><span class={`status status-${run.status}`}>{statusLabel(run.status)}</span> · {formatDateTime(run.createdAt)}</p>
      {run.error && <p class="field-error">{run.error.message}</p>}
      <ResultsView run={run} />
      <h3>Timeline</h3>
      <RunTimeline events={events} steps={run.plan?.steps} label="Past run timeline" />
      <div class="row">
        <button type="button" disabled={!run.plan} onClick={onReplay}>Replay</button>
        <button type="button" disabled={!run.plan} aria-expanded={saving.value} onClick={() => { saving.value = !saving.value; }}>Save as template</button>
        <button type="button" onClick={onDelete}>Delete</button>
      </div>
      {saving.value && <SaveTemplateForm run={run} onSave={async (req) => { const r = await history.saveTemplate(req); if (r) void templates.load(); return r; }} onClose={() => { saving.value = false; }} />}
    </section>
  );
}
