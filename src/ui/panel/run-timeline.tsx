import type { RunEvent } from '../../core/events';
import type { Step } from '../../core/plan';
import { formatTime } from '../format';
import { timelineText, toneOf } from './timeline-text';

/** The run's events as a live log (progress ticks are left to the progress bar). */
export function RunTimeline({ events, steps, label = 'Run timeline' }: { events: RunEvent[]; steps?: Step[]; label?: string }) {
  const shown = events.filter((e) => e.type !== 'progress');
  return (
    <div class="timeline" role="log" aria-live="polite" aria-label={label}>
      {shown.length === 0 ? <p class="muted">Nothing yet.</p> : (
        <ol>
          {shown.map((e) => (
            <li key={e.seq} class={`tone-${toneOf(e)}`}>
              <time dateTime={new Date(e.at).toISOString()}>{formatTime(e.at)}</time> <span>{timelineText(e, steps)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
