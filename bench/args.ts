// Flags of `npm run bench`, parsed and checked; a bad flag is a BenchArgsError (exit code 2).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The benchmark's sections, in the order they run and print. */
export const SECTIONS = ['snapshot', 'engine', 'planning'] as const;
export type Section = (typeof SECTIONS)[number];

/** What the command line asked for. */
export interface BenchArgs {
  /** Pages for the snapshot section (URLs or HTML files); empty = the demo pages. */
  pages: string[];
  /** Repetitions per measurement; undefined = each section's default. */
  runs?: number;
  json: boolean;
  /** Sections to run, in SECTIONS order. */
  only: Section[];
  help: boolean;
}

/** A flag the benchmark does not understand, or a value it cannot use. */
export class BenchArgsError extends Error {
  override name = 'BenchArgsError';
}

/** Usage text printed by --help and after a bad flag. */
export const BENCH_USAGE = `Usage: npm run bench [-- --pages <url|file.html>[,…] [--runs N] [--json] [--only snapshot|engine|planning]]
  --pages   pages for the snapshot table (comma-separated or repeated); the generated 10k page is always added
  --runs    repetitions per measurement (snapshot default 20, planning default 10; engine sizes are fixed)
  --json    print one JSON object { snapshot, engine, planning, meta } and nothing else on stdout
  --only    run only these sections (repeatable or comma-separated)`;

const list = (values: string[] | undefined) => (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

/**
 * Parses the benchmark's flags. Pages that are not http(s) URLs must be existing files (file: URLs
 * become paths).
 * @example parseBenchArgs(['--only', 'planning', '--runs', '5']) // { only: ['planning'], runs: 5, … }
 */
export function parseBenchArgs(argv: string[], fileExists: (path: string) => boolean = existsSync): BenchArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        pages: { type: 'string', multiple: true },
        runs: { type: 'string' },
        json: { type: 'boolean', default: false },
        only: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new BenchArgsError((err as Error).message);
  }
  let runs: number | undefined;
  if (values.runs !== undefined) {
    runs = Number(values.runs);
    if (!Number.isInteger(runs) || runs < 1 || runs > 10_000) throw new BenchArgsError(`--runs must be a whole number from 1 to 10000, not "${values.runs}"`);
  }
  const asked = list(values.only);
  const unknown = asked.filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length) throw new BenchArgsError(`--only takes ${SECTIONS.join(', ')}; not ${unknown.join(', ')}`);
  const pages = list(values.pages).map((p) => (p.startsWith('file:') ? fileURLToPath(p) : p));
  if (values.pages && !pages.length) throw new BenchArgsError('--pages needs at least one URL or HTML file');
  const missing = pages.filter((p) => !/^https?:\/\//i.test(p) && !fileExists(p));
  if (missing.length) throw new BenchArgsError(`--pages: no such file: ${missing.join(', ')} (pages are http(s) URLs or HTML files)`);
  return {
    pages,
    runs,
    json: values.json,
    only: asked.length ? SECTIONS.filter((s) => asked.includes(s)) : [...SECTIONS],
    help: values.help,
  };
}
