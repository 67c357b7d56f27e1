import { useSignal } from '@preact/signals';
import { useEnv } from '../env';

interface Props {
  /** The origin the run wants to open, e.g. `https://shop.example`. */
  origin: string;
  busy: boolean;
  /** Lets the run go there (run.answer true → approveOrigin) once the browser granted access. */
  onAllow(): void;
}

/**
 * The run paused before opening a site its plan was not approved for. "Allow" asks the browser for
 * access (from the click) and lets the run go on; "Don't allow" leaves the run paused on that
 * step — skipping a page the later steps expect would be more surprising — until the person
 * allows the site after all or cancels the run.
 */
export function RunOriginPrompt({ origin, busy, onAllow }: Props) {
  const env = useEnv();
  const note = useSignal<string | null>(null);
  const declined = useSignal(false);

  function allow() {
    // permissions.request needs the user gesture: call it straight from the click.
    env.permissions.request({ origins: [`${origin}/*`] }).then((granted) => {
      if (!granted) { note.value = `Access to ${origin} was not granted, so Errand cannot open it. The run stays paused.`; return; }
      note.value = null;
      onAllow();
    }, () => { note.value = 'The browser refused the permission request.'; });
  }
  function decline() {
    declined.value = true;
    note.value = `Errand will not open ${origin}. The run stays paused on this step: allow the site if you change your mind, or cancel the run.`;
  }

  return (
    <section class="ask" role="group" aria-labelledby="origin-message">
      <p id="origin-message">The plan wants to open <strong>{origin}</strong>, a site it was not approved for. Allow it?</p>
      <div class="row end">
        {!declined.value && <button type="button" disabled={busy} onClick={decline}>Don't allow</button>}
        <button type="button" class="primary" disabled={busy} onClick={allow}>Allow {origin}</button>
      </div>
      {note.value && <p class="hint" role="status">{note.value}</p>}
    </section>
  );
}
