import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { FINAL_STATUSES } from '../../core/run';
import { EnvContext, type UiEnv } from '../env';
import { createPanelStores, PanelContext, type PanelStores } from './panel-context';
import { TargetHeader } from './target-header';
import { ViewTabs, type PanelView } from './view-tabs';
import { RunView } from './run-view';
import { HistoryView } from './history-view';

/**
 * Loads the target tab, templates and history, then re-attaches to a run still going on in that
 * tab: a panel closed and reopened mid-run picks up where it was.
 */
export async function startPanel(stores: PanelStores, search: string): Promise<void> {
  await Promise.all([stores.target.load(search), stores.templates.load(), stores.history.load()]);
  const tabId = stores.target.target.value?.tabId;
  const active = stores.history.runs.value.find((r) => r.tabId === tabId && !FINAL_STATUSES.includes(r.status));
  if (tabId != null && active && !stores.run.runId.value) await stores.run.attach(active.id);
}

/**
 * The side panel. `search` is the panel URL's query (`?tabId=N&selection=…` binds it to a tab);
 * without a tab id it follows the active tab of its window.
 */
export function PanelApp({ env, search }: { env: UiEnv; search: string }) {
  const stores = useMemo(() => createPanelStores(env.client), [env]);
  const view = useSignal<PanelView>('run');
  useEffect(() => { void startPanel(stores, search); }, [stores]);
  useEffect(() => {
    if (!env.tabs) return undefined;
    const stop = new AbortController();
    stores.target.watch(env.tabs, stop.signal);
    return () => stop.abort();
  }, [stores, env]);

  return (
    <EnvContext.Provider value={env}>
      <PanelContext.Provider value={stores}>
        <div class="app panel">
          <TargetHeader />
          <main>
            <h1 class="visually-hidden">Errand</h1>
            <ViewTabs view={view.value} onChange={(v) => { view.value = v; }}>
              {view.value === 'run'
                ? <RunView />
                : <HistoryView onShowRun={(id) => { view.value = 'run'; void stores.run.attach(id); }} />}
            </ViewTabs>
          </main>
        </div>
      </PanelContext.Provider>
    </EnvContext.Provider>
  );
}
