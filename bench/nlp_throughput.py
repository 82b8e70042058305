"""Throughput of the language pipeline: the whole of it and each component, against the tokenizer alone.

    .venv/bin/python bench/nlp_throughput.py [--data ../shared/data] [--model storyline] [--repeat 3]
                                             [--against training/output/graph_pipeline]

Runs in one process on PolNeAR's test articles (real news). The baseline is
spaCy's tokenizer on the same texts in the same process, so the ratio holds
across machines; the target for the whole pipeline is 10,000 words/second.
It also times the pipeline as plain ``spacy.load`` gives it (thinc's bundled
BLIS) against ``storyline.nlp.load`` (numpy's OpenBLAS), the choice load makes.
``--against`` times a second pipeline on the same texts, each pass of one
followed by a pass of the other, so that both meet the same machine.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import use_ops

from storyline.nlp import load
from storyline.nlp.model import location
from storyline.nlp.evaluate import DEFAULT_DATA, speed_texts

TARGET_WPS = 10_000


def _best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default="storyline")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the fastest counts")
    parser.add_argument("--against", help="another pipeline (name or folder) to time beside --model")
    args = parser.parse_args()
    nlp = load(args.model)
    texts = speed_texts(args.data)
    docs = [nlp.make_doc(t) for t in texts]
    words = sum(1 for doc in docs for t in doc if not t.is_space)
    list(nlp.pipe(texts[:8]))

    with use_ops("numpy", use_blis=True):
        blis = spacy.load(location(args.model))
    list(blis.pipe(texts[:8]))

    baseline = _best_of(args.repeat, lambda: [nlp.make_doc(t) for t in texts])
    whole = _best_of(args.repeat, lambda: list(nlp.pipe(texts)))
    with_blis = _best_of(args.repeat, lambda: list(blis.pipe(texts)))
    print(f"{len(texts)} texts, {words:,} words, model {args.model}")
    print(f"{'tokenizer (baseline)':<24}{words / baseline:>12,.0f} words/s")
    print(f"{'whole pipeline':<24}{words / whole:>12,.0f} words/s   {whole / baseline:5.1f}x the baseline's time")
    print(f"{'  same, with BLIS':<24}{words / with_blis:>12,.0f} words/s   {with_blis / whole:5.2f}x the time of load()'s")
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=nlp.batch_size))  # as nlp.pipe passes it
        seconds = time.perf_counter() - start
        print(f"  {name:<22}{words / seconds:>12,.0f} words/s   {seconds / whole:5.0%} of the pipeline")
    verdict = "meets" if words / whole >= TARGET_WPS else "misses"
    print(f"target {TARGET_WPS:,} words/s for the whole pipeline: {verdict} it")
    if args.against:
        _side_by_side(nlp, load(args.against), texts, words, args.repeat, args.against)


def _side_by_side(nlp: Language, other: Language, texts: list[str], words: int, repeat: int, name: str) -> None:
    list(other.pipe(texts[:8]))
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for i, pipeline in enumerate((nlp, other)):
            best[i] = min(best[i], _best_of(1, lambda p=pipeline: list(p.pipe(texts))))
    print(f"side by side, best of {repeat} alternating passes:")
    print(f"  {'this pipeline':<22}{words / best[0]:>12,.0f} words/s")
    print(f"  {name:<22}{words / best[1]:>12,.0f} words/s   {best[1] / best[0]:5.2f}x the time")


if __name__ == "__main__":
    main()
