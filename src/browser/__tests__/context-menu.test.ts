import { installContextMenu, AUTOMATE_MENU_ID } from '../context-menu';

function apis(withSidePanel: boolean) {
  const listeners: Array<(info: { menuItemId: string | number }, tab?: { id?: number }) => void> = [];
  return {
    listeners,
    contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => {}), onClicked: { addListener: (f: (typeof listeners)[0]) => listeners.push(f) } },
    sidePanel: withSidePanel ? { setOptions: vi.fn(async () => {}), open: vi.fn(async () => {}) } : undefined,
    sidebarAction: withSidePanel ? undefined : { open: vi.fn(async () => {}), setPanel: vi.fn(async () => {}) },
  };
}

describe('"Automate this page" context menu', () => {
  it('opens the side panel bound to the clicked tab (Chrome)', async () => {
    const a = apis(true);
    installContextMenu(a);
    await Promise.resolve();
    expect(a.contextMenus.create).toHaveBeenCalledWith(expect.objectContaining({ id: AUTOMATE_MENU_ID, title: 'Automate this page' }));
    a.listeners[0]({ menuItemId: AUTOMATE_MENU_ID }, { id: 42 });
    expect(a.sidePanel!.setOptions).toHaveBeenCalledWith({ tabId: 42, path: 'sidepanel.html?tabId=42', enabled: true });
    expect(a.sidePanel!.open).toHaveBeenCalledWith({ tabId: 42 });
  });

  it('opens the sidebar on Firefox and ignores other menu items', () => {
    const a = apis(false);
    installContextMenu(a);
    a.listeners[0]({ menuItemId: 'other' }, { id: 1 });
    expect(a.sidebarAction!.open).not.toHaveBeenCalled();
    a.listeners[0]({ menuItemId: AUTOMATE_MENU_ID }, { id: 7 });
    expect(a.sidebarAction!.setPanel).toHaveBeenCalledWith({ panel: '/sidepanel.html?tabId=7', tabId: 7 });
    expect(a.sidebarAction!.open).toHaveBeenCalled();
  });
});
