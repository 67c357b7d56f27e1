// @vitest-environment happy-dom
import { ElementNotFound } from '../../../core/errors';
import { extractFromPage, type ExtractRequest } from '../extract';
import { extractTable } from '../table';
import { findRepeatingUnits } from '../repeating-units';
import { createVisibility } from '../../dom/visibility';
import { RefRegistry } from '../../snapshot/refs';
import { loadFixture, setDocument } from '../../__tests__/fixture';

const run = (req: ExtractRequest, root?: Element) =>
  extractFromPage(req, { doc: document, vis: createVisibility('none'), refs: new RefRegistry(), root });
const table = (id: string) => extractTable(document.getElementById(id)!, { vis: createVisibility('none'), locale: 'en-US', baseUrl: 'https://x.example/' });

describe('tables', () => {
  beforeEach(() => loadFixture('tables.html'));

  it('keys rows by header text, parses numbers and dates, skips hidden rows', () => {
    expect(table('simple')).toEqual([
      { Product: 'Aeron Chair', Price: 1249, Stock: 12, Released: '2024-03-05' },
      { Product: 'Leap V2', Price: 1099, Stock: 0, Released: '2023-11-20' },
      { Product: 'Mirra 2', Price: 895.5, Stock: 7, Released: '2022-01-13' },
    ]);
  });

  it('names the columns of a headerless table; a mostly-text column stays text', () => {
    expect(table('headerless')).toEqual([
      { column1: 'Width', column2: '68 cm' }, { column1: 'Weight', column2: '19.5' }, { column1: 'SKU', column2: '00123' },
    ]);
  });

  it('types whole columns, so a number among titles stays a title', () => {
    setDocument(`<table id="books"><tr><th>Title</th><th>Year</th></tr><tr><td>Emma</td><td>1815</td></tr>
      <tr><td>1984</td><td>1949</td></tr><tr><td>Dune</td><td>1965</td></tr></table>`);
    expect(table('books')).toEqual([{ Title: 'Emma', Year: 1815 }, { Title: '1984', Year: 1949 }, { Title: 'Dune', Year: 1965 }]);
  });

  it('finds th cells in the first body row and joins cells under a spanning header', () => {
    expect(table('th-in-body')).toEqual([{ Plan: 'Basic', Price: 9.99, Seats: 1 }, { Plan: 'Team', Price: 49, Seats: 10 }]);
  });

  it('repeats row-spanning cells and leaves column-spanned data in its first column', () => {
    expect(table('spans')).toEqual([
      { Region: 'North', Store: 'Oslo', Sales: 1200 },
      { Region: 'North', Store: 'Bergen', Sales: 950 },
      { Region: 'Total', Store: null, Sales: 2150 },
    ]);
  });

  it('picks the biggest visible table when the step names none, and filters by query', () => {
    const out = run({ what: 'table', query: 'leap' });
    expect(out.records).toEqual([{ Product: 'Leap V2', Price: 1099, Stock: 0, Released: '2023-11-20' }]);
    expect(out.title).toBe('Price tables');
  });

  it('reads German numbers and dates with the page locale', async () => {
    await loadFixture('tables-de.html');
    expect(run({ what: 'table' }).records).toEqual([
      { Artikel: 'Stuhl', Preis: 1189, Menge: 1000, Datum: '2024-03-05' },
      { Artikel: 'Tisch', Preis: 849.9, Menge: 250, Datum: '2024-03-05' },
      { Artikel: 'Lampe', Preis: 49.5, Menge: 12, Datum: '2023-12-01' },
    ]);
  });

  it('reads ARIA grids and adds the row link as url', () => {
    setDocument(`<div role="table"><div role="row"><span role="columnheader">Name</span><span role="columnheader">Cost</span></div>
      <div role="row"><span role="cell"><a href="/a">Alpha</a></span><span role="cell">$5</span></div></div>`);
    expect(run({ what: 'table' }).records).toEqual([{ Name: 'Alpha', Cost: 5, url: 'http://localhost:3000/a' }]);
  });

  it('fails clearly when there is no table', () => {
    setDocument('<p>No data</p>');
    expect(() => run({ what: 'table' })).toThrow(ElementNotFound);
  });
});

describe('listings (cards and list items)', () => {
  it('reads three differently built shops into the same normalized keys', async () => {
    await loadFixture('shop-grid-a.html');
    expect(run({ what: 'list' }).records[0]).toEqual({
      name: 'Aeron Chair', price: 1249, priceText: '$1,249.00', currency: 'USD', url: 'http://localhost:3000/p/aeron',
      image: 'http://localhost:3000/img/aeron.jpg', rating: 4.7,
    });
    await loadFixture('shop-grid-b.html');
    const b = run({ what: 'list' }).records;
    expect(b.map((r) => [r.name, r.price])).toEqual([['Aeron Chair, Graphite, Size B', 1099.99], ['Steelcase Gesture', 1329], ['Branch Ergonomic Chair', 499]]);
    expect(b[0].url).toBe('https://shop-b.example/item/A1');
    await loadFixture('shop-grid-c.html');
    expect(run({ what: 'list' }).records[1]).toEqual({
      name: 'Leap Stuhl', price: 999.5, priceText: '999,50 €', currency: 'EUR', url: 'http://localhost:3000/produkt/1002',
      image: 'http://localhost:3000/bilder/1002.jpg', farbe: 'Grau', lieferzeit: '5 Tage',
    });
  });

  it('prefers the priced product grid over menus and filter lists', async () => {
    await loadFixture('shop-grid-c.html');
    const units = findRepeatingUnits(document.body, createVisibility('none'));
    expect(units.map((u) => u.className)).toEqual(['kachel', 'kachel', 'kachel']);
  });

  it('filters by query, limits, and searches only inside the target', async () => {
    await loadFixture('shop-grid-a.html');
    expect(run({ what: 'list', query: 'mirra' }).records.map((r) => r.name)).toEqual(['Mirra 2']);
    expect(run({ what: 'list', limit: 2 }).records).toHaveLength(2);
    const headerLinks = run({ what: 'list' }, document.querySelector('header')!).records;
    expect(headerLinks.map((r) => r.name)).toEqual(['Home', 'Chairs', 'Desks', 'Cart (0)']);
  });

  it('reads a label and a value set side by side, keeping their words apart', () => {
    const spec = (k: string, v: string) => `<div class="spec"><span class="k">${k}</span><span class="v">${v}</span></div>`;
    setDocument(`<div class="specs">${spec('Manufacturer', 'Herman Miller')}${spec('Item #', '1001')}${spec('Size', 'B')}</div>`);
    expect(run({ what: 'list' }).records).toEqual([
      { name: 'Manufacturer Herman Miller', manufacturer: 'Herman Miller' },
      { name: 'Item # 1001', item: 1001 },
      { name: 'Size B', size: 'B' },
    ]);
  });

  it('keeps the words of units without a price, such as reviews', () => {
    const review = (who: string, said: string) => `<article class="review"><strong>${who}</strong><p>${said}</p></article>`;
    setDocument(review('Ana', 'Comfortable all day.') + review('Ben', 'Too firm for me.') + review('Cy', 'Worth the price.'));
    expect(run({ what: 'list' }).records[1]).toEqual({ name: 'Ben', text: 'Ben Too firm for me.' });
  });

  it('merges cards split over grid rows into one list', () => {
    const card = (i: number) => `<div class="card"><h4>Item ${i}</h4><span>$${i}.00</span></div>`;
    setDocument(`<div class="row">${card(1)}${card(2)}</div><div class="row">${card(3)}${card(4)}</div>`);
    expect(run({ what: 'list' }).records.map((r) => r.price)).toEqual([1, 2, 3, 4]);
  });

  it('takes one or two product cards over a longer list of filters', () => {
    const filters = ['Chairs', 'Desks', 'Lamps', 'Monitors'].map((f) => `<label class="f"><input type="checkbox"> ${f}</label>`).join('');
    setDocument(`<aside>${filters}</aside><main><div class="grid"><div class="tile"><img src="/a.jpg" alt="">
      <a href="/p/1">Aeron Chair</a><span>$1,099.99</span></div></div></main>`);
    expect(run({ what: 'list' }).records).toEqual([
      { name: 'Aeron Chair', price: 1099.99, priceText: '$1,099.99', currency: 'USD', url: 'http://localhost:3000/p/1', image: 'http://localhost:3000/a.jpg' },
    ]);
  });

  it('uses table extraction when the repeated unit is a table row', async () => {
    await loadFixture('tables.html');
    expect(run({ what: 'list', query: 'aeron' }).records).toEqual([{ Product: 'Aeron Chair', Price: 1249, Stock: 12, Released: '2024-03-05' }]);
  });

  it('fails clearly when nothing repeats', () => {
    setDocument('<p>Just one paragraph</p>');
    expect(() => run({ what: 'list' })).toThrow(/No repeating items/);
  });
});

describe('fields and text', () => {
  it('reads named fields into one record, null for missing ones', async () => {
    await loadFixture('shop-grid-a.html');
    const out = run({
      what: 'fields',
      fields: {
        title: { description: 'page title', strategies: [{ role: 'heading', name: 'Office chairs' }] },
        price: { description: 'first price', strategies: [{ css: '.price' }] },
        url: { description: 'first product', strategies: [{ css: 'h3' }] },
        search: { description: 'search box', strategies: [{ label: 'Search products' }] },
        missing: { description: 'nothing', strategies: [{ css: '#nope' }] },
      },
    });
    expect(out.records).toEqual([{ title: 'Office chairs', price: 1249, url: 'http://localhost:3000/p/aeron', search: null, missing: null }]);
  });

  it('masks a password field\'s value but reads an ordinary field', () => {
    setDocument('<label for="u">User</label><input id="u" value="ada"><label for="p">Password</label><input id="p" type="password" value="hunter22">');
    const field = (label: string) => ({ description: label, strategies: [{ label }] });
    expect(run({ what: 'fields', fields: { user: field('User'), password: field('Password') } }).records).toEqual([{ user: 'ada', password: '••••' }]);
  });

  it('fails when no field is found', () => {
    setDocument('<p>x</p>');
    expect(() => run({ what: 'fields', fields: { a: { description: 'a', strategies: [{ css: '#a' }] } } })).toThrow(ElementNotFound);
  });

  it('returns the visible text of the target or the main content', async () => {
    await loadFixture('hidden-traps.html');
    const out = run({ what: 'text' });
    expect(out.text).toContain('Aeron Chair');
    expect(out.records).toEqual([{ text: out.text! }]);
    expect(run({ what: 'text' }, document.querySelector('h2')!).text).toBe('Aeron Chair');
  });
});

describe('items spread over two table rows (layout tables)', () => {
  const story = (n: number, title: string, site: string, points: number) => `
    <tr class="athing"><td class="rank">${n}.</td><td class="title"><span class="titleline"><a href="https://${site}/${n}">${title}</a> <span class="site">(${site})</span></span></td></tr>
    <tr><td></td><td class="subtext"><span class="score">${points} points</span> by <a href="/u/${n}">user${n}</a> | <a href="/item/${n}">${n * 10}&nbsp;comments</a></td></tr>`;
  beforeEach(() => setDocument(`<table><tbody>${story(1, 'Show TN: A tiny database', 'a.example', 312)}${story(2, 'Moving off Kubernetes', 'b.example', 201)}${story(3, 'The floppy disk', 'c.example', 87)}
    <tr><td></td><td><a href="?p=2" rel="next">More</a></td></tr></tbody></table>`));

  it('joins each title row with its detail row into one record; the "More" row is not an item', () => {
    const { records } = run({ what: 'list' });
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({ name: 'Show TN: A tiny database', url: 'https://a.example/1' });
    expect(Object.keys(records[0]).sort()).toEqual(['name', 'text', 'url']);
    expect(records[0].text).toMatch(/312 points by user1 \| 10 comments/);
    expect(records[2].text).toMatch(/87 points/);
    expect(run({ what: 'list', query: 'kubernetes' }).records.map((r) => r.url)).toEqual(['https://b.example/2']);
  });

  it('a plain table keeps its columns', () => {
    setDocument('<table><tr><td>Width</td><td>68 cm</td></tr><tr><td>Weight</td><td>19 kg</td></tr><tr><td>SKU</td><td>00123</td></tr></table>');
    expect(run({ what: 'list' }).records[0]).toHaveProperty('column1', 'Width');
  });
});

describe('links and headings', () => {
  beforeEach(() => setDocument(`<h1>Recipes</h1><nav><a href="/">Home</a> <a href="#main">Skip</a></nav>
    <h2>Pancakes</h2><p><a href="/p/1">Pancakes</a> and <a href="/p/1">again</a>, <a href="javascript:void 0">js</a>,
    <a href="https://other.example/x"><img alt="Other site"></a> <a href="/hidden" style="display:none">Hidden</a></p>
    <div role="heading" aria-level="3">Notes</div>`));

  it('lists every visible link once with its address', () => {
    expect(run({ what: 'links' }).records).toEqual([
      { text: 'Home', url: expect.stringMatching(/\/$/) },
      { text: 'Pancakes', url: expect.stringMatching(/\/p\/1$/) },
      { text: 'Other site', url: 'https://other.example/x' },
    ]);
    expect(run({ what: 'links', query: 'other' }).records.map((r) => r.text)).toEqual(['Other site']);
  });

  it('lists the headings with their level', () => {
    expect(run({ what: 'headings' }).records).toEqual([{ level: 1, text: 'Recipes' }, { level: 2, text: 'Pancakes' }, { level: 3, text: 'Notes' }]);
  });
});

describe('a single item with a spec sheet', () => {
  it('is one record with its name, price and the spec lines, not one record per term', () => {
    setDocument(`<main><h1>Webcam 4K</h1><p class="price"><span>$89.50</span></p>
      <dl><dt>Brand</dt><dd>Lumo</dd><dt>Resolution</dt><dd>3840×2160</dd><dt>In stock</dt><dd>Yes</dd></dl><button>Add to bag</button></main>`);
    expect(run({ what: 'list' }).records).toEqual([
      { name: 'Webcam 4K', price: 89.5, priceText: '$89.50', currency: 'USD', brand: 'Lumo', resolution: '3840×2160', inStock: 'Yes' },
    ]);
  });
});
