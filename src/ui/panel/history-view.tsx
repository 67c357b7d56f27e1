import { useEffect } from 'preact/hooks';
import { usePanel } from './panel-context';
import { HistoryFilters } from './history-filters';
import { HistoryRow } from './history-row';
import { RunDetailView } from './run-detail-view';

/** The History tab: past runs, filters, and one run opened. `onShowRun` switches to the Run tab. */
export function HistoryView({ onShowRun }: { onShowRun(runId: string): void }) {
  const { history, target } = usePanel();
  useEffect(() => { void history.load(); }, []);

  async function replay(runId: string) {
    // The tab the panel works on now: the original run's tab may be closed or elsewhere.
    const id = await history.replay(runId, target.target.value?.tabId ?? undefined);
    if (id) onShowRun(id);
  }
  const detail = history.detail.value;
  if (detail) {
    return (
      <RunDetailView detail={detail} onReplay={() => void replay(detail.run.id)} onDelete={() => void history.remove(detail.run.id)}
        key={detail.run.id} />
    );
  }
  const runs = history.filtered.value;
  return (
    <section class="history" aria-labelledby="history-heading">
      <h2 id="history-heading" class="visually-hidden">History</h2>
      <HistoryFilters />
      {history.error.value && <p class="field-error" role="alert">{history.error.value}</p>}
      {runs.length === 0 ? <p class="muted">{history.runs.value.length ? 'No runs match these filters.' : 'No runs yet.'}</p> : (
        <ul class="history-list" aria-label="Past runs">
          {runs.map((r) => (
            <HistoryRow key={r.id} run={r} onOpen={() => void history.open(r.id)} onReplay={() => void replay(r.id)}
              onDelete={() => void history.remove(r.id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
