// Types for server.mjs, so TypeScript tests and scripts can import the demo server.

/** Origins of every demo site, without a trailing slash (e.g. "http://127.0.0.1:4301"). */
export interface DemoUrls {
  hub: string;
  shopA: string;
  shopB: string;
  shopC: string;
  data: string;
  form: string;
}

export interface DemoServer {
  urls: DemoUrls;
  /** Stops every site and drops open connections. */
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** hub port; the others follow (+1 … +5). 0 picks a free port for each site. Default 4300. */
  basePort?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** No console output. */
  quiet?: boolean;
}

/** Starts all demo sites. */
export function startDemoServer(options?: DemoServerOptions): Promise<DemoServer>;
