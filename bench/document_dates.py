"""Document dates inferred from the text alone, against PolNeAR's publication dates.

    .venv/bin/python bench/document_dates.py [--data ../shared/data] [--split train] [--show N]

Each article is dated as `storyline ingest` dates a text with no dateline or
metadata (`tag_document` with no date), and the inferred date is compared with
the publication date in PolNeAR's `metadata.tsv`. An inferred day is right
within a week of it either way (the latest development may be a few days old,
a print edition's date line a few days later); a month (from "next month") is
right when it holds the publication date. When the latest development is known
only to the month or the year, or is a day told in the past with its year,
mostly a background date ("appointed in 1993"), the article is left undated
with that bound: held when it was not published before it. Nothing at all
counts apart.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from datetime import date
from pathlib import Path

from storyline.extract.time import infer_published, tag_document
from storyline.nlp.evaluate import DEFAULT_DATA
from storyline.types import Published


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="train", choices=["train", "dev", "test"])
    parser.add_argument("--show", type=int, default=0, help="print this many wrong days and broken bounds")
    args = parser.parse_args()
    root = args.data / "polnear"
    if not (root / "metadata.tsv").exists():
        raise SystemExit(f"no PolNeAR under {root}; give --data")
    with open(root / "metadata.tsv", encoding="utf-8") as handle:
        dates = {row["filename"]: row["publication_date"] for row in csv.DictReader(handle, delimiter="\t")}
    outcomes: Counter[str] = Counter()
    misses = []
    for path in sorted((root / args.split / "text").glob("*.txt")):
        if path.stem not in dates:
            continue
        text = path.read_text(encoding="utf-8")
        published, timexes = tag_document(text, Published())
        truth = date.fromisoformat(dates[path.stem])
        bound = infer_published(text, timexes) if published.inferred and not published.value else None
        outcome = _bound_outcome(bound, truth) if bound else _outcome(published, truth)
        outcomes[outcome] += 1
        if outcome == "day wrong":
            misses.append(f"{path.stem}: published {dates[path.stem]}, inferred {published.value}")
        elif outcome == "bound broken":
            misses.append(f"{path.stem}: published {dates[path.stem]}, not before {bound.value}: {bound.evidence}")
    total = sum(outcomes.values())
    for line in misses[: args.show]:
        print(line)
    print(f"{total} PolNeAR {args.split} articles dated from their text alone")
    for outcome in ("day right", "day wrong", "month right", "month wrong", "bound held", "bound broken", "none"):
        print(f"  {outcome:<12}{outcomes[outcome]:>6}  {outcomes[outcome] / total:6.1%}")


def _bound_outcome(bound: Published, truth: date) -> str:
    """A month or a year the text reports bounds the date: held when the article was not published before it."""
    return "bound held" if truth.isoformat()[: len(bound.value)] >= bound.value else "bound broken"


def _outcome(published: Published, truth: date) -> str:
    if not published.value:
        return "none"
    precision = published.precision or "day"
    if precision == "day":
        right = abs((date.fromisoformat(published.value) - truth).days) <= 7
    else:
        right = truth.isoformat().startswith(published.value)
    return f"{precision} {'right' if right else 'wrong'}"


if __name__ == "__main__":
    main()
