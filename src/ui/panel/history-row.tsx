import type { RunRecord } from '../../core/run';
import { formatDateTime, statusLabel } from '../format';
import { runSite } from '../state/history-store';

interface Props {
  run: RunRecord;
  onOpen(): void;
  onReplay(): void;
  onDelete(): void;
}

/** One past run: goal, site, status, when; Open, Replay, Delete. */
export function HistoryRow({ run, onOpen, onReplay, onDelete }: Props) {
  const goalId = `hist-goal-${run.id}`;
  return (
    <li class="history-row">
      <p id={goalId} class="run-goal">{run.goal}</p>
      <p class="hint">
        <span class={`status status-${run.status}`}>{statusLabel(run.status)}</span> · {runSite(run) || 'no site'} · {formatDateTime(run.createdAt)}
      </p>
      <div class="row">
        <button type="button" class="small" aria-describedby={goalId} onClick={onOpen}>Open</button>
        <button type="button" class="small" aria-describedby={goalId} disabled={!run.plan} onClick={onReplay}>Replay</button>
        <button type="button" class="small" aria-describedby={goalId} onClick={onDelete}>Delete</button>
      </div>
    </li>
  );
}
