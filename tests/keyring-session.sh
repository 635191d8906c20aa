#!/usr/bin/env bash
# tests/keyring-session.sh -- run a command inside a private D-Bus session with
# an unlocked gnome-keyring (Secret Service), as on a desktop; the keyring
# lives in a throw-away HOME and everything stops with the command.
# Usage: bash tests/keyring-session.sh COMMAND [ARGS...]
# Needs the Debian packages gnome-keyring and dbus (installed if missing, as root).
set -euo pipefail
if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends gnome-keyring dbus dbus-bin >/dev/null
fi
if [ "${1:-}" != --inside ]; then
  exec dbus-run-session -- bash "$0" --inside "$@"
fi
shift
KEYRING_HOME=$(mktemp -d)
cleanup() { [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null; rm -rf "$KEYRING_HOME"; }
trap cleanup EXIT
eval "$(echo -n keyring-session | HOME=$KEYRING_HOME gnome-keyring-daemon --unlock --components=secrets)"
eval "$(HOME=$KEYRING_HOME gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
