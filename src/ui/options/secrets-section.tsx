import { useSignal } from '@preact/signals';
import type { SettingsStore } from '../state/settings-store';

const NAME = /^[\w-]+$/;

/** Named values (email, phone…) plans use as {{secret.name}}; filled in on the page only. */
export function SecretsSection({ store }: { store: SettingsStore }) {
  const name = useSignal('');
  const value = useSignal('');
  const problem = useSignal<string | null>(null);
  const secrets = store.settings.value?.secrets ?? {};
  const set = (next: Record<string, string>) => void store.update((s) => ({ ...s, secrets: next }));

  function add(e: Event) {
    e.preventDefault();
    const n = name.value.trim();
    if (!NAME.test(n)) { problem.value = 'Names use letters, digits, - and _ (like "email").'; return; }
    problem.value = null;
    set({ ...secrets, [n]: value.value });
    name.value = '';
    value.value = '';
  }

  return (
    <section aria-labelledby="secrets-heading">
      <h2 id="secrets-heading">Secrets</h2>
      <p class="hint">Plans refer to them as <code>{'{{secret.email}}'}</code>. Values stay in this browser and are typed into the page only; no AI provider sees them.</p>
      {Object.entries(secrets).map(([k, v]) => (
        <div key={k} class="secret-row">
          <div style={{ gridColumn: 'span 2' }}>
            <label for={`secret-${k}`}>{k}</label>
            <input id={`secret-${k}`} type="password" autoComplete="off" value={v}
              onChange={(e) => set({ ...secrets, [k]: e.currentTarget.value })} />
          </div>
          <button type="button" class="small" aria-label={`Remove secret ${k}`}
            onClick={() => { const { [k]: _gone, ...rest } = secrets; set(rest); }}>Remove</button>
        </div>
      ))}
      <form class="secret-row" onSubmit={add} aria-label="Add a secret">
        <div>
          <label for="secret-new-name">Secret name</label>
          <input id="secret-new-name" value={name.value} placeholder="email" onInput={(e) => { name.value = e.currentTarget.value; }} />
        </div>
        <div>
          <label for="secret-new-value">Secret value</label>
          <input id="secret-new-value" type="password" autoComplete="off" value={value.value} onInput={(e) => { value.value = e.currentTarget.value; }} />
        </div>
        <button type="submit">Add secret</button>
      </form>
      {problem.value && <p class="field-error" role="alert">{problem.value}</p>}
    </section>
  );
}
