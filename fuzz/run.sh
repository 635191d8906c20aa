#!/usr/bin/env bash
# fuzz/run.sh SECONDS [TARGET...]: build the fuzz targets and run each for
# SECONDS on its committed corpus (fuzz/corpus/<target>), with cargo-fuzz.
# New inputs are added to the corpus, unless FUZZ_CORPUS_READONLY=1 (CI):
# then they go to a temporary directory. A crash stops the run and exits
# non-zero; the input is in fuzz/artifacts/<target>/.
# Toolchain: nightly (AddressSanitizer) when rustup has it, else the stable
# one with RUSTC_BOOTSTRAP=1 and no sanitizer (coverage-guided all the same).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
secs=${1:-60}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(config decode refs local_api)
if cargo +nightly --version >/dev/null 2>&1; then
  fuzz=(cargo +nightly fuzz); san=()
else
  echo "fuzz: no nightly toolchain: stable with RUSTC_BOOTSTRAP=1, no sanitizer"
  export RUSTC_BOOTSTRAP=1
  fuzz=(cargo fuzz); san=(-s none)
fi
"${fuzz[@]}" build -O "${san[@]}" >/dev/null
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  dirs=("corpus/$t")
  if [ "${FUZZ_CORPUS_READONLY:-0}" = 1 ]; then
    new=$(mktemp -d); dirs=("$new" "corpus/$t")
  fi
  start=$(date +%s)
  "${fuzz[@]}" run -O "${san[@]}" "$t" "${dirs[@]}" -- -max_total_time="$secs" -rss_limit_mb=4096 \
      -max_len=8192 -print_final_stats=1 2> "/tmp/fuzz-$t.log" \
    || { tail -40 "/tmp/fuzz-$t.log"; echo "fuzz: $t FAILED"; exit 1; }
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "/tmp/fuzz-$t.log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "/tmp/fuzz-$t.log" | tail -1 | grep -o '[0-9]*' || echo "?")
  echo "fuzz: $t ran $(( $(date +%s) - start )) s, $runs inputs, coverage $cov edges, corpus $(ls "corpus/$t" | wc -l) files, no crash"
  [ -z "${new:-}" ] || rm -rf "$new"
done
