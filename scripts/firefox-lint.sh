#!/usr/bin/env bash
# Builds the Firefox target (.output/firefox-mv2) and lints it with Mozilla's web-ext (addons-linter).
# Exits non-zero on any lint error or a failed build; warnings and notices are listed but allowed.
# Runs offline: no update check, no config discovery, the linter itself needs no network.
# Usage: scripts/firefox-lint.sh [--no-build]   (--no-build lints the existing .output/firefox-mv2)
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=.output/firefox-mv2
BIN=node_modules/.bin # not npx: it adds seconds and may try the registry
if [[ ! -x $BIN/web-ext ]]; then
  echo "firefox-lint: $BIN/web-ext missing; run npm install" >&2
  exit 1
fi
REPORT=$(mktemp)
BUILD_LOG=$(mktemp)
trap 'rm -f "$REPORT" "$BUILD_LOG"' EXIT
export NO_UPDATE_NOTIFIER=1 # web-ext would otherwise ask the npm registry for a newer version

start=$(date +%s)
if [[ ${1:-} == --no-build ]]; then
  [[ -f $OUT/manifest.json ]] || { echo "firefox-lint: no $OUT; build it first" >&2; exit 1; }
elif ! "$BIN/wxt" build -b firefox >"$BUILD_LOG" 2>&1; then
  cat "$BUILD_LOG"
  echo "firefox-lint: build failed" >&2
  exit 1
fi

# web-ext exits non-zero on errors by itself; the JSON report is what we judge, so ignore its code.
"$BIN/web-ext" lint --source-dir "$OUT" --output json --no-input --no-config-discovery \
  >"$REPORT" 2>/dev/null || true

node --input-type=module - "$REPORT" "$start" <<'EOF'
import { readFileSync } from 'node:fs';
const [file, start] = process.argv.slice(2);
let report;
try {
  report = JSON.parse(readFileSync(file, 'utf8'));
} catch {
  console.error(`firefox-lint: web-ext produced no JSON report:\n${readFileSync(file, 'utf8')}`);
  process.exit(1);
}
const where = (m) => [m.file, m.line, m.column].filter((x) => x !== undefined).join(':') || '-';
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1).toUpperCase()} ${m.code} ${where(m)} ${m.message}`);
}
const { errors, warnings, notices } = report.summary;
const seconds = Math.round(Date.now() / 1000 - Number(start));
console.log(`firefox-lint: ${errors} errors, ${warnings} warnings, ${notices} notices (${seconds} s)`);
process.exit(errors > 0 ? 1 : 0);
EOF
