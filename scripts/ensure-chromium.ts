import { ensureChromium } from './lib/chromium';

try {
  console.log(`Chromium: ${ensureChromium()}`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
