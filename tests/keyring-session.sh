#!/usr/bin/env bash
# tests/keyring-session.sh -- run a command inside a private D-Bus session with
# an unlocked gnome-keyring (Secret Service), as on a desktop; the keyring
# lives in a throw-away HOME and everything stops with the command.
# Usage: bash tests/keyring-session.sh COMMAND [ARGS...]
# Needs the Debian packages gnome-keyring, dbus and libsecret-tools (installed if missing, as root).
set -euo pipefail
if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null || ! command -v secret-tool >/dev/null; then
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends gnome-keyring dbus dbus-bin libsecret-tools >/dev/null
fi
if [ "${1:-}" != --inside ]; then
  exec dbus-run-session -- bash "$0" --inside "$@"
fi
shift
KEYRING_HOME=$(mktemp -d)
cleanup() { [ -n "${GNOME_KEYRING_PID:-}" ] && kill "$GNOME_KEYRING_PID" 2>/dev/null; rm -rf "$KEYRING_HOME"; }
trap cleanup EXIT
unlock() { eval "$(echo -n keyring-session | HOME=$KEYRING_HOME gnome-keyring-daemon --unlock --components=secrets)"; }
unlock
eval "$(HOME=$KEYRING_HOME gnome-keyring-daemon --start --components=secrets)"
export GNOME_KEYRING_CONTROL
# The daemon forks and answers before its login collection is unlocked and
# registered: wait until a real store/clear works (unlocking again once if the
# collection stays locked), so the tests never meet a half-started keyring.
usable() {
  echo -n probe | timeout 5 secret-tool store --label=keyring-session-probe keyring-session probe >/dev/null 2>&1 &&
    timeout 5 secret-tool clear keyring-session probe >/dev/null 2>&1
}
for i in $(seq 40); do
  usable && break
  [ "$i" = 10 ] && unlock
  sleep 0.25
done
usable || { echo "keyring-session: the Secret Service did not become usable" >&2; exit 1; }
"$@"
