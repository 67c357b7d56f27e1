import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FakeClient } from '../../__tests__/fakes';
import { createTabWatch, type TabWatchApis } from '../../tab-watch';
import { createTargetStore, selectionFromQuery, tabIdFromQuery } from '../target-store';

const settle = () => new Promise((r) => setTimeout(r, 0));
const startPages: Record<number, { url: string; title: string }> = {
  1: { url: 'https://a.example/', title: 'A' },
  2: { url: 'https://b.example/', title: 'B' },
  3: { url: 'chrome://settings/', title: 'Settings' },
  4: { url: 'chrome-extension://errand-id/sidepanel.html?tabId=1', title: 'Errand' },
};

/** A panel target store over a fake background (tabs 1-3; the active tab is `active`) and the fake browser's tab events. */
async function setup(search: string, ownOrigin?: string) {
  let active = 1;
  const pages = structuredClone(startPages);
  const client = new FakeClient().on('panel.target', ({ tabId }) => {
    const id = tabId ?? active;
    return { tabId: id, ...pages[id] };
  });
  const win = await fakeBrowser.windows.create({});
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue(win as never);
  vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
  const store = createTargetStore(client, ownOrigin);
  const stop = new AbortController();
  store.watch(createTabWatch(fakeBrowser as unknown as TabWatchApis), stop.signal);
  await store.load(search);
  const activate = async (tabId: number) => {
    active = tabId;
    await fakeBrowser.tabs.onActivated.trigger({ tabId, windowId: win!.id! });
    await settle();
  };
  return { client, store, stop, activate, pages };
}

describe('panel target', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows the active tab of its window when opened without a tab', async () => {
    const { store, activate } = await setup('');
    expect(store.bound.value).toBe(false);
    expect(store.target.value).toMatchObject({ tabId: 1, url: 'https://a.example/', restricted: null });
    await activate(2);
    expect(store.target.value).toMatchObject({ tabId: 2, title: 'B' });
    await activate(3);
    expect(store.target.value?.restricted).toMatch(/browser pages/);
  });

  it('does not follow another Errand page (a second panel) that comes to the front', async () => {
    const { store, activate } = await setup('', 'chrome-extension://errand-id');
    await activate(2);
    await activate(4);
    expect(store.target.value).toMatchObject({ tabId: 2, url: 'https://b.example/' });
    await activate(1);
    expect(store.target.value).toMatchObject({ tabId: 1 });
  });

  it('stays on the tab it was opened for, but shows where that tab navigates', async () => {
    const { store, client, activate, pages } = await setup('?tabId=1&selection=Aeron%20chair');
    expect(store.bound.value).toBe(true);
    expect(store.target.value).toMatchObject({ tabId: 1, selection: 'Aeron chair' });
    await activate(2);
    expect(store.target.value).toMatchObject({ tabId: 1, title: 'A' });
    // Same page, new title: the selection still applies.
    pages[1] = { url: 'https://a.example/', title: 'A (1 new)' };
    await fakeBrowser.tabs.onUpdated.trigger(1, { title: 'A (1 new)' }, { id: 1 } as never);
    await settle();
    expect(store.target.value).toMatchObject({ tabId: 1, title: 'A (1 new)', selection: 'Aeron chair' });
    // Another page in that tab: the old selection no longer applies.
    pages[1] = { url: 'https://a.example/next', title: 'Next' };
    await fakeBrowser.tabs.onUpdated.trigger(1, { url: 'https://a.example/next' }, { id: 1 } as never);
    await settle();
    expect(store.target.value).toMatchObject({ tabId: 1, url: 'https://a.example/next', selection: null });
    // Updates of other tabs change nothing.
    const asked = client.sent('panel.target').length;
    await fakeBrowser.tabs.onUpdated.trigger(2, { url: 'https://b.example/x' }, { id: 2 } as never);
    await settle();
    expect(client.sent('panel.target')).toHaveLength(asked);
  });

  it('follows the active tab again when the person asks', async () => {
    const { store, activate } = await setup('?tabId=2');
    await store.follow();
    expect(store.bound.value).toBe(false);
    expect(store.target.value?.tabId).toBe(1);
    await activate(2);
    expect(store.target.value?.tabId).toBe(2);
  });

  it('keeps only the newest answer when tabs change quickly', async () => {
    const { store, client, pages } = await setup('');
    let release!: () => void;
    client.on('panel.target', ({ tabId }) => (tabId === 2
      ? new Promise((r) => { release = () => r({ tabId: 2, ...pages[2] }); })
      : { tabId, ...pages[tabId as number] }));
    const slow = store.load('?tabId=2');
    await store.load('?tabId=3');
    release();
    await slow;
    expect(store.target.value?.tabId).toBe(3);
  });

  it('stops following when the panel closes', async () => {
    const { store, stop, activate } = await setup('');
    stop.abort();
    await activate(2);
    expect(store.target.value?.tabId).toBe(1);
  });

  it('keeps the tab from the URL when the background cannot describe it', async () => {
    const { store, client } = await setup('');
    client.on('panel.target', () => { throw new Error('No tab with id 5'); });
    await store.load('?tabId=5&selection=x');
    expect(store.target.value).toEqual({ tabId: 5, url: null, title: null, restricted: null, selection: 'x' });
    expect(store.error.value).toBe('No tab with id 5');
    await store.follow();
    expect(store.target.value).toBeNull();
  });
});

describe('panel URL query', () => {
  it('reads a tab id and a selection', () => {
    expect(tabIdFromQuery('?tabId=12')).toBe(12);
    expect(tabIdFromQuery('?tabId=')).toBeUndefined();
    expect(tabIdFromQuery('?tabId=-1')).toBeUndefined();
    expect(selectionFromQuery('?selection=%20Blue%0Akettle%20')).toBe('Blue kettle');
    expect(selectionFromQuery('?selection=')).toBeNull();
    expect(selectionFromQuery(`?selection=${'y'.repeat(900)}`)).toHaveLength(500);
  });
});
