import { usePanel } from './panel-context';
import { ProgressBar } from './progress-bar';
import { RunControls } from './run-controls';
import { AskUserPrompt } from './ask-user-prompt';
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
  return (
    <section class="live" aria-label="Run in progress">
      <ProgressBar progress={store.progress.value} />
      {prompt && <AskUserPrompt prompt={prompt} busy={busy} onAnswer={(v) => void store.answer(v)} />}
      <RunControls status={run.status} busy={busy} onAction={act} />
      <ErrorPanel run={run} busy={busy} onAction={act} />
      <RunTimeline events={store.events.value} steps={run.plan?.steps} />
    </section>
  );
}
