// @vitest-environment happy-dom
import { screen, fireEvent, cleanup, within } from '@testing-library/preact';
import { FakeClient, fakeEnv, renderPanel, sampleRun, ev, flush } from '../../__tests__/fakes';
import { HistoryView } from '../history-view';
import { createPanelStores } from '../panel-context';

afterEach(cleanup);

const runs = [
  sampleRun({ id: 'a', goal: 'Find cables', status: 'done', startUrl: 'https://shop.example/', createdAt: 3 }),
  sampleRun({ id: 'b', goal: 'Compare kettles', status: 'failed', startUrl: 'https://kettles.example/', createdAt: 2 }),
  sampleRun({ id: 'c', goal: 'Read the news', status: 'done', startUrl: 'https://news.example/', createdAt: 1, plan: undefined }),
];

async function setup() {
  const client = new FakeClient()
    .on('run.list', () => runs)
    .on('run.get', ({ runId }) => runs.find((r) => r.id === runId) ?? null)
    .on('run.events', () => [ev(1, 'run.started'), ev(2, 'step.completed', { stepId: 's1' }), ev(3, 'run.completed')])
    .on('run.replay', () => ({ runId: 'new1' }))
    .on('run.delete', ({ runId }) => ({ runId }))
    .on('template.saveFromRun', ({ name }) => ({ name, version: '1' }))
    .on('template.list', () => []);
  const shown: string[] = [];
  const { env } = fakeEnv(client);
  renderPanel(<HistoryView onShowRun={(id) => shown.push(id)} />, env);
  await flush();
  const goals = () => within(screen.getByRole('list', { name: 'Past runs' })).getAllByRole('listitem').map((li) => li.querySelector('.run-goal')?.textContent);
  return { client, shown, goals };
}

describe('history', () => {
  it('lists past runs newest first', async () => {
    const { goals, client } = await setup();
    expect(goals()).toEqual(['Find cables', 'Compare kettles', 'Read the news']);
    expect(client.sent('run.list')).toEqual([{ limit: 200 }]);
  });

  it('filters by status and by site', async () => {
    const { goals } = await setup();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'done' } });
    expect(goals()).toEqual(['Find cables', 'Read the news']);
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'news.example' } });
    expect(goals()).toEqual(['Read the news']);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'failed' } });
    expect(screen.getByText('No runs match these filters.')).toBeTruthy();
  });

  it('replays a run and shows the new one', async () => {
    const { client, shown } = await setup();
    fireEvent.click(screen.getAllByRole('button', { name: 'Replay' })[1]);
    await flush();
    expect(client.sent('run.replay')).toEqual([{ runId: 'b' }]);
    expect(shown).toEqual(['new1']);
  });

  it('replays in the tab the panel works on now, not the original run\'s tab', async () => {
    const client = new FakeClient()
      .on('run.list', () => runs)
      .on('panel.target', ({ tabId }) => ({ tabId, url: 'https://shop.example/', title: 'Shop' }))
      .on('run.replay', () => ({ runId: 'new2' }));
    const { env } = fakeEnv(client);
    const stores = createPanelStores(client);
    await stores.target.load('?tabId=12');
    const shown: string[] = [];
    renderPanel(<HistoryView onShowRun={(id) => shown.push(id)} />, env, stores);
    await flush();
    fireEvent.click(screen.getAllByRole('button', { name: 'Replay' })[0]);
    await flush();
    expect(client.sent('run.replay')).toEqual([{ runId: 'a', tabId: 12 }]);
    expect(shown).toEqual(['new2']);
  });

  it('cannot replay a run that has no plan', async () => {
    await setup();
    expect((screen.getAllByRole('button', { name: 'Replay' })[2] as HTMLButtonElement).disabled).toBe(true);
  });

  it('deletes a run', async () => {
    const { client, goals } = await setup();
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete' })[0]);
    await flush();
    expect(client.sent('run.delete')).toEqual([{ runId: 'a' }]);
    expect(goals()).toEqual(['Compare kettles', 'Read the news']);
  });

  it('opens a run with its timeline, and goes back', async () => {
    await setup();
    fireEvent.click(screen.getAllByRole('button', { name: 'Open' })[0]);
    await flush();
    expect(screen.getByRole('heading', { name: 'Find cables' })).toBeTruthy();
    const log = screen.getByRole('log', { name: 'Past run timeline' });
    expect(within(log).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringContaining('Run started'), expect.stringContaining('Done: Open the shop'), expect.stringContaining('Finished'),
    ]);
    fireEvent.click(screen.getByRole('button', { name: '← Back to history' }));
    expect(screen.getByRole('list', { name: 'Past runs' })).toBeTruthy();
  });

  it('deletes the opened run and returns to the list', async () => {
    const { goals } = await setup();
    fireEvent.click(screen.getAllByRole('button', { name: 'Open' })[1]);
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await flush();
    expect(goals()).toEqual(['Find cables', 'Read the news']);
  });

  it('saves a run as a template with the chosen values as parameters', async () => {
    const { client } = await setup();
    fireEvent.click(screen.getAllByRole('button', { name: 'Open' })[0]);
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Save as template' }));
    const form = screen.getByRole('form', { name: 'Save as template' });
    expect((within(form).getByLabelText('Template name') as HTMLInputElement).value).toBe('find-cables');
    fireEvent.click(within(form).getByRole('checkbox', { name: /usb-c cable/ }));
    fireEvent.input(within(form).getByLabelText('Parameter name for “usb-c cable”'), { target: { value: 'product' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: /https:\/\/shop.example/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save template' }));
    await flush();
    expect(client.sent('template.saveFromRun')).toEqual([{
      runId: 'a', name: 'find-cables', title: 'Find cables',
      params: [
        { name: 'url', stepId: 's1', field: 'url', value: 'https://shop.example' },
        { name: 'product', stepId: 's2', field: 'value', value: 'usb-c cable' },
      ],
    }]);
    expect(screen.getByText('Saved as template "find-cables".')).toBeTruthy();
    expect(client.sent('template.list')).toHaveLength(1);
  });

  it('checks the template name before saving', async () => {
    const { client } = await setup();
    fireEvent.click(screen.getAllByRole('button', { name: 'Open' })[0]);
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Save as template' }));
    fireEvent.input(screen.getByLabelText('Template name'), { target: { value: 'Bad Name!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await flush();
    expect(client.sent('template.saveFromRun')).toEqual([]);
    expect(screen.getByText(/lowercase letters/)).toBeTruthy();
  });

  it('shows a failed request in plain words', async () => {
    const client = new FakeClient().on('run.list', () => { throw new Error('Errand is restarting'); });
    renderPanel(<HistoryView onShowRun={() => {}} />, fakeEnv(client).env);
    await flush();
    expect(screen.getByRole('alert').textContent).toBe('Errand is restarting');
    expect(screen.getByText('No runs yet.')).toBeTruthy();
  });
});
