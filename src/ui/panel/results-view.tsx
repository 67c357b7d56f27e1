import type { RunRecord } from '../../core/run';
import { bestOf, recordsOf } from '../export/records';
import { formatCell, hostOf } from '../format';
import { ResultsTable } from './results-table';
import { ExportButtons } from './export-buttons';

/** A run's extracted records: best offer, table and export. Nothing when there are none. */
export function ResultsView({ run }: { run: RunRecord }) {
  const records = recordsOf(run.result);
  const best = bestOf(run.result);
  if (!records.length && !best) return null;
  const rows = records.length ? records : [best!];
  const { note, bestByCurrency } = (run.result ?? {}) as { note?: unknown; bestByCurrency?: Record<string, { name?: unknown; price?: unknown }> };
  const others = bestByCurrency && typeof bestByCurrency === 'object' ? Object.entries(bestByCurrency).filter(([code]) => code !== best?.currency) : [];
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">Results ({rows.length})</h2>
      {best && (
        <p class="best-offer">
          <strong>Best offer:</strong> {formatCell(best.name ?? best.title ?? '')}
          {best.price !== undefined && <> · {formatCell(best.price)}{best.currency ? ` ${best.currency}` : ''}</>}
          {typeof (best.source ?? best.url) === 'string' && <> · {hostOf(String(best.source ?? best.url))}</>}
        </p>
      )}
      {typeof note === 'string' && (
        <p class="hint" role="note">
          {note}
          {others.map(([code, r]) => <span key={code}> Best in {code}: {formatCell(r.name ?? '')} · {formatCell(r.price ?? '')} {code}.</span>)}
        </p>
      )}
      <ResultsTable records={rows} best={best} />
      <ExportButtons goal={run.goal} runId={run.id} records={rows} best={best} />
    </section>
  );
}
