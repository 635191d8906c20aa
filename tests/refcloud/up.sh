#!/usr/bin/env bash
# tests/refcloud/up.sh -- bring up sharekeep's *reference cloud*: a small, real,
# unmodified upstream OpenStack control plane on loopback, for checking
# sharekeep against the real services and the real `openstack` client.
#
# Usage (as root, from anywhere):
#   bash tests/refcloud/up.sh                 # memcached + keystone + barbican + client venv
#   bash tests/refcloud/up.sh --with-manila   # ... + manila api/scheduler/share (or REFCLOUD_MANILA=1)
#   bash tests/refcloud/up.sh --with-manila --with-tempest   # ... + venv-tempest
#     (tempest + manila/barbican tempest plugins from freeze/tempest.txt, for
#     tests/tempest/run.sh; or REFCLOUD_TEMPEST=1)
#   export OS_CLIENT_CONFIG_FILE=$PWD/tests/refcloud/clouds.yaml OS_CLOUD=demo
#   /opt/refcloud/venv-client/bin/openstack secret list
#   bash tests/refcloud/up.sh --with-manila --with-tempest --install-only
#     # only the packages and venvs (steps 1-2), nothing started: .ci/run does
#     # this beside `cargo test`, so that the downloads overlap the build
#   bash tests/refcloud/down.sh               # stop what up.sh started
#
# What runs (everything refcloud starts listens on 127.0.0.1 only):
#   MariaDB (+ RabbitMQ, manila only): the machine's own (system) instances
#     when already running ("system mode": refcloud only creates its databases
#     and users in that MariaDB and uses the broker as it is, guest/guest);
#     otherwise private instances from the Debian packages with datadirs under
#     $BASE ("private mode"). Decided per service at every run.
#   memcached 127.0.0.1:11211 (keystone cache; without it every token
#     validation costs ~1.4 s here)
#   keystone 30.0.0  gunicorn 127.0.0.1:5000 (fernet tokens)
#   barbican 23.0.0  gunicorn 127.0.0.1:9311 (simple_crypto; enforces
#     application-credential access rules: [keystone_authtoken] service_type)
#   manila 23.0.1 (only with --with-manila) api gunicorn 127.0.0.1:8786,
#     scheduler, share with back ends DUMMY1 (stock DummyDriver) and DUMMY2
#     (lib/refcloud_dummy.py), DHSS=True, StandaloneNetworkPlugin,
#     [key_manager] backend = barbican
#   Each service has its own venv ($BASE/venv-*), installed from freeze/*.txt;
#   venv-client holds python-openstackclient, -barbicanclient, -manilaclient.
# Users (keystone, Default domain, region RegionOne): admin/admin-secret
# (admin on admin), demo/demo-secret (member on demo), demo-reader/
# demo-reader-secret (reader on demo), alt/alt-secret (member on alt), service
# users barbican/barbican-secret and manila/manila-secret; clouds.yaml beside
# this script has the clouds admin, demo, demo-reader, alt.
# Access logs, one line per HTTP request: $BASE/log/keystone/access.log,
# $BASE/log/barbican/access.log (and $BASE/log/manila/access.log).
#
# Idempotent: re-running skips finished installs and already-running
# services (~20 s when everything is up); configs are rewritten every run, so
# after changing this script run down.sh && up.sh to make running services
# pick them up. Per-step timings are appended to $BASE/log/up-timings.log.
# Fresh start: down.sh && rm -rf /opt/refcloud && drop the databases keystone,
# barbican, manila (they live in MariaDB, outside $BASE) && up.sh
#
# Environment: REFCLOUD_BASE (default /opt/refcloud), REFCLOUD_PYTHON
# (default: command -v python3.11 || command -v python3; the freeze files were
# resolved on 3.11), REFCLOUD_MANILA=1 (same as --with-manila).
set -euo pipefail

WITH_MANILA=${REFCLOUD_MANILA:-0}
case $WITH_MANILA in 1|yes|true) WITH_MANILA=1 ;; *) WITH_MANILA=0 ;; esac
WITH_TEMPEST=${REFCLOUD_TEMPEST:-0}
case $WITH_TEMPEST in 1|yes|true) WITH_TEMPEST=1 ;; *) WITH_TEMPEST=0 ;; esac
INSTALL_ONLY=0
for a in "$@"; do
  case $a in
    --with-manila) WITH_MANILA=1 ;;
    --with-tempest) WITH_TEMPEST=1 ;;
    --install-only) INSTALL_ONLY=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "up.sh: unknown argument $a (try --help)" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "up.sh: run as root (apt-get, /etc/barbican symlinks)" >&2; exit 1; }
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BASE=$(realpath -ms -- "${REFCLOUD_BASE:-/opt/refcloud}")
PYTHON=${REFCLOUD_PYTHON:-$(command -v python3.11 || command -v python3 || true)}
ETC=$BASE/etc RUN=$BASE/run LOG=$BASE/log DATA=$BASE/data
export OS_CLIENT_CONFIG_FILE=$HERE/clouds.yaml
# shellcheck source=lib/procs.sh
. "$HERE/lib/procs.sh"
T0=$(date +%s)
mkdir -p "$ETC" "$RUN" "$LOG" "$DATA" "$BASE/lib"
TIMINGS=$LOG/up-timings.log
echo "=== up.sh $(date -Is) (manila: $([ $WITH_MANILA = 1 ] && echo yes || echo no))" >> "$TIMINGS"
NSTEPS=$([ $WITH_MANILA = 1 ] && echo 9 || echo 6) STEP=0

say()  { printf '\n\033[1m[up %4ss] %s\033[0m\n' "$(( $(date +%s) - T0 ))" "$*"; }
step() { STEP=$((STEP+1)); say "$STEP/$NSTEPS $*"; }
die()  { echo "ERROR: $*" >&2; exit 1; }
timed() { # timed LABEL cmd...   -> runs cmd, appends duration to $TIMINGS
  local label=$1; shift; local s; s=$(date +%s.%N)
  "$@"; local rc=$?
  printf '%-34s %7.1fs\n' "$label" "$(awk "BEGIN{print $(date +%s.%N) - $s}")" | tee -a "$TIMINGS" >&2
  return $rc
}
alive() { refcloud_alive "$@"; }   # alive SERVICE PIDFILE (lib/procs.sh)
port_busy() { ss -Hltn "sport = :$1" | grep -q .; }
wait_http() { # wait_http URL SECONDS
  local i; for ((i=0; i<$2; i++)); do
    curl -s -o /dev/null -m 5 "$1" && return 0; sleep 1; done
  die "$1 not answering after $2 s"
}

# --------------------------------------------------------------------------
if [ $WITH_MANILA = 1 ]; then
  step "MariaDB/RabbitMQ: reuse the machine's own (system mode) or run private ones; Debian packages"
else
  step "MariaDB: reuse the machine's own (system mode) or run a private one; Debian packages"
fi
# RabbitMQ is only needed by manila (keystone and barbican do not use it).
# Decided before apt (a reused service's server package is not needed), with
# bash and /proc only (ss and pgrep may not be installed yet). System mode
# when a MariaDB (RabbitMQ) that refcloud did not start is running, or
# 127.0.0.1:3306 (5672) answers; private mode otherwise.
procs_named() { # pids of the processes whose name (comm) is one of the arguments
  local d c n
  for d in /proc/[0-9]*; do
    read -r c < "$d/comm" 2>/dev/null || continue
    for n; do [ "$c" = "$n" ] && echo "${d#/proc/}"; done
  done
  return 0
}
tcp_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
system_mariadb_pids() { # mariadbd/mysqld processes that are not refcloud's private one
  local p; for p in $(procs_named mariadbd mysqld); do refcloud_owns mariadb "$p" || echo "$p"; done
}
system_rabbit_pids() { # RabbitMQ nodes (Erlang VMs booting rabbit) that are not refcloud's
  local p; for p in $(procs_named beam.smp beam); do
    grep -qaF rabbit "/proc/$p/cmdline" 2>/dev/null && ! refcloud_owns rabbitmq "$p" && echo "$p"
  done; return 0
}
mode_of() { # mode_of SERVICE PIDFILE PORT FOREIGN-PIDS -> private|system
  if alive "$1" "$2"; then echo private; return; fi
  rm -f "$2"   # stale: crash/reboot, or the pid now belongs to another process
  if [ -n "$4" ] || tcp_open "$3"; then echo system; else echo private; fi
}
MARIADB_PIDS=$(system_mariadb_pids | xargs echo)
MARIADB_MODE=$(mode_of mariadb "$RUN/mariadb/mariadb.pid" 3306 "$MARIADB_PIDS")
# down.sh reads these to say what it leaves alone
echo "$MARIADB_MODE" > "$RUN/mariadb.mode"
modes="MariaDB: $MARIADB_MODE mode${MARIADB_PIDS:+ (system mariadbd pid $MARIADB_PIDS)}"
RABBIT_MODE=none
if [ $WITH_MANILA = 1 ]; then
  RABBIT_PIDS=$(system_rabbit_pids | xargs echo)
  RABBIT_MODE=$(mode_of rabbitmq "$RUN/rabbitmq/rabbitmq.pid" 5672 "$RABBIT_PIDS")
  # epmd.pid is only meaningful next to our own broker
  [ "$RABBIT_MODE" = private ] || rm -f "$RUN/rabbitmq/epmd.pid"
  echo "$RABBIT_MODE" > "$RUN/rabbitmq.mode"
  modes+="; RabbitMQ: $RABBIT_MODE mode${RABBIT_PIDS:+ (system node pid $RABBIT_PIDS)}"
else
  modes+="; RabbitMQ: not needed (no manila)"
fi
echo "$modes" | tee -a "$TIMINGS"

want=(memcached curl jq iproute2 procps)
[ "$MARIADB_MODE" = private ] && want+=(mariadb-server)
[ "$RABBIT_MODE" = private ] && want+=(rabbitmq-server)
echo "Debian packages: ${want[*]}"
need=()
for p in "${want[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
# system MariaDB: only its client is needed (to create the databases)
[ "$MARIADB_MODE" = private ] || command -v mariadb >/dev/null || need+=(mariadb-client)
# python: `python3 -m venv` needs ensurepip, which Debian ships separately
if [ -z "$PYTHON" ]; then need+=(python3 python3-venv)
elif ! "$PYTHON" -c 'import ensurepip' 2>/dev/null; then
  case $PYTHON in
    /usr/bin/*) need+=("python$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')-venv") ;;
    *) die "$PYTHON cannot create venvs (no ensurepip); set REFCLOUD_PYTHON" ;;
  esac
fi
if ((${#need[@]})); then
  [ -f "$BASE/.apt-updated" ] || { timed "apt-get update" apt-get update -q >/dev/null; touch "$BASE/.apt-updated"; }
  DEBIAN_FRONTEND=noninteractive timed "apt-get install ${need[*]}" \
    apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
else echo "all present"; fi

# --------------------------------------------------------------------------
step "python venvs (one per service, exact pins from freeze/*.txt)"
[ -n "$PYTHON" ] || PYTHON=$(command -v python3.11 || command -v python3) || die "no python3.11 or python3 found"
echo "python: $PYTHON ($("$PYTHON" -c 'import sys; print(sys.version.split()[0])'))"
install_venv() { # svc
  local svc=$1 v=$BASE/venv-$1 req=$HERE/freeze/$1.txt stamp
  stamp=$(sha1sum "$req" | cut -c1-12)
  # (the interpreter check catches a venv whose base python has gone)
  if [ -f "$v/.refcloud-$stamp" ] && "$v/bin/python" -c '' 2>/dev/null; then echo "venv-$svc up to date"; return 0; fi
  rm -rf "$v"; "$PYTHON" -m venv "$v"
  local s; s=$(date +%s)
  "$v/bin/pip" install -q --disable-pip-version-check -r "$req" > "$LOG/pip-$svc.log" 2>&1 \
    || { echo "pip install for $svc failed, see $LOG/pip-$svc.log"; return 1; }
  touch "$v/.refcloud-$stamp"
  printf '%-34s %7ss\n' "pip install venv-$svc" "$(( $(date +%s) - s ))" | tee -a "$TIMINGS"
}
s=$(date +%s); pids=()
VENVS=(keystone barbican client); [ $WITH_MANILA = 1 ] && VENVS+=(manila)
[ $WITH_TEMPEST = 1 ] && VENVS+=(tempest)
for svc in "${VENVS[@]}"; do install_venv "$svc" & pids+=($!); done
for p in "${pids[@]}"; do wait "$p" || die "venv install failed"; done
printf '%-34s %7ss\n' "all venvs (parallel)" "$(( $(date +%s) - s ))" | tee -a "$TIMINGS"
if [ $WITH_MANILA = 1 ]; then
  # out-of-wheel helper module (key-aware dummy backend DUMMY2), via .pth
  cp "$HERE/lib/refcloud_dummy.py" "$BASE/lib/"
  echo "$BASE/lib" > "$("$BASE/venv-manila/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/refcloud.pth"
fi
OS="$BASE/venv-client/bin/openstack"
if [ $INSTALL_ONLY = 1 ]; then
  printf '%-34s %7ss\n' "up.sh --install-only total" "$(( $(date +%s) - T0 ))" | tee -a "$TIMINGS"
  say "installed; nothing started (--install-only)"
  exit 0
fi

# --------------------------------------------------------------------------
if [ "$MARIADB_MODE" = system ]; then
step "MariaDB: the machine's own (system) server, root via the default unix socket"
# Debian's default: root@localhost authenticates with unix_socket, the client
# finds the socket through /etc/mysql/my.cnf. refcloud only adds its
# databases and users; it never starts, stops or reconfigures this server.
mysql_root() { mariadb -uroot "$@"; }
for i in $(seq 60); do mysql_root -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
err=$(mysql_root -e 'SELECT 1' 2>&1 >/dev/null) || die "a MariaDB/MySQL that refcloud did not start is running${MARIADB_PIDS:+ (pid $MARIADB_PIDS)}, or 127.0.0.1:3306 is taken, but 'mariadb -uroot' over the default unix socket does not work: $err"
mysql_root -N -e 'SELECT CONCAT("system MariaDB ", VERSION(), ", datadir ", @@datadir, ", socket ", @@socket, ", port ", @@port)'
else
step "MariaDB (private datadir $DATA/mysql, 127.0.0.1:3306)"
mysql_root() { mariadb --defaults-file="$ETC/mariadb.cnf" -uroot "$@"; }
mkdir -p "$RUN/mariadb" "$LOG/mariadb" "$DATA/mysql"
chown mysql:mysql "$RUN/mariadb" "$LOG/mariadb" "$DATA/mysql"
cat > "$ETC/mariadb.cnf" <<EOF
[mysqld]
user = mysql
datadir = $DATA/mysql
socket = $RUN/mariadb/mysqld.sock
pid-file = $RUN/mariadb/mariadb.pid
log-error = $LOG/mariadb/mariadb.log
bind-address = 127.0.0.1
port = 3306
skip-name-resolve
character-set-server = utf8mb4
collation-server = utf8mb4_general_ci
max_connections = 500
innodb_buffer_pool_size = 256M
# gVisor/containers: no native AIO
innodb_use_native_aio = 0
[client]
socket = $RUN/mariadb/mysqld.sock
EOF
if [ ! -d "$DATA/mysql/mysql" ]; then
  timed "mariadb-install-db" mariadb-install-db --defaults-file="$ETC/mariadb.cnf" \
    --auth-root-authentication-method=socket > "$LOG/mariadb/install-db.log" 2>&1
fi
if alive mariadb "$RUN/mariadb/mariadb.pid"; then echo "mariadb already running (pid $(cat "$RUN/mariadb/mariadb.pid"))"
else
  port_busy 3306 && die "port 3306 is taken by a MariaDB/MySQL that refcloud did not start"
  start-stop-daemon --start --oknodo --background --pidfile "$RUN/mariadb/mariadb.pid" \
    --exec /usr/sbin/mariadbd -- --defaults-file="$ETC/mariadb.cnf"
  for i in $(seq 60); do mariadb-admin --defaults-file="$ETC/mariadb.cnf" ping >/dev/null 2>&1 && break; sleep 1; done
  mariadb-admin --defaults-file="$ETC/mariadb.cnf" ping >/dev/null || die "mariadb did not start, see $LOG/mariadb/mariadb.log"
fi
fi
DBS=(keystone barbican); [ $WITH_MANILA = 1 ] && DBS+=(manila)
for db in "${DBS[@]}"; do
  mysql_root -e "CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
    CREATE USER IF NOT EXISTS '$db'@'127.0.0.1' IDENTIFIED BY '$db-dbpass';
    GRANT ALL PRIVILEGES ON $db.* TO '$db'@'127.0.0.1';"
  # the services connect exactly like this (TCP to 127.0.0.1)
  err=$(MYSQL_PWD=$db-dbpass mariadb --no-defaults --protocol=tcp -h 127.0.0.1 -P 3306 -u "$db" -e 'SELECT 1' "$db" 2>&1 >/dev/null) \
    || die "database user $db cannot log in over 127.0.0.1:3306: $err"
done
echo "databases ${DBS[*]} and their users ready"

# --------------------------------------------------------------------------
if [ "$RABBIT_MODE" = none ]; then :   # no manila: no broker needed
elif [ "$RABBIT_MODE" = system ]; then
step "RabbitMQ: the machine's own (system) broker, guest/guest on 127.0.0.1:5672"
# used as it is (default vhost "/"); refcloud never starts, stops or
# reconfigures it. The check is an AMQP login, as oslo.messaging does it.
amqp_login() {
  "$BASE/venv-manila/bin/python" - <<'PY'
import amqp
c = amqp.Connection("127.0.0.1:5672", userid="guest", password="guest",
                    virtual_host="/", connect_timeout=5)
c.connect()
p = c.server_properties
print("system RabbitMQ: AMQP login guest@127.0.0.1:5672 ok (%s %s)" % (p.get("product"), p.get("version")))
c.close()
PY
}
s=$(date +%s)
for i in $(seq 45); do amqp_login >/dev/null 2>&1 && break; sleep 2; done
amqp_login 2>"$LOG/amqp-login.err" || die "a RabbitMQ that refcloud did not start is running${RABBIT_PIDS:+ (pid $RABBIT_PIDS)}, or 127.0.0.1:5672 is taken, but an AMQP login as guest/guest fails: $(tail -n1 "$LOG/amqp-login.err")"
printf '%-34s %7ss\n' "system rabbitmq ready" "$(( $(date +%s) - s ))" | tee -a "$TIMINGS"
else
step "RabbitMQ (guest/guest, 127.0.0.1:5672; epmd + dist port on loopback)"
mkdir -p "$ETC/rabbitmq" "$DATA/rabbitmq" "$LOG/rabbitmq" "$RUN/rabbitmq"
chown rabbitmq:rabbitmq "$DATA/rabbitmq" "$LOG/rabbitmq" "$RUN/rabbitmq"
cat > "$ETC/rabbitmq/rabbitmq-env.conf" <<EOF
NODENAME=rabbit@localhost
NODE_IP_ADDRESS=127.0.0.1
NODE_PORT=5672
DIST_PORT=25672
CONFIG_FILE=$ETC/rabbitmq/rabbitmq.conf
MNESIA_BASE=$DATA/rabbitmq/mnesia
LOG_BASE=$LOG/rabbitmq
PID_FILE=$RUN/rabbitmq/rabbitmq.pid
ENABLED_PLUGINS_FILE=$ETC/rabbitmq/enabled_plugins
SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
EOF
printf 'listeners.tcp.1 = 127.0.0.1:5672\nloopback_users.guest = true\n' > "$ETC/rabbitmq/rabbitmq.conf"
echo '[].' > "$ETC/rabbitmq/enabled_plugins"
chmod -R a+rX "$ETC"
rabbit() { # run a rabbitmq tool as the rabbitmq user with our env
  (cd /var/lib/rabbitmq && su rabbitmq -s /bin/sh -c "export RABBITMQ_CONF_ENV_FILE=$ETC/rabbitmq/rabbitmq-env.conf ERL_EPMD_ADDRESS=127.0.0.1 HOME=/var/lib/rabbitmq; /usr/lib/rabbitmq/bin/$*")
}
if alive rabbitmq "$RUN/rabbitmq/rabbitmq.pid"; then echo "rabbitmq already running (pid $(cat "$RUN/rabbitmq/rabbitmq.pid"))"
else
  port_busy 5672 && die "port 5672 is taken by a broker that refcloud did not start"
  epmd_before=$(pgrep -x epmd || true)
  rabbit rabbitmq-server -detached
  s=$(date +%s)
  # -detached returns before the node registers with epmd; await_startup
  # fails fast ("node not running at all") until then -> retry
  for i in $(seq 60); do
    rabbit rabbitmqctl -q await_startup --timeout 60 >/dev/null 2>&1 && break; sleep 2
  done
  rabbit rabbitmqctl -q await_startup --timeout 10 >/dev/null || die "rabbitmq did not start, see $LOG/rabbitmq"
  # epmd is spawned by the first Erlang VM (it forks while daemonizing, so
  # only look once the node is up); record it only if we caused it
  if [ -z "$epmd_before" ]; then pgrep -xo epmd > "$RUN/rabbitmq/epmd.pid" || rm -f "$RUN/rabbitmq/epmd.pid"; fi
  printf '%-34s %7ss\n' "rabbitmq start" "$(( $(date +%s) - s ))" | tee -a "$TIMINGS"
fi
fi

# --------------------------------------------------------------------------
step "memcached (127.0.0.1:11211, keystone cache) + keystone (gunicorn, 127.0.0.1:5000)"
mkdir -p "$RUN/memcached"; chown memcache:memcache "$RUN/memcached"
if alive memcached "$RUN/memcached/memcached.pid"; then echo "memcached already running"
else
  port_busy 11211 && die "port 11211 is taken by a memcached that refcloud did not start"
  /usr/bin/memcached -d -l 127.0.0.1 -p 11211 -U 0 -m 64 -u memcache -P "$RUN/memcached/memcached.pid"
  for i in $(seq 20); do port_busy 11211 && break; sleep 0.5; done
fi
mkdir -p "$ETC/keystone" "$LOG/keystone" "$RUN/keystone"
cat > "$ETC/keystone/keystone.conf" <<EOF
[DEFAULT]
log_file = $LOG/keystone/keystone.log
[database]
connection = mysql+pymysql://keystone:keystone-dbpass@127.0.0.1/keystone?charset=utf8
[token]
provider = fernet
[fernet_tokens]
key_repository = $ETC/keystone/fernet-keys
[fernet_receipts]
key_repository = $ETC/keystone/fernet-keys
[credential]
key_repository = $ETC/keystone/credential-keys
# Without a cache keystone runs ~350 SQL queries per token validation
# (~1.4 s here); memcached brings that to ~15 ms.
[cache]
enabled = true
backend = oslo_cache.memcache_pool
memcache_servers = 127.0.0.1:11211
EOF
cat > "$ETC/keystone/gunicorn.conf.py" <<EOF
# gunicorn is started with NO argv (cwd = this dir): oslo.config parses
# sys.argv and would reject gunicorn's own flags ("unrecognized arguments").
wsgi_app = "keystone.wsgi.api:application"
proc_name = "refcloud-keystone"
bind = ["127.0.0.1:5000"]
workers = 2
timeout = 120
daemon = True
control_socket_disable = True
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s"'
pidfile = "$RUN/keystone/keystone.pid"
accesslog = "$LOG/keystone/access.log"
errorlog = "$LOG/keystone/gunicorn.log"
raw_env = ["OS_KEYSTONE_CONFIG_DIR=$ETC/keystone"]
EOF
KM="$BASE/venv-keystone/bin/keystone-manage --config-file $ETC/keystone/keystone.conf"
timed "keystone-manage db_sync" $KM db_sync 2>>"$LOG/keystone/manage.stderr"
[ -d "$ETC/keystone/fernet-keys" ] || $KM fernet_setup --keystone-user root --keystone-group root 2>>"$LOG/keystone/manage.stderr"
[ -d "$ETC/keystone/credential-keys" ] || $KM credential_setup --keystone-user root --keystone-group root 2>>"$LOG/keystone/manage.stderr"
timed "keystone-manage bootstrap" $KM bootstrap --bootstrap-password admin-secret \
  --bootstrap-username admin --bootstrap-project-name admin --bootstrap-role-name admin \
  --bootstrap-service-name keystone --bootstrap-region-id RegionOne \
  --bootstrap-admin-url http://127.0.0.1:5000/v3 --bootstrap-internal-url http://127.0.0.1:5000/v3 \
  --bootstrap-public-url http://127.0.0.1:5000/v3 2>>"$LOG/keystone/manage.stderr"
if alive keystone "$RUN/keystone/keystone.pid"; then echo "keystone already running"
else
  port_busy 5000 && die "port 5000 busy"
  (cd "$ETC/keystone" && "$BASE/venv-keystone/bin/gunicorn")
  timed "keystone api ready" wait_http http://127.0.0.1:5000/v3 90
fi
timed "keystone projects/users/catalog" "$BASE/venv-client/bin/python" "$HERE/lib/keystone_bootstrap.py"

# --------------------------------------------------------------------------
step "barbican (simple_crypto, gunicorn, 127.0.0.1:9311)"
mkdir -p "$ETC/barbican" "$LOG/barbican" "$RUN/barbican"
if [ ! -s "$ETC/barbican/kek" ]; then
  # A barbican database that already holds project KEKs was encrypted with
  # the KEK of an earlier install; a new KEK could not read them. (System
  # mode: the databases live in the system MariaDB and outlive rm -rf $BASE.)
  n=$(mysql_root -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema='barbican' AND table_name='kek_data'")
  [ "$n" = 0 ] || n=$(mysql_root -N -e 'SELECT COUNT(*) FROM barbican.kek_data')
  [ "$n" = 0 ] || die "the barbican database ($MARIADB_MODE MariaDB) holds $n project KEK(s) wrapped with the KEK of an earlier install, but $ETC/barbican/kek is gone. Put that file back, or start the databases over: DROP DATABASE IF EXISTS keystone; DROP DATABASE IF EXISTS barbican; DROP DATABASE IF EXISTS manila; (as MariaDB root), then run up.sh again"
  "$PYTHON" -c 'import base64,os;print(base64.urlsafe_b64encode(os.urandom(32)).decode())' > "$ETC/barbican/kek"
fi
chmod 600 "$ETC/barbican/kek"
cat > "$ETC/barbican/barbican.conf" <<EOF
[DEFAULT]
host_href = http://127.0.0.1:9311
log_file = $LOG/barbican/barbican-api.log
[database]
connection = mysql+pymysql://barbican:barbican-dbpass@127.0.0.1/barbican?charset=utf8
[keystone_authtoken]
www_authenticate_uri = http://127.0.0.1:5000
auth_url = http://127.0.0.1:5000
auth_type = password
username = barbican
password = barbican-secret
project_name = service
user_domain_name = Default
project_domain_name = Default
region_name = RegionOne
# Needed for application credentials with access_rules: auth_token only
# accepts such tokens when service_type is set, and then only for requests
# matching a rule (service=key-manager, method, path). Everything else: 401.
service_type = key-manager
[secretstore]
enabled_secretstore_plugins = store_crypto
[crypto]
enabled_crypto_plugins = simple_crypto
[simple_crypto_plugin]
kek = $(cat "$ETC/barbican/kek")
[oslo_policy]
enforce_scope = true
enforce_new_defaults = true
EOF
chmod 600 "$ETC/barbican/barbican.conf"
cp "$BASE/venv-barbican/etc/barbican/barbican-api-paste.ini" "$ETC/barbican/"
# barbican hard-codes /etc/barbican/barbican-api-paste.ini and its plugins
# re-parse the *default* oslo.config search path -> symlink into /etc/barbican
mkdir -p /etc/barbican
ln -sfn "$ETC/barbican/barbican.conf" /etc/barbican/barbican.conf
ln -sfn "$ETC/barbican/barbican-api-paste.ini" /etc/barbican/barbican-api-paste.ini
cat > "$ETC/barbican/gunicorn.conf.py" <<EOF
wsgi_app = "barbican.wsgi.api:application"
proc_name = "refcloud-barbican-api"
bind = ["127.0.0.1:9311"]
workers = 2
timeout = 120
daemon = True
control_socket_disable = True
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s"'
pidfile = "$RUN/barbican/barbican-api.pid"
accesslog = "$LOG/barbican/access.log"
errorlog = "$LOG/barbican/gunicorn.log"
EOF
(cd /tmp && timed "barbican-manage db upgrade" "$BASE/venv-barbican/bin/barbican-manage" db upgrade >"$LOG/barbican/db-upgrade.log" 2>&1)
if alive barbican-api "$RUN/barbican/barbican-api.pid"; then echo "barbican already running"
else
  port_busy 9311 && die "port 9311 busy"
  (cd "$ETC/barbican" && "$BASE/venv-barbican/bin/gunicorn")
  timed "barbican api ready" wait_http http://127.0.0.1:9311/ 90
fi

# --------------------------------------------------------------------------
if [ $WITH_MANILA = 1 ]; then
step "manila config + db"
mkdir -p "$ETC/manila" "$LOG/manila" "$RUN/manila" "$DATA/manila/lock"
cp "$BASE/venv-manila/etc/manila/api-paste.ini" "$BASE/venv-manila/etc/manila/rootwrap.conf" "$ETC/manila/"
cp -r "$BASE/venv-manila/etc/manila/rootwrap.d" "$ETC/manila/"
net_group() { # name gateway-prefix
cat <<EOF
[$1]
network_api_class = manila.network.standalone_network_plugin.StandaloneNetworkPlugin
network_plugin_ipv4_enabled = True
standalone_network_plugin_gateway = $2.0.1
standalone_network_plugin_mask = 16
standalone_network_plugin_allowed_ip_ranges = $2.0.10-$2.3.250
standalone_network_plugin_network_type = vlan
standalone_network_plugin_segmentation_id = $3

EOF
}
dummy_common() {
cat <<EOF
driver_handles_share_servers = True
# the dummy driver sleeps in every method (upstream defaults 0.05..4 s)
dummy_driver_default_driver_method_delay = 0.1
dummy_driver_driver_methods_delays = create_share:0.5,ensure_share:0.1,get_pool:0.1,do_setup:0.05,_get_pools_info:0.1,_update_share_stats:0.1
EOF
}
{
cat <<EOF
[DEFAULT]
host = refcloud
my_ip = 127.0.0.1
osapi_share_listen = 127.0.0.1
osapi_share_listen_port = 8786
api_paste_config = $ETC/manila/api-paste.ini
auth_strategy = keystone
transport_url = rabbit://guest:guest@127.0.0.1:5672/
state_path = $DATA/manila
log_dir = $LOG/manila
debug = true
enabled_share_protocols = NFS,CIFS
enabled_share_backends = dummy1,dummy2,dummy3
rootwrap_config = $ETC/manila/rootwrap.conf

[database]
connection = mysql+pymysql://manila:manila-dbpass@127.0.0.1/manila?charset=utf8

[oslo_concurrency]
lock_path = $DATA/manila/lock

[keystone_authtoken]
# auth_url here is also what manila.share.manager passes to drivers as
# metadata['keystone_url'] for encrypted share servers
www_authenticate_uri = http://127.0.0.1:5000
auth_url = http://127.0.0.1:5000
auth_type = password
username = manila
password = manila-secret
project_name = service
user_domain_name = Default
project_domain_name = Default
region_name = RegionOne
service_type = sharev2

[key_manager]
backend = barbican

[barbican]
# castellan BarbicanKeyManager (acts with the *user's* token: ACL create,
# secret href lookup)
auth_endpoint = http://127.0.0.1:5000/v3
barbican_endpoint_type = public
barbican_region_name = RegionOne
# manila.keymgr.barbican: the "barbican user" that the user's secret is
# shared with (ACL) and that owns the per-share-server application
# credential (role 'service', access rules GET secret + payload)
endpoint_type = public
region_name = RegionOne
auth_type = password
auth_url = http://127.0.0.1:5000/v3
username = barbican
password = barbican-secret
project_name = service
user_domain_name = Default
project_domain_name = Default

# Backend 1: the stock DummyDriver from the manila wheel
[dummy1]
share_driver = manila.tests.share.drivers.dummy.DummyDriver
share_backend_name = DUMMY1
network_config_group = dummy1_membernet
admin_network_config_group = dummy1_adminnet
$(dummy_common)

# Backend 2 (optional extra): stock DummyDriver + key-aware share-server reuse
# and encryption_support ['share_server','share'] (lib/refcloud_dummy.py)
[dummy2]
share_driver = refcloud_dummy.KeyAwareDummyDriver
share_backend_name = DUMMY2
network_config_group = dummy2_membernet
admin_network_config_group = dummy2_adminnet
$(dummy_common)

# Backend 3: a DummyDriver that reports no encryption support at all
# (lib/refcloud_dummy.py), so that scheduling on encryption_support shows
[dummy3]
share_driver = refcloud_dummy.NoEncryptionDummyDriver
share_backend_name = DUMMY3
network_config_group = dummy3_membernet
admin_network_config_group = dummy3_adminnet
$(dummy_common)

# StandaloneNetworkPlugin = no neutron; the addresses are bookkeeping only
# (nothing is configured or contacted). Loopback ranges on purpose.
EOF
net_group dummy1_membernet 127.10 1010
net_group dummy1_adminnet 127.11 1011
net_group dummy2_membernet 127.12 1012
net_group dummy2_adminnet 127.13 1013
net_group dummy3_membernet 127.14 1014
net_group dummy3_adminnet 127.15 1015
} > "$ETC/manila/manila.conf"
chmod 600 "$ETC/manila/manila.conf"
cat > "$ETC/manila/wsgi_manila_api.py" <<EOF
# manila-api WSGI entry for gunicorn: manila.wsgi.wsgi.initialize_application()
# feeds sys.argv[1:] to oslo.config, so give it exactly our --config-file
# (oslo.log would otherwise name the log after the outermost script: gunicorn.log).
import sys
sys.argv = ["manila-api", "--config-file", "$ETC/manila/manila.conf",
            "--log-file", "$LOG/manila/manila-api.log"]
from manila.wsgi.api import application  # noqa: E402,F401
EOF
cat > "$ETC/manila/gunicorn.conf.py" <<EOF
wsgi_app = "wsgi_manila_api:application"
proc_name = "refcloud-manila-api"
pythonpath = "$ETC/manila"
bind = ["127.0.0.1:8786"]
workers = 2
timeout = 120
daemon = True
control_socket_disable = True
access_log_format = '%(h)s %(t)s "%(r)s" %(s)s %(B)s %(M)sms "%(a)s"'
pidfile = "$RUN/manila/manila-api.pid"
accesslog = "$LOG/manila/access.log"
errorlog = "$LOG/manila/gunicorn.log"
EOF
(cd /tmp && timed "manila-manage db sync" "$BASE/venv-manila/bin/manila-manage" \
  --config-file "$ETC/manila/manila.conf" db sync >"$LOG/manila/db-sync.out" 2>&1)

# --------------------------------------------------------------------------
step "manila scheduler + share + api (gunicorn, 127.0.0.1:8786)"
MV=$BASE/venv-manila/bin
for s in scheduler share; do
  if alive "manila-$s" "$RUN/manila/manila-$s.pid"; then echo "manila-$s already running"; continue; fi
  start-stop-daemon --start --background --make-pidfile --pidfile "$RUN/manila/manila-$s.pid" \
    --output "$LOG/manila/manila-$s.out" --exec "$MV/python3" -- "$MV/manila-$s" \
    --config-file "$ETC/manila/manila.conf"
done
if alive manila-api "$RUN/manila/manila-api.pid"; then echo "manila-api already running"
else
  port_busy 8786 && die "port 8786 busy"
  (cd "$ETC/manila" && "$MV/gunicorn")
  timed "manila api ready" wait_http http://127.0.0.1:8786/ 90
fi

fi  # WITH_MANILA

# --------------------------------------------------------------------------
if [ $WITH_MANILA = 1 ]; then step "health: keystone + barbican as demo, manila services + pools"
else step "health: keystone + barbican as demo"; fi
s=$(date +%s)
# the whole chain with the real client: password auth at keystone, then a
# barbican request whose token barbican's auth_token validates at keystone
ok=0
for i in $(seq 30); do
  OS_CLOUD=demo $OS secret list -f value >/dev/null 2>"$LOG/health.err" && { ok=1; break; }; sleep 2
done
[ $ok = 1 ] || die "openstack secret list as demo fails: $(tail -n3 "$LOG/health.err"); see $LOG/keystone, $LOG/barbican"
printf '%-34s %7ss\n' "keystone+barbican healthy" "$(( $(date +%s) - s ))" | tee -a "$TIMINGS"
if [ $WITH_MANILA = 1 ]; then
  s=$(date +%s)
  # scheduler + one share service per back end (dummy1, dummy2, dummy3)
  for i in $(seq 60); do
    up=$(OS_CLOUD=admin $OS share service list -f value -c Binary -c State 2>/dev/null | grep -c ' up$' || true)
    pools=$(OS_CLOUD=admin $OS share pool list -f value -c Name 2>/dev/null | grep -c . || true)
    [ "$up" -ge 4 ] && [ "$pools" -ge 3 ] && break
    sleep 2
  done
  [ "$up" -ge 4 ] && [ "$pools" -ge 3 ] || die "manila not healthy (services up=$up pools=$pools); see $LOG/manila"
  printf '%-34s %7ss\n' "manila services+pools healthy" "$(( $(date +%s) - s ))" | tee -a "$TIMINGS"
  OS_CLOUD=admin $OS share service list
  OS_CLOUD=admin $OS share pool list
elif alive manila-api "$RUN/manila/manila-api.pid"; then
  echo "manila was started by an earlier 'up.sh --with-manila' and is left running (down.sh stops it)"
fi
OS_CLOUD=admin $OS catalog list
echo; echo "MariaDB: $MARIADB_MODE mode, RabbitMQ: $([ "$RABBIT_MODE" = none ] && echo "not used (no manila)" || echo "$RABBIT_MODE mode") (see $RUN/*.mode)"
echo "access logs (one line per request): $LOG/keystone/access.log $LOG/barbican/access.log"
echo "listening sockets:"; ss -Hltn | awk '{print "  " $4}' | grep -E ':(3306|4369|5000|5672|8786|9311|11211|25672)$' | sort -u
printf '%-34s %7ss\n' "up.sh total" "$(( $(date +%s) - T0 ))" | tee -a "$TIMINGS"
say "refcloud is up.  export OS_CLIENT_CONFIG_FILE=$HERE/clouds.yaml OS_CLOUD=demo   (or admin, demo-reader, alt)"
