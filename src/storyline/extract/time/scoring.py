"""TempEval-3 scores for TIMEX3 tagging: strict and relaxed span F1, and value F1.

As in TempEval-3: a strict match has the same extent; a relaxed match overlaps;
value F1 counts relaxed matches whose normalized values are equal. Value accuracy,
TempEval-3's attribute accuracy, is their share of the relaxed matches: how often a
value is right where the expression was found.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ...types import Timex


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


def held_out(name: str) -> bool:
    """Whether a file belongs to the held-out part (a fifth, by a hash of its name) that rules are never tuned on."""
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 5 == 0
