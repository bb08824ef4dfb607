#!/usr/bin/env bash
# Side by side: the peer's Python recognizers (recognizers-text-suite
# 1.0.2a2) and `crosscheck values` on the same sentences; prints the time per
# sentence of each and the ratio.
#
#   benches/peer/side_by_side.sh
#   PEER_SENTENCES=200 REPEAT=10 benches/peer/side_by_side.sh
#   REUSE_PEER=1 benches/peer/side_by_side.sh   # keep the last Python figures
#
# Sentences: the `Input` fields of the peer's English specs (number, percent,
# currency, datetime models) from ../shared/peer-specs (PEER_SPECS to point
# elsewhere); without them, the lines of the bundled example articles.
# Both sides run on one core. crosscheck is a process per run, so its start-up
# (knowledge and patterns) is measured apart on a one-line file and taken off
# the time of a file with the sentences REPEAT times over; the Python models
# are built once and then timed sentence by sentence.
# A measurement, not a test: it exits 0 unless it cannot run at all.
set -uo pipefail
cd "$(dirname "$0")/../.."

specs="${PEER_SPECS:-../shared/peer-specs/recognizers-text/Specs}"
limit="${PEER_SENTENCES:-0}"
repeat="${REPEAT:-20}"
venv="$PWD/target/peer-venv"
work="$PWD/target/peer"
mkdir -p "$work"

if ! "$venv/bin/python" -c "import recognizers_suite" >/dev/null 2>&1; then
  echo "== virtual environment $venv: recognizers-text-suite==1.0.2a2, emoji<2"
  python3 -m venv "$venv" || { echo "side_by_side: python3 -m venv failed (apt-get install python3-venv)" >&2; exit 1; }
  "$venv/bin/pip" install --quiet --disable-pip-version-check recognizers-text-suite==1.0.2a2 'emoji<2' ||
    { echo "side_by_side: pip install failed" >&2; exit 1; }
fi

echo "== cargo build --release"
cargo build --release --quiet || { echo "side_by_side: release build failed" >&2; exit 1; }

echo "== sentences"
python3 - "$specs" "$limit" "$work/sentences.txt" <<'EOF'
import json, pathlib, sys
specs, limit, out = pathlib.Path(sys.argv[1]), int(sys.argv[2]), pathlib.Path(sys.argv[3])
files = ["Number/English/NumberModel.json", "Number/English/PercentModel.json",
         "NumberWithUnit/English/CurrencyModel.json", "DateTime/English/DateTimeModel.json"]
sentences = []
if all((specs / f).is_file() for f in files):
    for f in files:
        # utf-8-sig strips the byte-order mark the spec files start with.
        cases = json.loads((specs / f).read_text(encoding="utf-8-sig"))
        got = [" ".join(c["Input"].split()) for c in cases if c.get("Input", "").strip()]
        print(f"  {f}: {len(got)} sentences")
        sentences += got
else:
    print(f"  {specs}: peer specs not found; using the bundled example articles")
    for f in sorted(pathlib.Path("examples/nato-2025").glob("*.txt")):
        sentences += [" ".join(l.split()) for l in f.read_text(encoding="utf-8").splitlines()[1:] if l.strip()]
if limit > 0:
    sentences = sentences[:limit]
out.write_text("".join(s + "\n" for s in sentences), encoding="utf-8")
print(f"  {len(sentences)} sentences, {out.stat().st_size} bytes -> {out}")
EOF

echo "== peer (Python $("$venv/bin/python" -c 'import sys; print(sys.version.split()[0])'), recognizers-text-suite 1.0.2a2)"
if [ "${REUSE_PEER:-0}" = 1 ] && [ -s "$work/peer.json" ]; then
  echo "  REUSE_PEER=1: keeping $work/peer.json"
else
  "$venv/bin/python" benches/peer/peer_time.py "$work/sentences.txt" >"$work/peer.json" ||
    { echo "side_by_side: the peer run failed" >&2; exit 1; }
fi

echo "== crosscheck values, and the comparison"
python3 - "$PWD/target/release/crosscheck" "$work" "$repeat" <<'EOF'
import json, os, statistics, subprocess, sys, time
binary, work, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
sentences = open(f"{work}/sentences.txt", encoding="utf-8").read().splitlines()
n = len(sentences)
env = dict(os.environ, RAYON_NUM_THREADS="1", NO_COLOR="1")

def write(name, lines):
    path = f"{work}/{name}"
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(s + "\n" for s in lines))
    return path

def run(path, times):
    """Fastest wall time of `crosscheck values PATH --format json` (stdout kept)."""
    best, out = None, b""
    for _ in range(times):
        t = time.perf_counter()
        proc = subprocess.run([binary, "values", path, "--format", "json"], env=env, capture_output=True)
        took = time.perf_counter() - t
        if proc.returncode != 0:
            sys.exit(f"crosscheck values {path} failed ({proc.returncode}): {proc.stderr.decode()[:500]}")
        best, out = (took, proc.stdout) if best is None or took < best else (best, out)
    return best, out

one = write("one.txt", sentences[:1])
once = write("sentences-once.txt", sentences)
many = write(f"sentences-x{repeat}.txt", sentences * repeat)
startup, _ = run(one, 5)
single, out = run(once, 5)
repeated, _ = run(many, 3)
values = len(json.loads(out)["values"])
cc_per_sentence = max(repeated - startup, 1e-9) / (repeat * n)

# Per-sentence times of crosscheck, each sentence on its own (start-up taken off), on a sample.
sample = sentences[:: max(1, n // 40)][:40]
per = []
copies = 2000
for s in sample:
    t, _ = run(write("sample.txt", [s] * copies), 3)
    per.append(max(t - startup, 0.0) / copies)

peer = json.load(open(f"{work}/peer.json"))
py = peer["steady"]["mean_us"] / 1e6
print(f"sentences: {n} ({peer['bytes']} bytes)")
print()
print(f"{'':34} {'peer (Python)':>16} {'crosscheck':>14} {'ratio':>9}")
print(f"{'start-up / model build':34} {peer['setup_s'] * 1e3:13.1f} ms {startup * 1e3:11.1f} ms {peer['setup_s'] / startup:8.1f}x")
print(f"{'per sentence, mean':34} {py * 1e6:13.1f} us {cc_per_sentence * 1e6:11.1f} us {py / cc_per_sentence:8.1f}x")
print(f"{'per sentence, median (' + str(len(per)) + ' alone)':34} {peer['steady']['median_us']:13.1f} us {statistics.median(per) * 1e6:11.1f} us "
      f"{peer['steady']['median_us'] / 1e6 / max(statistics.median(per), 1e-9):8.1f}x")
print(f"{'per sentence, p95':34} {peer['steady']['p95_us']:13.1f} us {'':>14}")
end_to_end = peer["setup_s"] + peer["steady"]["wall_s"]
print(f"{'all sentences, one run':34} {end_to_end:14.2f} s {single:12.3f} s {end_to_end / single:8.1f}x")
print(f"{'throughput (steady)':34} {peer['bytes'] / peer['steady']['total_s'] / 1e3:11.1f} kB/s "
      f"{peer['bytes'] / (cc_per_sentence * n) / 1e3:9.1f} kB/s")
if peer.get("per_call"):
    pc = peer["per_call"]
    print(f"{'per call via recognize_* (' + str(pc['count']) + ' sent.)':34} {pc['mean_us'] / 1e3:13.1f} ms "
          f"{'':>14} {pc['mean_us'] / 1e6 / cc_per_sentence:8.0f}x")
print()
print("peer per model (s):", ", ".join(f"{k} {v:.2f}" for k, v in peer["per_model_s"].items()))
print("peer results:", peer["results"], " failures:", peer["failures"])
print(f"crosscheck values found: {values}; start-up {startup * 1e3:.1f} ms; "
      f"{repeat}x file ({repeat * n} sentences) {repeated:.3f} s")
print("ratio = peer time / crosscheck time (above 1: crosscheck is faster); both on one core")
json.dump({"sentences": n, "peer": peer, "crosscheck": {"startup_s": startup, "single_run_s": single,
           "repeated_run_s": repeated, "repeat": repeat, "per_sentence_s": cc_per_sentence,
           "sample_median_s": statistics.median(per), "values": values}},
          open(f"{work}/side_by_side.json", "w"), indent=2)
print(f"figures: {work}/side_by_side.json")
EOF
exit 0
