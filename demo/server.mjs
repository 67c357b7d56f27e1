#!/usr/bin/env node
// Serves the Errand demo sites, each on its own port (so each is its own origin):
// hub BASE, Aurora BASE+1, Bolt BASE+2, Cobalt BASE+3, data tables BASE+4, forms BASE+5.
// Usage: node demo/server.mjs [--port BASE]     (BASE 0 picks free ports)
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { dataNotFound, dataSite } from './data.mjs';
import { formNotFound, formSite } from './form.mjs';
import { hub, hubNotFound } from './hub.mjs';
import { asset } from './lib/http.mjs';
import { productImage } from './lib/images.mjs';
import { aurora, auroraNotFound } from './shops/aurora.mjs';
import { bolt, boltNotFound } from './shops/bolt.mjs';
import { cobalt, cobaltNotFound } from './shops/cobalt.mjs';

/** Site key, request handler and 404 page, in port order. */
const SITES = [
  ['hub', hub, hubNotFound],
  ['shopA', aurora, auroraNotFound],
  ['shopB', bolt, boltNotFound],
  ['shopC', cobalt, cobaltNotFound],
  ['data', dataSite, dataNotFound],
  ['form', formSite, formNotFound],
];
const MAX_BODY = 64 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      body += chunk;
      if (body.length > MAX_BODY) reject(new Error('body too large'));
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** Parses a request target, merging repeated slashes ("//products" is "/products", as nginx does). */
function requestUrl(target = '/') {
  const queryAt = target.indexOf('?');
  const path = queryAt < 0 ? target : target.slice(0, queryAt);
  const query = queryAt < 0 ? '' : target.slice(queryAt);
  return new URL(path.replace(/\/{2,}/g, '/') + query, 'http://localhost');
}

function send(req, res, response) {
  const headers = { 'Content-Type': response.type, 'Cache-Control': 'no-store', ...response.headers };
  res.writeHead(response.status, headers);
  res.end(req.method === 'HEAD' ? undefined : response.body);
}

/** Builds the request listener of one site. `urls` is filled in once every site listens. */
function listener(handle, notFound, urls, quiet) {
  return async (req, res) => {
    try {
      if (!['GET', 'HEAD', 'POST'].includes(req.method)) {
        send(req, res, { status: 405, type: 'text/plain; charset=utf-8', body: 'Method not allowed', headers: { Allow: 'GET, HEAD, POST' } });
        return;
      }
      const url = requestUrl(req.url);
      if (url.pathname === '/favicon.ico') {
        send(req, res, { status: 204, type: 'image/x-icon', body: '' });
        return;
      }
      const body = req.method === 'POST' ? await readBody(req) : '';
      const response = (req.method !== 'POST' && (asset(url.pathname) ?? productImage(url.pathname)))
        || handle({ method: req.method, url, body, urls })
        || notFound();
      send(req, res, response);
    } catch (error) {
      if (!quiet) console.error('[demo]', error);
      if (!res.headersSent) send(req, res, { status: 500, type: 'text/plain; charset=utf-8', body: 'Internal server error' });
    }
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address().port);
    });
  });
}

function closeServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Starts all demo sites. With basePort 0 every site gets a free port (for parallel tests).
 * @example const demo = await startDemoServer({ basePort: 0, quiet: true }); await fetch(demo.urls.shopA); await demo.close();
 * @returns {Promise<{ urls: { hub: string, shopA: string, shopB: string, shopC: string, data: string, form: string }, close(): Promise<void> }>}
 */
export async function startDemoServer({ basePort = 4300, host = '127.0.0.1', quiet = false } = {}) {
  const urls = {};
  const servers = [];
  try {
    for (const [index, [key, handle, notFound]] of SITES.entries()) {
      const server = createServer(listener(handle, notFound, urls, quiet));
      servers.push(server);
      const port = await listen(server, basePort === 0 ? 0 : basePort + index, host);
      urls[key] = `http://${host}:${port}`;
    }
  } catch (error) {
    await Promise.all(servers.filter((s) => s.listening).map(closeServer));
    throw error;
  }
  if (!quiet) for (const [key, url] of Object.entries(urls)) console.log(`${key.padEnd(6)} ${url}`);
  return { urls: { ...urls }, close: () => Promise.all(servers.map(closeServer)).then(() => undefined) };
}

function portFromArgs(argv) {
  const index = argv.indexOf('--port');
  const raw = index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith('--port='))?.slice(7);
  const port = raw === undefined ? 4300 : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65530) throw new Error(`Invalid --port: ${raw}`);
  return port;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const demo = await startDemoServer({ basePort: portFromArgs(process.argv.slice(2)) });
  console.log('Demo sites running. Press Ctrl+C to stop.');
  const stop = () => demo.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
