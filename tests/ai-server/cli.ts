// Runs the AI test server from the command line, for the headless runner and the examples:
//   npx tsx tests/ai-server/cli.ts --port 8787 --script script.json [--planner ./module.ts#plan | --planner offline]
// script.json: { "replies": [ScriptedReply…], "loop": true, "apiKey": "…", "models": ["…"] }
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startAiTestServer, type AiTestServerOptions, type PlannerFn } from './server';
import type { ScriptedReply } from './replies';

/** Command-line options after parsing. */
export interface CliOptions { port: number; script?: string; planner?: string; apiKey?: string }

/** Parses `--port N --script file --planner module#export|offline --api-key K`. */
export function parseArgs(argv: string[]): CliOptions {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return { port: Number(value('--port') ?? 0), script: value('--script'), planner: value('--planner'), apiKey: value('--api-key') };
}

/** Builds server options from the CLI options (reads the script, imports the planner module). */
export async function serverOptions(cli: CliOptions): Promise<AiTestServerOptions> {
  const script = cli.script ? JSON.parse(readFileSync(cli.script, 'utf8')) as { replies?: ScriptedReply[]; loop?: boolean; apiKey?: string; models?: string[] } : {};
  const replies = script.replies ?? [];
  const options: AiTestServerOptions = { port: cli.port, apiKey: cli.apiKey ?? script.apiKey, models: script.models };
  if (script.loop && replies.length) {
    let i = 0;
    options.handler = () => replies[i++ % replies.length];
  } else {
    options.replies = replies;
  }
  if (cli.planner === 'offline') {
    options.planner = (await import('./offline-planner-mode')).offlinePlannerMode;
  } else if (cli.planner) {
    const [file, name = 'default'] = cli.planner.split('#');
    const mod = await import(pathToFileURL(resolve(file)).href) as Record<string, unknown>;
    if (typeof mod[name] !== 'function') throw new Error(`${file} exports no function "${name}"`);
    options.planner = mod[name] as PlannerFn;
  }
  return options;
}

async function main() {
  const server = await startAiTestServer(await serverOptions(parseArgs(process.argv.slice(2))));
  console.log(`AI test server listening on ${server.baseURL}`);
  const stop = () => { server.close().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err: unknown) => { console.error(err); process.exit(1); });
}
