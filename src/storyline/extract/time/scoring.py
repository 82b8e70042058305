"""TempEval-3 scores for TIMEX3 tagging: strict and relaxed span F1, and value F1; and how the dates we give
events compare with the times TimeML's links put them in.

As in TempEval-3: a strict match has the same extent; a relaxed match overlaps;
value F1 counts relaxed matches whose normalized values are equal. Value accuracy,
TempEval-3's attribute accuracy, is their share of the relaxed matches: how often a
value is right where the expression was found.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ...types import Timex
from .when import compatible


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, gold: list[Timex], found: list[Timex]) -> None:
        self.gold += len(gold)
        self.found += len(found)
        for timex in gold:
            match = next((f for f in found if f.start < timex.end and timex.start < f.end), None)
            if match is None:
                continue
            self.relaxed += 1
            self.strict += (match.start, match.end) == (timex.start, timex.end)
            self.value += match.value == timex.value
            self.type += match.type == timex.type

    def f1(self, hits: int) -> float:
        precision = hits / self.found if self.found else 0.0
        recall = hits / self.gold if self.gold else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def scores(self) -> dict[str, float]:
        return {
            "strict_f1": round(self.f1(self.strict), 4),
            "relaxed_f1": round(self.f1(self.relaxed), 4),
            "value_f1": round(self.f1(self.value), 4),
            "type_f1": round(self.f1(self.type), 4),
            "value_accuracy": round(self.value / self.relaxed, 4) if self.relaxed else 0.0,
            "gold": self.gold,
            "found": self.found,
        }


@dataclass
class DateCounts:
    """Our dates for the events that the gold's links date, by verdict: the same date; one inside the other ("1998-08"
    for a day of it, a day of a week); another date; or none given."""

    exact: int = 0
    nested: int = 0
    wrong: int = 0
    undated: int = 0

    def add(self, ours: str | None, dates: frozenset[str]) -> str:
        """Count our date for an event the gold puts within ``dates``; the verdict."""
        verdict = ("undated" if ours is None else "exact" if ours in dates
                   else "nested" if any(compatible(ours, d) for d in dates) else "wrong")  # fmt: skip
        setattr(self, verdict, getattr(self, verdict) + 1)
        return verdict

    def scores(self) -> dict[str, float | int]:
        """The counts, the share of the events we date, and how many of those dates agree (exact or nested)."""
        dated = self.exact + self.nested + self.wrong
        total = dated + self.undated
        return {"events": total, "exact": self.exact, "nested": self.nested, "wrong": self.wrong,
                "undated": self.undated, "dated_share": round(dated / total, 4) if total else 0.0,
                "agree_share": round((self.exact + self.nested) / dated, 4) if dated else 0.0}  # fmt: skip


def held_out(name: str) -> bool:
    """Whether a file belongs to the held-out part (a fifth, by a hash of its name) that rules are never tuned on."""
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 5 == 0
