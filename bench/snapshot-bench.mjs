// Snapshot benchmark: injects the bundled page agent into pages in headless Chromium and measures
// how long `takeSnapshot` takes and how many tokens its model form costs per element.
// Usage: node bench/snapshot-bench.mjs [page.html|https://…] …  (defaults to the test fixtures)
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { encode } from 'gpt-tokenizer';
import { bundlePageAgent } from './bundle-page-agent.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Label of the generated large page. */
export const GENERATED = 'generated-10k';

/** A listing page with about 10,000 elements: header, filters, 400 product cards, footer. */
export function generatedPage(cards = 520) {
  const card = (i) => `<li class="card"><a href="/p/${i}"><img src="/i/${i}.jpg" alt=""></a>`
    + `<h3><a href="/p/${i}">Product ${i} <span class="brand">Brand ${i % 17}</span></a></h3>`
    + `<div class="price"><span class="cur">$</span><span>${(i * 37) % 2000}</span><span>.99</span></div>`
    + `<ul class="specs"><li>Color: ${['red', 'blue', 'black'][i % 3]}</li><li>Size: ${i % 5}</li></ul>`
    + `<p class="desc">Short description of product ${i} with <b>bold</b> and <i>italic</i> words.</p>`
    + `<label><input type="checkbox" name="cmp${i}"> Compare</label><button type="button">Add to cart</button></li>`;
  const filters = Array.from({ length: 40 }, (_, i) => `<label><input type="checkbox" name="f${i}"> Filter ${i}</label>`).join('');
  return `<!doctype html><html lang="en"><head><title>Generated 10k</title><style>.card{display:inline-block;width:200px;margin:4px;vertical-align:top}</style></head>`
    + `<body><header><nav>${Array.from({ length: 30 }, (_, i) => `<a href="/c/${i}">Category ${i}</a>`).join(' ')}</nav>`
    + `<form role="search"><input type="search" aria-label="Search"><button>Search</button></form></header>`
    + `<main><aside>${filters}</aside><ul class="grid">${Array.from({ length: cards }, (_, i) => card(i)).join('')}</ul></main>`
    + `<footer>${Array.from({ length: 20 }, (_, i) => `<a href="/f/${i}">Footer ${i}</a>`).join(' ')}</footer></body></html>`;
}

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function measure(page, runs) {
  return page.evaluate((n) => {
    const api = window.ErrandPage;
    const times = [];
    let snap;
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      snap = api.takeSnapshot(document);
      times.push(performance.now() - t0);
    }
    return { times, text: api.formatSnapshotForModel(snap), elements: snap.elements.length, elementCount: document.getElementsByTagName('*').length };
  }, runs);
}

/**
 * Measures snapshots of each page in headless Chromium (plus the generated 10k-element page).
 * @param {{ pages?: string[], runs?: number, executablePath?: string, args?: string[] }} options
 *   pages: http(s) URLs or HTML file paths; runs: snapshots per page (after one warm-up);
 *   args: Chromium flags (default: the sandbox-free headless set above).
 * @returns {Promise<Array<{ page: string, elements: number, domElements: number, chars: number, tokens: number, tokensPerElement: number, medianMs: number, p95Ms: number }>>}
 */
export async function benchSnapshots({ pages = [], runs = 20, executablePath = '/usr/bin/chromium', args = CHROMIUM_ARGS } = {}) {
  const script = await bundlePageAgent({ minify: true });
  const browser = await chromium.launch({ executablePath, headless: true, args });
  const rows = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const targets = [...pages.map((p) => ({ label: p, url: /^https?:/.test(p) ? p : pathToFileURL(resolve(p)).href })), { label: GENERATED }];
    for (const target of targets) {
      if (target.url) {
        await page.goto(target.url, { waitUntil: 'load' });
        // Pages that draw their content after load (tiles rendered from inline JSON) get a moment.
        await page.waitForLoadState('networkidle').catch(() => undefined);
      } else await page.setContent(generatedPage(), { waitUntil: 'load' });
      await page.addScriptTag({ content: script });
      await measure(page, 1); // warm-up: JIT and style computation
      const { times, text, elements, elementCount } = await measure(page, runs);
      const sorted = [...times].sort((a, b) => a - b);
      const tokens = encode(text).length;
      rows.push({
        page: target.label, elements, domElements: elementCount, chars: text.length, tokens,
        tokensPerElement: elements ? Math.round((tokens / elements) * 10) / 10 : 0,
        medianMs: Math.round(quantile(sorted, 0.5) * 10) / 10, p95Ms: Math.round(quantile(sorted, 0.95) * 10) / 10,
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

/** The fixture pages in tests/fixtures/pages. */
export function fixturePages() {
  const dir = join(root, 'tests/fixtures/pages');
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort().map((f) => join(dir, f));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const pages = process.argv.slice(2);
  const rows = await benchSnapshots({ pages: pages.length ? pages : fixturePages() });
  console.table(rows.map((r) => ({ ...r, page: r.page.replace(`${root}/`, '') })));
}
