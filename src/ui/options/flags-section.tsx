import type { Flags } from '../../browser/settings';
import type { SettingsStore } from '../state/settings-store';

const FLAGS: Array<{ key: keyof Flags; label: string; hint: string }> = [
  { key: 'aiPlanning', label: 'AI planning', hint: 'Ask the AI provider for a plan when no template or cached plan fits.' },
  { key: 'advancedRetry', label: 'Advanced retry', hint: 'Back off, switch locators and recover from failures before giving up.' },
  { key: 'progressEvents', label: 'Progress events', hint: 'Show live progress and the timeline while a run works.' },
  { key: 'templates', label: 'Templates', hint: 'Use saved templates for goals they fit (no model call).' },
  { key: 'chromeBuiltin', label: "Chrome's built-in model", hint: 'Plan with the browser\'s own model (Prompt API) when Chrome has it ready; used after your providers. Ignored where the browser has none.' },
  { key: 'offlineFirst', label: 'Offline first', hint: 'Use a confident offline plan before asking a model (fewer model calls).' },
];

/** Feature switches. */
export function FlagsSection({ store }: { store: SettingsStore }) {
  const flags = store.settings.value?.flags;
  if (!flags) return null;
  return (
    <section aria-labelledby="flags-heading">
      <h2 id="flags-heading">Features</h2>
      {FLAGS.map((f) => (
        <div key={f.key}>
          <label class="check">
            <input type="checkbox" checked={flags[f.key] ?? false} aria-describedby={`flag-${f.key}`}
              onChange={(e) => { const on = e.currentTarget.checked; void store.update((s) => ({ ...s, flags: { ...s.flags, [f.key]: on } })); }} />
            {f.label}
          </label>
          <span id={`flag-${f.key}`} class="hint">{f.hint}</span>
        </div>
      ))}
    </section>
  );
}
