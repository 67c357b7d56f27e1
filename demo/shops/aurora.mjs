// Shop A, "Aurora Furnishings": tidy semantic HTML, server-rendered. Product cards are <article>s
// in a CSS grid, prices read "$1,249.00", 8 products per page with numbered links and "Next".
import { CATEGORIES, PRODUCTS, categoryByKey, formatUsd, paginate, queryProducts } from '../catalogue.mjs';
import { esc, html, numberParam, param, queryString } from '../lib/http.mjs';

const PER_PAGE = 8;
const SORTS = [
  ['featured', 'Featured'], ['price-asc', 'Price: low to high'], ['price-desc', 'Price: high to low'],
  ['name', 'Name: A to Z'], ['rating', 'Customer rating'],
];

function layout(title, main, { q = '' } = {}) {
  return html(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)} – Aurora Furnishings</title>
  <link rel="stylesheet" href="/assets/aurora.css">
</head>
<body>
  <header class="site-header">
    <a class="brand" href="/">Aurora <span>Furnishings</span></a>
    <form class="search" role="search" action="/products" method="get">
      <label class="visually-hidden" for="site-search">Search products</label>
      <input type="search" id="site-search" name="q" placeholder="Search products" value="${esc(q)}">
      <button type="submit">Search</button>
    </form>
    <nav aria-label="Account">
      <a href="/cart" class="cart-link">Cart (<span id="cart-count">0</span>)</a>
    </nav>
  </header>
  <main id="main">
${main}
  </main>
  <footer class="site-footer">
    <p>Aurora Furnishings · 120 Harbour Street, Portland, OR · Free delivery on orders over $500</p>
  </footer>
  <div class="cookie-banner" id="cookie-banner" role="region" aria-label="Cookie notice" hidden>
    <p>We use cookies to remember your cart and to understand how our shop is used.</p>
    <button type="button" id="cookie-accept">Got it</button>
  </div>
  <p class="toast" id="toast" role="status" aria-live="polite"></p>
  <script src="/assets/aurora.js"></script>
</body>
</html>`);
}

function card(p) {
  return `      <article class="product-card">
        <a href="/product/${p.slug}" class="thumb"><img src="/img/${p.slug}.svg" alt="${esc(p.name)}" width="200" height="180"></a>
        <h2><a href="/product/${p.slug}">${esc(p.name)}</a></h2>
        <p class="brand-name">${esc(p.brand)}</p>
        <p class="rating" aria-label="Rated ${p.rating} out of 5">★ ${p.rating} <span>(${p.reviews.toLocaleString('en-US')} reviews)</span></p>
        <p class="price">${formatUsd(p.price)}</p>
        <button type="button" class="add-to-cart" data-slug="${p.slug}" data-name="${esc(p.name)}">Add to cart</button>
      </article>`;
}

function pagination(state, result) {
  if (result.pages <= 1) return '';
  const params = { ...state, sort: state.sort === 'featured' ? '' : state.sort };
  const link = (page, text, extra = '') => `<a href="/products${queryString(params, { page })}"${extra}>${text}</a>`;
  const items = [];
  if (result.page > 1) items.push(`<li>${link(result.page - 1, 'Previous', ' rel="prev"')}</li>`);
  for (let page = 1; page <= result.pages; page++) {
    items.push(`<li>${link(page, String(page), page === result.page ? ' aria-current="page"' : '')}</li>`);
  }
  if (result.page < result.pages) items.push(`<li>${link(result.page + 1, 'Next', ' rel="next"')}</li>`);
  return `    <nav class="pagination" aria-label="Pagination">\n      <ol>${items.join('')}</ol>\n    </nav>`;
}

function filters(state) {
  const cats = [{ key: '', name: 'All products' }, ...CATEGORIES].map((c) => {
    const count = c.key ? PRODUCTS.filter((p) => p.category === c.key).length : PRODUCTS.length;
    const current = c.key === state.category ? ' aria-current="true"' : '';
    return `<li><a href="/products${queryString({ q: state.q, category: c.key })}"${current}>${esc(c.name)}</a> <span>(${count})</span></li>`;
  });
  const options = SORTS.map(([value, label]) => `<option value="${value}"${value === state.sort ? ' selected' : ''}>${label}</option>`);
  return `    <aside class="filters" aria-label="Filters">
      <h2>Categories</h2>
      <ul class="category-list">${cats.join('')}</ul>
      <form class="refine" action="/products" method="get">
        <input type="hidden" name="q" value="${esc(state.q)}">
        <input type="hidden" name="category" value="${esc(state.category)}">
        <fieldset>
          <legend>Price range</legend>
          <label>Min price <input type="number" name="min" min="0" step="1" inputmode="numeric" value="${state.min ?? ''}"></label>
          <label>Max price <input type="number" name="max" min="0" step="1" inputmode="numeric" value="${state.max ?? ''}"></label>
        </fieldset>
        <label for="sort">Sort by</label>
        <select id="sort" name="sort">${options.join('')}</select>
        <button type="submit">Apply</button>
      </form>
    </aside>`;
}

function listing(url) {
  const state = {
    q: param(url, 'q'), category: categoryByKey(param(url, 'category')) ? param(url, 'category') : '',
    min: numberParam(url, 'min'), max: numberParam(url, 'max'), sort: param(url, 'sort') || 'featured',
  };
  const all = queryProducts('a', { ...state, categories: state.category ? [state.category] : [] });
  const result = paginate(all, param(url, 'page'), PER_PAGE);
  const heading = state.q ? `Search results for “${esc(state.q)}”` : esc(categoryByKey(state.category)?.name ?? 'All products');
  const summary = result.total
    ? `Showing ${result.from}–${result.to} of ${result.total} products`
    : 'No products match your search. Try a different word or clear the filters.';
  const main = `    <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> › <span>Products</span></nav>
    <div class="catalogue">
${filters(state)}
      <section class="results" aria-labelledby="results-heading">
        <h1 id="results-heading">${heading}</h1>
        <p class="summary">${summary}</p>
        <div class="product-grid">
${result.items.map(card).join('\n')}
        </div>
${pagination(state, result)}
      </section>
    </div>`;
  return layout(state.q ? `Search: ${state.q}` : 'Products', main, state);
}

function productPage(slug) {
  const p = PRODUCTS.find((x) => x.slug === slug);
  if (!p) return null;
  const specs = { Brand: p.brand, SKU: p.sku, ...p.specs, Warranty: '12 years' };
  const rows = Object.entries(specs).map(([k, v]) => `          <tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`);
  const main = `    <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/products?category=${p.category}">${esc(categoryByKey(p.category).name)}</a> › <span>${esc(p.name)}</span></nav>
    <article class="product-detail">
      <img src="/img/${p.slug}.svg" alt="${esc(p.name)}" width="400" height="360">
      <div class="buy-box">
        <h1>${esc(p.name)}</h1>
        <p class="brand-name">by ${esc(p.brand)}</p>
        <p class="rating">★ ${p.rating} (${p.reviews.toLocaleString('en-US')} reviews)</p>
        <p class="price">${formatUsd(p.prices.a)}</p>
        <p class="stock">In stock – ships in 2–4 business days</p>
        <label for="qty">Quantity</label>
        <input type="number" id="qty" name="qty" min="1" max="10" value="1">
        <button type="button" class="add-to-cart" data-slug="${p.slug}" data-name="${esc(p.name)}">Add to cart</button>
      </div>
      <section class="description">
        <h2>Description</h2>
        <p>${esc(p.description)}</p>
        <table class="specs">
          <caption>Specifications</caption>
${rows.join('\n')}
        </table>
      </section>
    </article>
    <p><a href="/products">← Back to all products</a></p>`;
  return layout(p.name, main);
}

function cartPage() {
  const main = `    <h1>Your cart</h1>
    <ul id="cart-items" class="cart-items"><li>Your cart is empty.</li></ul>
    <p><a href="/products">Continue shopping</a></p>
    <button type="button" id="clear-cart">Empty cart</button>`;
  return layout('Cart', main);
}

/** Aurora's request handler: listing, search, product pages and cart; null for unknown paths. */
export function aurora({ url }) {
  const path = url.pathname;
  if (path === '/' || path === '/products') return listing(url);
  if (path === '/cart') return cartPage();
  const product = /^\/product\/([a-z0-9-]+)$/.exec(path);
  if (product) return productPage(product[1]);
  return null;
}

/** Aurora's 404 page. */
export function auroraNotFound() {
  const page = layout('Page not found', `    <h1>Page not found</h1>\n    <p>Sorry, we couldn't find that page. <a href="/products">Browse all products</a>.</p>`);
  return { ...page, status: 404 };
}
