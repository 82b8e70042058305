"""From a TIMEX3 value to the contract's ``when``: a point on the timeline at a precision, or none."""

from __future__ import annotations

import re
from datetime import date

from ...types import Published, Timex

POINTS = [
    (re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T.*)?$"), "day"),
    (re.compile(r"^(\d{4}-W\d{2})(?:-WE)?$"), "week"),
    (re.compile(r"^(\d{4}-\d{2})(?:-XX)?$"), "month"),  # "that day in April": some day of it
    (re.compile(r"^(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|WI|XX-XX))?$"), "year"),
]
DECADE = re.compile(r"^(\d{3})X?$")


def when(timex: Timex | None, published: Published | None = None) -> dict[str, str | None]:
    """The contract's ``{value, precision, text}`` for a temporal expression.

    Quarters and seasons are given as their year, "now" as the document's date;
    durations, sets and dates whose year is unknown have no value.
    """
    if timex is None:
        return {"value": None, "precision": None, "text": None}
    value, precision = point(timex.value, published)
    return {"value": value, "precision": precision, "text": timex.text}


def point(value: str, published: Published | None = None) -> tuple[str | None, str | None]:
    if value == "PRESENT_REF" and published is not None and published.value:
        return published.value, published.precision
    for pattern, precision in POINTS:
        match = pattern.match(value)
        if match:
            return match[1], precision
    match = DECADE.match(value)
    if match:
        return match[1] + "X", "decade"
    return None, None


def timeline_key(value: str | None) -> str:
    """A key that sorts contract ``when`` values in time: weeks by their Monday, decades by their first year,
    no date last."""
    if value is None:
        return "9999"
    week = re.match(r"^(\d{4})-W(\d{2})$", value)
    if week:
        return date.fromisocalendar(int(week[1]), int(week[2]), 1).isoformat()
    return value.replace("X", "0")


def first_day(value: str) -> date:
    """The first day a YYYY, YYYY-MM or YYYY-MM-DD value names."""
    return date.fromisoformat((value + "-01-01")[:10] if len(value) == 4 else (value + "-01")[:10])


def compatible(first: str | None, second: str | None) -> bool:
    """Whether two dates can name one time: equal, one unknown, or one inside the other ("2024-05", "2024-05-27")."""
    return first is None or second is None or first.startswith(second) or second.startswith(first)


def within(value: str | None, since: str | None, until: str | None) -> bool:
    """Whether a date (any precision) falls in a period given as YYYY, YYYY-MM or YYYY-MM-DD at either end; with
    neither end, everything does, undated too."""
    if not since and not until:
        return True
    return bool(value) and (not since or value[: len(since)] >= since) and (not until or value[: len(until)] <= until)  # type: ignore[index]
