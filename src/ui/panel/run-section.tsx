import { FINAL_STATUSES } from '../../core/run';
import { statusLabel } from '../format';
import { usePanel } from './panel-context';
import { PlanPreview } from './plan-preview';
import { LiveRun } from './live-run';
import { ResultsView } from './results-view';
import { ErrorPanel } from './error-panel';
import { RunTimeline } from './run-timeline';
import { ProgressBar } from './progress-bar';

/** The current run, shown the way its status needs. */
export function RunSection() {
  const { run: store } = usePanel();
  const run = store.run.value;
  if (!run) return <p class="muted" role="status">Loading the run…</p>;
  const final = FINAL_STATUSES.includes(run.status);
  const act = (a: Parameters<typeof store.act>[0]) => void store.act(a);
  return (
    <div class="run-section">
      <div class="run-head">
        <p class="run-goal">{run.goal}</p>
        <span class={`status status-${run.status}`} role="status">{statusLabel(run.status)}</span>
      </div>
      {store.error.value && <p class="field-error" role="alert">{store.error.value}</p>}
      {run.status === 'planning' && (
        <>
          <p class="muted">Making a plan…</p>
          <div class="row"><button type="button" onClick={() => act('run.cancel')}>Cancel run</button></div>
          <RunTimeline events={store.events.value} />
        </>
      )}
      {run.status === 'awaiting-approval' && <PlanPreview />}
      {!final && run.status !== 'planning' && run.status !== 'awaiting-approval' && <LiveRun />}
      {final && (
        <>
          {run.status === 'done' && <ProgressBar progress={store.progress.value} />}
          <ErrorPanel run={run} busy={store.busy.value} onAction={act} />
          <ResultsView run={run} />
          <details class="past-timeline" open={run.status !== 'done'}>
            <summary>Timeline</summary>
            <RunTimeline events={store.events.value} steps={run.plan?.steps} />
          </details>
          <div class="row end"><button type="button" class="primary" onClick={() => store.clear()}>New errand</button></div>
        </>
      )}
    </div>
  );
}
