// Shop C, "Cobalt Home": a German-language shop (lang="de", prices "1.189,00 €"). The listing
// ships the products as inline JSON and renders the tiles client-side after a short simulated fetch;
// changing a filter re-renders (replaces) the list. Product pages: /item?id=<sku>.
import { CATEGORIES, PRODUCTS, categoryByKey, formatEur, matchesQuery } from '../catalogue.mjs';
import { esc, html, param } from '../lib/http.mjs';

function layout(title, content, { q = '' } = {}) {
  return html(`<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)} | Cobalt Home</title>
  <link rel="stylesheet" href="/assets/cobalt.css">
</head>
<body>
  <header class="kopf">
    <a class="logo" href="/">cobalt<b>home</b></a>
    <form class="suche" action="/" method="get" role="search">
      <label for="suchfeld">Suche</label>
      <input type="text" id="suchfeld" name="q" value="${esc(q)}" placeholder="Wonach suchen Sie?">
      <button type="submit">Suchen</button>
    </form>
    <a class="warenkorb-link" href="/warenkorb">Warenkorb (<span id="wk-anzahl">0</span>)</a>
  </header>
  <nav class="kategorien" aria-label="Sortiment">
    ${CATEGORIES.map((c) => `<a href="/?kat=${c.key}">${esc(c.de)}</a>`).join('\n    ')}
  </nav>
  <main>
${content}
  </main>
  <footer class="fuss">Cobalt Home GmbH · Lindenstraße 12 · 10969 Berlin · <a href="/impressum">Impressum</a> · Alle Preise inkl. MwSt.</footer>
  <div class="cookie-hinweis" id="cookie-hinweis" hidden>
    <p>Wir verwenden Cookies, um Ihren Warenkorb zu speichern und unser Angebot zu verbessern.</p>
    <button type="button" id="cookie-ok">Verstanden</button>
  </div>
  <script src="/assets/cobalt.js"></script>
</body>
</html>`);
}

/** The inline JSON the listing script renders from (server already applies ?q=). */
function listingData(q) {
  return PRODUCTS.filter((p) => matchesQuery(p, q)).map((p) => ({
    id: p.sku, name: p.name, marke: p.brand, kategorie: p.category, preis: p.prices.c,
    preisText: formatEur(p.prices.c), bild: `/img/${p.slug}.svg`, bewertung: p.rating,
  }));
}

function listing(url) {
  const q = param(url, 'q');
  const options = CATEGORIES.map((c) => `<option value="${c.key}">${esc(c.de)}</option>`).join('');
  const json = JSON.stringify(listingData(q)).replace(/</g, '\\u003c');
  const heading = q ? `Suchergebnisse für „${esc(q)}“` : 'Alle Produkte';
  return layout(q ? `Suche: ${q}` : 'Startseite', `    <h1>${heading}</h1>
    <div class="werkzeuge">
      <label for="kat">Kategorie</label>
      <select id="kat" name="kat"><option value="">Alle Kategorien</option>${options}</select>
      <label for="sortierung">Sortieren nach</label>
      <select id="sortierung" name="sort">
        <option value="">Empfehlung</option>
        <option value="price-asc">Preis aufsteigend</option>
        <option value="price-desc">Preis absteigend</option>
        <option value="name">Name A–Z</option>
      </select>
    </div>
    <p class="treffer" id="treffer" aria-live="polite">Produkte werden geladen …</p>
    <div id="liste" class="liste" aria-busy="true"><div class="lader" aria-hidden="true"></div></div>
    <nav class="seiten" id="seiten" aria-label="Seitennavigation"></nav>
    <script type="application/json" id="produktdaten">${json}</script>`, { q });
}

function itemPage(url) {
  const p = PRODUCTS.find((x) => x.sku === param(url, 'id'));
  if (!p) return null;
  const specs = { Marke: p.brand, Artikelnummer: p.sku, ...p.specs, Garantie: '2 Jahre' };
  const rows = Object.entries(specs).map(([k, v]) => `        <dt>${esc(k)}</dt><dd>${esc(v)}</dd>`);
  return layout(p.name, `    <p class="pfad"><a href="/">Startseite</a> / <a href="/?kat=${p.category}">${esc(categoryByKey(p.category).de)}</a> / ${esc(p.name)}</p>
    <div class="artikel">
      <img src="/img/${p.slug}.svg" alt="${esc(p.name)}" width="360" height="324">
      <div class="kaufen">
        <h1>${esc(p.name)}</h1>
        <p class="marke">${esc(p.brand)}</p>
        <p class="preis">${formatEur(p.prices.c)}</p>
        <p class="hinweis">inkl. 19 % MwSt., zzgl. Versandkosten · Lieferzeit 3–5 Werktage</p>
        <button type="button" class="warenkorb" data-id="${p.sku}" data-name="${esc(p.name)}">In den Warenkorb</button>
      </div>
    </div>
    <h2>Beschreibung</h2>
    <p>${esc(p.description)}</p>
    <h2>Technische Daten</h2>
    <dl class="daten">
${rows.join('\n')}
    </dl>`);
}

function basketPage() {
  return layout('Warenkorb', `    <h1>Ihr Warenkorb</h1>
    <ul id="wk-liste"><li>Ihr Warenkorb ist leer.</li></ul>
    <p><a href="/">Weiter einkaufen</a></p>`);
}

function imprintPage() {
  return layout('Impressum', `    <h1>Impressum</h1>
    <p>Cobalt Home GmbH, Lindenstraße 12, 10969 Berlin. Geschäftsführerin: Jana Beispiel. HRB 000000 (Demo).</p>`);
}

/** Cobalt's request handler: listing (?q=, ?kat=, ?sort=, ?page= read by the page script), /item?id=, /warenkorb. */
export function cobalt({ url }) {
  switch (url.pathname) {
    case '/': return listing(url);
    case '/item': return itemPage(url);
    case '/warenkorb': return basketPage();
    case '/impressum': return imprintPage();
    default: return null;
  }
}

/** Cobalt's 404 page. */
export function cobaltNotFound() {
  const page = layout('Seite nicht gefunden', `    <h1>Seite nicht gefunden (404)</h1>\n    <p>Diese Seite gibt es leider nicht. <a href="/">Zur Startseite</a></p>`);
  return { ...page, status: 404 };
}
