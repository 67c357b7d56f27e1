import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTabWatch, type TabWatchApis } from '../tab-watch';

const apis = () => fakeBrowser as unknown as TabWatchApis;
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('tab watch', () => {
  beforeEach(() => fakeBrowser.reset());

  async function setup(ownTab?: number) {
    const win = await fakeBrowser.windows.create({});
    const other = await fakeBrowser.windows.create({});
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue(win as never);
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue((ownTab === undefined ? undefined : { id: ownTab }) as never);
    const seen: string[] = [];
    const stop = new AbortController();
    createTabWatch(apis()).watch({ onActive: (id) => seen.push(`active ${id}`), onChange: (id) => seen.push(`change ${id}`) }, stop.signal);
    return { win: win!.id!, other: other!.id!, seen, stop };
  }

  it('reports activations in the panel\'s window only, never the panel itself', async () => {
    const { win, other, seen } = await setup(99);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 3, windowId: win });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 4, windowId: other });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 99, windowId: win });
    await settle();
    expect(seen).toEqual(['active 3']);
  });

  it('reports page changes (URL, title, finished loading) but not other tab updates', async () => {
    const { seen } = await setup();
    const tab = { id: 3 } as never;
    await fakeBrowser.tabs.onUpdated.trigger(3, { url: 'https://a.example/' }, tab);
    await fakeBrowser.tabs.onUpdated.trigger(3, { title: 'A' }, tab);
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'loading' }, tab);
    await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, tab);
    await fakeBrowser.tabs.onUpdated.trigger(3, { audible: true }, tab);
    expect(seen).toEqual(['change 3', 'change 3', 'change 3']);
  });

  it('stops listening when aborted', async () => {
    const { win, seen, stop } = await setup();
    stop.abort();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 3, windowId: win });
    await fakeBrowser.tabs.onUpdated.trigger(3, { url: 'https://a.example/' }, { id: 3 } as never);
    await settle();
    expect(seen).toEqual([]);
    expect(fakeBrowser.tabs.onActivated.hasListeners()).toBe(false);
  });
});
