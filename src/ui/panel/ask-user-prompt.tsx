import { useSignal } from '@preact/signals';
import type { UserPrompt } from '../state/run-derived';

interface Props {
  prompt: UserPrompt;
  busy: boolean;
  onAnswer(value: string | boolean): void;
  /** Skip only the step the confirmation is about; the run goes on (Cancel run stops it all). */
  onSkip(): void;
}

/** A question the run asks mid-way: confirm a (high-risk) step or skip it, or type a value. */
export function AskUserPrompt({ prompt, busy, onAnswer, onSkip }: Props) {
  const value = useSignal('');
  if (prompt.mode === 'confirm') {
    return (
      <section class="ask" role="group" aria-labelledby="ask-message" aria-describedby="ask-hint">
        <p id="ask-message">{prompt.message}</p>
        <p id="ask-hint" class="hint">Skip this step and the run goes on without it. Cancel run stops everything.</p>
        <div class="row end">
          <button type="button" disabled={busy} onClick={onSkip}>Skip this step</button>
          <button type="button" class="primary" disabled={busy} onClick={() => onAnswer(true)}>Confirm</button>
        </div>
      </section>
    );
  }
  return (
    <form class="ask" aria-labelledby="ask-message" onSubmit={(e) => { e.preventDefault(); onAnswer(value.value); }}>
      <p id="ask-message">{prompt.message}</p>
      <label for="ask-input">{prompt.field || 'Your answer'}</label>
      <input id="ask-input" value={value.value} onInput={(e) => { value.value = e.currentTarget.value; }} />
      <div class="row end">
        <button type="submit" class="primary" disabled={busy}>Send answer</button>
      </div>
    </form>
  );
}
