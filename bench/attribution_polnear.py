"""Quotes and reported speech on PolNeAR dev: content overlap F1 and source accuracy.

    .venv/bin/python bench/attribution_polnear.py [--data ../shared/data] [--split dev] [--errors N]

Each article is parsed and read as `storyline ingest` reads it. A gold
attribution is direct when its content sits in quotation marks (typed as one
character or, as in some papers, as two: ''…''), else reported.
Content overlap F1 counts words: precision is the share of predicted content
words inside a gold content of the same kind, recall the share of gold content
words inside a prediction. Source accuracy is the share of gold attributions,
found and with a source, whose predicted source overlaps the gold one. The
baseline is quotation marks alone (every quoted span, no source), in the same
process. Targets for direct quotes: content F1 0.80, source accuracy 0.75.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from pathlib import Path

from storyline.extract.quotes import find_quotes
from storyline.extract.quotes.speech import OPENING, one_character_marks, quoted_spans
from storyline.types import Quote
from storyline.nlp import load
from storyline.nlp.evaluate import DEFAULT_DATA

WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Gold:
    content: tuple[int, int]
    source: tuple[int, int] | None
    direct: bool


def read_gold(ann: Path, text: str) -> list[Gold]:
    marked = one_character_marks(text)
    spans: dict[str, tuple[int, int]] = {}
    gold = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("T") and line.count("\t") >= 2:  # a few lines in train are truncated
            tid, what, _ = line.split("\t", 2)
            offsets = [int(n) for n in re.findall(r"\d+", what)]
            spans[tid] = (min(offsets), max(offsets))
    for line in ann.read_text(encoding="utf-8").splitlines():
        if line.startswith("E"):
            parts = dict(p.split(":") for p in line.split("\t")[1].split())
            if "Content" not in parts:
                continue
            if parts["Content"] not in spans:
                continue
            content = spans[parts["Content"]]
            before = marked[: content[0]].rstrip()
            opening = marked[content[0] : content[0] + 2].lstrip()[:1]  # a two-character mark is a space and one
            direct = opening in OPENING or (bool(before) and before[-1] in OPENING)
            gold.append(Gold(content, spans.get(parts.get("Source", "")), direct))
    return gold


def words(span: tuple[int, int], text: str) -> set[int]:
    return {m.start() for m in WORD.finditer(text, *span) if m.end() <= span[1]}


@dataclass
class Tally:
    predicted: int = 0
    predicted_hit: int = 0
    gold: int = 0
    gold_hit: int = 0
    with_source: int = 0
    source_right: int = 0

    def add(self, gold: list[Gold], found: list[Quote], text: str) -> None:
        gold_words = set().union(*(words(g.content, text) for g in gold)) if gold else set()
        found_words = set().union(*(words((f.start, f.end), text) for f in found)) if found else set()
        self.predicted += len(found_words)
        self.predicted_hit += len(found_words & gold_words)
        self.gold += len(gold_words)
        self.gold_hit += len(gold_words & found_words)
        for g in gold:
            match = max(found, key=lambda f: len(words((f.start, f.end), text) & words(g.content, text)), default=None)
            if match is None or not words((match.start, match.end), text) & words(g.content, text) or g.source is None:
                continue
            self.with_source += 1
            s = (match.source_start, match.source_end)
            self.source_right += s[0] is not None and s[0] < g.source[1] and g.source[0] < s[1]  # type: ignore[operator]

    def scores(self) -> tuple[float, float, float]:
        p = self.predicted_hit / self.predicted if self.predicted else 0.0
        r = self.gold_hit / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f1, (self.source_right / self.with_source if self.with_source else 0.0), r


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", default="dev")
    parser.add_argument("--errors", type=int, default=0, help="print this many missed direct quotes")
    args = parser.parse_args()
    root = args.data / "polnear" / args.split
    nlp = load()
    tallies = {kind: Tally() for kind in ("direct", "reported", "direct, marks only")}
    shown = 0
    for ann in sorted((root / "attributions").glob("*.ann")):
        text = (root / "text" / (ann.stem.rsplit("_", 1)[0] + ".txt")).read_text(encoding="utf-8")
        gold = read_gold(ann, text)
        found = find_quotes(nlp(text))
        for kind, direct in (("direct", True), ("reported", False)):
            tallies[kind].add([g for g in gold if g.direct == direct], [f for f in found if f.direct == direct], text)
        marks = [Quote(s, e, text[s:e], True) for s, e in quoted_spans(text)]
        tallies["direct, marks only"].add([g for g in gold if g.direct], marks, text)
        for g in gold:
            if shown < args.errors and g.direct and not any(f.direct and f.start < g.content[1] and g.content[0] < f.end for f in found):
                print("MISS", ann.stem[:40], repr(text[g.content[0] : g.content[1]][:100]))
                shown += 1
    print(f"{'':22}{'content F1':>12}{'recall':>9}{'source acc':>12}")
    for kind, tally in tallies.items():
        f1, source, recall = tally.scores()
        print(f"{kind:22}{f1:>12.3f}{recall:>9.3f}{source:>12.3f}")
    print("targets (direct): content F1 0.80, source accuracy 0.75")


if __name__ == "__main__":
    main()
