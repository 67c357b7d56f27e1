// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBrowserEnv } from '../browser-env';

describe('browser env', () => {
  beforeEach(() => fakeBrowser.reset());

  it('wires options, permissions and clipboard to the browser', async () => {
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const env = createBrowserEnv();
    env.openOptions();
    expect(openOptions).toHaveBeenCalled();
    await expect(env.permissions.request({ origins: ['https://a.example/*'] })).resolves.toBe(true);
    expect(request).toHaveBeenCalledWith({ origins: ['https://a.example/*'] });
    await env.clipboard.writeText('x');
    expect(writeText).toHaveBeenCalledWith('x');
  });

  it('sends requests through runtime messaging', async () => {
    fakeBrowser.runtime.onMessage.addListener((_m, _s, sendResponse) => { sendResponse({ ok: true, value: [] }); return true; });
    const env = createBrowserEnv();
    await expect(env.client.request('run.list', {})).resolves.toEqual([]);
  });
});
