import type { Progress } from '../state/run-derived';
import { formatEta } from '../format';

/** Percent done and time left. */
export function ProgressBar({ progress }: { progress: Progress | null }) {
  const percent = progress?.percent ?? 0;
  const eta = formatEta(progress?.etaMs);
  const text = `${percent}%${eta ? ` · ${eta}` : ''}`;
  return (
    <div class="progress">
      <div class="progress-track" role="progressbar" aria-label="Run progress" aria-valuemin={0} aria-valuemax={100}
        aria-valuenow={percent} aria-valuetext={text}>
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span class="progress-text">{text}</span>
    </div>
  );
}
