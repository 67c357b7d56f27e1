import { useSignal } from '@preact/signals';
import { usePanel } from './panel-context';
import { templateFits } from '../state/templates-store';
import { TemplateForm } from './template-form';
import type { TemplateSummary } from '../../messaging/protocol';
import type { ParamValue } from '../../core/plan';

/** Saved templates as buttons (those made for the page's site first); one click opens the params form. */
export function TemplateButtons({ disabled }: { disabled?: boolean }) {
  const { templates, target, run } = usePanel();
  const open = useSignal<string | null>(null);
  const t = target.target.value;
  // Made for this site, then fits any page, then made for other sites.
  const rank = (x: TemplateSummary) => (templateFits(x, t?.url) ? (x.sites?.length ? 2 : 1) : 0);
  const list = [...templates.templates.value].sort((a, b) => rank(b) - rank(a));
  if (!list.length) return null;
  const chosen = list.find((x) => x.name === open.value);

  function start(tpl: TemplateSummary, params: Record<string, ParamValue>) {
    if (t?.tabId == null) return;
    open.value = null;
    void run.startTemplate({ name: tpl.name, version: tpl.version, params, tabId: t.tabId });
  }
  function choose(tpl: TemplateSummary) {
    if (tpl.params.length === 0) start(tpl, {});
    else open.value = open.value === tpl.name ? null : tpl.name;
  }

  return (
    <section class="templates" aria-labelledby="templates-heading">
      <h2 id="templates-heading">Templates</h2>
      <div class="chips">
        {list.map((tpl) => (
          <button key={tpl.name} type="button" class="chip" title={tpl.description} disabled={disabled || t?.tabId == null}
            aria-expanded={tpl.params.length ? open.value === tpl.name : undefined} onClick={() => choose(tpl)}>
            {tpl.title}
          </button>
        ))}
      </div>
      {chosen && (
        <TemplateForm key={chosen.name} template={chosen} target={t} busy={run.busy.value}
          onRun={(params) => start(chosen, params)} onClose={() => { open.value = null; }} />
      )}
    </section>
  );
}
