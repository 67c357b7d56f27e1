import { browser } from 'wxt/browser';
import { createPageAgent } from '../src/page/agent';
import { installPageAgent, type RuntimeLike } from '../src/page/install';

// Injected on demand by the background (scripting.executeScript with
// '/content-scripts/page-agent.js'); never declared in the manifest.
export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main(ctx) {
    installPageAgent({
      win: window,
      runtime: browser.runtime as unknown as RuntimeLike,
      onInvalidated: (cb) => ctx.onInvalidated(cb),
      createAgent: () => createPageAgent(document),
    });
  },
});
