// @vitest-environment happy-dom
import { screen, fireEvent, cleanup } from '@testing-library/preact';
import { fakeEnv, renderPanel, sampleRun, flush } from '../../__tests__/fakes';
import { ErrorPanel } from '../error-panel';
import { explainError } from '../explain-error';
import type { RunRecord } from '../../../core/run';
import type { RunAction } from '../../state/run-store';
import { FakeClient } from '../../__tests__/fakes';
import { ElementNotFound, ElementNotInteractable, PolicyDenied, ProviderError, RestrictedPage, TimeoutError } from '../../../core/errors';

afterEach(cleanup);

function setup(run: Partial<RunRecord>, grant = true) {
  const f = fakeEnv(undefined, grant);
  const actions: RunAction[] = [];
  renderPanel(<ErrorPanel run={sampleRun(run)} busy={false} onAction={(a) => actions.push(a)} />, f.env);
  return { ...f, actions };
}
const button = (name: string) => screen.queryByRole('button', { name });

describe('error panel', () => {
  it('explains a missing element, lists suggestions and offers Retry', () => {
    const { actions } = setup({
      status: 'failed', error: new ElementNotFound('No element matched "Add to cart"').toJSON(),
      suggestions: ['Scroll to the product list and retry.'],
    });
    expect(screen.getByRole('heading').textContent).toBe('Errand could not find what it was looking for on the page.');
    expect(screen.getByText('No element matched "Add to cart"')).toBeTruthy();
    expect(screen.getByText('Scroll to the product list and retry.')).toBeTruthy();
    expect(button('Resume')).toBeNull();
    fireEvent.click(button('Retry')!);
    expect(actions).toEqual(['run.retry']);
  });

  it('offers Resume for a paused run', () => {
    const { actions } = setup({ status: 'paused', error: new TimeoutError('wait for results', 10000).toJSON() });
    expect(button('Retry')).toBeNull();
    fireEvent.click(button('Resume')!);
    expect(actions).toEqual(['run.resume']);
  });

  it('sends the person to Options when the AI provider failed', () => {
    const f = setup({ status: 'failed', error: new ProviderError('401 Unauthorized', 'permission', { status: 401 }).toJSON() });
    expect(button('Grant site access')).toBeNull();
    fireEvent.click(button('Open options')!);
    expect(f.optionsOpened()).toBe(1);
  });

  it('asks for site access from the click and retries once granted', async () => {
    const { permissionRequests, actions } = setup({ status: 'failed', error: new PolicyDenied('No access to shop.example', { origin: 'https://shop.example' }).toJSON() });
    expect(screen.getByRole('heading').textContent).toBe('Errand needs your permission to act on shop.example.');
    fireEvent.click(button('Grant site access')!);
    expect(permissionRequests).toEqual([['https://shop.example/*']]);
    await flush();
    expect(actions).toEqual(['run.retry']);
    expect(screen.getByText('Access granted.')).toBeTruthy();
  });

  it('resumes a paused run after access is granted', async () => {
    const { actions } = setup({ status: 'paused', error: new PolicyDenied('needs access', { origins: ['https://b.example/x'] }).toJSON() });
    fireEvent.click(button('Grant site access')!);
    await flush();
    expect(actions).toEqual(['run.resume']);
  });

  it('says so when access is refused and does not continue', async () => {
    const { actions } = setup({ status: 'failed', error: new PolicyDenied('needs access', { origin: 'https://shop.example' }).toJSON() }, false);
    fireEvent.click(button('Grant site access')!);
    await flush();
    expect(actions).toEqual([]);
    expect(screen.getByText(/Access was not granted/)).toBeTruthy();
  });

  describe('pick the element on the page', () => {
    function picking(reply: () => Promise<{ runId: string; picked: boolean; reason?: 'cancelled' | 'timeout' }>) {
      const client = new FakeClient().on('run.pick', reply);
      const { env } = fakeEnv(client);
      renderPanel(<ErrorPanel run={sampleRun({ id: 'r1', status: 'paused', error: new ElementNotFound('No element matched "Add to cart"').toJSON() })} busy={false} onAction={() => {}} />, env);
      return client;
    }

    it('asks the background to pick, says what to do meanwhile, and disables itself', async () => {
      let answer!: (v: { runId: string; picked: boolean }) => void;
      const client = picking(() => new Promise((r) => { answer = r; }));
      fireEvent.click(button('Pick the element on the page')!);
      expect(client.sent('run.pick')).toEqual([{ runId: 'r1' }]);
      expect(screen.getByRole('status').textContent).toBe('Click the element in the page (Esc to cancel).');
      expect((button('Pick the element on the page') as HTMLButtonElement).disabled).toBe(true);
      answer({ runId: 'r1', picked: true });
      await flush();
      expect(screen.getByRole('status').textContent).toBe('Errand will use the element you picked.');
      expect((button('Pick the element on the page') as HTMLButtonElement).disabled).toBe(false);
    });

    it('says plainly that the run is still paused after Escape or the time limit', async () => {
      picking(async () => ({ runId: 'r1', picked: false, reason: 'cancelled' }));
      fireEvent.click(button('Pick the element on the page')!);
      await flush();
      expect(screen.getByRole('status').textContent).toBe('Picking was cancelled. The run is still paused; nothing was lost.');
      cleanup();
      picking(async () => ({ runId: 'r1', picked: false, reason: 'timeout' }));
      fireEvent.click(button('Pick the element on the page')!);
      await flush();
      expect(screen.getByRole('status').textContent).toMatch(/^No element was picked within a minute\. The run is still paused/);
      cleanup();
      picking(async () => { throw new Error('The tab for this run is closed.'); });
      fireEvent.click(button('Pick the element on the page')!);
      await flush();
      expect(screen.getByRole('status').textContent).toBe('Could not pick an element: The tab for this run is closed.');
    });

    it('is offered only for a paused run whose element was missing or unusable', () => {
      setup({ status: 'paused', error: new ElementNotInteractable('covered').toJSON() });
      expect(button('Pick the element on the page')).toBeTruthy();
      cleanup();
      setup({ status: 'failed', error: new ElementNotFound('gone').toJSON() });
      expect(button('Pick the element on the page')).toBeNull();
      cleanup();
      setup({ status: 'paused', error: new TimeoutError('wait for results', 10000).toJSON() });
      expect(button('Pick the element on the page')).toBeNull();
    });
  });

  it('shows nothing when the run has no error', () => {
    const { env } = fakeEnv();
    const { container } = renderPanel(<ErrorPanel run={sampleRun()} busy={false} onAction={() => {}} />, env);
    expect(container.textContent).toBe('');
  });
});

describe('explainError', () => {
  it('tells a browser page apart from a site that needs access', () => {
    expect(explainError(new RestrictedPage('chrome:// pages are off limits').toJSON())).toMatchObject({ accessOrigin: null, title: expect.stringMatching(/can\u2019t act on this page/) });
    expect(explainError(new RestrictedPage('no host access', { url: 'https://x.example/a' }).toJSON()).accessOrigin).toBe('https://x.example');
    expect(explainError(new PolicyDenied('blocked').toJSON(), 'https://start.example/p').accessOrigin).toBe('https://start.example');
  });

  it('says rate limits are temporary and offers options', () => {
    expect(explainError(new ProviderError('429', 'rate-limit').toJSON())).toMatchObject({ offerOptions: true, title: expect.stringMatching(/busy/) });
  });

  it('has plain words for every named error', () => {
    for (const name of ['ElementNotInteractable', 'TimeoutError', 'NavigationError', 'PlanInvalid', 'CancelledError', 'Weird']) {
      const x = explainError({ name, message: 'm', category: 'fatal' });
      expect(x.title.length).toBeGreaterThan(10);
      expect(x.next.length).toBeGreaterThan(10);
    }
  });
});
