// The plain layout shared by the hub's pages.
import { esc, html } from './http.mjs';

/** Wraps hub content in the shared hub layout. */
export function hubLayout(title, content, { script = '' } = {}) {
  return html(`<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)}</title>
  <link rel="stylesheet" href="/assets/hub.css">
</head>
<body>
  <header class="hub-header"><a href="/">Errand demo sites</a></header>
  <main>
${content}
  </main>
${script ? `  <script src="/assets/${script}"></script>\n` : ''}</body>
</html>`);
}
