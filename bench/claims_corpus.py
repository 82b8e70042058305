"""Across sources on a real corpus: copies found, claims linked, and what it costs against ingesting.

    .venv/bin/python bench/claims_corpus.py [--data ../shared/data] [--articles 100] [--seeds ../shared/seeds]

Ingests the seeds and the first N PolNeAR dev articles, plus a made copy of
every fifth article (its first paragraph dropped, a republishing note added),
into a temporary store. Prints:

- copies: recall and precision of MinHash/LSH on the made copies, and its time
  against exact shingle Jaccard over all pairs (the baseline, same process);
- claims: statements, claims by status, and the time of linking them cold
  (every sentence embedded) and warm (embeddings cached in the store), against
  the time of the ingest itself (parsing and extraction).
"""

from __future__ import annotations

import itertools
import tempfile
import time
from collections import Counter
from pathlib import Path

from extraction_corpus import corpus, corpus_arguments

from storyline.extract.claims.copies import THRESHOLD, find_copies, shingles
from storyline.pipeline import ingest, link_sources
from storyline.store import Store

COPY_EVERY = 5


def exact_copies(texts: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The baseline: every pair whose shingle sets' Jaccard similarity reaches the threshold."""
    sets = {name: shingles(text) for name, text in texts}
    return {(a, b) for (a, sa), (b, sb) in itertools.combinations(sets.items(), 2)
            if len(sa & sb) / max(1, len(sa | sb)) >= THRESHOLD}  # fmt: skip


def main() -> None:
    args = corpus_arguments(__doc__)
    texts = [(name, text) for name, text, _ in corpus(args.seeds, args.data, args.articles)]
    made = {}
    for name, text in texts[::COPY_EVERY]:
        paragraphs = text.split("\n\n")
        made["copy-of-" + name] = "\n\n".join(paragraphs[1:] if len(paragraphs) > 3 else paragraphs) + \
            "\n\nThis story was republished under a content-sharing agreement."  # fmt: skip
    every = texts + list(made.items())

    start = time.perf_counter()
    found = find_copies(every)
    lsh_s = time.perf_counter() - start
    start = time.perf_counter()
    exact = exact_copies(every)
    exact_s = time.perf_counter() - start
    truth = {(name, name.removeprefix("copy-of-")) for name in made}
    hits = {(doc, original) for doc, (original, _) in found.items()}
    print(f"copies: {len(found)} found, {len(truth & hits)}/{len(truth)} made copies found "
          f"(recall {len(truth & hits) / len(truth):.3f}, precision {len(truth & hits) / max(1, len(hits)):.3f}); "
          f"exact Jaccard finds {len(exact)} pairs")  # fmt: skip
    print(f"time: MinHash/LSH {lsh_s:.3f} s; exact all pairs {exact_s:.3f} s (baseline); "
          f"ratio {lsh_s / exact_s:.2f}x")  # fmt: skip

    with tempfile.TemporaryDirectory() as folder:
        for i, (name, text) in enumerate(every):
            (Path(folder) / f"{i:04d}.txt").write_text(f"{name}\n\n{text}", encoding="utf-8")
        store = Store(Path(folder) / "bench.db")
        start = time.perf_counter()
        report = ingest([folder], store, 10_000_000)
        ingest_s = time.perf_counter() - start
        actors, reports, quotes = store.actors(), store.reports(), store.quotes()
        store.conn.execute("DELETE FROM vectors")
        timings = []
        for _ in ("cold", "warm"):
            start = time.perf_counter()
            link_sources(store, actors, reports, quotes)
            timings.append(time.perf_counter() - start)
        claims = store.claims()
        statuses = Counter(c.status for c in claims)
        words = sum(len(t.split()) for _, t in every)
    print(f"claims: {len(report.added)} documents, {words:,} words; {sum(len(c.evidence) for c in claims)} statements "
          f"in {len(claims)} claims: " + ", ".join(f"{k} {v}" for k, v in statuses.most_common()))  # fmt: skip
    print(f"time: ingest {ingest_s:.1f} s (baseline, claims linked once inside it); linking claims cold "
          f"{timings[0]:.2f} s ({timings[0] / ingest_s:.2f}x), warm {timings[1]:.2f} s ({timings[1] / ingest_s:.2f}x)")


if __name__ == "__main__":
    main()
