#!/usr/bin/env bash
# tests/tempest/run.sh -- run the upstream manila tempest plugin (API tests)
# against a cloud, with *pre-provisioned* credentials created the way an
# operator would on a real cloud (through the Keystone API with an admin
# account), and write per-test results.
#
# Usage:
#   tests/tempest/run.sh --clouds FILE --cloud ADMIN_CLOUD --out DIR [--fast]
#                        [--tests LISTFILE] [--concurrency N] [--keep]
#   e.g. (reference cloud):
#   bash tests/refcloud/up.sh --with-manila --with-tempest
#   tests/tempest/run.sh --clouds tests/refcloud/clouds.yaml --cloud admin \
#                        --out /tmp/tempest-run --fast
#
#   --clouds FILE     clouds.yaml (env TEMPEST_CLOUDS); only the auth_url,
#                     region_name and domain names of ADMIN_CLOUD are read;
#                     the accounts tempest uses are created by this script
#   --cloud NAME      a cloud in FILE with the admin role (env TEMPEST_CLOUD,
#                     default admin)
#   --out DIR         work dir (env TEMPEST_OUT, default ./tempest-out): the
#                     tempest workspace DIR/ws (etc/tempest.conf,
#                     etc/accounts.yaml, tempest.log), DIR/results.subunit,
#                     DIR/results.txt, DIR/run.log
#   --fast            run tests/tempest/fast.txt (< 3 min) instead of
#                     tests/tempest/tests.txt (the full set)
#   --tests LISTFILE  any other include list (one regex per line, # comments)
#   --concurrency N   stestr workers (env TEMPEST_CONCURRENCY, default 2)
#   --keep            do not delete the projects/users at the end
#
# Environment: TEMPEST_VENV (default /opt/refcloud/venv-tempest, made by
# up.sh --with-tempest from tests/refcloud/freeze/tempest.txt), OSC (the
# `openstack` client used for the set-up; default
# /opt/refcloud/venv-client/bin/openstack, else `openstack` on PATH).
# TEMPEST_MAX_MICROVERSION (default 2.90), TEMPEST_BACKENDS (default
# DUMMY1,DUMMY2), TEMPEST_ENCRYPTION_SUPPORT (default share_server).
#
# What it does:
#  1. with the admin cloud: creates per run (unique prefix tt<time><rand>)
#     2*N+1 member accounts and N+1 admin accounts, each a project + user
#     (openstack project create / user create --password / role add);
#  2. `tempest init` workspace, writes accounts.yaml and tempest.conf
#     (use_dynamic_credentials = False; DHSS=True with
#     create_networks_when_multitenancy_enabled = False: the plugin creates
#     one share network per test class and account itself, with no neutron
#     net, which is what StandaloneNetworkPlugin clouds need);
#  3. tempest run --include-list LIST; then results.txt: one line per test,
#     "pass|fail|skip<TAB>test id<TAB>reason" (reason for skip/fail only),
#     and totals and wall time on stdout;
#  4. removes what tempest left in the run's projects (shares, share networks,
#     security services: the plugin's class clean-up leaks some),
#     then the users and projects (unless --keep).
# Exit status: 0 when tempest ran (whatever the test results), 1 on set-up
# errors; the test outcome is in results.txt (and TEMPEST_STRICT=1 makes
# failing tests exit 3).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CLOUDS=${TEMPEST_CLOUDS:-} CLOUD=${TEMPEST_CLOUD:-admin} OUT=${TEMPEST_OUT:-./tempest-out}
LIST=$HERE/tests.txt CONC=${TEMPEST_CONCURRENCY:-2} KEEP=0
while [ $# -gt 0 ]; do
  case $1 in
    --clouds) CLOUDS=$2; shift 2 ;;
    --cloud) CLOUD=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --fast) LIST=$HERE/fast.txt; shift ;;
    --tests) LIST=$2; shift 2 ;;
    --concurrency) CONC=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
[ -n "$CLOUDS" ] || { echo "run.sh: --clouds FILE is required" >&2; exit 2; }
CLOUDS=$(realpath -- "$CLOUDS"); LIST=$(realpath -- "$LIST")
[ -f "$CLOUDS" ] || { echo "run.sh: no such file $CLOUDS" >&2; exit 2; }
[ -f "$LIST" ] || { echo "run.sh: no such file $LIST" >&2; exit 2; }
VENV=${TEMPEST_VENV:-/opt/refcloud/venv-tempest}
[ -x "$VENV/bin/tempest" ] || { echo "run.sh: no tempest in $VENV (bash tests/refcloud/up.sh --with-tempest)" >&2; exit 1; }
if [ -z "${OSC:-}" ]; then
  if [ -x /opt/refcloud/venv-client/bin/openstack ]; then OSC=/opt/refcloud/venv-client/bin/openstack
  else OSC=$(command -v openstack) || { echo "run.sh: no openstack client (set OSC)" >&2; exit 1; }; fi
fi
MAXMV=${TEMPEST_MAX_MICROVERSION:-2.90}
BACKENDS=${TEMPEST_BACKENDS:-DUMMY1,DUMMY2}
ENC=${TEMPEST_ENCRYPTION_SUPPORT:-share_server}
mkdir -p "$OUT"; OUT=$(realpath -- "$OUT")
T0=$(date +%s)
say() { printf '[tempest %4ss] %s\n' "$(( $(date +%s) - T0 ))" "$*"; }
os() { OS_CLIENT_CONFIG_FILE=$CLOUDS "$OSC" --os-cloud "$CLOUD" "$@"; }

# ---- what the admin cloud says about itself (clouds.yaml) ---------------------
eval "$("$VENV/bin/python" - "$CLOUDS" "$CLOUD" <<'PY'
import shlex, sys, yaml
c = yaml.safe_load(open(sys.argv[1]))["clouds"][sys.argv[2]]
a = c.get("auth", {})
url = a["auth_url"].rstrip("/")
if not url.endswith("/v3"):
    url += "/v3"
v = {"AUTH_URL": url, "REGION": c.get("region_name", "RegionOne"),
     "UDOM": a.get("user_domain_name", "Default"),
     "PDOM": a.get("project_domain_name", a.get("user_domain_name", "Default")),
     "IFACE": c.get("interface", "public")}
for k, x in v.items():
    print("%s=%s" % (k, shlex.quote(str(x))))
PY
)"
say "cloud $CLOUD: auth_url $AUTH_URL region $REGION domain $PDOM; list $(basename "$LIST"); concurrency $CONC"
os token issue -f value -c id >/dev/null || { echo "run.sh: cannot get a token for cloud $CLOUD" >&2; exit 1; }

# ---- 1. pre-provisioned accounts, through the Keystone API -------------------
PREFIX=tt$(date +%s | tail -c 6)$((RANDOM % 1000))
NMEM=$((2 * CONC + 1)) NADM=$((CONC + 1))
ACCTS=()   # "name role"
for i in $(seq 1 "$NMEM"); do ACCTS+=("$PREFIX-m$i member"); done
for i in $(seq 1 "$NADM"); do ACCTS+=("$PREFIX-a$i admin"); done
PW=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
mk_account() { # name role  (project and user of the same name)
  os project create --domain "$PDOM" --description "tempest run $PREFIX" -f value -c id "$1" >/dev/null &&
  os user create --domain "$UDOM" --password "$PW" -f value -c id "$1" >/dev/null &&
  os role add --project "$1" --project-domain "$PDOM" --user "$1" --user-domain "$UDOM" "$2"
}
cleanup() {
  local rc=$?
  [ "$KEEP" = 1 ] && { say "--keep: leaving projects/users $PREFIX-*"; return $rc; }
  say "cleanup: leftovers in $PREFIX-* projects, then users and projects"
  local ids; ids=$(os project list -f value -c ID -c Name 2>/dev/null | awk -v p="$PREFIX-" 'index($2,p)==1{print $1}' | xargs echo)
  if [ -n "$ids" ]; then
    local sh sn ss
    sh=$(os share list --all-projects -f value -c ID -c "Project ID" 2>/dev/null | awk -v ids=" $ids " 'index(ids," "$2" "){print $1}' | xargs echo)
    [ -z "$sh" ] || { say "deleting left-over shares: $sh"; os share delete --force --wait $sh || true; }
    sn=$(os share network list --all-projects -f value -c ID -c "Project ID" 2>/dev/null | awk -v ids=" $ids " 'index(ids," "$2" "){print $1}' | xargs echo)
    [ -z "$sn" ] || { say "deleting left-over share networks: $sn"; os share network delete $sn || true; }
    ss=$(os share security service list --all-projects --detail -f value -c ID -c "Project ID" 2>/dev/null | awk -v ids=" $ids " 'index(ids," "$2" "){print $1}' | xargs echo)
    [ -z "$ss" ] || { say "deleting left-over security services: $ss"; os share security service delete $ss || true; }
  fi
  local a
  for a in "${ACCTS[@]}"; do os user delete --domain "$UDOM" "${a% *}" 2>/dev/null || true; done
  [ -z "$ids" ] || os project delete $ids || true
  say "done (total wall time $(( $(date +%s) - T0 )) s)"
  return $rc
}
trap cleanup EXIT
say "creating ${#ACCTS[@]} accounts $PREFIX-{m1..m$NMEM (member), a1..a$NADM (admin)}"
pids=()
for a in "${ACCTS[@]}"; do mk_account $a & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || { echo "run.sh: account creation failed" >&2; exit 1; }; done

# ---- 2. tempest workspace, accounts.yaml, tempest.conf -----------------------
WS=$OUT/ws
rm -rf "$WS" "$OUT/results.subunit" "$OUT/results.txt"
(cd "$OUT" && "$VENV/bin/tempest" init --workspace-path "$OUT/workspace.yaml" --name "$PREFIX" "$WS" >/dev/null)
mkdir -p "$WS/etc" "$WS/lock"
{
  for a in "${ACCTS[@]}"; do
    n=${a% *} r=${a#* }
    cat <<EOF
- username: '$n'
  project_name: '$n'
  password: '$PW'
  user_domain_name: '$UDOM'
  project_domain_name: '$PDOM'
  roles: ['$r']
EOF
    [ "$r" = admin ] && echo "  types: ['admin']"
  done
} > "$WS/etc/accounts.yaml"
cat > "$WS/etc/tempest.conf" <<EOF
[DEFAULT]
log_file = $WS/tempest.log
debug = True

[oslo_concurrency]
lock_path = $WS/lock

[auth]
use_dynamic_credentials = False
test_accounts_file = $WS/etc/accounts.yaml
default_credentials_domain_name = $PDOM
create_isolated_networks = False
admin_domain_name = $PDOM

[identity]
uri_v3 = $AUTH_URL
auth_version = v3
region = $REGION
v3_endpoint_type = $IFACE
admin_role = admin
default_domain_id = default

[identity-feature-enabled]
api_v2 = False

[service_available]
manila = True
barbican = True
nova = False
neutron = False
glance = False
cinder = False
swift = False
horizon = False

[validation]
run_validation = False

[enforce_scope]
manila = False

[key_manager]
region = $REGION
endpoint_type = $IFACE

[share]
catalog_type = sharev2
region = $REGION
endpoint_type = $IFACE
min_api_microversion = 2.0
max_api_microversion = $MAXMV
multitenancy_enabled = True
create_networks_when_multitenancy_enabled = False
enable_protocols = nfs,cifs
enable_ip_rules_for_protocols = nfs,cifs
multi_backend = True
backend_names = $BACKENDS
capability_storage_protocol = NFS_CIFS
capability_snapshot_support = True
capability_create_share_from_snapshot_support = True
capability_encryption_support = $ENC
run_encryption_tests = True
run_quota_tests = True
run_snapshot_tests = True
run_extend_tests = True
run_shrink_tests = True
run_share_group_tests = False
run_replication_tests = False
run_multiple_share_replicas_tests = False
run_host_assisted_migration_tests = False
run_driver_assisted_migration_tests = False
run_migration_with_preserve_snapshots_tests = False
run_manage_unmanage_tests = False
run_manage_unmanage_snapshot_tests = False
run_mount_snapshot_tests = False
run_revert_to_snapshot_tests = False
run_share_server_migration_tests = False
run_share_server_multiple_subnet_tests = False
run_network_allocation_update_tests = False
run_driver_assisted_backup_tests = False
run_create_share_from_snapshot_in_another_pool_or_az_tests = False
run_ipv6_tests = False
build_interval = 1
build_timeout = 300
share_creation_retry_number = 0
EOF

# ---- 3. run ------------------------------------------------------------------
say "tempest run ($(grep -cv '^\s*\(#\|$\)' "$LIST") include regexes)"
grep -v '^\s*\(#\|$\)' "$LIST" > "$WS/include.txt"
R0=$(date +%s)
set +e
(cd "$WS" && "$VENV/bin/tempest" run --concurrency "$CONC" --include-list "$WS/include.txt") > "$OUT/run.log" 2>&1
TRC=$?
set -e
R1=$(date +%s)
(cd "$WS" && "$VENV/bin/stestr" last --subunit > "$OUT/results.subunit") || { echo "run.sh: no stestr run recorded (tempest exit $TRC), see $OUT/run.log" >&2; tail -20 "$OUT/run.log" >&2; exit 1; }
"$VENV/bin/python" "$HERE/results.py" "$OUT/results.subunit" > "$OUT/results.txt"
TOT=$(awk -F'\t' '{c[$1]++} END{printf "%d passed, %d failed, %d skipped", c["pass"], c["fail"], c["skip"]}' "$OUT/results.txt")
say "results: $OUT/results.txt (tempest exit $TRC)"
grep -P '^fail\t' "$OUT/results.txt" | cut -c1-220 || true
echo "tempest wall time: $((R1 - R0)) s; total (with set-up/clean-up so far): $((R1 - T0)) s"
echo "$TOT"
if [ "${TEMPEST_STRICT:-0}" = 1 ] && grep -qP '^fail\t' "$OUT/results.txt"; then exit 3; fi
exit 0
