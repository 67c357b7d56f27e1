import type { RunStatus } from '../core/run';
import type { PlanSource, StepKind } from '../core/plan';

/** Host name of a URL, or the URL itself when it does not parse. */
export function hostOf(url: string | null | undefined): string {
  if (!url) return '';
  try { return new URL(url).host || url; } catch { return url; }
}

/** "about 40 s left", "about 3 min left". */
export function formatEta(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1_500) return 'almost done';
  const s = Math.round(ms / 1000);
  return s < 90 ? `about ${s} s left` : `about ${Math.round(s / 60)} min left`;
}

/** Clock time of an event, 24 h with seconds. */
export function formatTime(at: number): string {
  const d = new Date(at);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** Date and time for history rows. */
export function formatDateTime(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${formatTime(at).slice(0, 5)}`;
}

const STATUS_LABELS: Record<RunStatus, string> = {
  planning: 'Planning', 'awaiting-approval': 'Waiting for your approval', running: 'Running', paused: 'Paused',
  'waiting-user': 'Waiting for you', done: 'Done', failed: 'Failed', cancelled: 'Cancelled', interrupted: 'Interrupted',
};
/** A run status in plain words. */
export function statusLabel(status: RunStatus): string {
  return STATUS_LABELS[status] ?? status;
}

const SOURCE_LABELS: Record<PlanSource, string> = {
  ai: 'AI planner', offline: 'Offline planner (no model)', template: 'Template (no model)', cache: 'Plan cache (no model)', user: 'Edited by you',
};
/** Who made a plan, in plain words. */
export function sourceLabel(source: PlanSource): string {
  return SOURCE_LABELS[source] ?? source;
}

const KIND_LABELS: Record<StepKind, string> = {
  navigate: 'Open page', click: 'Click', type: 'Type', select: 'Choose', check: 'Tick', press: 'Press key', hover: 'Hover',
  scroll: 'Scroll', wait: 'Wait', extract: 'Read data', paginate: 'Go through pages', forEach: 'Repeat for each',
  openTab: 'Open tab', switchTab: 'Switch tab', askUser: 'Ask you', useTemplate: 'Use template', compute: 'Work out',
};
/** A step kind in plain words. */
export function kindLabel(kind: StepKind): string {
  return KIND_LABELS[kind] ?? kind;
}

/** A record value for display. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return String(value);
}
