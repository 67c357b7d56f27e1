// `npm run bench`: page snapshot cost, engine overhead and planning cost, as tables or one JSON object.
// Flags: bench/args.ts (BENCH_USAGE). Exit 0 with a report (targets missed included), 1 when a
// section could not run, 2 for bad flags. Progress goes to stderr; with --json stdout is the JSON only.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { relative, resolve } from 'node:path';
import { BENCH_USAGE, BenchArgsError, parseBenchArgs, type BenchArgs, type Section } from '../bench/args';
import { benchChromium, startSnapshotter } from '../bench/page-snapshots';
import { engineSection, planningSection, snapshotSection } from '../bench/report';
import { findChromium } from './lib/chromium';
import { startDemoSites, type DemoUrls } from './lib/demo-sites';

/** The demo pages the snapshot section measures when --pages is not given. */
function demoPages(u: DemoUrls): string[] {
  return [
    `${u.hub}/`, `${u.shopA}/`, `${u.shopA}/product/aeron-chair`, `${u.shopB}/`, `${u.shopC}/`,
    `${u.data}/countries`, `${u.data}/jobs`, `${u.data}/books`, `${u.form}/apply`,
  ];
}

/** "shopA /products" for a demo URL, a relative path for a file, the URL otherwise. */
function pageLabel(urls: DemoUrls | undefined) {
  return (page: string) => {
    const site = urls && Object.entries(urls).find(([, origin]) => page.startsWith(origin));
    if (site) return `${site[0]} ${page.slice(site[1].length) || '/'}`;
    if (/^https?:/i.test(page)) return page;
    const rel = relative(process.cwd(), page);
    return rel && !rel.startsWith('..') ? rel : resolve(page);
  };
}

function chromiumVersion(): string | null {
  const path = findChromium();
  if (!path) return null;
  try {
    return execFileSync(path, ['--version'], { timeout: 15_000, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(args: BenchArgs): Promise<number> {
  const want = (s: Section) => args.only.includes(s);
  const started = Date.now();
  const loadBefore = loadavg();
  const needSites = want('planning') || (want('snapshot') && !args.pages.length);
  const sites = needSites ? await startDemoSites(0) : undefined;
  const result: Record<Section, unknown[]> = { snapshot: [], engine: [], planning: [] };
  const errors: Partial<Record<Section, string>> = {};
  const tables: string[] = [];
  const runSection = async (name: Section, work: () => Promise<{ rows: unknown[]; text: string }>) => {
    if (!want(name)) return;
    log(`bench: ${name}…`);
    const t = Date.now();
    try {
      const { rows, text } = await work();
      result[name] = rows;
      tables.push(`${text}\n(${((Date.now() - t) / 1000).toFixed(1)} s)`);
    } catch (err) {
      errors[name] = (err as Error).message;
      log((err as Error).stack ?? String(err));
      tables.push(`${name}: could not run: ${(err as Error).message}`);
    }
  };

  try {
    await runSection('snapshot', async () => {
      const { benchSnapshots } = await import('../bench/snapshot-bench.mjs');
      const { executablePath, args: chromeArgs } = benchChromium();
      const rows = await benchSnapshots({ pages: args.pages.length ? args.pages : demoPages(sites!.urls), runs: args.runs ?? 20, executablePath, args: chromeArgs });
      return { rows, text: snapshotSection(rows, pageLabel(sites?.urls)).text };
    });
    await runSection('engine', async () => {
      const { benchEngine } = await import('../bench/engine-bench');
      const rows = await benchEngine();
      return { rows, text: engineSection(rows).text };
    });
    await runSection('planning', async () => {
      const { benchPlanning } = await import('../bench/planning-bench');
      const snapshotter = await startSnapshotter();
      try {
        const rows = await benchPlanning({ urls: sites!.urls, runs: args.runs, snapshotter });
        return { rows, text: planningSection(rows).text };
      } finally {
        await snapshotter.close();
      }
    });
  } finally {
    await sites?.close();
  }

  const meta = {
    date: new Date(started).toISOString(), node: process.version, chromium: chromiumVersion(),
    cpus: cpus().length, loadavg: { before: loadBefore.map((l) => +l.toFixed(2)), after: loadavg().map((l) => +l.toFixed(2)) },
    runs: args.runs ?? null, sections: args.only, durationMs: Date.now() - started,
    ...(Object.keys(errors).length ? { errors } : {}),
  };
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ ...result, meta })}\n`);
  } else {
    const load = meta.loadavg.before.join(' / ');
    process.stdout.write(`Errand benchmark, ${meta.date}: Node ${meta.node}, ${meta.chromium ?? 'no Chromium'}, ${meta.cpus} CPUs, load average ${load} at start\n\n`);
    process.stdout.write(`${tables.join('\n\n\n')}\n\nTotal ${(meta.durationMs / 1000).toFixed(1)} s.\n`);
  }
  return Object.keys(errors).length ? 1 : 0;
}

let args: BenchArgs;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof BenchArgsError)) throw err;
  process.stderr.write(`${err.message}\n${BENCH_USAGE}\n`);
  process.exit(2);
}
if (args.help) {
  process.stdout.write(`${BENCH_USAGE}\n`);
  process.exit(0);
}
// Keep stdout for the report alone: anything a library logs goes to stderr.
console.log = console.info = console.debug = console.warn = (...a: unknown[]) => console.error(...a);
process.exitCode = await main(args);
