#!/usr/bin/env bash
# tests/tempest/both.sh -- upstream's tempest tests (tests/tempest/run.sh) on the
# reference cloud and on `sharekeep local serve`, compared test by test
# (tests/tempest/compare.py, with the pinned exceptions of pins.txt).
#
# Usage: tests/tempest/both.sh [--fast] [OUT]     (default OUT /tmp/tempest-both)
#   needs the reference cloud and its tempest venv:
#   bash tests/refcloud/up.sh --with-manila --with-tempest
# Writes OUT/ref/results.txt, OUT/local/results.txt, OUT/compare.md (the table
# for docs/fidelity.md) and OUT/times.txt (wall time of each run). Exit 1 when a
# test that passes on the reference cloud does not pass on local serve and is
# not pinned. The local cloud gets its own state, back ends named as the
# reference cloud's (dummy1/2/3 = DUMMY1/2/3), a free loopback port; it is
# stopped at the end.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
FAST=()
if [ "${1:-}" = --fast ]; then FAST=(--fast); shift; fi
OUT=${1:-/tmp/tempest-both}
rm -rf "$OUT" && mkdir -p "$OUT"
SK=${SHAREKEEP:-$ROOT/target/debug/sharekeep}
[ -x "$SK" ] || (cd "$ROOT" && cargo build --quiet)

export SHAREKEEP_LOCAL_DIR=$OUT/local-state
backend() { printf '  - name: %s\n    share_backend_name: %s\n    driver_handles_share_servers: true\n    encryption_support: %s\n    pools:\n      - name: pool0\n        total_capacity_gb: 10000\n' "$@"; }
{ echo "backends:"; backend dummy1 DUMMY1 '[share_server]'; backend dummy2 DUMMY2 '[share_server, share]'; backend dummy3 DUMMY3 '[]'; } \
  | "$SK" local config --file - 2>/dev/null
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$SK" local serve --port "$PORT" --print-clouds-yaml > "$OUT/clouds.yaml"
"$SK" local serve --port "$PORT" > /dev/null 2> "$OUT/serve.log" &
SERVE=$!
trap 'kill -TERM $SERVE 2>/dev/null; wait $SERVE 2>/dev/null || true' EXIT
for _ in $(seq 100); do grep -q "serving http" "$OUT/serve.log" && break; sleep 0.1; done

t0=$(date +%s)
"$HERE/run.sh" --clouds "$ROOT/tests/refcloud/clouds.yaml" --cloud admin --out "$OUT/ref" "${FAST[@]}" > "$OUT/ref.log" 2>&1
t1=$(date +%s)
"$HERE/run.sh" --clouds "$OUT/clouds.yaml" --cloud sharekeep-admin --out "$OUT/local" "${FAST[@]}" > "$OUT/local.log" 2>&1
t2=$(date +%s)
printf 'reference cloud: %s s\nlocal serve: %s s\n' $((t1 - t0)) $((t2 - t1)) | tee "$OUT/times.txt"
grep -cE '" 5[0-9][0-9] ' "$OUT/serve.log" | sed 's/^/local serve 5xx answers: /' || true
python3 "$HERE/compare.py" "$OUT/ref/results.txt" "$OUT/local/results.txt" "$HERE/pins.txt" > "$OUT/compare.md" && rc=0 || rc=$?
sed -n '1,/<details>/p' "$OUT/compare.md" | head -n -1
exit $rc
