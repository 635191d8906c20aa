#!/usr/bin/env bash
# tools/demo.sh -- sharekeep's main job, end to end, offline: the embedded
# local cloud (a miniature Keystone + Barbican + Manila inside the sharekeep
# binary, on 127.0.0.1), so it needs only a Rust toolchain: no root, no
# Python, no services, no network.
#   1. build sharekeep; a fresh local state in a temporary directory
#   2. a 256-bit key from standard input into Barbican, read back byte for byte
#   3. an encrypted share on the back end that supports encryption, on a
#      share server keyed by that ref; the server's back end fetched the key
#      itself with an application credential (its fingerprint matches)
#   4. a second share with the same key: the same server
#   5. a share with another key: a new server
#   6. a share that goes to `error`, with Manila's reason
#   7. the encryption_keys quota refusing one key too many
# Each step is checked; any deviation exits non-zero.
# Usage: tools/demo.sh      (SHAREKEEP_LOCAL_DIR=DIR to keep the state somewhere)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

cargo build --release --quiet
SK=$ROOT/target/release/sharekeep
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export SHAREKEEP_LOCAL_DIR=${SHAREKEEP_LOCAL_DIR:-$WORK/state} XDG_CACHE_HOME=$WORK/cache
demo() { "$SK" --os-cloud local-demo "$@"; }
admin() { "$SK" --os-cloud local "$@"; }
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
fail() { echo "demo: FAILED: $*" >&2; exit 1; }
fingerprint() { echo "sha256:$(sha256sum "$1" | cut -c1-16)"; }

step "the local cloud: seeded on first use"
"$SK" local status -c state_dir -c base_url -c clouds -c back_ends
admin share pool list --detail -c Name -c Capabilities -f json | grep -E '"Name"|encryption_support|driver_handles' | sed 's/^ *//'

step "store a 256-bit key from standard input"
head -c 32 /dev/urandom > "$WORK/key1.bin"
HREF=$(demo secret store --name demo-key --secret-type symmetric --algorithm aes --bit-length 256 --file - -f value -c "Secret href" < "$WORK/key1.bin")
echo "stored: $HREF"
demo secret get "$HREF" --file "$WORK/back.bin"
cmp "$WORK/key1.bin" "$WORK/back.bin" || fail "the payload read back differs"
echo "payload round trip: identical ($(stat -c %s "$WORK/back.bin") bytes)"
K1=${HREF##*/}

step "pre-flight only (--dry-run): nothing is created"
demo share create NFS 1 --share-type encrypted --share-network local-net --encryption-key-ref demo-key --dry-run

step "the encrypted share (the key given by name; sharekeep sends its UUID)"
S1=$(demo share create NFS 1 --name demo-share --share-type encrypted --share-network local-net \
       --encryption-key-ref demo-key --wait -f value -c id)
demo share show "$S1" -c name -c status -c encryption_key_ref
[ "$(demo share show "$S1" -f value -c encryption_key_ref)" = "$K1" ] || fail "the share does not carry the key ref"

step "admin: the share server keyed by that ref, on the back end that supports encryption"
SERVER1=$(admin share show "$S1" -f value -c share_server_id)
admin share server show "$SERVER1" -c id -c host -c status -c encryption_key_ref \
  -c details:key_fingerprint -c details:application_credential
[ "$(admin share server show "$SERVER1" -f value -c encryption_key_ref)" = "$K1" ] || fail "the server's key ref"
[ "$(admin share show "$S1" -f value -c host)" = "local@crypt#pool0" ] || fail "not on the encrypting back end"
GOT=$(admin share server show "$SERVER1" -f value -c details:key_fingerprint)
[ "$GOT" = "$(fingerprint "$WORK/key1.bin")" ] || fail "the back end holds another key ($GOT)"
echo "the back end fetched the key itself: its fingerprint $GOT matches the key stored"
echo "Manila handed it an application credential that may read only this key, and put its user on the key's ACL:"
demo acl get "$K1"

step "a second share with the same key: the same share server"
S2=$(demo share create NFS 1 --share-type encrypted --share-network local-net --encryption-key-ref "$K1" --wait -f value -c id)
[ "$(admin share show "$S2" -f value -c share_server_id)" = "$SERVER1" ] || fail "the same key got another server"
echo "$S2 is on $SERVER1"

step "a share with another key: a new share server"
head -c 32 /dev/urandom > "$WORK/key2.bin"
K2=$(demo secret store --name other-key --secret-type symmetric --file - -f value -c "Secret href" < "$WORK/key2.bin")
K2=${K2##*/}
S3=$(demo share create NFS 1 --share-type encrypted --share-network local-net --encryption-key-ref "$K2" --wait -f value -c id)
SERVER2=$(admin share show "$S3" -f value -c share_server_id)
[ "$SERVER2" != "$SERVER1" ] || fail "another key reused the first server"
[ "$(admin share server show "$SERVER2" -f value -c details:key_fingerprint)" = "$(fingerprint "$WORK/key2.bin")" ] || fail "server 2's key"
admin share server list --long

step "a share that goes to error: its key ref names no secret (sent without sharekeep's pre-flight)"
set +e
demo share create NFS 1 --name doomed --share-type encrypted --share-network local-net \
  --encryption-key-ref 00000000-0000-4000-8000-000000000000 --no-preflight --wait 2> "$WORK/error.err"
CODE=$?
set -e
cat "$WORK/error.err"
SE=$(demo share show doomed -f value -c id)
# As Manila 23: the failure leaves no share server behind for the missing key.
[ "$(admin share show "$SE" -f value -c share_server_id)" = None ] || fail "the failed share still holds a share server"
[ -z "$(admin share server list --encryption-key-ref 00000000-0000-4000-8000-000000000000 -f value -c ID)" ] \
  || fail "a share server was left behind for the missing key"
demo share message list --resource-id "$SE" -c "Action ID" -c "Detail ID" -c "User Message"
[ "$CODE" = 11 ] && grep -q "Could not find an existing share server" "$WORK/error.err" || fail "no error state with its reason (exit $CODE)"

step "the encryption_keys quota: two keys in use, limit 2, a third key is refused"
PROJECT=$(demo token issue -f value -c project_id)
admin share quota set --encryption-keys 2 "$PROJECT"
head -c 32 /dev/urandom > "$WORK/key3.bin"
K3=$(demo secret store --name third-key --secret-type symmetric --file - -f value -c "Secret href" < "$WORK/key3.bin")
set +e
demo share create NFS 1 --share-type encrypted --share-network local-net --encryption-key-ref "${K3##*/}" --dry-run | grep quota
demo share create NFS 1 --share-type encrypted --share-network local-net --encryption-key-ref "${K3##*/}" --no-preflight 2> "$WORK/quota.err"
CODE=$?
set -e
cat "$WORK/quota.err"
[ "$CODE" = 7 ] && grep -q "EncryptionKeysLimitExceeded" "$WORK/quota.err" || fail "the third key was not refused (exit $CODE)"
echo "refused: exit $CODE, 413 overLimit from the share API"

step "clean up"
demo share delete "$S1" "$S2" "$S3" "$SE" --wait
admin share server delete "$SERVER1" "$SERVER2" --wait
"$SK" local status -c shares -c share_servers -c application_credentials -c encryption_keys_in_use
[ "$("$SK" local status -f value -c application_credentials)" = 0 ] || fail "an application credential outlived its server"

echo; echo "demo: OK"
