#!/usr/bin/env bash
# tools/bench-serve.sh -- `sharekeep local serve` measured (release build):
#   1. load: CLIENTS concurrent clients for SECONDS (tools/load-serve.py:
#      shares list/show and creates), requests/s, p50/p99, errors;
#   2. `openstack share list` (the reference cloud's client venv) against
#      local serve and against the reference cloud, hyperfine medians;
#      skipped when the venv or the reference cloud is not there.
# The results are recorded in docs/performance.md.
# Usage: tools/bench-serve.sh          CLIENTS=16 DURATION=60 RUNS=10 (seconds of load)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
CLIENTS=${CLIENTS:-16} SECONDS_=${DURATION:-60} RUNS=${RUNS:-10}
command -v hyperfine >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q hyperfine >/dev/null; } || true
cargo build --release --quiet
SK=$ROOT/target/release/sharekeep
OUT=$(mktemp -d)
PID=
cleanup() { [ -n "$PID" ] && kill -TERM "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$OUT"; }
trap cleanup EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# The creates must not meet the demo project's quotas (50 shares): `populate`
# with nothing to add makes them unlimited.
SHAREKEEP_LOCAL_DIR=$OUT/state "$SK" local populate --shares 0 --servers 0 2>/dev/null
"$SK" local serve --port "$PORT" --state "$OUT/state" --print-clouds-yaml > "$OUT/clouds.yaml"
"$SK" local serve --port "$PORT" --state "$OUT/state" > /dev/null 2> "$OUT/access.log" &
PID=$!
for _ in $(seq 100); do grep -q "serving http" "$OUT/access.log" 2>/dev/null && break; sleep 0.1; done
PASSWORD=$(python3 - "$OUT/clouds.yaml" <<'EOF'
import sys
lines = open(sys.argv[1]).read().splitlines()
cloud = lines.index("  sharekeep-demo:")
print(next(l.split(": ", 1)[1] for l in lines[cloud:] if l.strip().startswith("password:")))
EOF
)
echo "== load: $CLIENTS clients, $SECONDS_ s (nproc $(nproc))"
python3 tools/load-serve.py "http://127.0.0.1:$PORT" "$PASSWORD" "$CLIENTS" "$SECONDS_"
echo "   server side: $(grep -c ' ms$' "$OUT/access.log") access lines, $(grep -cE '" 5[0-9][0-9] ' "$OUT/access.log" || true) with a 5xx"

OSC=${OSC:-/opt/refcloud/venv-client/bin/openstack}
if [ -x "$OSC" ] && command -v hyperfine >/dev/null; then
  echo "== openstack share list (median of $RUNS)"
  OS_CLIENT_CONFIG_FILE=$OUT/clouds.yaml hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$OUT/osc-local.json" \
    "$OSC --os-cloud sharekeep-demo share list --limit 50" > /dev/null
  python3 -c "import json; print('   local serve: %.0f ms' % (json.load(open('$OUT/osc-local.json'))['results'][0]['median']*1000))"
  if curl -fsS -o /dev/null http://127.0.0.1:8786/ 2>/dev/null || curl -sS -o /dev/null -w '%{http_code}' http://127.0.0.1:8786/ | grep -q 300; then
    OS_CLIENT_CONFIG_FILE=$ROOT/tests/refcloud/clouds.yaml hyperfine -N --warmup 1 --runs "$RUNS" --export-json "$OUT/osc-ref.json" \
      "$OSC --os-cloud demo share list --limit 50" > /dev/null
    python3 -c "import json; print('   reference cloud: %.0f ms' % (json.load(open('$OUT/osc-ref.json'))['results'][0]['median']*1000))"
  else
    echo "   reference cloud: not running (bash tests/refcloud/up.sh --with-manila)"
  fi
else
  echo "== openstack share list: skipped (no $OSC or no hyperfine)"
fi
