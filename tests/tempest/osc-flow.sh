#!/usr/bin/env bash
# tests/tempest/osc-flow.sh -- the `openstack` client sequence whose API calls
# are recorded in the research notes (calls.md, part b): keystone token,
# barbican secrets/orders/ACLs, an encrypted manila share on a DHSS=True
# share type, share servers, quotas, messages, and keystone project/user/role
# administration. Runs against any cloud that serves these APIs (nothing
# about URLs or IDs is assumed); stops at the first failing step (non-zero
# exit) and prints every step before running it.
#
# Usage:
#   tests/tempest/osc-flow.sh CLOUDS_YAML ADMIN_CLOUD MEMBER_CLOUD [--debug]
#   e.g. tests/tempest/osc-flow.sh tests/refcloud/clouds.yaml admin demo
#   --debug   pass --debug to every openstack call (request/response bodies
#             on stderr), e.g.  ... --debug 2> osc-debug.txt
# Environment: OSC (default /opt/refcloud/venv-client/bin/openstack, else
# `openstack` on PATH); FLOW_PROTO (default NFS); FLOW_ENCRYPTION
# (encryption_support extra spec, default share_server).
#
# Everything it creates has a unique name (osc-flow-<time><rand>-...): a
# share type, share network, share, secrets, an order, a project and a user;
# the share, network, type, secrets, user and project are deleted as part
# of the flow; on failure an EXIT trap removes what is left (best effort).
# The member's share quota is set to its current value (a no-op change).
set -euo pipefail

[ $# -ge 3 ] || { sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 2; }
CLOUDS=$(realpath -- "$1") ADMIN=$2 MEMBER=$3 DEBUG=()
[ "${4:-}" = --debug ] && DEBUG=(--debug)
if [ -z "${OSC:-}" ]; then
  if [ -x /opt/refcloud/venv-client/bin/openstack ]; then OSC=/opt/refcloud/venv-client/bin/openstack
  else OSC=$(command -v openstack) || { echo "osc-flow.sh: no openstack client (set OSC)" >&2; exit 1; }; fi
fi
PROTO=${FLOW_PROTO:-NFS} ENCSUP=${FLOW_ENCRYPTION:-share_server}
export OS_CLIENT_CONFIG_FILE=$CLOUDS
unset OS_CLOUD
U=osc-flow-$(date +%s | tail -c 6)$((RANDOM % 1000))
NFILE=$(mktemp); echo 0 > "$NFILE"   # step counter (steps also run in $(...) subshells)
step() { # step DESCRIPTION -- prints, then runs the rest of the line
  local N; N=$(( $(cat "$NFILE") + 1 )); echo $N > "$NFILE"; local d=$1; shift
  printf '\n=== step %02d: %s\n+ openstack %s\n' "$N" "$d" "$*" >&2
  "$OSC" "${DEBUG[@]}" "$@"
}
adm() { local d=$1; shift; step "$d" --os-cloud "$ADMIN" "$@"; }
mem() { local d=$1; shift; step "$d" --os-cloud "$MEMBER" "$@"; }

SECRET= SECRET2= ORDER= ORDER_SECRET= STYPE= SNET= SHARE= PROJ= USER=
cleanup() {
  local rc=$? N; N=$(cat "$NFILE"); rm -f "$NFILE"
  [ $rc = 0 ] && return 0
  echo "osc-flow.sh: step $N failed (exit $rc); best-effort clean-up" >&2
  set +e
  [ -n "$SHARE" ] && "$OSC" --os-cloud "$MEMBER" share delete --wait "$SHARE"
  [ -n "$SNET" ] && "$OSC" --os-cloud "$MEMBER" share network delete "$SNET"
  [ -n "$STYPE" ] && "$OSC" --os-cloud "$ADMIN" share type delete "$STYPE"
  local s; for s in "$SECRET" "$SECRET2" "$ORDER_SECRET"; do
    [ -n "$s" ] && "$OSC" --os-cloud "$MEMBER" secret delete "$s"; done
  [ -n "$ORDER" ] && "$OSC" --os-cloud "$MEMBER" secret order delete "$ORDER"
  [ -n "$USER" ] && "$OSC" --os-cloud "$ADMIN" user delete "$USER"
  [ -n "$PROJ" ] && "$OSC" --os-cloud "$ADMIN" project delete "$PROJ"
  return $rc
}
trap cleanup EXIT

# ---- keystone: token ---------------------------------------------------------
mem "token issue (member)" token issue
MEMBER_PROJECT=$("$OSC" --os-cloud "$MEMBER" token issue -f value -c project_id)

# ---- barbican: secrets, order, ACL ---------------------------------------------
KEY=$(head -c 32 /dev/urandom | base64 -w0)
SECRET=$(mem "secret store (AES-256 key, base64 payload)" secret store --name "$U-key" \
  --secret-type symmetric --algorithm aes --bit-length 256 --mode cbc \
  --payload-content-type application/octet-stream --payload-content-encoding base64 \
  --payload "$KEY" -f value -c "Secret href")
echo "secret href: $SECRET" >&2
SECRET_UUID=${SECRET##*/}
mem "secret get (metadata)" secret get "$SECRET"
# (barbican answers 406 unless Accept matches the stored content type)
mem "secret get --payload" secret get --payload --payload_content_type application/octet-stream "$SECRET" >/dev/null
SECRET2=$(mem "secret store (text passphrase)" secret store --name "$U-pass" \
  --payload "pass-$U" -f value -c "Secret href")
mem "secret get --payload (text, the client's default Accept)" secret get --payload "$SECRET2"
mem "secret list" secret list
mem "secret list --name" secret list --name "$U-key"
ORDER=$(mem "secret order create (key)" secret order create --name "$U-order" \
  --algorithm aes --bit-length 256 --mode cbc --payload-content-type application/octet-stream \
  key -f value -c "Order href")
for _ in $(seq 30); do
  st=$("$OSC" --os-cloud "$MEMBER" secret order get "$ORDER" -f value -c Status)
  [ "$st" = ACTIVE ] && break; [ "$st" = ERROR ] && { echo "order $ORDER in ERROR" >&2; exit 1; }; sleep 1
done
mem "secret order get" secret order get "$ORDER"
ORDER_SECRET=$("$OSC" --os-cloud "$MEMBER" secret order get "$ORDER" -f value -c "Secret href")
mem "secret order list" secret order list
mem "acl get" acl get "$SECRET"
mem "secret consumer create" secret consumer create -s image -t image -i "$U-image" "$SECRET2"
mem "secret consumer list" secret consumer list "$SECRET2"
if "$OSC" --os-cloud "$MEMBER" secret delete "$SECRET2" 2>/dev/null; then
  echo "osc-flow.sh: a secret with a consumer was deleted without --force" >&2; exit 1
fi
mem "secret delete --force (the passphrase, with its consumer)" secret delete --force "$SECRET2"; SECRET2=

# ---- manila: type, network, encrypted share ------------------------------------
STYPE=$U-type
adm "share type create (DHSS true, encryption_support=$ENCSUP)" share type create "$STYPE" true \
  --extra-specs "encryption_support=$ENCSUP" -f value -c id
adm "share type list" share type list
adm "share type show" share type show "$STYPE"
SNET=$(mem "share network create" share network create --name "$U-net" -f value -c id)
SHARE=$(mem "share create --encryption-key-ref --wait" share create "$PROTO" 1 --name "$U-share" \
  --share-type "$STYPE" --share-network "$SNET" --encryption-key-ref "$SECRET_UUID" --wait -f value -c id)
mem "share show" share show "$SHARE"
mem "share show NAME (looked up with and without is_soft_deleted)" share show "$U-share"
# (the client also resets the task state, which only an administrator may)
adm "share set --description (admin)" share set "$SHARE" --description "set by osc-flow"
mem "share access create NAME" share access create "$U-share" ip 10.0.0.0/24
mem "share access list NAME" share access list "$U-share"
mem "share network subnet create --check-only" share network subnet create "$U-net" --check-only
SERVER=$("$OSC" --os-cloud "$ADMIN" share show "$SHARE" -f value -c share_server_id)
adm "share server list (admin)" share server list --share-network "$SNET"
adm "share server show (admin)" share server show "$SERVER"
mem "share quota show (member, own project)" share quota show "$MEMBER_PROJECT"
SHARES_Q=$("$OSC" --os-cloud "$ADMIN" share quota show "$MEMBER_PROJECT" -f value -c shares)
adm "share quota set (admin, same value)" share quota set --shares "$SHARES_Q" "$MEMBER_PROJECT"
mem "share message list" share message list
mem "share delete --wait" share delete --wait "$SHARE"; SHARE=
mem "share network delete" share network delete "$SNET"; SNET=
adm "share type delete" share type delete "$STYPE"; STYPE=
mem "secret delete (the share key)" secret delete "$SECRET"; SECRET=
mem "secret delete (the order's key)" secret delete "$ORDER_SECRET"; ORDER_SECRET=
mem "secret order delete" secret order delete "$ORDER"; ORDER=

# ---- keystone: projects, users, roles (admin) ----------------------------------
PROJ=$(adm "project create" project create --domain default --description "osc-flow $U" -f value -c id "$U-proj")
adm "project list" project list
adm "project show" project show "$PROJ"
USER=$(adm "user create --password" user create --domain default --project "$PROJ" \
  --password "pw1-$U" -f value -c id "$U-user")
adm "user list" user list
adm "user show" user show "$USER"
adm "user set --password" user set --password "pw2-$U" "$USER"
adm "role list" role list
adm "role add member" role add --project "$PROJ" --user "$USER" member
adm "role add reader" role add --project "$PROJ" --user "$USER" reader
adm "role assignment list --project" role assignment list --project "$PROJ"
adm "role assignment list --user --names" role assignment list --user "$USER" --names
adm "role remove reader" role remove --project "$PROJ" --user "$USER" reader
adm "role assignment list --project --user" role assignment list --project "$PROJ" --user "$USER"
adm "user delete" user delete "$USER"; USER=
adm "project delete" project delete "$PROJ"; PROJ=

echo "osc-flow.sh: all $(cat "$NFILE") steps passed" >&2
