import type { RunStatus } from '../../core/run';
import type { RunAction } from '../state/run-store';

interface Props {
  status: RunStatus;
  busy: boolean;
  onAction(action: RunAction): void;
}

/** Pause / Resume / Cancel for a run in progress. */
export function RunControls({ status, busy, onAction }: Props) {
  const canPause = status === 'running';
  const canResume = status === 'paused' || status === 'interrupted';
  return (
    <div class="row controls">
      {canPause && <button type="button" disabled={busy} onClick={() => onAction('run.pause')}>Pause</button>}
      {canResume && <button type="button" class="primary" disabled={busy} onClick={() => onAction('run.resume')}>Resume</button>}
      <button type="button" disabled={busy} onClick={() => onAction('run.cancel')}>Cancel run</button>
    </div>
  );
}
