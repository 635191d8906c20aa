#!/usr/bin/env bash
# Property-based API testing of `sharekeep local serve` with schemathesis.
#
# Starts `local serve` on 127.0.0.1 (a free port, a fresh state), gets admin
# and demo tokens from its Keystone, seeds one of each resource
# (fixtures.py), runs `st run` against openapi.yaml once with each token, and
# prints a summary (summary.py). Exits 1 when a server error (5xx, or a
# request the server dropped because its handler panicked) was seen, 2 when
# the run itself could not be made. The server is stopped on exit.
#
# Environment:
#   SHAREKEEP            the binary (default: target/debug/sharekeep)
#   SCHEMATHESIS_VENV    the venv (default: /opt/venv-schemathesis; made from
#                        requirements.txt when missing or at another version)
#   ST_MAX_EXAMPLES      examples per operation and phase, admin pass (default 20,
#                        about 2-3 minutes in all; the long run: 100)
#   ST_DEMO_MAX_EXAMPLES the same for the demo (member) pass (default: half)
#   ST_WORKERS           schemathesis workers (default 1: with more, Python 3.11's
#                        ast module sometimes fails inside hypothesis, a tool-side error)
#   ST_SEED              a seed, to repeat a run
#   ST_SCHEMA_PASS=1     also a short, non-gating pass with response_schema_conformance
#   ST_OUT               where to keep logs and reports (default: a new /tmp dir)
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
VENV=${SCHEMATHESIS_VENV:-/opt/venv-schemathesis}
BIN=${SHAREKEEP:-$ROOT/target/debug/sharekeep}
N=${ST_MAX_EXAMPLES:-20}
DEMO_N=${ST_DEMO_MAX_EXAMPLES:-$(( N > 1 ? N / 2 : 1 ))}
WORKERS=${ST_WORKERS:-1}
MANILA_VERSION=2.90
WORK=${ST_OUT:-$(mktemp -d /tmp/sharekeep-schemathesis.XXXXXX)}
mkdir -p "$WORK"
START=$(date +%s)

die() { echo "run.sh: $*" >&2; exit 2; }

# (a) the venv, at the pinned version
want=$(sed -n 's/^schemathesis==//p' "$HERE/requirements.txt")
have=$("$VENV/bin/st" --version 2>/dev/null | awk '{print $NF}' || true)
if [ "$have" != "$want" ]; then
  echo "run.sh: installing schemathesis $want into $VENV"
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV" || die "cannot make $VENV"
  "$VENV/bin/pip" install -q -r "$HERE/requirements.txt" || die "pip install failed"
fi
PY=$VENV/bin/python
ST=$VENV/bin/st
[ -x "$BIN" ] || die "no binary at $BIN (build it, or set SHAREKEEP)"

# (b) the server, on a fresh state and a free loopback port
SERVE_PID=
cleanup() {
  if [ -n "$SERVE_PID" ] && kill -0 "$SERVE_PID" 2>/dev/null; then
    kill -TERM "$SERVE_PID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$SERVE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVE_PID" 2>/dev/null || true
    wait "$SERVE_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p -m 700 "$WORK/state"
( umask 077; : > "$WORK/clouds.yaml" )
RUST_BACKTRACE=0 "$BIN" local serve --bind 127.0.0.1 --port 0 --state "$WORK/state" \
  >"$WORK/clouds.yaml" 2>"$WORK/serve.log" &
SERVE_PID=$!
URL=
for _ in $(seq 300); do
  URL=$(grep -o 'serving http://127\.0\.0\.1:[0-9]*' "$WORK/serve.log" 2>/dev/null | head -1 | cut -d' ' -f2 || true)
  [ -n "$URL" ] && break
  kill -0 "$SERVE_PID" 2>/dev/null || { cat "$WORK/serve.log" >&2; die "local serve exited"; }
  sleep 0.1
done
[ -n "$URL" ] || die "local serve printed no URL"
echo "run.sh: local serve at $URL (pid $SERVE_PID), work dir $WORK"

# (c) tokens
password() {  # the password of clouds.yaml entry sharekeep-$1
  "$PY" - "$WORK/clouds.yaml" "$1" <<'EOF'
import sys, yaml
print(yaml.safe_load(open(sys.argv[1]))["clouds"]["sharekeep-" + sys.argv[2]]["auth"]["password"])
EOF
}
token() {  # token USER PROJECT
  local pw body hdr
  pw=$(password "$1")
  body=$(printf '{"auth":{"identity":{"methods":["password"],"password":{"user":{"name":"%s","domain":{"name":"Default"},"password":"%s"}}},"scope":{"project":{"name":"%s","domain":{"name":"Default"}}}}}' "$1" "$pw" "$2")
  hdr=$(curl -sf -o /dev/null -D - -H 'Content-Type: application/json' -d "$body" "$URL/identity/v3/auth/tokens") \
    || die "no token for $1"
  printf '%s\n' "$hdr" | tr -d '\r' | awk 'tolower($1)=="x-subject-token:" {print $2}'
}
ADMIN_TOKEN=$(token admin admin)
DEMO_TOKEN=$(token demo demo)
[ -n "$ADMIN_TOKEN" ] && [ -n "$DEMO_TOKEN" ] || die "empty token"

# fixtures and the schemathesis config that feeds their IDs in
"$PY" "$HERE/fixtures.py" "$URL" "$ADMIN_TOKEN" "$DEMO_TOKEN" "$WORK" >"$WORK/fixtures.txt" \
  || { cat "$WORK/fixtures.txt" >&2; die "fixtures failed"; }
FIRST_LINE=$(( $(wc -l <"$WORK/serve.log") + 1 ))

# (d) schemathesis: 5xx plus the response checks the server passes
CHECKS=not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance
SEED_ARGS=()
[ -n "${ST_SEED:-}" ] && SEED_ARGS=(--seed "$ST_SEED")
st_pass() {  # st_pass NAME TOKEN EXAMPLES CHECKS
  echo "run.sh: pass $1 (max $3 examples per operation)"
  (cd "$WORK" && "$ST" --config-file "$WORK/schemathesis.toml" run "$HERE/openapi.yaml" \
      --url "$URL" \
      -H "X-Auth-Token: $2" -H "X-OpenStack-Manila-API-Version: $MANILA_VERSION" \
      --generation-with-security-parameters false \
      -n "$3" -w "$WORKERS" -c "$4" --continue-on-failure \
      --request-timeout 20 --no-color "${SEED_ARGS[@]}" \
      --report json,junit --report-dir "$WORK/report-$1" \
      >"$WORK/st-$1.txt" 2>&1) || true
  ls "$WORK/report-$1"/json-*.json >/dev/null 2>&1 || { tail -30 "$WORK/st-$1.txt" >&2; die "pass $1 made no report"; }
  grep -E '^ *(Test cases:|[0-9]+ generated)' "$WORK/st-$1.txt" | tr -s ' ' | sed 's/^/  /' || true
}
st_pass admin "$ADMIN_TOKEN" "$N" "$CHECKS"
st_pass demo "$DEMO_TOKEN" "$DEMO_N" "$CHECKS"
if [ "${ST_SCHEMA_PASS:-0}" = 1 ]; then
  st_pass schema "$ADMIN_TOKEN" 5 not_a_server_error,response_schema_conformance
fi

# (e) summary, (f) exit status; the server stops in the EXIT trap (g)
echo "run.sh: logs and reports in $WORK (serve.log, access.log, server-errors.txt, st-*.txt)"
set +e
"$PY" "$HERE/summary.py" "$WORK" "$FIRST_LINE"
rc=$?
set -e
echo "run.sh: took $(( $(date +%s) - START ))s"
exit $rc
