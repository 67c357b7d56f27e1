// Example (a): compare the price of one product across the three demo shops, in one goal.
//   npx tsx examples/price-comparison.ts                  no model (templates / offline planner)
//   npx tsx examples/price-comparison.ts --provider test  the local OpenAI-compatible test server plans it
// Options: --json (print the runner's JSON report), --headed, or a real provider
// (--provider openai --model gpt-4o-mini --api-key-env OPENAI_API_KEY). See docs/examples.md.
import { exampleArgs, planLine, shopName, show, withSession } from './lib/session';

const args = exampleArgs();
const ok = await withSession(args, async (s) => {
  const { shopA, shopB, shopC } = s.urls;
  const goal = `compare the price of the Aeron Chair on ${shopA}, ${shopB} and ${shopC}`;
  const report = await s.run(`${shopA}/`, goal);
  show(args, report, () => {
    console.log(`Goal: ${goal}  [${s.mode}]`);
    console.log(planLine(report));
    console.log('\nOffers:');
    for (const r of report.records as Array<Record<string, unknown>>) {
      console.log(`  ${shopName(s.urls, r.url).padEnd(8)} ${String(r.priceText ?? r.price).padStart(11)}   ${r.name}`);
    }
    const best = report.best as Record<string, unknown> | null;
    if (best) console.log(`\nCheapest: ${best.name} at ${best.priceText ?? best.price} on ${shopName(s.urls, best.url)} (${best.url})`);
  });
  return report.ok;
});
process.exit(ok ? 0 : 1);
