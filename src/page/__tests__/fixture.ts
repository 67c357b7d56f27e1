import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Raw HTML of a fixture page in tests/fixtures/pages. */
export function fixtureHtml(name: string): string {
  return readFileSync(join(process.cwd(), 'tests/fixtures/pages', name), 'utf8');
}

/**
 * Loads a fixture into happy-dom's document: head, body, <html lang>, then runs its inline scripts
 * (innerHTML does not) and waits for srcdoc iframes to load.
 */
export async function loadFixture(name: string): Promise<void> {
  setDocument(fixtureHtml(name));
  for (const script of Array.from(document.querySelectorAll('script'))) {
    new Function(script.textContent ?? '')();
  }
  const frames = Array.from(document.querySelectorAll('iframe[srcdoc]')) as HTMLIFrameElement[];
  await Promise.all(frames.map((f) => new Promise<void>((resolve) => {
    if (f.contentDocument?.body?.childElementCount) return resolve();
    f.addEventListener('load', () => resolve(), { once: true });
    setTimeout(resolve, 500);
  })));
}

/** Replaces the document content with an HTML string (no scripts run). */
export function setDocument(html: string): void {
  const lang = /<html[^>]*\blang="([^"]*)"/i.exec(html)?.[1];
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const open = /<body[^>]*>/i.exec(html);
  const close = html.toLowerCase().lastIndexOf('</body>');
  const body = open ? html.slice(open.index + open[0].length, close > open.index ? close : undefined) : html;
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  document.title = title;
  if (lang) document.documentElement.setAttribute('lang', lang);
  else document.documentElement.removeAttribute('lang');
  for (const key of Object.keys(document.body.dataset)) delete document.body.dataset[key];
}
