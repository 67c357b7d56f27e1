import { startDemoServer, type DemoServer, type DemoUrls } from '../../demo/server.mjs';

export type { DemoUrls };

/** Starts the demo sites (demo/server.mjs) in this process, quietly. basePort 0 picks free ports. */
export function startDemoSites(basePort = 0): Promise<DemoServer> {
  return startDemoServer({ basePort, quiet: true });
}
