"""TIMEX3 tagging on TempEval-3's TimeBank and AQUAINT (tbaq-cleaned): span and value F1.

    .venv/bin/python bench/timex_tempeval.py [--data ../shared/data] [--errors N]

Each file is tagged as `storyline timex --timeml` tags it (its DCT is the
document date). A fifth of the files, chosen by a hash of the name, is held out:
the rules were never tuned on it and its scores are reported apart. `--errors`
prints misses from the tuning part only. Targets: relaxed 0.90, strict 0.82, value 0.80
(HeidelTime on the TempEval-3 test: 0.90 / 0.81 / 0.78).

Each part's value F1 comes with a 95% interval from resampling its files (a
bootstrap over documents, as errors cluster in them), to show how far a part of
48 files pins the figure down. "value acc" is the share of found expressions
whose value is right (TempEval-3's value accuracy), apart from finding them.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import fields
from pathlib import Path

from storyline.extract.time import find_timexes
from storyline.extract.time.scoring import Counts, held_out
from storyline.extract.time.timeml import read_timeml
from storyline.nlp.evaluate import DEFAULT_DATA

TARGETS = {"relaxed_f1": 0.90, "strict_f1": 0.82, "value_f1": 0.80}
RESAMPLES = 1000


def main() -> None:
    args, files = tempeval_arguments(__doc__, "print this many errors from the tuning part")
    per_file: dict[str, list[Counts]] = {"tune": [], "held_out": []}
    errors: list[str] = []
    words, started = 0, time.perf_counter()
    for path in files:
        document = read_timeml(path)
        found = find_timexes(document.text, document.dct)
        words += len(document.text.split())
        part = "held_out" if held_out(path.name) else "tune"
        per_file[part].append(Counts())
        per_file[part][-1].add(document.gold, found)
        if part == "tune" and len(errors) < args.errors:
            errors += _errors(path.name, document.gold, found)
    elapsed = time.perf_counter() - started
    report = {part: _summed(cs).scores() | {"value_f1_95": _interval(cs)} for part, cs in per_file.items()}
    report |= {"words_per_second": round(words / elapsed)}
    if args.json:
        print(json.dumps(report))
        return
    for line in errors[: args.errors]:
        print(line)
    print(f"{'part':<10}{'files':>7}{'gold':>7}{'found':>7}{'strict':>9}{'relaxed':>9}{'value':>9}{'type':>9}"
          f"  value 95%    value acc")  # fmt: skip
    for part in per_file:
        s, (low, high) = report[part], report[part]["value_f1_95"]
        print(f"{part:<10}{len(per_file[part]):>7}{s['gold']:>7}{s['found']:>7}{s['strict_f1']:>9.3f}"
              f"{s['relaxed_f1']:>9.3f}{s['value_f1']:>9.3f}{s['type_f1']:>9.3f}  {low:.3f}-{high:.3f}"
              f"{s['value_accuracy']:>13.3f}")  # fmt: skip
    print("targets   " + "  ".join(f"{k} {v}" for k, v in TARGETS.items()))
    print(f"{report['words_per_second']:,} words/s (tagging only, one process)")


def tempeval_arguments(description: str | None, errors: str) -> tuple[argparse.Namespace, list[Path]]:
    """--data, --errors and --json, and the .tml files of tbaq-cleaned under --data."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=int, default=0, help=errors)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    files = sorted((args.data / "tempeval3" / "tbaq-cleaned").glob("*/*.tml"))
    if not files:
        raise SystemExit(f"no .tml files under {args.data / 'tempeval3' / 'tbaq-cleaned'}; give --data")
    return args, files


def _interval(files: list[Counts]) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of value F1 over resamples of the files (seeded, so runs agree)."""
    rng = random.Random(0)
    values = sorted(_summed(rng.choices(files, k=len(files))).scores()["value_f1"] for _ in range(RESAMPLES))
    return values[int(0.025 * RESAMPLES)], values[int(0.975 * RESAMPLES) - 1]


def _summed(files: list[Counts]) -> Counts:
    return Counts(**{f.name: sum(getattr(c, f.name) for c in files) for f in fields(Counts)})


def _errors(name: str, gold, found) -> list[str]:
    lines = []
    for g in gold:
        match = next((f for f in found if f.start < g.end and g.start < f.end), None)
        if match is None:
            lines.append(f"MISS  {name}: {g.text!r} {g.type} {g.value}")
        elif (match.start, match.end) != (g.start, g.end) or match.value != g.value:
            lines.append(f"DIFF  {name}: gold {g.text!r} {g.value} / ours {match.text!r} {match.value}")
    for f in found:
        if not any(f.start < g.end and g.start < f.end for g in gold):
            lines.append(f"EXTRA {name}: {f.text!r} {f.type} {f.value}")
    return lines


if __name__ == "__main__":
    main()
