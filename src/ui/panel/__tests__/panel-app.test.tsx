// @vitest-environment happy-dom
import { render, screen, fireEvent, cleanup, within } from '@testing-library/preact';
import { FakeClient, fakeEnv, sampleRun, flush } from '../../__tests__/fakes';
import { PanelApp } from '../panel-app';
import type { TabWatch, TabWatchHandlers } from '../../tab-watch';
import type { RunRecord } from '../../../core/run';
import { PlanInvalid } from '../../../core/errors';

afterEach(cleanup);

function client(target: { tabId: number | null; url: string | null; title?: string } = { tabId: 7, url: 'https://shop.example/', title: 'Shop' }, runs: RunRecord[] = []) {
  return new FakeClient()
    .on('panel.target', () => target)
    .on('template.list', () => [{ name: 'compare', title: 'Compare prices', description: '', version: '1', params: [], examples: ['Compare prices of this kettle'] }])
    .on('run.list', () => runs)
    .on('run.get', ({ runId }) => runs.find((r) => r.id === runId) ?? sampleRun({ id: runId, status: 'planning', plan: undefined }))
    .on('run.start', () => ({ runId: 'new1' }));
}

async function open(c: FakeClient, search = '', tabs?: TabWatch) {
  render(<PanelApp env={{ ...fakeEnv(c).env, tabs }} search={search} />);
  await flush();
  await flush();
}

/** Tab events the test fires by hand. */
function fakeTabs() {
  let handlers: TabWatchHandlers | null = null;
  const tabs: TabWatch = { watch: (h) => { handlers = h; } };
  return { tabs, activate: async (id: number) => { handlers?.onActive(id); await flush(); } };
}

describe('side panel', () => {
  it('acts on the tab named in the URL and shows its page', async () => {
    const c = client({ tabId: 5, url: 'https://news.example/a', title: 'Morning news' });
    await open(c, '?tabId=5');
    expect(c.sent('panel.target')).toEqual([{ tabId: 5 }]);
    const header = screen.getByRole('banner', { name: 'Target page' });
    expect(header.textContent).toContain('Morning news');
    expect(header.textContent).toContain('https://news.example/a');
    expect(header.textContent).toContain('Stays on this tab');
    expect(screen.queryByRole('button', { name: 'Use the current tab' })).toBeNull();
  });

  it('follows the active tab unless bound to one, and shows which page it acts on', async () => {
    const pages: Record<number, { url: string; title: string }> = { 7: { url: 'https://shop.example/', title: 'Shop' }, 8: { url: 'https://news.example/', title: 'News' } };
    const c = client().on('panel.target', ({ tabId }) => ({ tabId: tabId ?? 7, ...pages[tabId ?? 7] }));
    const f = fakeTabs();
    await open(c, '', f.tabs);
    const header = screen.getByRole('banner', { name: 'Target page' });
    expect(header.textContent).toContain('Follows the active tab');
    await f.activate(8);
    expect(header.textContent).toContain('News');
    fireEvent.input(screen.getByRole('textbox', { name: 'Goal' }), { target: { value: 'Read it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await flush();
    expect(c.sent('run.start')).toEqual([{ goal: 'Read it', tabId: 8 }]);
  });

  it('stays on the tab it was opened for until the person chooses to follow the active tab', async () => {
    const pages: Record<number, { url: string; title: string }> = { 5: { url: 'https://news.example/a', title: 'Morning news' }, 7: { url: 'https://shop.example/', title: 'Shop' }, 8: { url: 'https://b.example/', title: 'B' } };
    const c = client().on('panel.target', ({ tabId }) => ({ tabId: tabId ?? 7, ...pages[tabId ?? 7] }));
    const f = fakeTabs();
    await open(c, '?tabId=5', f.tabs);
    const header = screen.getByRole('banner', { name: 'Target page' });
    await f.activate(8);
    expect(header.textContent).toContain('Morning news');
    fireEvent.click(screen.getByRole('button', { name: 'Follow the active tab' }));
    await flush();
    expect(header.textContent).toContain('Shop');
    expect(header.textContent).toContain('Follows the active tab');
    await f.activate(8);
    expect(header.textContent).toContain('B');
  });

  it('offers the text selected when "Automate this page" was chosen', async () => {
    const c = client({ tabId: 5, url: 'https://shop.example/p', title: 'Chair' }).on('template.list', () => [
      { name: 'search', title: 'Search this site', description: '', version: '1', params: [{ name: 'query', label: 'Search for', required: true, fromPage: 'selection' }] },
    ]);
    await open(c, '?tabId=5&selection=Aeron%20chair');
    fireEvent.click(screen.getByRole('button', { name: 'Add to goal' }));
    expect((screen.getByRole('textbox', { name: 'Goal' }) as HTMLTextAreaElement).value).toBe('"Aeron chair"');
    fireEvent.click(screen.getByRole('button', { name: 'Search this site' }));
    expect((screen.getByLabelText('Search for (required)') as HTMLInputElement).value).toBe('Aeron chair');
  });

  it('asks the background for the active tab otherwise, and can ask again', async () => {
    const c = client();
    await open(c);
    expect(c.sent('panel.target')).toEqual([{}]);
    fireEvent.click(screen.getByRole('button', { name: 'Use the current tab' }));
    await flush();
    expect(c.sent('panel.target')).toHaveLength(2);
  });

  it('says clearly that a browser page is off limits and does not run', async () => {
    await open(client({ tabId: 3, url: 'chrome://settings/', title: 'Settings' }));
    expect(screen.getAllByText(/cannot act on browser pages/).length).toBeGreaterThan(0);
    expect((screen.getByRole('button', { name: 'Run' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('starts a run on the target tab and shows it', async () => {
    const c = client();
    await open(c);
    fireEvent.input(screen.getByRole('textbox', { name: 'Goal' }), { target: { value: 'Find a kettle' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await flush();
    expect(c.sent('run.start')).toEqual([{ goal: 'Find a kettle', tabId: 7 }]);
    expect(c.subscriptions.at(-1)).toMatchObject({ runId: 'new1', afterSeq: 0 });
    expect(screen.getByText('Making a plan…')).toBeTruthy();
  });

  it('shows why a run could not start', async () => {
    const c = client().on('run.start', () => { throw new PlanInvalid('No plan fits that goal.'); });
    await open(c);
    fireEvent.input(screen.getByRole('textbox', { name: 'Goal' }), { target: { value: 'Do the impossible' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await flush();
    expect(screen.getByRole('alert').textContent).toBe('No plan fits that goal.');
  });

  it('suggests template examples and recent goals', async () => {
    await open(client(undefined, [sampleRun({ id: 'old', goal: 'Find USB-C cables', status: 'done' })]));
    fireEvent.focus(screen.getByRole('textbox', { name: 'Goal' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Template Compare prices of this kettle', 'Recent Find USB-C cables']);
  });

  it('marks suggestions of a template made for the page\'s site, and leaves out templates for other sites', async () => {
    const c = client().on('template.list', () => [
      { name: 'compare', title: 'Compare prices', description: '', version: '1', params: [], sites: [], examples: ['Compare prices of this kettle'] },
      { name: 'shop-kettles', title: 'Kettles here', description: '', version: '1', params: [], sites: ['https://shop.example'], examples: ['Find kettles at the shop'] },
      { name: 'elsewhere', title: 'Elsewhere', description: '', version: '1', params: [], sites: ['https://other.example'], examples: ['Read the other site'] },
    ]);
    await open(c);
    fireEvent.focus(screen.getByRole('textbox', { name: 'Goal' }));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Template for this site Find kettles at the shop', 'Template Compare prices of this kettle']);
  });

  it('picks up a run still going on in this tab when reopened', async () => {
    const running = sampleRun({ id: 'live', status: 'running', tabId: 7 });
    const c = client(undefined, [sampleRun({ id: 'other-tab', status: 'running', tabId: 9 }), running]);
    await open(c);
    expect(c.subscriptions.map((s) => s.runId)).toEqual(['live']);
    expect(screen.getByRole('progressbar')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Goal' })).toBeNull();
  });

  it('switches to History with the mouse and the arrow keys, and back to a replayed run', async () => {
    const c = client(undefined, [sampleRun({ id: 'old', status: 'done' })]).on('run.replay', () => ({ runId: 'rep1' }));
    await open(c);
    const tabs = within(screen.getByRole('tablist', { name: 'Errand views' }));
    fireEvent.click(tabs.getByRole('tab', { name: 'History' }));
    await flush();
    expect(tabs.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Replay' }));
    await flush();
    expect(tabs.getByRole('tab', { name: 'Run' }).getAttribute('aria-selected')).toBe('true');
    expect(c.subscriptions.at(-1)?.runId).toBe('rep1');
    fireEvent.keyDown(tabs.getByRole('tab', { name: 'Run' }), { key: 'ArrowRight' });
    expect(tabs.getByRole('tab', { name: 'History' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement?.textContent).toBe('History');
    fireEvent.keyDown(tabs.getByRole('tab', { name: 'History' }), { key: 'ArrowLeft' });
    expect(tabs.getByRole('tab', { name: 'Run' }).getAttribute('aria-selected')).toBe('true');
  });

  it('keeps working with the tab from the URL when the background cannot describe it', async () => {
    const c = client().on('panel.target', () => { throw new Error('No tab with id 5'); });
    await open(c, '?tabId=5');
    expect(screen.getByText(/can't see the current tab: No tab with id 5/)).toBeTruthy();
    fireEvent.input(screen.getByRole('textbox', { name: 'Goal' }), { target: { value: 'Read it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run' }));
    await flush();
    expect(c.sent('run.start')).toEqual([{ goal: 'Read it', tabId: 5 }]);
  });

  it('explains that there is no tab to act on', async () => {
    await open(client({ tabId: null, url: null }));
    expect(screen.getByText(/no tab to act on/)).toBeTruthy();
  });
});
