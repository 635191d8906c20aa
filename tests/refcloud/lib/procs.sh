# shellcheck shell=bash
# tests/refcloud/lib/procs.sh -- sourced by up.sh and down.sh (needs BASE, ETC, RUN);
# not meant to be run on its own.
#
# Is a pid really a process that refcloud started? The pid files under $RUN
# outlive crashes and reboots, and by then their pid may belong to something
# else, for instance the machine's own MariaDB or RabbitMQ, which up.sh reuses
# but which must never be stopped by down.sh. Each service is recognised by a
# string that only refcloud's own instance carries.

refcloud_owns() { # refcloud_owns SERVICE PID
  local f=cmdline pats=() a=() p
  case $1 in
    mariadb)       pats=("--defaults-file=$ETC/mariadb.cnf") ;;
    # the Erlang VM and the epmd it spawns inherit up.sh's environment
    rabbitmq|epmd) f=environ; pats=("RABBITMQ_CONF_ENV_FILE=$ETC/rabbitmq/rabbitmq-env.conf") ;;
    memcached)     pats=("$RUN/memcached/memcached.pid") ;;
    # gunicorn masters: the venv path, or "gunicorn: master [refcloud-...]"
    # when setproctitle is installed
    keystone)      pats=("$BASE/venv-keystone/" "[refcloud-keystone]") ;;
    barbican-api)  pats=("$BASE/venv-barbican/" "[refcloud-barbican-api]") ;;
    manila-api)    pats=("$BASE/venv-manila/" "[refcloud-manila-api]") ;;
    manila-scheduler|manila-share) pats=("$BASE/venv-manila/bin/$1") ;;
    *) return 1 ;;
  esac
  for p in "${pats[@]}"; do a+=(-e "$p"); done
  grep -qaF "${a[@]}" "/proc/$2/$f" 2>/dev/null
}

refcloud_alive() { # refcloud_alive SERVICE PIDFILE -> the pid file names a live refcloud SERVICE
  local pid
  [ -f "$2" ] && pid=$(head -n1 "$2") && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null &&
    refcloud_owns "$1" "$pid"
}
