"""Extraction on a real corpus: what is found and linked, and what it costs against parsing alone.

    .venv/bin/python bench/extraction_corpus.py [--data ../shared/data] [--articles 100] [--seeds ../shared/seeds]

Reads the seeds and the first N PolNeAR dev articles, each with its date (a
seed's as ingest reads it, an article's from PolNeAR's metadata); finds actor
mentions, quotes, figures and event reports in each, quotes and figures dated
as ingest dates them; links actors and merges events across all. Prints counts
(mentions by kind, actors by type, how many have a country and a sector,
descriptions resolved, surnames left unresolved, quotes with a speaker and
dated, figures dated, events and their reports) and the time of each step
against the baseline: the language pipeline alone on the same texts, in one
process.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from document_dates import polnear_dates

from storyline.clean import clean
from storyline.extract.actors import find_mentions, link
from storyline.extract.events import date_figures, date_speech, find_reports
from storyline.extract.events.merge import merge
from storyline.extract.figures import find_figures
from storyline.extract.quotes import find_quotes
from storyline.extract.time import find_timexes, tag_document
from storyline.extract.time.document import reference_date
from storyline.types import Published
from storyline.ingest import read_path
from storyline.nlp import load
from storyline.nlp.evaluate import DEFAULT_DATA

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"


def corpus(seeds: Path, data: Path, articles: int) -> list[tuple[str, str, Published]]:
    """(name, cleaned text, publication date) for the seeds and the PolNeAR dev articles: a seed's date as ingest
    reads it, an article's from PolNeAR's metadata, as a page's would come with it."""
    texts = []
    for path in sorted(seeds.glob("*.txt")):
        for raw in read_path(str(path), 10_000_000):
            doc = clean(raw)  # type: ignore[arg-type]
            published, _ = tag_document(doc.text, doc.published, doc.dateline)
            texts.append((path.name, doc.text, published))
    dates = polnear_dates(data / "polnear" / "metadata.tsv")
    for path in sorted((data / "polnear" / "dev" / "text").iterdir())[:articles]:
        day = dates.get(path.stem)
        texts.append((path.name, path.read_text(encoding="utf-8"), Published(day, "day") if day else Published()))
    return texts


def corpus_arguments(description: str | None) -> argparse.Namespace:
    """--data, --seeds and --articles: which corpus a bench reads (see ``corpus``)."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--seeds", type=Path, default=SEEDS)
    parser.add_argument("--articles", type=int, default=100)
    return parser.parse_args()


def main() -> None:
    args = corpus_arguments(__doc__)
    nlp = load()
    texts = corpus(args.seeds, args.data, args.articles)
    start = time.perf_counter()
    parsed = list(nlp.pipe(text for _, text, _ in texts))
    parse_s = time.perf_counter() - start
    start = time.perf_counter()
    documents = [(name, published.value, find_mentions(doc)) for (name, _, published), doc in zip(texts, parsed)]
    find_s = time.perf_counter() - start
    start = time.perf_counter()
    actors = link(documents)
    link_s = time.perf_counter() - start
    # read as ingest reads them, against each text's date (timed by bench/timex_tempeval.py)
    timexes = [find_timexes(text, reference_date(p), inferred=p.inferred) for _, text, p in texts]
    start = time.perf_counter()
    dated = [(doc, tx, published) for doc, tx, (_, _, published) in zip(parsed, timexes, texts)]
    quotes = [date_speech(doc, find_quotes(doc), tx, published) for doc, tx, published in dated]
    figures = [date_figures(doc, find_figures(doc, [(t.start, t.end) for t in tx]), tx, published)
               for doc, tx, published in dated]  # fmt: skip
    reports = [find_reports(doc, tx, published) for doc, tx, (_, _, published) in zip(parsed, timexes, texts)]
    read_s = time.perf_counter() - start
    start = time.perf_counter()
    events = merge([(name, text, r) for (name, text, _), rs in zip(texts, reports) for r in rs], actors)
    merge_s = time.perf_counter() - start
    mentions = [m for _, _, ms in documents for m in ms]
    linked = {(a.mentions[i].doc, a.mentions[i].start) for a in actors for i in range(len(a.mentions))}
    descriptions = [m for _, _, ms in documents for m in ms if m.label == "DESC"]
    resolved = sum((name, m.start) in linked for name, _, ms in documents for m in ms if m.label == "DESC")
    types = Counter(a.type for a in actors)
    words = sum(len(text.split()) for _, text, _ in texts)
    seeds = sum(name.startswith(tuple("0123456789")) and name.endswith(".txt") and "_" in name for name, _, _ in texts)
    print(f"{len(texts)} documents ({seeds} seeds, {len(texts) - seeds} PolNeAR dev), {words:,} words")
    print(f"mentions: {len(mentions):,} ({', '.join(f'{k} {v}' for k, v in Counter(m.label for m in mentions).most_common())})")
    print(f"actors: {len(actors):,} ({', '.join(f'{k} {v}' for k, v in types.most_common())})")
    print(f"  in two or more documents: {sum(len(a.documents) > 1 for a in actors)}")
    print(f"  with a country: {sum(a.country is not None for a in actors)}; with a sector: {sum(a.sector is not None for a in actors)}")
    print(f"  people with a post: {sum(bool(a.roles) for a in actors if a.type == 'PERSON')} of {types['PERSON']}")
    print(f"  surnames left unresolved: {sum(a.id and a.type == 'PERSON' and ' ' not in a.name for a in actors)}")
    print(f"descriptions: {len(descriptions)}, resolved to a person: {resolved}")
    print("most mentioned:", "; ".join(f"{a.name} ({len(a.mentions)}, {a.country or '-'}, {a.sector or '-'})" for a in actors[:12]))
    all_quotes = [q for qs in quotes for q in qs]
    all_figures = [f for fs in figures for f in fs]
    print(f"quotes: {len(all_quotes)} ({sum(q.direct for q in all_quotes)} direct, "
          f"{sum(q.source_start is not None for q in all_quotes)} with a speaker named, "
          f"{sum(q.when_value is not None for q in all_quotes)} dated); "
          f"figures: {len(all_figures)} ({sum(f.when_value is not None for f in all_figures)} dated)")  # fmt: skip
    print(f"event reports: {sum(map(len, reports))}; events: {len(events)} "
          f"({sum(len(e.evidence) > 1 for e in events)} told by two or more reports, "
          f"{sum(e.when_value is not None for e in events)} dated)")  # fmt: skip
    print(f"time: parsing {parse_s:.2f} s (baseline); finding mentions {find_s:.2f} s ({find_s / parse_s:.2f}x); "
          f"linking {link_s:.2f} s ({link_s / parse_s:.2f}x); quotes, figures and event reports {read_s:.2f} s "
          f"({read_s / parse_s:.2f}x); merging events {merge_s:.2f} s ({merge_s / parse_s:.2f}x)")  # fmt: skip


if __name__ == "__main__":
    main()
