/** Id of the "Automate this page" context-menu item. */
export const AUTOMATE_MENU_ID = 'errand-automate-page';

/** The slices of the APIs the context menu needs (sidePanel is Chrome-only; sidebarAction Firefox-only). */
export interface ContextMenuApis {
  contextMenus: {
    create(props: { id: string; title: string; contexts: string[] }): unknown;
    removeAll(): Promise<void>;
    onClicked: { addListener(fn: (info: { menuItemId: string | number }, tab?: { id?: number; windowId?: number }) => void): void };
  };
  sidePanel?: {
    setOptions(o: { tabId?: number; path?: string; enabled?: boolean }): Promise<void>;
    open(o: { tabId?: number; windowId?: number }): Promise<void>;
  };
  sidebarAction?: { open(): Promise<void>; setPanel(o: { panel: string; tabId?: number }): Promise<void> };
}

/**
 * Adds "Automate this page": it opens the panel bound to the clicked tab. Opening must happen
 * synchronously inside the click (a user gesture), so no awaits come before `open`.
 */
export function installContextMenu(apis: ContextMenuApis): void {
  void apis.contextMenus.removeAll().then(() =>
    apis.contextMenus.create({ id: AUTOMATE_MENU_ID, title: 'Automate this page', contexts: ['page', 'selection', 'link'] }),
  );
  apis.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== AUTOMATE_MENU_ID || tab?.id === undefined) return;
    const path = `sidepanel.html?tabId=${tab.id}`;
    if (apis.sidePanel) {
      void apis.sidePanel.setOptions({ tabId: tab.id, path, enabled: true });
      void apis.sidePanel.open({ tabId: tab.id }).catch(() => {});
    } else if (apis.sidebarAction) {
      void apis.sidebarAction.setPanel({ panel: `/${path}`, tabId: tab.id });
      void apis.sidebarAction.open().catch(() => {});
    }
  });
}
