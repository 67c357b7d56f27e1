import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** URLs of the bundled demo sites, one origin each. */
export interface DemoUrls {
  hub: string;
  shopA: string;
  shopB: string;
  shopC: string;
  data: string;
  form: string;
}

/** Starts the demo sites (demo/server.mjs) in this process. basePort 0 picks free ports. */
export async function startDemoSites(basePort = 0): Promise<{ urls: DemoUrls; close(): Promise<void> }> {
  const mod = (await import(pathToFileURL(resolve('demo/server.mjs')).href)) as {
    startDemoServer(o: { basePort?: number; quiet?: boolean }): Promise<{ urls: DemoUrls; close(): Promise<void> }>;
  };
  return mod.startDemoServer({ basePort, quiet: true });
}
