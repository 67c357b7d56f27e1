import { useSignal } from '@preact/signals';
import type { TemplateSummary, TemplateParamInfo } from '../../messaging/protocol';
import type { PanelTarget } from '../state/target-store';
import type { ParamValue } from '../../core/plan';
import { initialParamText, isListParam, parseParams } from './template-params';

interface Props {
  template: TemplateSummary;
  target: PanelTarget | null;
  busy: boolean;
  onRun(params: Record<string, ParamValue>): void;
  onClose(): void;
}

function ParamField({ p, text, onText }: { p: TemplateParamInfo; text: string; onText(v: string): void }) {
  const id = `tp-${p.name}`;
  const label = `${p.label || p.name}${p.required ? ' (required)' : ''}`;
  if (p.type === 'boolean') {
    return (
      <label class="check">
        <input type="checkbox" checked={text === 'true'} onChange={(e) => onText(String(e.currentTarget.checked))} /> {label}
      </label>
    );
  }
  return (
    <>
      <label for={id}>{label}</label>
      {p.options ? (
        <select id={id} value={text} aria-required={p.required} onChange={(e) => onText(e.currentTarget.value)}>
          {!p.required && <option value="">—</option>}
          {p.options.map((o) => <option key={String(o)} value={String(o)}>{String(o)}</option>)}
        </select>
      ) : isListParam(p) ? (
        <textarea id={id} rows={3} value={text} aria-describedby={`${id}-hint`} onInput={(e) => onText(e.currentTarget.value)} />
      ) : p.type === 'number' ? (
        <input id={id} type="number" value={text} min={p.min} max={p.max} aria-required={p.required} onInput={(e) => onText(e.currentTarget.value)} />
      ) : (
        <input id={id} type="text" inputMode={p.type === 'url' ? 'url' : undefined} value={text} aria-required={p.required} onInput={(e) => onText(e.currentTarget.value)} />
      )}
      {(isListParam(p) || p.description) && <span id={`${id}-hint`} class="hint">{p.description ?? ''}{isListParam(p) ? ' One per line.' : ''}</span>}
    </>
  );
}

/** The params form of a saved template; runs it with no model call. */
export function TemplateForm({ template, target, busy, onRun, onClose }: Props) {
  const texts = useSignal<Record<string, string>>(Object.fromEntries(template.params.map((p) => [p.name, initialParamText(p, target)])));
  const problem = useSignal<string | null>(null);

  function submit(e: Event) {
    e.preventDefault();
    const r = parseParams(template.params, texts.value);
    if ('problem' in r) { problem.value = r.problem; return; }
    problem.value = null;
    onRun(r.values);
  }

  return (
    <form class="template-form card" aria-label={`Run template ${template.title}`} onSubmit={submit}>
      <h3>{template.title}</h3>
      {template.description && <p class="hint">{template.description}</p>}
      {template.params.map((p) => (
        <ParamField key={p.name} p={p} text={texts.value[p.name] ?? ''} onText={(v) => { texts.value = { ...texts.value, [p.name]: v }; }} />
      ))}
      {problem.value && <p class="field-error" role="alert">{problem.value}</p>}
      <div class="row end">
        <button type="button" onClick={onClose}>Close</button>
        <button type="submit" class="primary" disabled={busy}>Run template</button>
      </div>
    </form>
  );
}
