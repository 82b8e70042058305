"""Document dates inferred from the text alone, against the dates the articles were published.

    .venv/bin/python bench/document_dates.py [--data ../shared/data] [--corpus polnear] [--split train] [--show N]

Each article is dated as `storyline ingest` dates a text with no dateline or
metadata (`tag_document` with no date), and the inferred date is compared with
the publication date: for PolNeAR (US politics, 2015-16) the one in its
`metadata.tsv`; for Reuters (CoNLL-2003's news of August 1996, splits train and
dev) the dateline each article opens with ("LONDON 1996-08-30"), taken out of
the text first. An inferred day is right
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
import re
from collections import Counter
from datetime import date
from pathlib import Path

from storyline.extract.time import infer_published, tag_document
from storyline.nlp.corpora import read_ner_sentences
from storyline.nlp.evaluate import DEFAULT_DATA
from storyline.types import Published


Article = tuple[str, date, str]  # a name, the date it was published, its text
REUTERS_SPLITS = {"train": "eng.train", "dev": "eng.testa"}
DATELINE = re.compile(r"\d{4}-\d\d-\d\d")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--corpus", default="polnear", choices=["polnear", "reuters"])
    parser.add_argument("--split", default="train", choices=["train", "dev", "test"])
    parser.add_argument("--show", type=int, default=0, help="print this many wrong days and broken bounds")
    args = parser.parse_args()
    articles = _polnear(args.data, args.split) if args.corpus == "polnear" else _reuters(args.data, args.split)
    outcomes: Counter[str] = Counter()
    misses = []
    for name, truth, text in articles:
        published, timexes = tag_document(text, Published())
        bound = infer_published(text, timexes) if published.inferred and not published.value else None
        outcome = _bound_outcome(bound, truth) if bound else _outcome(published, truth)
        outcomes[outcome] += 1
        if outcome == "day wrong":
            misses.append(f"{name}: published {truth}, inferred {published.value}")
        elif outcome == "bound broken":
            misses.append(f"{name}: published {truth}, not before {bound.value}: {bound.evidence}")
    total = sum(outcomes.values())
    for line in misses[: args.show]:
        print(line)
    print(f"{total} {args.corpus} {args.split} articles dated from their text alone")
    for outcome in ("day right", "day wrong", "month right", "month wrong", "bound held", "bound broken", "none"):
        print(f"  {outcome:<12}{outcomes[outcome]:>6}  {outcomes[outcome] / total:6.1%}")


def _polnear(data: Path, split: str) -> list[Article]:
    root = data / "polnear"
    if not (root / "metadata.tsv").exists():
        raise SystemExit(f"no PolNeAR under {root}; give --data")
    dates = polnear_dates(root / "metadata.tsv")
    return [
        (path.stem, date.fromisoformat(dates[path.stem]), path.read_text(encoding="utf-8"))
        for path in sorted((root / split / "text").glob("*.txt"))
        if path.stem in dates
    ]


def polnear_dates(metadata: Path) -> dict[str, str]:
    """Each PolNeAR article's publication date (YYYY-MM-DD) by its file's stem, from ``metadata.tsv``; none if absent."""
    if not metadata.exists():
        return {}
    with open(metadata, encoding="utf-8") as handle:
        return {row["filename"]: row["publication_date"] for row in csv.DictReader(handle, delimiter="\t")}


def _reuters(data: Path, split: str) -> list[Article]:
    """CoNLL-2003's articles: each a headline, a dateline ("LONDON 1996-08-30") and the story, one token per line;
    the dateline dates the article and leaves its text, which is joined back into words and sentences."""
    path = data / "conll2003" / REUTERS_SPLITS.get(split, "")
    if split not in REUTERS_SPLITS or not path.exists():
        where = data / "conll2003"
        raise SystemExit(f"no CoNLL-2003 {split} split under {where}; give --data, or --split train or dev")
    sentences = [words for words, _ in read_ner_sentences(path)]
    datelines = [i for i, words in enumerate(sentences) if i and len(words) <= 6 and DATELINE.fullmatch(words[-1])]
    articles = []
    for start, end in zip(datelines, datelines[1:] + [len(sentences) + 1]):
        story = [sentences[start - 1]] + sentences[start + 1 : end - 1]
        text = "\n".join(_detokenized(words) for words in story)
        articles.append((f"{path.name} #{len(articles) + 1}", date.fromisoformat(sentences[start][-1]), text))
    return articles


def _detokenized(words: list[str]) -> str:
    text = " ".join(words)
    text = re.sub(r" ([.,;:!?%)\]}]|n't|'s|'re|'ve|'ll|'d)(?=\s|$)", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    return re.sub(r'" (.*?) "', r'"\1"', text)


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
