import { useSignal } from '@preact/signals';
import type { RunRecord } from '../../core/run';
import type { SerializedError } from '../../core/errors';
import { useEnv } from '../env';
import type { RunAction } from '../state/run-store';
import { explainError } from './explain-error';

interface Props {
  run: RunRecord;
  busy: boolean;
  onAction(action: RunAction): void;
}

/** Why the run stopped, in plain words, with buttons for the next thing to do. */
export function ErrorPanel({ run, busy, onAction }: Props) {
  const env = useEnv();
  const note = useSignal('');
  const picking = useSignal(false);
  if (!run.error) return null;
  const x = explainError(run.error as SerializedError, run.startUrl);
  const canRetry = run.status === 'failed' || run.status === 'interrupted';
  const canResume = run.status === 'paused' || run.status === 'interrupted';

  function grant(origin: string) {
    // Must be called synchronously from the click: permissions.request needs the user gesture.
    env.permissions.request({ origins: [`${origin}/*`] }).then((granted) => {
      if (!granted) { note.value = 'Access was not granted. Errand cannot act on that site without it.'; return; }
      note.value = 'Access granted.';
      onAction(canResume ? 'run.resume' : 'run.retry');
    }, () => { note.value = 'The browser refused the permission request.'; });
  }

  async function pick() {
    picking.value = true;
    note.value = 'Click the element in the page (Esc to cancel).';
    try {
      const r = await env.client.request('run.pick', { runId: run.id });
      note.value = r.picked ? 'Errand will use the element you picked.'
        : `${r.reason === 'timeout' ? 'No element was picked within a minute.' : 'Picking was cancelled.'} The run is still paused; nothing was lost.`;
    } catch (err) {
      note.value = `Could not pick an element: ${(err as Error).message}`;
    } finally {
      picking.value = false;
    }
  }

  return (
    <section class="error-panel" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">{x.title}</h2>
      <p class="error-message">{run.error.message}</p>
      <p><strong>What to do:</strong> {x.next}</p>
      {run.suggestions.length > 0 && <ul class="suggested">{run.suggestions.map((s) => <li key={s}>{s}</li>)}</ul>}
      <div class="row">
        {x.accessOrigin && <button type="button" class="primary" disabled={busy} onClick={() => grant(x.accessOrigin!)}>Grant site access</button>}
        {x.offerPick && run.status === 'paused' && <button type="button" class="primary" disabled={busy || picking.value} onClick={() => void pick()}>Pick the element on the page</button>}
        {canRetry && <button type="button" class={x.accessOrigin ? undefined : 'primary'} disabled={busy} onClick={() => onAction('run.retry')}>Retry</button>}
        {canResume && <button type="button" disabled={busy || picking.value} onClick={() => onAction('run.resume')}>Resume</button>}
        {x.offerOptions && <button type="button" onClick={() => env.openOptions()}>Open options</button>}
      </div>
      {note.value && <p class="hint" role="status">{note.value}</p>}
    </section>
  );
}
