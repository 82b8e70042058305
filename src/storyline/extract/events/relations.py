"""How a relation moves: the events between two actors, period by period, with their net cooperation."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ...types import Event
from ..time.when import timeline_key

PERIODS = {"month": 7, "year": 4}


@dataclass
class Period:
    """The events between two actors in one month or year; ``net`` sums the intensity of those that occurred."""

    period: str
    events: list[Event] = field(default_factory=list)

    @property
    def net(self) -> float:
        return sum(e.intensity for e in self.events if e.status == "occurred")


def between(events: list[Event], first: str, second: str, officials: dict[str, str] | None = None) -> list[Event]:
    """The events in which both actors take part, on either side; with ``officials`` (each official and the
    country they serve, ``merge.standing``), an official's part is their country's too ("Hassan Sheikh Mohamud
    visited Cairo" is between Somalia and Egypt)."""
    officials = officials or {}
    return [e for e in events if {first, second} <= _parties(e.source + e.target, officials)]


def _parties(ids: list[str], officials: dict[str, str]) -> set[str]:
    """The actors taking part, with the country of each official among them."""
    return set(ids) | {officials[a] for a in ids if a in officials}


def relation(events: list[Event], first: str, second: str, by: str = "month",
             officials: dict[str, str] | None = None) -> list[Period]:  # fmt: skip
    """The events between two actors (see ``between``) by period, in time order; undated events come last, as
    "undated"."""
    periods: dict[str, Period] = defaultdict(lambda: Period(""))
    for event in between(events, first, second, officials):
        key = timeline_key(event.when_value)[: PERIODS[by]] if event.when_value else "undated"  # a week by its Monday
        periods[key].period = key
        periods[key].events.append(event)
    return sorted(periods.values(), key=lambda p: (p.period == "undated", p.period))
