// Small response helpers shared by every demo site. A site handler returns a plain
// { status, type, body, headers? } object; the server writes it.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { URLSearchParams, fileURLToPath } from 'node:url';

const ASSET_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
const TYPES = { '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.svg': 'image/svg+xml' };

/** Escapes text for HTML element content and attribute values. */
export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]);
}

/** An HTML response. */
export function html(body, status = 200) {
  return { status, type: 'text/html; charset=utf-8', body };
}

/** A redirect response (303 so a POST becomes a GET). */
export function redirect(location, status = 303) {
  return { status, type: 'text/plain; charset=utf-8', body: `Redirecting to ${location}`, headers: { Location: location } };
}

/** Reads the assets folder once: /assets/<file> is served on every origin. */
const assets = new Map(
  readdirSync(ASSET_DIR).map((name) => [name, { type: TYPES[extname(name)] ?? 'application/octet-stream', body: readFileSync(join(ASSET_DIR, name)) }]),
);

/** The response for /assets/<name>, or null when the path is not an asset. */
export function asset(pathname) {
  const match = /^\/assets\/([\w.-]+)$/.exec(pathname);
  const file = match && assets.get(match[1]);
  return file ? { status: 200, ...file } : null;
}

/** Query helpers: a trimmed string, a number or null, and all values of a repeated key. */
export function param(url, key) {
  return (url.searchParams.get(key) ?? '').trim();
}
export function numberParam(url, key) {
  const raw = param(url, key).replace(',', '.');
  return raw === '' || Number.isNaN(Number(raw)) ? null : Number(raw);
}
export function listParam(url, key) {
  return url.searchParams.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** Builds "?a=1&b=2" from an object, leaving out empty values; `overrides` win. */
export function queryString(values, overrides = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, ...overrides })) {
    for (const v of [].concat(value ?? [])) if (v !== '' && v !== null) search.append(key, String(v));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
