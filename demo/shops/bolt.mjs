// Shop B, "Bolt Office Supply": an older-style shop built from div soup with terse class names.
// Rows are <li class="row">, prices are split over spans, search is a bare input + magnifier button,
// pagination is both a client-side "Load more" button and ?page= links. Product pages: /p/<id>.
import { CATEGORIES, PRODUCTS, categoryByKey, paginate, queryProducts, splitUsd } from '../catalogue.mjs';
import { esc, html, listParam, param, queryString } from '../lib/http.mjs';

const PER_PAGE = 10;
const MAGNIFIER = '<svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true"><circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" stroke-width="3"/><path d="M15 15l7 7" stroke="currentColor" stroke-width="3"/></svg>';

function layout(title, content, { q = '' } = {}) {
  return html(`<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(title)} | Bolt Office Supply</title>
<link rel="stylesheet" href="/assets/bolt.css">
</head>
<body>
<div class="top">Free shipping over $99 · Call 1-800-555-0199 · Mon–Fri 8–6</div>
<div class="hdr">
  <div class="logo"><a href="/">BOLT</a><span>office supply</span></div>
  <div class="srch">
    <input type="text" id="s" aria-label="Search the catalogue" value="${esc(q)}" autocomplete="off">
    <button class="go" aria-label="Go">${MAGNIFIER}</button>
  </div>
  <div class="bskt"><a href="/basket">Basket: <b id="bc">0</b> items</a></div>
</div>
<div class="wrap">
${content}
</div>
<div class="ftr">© Bolt Office Supply Inc. · <a href="/">Catalogue</a> · <a href="/basket">Basket</a></div>
<div class="cc" id="cc" style="display:none">
  <div class="cc-txt">This site uses cookies to keep your basket. By continuing you agree to our cookie policy.</div>
  <button class="cc-ok">OK</button>
</div>
<script src="/assets/bolt.js"></script>
</body>
</html>`);
}

/** One product row; also served alone as a fragment for "Load more". */
function row(p) {
  const { whole, cents } = splitUsd(p.price);
  return `<li class="row" data-id="${p.boltId}">
  <div class="thumb"><a href="/p/${p.boltId}"><img src="/img/${p.slug}.svg" alt="" width="90" height="81"></a></div>
  <div class="info">
    <a class="nm" href="/p/${p.boltId}">${esc(p.name)}</a>
    <div class="br">${esc(p.brand)}</div>
    <div class="sku">Item #${p.boltId} · ${esc(categoryByKey(p.category).name)}</div>
  </div>
  <div class="prc"><span class="cur">$</span><span class="amt">${whole}</span><sup>.${cents}</sup></div>
  <div class="act"><button class="btn add" data-id="${p.boltId}" data-name="${esc(p.name)}">Add to basket</button></div>
</li>`;
}

function pageLinks(state, result) {
  if (result.pages <= 1) return '';
  const links = [];
  for (let page = 1; page <= result.pages; page++) {
    links.push(page === result.page ? `<span class="cur-pg">${page}</span>` : `<a class="pg" href="/${queryString(state, { page })}">${page}</a>`);
  }
  if (result.page < result.pages) links.push(`<a class="pg pg-next" href="/${queryString(state, { page: result.page + 1 })}">Next »</a>`);
  return `<div class="pgn">Page: ${links.join(' ')}</div>`;
}

function sidebar(state) {
  const boxes = CATEGORIES.map((c) => {
    const checked = state.cat.includes(c.key) ? ' checked' : '';
    return `  <div class="f"><input type="checkbox" id="c-${c.key}" value="${c.key}"${checked}><label for="c-${c.key}">${esc(c.name)}</label></div>`;
  });
  return `<div class="side">
  <div class="side-h">Refine</div>
${boxes.join('\n')}
  <button class="btn btn-f">Filter</button>
  <div class="side-note">Business customer? <a href="/basket">Ask for a quote</a></div>
</div>`;
}

function readState(url) {
  return { q: param(url, 'q'), cat: listParam(url, 'cat').filter((key) => categoryByKey(key)) };
}

function catalogue(url) {
  const state = readState(url);
  const all = queryProducts('b', { q: state.q, categories: state.cat });
  const result = paginate(all, param(url, 'page'), PER_PAGE);
  if (param(url, 'fragment') === '1') return html(result.items.map(row).join('\n'));
  const title = state.q ? `Results for "${esc(state.q)}"` : 'Catalogue';
  const more = result.page < result.pages
    ? `<button class="btn more" data-next="${result.page + 1}" data-pages="${result.pages}" data-query="${esc(queryString(state))}">Load more</button>`
    : '';
  const count = result.total ? `${result.total} items found` : `0 items found. Check the spelling or try a shorter word.`;
  return layout(title, `${sidebar(state)}
<div class="cnt">
  <div class="ttl">${title}</div>
  <div class="cnt-n"><span id="shown">${result.to}</span> of ${count}</div>
  <ul class="lst" id="lst">
${result.items.map(row).join('\n')}
  </ul>
  ${more}
  ${pageLinks(state, result)}
</div>`, state);
}

function productPage(id) {
  const p = PRODUCTS.find((x) => String(x.boltId) === id);
  if (!p) return null;
  const { whole, cents } = splitUsd(p.prices.b);
  const specs = Object.entries({ Manufacturer: p.brand, 'Item #': p.boltId, ...p.specs })
    .map(([k, v]) => `    <div class="spec"><span class="k">${esc(k)}</span><span class="v">${esc(v)}</span></div>`);
  return layout(p.name, `<div class="pd">
  <div class="crumbs"><a href="/">Catalogue</a> / <a href="/?cat=${p.category}">${esc(categoryByKey(p.category).name)}</a> / ${esc(p.name)}</div>
  <div class="pd-img"><img src="/img/${p.slug}.svg" alt="" width="320" height="288"></div>
  <div class="pd-main">
    <div class="pd-title">${esc(p.name)}</div>
    <div class="pd-brand">Brand: ${esc(p.brand)}</div>
    <div class="prc big"><span class="cur">$</span><span class="amt">${whole}</span><sup>.${cents}</sup></div>
    <div class="stk">In stock · order by 3pm for next-day dispatch</div>
    <button class="btn add" data-id="${p.boltId}" data-name="${esc(p.name)}">Add to basket</button>
    <div class="pd-desc">${esc(p.description)}</div>
    <div class="specs">
${specs.join('\n')}
    </div>
  </div>
</div>`);
}

function basketPage() {
  return layout('Basket', `<div class="cnt">
  <div class="ttl">Your basket</div>
  <div id="bl" class="bl">Your basket is empty.</div>
  <div><a href="/">Continue shopping</a></div>
</div>`);
}

/** Bolt's request handler: catalogue (with ?q, ?cat, ?page, ?fragment), /p/<id>, /basket. */
export function bolt({ url }) {
  const path = url.pathname;
  if (path === '/' || path === '/catalog') return catalogue(url);
  if (path === '/basket') return basketPage();
  const product = /^\/p\/(\d+)$/.exec(path);
  if (product) return productPage(product[1]);
  return null;
}

/** Bolt's 404 page. */
export function boltNotFound() {
  const page = layout('Not found', `<div class="cnt"><div class="ttl">404 – Page not found</div><div>The page you requested does not exist. <a href="/">Back to the catalogue</a></div></div>`);
  return { ...page, status: 404 };
}
