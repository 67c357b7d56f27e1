/**
 * Pages no extension may script: browser UI, other extensions, the web stores and the PDF viewer.
 * Returns a plain sentence saying why, or null when the page can be automated.
 */
export function restrictedReason(url: string | undefined): string | null {
  if (!url) return 'The tab has no page loaded yet.';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${url}" is not a web page.`;
  }
  const browserPages = ['chrome:', 'chrome-extension:', 'edge:', 'about:', 'moz-extension:', 'view-source:', 'devtools:', 'chrome-search:', 'chrome-untrusted:', 'brave:', 'opera:', 'vivaldi:'];
  if (browserPages.includes(u.protocol) && url !== 'about:blank') {
    return `Errand cannot act on browser pages like ${u.protocol}//${u.host}. Open a web page (http or https) and try again.`;
  }
  if (u.protocol === 'about:') return 'The tab is blank: open a web page first.';
  const stores = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
  if (stores.includes(u.hostname) || (u.hostname === 'chrome.google.com' && u.pathname.startsWith('/webstore'))) {
    return 'Browsers do not let extensions act on extension stores.';
  }
  if (/\.pdf($|[?#])/i.test(u.pathname)) return 'This tab shows a PDF in the browser viewer, which extensions cannot script.';
  if (!['http:', 'https:', 'file:'].includes(u.protocol)) return `Errand cannot act on ${u.protocol} pages.`;
  return null;
}

/** The origin of a URL, or null when it has none (about:blank, data:). */
export function originOf(url: string | undefined): string | null {
  try {
    const o = new URL(url ?? '').origin;
    return o === 'null' ? null : o;
  } catch {
    return null;
  }
}
