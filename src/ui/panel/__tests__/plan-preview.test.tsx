// @vitest-environment happy-dom
import { screen, fireEvent, cleanup, within } from '@testing-library/preact';
import { FakeClient, fakeEnv, renderPanel, sampleRun, samplePlan, flush } from '../../__tests__/fakes';
import { createPanelStores } from '../panel-context';
import { PlanPreview } from '../plan-preview';
import type { Plan } from '../../../core/plan';

afterEach(cleanup);

async function setup(plan = samplePlan()) {
  const client = new FakeClient()
    .on('run.get', () => sampleRun({ status: 'awaiting-approval', plan }))
    .on('run.approve', ({ runId }) => ({ runId }))
    .on('run.cancel', ({ runId }) => ({ runId }));
  const { env } = fakeEnv(client);
  const stores = createPanelStores(client);
  await stores.run.attach('r1');
  renderPanel(<PlanPreview />, env, stores);
  const steps = () => within(screen.getByRole('list', { name: 'Plan steps' })).getAllByRole('listitem').filter((li) => li.classList.contains('step'));
  const approvedPlan = async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Approve and run' }));
    await flush();
    return (client.sent('run.approve')[0] as { plan: Plan }).plan;
  };
  return { client, steps, approvedPlan };
}

describe('plan preview', () => {
  it('shows each step in plain words with who planned it and what it cost', async () => {
    const { steps } = await setup();
    expect(steps()).toHaveLength(4);
    expect(steps()[0].textContent).toContain('Open page');
    expect(steps()[0].textContent).toContain('Open the shop');
    expect(screen.getByText('AI planner')).toBeTruthy();
    expect(screen.getByText('1 call, 1,500 tokens')).toBeTruthy();
    expect(screen.getByText('https://shop.example', { selector: 'dd' })).toBeTruthy();
  });

  it('makes low confidence and high risk stand out', async () => {
    const { steps } = await setup();
    expect(within(steps()[1]).getByText(/Low confidence 50%/).className).toContain('warn');
    expect(within(steps()[2]).getByText(/High risk/).className).toContain('danger');
    expect(within(steps()[0]).queryByText(/Low confidence/)).toBeNull();
  });

  it('approves with the plan as shown when nothing was edited', async () => {
    const { approvedPlan } = await setup();
    const plan = await approvedPlan();
    expect(plan.steps.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(plan.source).toBe('ai');
  });

  it('sends the edited plan: removed, reordered and edited steps', async () => {
    const { steps, approvedPlan } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove step 3' }));
    fireEvent.click(screen.getByRole('button', { name: 'Move step 2 down' }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit step 3' }));
    fireEvent.input(screen.getByLabelText('Description'), { target: { value: 'Search for the cable' } });
    fireEvent.input(screen.getByLabelText('Value'), { target: { value: 'usb-c cable 2m' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save step' }));
    expect(steps()[2].textContent).toContain('usb-c cable 2m');
    const plan = await approvedPlan();
    expect(plan.steps.map((s) => s.id)).toEqual(['s1', 's4', 's2']);
    expect(plan.steps[2]).toMatchObject({ kind: 'type', description: 'Search for the cable', value: 'usb-c cable 2m' });
    expect(plan.source).toBe('user');
  });

  it('edits the URL of a navigate step', async () => {
    const { approvedPlan } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit step 1' }));
    fireEvent.input(screen.getByLabelText('URL'), { target: { value: 'https://other.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save step' }));
    expect((await approvedPlan()).steps[0]).toMatchObject({ url: 'https://other.example' });
  });

  it('refuses an empty description and keeps the editor open', async () => {
    await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Edit step 4' }));
    expect(screen.queryByLabelText('Value')).toBeNull();
    fireEvent.input(screen.getByLabelText('Description'), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save step' }));
    expect(screen.getByRole('alert').textContent).toBe('A step needs a description.');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel edit' }));
    expect(screen.queryByLabelText('Description')).toBeNull();
  });

  it('cannot move the first step up, the last down, or remove the only step', async () => {
    await setup(samplePlan({ steps: [samplePlan().steps[0]] }));
    for (const name of ['Move step 1 up', 'Move step 1 down', 'Remove step 1']) {
      expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
    }
  });

  it('blocks approval of a plan the schema rejects', async () => {
    const { client } = await setup(samplePlan({ steps: [{ ...samplePlan().steps[0], url: '' } as never] }));
    fireEvent.click(screen.getByRole('button', { name: 'Approve and run' }));
    await flush();
    expect(client.sent('run.approve')).toEqual([]);
    expect(screen.getByRole('alert').textContent).toMatch(/isn't valid/);
  });

  it('cancels the run', async () => {
    const { client } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await flush();
    expect(client.sent('run.cancel')).toEqual([{ runId: 'r1' }]);
  });

  it('edits the list a forEach goes through, one item per line', async () => {
    const each = { id: 'e1', kind: 'forEach', description: 'Visit every shop', confidence: 1, risk: 'low', as: 'site',
      items: ['https://a.example/', 'https://b.example/', 'https://c.example/'], steps: [samplePlan().steps[3]] };
    const { approvedPlan } = await setup(samplePlan({ steps: [each as never, samplePlan().steps[3]] }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit step 1' }));
    const items = screen.getByLabelText('Items, one per line') as HTMLTextAreaElement;
    expect(items.value).toBe('https://a.example/\nhttps://b.example/\nhttps://c.example/');
    fireEvent.input(items, { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save step' }));
    expect(screen.getByRole('alert').textContent).toBe('A repeated step needs at least one item.');
    fireEvent.input(items, { target: { value: ' https://c.example/\n\nhttps://a.example/ \n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save step' }));
    const plan = await approvedPlan();
    expect(plan.steps[0]).toMatchObject({ kind: 'forEach', items: ['https://c.example/', 'https://a.example/'] });
    expect(plan.source).toBe('user');
  });

  it('offers no list editor for a forEach over a {{reference}}', async () => {
    const each = { id: 'e1', kind: 'forEach', description: 'Open every result', confidence: 1, risk: 'low', as: 'r',
      items: '{{steps.s4.records}}', steps: [samplePlan().steps[3]] };
    await setup(samplePlan({ steps: [each as never] }));
    fireEvent.click(screen.getByRole('button', { name: 'Edit step 1' }));
    expect(screen.getByLabelText('Description')).toBeTruthy();
    expect(screen.queryByLabelText('Items, one per line')).toBeNull();
  });

  it('lists the inner steps of a paginate step', async () => {
    const paginate = { id: 'p1', kind: 'paginate', description: 'Go through result pages', confidence: 1, risk: 'low', maxPages: 3, stopWhen: 'noNext',
      next: { description: 'next', strategies: [{ text: 'Next' }] }, steps: [samplePlan().steps[3]] };
    await setup(samplePlan({ steps: [paginate as never] }));
    expect(screen.getByText('Read the results')).toBeTruthy();
  });
});
