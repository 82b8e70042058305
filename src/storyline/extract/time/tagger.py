"""Find every temporal expression in a text and normalize it against a reference date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ...types import Timex
from .patterns import PATTERNS
from .rules import READERS, Context
from .when import point

PRIORITY = {name: rank for rank, name in enumerate(READERS)}
STATED = (
    "month_day", "day_month", "day_mon_year", "month_year", "iso", "numeric", "numeric_dmy", "year", "month", "weekday"
)


def find_timexes(text: str, reference: date | None = None, *, inferred: bool = False) -> list[Timex]:
    """The temporal expressions in ``text``, in order, none overlapping; the longest reading wins.

    ``reference`` is the document's date; when it was ``inferred``, every value
    that rests on it is marked as a guess.
    """
    context = Context(text, reference, inferred)
    context.points = _stated_dates(text, context)
    candidates = []
    for name, pattern in PATTERNS.items():
        for match in pattern.finditer(text):
            context.anchored = False
            reading = READERS[name](match, context)
            if reading is not None:
                if inferred and context.anchored:
                    reading = replace(reading, guess=True)
                candidates.append((match.start(), match.end(), name, reading))
    candidates.sort(key=lambda c: (c[0] - c[1], PRIORITY[c[2]], c[0]))
    taken: list[tuple[int, int]] = []
    found = []
    for start, end, _, reading in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        found.append(Timex(start, end, text[start:end], reading.type, reading.value, reading.mod, reading.guess))  # type: ignore[arg-type]
    return sorted(found, key=lambda t: t.start)


def _stated_dates(text: str, context: Context) -> list[tuple[int, int, date, int]]:
    """The dates the text names, by offset: the anchors of "that year", "the following month", "the previous Friday".

    A month or weekday without a year counts, read as the text's tense suggests ("In March … The following month").
    Each is read in text order against those before it, as the final reading is ("In 2019 … in May of that year").
    """
    matches = sorted(
        ((match.start(), -match.end(), name, match) for name in STATED for match in PATTERNS[name].finditer(text)),
        key=lambda found: found[:2],
    )
    spans: list[tuple[int, int]] = []
    points: list[tuple[int, int, date, int]] = []
    for start, _, name, match in matches:
        end = match.end()
        if any(a <= start and end <= b for a, b in spans):
            continue  # "2024" inside "16 May 2024" is no date of its own
        if name == "weekday" and context.word_before(start) in ("every", "each"):
            continue  # "every Friday" names no one day
        context.points = points
        reading = READERS[name](match, context)
        value, _ = point(reading.value) if reading else (None, None)
        if value:
            parts = [int(p) for p in value.split("-")]
            spans.append((start, end))
            points.append((start, end, date(*(parts + [1, 1])[:3]), len(parts)))
    return points
