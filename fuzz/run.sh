#!/usr/bin/env bash
# fuzz/run.sh SECONDS [TARGET...]: build the fuzz targets (nightly) and run
# each for SECONDS on its committed corpus (new inputs are added to it).
# A crash stops the run and exits non-zero; the input is in fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
secs=${1:-60}; shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(config decode refs local_api)
cargo +nightly fuzz build -O >/dev/null
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  start=$(date +%s)
  cargo +nightly fuzz run -O "$t" "corpus/$t" -- -max_total_time="$secs" -rss_limit_mb=4096 -max_len=8192 -print_final_stats=1 2> "/tmp/fuzz-$t.log" || { tail -40 "/tmp/fuzz-$t.log"; echo "fuzz: $t FAILED"; exit 1; }
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "/tmp/fuzz-$t.log" | grep -o '[0-9]*$' || echo "?")
  cov=$(grep -o 'cov: [0-9]*' "/tmp/fuzz-$t.log" | tail -1 | grep -o '[0-9]*' || echo "?")
  echo "fuzz: $t ran $(( $(date +%s) - start )) s, $runs inputs, coverage $cov edges, corpus $(ls "corpus/$t" | wc -l) files, no crash"
done
