import { installContextMenu, AUTOMATE_MENU_ID, panelPath } from '../context-menu';

function apis(withSidePanel: boolean) {
  const listeners: Array<(info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }) => void> = [];
  const installed: Array<() => void> = [];
  return {
    listeners,
    installed,
    runtime: { onInstalled: { addListener: (f: () => void) => installed.push(f) } },
    contextMenus: { create: vi.fn(), removeAll: vi.fn(async () => {}), onClicked: { addListener: (f: (typeof listeners)[0]) => listeners.push(f) } },
    sidePanel: withSidePanel ? { setOptions: vi.fn(async () => {}), open: vi.fn(async () => {}) } : undefined,
    sidebarAction: withSidePanel ? undefined : { open: vi.fn(async () => {}), setPanel: vi.fn(async () => {}) },
  };
}

describe('"Automate this page" context menu', () => {
  it('opens the side panel bound to the clicked tab (Chrome)', async () => {
    const a = apis(true);
    installContextMenu(a);
    expect(a.contextMenus.removeAll).not.toHaveBeenCalled();
    // A restarted worker has the click listener right away; the item itself is made on install.
    a.installed[0]();
    await Promise.resolve();
    expect(a.contextMenus.create).toHaveBeenCalledWith(expect.objectContaining({ id: AUTOMATE_MENU_ID, title: 'Automate this page' }));
    a.listeners[0]({ menuItemId: AUTOMATE_MENU_ID }, { id: 42 });
    expect(a.sidePanel!.setOptions).toHaveBeenCalledWith({ tabId: 42, path: 'sidepanel.html?tabId=42', enabled: true });
    expect(a.sidePanel!.open).toHaveBeenCalledWith({ tabId: 42 });
  });

  it('passes the selected text to the panel, shortened and on one line', () => {
    const a = apis(true);
    installContextMenu(a);
    a.listeners[0]({ menuItemId: AUTOMATE_MENU_ID, selectionText: '  Aeron   chair\n& co ' }, { id: 5 });
    expect(a.sidePanel!.setOptions).toHaveBeenCalledWith({ tabId: 5, path: 'sidepanel.html?tabId=5&selection=Aeron%20chair%20%26%20co', enabled: true });
    const long = new URLSearchParams(panelPath(5, 'x'.repeat(2000)).split('?')[1]).get('selection');
    expect(long).toHaveLength(500);
    expect(panelPath(5, '   ')).toBe('sidepanel.html?tabId=5');
  });

  it('opens the sidebar on Firefox and ignores other menu items', () => {
    const a = apis(false);
    installContextMenu(a);
    a.listeners[0]({ menuItemId: 'other' }, { id: 1 });
    expect(a.sidebarAction!.open).not.toHaveBeenCalled();
    a.listeners[0]({ menuItemId: AUTOMATE_MENU_ID, selectionText: 'kettle' }, { id: 7 });
    expect(a.sidebarAction!.setPanel).toHaveBeenCalledWith({ panel: '/sidepanel.html?tabId=7&selection=kettle', tabId: 7 });
    expect(a.sidebarAction!.open).toHaveBeenCalled();
  });
});
