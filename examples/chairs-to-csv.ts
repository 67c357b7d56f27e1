// Example (b): read the office-chair listing of each demo shop and write them into one CSV file.
//   npx tsx examples/chairs-to-csv.ts                  no model
//   npx tsx examples/chairs-to-csv.ts --provider test  the local test server plans each extraction
// Writes tmp/examples/chairs.csv (UTF-8, RFC 4180 quoting, the same writer as the panel's CSV button).
import { mkdirSync, writeFileSync } from 'node:fs';
import { exampleArgs, planLine, shopName, show, withSession, type Report } from './lib/session';
import { toCsv } from '../src/ui/export/csv';
import type { DataRecord } from '../src/ui/export/records';

const OUT = 'tmp/examples/chairs.csv';
const COLUMNS = ['shop', 'name', 'price', 'currency', 'priceText', 'url'];
const args = exampleArgs();

const ok = await withSession(args, async (s) => {
  // Each shop's own address for its chairs category (Aurora: links, Bolt: checkboxes, Cobalt: a select).
  const listings = [`${s.urls.shopA}/products?category=chairs`, `${s.urls.shopB}/?cat=chairs`, `${s.urls.shopC}/?kat=chairs`];
  const reports: Report[] = [];
  const rows: DataRecord[] = [];
  for (const url of listings) {
    const report = await s.run(url, 'extract the products');
    reports.push(report);
    for (const r of report.records as DataRecord[]) rows.push({ shop: shopName(s.urls, url), ...r });
  }
  mkdirSync('tmp/examples', { recursive: true });
  writeFileSync(OUT, toCsv(rows, { columns: COLUMNS }));
  show(args, { csv: OUT, rows: rows.length, reports }, () => {
    console.log(`Goal on each shop: "extract the products"  [${s.mode}]`);
    for (const [i, r] of reports.entries()) console.log(`  ${listings[i].padEnd(48)} ${String(r.records.length).padStart(2)} records · ${planLine(r)}`);
    console.log(`\nWrote ${rows.length} rows to ${OUT}:\n`);
    console.log(toCsv(rows, { columns: COLUMNS, bom: false }).trimEnd());
  });
  return reports.every((r) => r.ok && r.records.length > 0);
});
process.exit(ok ? 0 : 1);
