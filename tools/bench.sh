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
# Then the shares (Manila 2.90): `share list`, `share show` (median of RUNS,
# overhead per run), `share create --wait` + `share delete --wait` of an
# encrypted share (median of CREATE_RUNS), each against `openstack`, and the
# HTTP requests each command sends (from the services' access logs).
# Usage (as root): tools/bench.sh        RUNS=20, CREATE_RUNS=5 by default; REFCLOUD_SKIP_UP=1 to reuse a running cloud
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-20}
command -v hyperfine >/dev/null || { apt-get update -q >/dev/null; apt-get install -y -q hyperfine >/dev/null; }
CREATE_RUNS=${CREATE_RUNS:-5}
[ "${REFCLOUD_SKIP_UP:-0}" = 1 ] || bash tests/refcloud/up.sh --with-manila >/dev/null
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

# (a) per-run overhead: wall time of the process minus its own HTTP time
# (an upper bound: it also counts the $(…) subshell and awk), and the same
# measured inside the process (from main() to exit, minus HTTP: exec and
# dynamic linking, about 1 ms, are not in it).
for _ in $(seq "$RUNS"); do
  t0=$(date +%s%N)
  http=$("$SK" --timing secret list 2>&1 >/dev/null | awk '/total over/ {print $1}')
  t1=$(date +%s%N)
  awk -v w="$(( (t1 - t0) ))" -v h="$http" 'BEGIN{printf "%.3f\n", w/1e6 - h}'
done | sort -n > "$OUT/overhead.txt"
overhead=$(awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}' "$OUT/overhead.txt")
# (b) the same measured inside the process
in_process() { # in_process ARGS... -> median of "ms outside HTTP" from --timing
  for _ in $(seq "$RUNS"); do
    "$SK" --timing "$@" 2>&1 >/dev/null | awk '/outside HTTP/ {print $(NF-5)}'
  done | sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
inproc=$(in_process secret list)

help=$(median "$OUT/help.json"); sk=$(median "$OUT/sharekeep.json"); osc=$(median "$OUT/openstack.json")
# curl runs inside bash here: take bash's own start-up out of the server time.
server=$(awk -v a="$(median "$OUT/server.json")" -v b="$(median "$OUT/bash.json")" 'BEGIN{print a-b}')
awk -v help="$help" -v sk="$sk" -v osc="$osc" -v server="$server" -v runs="$RUNS" -v overhead="$overhead" -v inproc="$inproc" 'BEGIN{
  printf "median of %d runs (ms)\n", runs
  printf "%-44s %9.1f\n", "sharekeep --help", help
  printf "%-44s %9.1f\n", "sharekeep secret list (warm token cache)", sk
  printf "%-44s %9.1f\n", "openstack secret list", osc
  printf "%-44s %9.1f\n", "server: GET /v1/secrets (curl, token given)", server
  printf "%-44s %9.1f\n", "sharekeep overhead: wall - in-process HTTP", overhead
  printf "%-44s %9.1f\n", "sharekeep overhead: inside the process", inproc
  printf "%-44s %9.1f\n", "sharekeep overhead: median - curl median", sk - server
  printf "%-44s %9.1fx\n", "openstack / sharekeep", osc / sk
}'

# ---------------------------------------------------------------- shares
LOGS=${REFCLOUD_BASE:-/opt/refcloud}/log
R=$$
OS_CLOUD=admin "$SK" share type create "bench-enc-$R" true --extra-specs encryption_support=share_server >/dev/null
NET=$("$SK" share network create --name "bench-net-$R" -f value -c id)
head -c 32 /dev/urandom > "$OUT/key.bin"
KEY=$("$SK" secret store --name "bench-key-$R" --secret-type symmetric --file "$OUT/key.bin" -f value -c "Secret href")
KEY=${KEY##*/}
SHARE=$("$SK" share create NFS 1 --name "bench-share-$R" --share-type "bench-enc-$R" --share-network "$NET" --encryption-key-ref "$KEY" --wait -q -f value -c id)
cleanup_shares() {
  "$SK" share delete "$SHARE" --wait -q >/dev/null 2>&1
  for s in $(OS_CLOUD=admin "$SK" share server list --share-network "$NET" -f value -c ID); do
    OS_CLOUD=admin "$SK" share server delete "$s" --wait -q >/dev/null 2>&1
  done
  "$SK" share network delete "$NET" >/dev/null 2>&1
  OS_CLOUD=admin "$SK" share type delete "bench-enc-$R" >/dev/null 2>&1
  "$SK" secret delete "$KEY" >/dev/null 2>&1
  rm -rf "$OUT"
}
trap cleanup_shares EXIT

per_run_overhead() { # per_run_overhead ARGS... -> median of wall - in-process HTTP time (ms)
  for _ in $(seq "$RUNS"); do
    t0=$(date +%s%N)
    http=$("$SK" --timing "$@" 2>&1 >/dev/null | awk '/total over/ {print $1}')
    t1=$(date +%s%N)
    awk -v w="$(( t1 - t0 ))" -v h="$http" 'BEGIN{printf "%.3f\n", w/1e6 - h}'
  done | sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
# requests PATTERN COMMAND... -> "keystone manila barbican" requests the command sent, counted in
# the access logs by the client's User-Agent (PATTERN), so that the services' own calls to each
# other (token checks, Manila's ACL and application-credential calls) are left out
lines() { grep -c -E "$2" "$LOGS/$1/access.log" || true; }
requests() {
  local ua=$1 k0 m0 b0; shift
  k0=$(lines keystone "$ua"); m0=$(lines manila "$ua"); b0=$(lines barbican "$ua")
  "$@" >/dev/null 2>&1; sleep 1
  echo "$(( $(lines keystone "$ua") - k0 )) $(( $(lines manila "$ua") - m0 )) $(( $(lines barbican "$ua") - b0 ))"
}
SK_UA='"sharekeep/'
OS_UA='"(openstacksdk/|python-manilaclient|python-barbicanclient|keystoneauth1/)'

"$SK" share list >/dev/null
run sk_list "$RUNS" "$SK share list"
run os_list "$RUNS" "$OS share list"
run sk_show "$RUNS" "$SK share show $SHARE"
run os_show "$RUNS" "$OS share show $SHARE"
COMPLETE=fish "$SK" -- sharekeep share create NFS 1 --share-type "" >/dev/null   # warm the completion cache
run complete "$RUNS" "env COMPLETE=fish $SK -- sharekeep share create NFS 1 --share-type x"
ov_list=$(per_run_overhead share list)
ov_show=$(per_run_overhead share show "$SHARE")
in_list=$(in_process share list)
in_show=$(in_process share show "$SHARE")
cat > "$OUT/cycle-sk.sh" <<CYCLE
id=\$("$SK" share create NFS 1 --share-type "bench-enc-$R" --share-network "$NET" --encryption-key-ref "$KEY" --wait -q -f value -c id) && "$SK" share delete "\$id" --wait -q
CYCLE
cat > "$OUT/cycle-os.sh" <<CYCLE
id=\$("$OS" share create NFS 1 --share-type "bench-enc-$R" --share-network "$NET" --encryption-key-ref "$KEY" --wait -f value -c id) && "$OS" share delete "\$id" --wait
CYCLE
hyperfine -N --style none --runs "$CREATE_RUNS" --export-json "$OUT/sk_cycle.json" "bash $OUT/cycle-sk.sh" >/dev/null 2>&1
hyperfine -N --style none --runs "$CREATE_RUNS" --export-json "$OUT/os_cycle.json" "bash $OUT/cycle-os.sh" >/dev/null 2>&1

echo
echo "shares: median of $RUNS runs (create+delete: $CREATE_RUNS), ms"
printf "%-40s %12s %12s %10s\n" "" sharekeep openstack ratio
for x in list show cycle; do
  a=$(median "$OUT/sk_$x.json"); b=$(median "$OUT/os_$x.json")
  awk -v n="$x" -v a="$a" -v b="$b" 'BEGIN{label = (n=="cycle") ? "share create --wait + delete --wait" : "share " n; printf "%-40s %12.1f %12.1f %9.1fx\n", label, a, b, b/a}'
done
printf "%-40s %12.1f\n" "overhead share list (wall - HTTP)" "$ov_list"
printf "%-40s %12.1f\n" "overhead share show (wall - HTTP)" "$ov_show"
printf "%-40s %12.1f\n" "overhead share list (inside the process)" "$in_list"
printf "%-40s %12.1f\n" "overhead share show (inside the process)" "$in_show"
printf "%-40s %12.1f\n" "TAB on --share-type (warm cache)" "$(median "$OUT/complete.json")"
echo
echo "HTTP requests (keystone manila barbican), warm token cache for sharekeep:"
printf "%-40s %12s %12s\n" "" sharekeep openstack
printf "%-40s %12s %12s\n" "share list" "$(requests "$SK_UA" "$SK" share list | tr ' ' /)" "$(requests "$OS_UA" "$OS" share list | tr ' ' /)"
printf "%-40s %12s %12s\n" "share show <id>" "$(requests "$SK_UA" "$SK" share show "$SHARE" | tr ' ' /)" "$(requests "$OS_UA" "$OS" share show "$SHARE" | tr ' ' /)"
printf "%-40s %12s %12s\n" "share create --wait + delete --wait" "$(requests "$SK_UA" bash "$OUT/cycle-sk.sh" | tr ' ' /)" "$(requests "$OS_UA" bash "$OUT/cycle-os.sh" | tr ' ' /)"
