"""Find every temporal expression in a text and normalize it against a reference date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ...types import Timex
from .patterns import PATTERNS
from .rules import READERS, Context

PRIORITY = {name: rank for rank, name in enumerate(READERS)}


def find_timexes(text: str, reference: date | None = None, *, inferred: bool = False) -> list[Timex]:
    """The temporal expressions in ``text``, in order, none overlapping; the longest reading wins.

    ``reference`` is the document's date; when it was ``inferred``, every value
    that rests on it is marked as a guess.
    """
    context = Context(text, reference)
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
