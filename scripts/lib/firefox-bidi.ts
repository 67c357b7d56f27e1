// A small WebDriver BiDi client for Firefox (ESR 128+ speaks BiDi natively; no geckodriver or
// Playwright build needed). It launches a headless Firefox with a throw-away profile, installs an
// unpacked extension temporarily and drives pages: navigate, evaluate, real pointer and key input.
// See docs/firefox.md ("Firefox e2e smoke test").
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'];

/** Path of a Firefox to drive: $ERRAND_FIREFOX, else the usual system locations; null if none. */
export function findFirefox(): string | null {
  const fromEnv = process.env.ERRAND_FIREFOX;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Finds Firefox or explains how to get it. On Debian/Ubuntu as root it installs the distribution's
 * `firefox-esr` package (apt-get), the way scripts/lib/chromium.ts does for Chromium.
 */
export function ensureFirefox(): string {
  const found = findFirefox();
  if (found) return found;
  // $ERRAND_FIREFOX naming a missing file is a mistake to report, not a reason to install.
  if (!process.env.ERRAND_FIREFOX && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.ERRAND_NO_INSTALL) {
    console.error('Firefox is missing: installing Debian\'s "firefox-esr" package (apt-get)…');
    execFileSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null'], { stdio: 'inherit' });
    const now = findFirefox();
    if (now) return now;
  }
  throw new Error('Firefox was not found. Install it (Debian: `sudo apt-get install firefox-esr`) or set ERRAND_FIREFOX=/path/to/firefox.');
}

/** Preferences for a quiet, offline test profile (on top of the Remote Agent's own recommended prefs). */
const QUIET_PREFS: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.aboutwelcome.enabled': false,
  'browser.sessionstore.resume_from_crash': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
};

/** The `user.js` text for a profile: quiet prefs, plus pinned moz-extension UUIDs by add-on id. */
export function userJs(extensionUuids: Record<string, string> = {}): string {
  const prefs: Record<string, string | number | boolean> = { ...QUIET_PREFS, 'extensions.webextensions.uuids': JSON.stringify(extensionUuids) };
  return Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join('');
}

/** A BiDi remote value as Firefox serialises it (only the parts this client reads). */
interface RemoteValue { type: string; value?: unknown; sharedId?: string }
type EvaluateResult =
  | { type: 'success'; result: RemoteValue }
  | { type: 'exception'; exceptionDetails: { text: string } };

/** A reference to a DOM node that `click` can target. */
export interface NodeRef { sharedId: string }

/** One WebDriver BiDi connection: commands with ids, events to listeners. */
export class BidiConnection {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void; method: string }>();
  private readonly listeners = new Set<(method: string, params: unknown) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => this.onMessage(String(data)));
    ws.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error(`BiDi connection closed during ${p.method}`));
      this.pending.clear();
    });
  }

  /** Opens `url` (ws://host:port/session). */
  static async connect(url: string): Promise<BidiConnection> {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new BidiConnection(ws);
  }

  /** Sends one command and resolves with its `result`; a BiDi error rejects with its message. */
  send<T = unknown>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `fn` for every event; returns a function that removes it. */
  onEvent(fn: (method: string, params: unknown) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Closes the socket. */
  close(): void {
    this.ws.close();
  }

  private onMessage(text: string): void {
    const msg = JSON.parse(text) as { id?: number; type: string; result?: unknown; error?: string; message?: string; method?: string; params?: unknown };
    if (msg.type === 'event' && msg.method) {
      for (const fn of this.listeners) fn(msg.method, msg.params);
      return;
    }
    const p = msg.id === undefined ? undefined : this.pending.get(msg.id);
    if (!p || msg.id === undefined) return;
    this.pending.delete(msg.id);
    if (msg.type === 'success') p.resolve(msg.result);
    else p.reject(new Error(`${p.method}: ${msg.error ?? 'error'}: ${msg.message ?? ''}`));
  }
}

/** Options of `launchFirefox`. */
export interface LaunchFirefoxOptions {
  /** Firefox binary; default `ensureFirefox()`. */
  binary?: string;
  /** Add-on id → moz-extension UUID, so extension page URLs are known before install. */
  extensionUuids?: Record<string, string>;
  /** How long to wait for the BiDi server to listen (default 30 s). */
  startTimeoutMs?: number;
}

/** A running headless Firefox with one BiDi session. */
export interface FirefoxBrowser {
  bidi: BidiConnection;
  /** Installs an unpacked extension directory temporarily; resolves with its add-on id. */
  installExtension(dir: string): Promise<string>;
  /** Opens a new tab (optionally at `url`) and returns its browsing context id. */
  newTab(url?: string): Promise<string>;
  /** Navigates a context and waits for its load event. */
  navigate(context: string, url: string): Promise<void>;
  /** Evaluates `expression` (may be a promise) in the page; resolves with its JSON value. */
  evaluate<T = unknown>(context: string, expression: string): Promise<T>;
  /** Polls `expression` until it is truthy; resolves with that value or rejects with `what` after `timeoutMs`. */
  waitFor<T = unknown>(context: string, expression: string, what: string, timeoutMs?: number): Promise<T>;
  /** The node `expression` evaluates to, scrolled into view (null/undefined rejects). */
  node(context: string, expression: string): Promise<NodeRef>;
  /** A real (trusted) left click in the middle of `node`. */
  click(context: string, node: NodeRef): Promise<void>;
  /** Types `text` with real key events into whatever has focus. */
  type(context: string, text: string): Promise<void>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** Starts `firefox --headless` with a fresh profile and the BiDi server on a free port, then opens a session. */
export async function launchFirefox(options: LaunchFirefoxOptions = {}): Promise<FirefoxBrowser> {
  const binary = options.binary ?? ensureFirefox();
  const profile = mkdtempSync(join(tmpdir(), 'errand-firefox-'));
  writeFileSync(join(profile, 'user.js'), userJs(options.extensionUuids));
  // --remote-allow-system-access: without it Firefox refuses BiDi navigation to moz-extension:// pages.
  const child = spawn(binary, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const cleanup = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(profile, { recursive: true, force: true });
  };
  let bidi: BidiConnection;
  try {
    const wsUrl = await listeningUrl(child, options.startTimeoutMs ?? 30_000);
    bidi = await BidiConnection.connect(`${wsUrl}/session`);
    await bidi.send('session.new', { capabilities: {} });
  } catch (err) {
    await cleanup();
    throw err;
  }

  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    const wrapped = `(async () => { const v = await (${expression}); return v === undefined ? 'null' : JSON.stringify(v); })()`;
    const r = await bidi.send<EvaluateResult>('script.evaluate', { expression: wrapped, target: { context }, awaitPromise: true });
    if (r.type === 'exception') throw new Error(`evaluate failed: ${r.exceptionDetails.text}\n  in: ${expression}`);
    return JSON.parse(String(r.result.value)) as T;
  };

  const browser: FirefoxBrowser = {
    bidi,
    async installExtension(dir) {
      const r = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: dir } });
      return r.extension;
    },
    async newTab(url) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
      if (url) await browser.navigate(context, url);
      return context;
    },
    async navigate(context, url) {
      await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    evaluate,
    async waitFor<T>(context: string, expression: string, what: string, timeoutMs = 30_000): Promise<T> {
      const t0 = Date.now();
      let lastError = '';
      for (;;) {
        try {
          const v = await evaluate<T>(context, expression);
          if (v) return v;
        } catch (e) {
          lastError = ` (last error: ${(e as Error).message})`; // the page may be mid-navigation
        }
        if (Date.now() - t0 > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${lastError}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async node(context, expression) {
      const r = await bidi.send<EvaluateResult>('script.evaluate', {
        expression: `(() => { const n = (${expression}); n?.scrollIntoView({ block: 'center' }); return n; })()`,
        target: { context },
        awaitPromise: false,
        resultOwnership: 'root',
      });
      if (r.type === 'exception') throw new Error(`node lookup failed: ${r.exceptionDetails.text}\n  in: ${expression}`);
      if (r.result.type !== 'node' || !r.result.sharedId) throw new Error(`No element for: ${expression}`);
      return { sharedId: r.result.sharedId };
    },
    async click(context, node) {
      await bidi.send('input.performActions', {
        context,
        actions: [{
          type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: node } },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        }],
      });
    },
    async type(context, text) {
      const actions = [...text].flatMap((ch) => [{ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch }]);
      await bidi.send('input.performActions', { context, actions: [{ type: 'key', id: 'keyboard', actions }] });
    },
    async close() {
      await bidi.send('browser.close').catch(() => undefined);
      bidi.close();
      await cleanup();
    },
  };
  return browser;
}

/**
 * Resolves with the ws:// URL Firefox prints once its BiDi server listens; rejects if it exits first.
 * Keeps reading stderr afterwards so a full pipe never blocks Firefox.
 */
function listeningUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = '';
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      f();
    };
    const timer = setTimeout(() => settle(() => reject(new Error(`Firefox did not start its BiDi server within ${timeoutMs} ms:\n${log}`))), timeoutMs);
    child.stderr?.on('data', (d: Buffer) => {
      if (settled) return;
      log += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (m) settle(() => resolve(m[1]));
    });
    child.once('exit', (code) => settle(() => reject(new Error(`Firefox exited (${code}) before listening:\n${log}`))));
  });
}
