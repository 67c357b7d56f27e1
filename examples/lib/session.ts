// One Errand session for an example: the demo sites, an optional provider (the local test server or
// a real one), Chromium with the automation build, and the headless runner's run-and-report path.
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { ensureBuild } from '../../scripts/lib/build';
import { launchErrand, type ErrandBrowser } from '../../scripts/lib/launch';
import { runGoal, type ConfirmPolicy, type RunOutcome } from '../../scripts/lib/run-goal';
import { toJsonReport } from '../../scripts/lib/report';
import { providerSettingsFromFlags } from '../../scripts/lib/provider-flags';
import { askBackground, setExtensionStorage } from '../../scripts/lib/extension-rpc';
import { startDemoSites, type DemoUrls } from '../../scripts/lib/demo-sites';
import { startAiTestServer, type AiTestServer, type PlannerFn } from '../../tests/ai-server/server';
import { offlinePlannerMode } from '../../tests/ai-server/offline-planner-mode';
import { templateRun } from './template-run';

/** The runner's JSON report (docs/headless.md), plus the page the run ended on. */
export type Report = ReturnType<typeof toJsonReport> & { page?: Page };

/** Command-line options every example takes. */
export interface ExampleArgs {
  /** `test` = the local OpenAI-compatible test server; any runner preset (openai, ollama…) = that provider; absent = no model. */
  provider?: string;
  baseUrl?: string;
  model?: string;
  apiKeyEnv?: string;
  headed: boolean;
  json: boolean;
}

/** Reads `--provider test|<preset> [--base-url --model --api-key-env] [--headed] [--json]`. */
export function exampleArgs(argv = process.argv.slice(2)): ExampleArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      provider: { type: 'string' }, 'base-url': { type: 'string' }, model: { type: 'string' }, 'api-key-env': { type: 'string' },
      headed: { type: 'boolean' }, json: { type: 'boolean' },
    },
  });
  return { provider: values.provider, baseUrl: values['base-url'], model: values.model, apiKeyEnv: values['api-key-env'], headed: Boolean(values.headed), json: Boolean(values.json) };
}

/** What an example does with its session. */
export interface ExampleSession {
  urls: DemoUrls;
  /** "no model", "local test provider" or the preset name. */
  mode: string;
  /** Types the goal into the side panel on `url` and runs it (the headless runner's path). */
  run(url: string, goal: string, options?: { confirm?: ConfirmPolicy; keepPage?: boolean }): Promise<Report>;
  /** Imports a templates file (as Options → Data → Import would). Returns how many were taken. */
  importTemplates(file: string): Promise<number>;
  /** Runs a saved template on `url` with these parameters, as its panel button does. */
  runTemplate(url: string, name: string, params: Record<string, unknown>, options?: { keepPage?: boolean }): Promise<Report>;
  /** Chat completion requests the local test server received so far (0 without it). */
  modelRequests(): number;
}

const TEST_KEY_ENV = 'ERRAND_EXAMPLE_TEST_KEY';

async function providerFor(args: ExampleArgs, planner: PlannerFn): Promise<{ server?: AiTestServer; providers: unknown[]; mode: string }> {
  if (!args.provider) return { providers: [], mode: 'no model' };
  if (args.provider === 'test') {
    const server = await startAiTestServer({ planner });
    process.env[TEST_KEY_ENV] ??= 'example-key';
    const providers = providerSettingsFromFlags({ provider: 'custom', baseUrl: server.baseURL, model: 'test-model', apiKeyEnv: TEST_KEY_ENV });
    return { server, providers, mode: 'local test provider' };
  }
  const providers = providerSettingsFromFlags({ provider: args.provider, baseUrl: args.baseUrl, model: args.model, apiKeyEnv: args.apiKeyEnv });
  return { providers, mode: args.provider };
}

/**
 * Starts everything an example needs, hands it the session, and stops it all afterwards. With a
 * provider, templates and offline-first planning are turned off so the model plans every goal.
 * `planner` answers planning requests on the local test server (default: Errand's offline planner).
 */
export async function withSession<T>(args: ExampleArgs, body: (s: ExampleSession) => Promise<T>, options: { planner?: PlannerFn } = {}): Promise<T> {
  const extensionPath = ensureBuild();
  const sites = await startDemoSites(0);
  const { server, providers, mode } = await providerFor(args, options.planner ?? offlinePlannerMode);
  let errand: ErrandBrowser | undefined;
  try {
    errand = await launchErrand({ extensionPath, headless: !args.headed });
    const setup = await errand.openPanel();
    const modelFirst = providers.length > 0;
    await setExtensionStorage(setup, {
      'errand:settings': {
        providers, secrets: {},
        flags: { aiPlanning: true, advancedRetry: true, progressEvents: true, templates: !modelFirst, offlineFirst: !modelFirst },
      },
    });
    const browser = errand;
    const finish = async (report: Report, outcome: RunOutcome, keep?: boolean) => {
      await outcome.panel?.close().catch(() => {});
      if (!keep) await outcome.page?.close().catch(() => {});
      return keep ? { ...report, page: outcome.page } : report;
    };
    return await body({
      urls: sites.urls,
      mode,
      async run(url, goal, o = {}) {
        const outcome = await runGoal(browser, { url, goal, confirm: o.confirm ?? 'goal', timeoutMs: 120_000 });
        return finish(toJsonReport(goal, url, outcome), outcome, o.keepPage);
      },
      async importTemplates(file) {
        const data = { format: 'errand-data@1', templates: JSON.parse(readFileSync(file, 'utf8')) };
        const r = await askBackground<{ imported: { templates: number } }>(setup, 'data.import', { data });
        return r.imported.templates;
      },
      async runTemplate(url, name, params, o = {}) {
        const outcome = await templateRun(browser, url, name, params);
        return finish(toJsonReport(outcome.run?.goal ?? name, url, outcome), outcome, o.keepPage);
      },
      modelRequests: () => server?.completions().length ?? 0,
    });
  } finally {
    await errand?.close();
    await server?.close();
    await sites.close();
  }
}

/** Prints the report as JSON (`--json`) or runs `text` to print a summary. */
export function show(args: ExampleArgs, report: unknown, text: () => void): void {
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else text();
}

/** One line about how the run was planned: planner, model calls, duration. */
export function planLine(r: Report): string {
  return `planner: ${r.planner ?? '-'} · model calls: ${r.usage.modelCalls} · ${(r.durationMs / 1000).toFixed(1)} s · status: ${r.status}${r.error ? ` (${r.error.message})` : ''}`;
}

/** "Aurora (shop A)"… for a URL on one of the demo shops; the origin otherwise. */
export function shopName(urls: DemoUrls, url: unknown): string {
  const origin = new URL(String(url)).origin;
  const names: Record<string, string> = { [urls.shopA]: 'Aurora', [urls.shopB]: 'Bolt', [urls.shopC]: 'Cobalt' };
  return names[origin] ?? origin;
}
