"""Sentence bounds, good enough to read tense and quote evidence: no full stop after a title or initial ends one."""

from __future__ import annotations

import bisect
import re

from .lexicon import WEEKDAY_NAME

TITLES = ("St", "Mr", "Mrs", "Ms", "Dr", "No", "Gen", "Gov", "Sen", "Rep", "Prof", "Lt", "Col", "Sgt", "Capt", "Maj",
          "Adm", "Cmdr", "Brig", "Rev", "Atty", "Messrs", "Mt", "Ft", "vs", "v", "Jan", "Feb", "Aug", "Sept", "Oct",
          "Nov", "Dec", "U.S", "U.N", "U.K")  # fmt: skip
ABBREVIATIONS = "".join(rf"(?<!\b{re.escape(t)}\.)" for t in TITLES) + r"(?<!\b[A-Z]\.)"
# a quote may close or open with two marks, as wire and TimeML text write them: "fall.'' He", "said. ``We"
# "at 10 a.m. (0700 GMT) Friday", "at 9 p.m. EST": the clock time's sentence goes on
CLOCK_GOES_ON = rf"(?<=\b[ap]\.m\.)\s+(?:\(|{WEEKDAY_NAME}\b|[A-Z]{{2,4}}\b)"
SENTENCE_END = re.compile(
    rf"(?<=[.!?]){ABBREVIATIONS}(?!{CLOCK_GOES_ON})(?:''|[\"'”’)])?\s+(?=(?:``|''|[\"'“‘(])?[A-Z0-9•])|\n"
)


# a run of text longer than this with no end of sentence (a table or a list run together, a page without stops) is
# read as a sentence of this length around what is read in it, so that reading each expression stays short
LONGEST = 1000


class Sentences:
    def __init__(self, text: str) -> None:
        self.text = text
        self.ends = [m.end() for m in SENTENCE_END.finditer(text)]

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence that holds ``start``…``end``."""
        index = bisect.bisect_right(self.ends, start)
        begin = self.ends[index - 1] if index else 0
        stop = next((e for e in self.ends[index:] if e >= end), len(self.text))
        if stop - begin > LONGEST:
            begin, stop = max(begin, start - LONGEST // 2), min(stop, end + LONGEST // 2)
        return begin, stop

    def quote(self, start: int, end: int, limit: int = 160) -> str:
        """The sentence around a span, on one line and cut to ``limit`` characters."""
        sentence = " ".join(self.text[slice(*self.around(start, end))].split())
        return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"
