#!/usr/bin/env bash
# Whole-CLI measurement: throughput (MB/s of article text, overall and per
# core) and peak memory of `crosscheck check` and `crosscheck values` on a
# generated corpus, with 1× and 10× the number of sources to show scaling.
#
#   scripts/bench-cli.sh                 # 4 MB / 400 files and 40 MB / 4000 files
#   CORPUS_MB=80 CORPUS_FILES=8000 scripts/bench-cli.sh
#
# MB are 10^6 bytes. "Per core" divides by the CPU time the run used (user +
# system), which is what one core delivers whatever the thread count.
# A measurement, not a test: it exits 0 unless it cannot run at all.
set -uo pipefail
cd "$(dirname "$0")/.."

big_mb="${CORPUS_MB:-40}"
big_files="${CORPUS_FILES:-4000}"
small_mb="$(python3 -c "print($big_mb / 10)")"
small_files=$((big_files / 10))
bin="$PWD/target/release/crosscheck"
results="$PWD/target/bench-cli"

if [ ! -x /usr/bin/time ]; then
  echo "== installing /usr/bin/time (GNU time)"
  if [ "$(id -u)" = 0 ]; then
    (apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1; })
  else
    (sudo apt-get install -y time >/dev/null 2>&1 || { sudo apt-get update >/dev/null 2>&1 && sudo apt-get install -y time >/dev/null 2>&1; })
  fi
  [ -x /usr/bin/time ] || { echo "bench-cli: /usr/bin/time is missing and could not be installed" >&2; exit 1; }
fi

echo "== cargo build --release"
cargo build --release --quiet || { echo "bench-cli: release build failed" >&2; exit 1; }

mkdir -p "$results"
make_corpus() { # dir mb files
  rm -rf "$1"
  python3 scripts/make-corpus.py "$1" --size-mb "$2" --files "$3"
}
echo "== corpora"
make_corpus target/corpus-small "$small_mb" "$small_files"
make_corpus target/corpus "$big_mb" "$big_files"

corpus_bytes() { find "$1" -type f \( -name '*.txt' -o -name '*.md' \) -printf '%s\n' | awk '{s += $1} END {print s}'; }

# measure LABEL CORPUS OUTFILE -- COMMAND...: runs COMMAND under GNU time and prints one row.
measure() {
  local label="$1" corpus="$2" out="$3"
  shift 4
  local stats="$results/$label.time"
  /usr/bin/time -v -o "$stats" "$@" >"$out" 2>"$results/$label.stderr"
  local status=$?
  python3 - "$label" "$(corpus_bytes "$corpus")" "$stats" "$status" <<'EOF'
import sys
label, size, stats, status = sys.argv[1], int(sys.argv[2]), open(sys.argv[3]).read(), sys.argv[4]
def field(name):
    line = next(l for l in stats.splitlines() if l.strip().startswith(name))
    return line.rsplit(": ", 1)[1].strip()
clock = field("Elapsed (wall clock) time").split(":")
wall = sum(float(x) * 60 ** i for i, x in enumerate(reversed(clock)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size (kbytes)")) * 1024
mb = size / 1e6
print(f"{label:<22} {mb:7.1f} MB {wall:8.2f} s wall {cpu:8.2f} s cpu  {mb / wall:7.2f} MB/s  "
      f"{mb / cpu:7.2f} MB/s/core  {cpu / wall:4.2f} cores  peak RSS {rss / 1e6:7.1f} MB = {rss / size:5.2f}x corpus"
      f"  (exit {status})")
EOF
}

echo "== runs ($(nproc) cores; $(uptime | sed 's/.*load/load/'))"
printf '%-22s %10s %15s %14s  %12s  %15s  %10s  %s\n' run corpus wall cpu throughput "per core" parallel "peak memory"
measure check-1x target/corpus-small "$results/check-1x.json" -- "$bin" check target/corpus-small --format json -o "$results/check-1x.report.json"
measure check-10x target/corpus "$results/check-10x.json" -- "$bin" check target/corpus --format json -o "$results/check-10x.report.json"
measure values-1x target/corpus-small /dev/null -- "$bin" values target/corpus-small --format json
measure values-10x target/corpus /dev/null -- "$bin" values target/corpus --format json
measure check-10x-1thread target/corpus /dev/null -- env RAYON_NUM_THREADS=1 "$bin" check target/corpus --format json -o "$results/check-10x-1thread.report.json"

echo "== same report with one thread and with $(nproc)"
if cmp -s "$results/check-10x.report.json" "$results/check-10x-1thread.report.json"; then
  echo "identical ($(wc -c <"$results/check-10x.report.json") bytes)"
else
  echo "DIFFERENT: compare $results/check-10x.report.json and $results/check-10x-1thread.report.json"
fi
python3 - "$results/check-1x.report.json" "$results/check-10x.report.json" <<'EOF'
import json, sys
for path in sys.argv[1:]:
    try:
        report = json.load(open(path))
    except (OSError, ValueError) as e:
        print(f"{path}: no report ({e})")
        continue
    stats = report.get("stats", {})
    print(f"{path}: {len(report.get('sources', []))} sources, {len(report.get('findings', []))} findings, stats {stats}")
EOF
echo "after the runs: $(uptime | sed 's/.*load/load/')"
echo "GNU time output and reports: $results/"
exit 0
