import { useSignal } from '@preact/signals';
import { useEnv } from '../env';
import { toCsv } from '../export/csv';
import { toTsv } from '../export/tsv';
import { exportFileName, toResultsJson } from '../export/json';
import type { DataRecord } from '../export/records';

interface Props {
  goal: string;
  runId: string;
  records: DataRecord[];
  best?: DataRecord | null;
}

/** Copy (TSV), Export CSV and Export JSON of a run's records. */
export function ExportButtons({ goal, runId, records, best }: Props) {
  const env = useEnv();
  const status = useSignal('');

  async function copy() {
    try {
      await env.clipboard.writeText(toTsv(records));
      status.value = `Copied ${records.length} row${records.length === 1 ? '' : 's'}.`;
    } catch {
      status.value = 'The browser did not allow copying. Use Export CSV instead.';
    }
  }
  function save(kind: 'csv' | 'json') {
    const text = kind === 'csv' ? toCsv(records) : toResultsJson({ goal, runId, records, best });
    const type = kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
    const name = exportFileName(goal, kind);
    env.download(name, new Blob([text], { type }));
    status.value = `Saved ${name}.`;
  }

  return (
    <div class="row export">
      <button type="button" onClick={() => void copy()}>Copy</button>
      <button type="button" onClick={() => save('csv')}>Export CSV</button>
      <button type="button" onClick={() => save('json')}>Export JSON</button>
      <span class="hint" role="status">{status.value}</span>
    </div>
  );
}
