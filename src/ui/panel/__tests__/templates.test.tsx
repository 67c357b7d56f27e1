// @vitest-environment happy-dom
import { screen, fireEvent, cleanup, within } from '@testing-library/preact';
import { FakeClient, fakeEnv, renderPanel, sampleRun, flush } from '../../__tests__/fakes';
import { createPanelStores } from '../panel-context';
import { TemplateButtons } from '../template-buttons';
import { templateFits } from '../../state/templates-store';
import { templateSuggestions } from '../goal-suggestions';
import type { TemplateSummary } from '../../../messaging/protocol';

afterEach(cleanup);

const compare: TemplateSummary = {
  name: 'compare-prices', title: 'Compare prices', description: 'Compare a product across shops', version: '2',
  params: [
    { name: 'product', label: 'Product', required: true, fromPage: 'title' },
    { name: 'sites', label: 'Shops', type: 'url[]', default: ['https://a.example', 'https://b.example'] },
    { name: 'maxPrice', label: 'Max price', type: 'number', min: 0 },
    { name: 'sort', label: 'Sort by', options: ['price', 'rating'], default: 'price' },
    { name: 'inStock', label: 'In stock only', type: 'boolean', default: true },
  ],
};
const readTable: TemplateSummary = { name: 'read-table', title: 'Read this table', description: '', version: '1', params: [], sites: ['other.example'] };

async function setup(list = [readTable, compare]) {
  const client = new FakeClient()
    .on('panel.target', () => ({ tabId: 7, url: 'https://shop.example/p/kettle', title: 'Blue kettle' }))
    .on('template.list', () => list)
    .on('template.run', () => ({ runId: 'r1' }))
    .on('run.get', () => sampleRun());
  const { env } = fakeEnv(client);
  const stores = createPanelStores(client);
  await Promise.all([stores.target.load(''), stores.templates.load()]);
  renderPanel(<TemplateButtons />, env, stores);
  return { client, stores };
}

describe('template buttons', () => {
  it('lists templates, those fitting the page first', async () => {
    await setup();
    const section = screen.getByRole('region', { name: 'Templates' });
    expect(within(section).getAllByRole('button').map((b) => b.textContent)).toEqual(['Compare prices', 'Read this table']);
  });

  it('puts a template made for this site before those that fit any page', async () => {
    const kettles: TemplateSummary = { name: 'kettles', title: 'Kettles here', description: '', version: '1', params: [], sites: ['https://shop.example'] };
    await setup([readTable, compare, kettles]);
    const section = screen.getByRole('region', { name: 'Templates' });
    expect(within(section).getAllByRole('button').map((b) => b.textContent)).toEqual(['Kettles here', 'Compare prices', 'Read this table']);
  });

  it('opens a form pre-filled from the page and the defaults, and runs it with typed params', async () => {
    const { client, stores } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Compare prices' }));
    const form = screen.getByRole('form', { name: 'Run template Compare prices' });
    expect((within(form).getByLabelText('Product (required)') as HTMLInputElement).value).toBe('Blue kettle');
    expect((within(form).getByLabelText('Shops') as HTMLTextAreaElement).value).toBe('https://a.example\nhttps://b.example');
    fireEvent.input(within(form).getByLabelText('Max price'), { target: { value: '30' } });
    fireEvent.change(within(form).getByLabelText('Sort by'), { target: { value: 'rating' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'In stock only' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Run template' }));
    await flush();
    expect(client.sent('template.run')).toEqual([{
      name: 'compare-prices', version: '2', tabId: 7,
      params: { product: 'Blue kettle', sites: ['https://a.example', 'https://b.example'], maxPrice: 30, sort: 'rating', inStock: false },
    }]);
    expect(stores.run.runId.value).toBe('r1');
    expect(client.sent('run.start')).toEqual([]);
  });

  it('asks for required params before running', async () => {
    const { client } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Compare prices' }));
    fireEvent.input(screen.getByLabelText('Product (required)'), { target: { value: ' ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run template' }));
    await flush();
    expect(screen.getByRole('alert').textContent).toBe('Fill in "Product".');
    expect(client.sent('template.run')).toEqual([]);
  });

  it('checks web addresses in URL lists', async () => {
    const { client } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Compare prices' }));
    fireEvent.input(screen.getByLabelText('Shops'), { target: { value: 'https://a.example\nshop b' } });
    fireEvent.click(screen.getByRole('button', { name: 'Run template' }));
    await flush();
    expect(screen.getByRole('alert').textContent).toMatch(/"Shops" must be a web address/);
    expect(client.sent('template.run')).toEqual([]);
  });

  it('runs a template without params in one click', async () => {
    const { client } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Read this table' }));
    await flush();
    expect(client.sent('template.run')).toEqual([{ name: 'read-table', version: '1', params: {}, tabId: 7 }]);
  });

  it('closes the form', async () => {
    await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Compare prices' }));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('shows nothing without templates', async () => {
    await setup([]);
    expect(screen.queryByRole('region', { name: 'Templates' })).toBeNull();
  });
});

describe('templateFits', () => {
  const t = (sites?: string[]): TemplateSummary => ({ name: 'x', title: 'x', description: '', version: '1', params: [], sites });
  it('matches origins, host names and wildcard subdomains', () => {
    expect(templateFits(t(), null)).toBe(true);
    expect(templateFits(t(['https://shop.example']), 'https://shop.example/a')).toBe(true);
    expect(templateFits(t(['shop.example']), 'https://shop.example/a')).toBe(true);
    expect(templateFits(t(['*.shop.example']), 'https://www.shop.example/a')).toBe(true);
    expect(templateFits(t(['shop.example']), 'https://evilshop.example/a')).toBe(false);
    expect(templateFits(t(['shop.example']), null)).toBe(false);
    expect(templateFits(t(['shop.example']), 'not a url')).toBe(false);
  });
});

describe('templateSuggestions', () => {
  const t = (name: string, sites: string[] | undefined, examples?: string[]): TemplateSummary => ({ name, title: `Title ${name}`, description: '', version: '1', params: [], sites, examples });
  it('offers examples of templates made for this site first, then of templates for any page, never of other sites', () => {
    const list = [t('any', [], ['Compare prices of this']), t('other', ['https://other.example'], ['Read other']), t('here', ['shop.example'])];
    expect(templateSuggestions(list, 'https://shop.example/p/1')).toEqual([
      { id: 't:here:0', text: 'Title here', kind: 'template', forSite: true },
      { id: 't:any:0', text: 'Compare prices of this', kind: 'template', forSite: false },
    ]);
    expect(templateSuggestions(list, null).map((s) => s.id)).toEqual(['t:any:0']);
  });
});
