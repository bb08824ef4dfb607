#!/usr/bin/env python3
"""Times the peer's Python recognizers (pip package recognizers-text-suite
1.0.2a2) on a file of sentences, one per line, and prints JSON.

Run it with the virtual environment's python (benches/peer/side_by_side.sh
makes one). Three figures:

- setup: building the four English models once (number, percentage,
  currency, datetime), which compiles their regular expressions;
- steady: every sentence through the four prebuilt models, the way a
  long-running program would use them (per-model totals and per-sentence
  times);
- per_call: the convenience functions recognize_number, recognize_percentage,
  recognize_currency and recognize_datetime, which build a new recognizer on
  every call, over the first --per-call sentences.
"""

import argparse
import json
import statistics
import sys
import time

from recognizers_date_time import DateTimeRecognizer, recognize_datetime
from recognizers_number import Culture, NumberRecognizer, recognize_number, recognize_percentage
from recognizers_number_with_unit import NumberWithUnitRecognizer, recognize_currency

MODELS = ["number", "percentage", "currency", "datetime"]


def build_models():
    number = NumberRecognizer(Culture.English)
    unit = NumberWithUnitRecognizer(Culture.English)
    dates = DateTimeRecognizer(Culture.English)
    return {
        "number": number.get_number_model(Culture.English),
        "percentage": number.get_percentage_model(Culture.English),
        "currency": unit.get_currency_model(Culture.English),
        "datetime": dates.get_datetime_model(Culture.English),
    }


PER_CALL = {
    "number": lambda s: recognize_number(s, Culture.English),
    "percentage": lambda s: recognize_percentage(s, Culture.English),
    "currency": lambda s: recognize_currency(s, Culture.English),
    "datetime": lambda s: recognize_datetime(s, Culture.English),
}


def summary(seconds):
    ordered = sorted(seconds)
    return {
        "count": len(ordered),
        "total_s": sum(ordered),
        "mean_us": 1e6 * statistics.fmean(ordered),
        "median_us": 1e6 * statistics.median(ordered),
        "p95_us": 1e6 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sentences", help="file with one sentence per line")
    parser.add_argument("--per-call", type=int, default=20, help="sentences for the per-call functions (0: skip)")
    args = parser.parse_args()
    with open(args.sentences, encoding="utf-8") as f:
        sentences = [line.rstrip("\n") for line in f if line.strip()]

    start = time.perf_counter()
    models = build_models()
    setup = time.perf_counter() - start

    per_model = {name: 0.0 for name in MODELS}
    found = {name: 0 for name in MODELS}
    failures = {name: 0 for name in MODELS}
    per_sentence = []
    wall = time.perf_counter()
    for sentence in sentences:
        total = 0.0
        for name in MODELS:
            t = time.perf_counter()
            try:
                found[name] += len(models[name].parse(sentence))
            except Exception:  # the alpha release raises on some inputs
                failures[name] += 1
            took = time.perf_counter() - t
            per_model[name] += took
            total += took
        per_sentence.append(total)
    steady_wall = time.perf_counter() - wall

    per_call = []
    for sentence in sentences[: args.per_call]:
        t = time.perf_counter()
        for name in MODELS:
            try:
                PER_CALL[name](sentence)
            except Exception:
                pass
        per_call.append(time.perf_counter() - t)

    json.dump(
        {
            "sentences": len(sentences),
            "bytes": sum(len(s.encode("utf-8")) + 1 for s in sentences),
            "setup_s": setup,
            "steady": summary(per_sentence) | {"wall_s": steady_wall},
            "per_model_s": per_model,
            "results": found,
            "failures": failures,
            "per_call": summary(per_call) if per_call else None,
        },
        sys.stdout,
        indent=2,
    )
    print()


if __name__ == "__main__":
    main()
