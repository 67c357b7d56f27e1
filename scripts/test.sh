#!/usr/bin/env bash
# The one test command (README, CI): installs what it needs, then typecheck, lint, unit tests with
# coverage thresholds, production build, e2e in real Chromium with the built extension, and a Firefox smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s ==\n' "$*"; }

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "install npm dependencies"
  npm ci --no-audit --no-fund
fi
step "chromium"
npx tsx scripts/ensure-chromium.ts

step "typecheck"; npm run -s typecheck
step "lint"; npm run -s lint
step "unit tests + coverage"; npm run -s test:unit
step "build"; npm run -s build
step "firefox build + web-ext lint"; bash scripts/firefox-lint.sh
step "e2e (real Chromium, built extension)"; npm run -s test:e2e
step "firefox"; npx tsx scripts/ensure-firefox.ts
step "e2e smoke (headless Firefox ESR over WebDriver BiDi)"; npm run -s test:firefox
step "examples (headless runner, no model and local test provider)"; npm run -s examples
