import type { ComponentChildren } from 'preact';

/** The panel's views. */
export type PanelView = 'run' | 'history';
const VIEWS: Array<{ id: PanelView; label: string }> = [{ id: 'run', label: 'Run' }, { id: 'history', label: 'History' }];

interface Props {
  view: PanelView;
  onChange(view: PanelView): void;
  children: ComponentChildren;
}

/** Tabs (ARIA tabs pattern: arrow keys move between tabs) and the selected tab's panel. */
export function ViewTabs({ view, onChange, children }: Props) {
  function onKeyDown(e: KeyboardEvent) {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    const i = VIEWS.findIndex((v) => v.id === view);
    const next = VIEWS[(i + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length];
    onChange(next.id);
    (e.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>(`#tab-${next.id}`)?.focus();
  }
  return (
    <>
      <div role="tablist" aria-label="Errand views" class="tabs">
        {VIEWS.map((v) => (
          <button key={v.id} id={`tab-${v.id}`} type="button" role="tab" aria-selected={view === v.id} aria-controls={`view-${v.id}`}
            tabIndex={view === v.id ? 0 : -1} onClick={() => onChange(v.id)} onKeyDown={onKeyDown}>
            {v.label}
          </button>
        ))}
      </div>
      <div id={`view-${view}`} role="tabpanel" aria-labelledby={`tab-${view}`} class="view">
        {children}
      </div>
    </>
  );
}
