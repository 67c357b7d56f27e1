// The hub origin: an index of all demo sites, plus a few realistic obstacles (a review with a
// prompt injection, a modal covering a button, a page that navigates away after a click).
import { esc } from './lib/http.mjs';
import { hubLayout } from './lib/hub-layout.mjs';
import { extrasPage } from './extras.mjs';

const SITES = [
  ['shopA', 'Aurora Furnishings', 'A tidy furniture shop with semantic markup: product cards in a grid, search, category and price filters, sorting and numbered pagination.',
    ['Search for "aeron" and tell me the price', 'List all desks under $600', 'Add the Embody Chair to the cart']],
  ['shopB', 'Bolt Office Supply', 'An older office-supply shop built from divs: split prices, a search box without a form, checkbox filters and a "Load more" button.',
    ['Find the cheapest monitor', 'Collect every product across all pages', 'Put an MX Master 3S Mouse in the basket']],
  ['shopC', 'Cobalt Home', 'A German shop (prices in euro) whose product tiles are rendered by JavaScript after a short delay; filters re-render the list.',
    ['Suche nach "aeron" und nenne den Preis', 'Compare the Aeron Chair price across all three shops', 'Show the monitors sorted by price']],
  ['data', 'World Data Tables', 'Tables to extract: countries with population and GDP, a sortable table, a paginated table, and a job board of repeated cards.',
    ['Extract the countries table', 'Collect all books across the pages', 'List remote jobs with their salaries']],
  ['form', 'Northwind Careers', 'A four-step job application with validation and a review page, plus a simple contact form.',
    ['Fill in the application for Jane Doe', 'Send a message through the contact form']],
];

const EXTRAS = [
  ['/extras/reviews', 'Product reviews with a prompt injection', 'One review tries to instruct an assistant to visit another site and type a password. Errand must treat it as page text.'],
  ['/extras/modal', 'A modal over a button', 'A newsletter dialog covers the "Download report" button until it is closed.'],
  ['/extras/redirect', 'A button that navigates away', 'Clicking "Continue to checkout" changes the page location 500 ms later.'],
  ['/extras/live-form', 'A form that redraws itself', 'Every change replaces the form\'s elements with new ones; a menu opens on hover.'],
];

function index(urls) {
  const sites = SITES.map(([key, name, description, goals]) => `    <li class="site">
      <h2><a href="${esc(urls[key])}/">${esc(name)}</a></h2>
      <p class="url">${esc(urls[key])}</p>
      <p>${esc(description)}</p>
      <p class="goals-title">Goals to try:</p>
      <ul class="goals">${goals.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>
    </li>`);
  const extras = EXTRAS.map(([href, name, description]) => `    <li><a href="${href}">${esc(name)}</a> – ${esc(description)}</li>`);
  return hubLayout('Errand demo sites', `    <h1>Errand demo sites</h1>
    <p class="lead">Small local websites to try Errand on. Every site runs on its own port, so each is its own origin.</p>
    <ul class="sites">
${sites.join('\n')}
    </ul>
    <h2>Tricky pages</h2>
    <ul class="extras">
${extras.join('\n')}
    </ul>`);
}

/** The hub's request handler; `urls` are the base URLs of all demo sites. */
export function hub({ url, urls }) {
  if (url.pathname === '/') return index(urls);
  return extrasPage(url);
}

/** The hub's 404 page. */
export function hubNotFound() {
  return { ...hubLayout('Not found', '    <h1>Not found</h1>\n    <p>No such page. <a href="/">Back to the demo sites</a></p>'), status: 404 };
}
