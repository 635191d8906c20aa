#!/usr/bin/env bash
# tools/bench.sh -- wall-time benchmark, sharekeep against the `openstack`
# client, in one run on the reference cloud. Prints a table of medians; the
# results are recorded in docs/performance.md.
#
# Measured (median of RUNS runs, hyperfine, no shell):
#   sharekeep --help
#   sharekeep secret list         warm token cache (release build)
#   openstack secret list         python-openstackclient 10.5.0 + barbicanclient 7.6.0
#   server: GET /v1/secrets       the same request with curl and a valid token
# sharekeep's own overhead, two ways: (a) per run, wall time minus the time its
# HTTP request took inside the process (--timing); (b) its median minus the
# median of the same request sent by curl.
# Usage (as root): tools/bench.sh        RUNS=20 by default; REFCLOUD_SKIP_UP=1 to reuse a running cloud
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-20}
command -v hyperfine >/dev/null || { apt-get update -q >/dev/null; apt-get install -y -q hyperfine >/dev/null; }
[ "${REFCLOUD_SKIP_UP:-0}" = 1 ] || bash tests/refcloud/up.sh >/dev/null
cargo build --release --quiet
SK=$ROOT/target/release/sharekeep
OS=${REFCLOUD_BASE:-/opt/refcloud}/venv-client/bin/openstack
export OS_CLIENT_CONFIG_FILE=$ROOT/tests/refcloud/clouds.yaml OS_CLOUD=demo
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT
export XDG_CACHE_HOME=$OUT/cache

"$SK" secret list >/dev/null                      # warm the token cache
TOKEN=$("$SK" token issue -f value -c id)
URL="http://127.0.0.1:9311/v1/secrets?limit=10&offset=0"
printf 'curl -s -o /dev/null -H "X-Auth-Token: %s" -H "Accept: application/json" "%s"\n' "$TOKEN" "$URL" > "$OUT/server.sh"

median() { jq -r '.results[0].median * 1000' "$1"; }
run() { # run NAME RUNS COMMAND
  local name=$1 runs=$2; shift 2
  hyperfine -N --style none --warmup 3 --runs "$runs" --export-json "$OUT/$name.json" "$@" >/dev/null 2>&1
}
run help "$RUNS" "$SK --help"
run server "$RUNS" "bash $OUT/server.sh"
run bash "$RUNS" "bash -c true"
run sharekeep "$RUNS" "$SK secret list"
run openstack "$RUNS" "$OS secret list"

# (a) per-run overhead: wall time of the process minus its own HTTP time.
for _ in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  http=$("$SK" --timing secret list 2>&1 >/dev/null | awk '/total over/ {print $1}')
  t1=$(date +%s%N)
  awk -v w="$(( (t1 - t0) ))" -v h="$http" 'BEGIN{printf "%.3f\n", w/1e6 - h}'
done | sort -n > "$OUT/overhead.txt"
overhead=$(awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}' "$OUT/overhead.txt")

help=$(median "$OUT/help.json"); sk=$(median "$OUT/sharekeep.json"); osc=$(median "$OUT/openstack.json")
# curl runs inside bash here: take bash's own start-up out of the server time.
server=$(awk -v a="$(median "$OUT/server.json")" -v b="$(median "$OUT/bash.json")" 'BEGIN{print a-b}')
awk -v help="$help" -v sk="$sk" -v osc="$osc" -v server="$server" -v runs="$RUNS" -v overhead="$overhead" 'BEGIN{
  printf "median of %d runs (ms)\n", runs
  printf "%-44s %9.1f\n", "sharekeep --help", help
  printf "%-44s %9.1f\n", "sharekeep secret list (warm token cache)", sk
  printf "%-44s %9.1f\n", "openstack secret list", osc
  printf "%-44s %9.1f\n", "server: GET /v1/secrets (curl, token given)", server
  printf "%-44s %9.1f\n", "sharekeep overhead: wall - in-process HTTP", overhead
  printf "%-44s %9.1f\n", "sharekeep overhead: median - curl median", sk - server
  printf "%-44s %9.1fx\n", "openstack / sharekeep", osc / sk
}'
