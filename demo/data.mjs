// The data-table site: a plain table, a sortable table, a paginated table and a job board of cards.
import { BOOKS, BUILDINGS, COUNTRIES, JOBS } from './datasets.mjs';
import { esc, html, param } from './lib/http.mjs';

const BOOKS_PER_PAGE = 10;
const num = (n) => n.toLocaleString('en-US');

function layout(title, content, script = '') {
  return html(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)} · World Data Tables</title>
  <link rel="stylesheet" href="/assets/data.css">
</head>
<body>
  <header class="masthead">
    <a class="home" href="/">World Data Tables</a>
    <nav aria-label="Main">
      <a href="/countries">Countries</a> <a href="/buildings">Tallest buildings</a> <a href="/books">Books</a> <a href="/jobs">Jobs</a>
    </nav>
  </header>
  <main>
${content}
  </main>
  <footer>Figures are rounded estimates for demonstration purposes.</footer>
${script ? `  <script src="/assets/${script}"></script>\n` : ''}</body>
</html>`);
}

function index() {
  return layout('Home', `    <h1>World Data Tables</h1>
    <ul class="index">
      <li><a href="/countries">Countries by population</a> – 40 countries with capital, population, area and GDP.</li>
      <li><a href="/buildings">Tallest buildings</a> – a table you can sort by clicking a column header.</li>
      <li><a href="/books">Classic books</a> – 34 books, 10 per page.</li>
      <li><a href="/jobs">Job board</a> – current openings as cards.</li>
    </ul>`);
}

function countries() {
  const rows = COUNTRIES.map(([name, capital, continent, pop, area, gdp], i) =>
    `        <tr><td>${i + 1}</td><th scope="row">${esc(name)}</th><td>${esc(capital)}</td><td>${continent}</td><td class="n">${num(pop)}</td><td class="n">${num(area)}</td><td class="n">${num(gdp)}</td></tr>`);
  return layout('Countries by population', `    <h1>Countries by population</h1>
    <p>The 40 most populous countries. GDP is nominal, in millions of US dollars.</p>
    <table id="countries">
      <caption>Countries by population, 2023</caption>
      <thead>
        <tr><th scope="col">Rank</th><th scope="col">Country</th><th scope="col">Capital</th><th scope="col">Continent</th><th scope="col">Population</th><th scope="col">Area (km²)</th><th scope="col">GDP (US$ million)</th></tr>
      </thead>
      <tbody>
${rows.join('\n')}
      </tbody>
    </table>`);
}

function buildings() {
  const headers = ['Building', 'City', 'Country', 'Height (m)', 'Floors', 'Completed'];
  const th = headers.map((h, i) => `<th scope="col" aria-sort="none"><button type="button" data-column="${i}"${i >= 3 ? ' data-type="number"' : ''}>${h}</button></th>`);
  const rows = BUILDINGS.map(([name, city, country, height, floors, year]) =>
    `        <tr><td>${esc(name)}</td><td>${esc(city)}</td><td>${esc(country)}</td><td class="n">${height}</td><td class="n">${floors}</td><td class="n">${year}</td></tr>`);
  return layout('Tallest buildings', `    <h1>Tallest buildings in the world</h1>
    <p>Click a column header to sort; click again to reverse the order.</p>
    <table id="buildings" class="sortable">
      <caption>Completed skyscrapers by architectural height</caption>
      <thead>
        <tr>${th.join('')}</tr>
      </thead>
      <tbody>
${rows.join('\n')}
      </tbody>
    </table>`, 'sortable.js');
}

function bookRow([title, author, year, pages, rating]) {
  return `<tr><td>${esc(title)}</td><td>${esc(author)}</td><td class="n">${year}</td><td class="n">${num(pages)}</td><td class="n">${rating.toFixed(2)}</td></tr>`;
}

function books(url) {
  const pages = Math.ceil(BOOKS.length / BOOKS_PER_PAGE);
  const page = Math.min(Math.max(1, Number.parseInt(param(url, 'page'), 10) || 1), pages);
  const slice = BOOKS.slice((page - 1) * BOOKS_PER_PAGE, page * BOOKS_PER_PAGE);
  const data = JSON.stringify(BOOKS).replace(/</g, '\\u003c');
  return layout('Classic books', `    <h1>Classic books</h1>
    <p>Average reader ratings out of 5.</p>
    <table id="books" data-per-page="${BOOKS_PER_PAGE}">
      <caption>Classic books and their reader ratings</caption>
      <thead>
        <tr><th scope="col">Title</th><th scope="col">Author</th><th scope="col">Year</th><th scope="col">Pages</th><th scope="col">Rating</th></tr>
      </thead>
      <tbody>
        ${slice.map(bookRow).join('\n        ')}
      </tbody>
    </table>
    <div class="pager">
      <button type="button" id="prev"${page === 1 ? ' disabled' : ''}>Previous</button>
      <span id="page-status" aria-live="polite">Page ${page} of ${pages}</span>
      <button type="button" id="next"${page === pages ? ' disabled' : ''}>Next</button>
    </div>
    <script type="application/json" id="book-data">${data}</script>`, 'paged-table.js');
}

function jobDate(iso) {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function jobs() {
  const cards = JOBS.map(([title, company, location, posted, salary, type], i) => `      <li class="job-card">
        <h2><a href="/jobs/${i + 1}">${esc(title)}</a></h2>
        <p class="company">${esc(company)}</p>
        <dl>
          <dt>Location</dt><dd>${esc(location)}</dd>
          <dt>Posted</dt><dd><time datetime="${posted}">${jobDate(posted)}</time></dd>
          <dt>Salary</dt><dd>${esc(salary)}</dd>
          <dt>Type</dt><dd>${type}</dd>
        </dl>
      </li>`);
  return layout('Job board', `    <h1>Job board</h1>
    <p>${JOBS.length} open positions, newest first.</p>
    <ul class="jobs">
${cards.join('\n')}
    </ul>`);
}

function job(n) {
  const row = JOBS[n - 1];
  if (!row) return null;
  const [title, company, location, posted, salary, type, summary] = row;
  return layout(title, `    <p><a href="/jobs">← All jobs</a></p>
    <h1>${esc(title)}</h1>
    <p class="company">${esc(company)} · ${esc(location)}</p>
    <p>${esc(summary)}</p>
    <table class="facts">
      <tr><th scope="row">Salary</th><td>${esc(salary)}</td></tr>
      <tr><th scope="row">Type</th><td>${type}</td></tr>
      <tr><th scope="row">Posted</th><td>${jobDate(posted)}</td></tr>
    </table>`);
}

/** The data site's request handler; null for unknown paths. */
export function dataSite({ url }) {
  const jobMatch = /^\/jobs\/(\d+)$/.exec(url.pathname);
  if (jobMatch) return job(Number(jobMatch[1]));
  const pages = { '/': index, '/countries': countries, '/buildings': buildings, '/books': books, '/jobs': jobs };
  return pages[url.pathname]?.(url) ?? null;
}

/** The data site's 404 page. */
export function dataNotFound() {
  return { ...layout('Not found', '    <h1>Not found</h1>\n    <p>There is no table here. <a href="/">See all tables</a></p>'), status: 404 };
}
