// `npm run demo`: builds Errand, starts the demo sites, opens Chromium with Errand loaded.
// `npm run demo -- --headless [--goal "..."] [--url ...] [--json]`: runs goals end to end and prints results.
import { parseArgs } from 'node:util';
import { ensureBuild } from './lib/build';
import { launchErrand } from './lib/launch';
import { startDemoSites, type DemoUrls } from './lib/demo-sites';
import { runGoal } from './lib/run-goal';
import { toJsonReport, toTextReport } from './lib/report';

const { values: args } = parseArgs({
  options: { headless: { type: 'boolean' }, goal: { type: 'string' }, url: { type: 'string' }, json: { type: 'boolean' }, port: { type: 'string' }, rebuild: { type: 'boolean' } },
});

/** The goals the headless demo runs when none is given: one per kind of errand. */
function demoGoals(u: DemoUrls) {
  return [
    { url: `${u.shopA}/`, goal: 'click the Add to cart button' },
    { url: `${u.data}/`, goal: 'extract the table' },
    { url: u.hub, goal: `compare the price of the Aeron Chair on ${u.shopA}, ${u.shopB} and ${u.shopC}` },
  ];
}

async function main(): Promise<number> {
  const extensionPath = ensureBuild(args.rebuild);
  const sites = await startDemoSites(Number(args.port ?? 4300));
  console.error('Demo sites:');
  for (const [k, v] of Object.entries(sites.urls)) console.error(`  ${k.padEnd(6)} ${v}`);
  const headless = args.headless || !process.env.DISPLAY;
  if (!args.headless && headless) console.error('\nNo display found (DISPLAY is unset): running the headless demo instead.');
  const errand = await launchErrand({ extensionPath, headless });
  try {
    if (!headless) {
      const page = await errand.context.newPage();
      await page.goto(sites.urls.hub);
      await errand.openPanel(await errand.tabIdOf(page));
      console.error('\nChromium is open with Errand loaded: the panel is in its own tab. Close the browser to stop.');
      await new Promise((r) => errand.context.on('close', r));
      return 0;
    }
    const goals = args.goal ? [{ url: args.url ?? sites.urls.hub, goal: args.goal }] : demoGoals(sites.urls);
    let failed = 0;
    for (const g of goals) {
      const outcome = await runGoal(errand, { ...g, timeoutMs: 120_000 });
      const report = toJsonReport(g.goal, g.url, outcome);
      console.log(args.json ? JSON.stringify(report) : `\n${'─'.repeat(72)}\n${toTextReport(report)}`);
      if (!report.ok) failed++;
      await outcome.page?.close();
      await outcome.panel?.close();
    }
    return failed ? 1 : 0;
  } finally {
    await errand.close();
    await sites.close();
  }
}

main().then((code) => process.exit(code), (err) => {
  console.error(`demo: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
