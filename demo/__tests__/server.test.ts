// @vitest-environment node
import { createServer } from 'node:net';
import { PRODUCTS } from '../catalogue.mjs';
import { startDemoServer, type DemoServer } from '../server.mjs';

let demo: DemoServer;
beforeAll(async () => {
  demo = await startDemoServer({ basePort: 0, quiet: true });
});
afterAll(() => demo.close());

async function get(site: keyof DemoServer['urls'], path: string) {
  const response = await fetch(new URL(path, demo.urls[site]));
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}
const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('demo server', () => {
  it('serves every site on its own origin', () => {
    const origins = Object.values(demo.urls).map((u) => new URL(u).origin);
    expect(Object.keys(demo.urls)).toEqual(['hub', 'shopA', 'shopB', 'shopC', 'data', 'form']);
    expect(new Set(origins).size).toBe(6);
    for (const origin of origins) expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Object.values(demo.urls)).toEqual(origins);
  });

  it('lists every site and the tricky pages on the hub', async () => {
    const { status, text } = await get('hub', '/');
    expect(status).toBe(200);
    for (const url of Object.values(demo.urls).slice(1)) expect(text).toContain(`href="${url}/"`);
    for (const path of ['/extras/reviews', '/extras/modal', '/extras/redirect', '/extras/live-form']) expect(text).toContain(`href="${path}"`);
  });

  it('answers unknown paths with an HTML 404 page on every origin', async () => {
    for (const site of Object.keys(demo.urls) as Array<keyof DemoServer['urls']>) {
      const { status, type, text } = await get(site, '/no-such-page');
      expect(status, site).toBe(404);
      expect(type).toBe('text/html; charset=utf-8');
      expect(text).toMatch(/not found|nicht gefunden/i);
    }
    expect((await get('shopA', '/product/no-such-chair')).status).toBe(404);
    expect((await get('shopB', '/p/9999')).status).toBe(404);
    expect((await get('shopC', '/item?id=XX-000')).status).toBe(404);
  });

  it('serves assets and product images with their content types', async () => {
    expect((await get('shopA', '/assets/aurora.css')).type).toBe('text/css; charset=utf-8');
    expect((await get('form', '/assets/form-rules.js')).type).toBe('text/javascript; charset=utf-8');
    const image = await get('shopB', '/img/aeron-chair.svg');
    expect(image.type).toBe('image/svg+xml');
    expect(image.text).toContain('<svg');
    expect((await get('shopA', '/assets/../server.mjs')).status).toBe(404);
  });

  it('treats repeated slashes as one, so "${origin}/" + "/path" still works', async () => {
    const response = await fetch(`${demo.urls.shopA}//products?q=aeron`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('>Aeron Chair</a></h2>');
    expect((await fetch(`${demo.urls.hub}//`)).status).toBe(200);
  });

  it('answers HEAD without a body, a favicon with 204 and other methods with 405', async () => {
    const head = await fetch(demo.urls.shopA, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(new URL('/favicon.ico', demo.urls.hub))).status).toBe(204);
    expect((await fetch(demo.urls.hub, { method: 'PUT' })).status).toBe(405);
  });

  it('refuses to start when a base port is taken, and leaves nothing listening', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await expect(startDemoServer({ basePort: port, quiet: true })).rejects.toThrow(/EADDRINUSE/);
    await new Promise((resolve) => blocker.close(resolve));
  });
});

describe('the three shops', () => {
  it('find the Aeron Chair at each shop\'s own price when searching for "aeron"', async () => {
    const a = await get('shopA', '/products?q=aeron');
    expect(count(a.text, '<article class="product-card">')).toBe(1);
    expect(a.text).toContain('>Aeron Chair</a></h2>');
    expect(a.text).toContain('<p class="price">$1,249.00</p>');

    const b = await get('shopB', '/?q=AERON');
    expect(count(b.text, '<li class="row"')).toBe(1);
    expect(b.text).toContain('>Aeron Chair</a>');
    expect(b.text).toContain('<span class="cur">$</span><span class="amt">1,099</span><sup>.99</sup>');

    const c = await get('shopC', '/?q=aeron');
    expect(c.text).toContain('<html lang="de">');
    const data = JSON.parse(/<script type="application\/json" id="produktdaten">(.*?)<\/script>/s.exec(c.text)![1]);
    expect(data).toEqual([expect.objectContaining({ name: 'Aeron Chair', preisText: '1.189,00 €', id: 'CH-001' })]);
  });

  it('match search terms against the brand too, case-insensitively', async () => {
    const { text } = await get('shopA', '/products?q=herman%20MILLER');
    expect(count(text, '<article class="product-card">')).toBe(2);
    expect(text).toContain('Embody Chair');
  });

  it('say so when nothing matches', async () => {
    expect((await get('shopA', '/products?q=sofa')).text).toContain('No products match your search');
    expect((await get('shopB', '/?q=sofa')).text).toContain('0 items found');
  });

  it('paginate Aurora 8 per page with numbered links and a Next link until the last page', async () => {
    const first = await get('shopA', '/products');
    expect(count(first.text, '<article class="product-card">')).toBe(8);
    expect(first.text).toContain('<a href="/products?page=2" rel="next">Next</a>');
    expect(first.text).toContain('aria-current="page">1</a>');
    const last = await get('shopA', '/products?page=3');
    expect(last.text).toContain('Showing 17–24 of 24 products');
    expect(last.text).not.toContain('rel="next"');
  });

  it('filter Aurora by category and price range, and sort by price', async () => {
    const { text } = await get('shopA', '/products?category=desks&max=600&sort=price-asc');
    const prices = [...text.matchAll(/<p class="price">\$([\d,.]+)<\/p>/g)].map((m) => Number(m[1].replace(/,/g, '')));
    expect(prices).toEqual([349, 429, 549, 599]);
  });

  it('page Bolt by ?page= links and serve "Load more" fragments', async () => {
    const first = await get('shopB', '/');
    expect(count(first.text, '<li class="row"')).toBe(10);
    expect(first.text).toContain('<a class="pg pg-next" href="/?page=2">Next »</a>');
    expect(first.text).toContain('>Load more</button>');
    const fragment = await get('shopB', '/?page=3&fragment=1');
    expect(count(fragment.text, '<li class="row"')).toBe(4);
    expect(fragment.text).not.toContain('<html');
    const last = await get('shopB', '/?page=3');
    expect(last.text).not.toContain('Next »');
    expect(last.text).not.toContain('Load more');
  });

  it('filter Bolt by checked categories', async () => {
    const { text } = await get('shopB', '/?cat=monitors&cat=desks');
    expect(count(text, '<li class="row"')).toBe(10);
    expect(text).toContain('id="c-monitors" value="monitors" checked');
    expect(text).not.toContain('Aeron Chair');
  });

  it('show product pages in each shop\'s own URL scheme and markup', async () => {
    const a = await get('shopA', '/product/aeron-chair');
    expect(a.text).toContain('<h1>Aeron Chair</h1>');
    expect(a.text).toContain('<caption>Specifications</caption>');
    expect(a.text).toMatch(/<button type="button" class="add-to-cart"[^>]*>Add to cart<\/button>/);
    const b = await get('shopB', '/p/1001');
    expect(b.text).toContain('<div class="pd-title">Aeron Chair</div>');
    expect(b.text).not.toContain('<h1');
    expect(b.text).toMatch(/>Add to basket<\/button>/);
    const c = await get('shopC', '/item?id=CH-001');
    expect(c.text).toContain('<h1>Aeron Chair</h1>');
    expect(c.text).toContain('<p class="preis">1.189,00 €</p>');
    expect(c.text).toContain('>In den Warenkorb</button>');
  });

  it('carry the search controls other tests rely on', async () => {
    expect((await get('shopA', '/')).text).toContain('<input type="search" id="site-search" name="q" placeholder="Search products"');
    const bolt = (await get('shopB', '/')).text;
    expect(bolt).toContain('aria-label="Search the catalogue"');
    expect(bolt).toContain('<button class="go" aria-label="Go">');
    expect((await get('shopC', '/')).text).toContain('<label for="suchfeld">Suche</label>');
  });

  it('price every product so that exactly one shop is clearly cheapest', () => {
    const EUR_IN_USD = 1.08;
    for (const p of PRODUCTS) {
      const raw = [p.prices.a, p.prices.b, p.prices.c];
      const converted = [p.prices.a, p.prices.b, p.prices.c * EUR_IN_USD];
      const cheapestRaw = raw.indexOf(Math.min(...raw));
      expect(converted.indexOf(Math.min(...converted)), p.name).toBe(cheapestRaw);
      expect(raw.filter((x) => x === raw[cheapestRaw])).toHaveLength(1);
    }
    const aeron = PRODUCTS.find((p) => p.name === 'Aeron Chair')!;
    expect(aeron).toMatchObject({ brand: 'Herman Miller', prices: { a: 1249, b: 1099.99, c: 1189 } });
    expect(PRODUCTS).toHaveLength(24);
  });
});
