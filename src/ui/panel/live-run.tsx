import { usePanel } from './panel-context';
import { ProgressBar } from './progress-bar';
import { RunControls } from './run-controls';
import { AskUserPrompt } from './ask-user-prompt';
import { RunOriginPrompt } from './run-origin-prompt';
import { ErrorPanel } from './error-panel';
import { RunTimeline } from './run-timeline';

/** A run in progress: progress bar, controls, questions, problems and the live timeline. */
export function LiveRun() {
  const { run: store } = usePanel();
  const run = store.run.value;
  if (!run) return null;
  const prompt = store.prompt.value;
  const busy = store.busy.value;
  const act = (a: Parameters<typeof store.act>[0]) => void store.act(a);
  // A new site is a question with its own answers; its PolicyDenied error would only repeat it.
  const origin = run.status === 'paused' && run.pending?.kind === 'origin' ? run.pending.origin : undefined;
  return (
    <section class="live" aria-label="Run in progress">
      <ProgressBar progress={store.progress.value} />
      {prompt && <AskUserPrompt prompt={prompt} busy={busy} onAnswer={(v) => void store.answer(v)} onSkip={() => act('run.skip')} />}
      {origin && <RunOriginPrompt key={`${run.pending?.stepId}|${origin}`} origin={origin} busy={busy} onAllow={() => void store.answer(true)} />}
      <RunControls status={run.status} busy={busy} onAction={act} canResume={!origin} />
      {!origin && <ErrorPanel run={run} busy={busy} onAction={act} />}
      <RunTimeline events={store.events.value} steps={run.plan?.steps} />
    </section>
  );
}
