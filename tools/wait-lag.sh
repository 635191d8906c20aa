#!/usr/bin/env bash
# tools/wait-lag.sh -- how long after a share reaches its state does
# `sharekeep share create --wait` (and `share delete --wait`) return, and how
# many requests does the wait send? Against the reference cloud (Manila 2.90,
# DUMMY2 back end, an encrypted share on an existing share server).
#
# A second process polls `share show NAME` every 50 ms and records when the
# share is first `available` (or gone); the lag is the command's exit time
# minus that moment (the observer's own ~20-30 ms per poll makes it a slight
# over-estimate). Requests: the GETs of the share that `--timing` lists.
# Usage (as root): tools/wait-lag.sh   RUNS=5; REFCLOUD_SKIP_UP=1 to reuse a running cloud
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-5}
[ "${REFCLOUD_SKIP_UP:-0}" = 1 ] || bash tests/refcloud/up.sh --with-manila >/dev/null
cargo build --release --quiet
SK=$ROOT/target/release/sharekeep
export OS_CLIENT_CONFIG_FILE=$ROOT/tests/refcloud/clouds.yaml OS_CLOUD=demo
OUT=$(mktemp -d)
export XDG_CACHE_HOME=$OUT/cache
R=$$
now() { date +%s%3N; }
OS_CLOUD=admin "$SK" share type create "lag-enc-$R" true --extra-specs encryption_support=share_server share_backend_name=DUMMY2 >/dev/null
NET=$("$SK" share network create --name "lag-net-$R" -f value -c id)
head -c 32 /dev/urandom > "$OUT/key.bin"
KEY=$("$SK" secret store --name "lag-key-$R" --secret-type symmetric --file "$OUT/key.bin" -f value -c "Secret href")
KEY=${KEY##*/}
FIRST=$("$SK" share create NFS 1 --share-type "lag-enc-$R" --share-network "$NET" --encryption-key-ref "$KEY" --wait -q -f value -c id)
cleanup() {
  "$SK" share delete "$FIRST" --wait -q >/dev/null 2>&1 || true
  for s in $(OS_CLOUD=admin "$SK" share server list --share-network "$NET" -f value -c ID 2>/dev/null); do
    OS_CLOUD=admin "$SK" share server delete "$s" --wait -q >/dev/null 2>&1 || true
  done
  "$SK" share network delete "$NET" >/dev/null 2>&1 || true
  OS_CLOUD=admin "$SK" share type delete "lag-enc-$R" >/dev/null 2>&1 || true
  "$SK" secret delete "$KEY" >/dev/null 2>&1 || true
  rm -rf "$OUT"
}
trap cleanup EXIT

observe() { # observe NAME WANT FILE: first time (ms) `share show NAME` says WANT (or "gone")
  local name=$1 want=$2 file=$3 s
  for _ in $(seq 1200); do
    if s=$("$SK" share show "$name" -f value -c status 2>/dev/null); then :; else s=gone; fi
    if [ "$s" = "$want" ]; then now > "$file"; return; fi
    sleep 0.05
  done
}

printf '%-4s %14s %14s %10s %10s %10s %10s\n' run create_ms lag_ms gets delete_ms lag_ms gets
for i in $(seq "$RUNS"); do
  name="lag-$R-$i"
  observe "$name" available "$OUT/seen-$i" & obs=$!
  t0=$(now)
  "$SK" --timing share create NFS 1 --name "$name" --share-type "lag-enc-$R" --share-network "$NET" --encryption-key-ref "$KEY" --wait -q -f value -c id > "$OUT/id-$i" 2> "$OUT/timing-c-$i"
  t1=$(now); wait $obs
  gets_c=$(grep -c "GET .*/shares/$(cat "$OUT/id-$i")\$" "$OUT/timing-c-$i" || true)
  observe "$name" gone "$OUT/gone-$i" & obs=$!
  t2=$(now)
  "$SK" --timing share delete "$(cat "$OUT/id-$i")" --wait -q 2> "$OUT/timing-d-$i"
  t3=$(now); wait $obs
  gets_d=$(grep -c "GET .*/shares/$(cat "$OUT/id-$i")\$" "$OUT/timing-d-$i" || true)
  printf '%-4s %14s %14s %10s %10s %10s %10s\n' "$i" $((t1 - t0)) $((t1 - $(cat "$OUT/seen-$i"))) "$gets_c" $((t3 - t2)) $((t3 - $(cat "$OUT/gone-$i"))) "$gets_d"
done
