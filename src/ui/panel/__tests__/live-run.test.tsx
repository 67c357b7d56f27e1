// @vitest-environment happy-dom
import { screen, fireEvent, cleanup, within } from '@testing-library/preact';
import { FakeClient, fakeEnv, renderPanel, sampleRun, ev, flush } from '../../__tests__/fakes';
import { createPanelStores } from '../panel-context';
import { RunSection } from '../run-section';
import type { RunRecord } from '../../../core/run';

afterEach(cleanup);

async function setup(run: Partial<RunRecord> = {}) {
  let current = sampleRun(run);
  const client = new FakeClient()
    .on('run.get', () => current)
    .on('run.pause', ({ runId }) => ({ runId }))
    .on('run.resume', ({ runId }) => ({ runId }))
    .on('run.cancel', ({ runId }) => ({ runId }))
    .on('run.answer', ({ runId }) => ({ runId }))
    .on('run.skip', ({ runId }) => ({ runId }));
  const { env } = fakeEnv(client);
  const stores = createPanelStores(client);
  await stores.run.attach('r1');
  renderPanel(<RunSection />, env, stores);
  const setRun = async (over: Partial<RunRecord>) => {
    current = sampleRun({ ...run, ...over, updatedAt: current.updatedAt + 1 });
    client.push({ kind: 'run', run: current });
    await flush();
  };
  return { client, stores, setRun };
}

describe('live run', () => {
  it('subscribes from the start and shows events in a polite live log', async () => {
    const { client } = await setup();
    expect(client.subscriptions[0]).toMatchObject({ runId: 'r1', afterSeq: 0 });
    client.push({ kind: 'event', event: ev(1, 'step.started', { stepId: 's1' }) });
    client.push({ kind: 'event', event: ev(2, 'step.retrying', { stepId: 's2', attempt: 2, data: { error: { message: 'No search box yet' } } }) });
    client.push({ kind: 'event', event: ev(3, 'step.recovered', { stepId: 's2', message: 'Found the search box by its label' }) });
    client.push({ kind: 'event', event: ev(4, 'step.injected', { stepId: 'x9', message: 'Added: close the cookie banner' }) });
    client.push({ kind: 'event', event: ev(5, 'step.failed', { stepId: 's3', data: { error: { message: 'Buy button is covered' } } }) });
    client.push({ kind: 'event', event: ev(5, 'step.failed', { stepId: 's3' }) });
    await flush();
    const log = screen.getByRole('log', { name: 'Run timeline' });
    expect(log.getAttribute('aria-live')).toBe('polite');
    const items = within(log).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toHaveLength(5);
    expect(items[0]).toContain('Started: Open the shop');
    expect(items[1]).toContain('Retrying: Type the product in search (attempt 2): No search box yet');
    expect(items[2]).toContain('Found the search box by its label');
    expect(items[3]).toContain('Added: close the cookie banner');
    expect(items[4]).toContain('Failed: Press Buy now: Buy button is covered');
  });

  it('shows progress with percentage and time left', async () => {
    const { client } = await setup();
    const bar = screen.getByRole('progressbar', { name: 'Run progress' });
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    client.push({ kind: 'event', event: ev(1, 'progress', { data: { percent: 42.4, etaMs: 20_000 } }) });
    await flush();
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(screen.getByText('42% · about 20 s left')).toBeTruthy();
    expect(within(screen.getByRole('log')).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('pauses, resumes and cancels', async () => {
    const { client, setRun } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await flush();
    expect(client.sent('run.pause')).toEqual([{ runId: 'r1' }]);
    await setRun({ status: 'paused' });
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await flush();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel run' }));
    await flush();
    expect(client.sent('run.resume')).toEqual([{ runId: 'r1' }]);
    expect(client.sent('run.cancel')).toEqual([{ runId: 'r1' }]);
  });

  it('asks to confirm a high-risk step: Confirm answers yes, Skip skips only that step, Cancel run stops all', async () => {
    const { client } = await setup({ status: 'waiting-user' });
    client.push({ kind: 'event', event: ev(1, 'run.waiting-user', { stepId: 's3' }) });
    await flush();
    const question = screen.getByRole('group', { name: "Next step: Press Buy now. It can't be undone. Go ahead?" });
    expect(question.getAttribute('aria-describedby')).toBe('ask-hint');
    fireEvent.click(within(question).getByRole('button', { name: 'Confirm' }));
    await flush();
    fireEvent.click(within(question).getByRole('button', { name: 'Skip this step' }));
    await flush();
    expect(client.sent('run.answer')).toEqual([{ runId: 'r1', value: true }]);
    expect(client.sent('run.skip')).toEqual([{ runId: 'r1' }]);
    expect(client.sent('run.cancel')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel run' }));
    await flush();
    expect(client.sent('run.cancel')).toEqual([{ runId: 'r1' }]);
  });

  it('asks for a typed value in a labelled box', async () => {
    const { client } = await setup({ status: 'waiting-user' });
    client.push({ kind: 'event', event: ev(1, 'run.waiting-user', { data: { mode: 'input', message: 'Which size?', field: 'Size' } }) });
    await flush();
    fireEvent.input(screen.getByLabelText('Size'), { target: { value: 'XL' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send answer' }));
    await flush();
    expect(client.sent('run.answer')).toEqual([{ runId: 'r1', value: 'XL' }]);
  });

  it('shows the plan being made, then results and a way to start over when done', async () => {
    const { stores, setRun } = await setup({ status: 'planning', plan: undefined });
    expect(screen.getByText('Making a plan…')).toBeTruthy();
    await setRun({ status: 'done', result: { records: [{ name: 'Cable', price: 5 }] } });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
    expect(screen.getByRole('table', { name: 'Results' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'New errand' }));
    expect(stores.run.runId.value).toBeNull();
  });

  it('ignores a stale run record that arrives late', async () => {
    const { client, stores } = await setup({ updatedAt: 10 });
    client.push({ kind: 'run', run: sampleRun({ status: 'planning', updatedAt: 5 }) });
    await flush();
    expect(stores.run.run.value?.status).toBe('running');
  });
});
