// Layout and shared constants of the form site.
import { esc, html } from './http.mjs';

/** Country codes and names offered in the address step. */
export const COUNTRIES = [['DE', 'Germany'], ['GB', 'United Kingdom'], ['US', 'United States'], ['FR', 'France'], ['NL', 'Netherlands'], ['CA', 'Canada']];

/** Wraps form-site content in its layout. */
export function formLayout(title, content, script = '') {
  return html(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)} – Northwind Careers</title>
  <link rel="stylesheet" href="/assets/form.css">
</head>
<body>
  <header class="top"><a href="/">Northwind <span>Careers</span></a><nav><a href="/apply">Apply</a> <a href="/contact">Contact</a></nav></header>
  <main>
${content}
  </main>
  <footer>Northwind Traders · 400 Pine Street, Seattle, WA · Equal opportunity employer</footer>
${script ? `  <script type="module" src="/assets/${script}"></script>\n` : ''}</body>
</html>`);
}
