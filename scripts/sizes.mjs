// Prints the size of every built bundle (raw and gzip) after `npm run build`.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
for (const dir of ['.output/chrome-mv3', '.output/chrome-mv3-automation', '.output/firefox-mv2']) {
  if (!existsSync(dir)) continue;
  const rows = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html|json)$/.test(name)) {
        const buf = readFileSync(p);
        rows.push({ file: p.slice(dir.length + 1), raw: buf.length, gzip: gzipSync(buf).length });
      }
    }
  };
  walk(dir);
  rows.sort((a, b) => b.raw - a.raw);
  console.log(`\nBundle sizes: ${dir}`);
  console.log(`${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`);
  for (const r of rows) console.log(`${r.file.padEnd(44)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)}`);
  const t = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`${'total'.padEnd(44)} ${kb(t.raw).padStart(10)} ${kb(t.gzip).padStart(10)}`);
}
