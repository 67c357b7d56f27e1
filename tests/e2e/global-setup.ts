import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startDemoSites, type DemoUrls } from '../../scripts/lib/demo-sites';
import { AUTOMATION_BUILD } from '../../scripts/lib/launch';

declare module 'vitest' {
  export interface ProvidedContext {
    demo: DemoUrls;
  }
}

/** Starts the demo sites once for all e2e files and checks the extension was built. */
export default async function setup(project: TestProject) {
  if (!existsSync(`${AUTOMATION_BUILD}/manifest.json`)) throw new Error('Build the extension first: npm run build');
  const sites = await startDemoSites(0);
  project.provide('demo', sites.urls);
  return () => sites.close();
}
