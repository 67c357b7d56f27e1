import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { GoalSuggestions, type GoalSuggestion } from './goal-suggestions';

interface Props {
  suggestions: GoalSuggestion[];
  /** Why the goal cannot run now (restricted page, no tab); null when it can. */
  blockedReason?: string | null;
  busy?: boolean;
  /** Text the person selected on the page before opening the panel, offered as part of the goal. */
  selection?: string | null;
  onRun(goal: string): void;
}

const MAX_SHOWN = 6;

/** Filters suggestions by the words typed so far. */
export function matchSuggestions(all: GoalSuggestion[], text: string): GoalSuggestion[] {
  const q = text.trim().toLowerCase();
  return all.filter((s) => !q || (s.text.toLowerCase().includes(q) && s.text.toLowerCase() !== q)).slice(0, MAX_SHOWN);
}

/** The goal textarea: Enter runs, Shift+Enter adds a line, arrows walk the suggestions. */
export function GoalBox({ suggestions, blockedReason, busy, selection, onRun }: Props) {
  const goal = useSignal('');
  const focused = useSignal(false);
  const dismissed = useSignal(false);
  const active = useSignal(-1);
  const problem = useSignal<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  const shown = matchSuggestions(suggestions, goal.value);
  const open = focused.value && !dismissed.value && shown.length > 0;

  function submit() {
    const text = goal.value.trim();
    if (!text) {
      problem.value = 'Type a goal first.';
      area.current?.focus();
      return;
    }
    if (blockedReason || busy) return;
    problem.value = null;
    onRun(text);
  }
  function pick(item: GoalSuggestion) {
    goal.value = item.text;
    dismissed.value = true;
    active.value = -1;
    area.current?.focus();
  }
  function addSelection() {
    const quoted = `"${selection ?? ''}"`;
    goal.value = goal.value.trim() ? `${goal.value.trimEnd()} ${quoted}` : quoted;
    problem.value = null;
    area.current?.focus();
  }
  function onKeyDown(e: KeyboardEvent) {
    if (e.isComposing) return;
    if (open && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // Positions -1 (no option) … n-1, wrapping both ways.
      const n = shown.length + 1;
      active.value = ((active.value + 1 + step + n) % n) - 1;
      return;
    }
    if (e.key === 'Escape' && open) { e.preventDefault(); dismissed.value = true; active.value = -1; return; }
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      if (open && active.value >= 0) pick(shown[active.value]);
      else submit();
    }
  }

  return (
    <form class="goal-box" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <label for="goal">Goal</label>
      <textarea
        id="goal"
        ref={area}
        rows={3}
        value={goal.value}
        placeholder="e.g. Find the cheapest USB-C cable under 10 €"
        aria-autocomplete="list"
        aria-controls={open ? 'goal-suggestions' : undefined}
        aria-activedescendant={open && active.value >= 0 ? `goal-suggestions-${active.value}` : undefined}
        aria-describedby={problem.value ? 'goal-problem' : blockedReason ? 'goal-blocked' : undefined}
        aria-invalid={problem.value ? true : undefined}
        onInput={(e) => { goal.value = e.currentTarget.value; dismissed.value = false; active.value = -1; problem.value = null; }}
        onKeyDown={onKeyDown}
        onFocus={() => { focused.value = true; }}
        onBlur={() => { focused.value = false; active.value = -1; }}
      />
      {open && <GoalSuggestions id="goal-suggestions" items={shown} activeIndex={active.value} onPick={pick} />}
      {selection && (
        <div class="row selection-context">
          <p class="hint">Selected on the page: <q>{selection}</q></p>
          <button type="button" onClick={addSelection}>Add to goal</button>
        </div>
      )}
      {problem.value && <p id="goal-problem" class="field-error" role="alert">{problem.value}</p>}
      {blockedReason && <p id="goal-blocked" class="hint">{blockedReason}</p>}
      <div class="row end">
        <span class="hint">Enter runs · Shift+Enter new line</span>
        <button type="submit" class="primary" disabled={Boolean(blockedReason) || busy}>Run</button>
      </div>
    </form>
  );
}
