// Headless runner: `npm run errand -- --url <url> --goal "<goal>" [--json] [--headed] [provider flags]`.
// Documented in docs/headless.md. Exit code 0 when the run finished (status done), 1 otherwise, 2 on bad flags.
import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import { launchErrand } from './lib/launch';
import { ensureBuild } from './lib/build';
import { runGoal, type ConfirmPolicy } from './lib/run-goal';
import { toJsonReport, toTextReport } from './lib/report';
import { providerSettingsFromFlags, runnerFlags } from './lib/provider-flags';
import { setExtensionStorage } from './lib/extension-rpc';

const USAGE = `Usage: npm run errand -- --url <url> --goal "<goal>" [options]
  --json                 print one JSON object (see docs/headless.md)
  --headed               show the browser window
  --timeout <s>          give up after this many seconds (default 180)
  --confirm <policy>     high-risk steps: goal (default: confirm what the goal asks for), all, none
  --answer <field=value> answer for an input question (repeatable)
  --provider <preset>    openai | anthropic | openrouter | ollama | lmstudio | custom (default: offline planner)
  --base-url <url>       provider base URL (custom endpoints, local servers)
  --model <name>         model name
  --api-key-env <NAME>   read the API key from this environment variable
  --model-first          with a provider: no templates or offline shortcut, the model plans
  --secret <name=value>  a secret usable as {{secret.name}} (repeatable; never sent to a model)
  --rebuild              rebuild the extension first
  --out <file>           also write the JSON report to this file`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        url: { type: 'string' }, goal: { type: 'string' }, json: { type: 'boolean' }, headed: { type: 'boolean' },
        timeout: { type: 'string' }, confirm: { type: 'string' }, answer: { type: 'string', multiple: true },
        provider: { type: 'string' }, 'base-url': { type: 'string' }, model: { type: 'string' }, 'api-key-env': { type: 'string' }, 'model-first': { type: 'boolean' },
        secret: { type: 'string', multiple: true }, rebuild: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean' },
      },
    }).values;
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) return console.log(USAGE), 0;
  if (!args.url || !args.goal) {
    console.error(`--url and --goal are required.\n\n${USAGE}`);
    return 2;
  }
  const confirm = (args.confirm ?? 'goal') as ConfirmPolicy;
  if (!['goal', 'all', 'none'].includes(confirm)) return console.error(`--confirm must be goal, all or none.`), 2;
  let providers;
  let flags;
  try {
    providers = providerSettingsFromFlags({ provider: args.provider, baseUrl: args['base-url'], model: args.model, apiKeyEnv: args['api-key-env'] });
    flags = runnerFlags({ modelFirst: args['model-first'], providers });
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const pairs = (list?: string[]) => Object.fromEntries((list ?? []).map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));

  const extensionPath = ensureBuild(args.rebuild);
  const errand = await launchErrand({ extensionPath, headless: !args.headed });
  try {
    const setup = await errand.openPanel();
    await setExtensionStorage(setup, { 'errand:settings': { providers, secrets: pairs(args.secret), ...(flags ? { flags } : {}) } });
    await setup.close();
    const outcome = await runGoal(errand, {
      url: args.url, goal: args.goal, confirm, answers: pairs(args.answer),
      timeoutMs: Number(args.timeout ?? 180) * 1000,
      onEvent: args.json ? undefined : (e) => process.stderr.write(`  ${e.type} ${e.stepId ?? ''} ${e.message ?? ''}\n`),
    });
    const report = toJsonReport(args.goal, args.url, outcome);
    if (args.out) writeFileSync(args.out, JSON.stringify(report, null, 2));
    console.log(args.json ? JSON.stringify(report) : toTextReport(report));
    return report.ok ? 0 : 1;
  } finally {
    await errand.close();
  }
}

main().then((code) => process.exit(code), (err) => {
  console.error(`errand: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
