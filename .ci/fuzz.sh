#!/usr/bin/env bash
# A short smoke run of each cargo-fuzz target (fuzz/). Needs the nightly
# toolchain; cargo-fuzz is installed when missing (a few minutes). Skipped
# with a message when there is no nightly toolchain. FUZZ_SECONDS sets the
# time per target (default 20).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-20}"
if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "no nightly toolchain; fuzz smoke skipped"
  exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  echo "== cargo install cargo-fuzz"
  cargo install cargo-fuzz --locked --quiet
fi
mkdir -p target
for target in $(cargo +nightly fuzz list); do
  echo "== fuzz $target for ${seconds}s"
  mkdir -p "fuzz/corpus/$target"
  log="target/fuzz-$target.log"
  if ! cargo +nightly fuzz run "$target" -O "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -timeout=30 -print_final_stats=1 >"$log" 2>&1; then
    tail -n 60 "$log" >&2
    echo "fuzz target $target failed; a crashing input is kept in fuzz/artifacts/$target/" >&2
    exit 1
  fi
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|Done )' "$log" || true
done
