#!/usr/bin/env bash
# Runs the headless runner (npm run errand) with the local OpenAI-compatible test server as its
# provider, in planner mode backed by Errand's offline planner. Every runner flag passes through:
#   examples/with-test-provider.sh --url http://127.0.0.1:4302/ --goal "search for aeron" --json
# Start the demo sites first (npm run demo:sites). The server stops when the runner exits.
set -euo pipefail
cd "$(dirname "$0")/.."
port=$(node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
log=$(mktemp)
# Its own process group (job control), so stopping it also stops the node process tsx starts.
set -m
npx tsx tests/ai-server/cli.ts --port "$port" --planner offline >"$log" 2>&1 &
server=$!
set +m
trap 'kill -- -"$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q "listening" "$log" && break; sleep 0.1; done
grep -q "listening" "$log" || { cat "$log" >&2; echo "The AI test server did not start." >&2; exit 1; }
export ERRAND_TEST_PROVIDER_KEY=test-key
npx tsx scripts/errand.ts --provider custom --base-url "http://127.0.0.1:$port/v1" --model test-model \
  --api-key-env ERRAND_TEST_PROVIDER_KEY "$@"
