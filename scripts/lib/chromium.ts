import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Path of a Chromium to drive: $ERRAND_CHROMIUM, else the usual system locations. */
export function findChromium(): string | null {
  const fromEnv = process.env.ERRAND_CHROMIUM ?? process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * Finds Chromium or explains how to get it. On Debian/Ubuntu as root it installs the distribution's
 * package (playwright's own browser download cannot be used on closed networks).
 */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt && !process.env.ERRAND_NO_INSTALL) {
    console.error('Chromium is missing: installing Debian\'s "chromium" package (apt-get)…');
    execFileSync('bash', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
    const now = findChromium();
    if (now) return now;
  }
  throw new Error(
    'Chromium was not found. Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set ERRAND_CHROMIUM=/path/to/chromium.',
  );
}

/** Flags that keep Chromium quiet on a closed network and working as root in containers. */
export function chromiumArgs(extensionPath: string): string[] {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check',
    '--disable-default-apps', '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
}
