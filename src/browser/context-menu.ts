/** Id of the "Automate this page" context-menu item. */
export const AUTOMATE_MENU_ID = 'errand-automate-page';

/** The slices of the APIs the context menu needs (sidePanel is Chrome-only; sidebarAction Firefox-only). */
export interface ContextMenuApis {
  runtime: { onInstalled: { addListener(fn: () => void): void } };
  contextMenus: {
    create(props: { id: string; title: string; contexts: string[] }): unknown;
    removeAll(): Promise<void>;
    onClicked: { addListener(fn: (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number; windowId?: number }) => void): void };
  };
  sidePanel?: {
    setOptions(o: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
    open(o: { tabId?: number; windowId?: number }): Promise<void>;
  };
  sidebarAction?: { open(): Promise<void>; setPanel(o: { panel: string; tabId?: number }): Promise<void> };
}

/** Longest selection passed to the panel (it travels in the panel's URL). */
export const MAX_SELECTION = 500;

/** The panel page for a tab: bound to it, with the text selected there (if any) as context. */
export function panelPath(tabId: number, selection?: string): string {
  const text = selection?.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
  return `sidepanel.html?tabId=${tabId}${text ? `&selection=${encodeURIComponent(text)}` : ''}`;
}

/**
 * Adds "Automate this page" (call it synchronously at every worker start): it opens the panel bound to the clicked tab, with the selected text
 * when the menu was opened on a selection. Opening must happen synchronously inside the click (a
 * user gesture), so no awaits come before `open`.
 */
export function installContextMenu(apis: ContextMenuApis): void {
  // The menu item persists across worker restarts, so it is created on install/update only; the
  // click listener does not persist and is registered at every worker start (call this at top level).
  apis.runtime.onInstalled.addListener(() => {
    void apis.contextMenus.removeAll().then(() =>
      apis.contextMenus.create({ id: AUTOMATE_MENU_ID, title: 'Automate this page', contexts: ['page', 'selection', 'link'] }),
    );
  });
  apis.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== AUTOMATE_MENU_ID || tab?.id === undefined) return;
    const path = panelPath(tab.id, info.selectionText);
    if (apis.sidePanel) {
      void apis.sidePanel.setOptions({ tabId: tab.id, path, enabled: true });
      void apis.sidePanel.open({ tabId: tab.id }).catch(() => {});
    } else if (apis.sidebarAction) {
      void apis.sidebarAction.setPanel({ panel: `/${path}`, tabId: tab.id });
      void apis.sidebarAction.open().catch(() => {});
    }
  });
}
