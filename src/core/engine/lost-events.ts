import type { RunEvent } from '../events';
import { emit, type Runtime, type Session } from './runtime';

/**
 * A step's result is written before its `step.completed` event, so a crash between the two leaves
 * a finished step with no event. On resume, this announces such steps (data.recovered = true) so
 * the timeline keeps one completion per finished step. Steps copied from another run (a branch)
 * finished before this run existed and are left alone.
 */
export async function emitLostCompletions(rt: Runtime, s: Session): Promise<number> {
  const events: RunEvent[] = await rt.deps.store.getEvents(s.run.id, 0);
  const announced = new Set(events.filter((e) => e.type === 'step.completed').map((e) => e.stepId));
  let count = 0;
  for (const [stepId, st] of Object.entries(s.run.steps)) {
    if (st.status !== 'done' && st.status !== 'skipped') continue;
    if (announced.has(stepId) || (st.finishedAt ?? 0) < s.run.createdAt) continue;
    const skipped = st.status === 'skipped';
    await emit(rt, s, { type: 'step.completed', stepId, message: skipped ? 'Skipped (recorded before the restart)' : 'Finished before the restart', data: { recovered: true, ...(skipped ? { skipped: true } : {}) } });
    count += 1;
  }
  return count;
}
