#!/usr/bin/env bash
# tools/demo-refcloud.sh -- sharekeep's main job, end to end, on this machine: an
# encrypted share with your own key.
#   1. bring up the reference cloud (real Keystone, Barbican and Manila 2.90 on
#      127.0.0.1) and build sharekeep
#   2. admin: a share type with encryption_support=share_server
#   3. demo: store a 256-bit key from standard input (never in argv), read it
#      back byte for byte, make a share network, check the plan (--dry-run),
#      create the encrypted share with --wait, show its key ref
#   4. admin: the share server that holds the key
#   5. clean up
# Exits non-zero on any deviation.
# Usage (as root): tools/demo-refcloud.sh      (REFCLOUD_SKIP_UP=1 to reuse a running cloud)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

[ "${REFCLOUD_SKIP_UP:-0}" = 1 ] || bash tests/refcloud/up.sh --with-manila
cargo build --release --quiet
SK=$ROOT/target/release/sharekeep
export OS_CLIENT_CONFIG_FILE=$ROOT/tests/refcloud/clouds.yaml OS_CLOUD=demo
WORK=$(mktemp -d)
R=$$
admin() { OS_CLOUD=admin "$SK" "$@"; }
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
cleanup() {
  set +e
  step "clean up"
  [ -n "${SHARE:-}" ] && "$SK" share delete "$SHARE" --wait
  [ -n "${SERVER:-}" ] && admin share server delete "$SERVER" --wait
  [ -n "${NET:-}" ] && "$SK" share network delete "$NET"
  [ -n "${HREF:-}" ] && "$SK" secret delete "$HREF"
  admin share type delete "demo-encrypted-$R" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

step "admin: a share type that supports encryption"
admin share type create "demo-encrypted-$R" true --extra-specs encryption_support=share_server -c name -c optional_extra_specs

step "store a 256-bit key from standard input"
head -c 32 /dev/urandom > "$WORK/key.bin"
HREF=$("$SK" secret store --name "demo-key-$R" --secret-type symmetric --file - -f value -c "Secret href" < "$WORK/key.bin")
echo "stored: $HREF"
"$SK" secret get "${HREF##*/}" --file "$WORK/back.bin"
cmp "$WORK/key.bin" "$WORK/back.bin"
echo "payload round trip: identical ($(stat -c %s "$WORK/back.bin") bytes, file mode $(stat -c %a "$WORK/back.bin"))"

step "a share network"
NET=$("$SK" share network create --name "demo-net-$R" -f value -c id)
echo "$NET"

step "pre-flight only (--dry-run): nothing is created"
"$SK" share create NFS 1 --share-type "demo-encrypted-$R" --share-network "$NET" --encryption-key-ref "demo-key-$R" --dry-run

step "the encrypted share (the key given by name; sharekeep sends its UUID)"
SHARE=$("$SK" share create NFS 1 --name "demo-share-$R" --share-type "demo-encrypted-$R" --share-network "$NET" \
        --encryption-key-ref "demo-key-$R" --wait -f value -c id)
"$SK" share show "$SHARE" -c name -c status -c encryption_key_ref
[ "$("$SK" share show "$SHARE" -f value -c encryption_key_ref)" = "${HREF##*/}" ]

step "admin: the share server that holds the key"
SERVER=$(admin share show "$SHARE" -f value -c share_server_id)
admin share server list --encryption-key-ref "${HREF##*/}" --long
[ "$(admin share server show "$SERVER" -f value -c encryption_key_ref)" = "${HREF##*/}" ]

echo; echo "demo: OK"
