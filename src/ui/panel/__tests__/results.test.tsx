// @vitest-environment happy-dom
import { screen, fireEvent, cleanup, within } from '@testing-library/preact';
import { fakeEnv, renderPanel, sampleRun, flush } from '../../__tests__/fakes';
import { ResultsView } from '../results-view';

afterEach(cleanup);

const records = [
  { name: 'Cable "Pro", 2 m', price: 12.5, currency: 'EUR', url: 'https://a.example/p/1' },
  { name: 'Câble simple', price: 4.99, currency: 'EUR', url: 'https://b.example/p/2' },
  { name: 'Item 10', price: null, currency: 'EUR', url: 'https://c.example/p/3' },
];

function setup(result: unknown = { records, best: records[1] }) {
  const f = fakeEnv();
  renderPanel(<ResultsView run={sampleRun({ status: 'done', goal: 'Cheapest cable', result })} />, f.env);
  const table = screen.getByRole('table', { name: 'Results' });
  const firstColumn = () => within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell')[0].textContent?.replace('Best', '').trim());
  return { ...f, table, firstColumn };
}

describe('results', () => {
  it('lists records with a column per field', () => {
    const { table } = setup();
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['name', 'price', 'currency', 'url']);
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByRole('link', { name: 'a.example' }).getAttribute('href')).toBe('https://a.example/p/1');
  });

  it('says when offers in several currencies were not ranked against each other, with the best of each', () => {
    const usd = { name: 'Chair A', price: 1000, currency: 'USD' };
    setup({ records: [...records, usd], best: records[1], bestByCurrency: { EUR: records[1], USD: usd }, note: 'The prices are in different currencies (EUR, USD).' });
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('different currencies');
    expect(note.textContent).toContain('Best in USD: Chair A');
    expect(note.textContent).not.toContain('Best in EUR');
  });

  it('sorts by a column when its header is clicked, then reverses', () => {
    const { table, firstColumn } = setup();
    const priceHeader = within(table).getAllByRole('columnheader')[1];
    expect(priceHeader.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(priceHeader).getByRole('button', { name: /price/ }));
    expect(priceHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(firstColumn()).toEqual(['Câble simple', 'Cable "Pro", 2 m', 'Item 10']);
    fireEvent.click(within(priceHeader).getByRole('button', { name: /price/ }));
    expect(priceHeader.getAttribute('aria-sort')).toBe('descending');
    expect(firstColumn()).toEqual(['Cable "Pro", 2 m', 'Câble simple', 'Item 10']);
    fireEvent.click(within(table).getAllByRole('button', { name: /name/ })[0]);
    expect(priceHeader.getAttribute('aria-sort')).toBe('none');
    expect(firstColumn()).toEqual(['Cable "Pro", 2 m', 'Câble simple', 'Item 10']);
  });

  it('highlights the best offer of a compare run', () => {
    setup();
    expect(screen.getByText('Best offer:').parentElement?.textContent).toContain('Câble simple · 4.99 EUR · b.example');
    const best = screen.getByRole('row', { name: 'Best offer' });
    expect(best.textContent).toContain('Câble simple');
  });

  it('copies the records as tab-separated text', async () => {
    const { copied } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await flush();
    expect(copied[0].split('\n')[0]).toBe('name\tprice\tcurrency\turl');
    expect(copied[0].split('\n')[2]).toBe('Câble simple\t4.99\tEUR\thttps://b.example/p/2');
    expect(screen.getByText('Copied 3 rows.')).toBeTruthy();
  });

  it('downloads a CSV Excel opens correctly', async () => {
    const { downloads } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloads[0].filename).toMatch(/^errand-cheapest-cable-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(downloads[0].blob.type).toContain('text/csv');
    const bytes = new Uint8Array(await downloads[0].blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[1]).toBe('"Cable ""Pro"", 2 m",12.5,EUR,https://a.example/p/1');
    expect(text).toContain('Câble simple');
  });

  it('downloads JSON with the records and the best offer', async () => {
    const { downloads } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    const json = JSON.parse(await downloads[0].blob.text());
    expect(json).toMatchObject({ goal: 'Cheapest cable', runId: 'r1', best: records[1], records });
  });

  it('says so when the clipboard is refused', async () => {
    const f = fakeEnv();
    f.env.clipboard.writeText = async () => { throw new Error('denied'); };
    renderPanel(<ResultsView run={sampleRun({ result: { records } })} />, f.env);
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await flush();
    expect(screen.getByText(/did not allow copying/)).toBeTruthy();
  });

  it('shows nothing without records', () => {
    const f = fakeEnv();
    const { container } = renderPanel(<ResultsView run={sampleRun({ result: { text: 'hello' } })} />, f.env);
    expect(container.textContent).toBe('');
  });
});
