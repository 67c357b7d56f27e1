import { RUN_STATUSES } from '../../core/run';
import { statusLabel } from '../format';
import { usePanel } from './panel-context';

/** Status and site filters of the history list. */
export function HistoryFilters() {
  const { history } = usePanel();
  return (
    <div class="row filters">
      <label for="history-status">Status</label>
      <select id="history-status" value={history.statusFilter.value} onChange={(e) => { history.statusFilter.value = e.currentTarget.value; }}>
        <option value="">Any</option>
        {RUN_STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
      </select>
      <label for="history-site">Site</label>
      <select id="history-site" value={history.siteFilter.value} onChange={(e) => { history.siteFilter.value = e.currentTarget.value; }}>
        <option value="">Any</option>
        {history.sites.value.map((s) => <option key={s} value={s}>{s}</option>)}
      </select>
    </div>
  );
}
