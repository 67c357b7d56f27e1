import { ensureFirefox } from './lib/firefox-bidi';

// Used by scripts/test.sh before the Firefox smoke test: finds Firefox, or installs firefox-esr (root + apt).
try {
  console.log(`Firefox: ${ensureFirefox()}`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
