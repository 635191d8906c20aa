#!/usr/bin/env bash
# tools/bench-local.sh -- the embedded local cloud, timed as a user sees it:
# whole processes (release build), median of RUNS runs (hyperfine -N), on a
# state that already holds SHARES shares spread over 100, 1,000 and 10,000
# share servers (`sharekeep local populate`), all in the demo project.
#   create-existing   share create --wait, encrypted, with the key of a populated server
#   create-new        share create --wait, encrypted, a new key each run (a new server)
#   list              share list (Manila's default page: at most 1,000 shares)
#   list-100          share list --limit 100
#   show              share show ID
# Then the cold first command on an empty state (seeding included).
# The results are recorded in docs/performance.md. Needs hyperfine and jq
# (installed with apt-get when missing and run as root).
# Usage: tools/bench-local.sh      RUNS=20 SHARES=10000 SERVERS="100 1000 10000"
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-20}
SHARES=${SHARES:-10000}
SERVERS=${SERVERS:-"100 1000 10000"}
for tool in hyperfine jq; do
  command -v $tool >/dev/null || { apt-get update -q >/dev/null; apt-get install -y -q $tool >/dev/null; }
done
cargo build --release --quiet
SK=$ROOT/target/release/sharekeep
OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT
export XDG_CACHE_HOME=$OUT/cache
median() { jq -r '.results[0].median * 1000 | . * 10 | round / 10' "$1"; }
bench() { # bench NAME COMMAND WARMUP RUNS [hyperfine options…]
  local name=$1 cmd=$2 warmup=$3 runs=$4; shift 4
  hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$OUT/$name.json" "$@" "$cmd" >/dev/null 2>&1 \
    || hyperfine -N --warmup "$warmup" --runs "$runs" --export-json "$OUT/$name.json" "$@" "$cmd"
  median "$OUT/$name.json"
}

printf '| servers | shares | create on an existing server (ms) | create on a new server (ms) | share list, 1,000 shown (ms) | share list --limit 100 (ms) | share show (ms) |\n|---|---|---|---|---|---|---|\n'
for N in $SERVERS; do
  export SHAREKEEP_LOCAL_DIR=$OUT/state-$N
  "$SK" local populate --shares "$SHARES" --servers "$N" 2>/dev/null
  "$SK" --os-cloud local-demo share list >/dev/null          # warm the token cache
  "$SK" --os-cloud local share list >/dev/null
  KEY=$("$SK" --os-cloud local share server list --long -f value -c "Encryption Key Ref" | head -1)
  SHARE=$("$SK" --os-cloud local-demo share list --limit 1 -f value -c ID)
  for i in $(seq 0 $((RUNS + 2))); do
    head -c 32 /dev/urandom | "$SK" --os-cloud local-demo secret store --name "new-$i" --secret-type symmetric --file - >/dev/null
  done
  existing=$(bench "existing-$N" "$SK --os-cloud local-demo share create NFS 1 --share-type encrypted --share-network local-net --encryption-key-ref $KEY --wait -f value -c id" 2 "$RUNS")
  fresh=$(bench "new-$N" "$SK --os-cloud local-demo share create NFS 1 --share-type encrypted --share-network local-net --encryption-key-ref new-{i} --wait -f value -c id" 0 1 --parameter-scan i 0 $((RUNS - 1)))
  # --parameter-scan makes one result per key: their median.
  fresh=$(jq -r '[.results[].median] | sort | .[(length/2|floor)] * 1000 | . * 10 | round / 10' "$OUT/new-$N.json")
  list=$(bench "list-$N" "$SK --os-cloud local-demo share list" 2 "$RUNS")
  list100=$(bench "list100-$N" "$SK --os-cloud local-demo share list --limit 100" 2 "$RUNS")
  show=$(bench "show-$N" "$SK --os-cloud local-demo share show $SHARE" 2 "$RUNS")
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$N" "$SHARES" "$existing" "$fresh" "$list" "$list100" "$show"
done

export SHAREKEEP_LOCAL_DIR=$OUT/cold
cold=$(bench cold "$SK --os-cloud local-demo share list" 0 10 --prepare "rm -rf $OUT/cold $OUT/cache")
printf '\ncold first command on an empty state (seeding included, no cached token): %s ms (median of 10)\n' "$cold"
printf 'binary: %s bytes\n' "$(stat -c %s "$SK")"
