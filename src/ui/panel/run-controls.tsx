import type { RunStatus } from '../../core/run';
import type { RunAction } from '../state/run-store';

interface Props {
  status: RunStatus;
  busy: boolean;
  onAction(action: RunAction): void;
  /** False while the run waits for an answer that Resume cannot give (a new site to allow). */
  canResume?: boolean;
}

/** Pause / Resume / Cancel for a run in progress. */
export function RunControls({ status, busy, onAction, canResume: resumable = true }: Props) {
  const canPause = status === 'running';
  const canResume = resumable && (status === 'paused' || status === 'interrupted');
  return (
    <div class="row controls">
      {canPause && <button type="button" disabled={busy} onClick={() => onAction('run.pause')}>Pause</button>}
      {canResume && <button type="button" class="primary" disabled={busy} onClick={() => onAction('run.resume')}>Resume</button>}
      <button type="button" disabled={busy} onClick={() => onAction('run.cancel')}>Cancel run</button>
    </div>
  );
}
