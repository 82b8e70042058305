"""Tagging speed on text built to be slow, against ordinary news prose, in one process.

    .venv/bin/python bench/timex_worst_case.py [--size 20000] [--repeat 3]

Pages are not always prose: a table run together into one line, a schedule, a
list of dates with no full stop, a very long word (an encoded blob). Each such
text is generated here, `--size` characters of it, from a fixed seed, and tagged
as ingest tags a document; the baseline is the bundled example corpus's plain
text articles, tagged in the same process. It prints each text's characters per
second and its share of the baseline's: reading time must grow with the length
of a text, not with its square, so no share should fall far below the others as
`--size` grows (compare `--size 20000` with `--size 80000`).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from storyline.extract.time import find_timexes

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
TOLD = date(2025, 4, 18)
# words a run of text without stops is drawn from: dates, times, counts and the words between them
SOUPS = {
    "months and days": ["January", "May", "June", "March", "Jan.", "the", "of", "1st", "2024", "-", "to"],
    "weekdays and parts": ["Monday", "night", "morning", "last", "next", "week", "the", "of", "at", "5", "p.m.", ","],
    "counts and units": ["two", "three", "times", "a", "week", "or", "so", "and", "half", "years", "ago", "days"],
    "clock times": ["10:30", "GMT", "on", "31", "March", "at", "5pm", "-", "|", "2024", "EST", "local", "time"],
    "figures": ["12", "1,250", "3.5", "2024", "1996", "%", "-", "/", "$", "million"],
}
# characters repeated: a row of dashes or stops, a blob of letters
REPEATS = {"dashes": "1-", "slashes": "1/", "stops": "1.", "colons": "1:", "one long word": "a", "possessives": "'s "}


def _texts(size: int) -> dict[str, str]:
    rng = random.Random(7)
    texts = {}
    for name, words in SOUPS.items():
        drawn: list[str] = []
        length = 0  # of the words drawn, each with the space after it
        while length < size:
            drawn.append(rng.choice(words))
            length += len(drawn[-1]) + 1
        texts[name] = " ".join(drawn)[:size]
    texts |= {name: (unit * (size // len(unit) + 1))[:size] for name, unit in REPEATS.items()}
    return texts


def _speed(texts: list[str], repeat: int) -> float:
    """Characters per second tagging ``texts``, the best of ``repeat`` runs."""
    best = min(_timed(lambda: [find_timexes(text, TOLD) for text in texts]) for _ in range(repeat))
    return sum(map(len, texts)) / best


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=20_000, help="characters of each generated text")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the fastest counts")
    args = parser.parse_args()
    prose = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    baseline = _speed(prose, args.repeat)
    print(f"{'text':20} {'chars':>8} {'chars/s':>10} {'of prose':>9}")
    print(f"{'prose (baseline)':20} {sum(map(len, prose)):8,} {baseline:10,.0f} {1:9.2f}")
    for name, text in _texts(args.size).items():
        speed = _speed([text], args.repeat)
        print(f"{name:20} {len(text):8,} {speed:10,.0f} {speed / baseline:9.2f}")


if __name__ == "__main__":
    main()
