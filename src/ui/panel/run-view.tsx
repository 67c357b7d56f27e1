import { usePanel } from './panel-context';
import { GoalBox } from './goal-box';
import { templateSuggestions, type GoalSuggestion } from './goal-suggestions';
import { TemplateButtons } from './template-buttons';
import { RunSection } from './run-section';

/** Goal suggestions: examples of templates that fit the page, then recent goals. */
export function goalSuggestions(templates: ReturnType<typeof usePanel>['templates'], recent: string[], url: string | null | undefined): GoalSuggestion[] {
  const fromTemplates = templateSuggestions(templates.templates.value, url);
  const fromRecent = recent.map((text, i) => ({ id: `r:${i}`, text, kind: 'recent' as const }));
  const seen = new Set<string>();
  return [...fromTemplates, ...fromRecent].filter((s) => !seen.has(s.text.toLowerCase()) && seen.add(s.text.toLowerCase()));
}

/** The Run tab: templates and goal box, or the current run. */
export function RunView() {
  const { run, target, templates, history } = usePanel();
  if (run.runId.value) return <RunSection />;
  const t = target.target.value;
  // The header already says why a page is restricted; the goal box only says it cannot run here.
  const blocked = t?.restricted ? 'Switch to a web page to run a goal.'
    : t?.tabId == null ? 'Errand has no tab to act on. Click a web page tab: the panel follows it.' : null;
  return (
    <div class="run-view">
      <GoalBox suggestions={goalSuggestions(templates, history.recentGoals.value, t?.url)} blockedReason={blocked} busy={run.busy.value}
        selection={t?.selection} onRun={(goal) => { if (t?.tabId != null) void run.start(goal, t.tabId); }} />
      {run.error.value && <p class="field-error" role="alert">{run.error.value}</p>}
      <TemplateButtons disabled={Boolean(blocked)} />
    </div>
  );
}
