import { useSignal } from '@preact/signals';
import { columnsOf, sameRecord, type DataRecord } from '../export/records';
import { formatCell, hostOf } from '../format';
import { sortRecords, type SortDir } from './sort-records';

interface Props {
  records: DataRecord[];
  best?: DataRecord | null;
}

function Cell({ column, value }: { column: string; value: DataRecord[string] }) {
  if (typeof value === 'string' && /^https?:\/\//.test(value) && (column === 'url' || column === 'source')) {
    return <a href={value} target="_blank" rel="noopener noreferrer">{hostOf(value)}</a>;
  }
  return <>{formatCell(value)}</>;
}

/** Extracted records as a table; column headers sort (aria-sort), the best offer is marked. */
export function ResultsTable({ records, best }: Props) {
  const sort = useSignal<{ column: string; dir: SortDir } | null>(null);
  const columns = columnsOf(records);
  const rows = sort.value ? sortRecords(records, sort.value.column, sort.value.dir) : records;

  function toggle(column: string) {
    const cur = sort.value;
    sort.value = { column, dir: cur?.column === column && cur.dir === 'ascending' ? 'descending' : 'ascending' };
  }

  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Results table, scrolls sideways">
      <table aria-label="Results">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" aria-sort={sort.value?.column === c ? sort.value.dir : 'none'}>
                <button type="button" class="sort" onClick={() => toggle(c)}>
                  {c}<span aria-hidden="true">{sort.value?.column === c ? (sort.value.dir === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const isBest = Boolean(best && sameRecord(r, best));
            return (
              <tr key={i} class={isBest ? 'best' : undefined} aria-label={isBest ? 'Best offer' : undefined}>
                {columns.map((c, j) => (
                  <td key={c} class={typeof r[c] === 'number' ? 'num' : undefined}>
                    {isBest && j === 0 && <span class="badge ok">Best</span>} <Cell column={c} value={r[c]} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
