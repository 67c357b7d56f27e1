import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BackgroundClient } from '../../messaging/client';
import { createRunStore, type RunStore } from '../state/run-store';
import { createTargetStore, type TargetStore } from '../state/target-store';
import { createHistoryStore, type HistoryStore } from '../state/history-store';
import { createTemplatesStore, type TemplatesStore } from '../state/templates-store';

/** The side panel's stores. */
export interface PanelStores {
  target: TargetStore;
  run: RunStore;
  history: HistoryStore;
  templates: TemplatesStore;
}

/** Builds every panel store around one client. */
export function createPanelStores(client: BackgroundClient): PanelStores {
  return {
    target: createTargetStore(client),
    run: createRunStore(client),
    history: createHistoryStore(client),
    templates: createTemplatesStore(client),
  };
}

/** Provides the panel stores to components. */
export const PanelContext = createContext<PanelStores | null>(null);

/** The panel stores; throws outside a PanelContext provider. */
export function usePanel(): PanelStores {
  const stores = useContext(PanelContext);
  if (!stores) throw new Error('Panel component rendered without a PanelContext provider');
  return stores;
}
