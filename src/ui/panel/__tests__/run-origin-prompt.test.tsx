// @vitest-environment happy-dom
import { screen, fireEvent, cleanup, within } from '@testing-library/preact';
import { FakeClient, fakeEnv, renderPanel, sampleRun, flush } from '../../__tests__/fakes';
import { createPanelStores } from '../panel-context';
import { RunSection } from '../run-section';
import { PolicyDenied } from '../../../core/errors';

afterEach(cleanup);

const ORIGIN = 'https://other.example';

/** A run paused before opening a site its plan was not approved for, as the engine leaves it. */
async function setup(grant = true) {
  const message = `The plan wants to open ${ORIGIN}, which is not one of the sites it was approved for. Allow it?`;
  const run = sampleRun({
    status: 'paused', pending: { kind: 'origin', stepId: 's1', message, origin: ORIGIN },
    error: new PolicyDenied(message, { origin: ORIGIN, stepId: 's1' }).toJSON(),
  });
  const client = new FakeClient()
    .on('run.get', () => run)
    .on('run.answer', ({ runId }) => ({ runId }))
    .on('run.resume', ({ runId }) => ({ runId }))
    .on('run.cancel', ({ runId }) => ({ runId }));
  const f = fakeEnv(client, grant);
  const stores = createPanelStores(client);
  await stores.run.attach('r1');
  renderPanel(<RunSection />, f.env, stores);
  const question = screen.getByRole('group', { name: /^The plan wants to open https:\/\/other\.example\s*, a site it was not approved for\. Allow it\?$/ });
  return { client, question, permissionRequests: f.permissionRequests };
}

describe('a new site to allow', () => {
  it('asks with the origin and no Resume or Grant button that would answer it implicitly', async () => {
    await setup();
    expect(screen.getByRole('button', { name: `Allow ${ORIGIN}` })).toBeTruthy();
    expect(screen.getByRole('button', { name: "Don't allow" })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Grant site access' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Cancel run' })).toBeTruthy();
  });

  it('Allow asks the browser for access from the click, then approves the origin', async () => {
    const { client, question, permissionRequests } = await setup();
    fireEvent.click(within(question).getByRole('button', { name: `Allow ${ORIGIN}` }));
    expect(permissionRequests).toEqual([[`${ORIGIN}/*`]]);
    await flush();
    expect(client.sent('run.answer')).toEqual([{ runId: 'r1', value: true }]);
  });

  it('does not approve when the browser refuses access', async () => {
    const { client, question } = await setup(false);
    fireEvent.click(within(question).getByRole('button', { name: `Allow ${ORIGIN}` }));
    await flush();
    expect(client.sent('run.answer')).toEqual([]);
    expect(within(question).getByRole('status').textContent).toMatch(/not granted.*stays paused/);
  });

  it("Don't allow leaves the run paused, says so, and keeps Allow for a change of mind", async () => {
    const { client, question, permissionRequests } = await setup();
    fireEvent.click(within(question).getByRole('button', { name: "Don't allow" }));
    await flush();
    expect(within(question).getByRole('status').textContent).toBe(`Errand will not open ${ORIGIN}. The run stays paused on this step: allow the site if you change your mind, or cancel the run.`);
    expect(client.sent('run.answer')).toEqual([]);
    expect(client.sent('run.resume')).toEqual([]);
    expect(permissionRequests).toEqual([]);
    expect(within(question).queryByRole('button', { name: "Don't allow" })).toBeNull();
    fireEvent.click(within(question).getByRole('button', { name: `Allow ${ORIGIN}` }));
    await flush();
    expect(client.sent('run.answer')).toEqual([{ runId: 'r1', value: true }]);
  });
});
