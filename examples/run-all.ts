// Runs every example twice — with no model, then with the local test provider — and prints a
// summary. `npx tsx examples/run-all.ts` (or `npm run examples` with the script line in docs/examples.md).
// Exit code 0 when every run succeeded.
import { spawnSync } from 'node:child_process';
import { ensureBuild } from '../scripts/lib/build';

const EXAMPLES = ['price-comparison', 'chairs-to-csv', 'job-application'];
const VARIANTS: Array<{ label: string; args: string[] }> = [
  { label: 'no model', args: [] },
  { label: 'test provider', args: ['--provider', 'test'] },
];

ensureBuild();
const results: Array<{ example: string; variant: string; ok: boolean; seconds: number }> = [];
for (const example of EXAMPLES) {
  for (const variant of VARIANTS) {
    console.log(`\n━━ ${example} (${variant.label}) ━━`);
    const t0 = Date.now();
    const r = spawnSync('npx', ['tsx', `examples/${example}.ts`, ...variant.args], { stdio: 'inherit' });
    results.push({ example, variant: variant.label, ok: r.status === 0, seconds: (Date.now() - t0) / 1000 });
  }
}
console.log('\nSummary:');
for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.example.padEnd(18)} ${r.variant.padEnd(14)} ${r.seconds.toFixed(1)} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
