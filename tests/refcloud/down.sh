#!/usr/bin/env bash
# tests/refcloud/down.sh -- stop sharekeep's reference cloud (see up.sh).
#
# Usage (as root):
#   bash tests/refcloud/down.sh            # everything up.sh started
#   bash tests/refcloud/down.sh --manila   # only manila (and a private RabbitMQ),
#                                          # keystone + barbican keep running
#
# Stops exactly the processes up.sh started (manila api/share/scheduler if
# they were started with --with-manila, barbican, keystone, memcached, and a
# private RabbitMQ/epmd/MariaDB only if up.sh had to start its own), via their
# pid files under $BASE/run, in reverse start order. A pid is only signalled
# after checking that it still is that refcloud process (lib/procs.sh), so a
# system MariaDB/RabbitMQ that up.sh reused (system mode, see $BASE/run/*.mode)
# is never stopped, not even through a stale pid file.
# Data, configs, venvs and logs stay; a later up.sh starts again in seconds.
# Clean slate: down.sh, rm -rf /opt/refcloud, and (as MariaDB root)
# DROP DATABASE IF EXISTS keystone, barbican, manila.
#
# Environment: REFCLOUD_BASE (default /opt/refcloud).
set -uo pipefail
ONLY_MANILA=0
for a in "$@"; do
  case $a in
    --manila) ONLY_MANILA=1 ;;
    -h|--help) sed -n '2,/^set -uo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "down.sh: unknown argument $a (try --help)" >&2; exit 2 ;;
  esac
done
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BASE=$(realpath -ms -- "${REFCLOUD_BASE:-/opt/refcloud}")
ETC=$BASE/etc RUN=$BASE/run
# shellcheck source=lib/procs.sh
. "$HERE/lib/procs.sh"

stop() { # stop NAME PIDFILE [TIMEOUT]   (NAME as in refcloud_owns)
  local name=$1 pf=$2 t=${3:-30} pid i
  if [ ! -f "$pf" ]; then echo "$name: no pid file"; return 0; fi
  pid=$(head -n1 "$pf")
  if ! kill -0 "$pid" 2>/dev/null; then echo "$name: not running (stale pid $pid)"; rm -f "$pf"; return 0; fi
  if ! refcloud_owns "$name" "$pid"; then
    echo "$name: pid $pid ($(cat "/proc/$pid/comm" 2>/dev/null)) is not refcloud's $name: left alone, stale pid file removed"
    rm -f "$pf"; return 0
  fi
  kill -TERM "$pid"
  for ((i=0; i<t*10; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then echo "$name: still alive after ${t}s, SIGKILL $pid"; kill -KILL "$pid"; sleep 0.5; fi
  rm -f "$pf"
  echo "$name: stopped (pid $pid)"
}
system_mode() { # system_mode NAME -> up.sh reused the machine's own NAME
  [ "$(cat "$RUN/$1.mode" 2>/dev/null)" = system ] &&
    echo "$1: the machine's own (system) instance, reused by up.sh, not started by refcloud: left running"
}

stop manila-api       "$RUN/manila/manila-api.pid"
stop manila-share     "$RUN/manila/manila-share.pid"
stop manila-scheduler "$RUN/manila/manila-scheduler.pid"
if [ $ONLY_MANILA = 0 ]; then
  stop barbican-api     "$RUN/barbican/barbican-api.pid"
  stop keystone         "$RUN/keystone/keystone.pid"
  stop memcached        "$RUN/memcached/memcached.pid"
fi
if ! system_mode rabbitmq || [ -f "$RUN/rabbitmq/rabbitmq.pid" ]; then
  stop rabbitmq       "$RUN/rabbitmq/rabbitmq.pid" 60
  # epmd is spawned by the first Erlang node; up.sh records it only if it
  # was not running before.
  stop epmd           "$RUN/rabbitmq/epmd.pid" 10
fi
if [ $ONLY_MANILA = 0 ] && { ! system_mode mariadb || [ -f "$RUN/mariadb/mariadb.pid" ]; }; then
  stop mariadb        "$RUN/mariadb/mariadb.pid" 60
fi
