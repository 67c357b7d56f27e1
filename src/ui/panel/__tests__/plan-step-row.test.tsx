// @vitest-environment happy-dom
import { render, screen, cleanup, within } from '@testing-library/preact';
import { FakeClient, fakeEnv, renderPanel, sampleRun, samplePlan } from '../../__tests__/fakes';
import { createPanelStores } from '../panel-context';
import { PlanStepRow } from '../plan-step-row';
import type { LocatorCheck } from '../../../core/run';
import type { Step } from '../../../core/plan';

afterEach(cleanup);

const noop = () => undefined;

async function renderRows(steps: Step[], locatorChecks?: Record<string, LocatorCheck>) {
  const client = new FakeClient().on('run.get', () => sampleRun({ status: 'awaiting-approval', plan: samplePlan({ steps }), locatorChecks }));
  const { env } = fakeEnv(client);
  const stores = createPanelStores(client);
  await stores.run.attach('r1');
  renderPanel(
    <ol>{steps.map((s, i) => <PlanStepRow key={s.id} step={s} index={i} count={steps.length} onMove={noop} onRemove={noop} onEdit={noop} />)}</ol>,
    env, stores,
  );
  return screen.getAllByRole('listitem').filter((li) => li.classList.contains('step'));
}

describe('plan step row: elements checked on the page before approval', () => {
  it('marks only the step whose element is not on this page, with the reason as a tooltip', async () => {
    const steps = samplePlan().steps;
    const rows = await renderRows(steps, {
      s2: { status: 'found', strategy: 'role=searchbox' },
      s3: { status: 'missing', note: 'target not found: buy' },
      s4: { status: 'unchecked', note: 'runs after "Open the shop", which may change the page' },
    });
    const marker = within(rows[2]).getByText('Not found on this page');
    expect(marker.getAttribute('title')).toBe('target not found: buy');
    expect(marker.className).toContain('warn');
    for (const i of [0, 1, 3]) expect(within(rows[i]).queryByText('Not found on this page')).toBeNull();
  });

  it('marks a missing step inside a paginate loop', async () => {
    const extract: Step = { id: 'e1', kind: 'extract', what: 'table', description: 'Read the table', confidence: 1, risk: 'low' };
    const pages: Step = { id: 'p1', kind: 'paginate', description: 'Every page', confidence: 1, risk: 'low', maxPages: 3, stopWhen: 'noNext',
      next: { description: 'Next', strategies: [{ text: 'Next' }] }, steps: [extract] };
    const [row] = await renderRows([pages], { e1: { status: 'missing', note: 'target not found: table' } });
    expect(within(row).getByText('Not found on this page').closest('li')?.textContent).toContain('Read the table');
  });

  it('shows no marker for runs stored before the check existed, or outside a panel', async () => {
    const rows = await renderRows(samplePlan().steps);
    expect(rows).toHaveLength(4);
    expect(screen.queryByText('Not found on this page')).toBeNull();
    cleanup();
    const step = samplePlan().steps[1];
    render(<ol><PlanStepRow step={step} index={0} count={1} onMove={noop} onRemove={noop} onEdit={noop} /></ol>);
    expect(screen.getByText(step.description)).toBeTruthy();
  });
});
