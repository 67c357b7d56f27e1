import type { GoalScanner } from './scanner';

const TLD = '(?:com|net|org|io|co|uk|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|cz|pt|ie|eu|us|ca|au|nz|jp|cn|in|br|mx|ru|app|dev|shop|store|online|site|info|biz|me|tv|ai|xyz|test|example|local|localhost|gov|edu)';
const URL_RE = /\bhttps?:\/\/[^\s,;<>"'()]+/i;
const HOST_RE = new RegExp(
  `(?<![@\\w.-])(?:localhost|\\d{1,3}(?:\\.\\d{1,3}){3}|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+${TLD})(?::\\d{2,5})?(?:\\/[^\\s,;<>"'()]*)?(?![\\w@-])`,
  'i',
);

/** Claims URLs and host names ("http://127.0.0.1:4301/x", "shop.example.com", "a.com") as sites. */
export function claimSites(scan: GoalScanner): string[] {
  const out: string[] = [];
  for (const re of [URL_RE, HOST_RE]) {
    for (const m of scan.find(re)) {
      const text = m.text.replace(/[.!?:]+$/, '');
      scan.claim('site', m.start, m.start + text.length);
      out.push(text);
    }
  }
  return out.sort((a, b) => scan.text.indexOf(a) - scan.text.indexOf(b));
}

const NOT_A_SITE = new Set([
  'this', 'these', 'those', 'the', 'all', 'every', 'each', 'page', 'pages', 'sale', 'site', 'sites', 'shop',
  'shops', 'store', 'stores', 'website', 'websites', 'my', 'our', 'it', 'them', 'stock', 'offer', 'display',
  'screen', 'tab', 'tabs', 'average', 'top', 'amount', 'time', 'both', 'either', 'me', 'here', 'there', 'line',
  'online', 'price', 'prices', 'a', 'an', 'one', 'two', 'three', 'and', 'or',
]);

/**
 * Claims bare site names listed after "on", "at", "across", "from" ("on amazon, ebay and walmart").
 * Runs after hosts are claimed, so a list may mix hosts and bare names. Only single words count, and
 * the list must end the clause: "on sale" or "on the first page" are not sites.
 */
export function claimBareSites(scan: GoalScanner, after = 0): string[] {
  for (const prep of scan.find(/\b(?:on|at|across|from|via)\s+/i)) {
    if (prep.start < after) continue;
    const tail = scan.rest.slice(prep.end);
    const clause = /^[^.;!?]*/.exec(tail)![0];
    const segments = clause.split(/,|\band\b|\bor\b/i).map((x) => x.trim());
    const names = segments.filter(Boolean);
    if (names.length === 0 || names.length > 8) continue;
    if (!names.every((n) => /^[A-Za-z][\w-]*$/.test(n) && !NOT_A_SITE.has(n.toLowerCase()))) continue;
    let from = prep.end;
    return names.map((n) => {
      const start = scan.rest.indexOf(n, from);
      from = start + n.length;
      scan.claim('site', start, from);
      return n;
    });
  }
  return [];
}

/**
 * A site as written → a URL to navigate to, or undefined for bare names ("amazon") that need a
 * model or the person to say which address they mean. Local hosts and IPs get http://.
 */
export function siteUrl(site: string): string | undefined {
  const s = site.trim();
  if (/^https?:\/\//i.test(s)) return s;
  if (!/[.:]/.test(s) && !/^localhost$/i.test(s)) return undefined;
  const local = /^(?:localhost|\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?(?:\/|$)/i.test(s);
  return `${local ? 'http' : 'https'}://${s}`;
}

/** Origin of a URL ("https://a.com"), or undefined when it does not parse. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.origin : undefined;
  } catch {
    return undefined;
  }
}
