"""From a TIMEX3 value to the contract's ``when``: a point on the timeline at a precision, or none."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from ...types import Published, Timex

POINTS = [
    (re.compile(r"^(\d{4}-\d{2}-\d{2})(?:T.*)?$"), "day"),
    (re.compile(r"^(\d{4}-W\d{2})(?:-WE)?$"), "week"),
    (re.compile(r"^(\d{4}-\d{2})(?:-XX)?$"), "month"),  # "that day in April": some day of it
    (re.compile(r"^(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|WI|XX-XX))?$"), "year"),
]
DECADE = re.compile(r"^(\d{3})X?$")
WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


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
    return first_day(value).isoformat() if WEEK.match(value) else value.replace("X", "0")


def after_published(value: str | None, published: Published) -> bool:
    """Whether a date lies wholly after the day the document was published: nothing on it had happened by then."""
    if value is None or published.precision != "day" or not published.value:
        return False
    return first_day(value) > first_day(published.value)


def first_day(value: str) -> date:
    """The first day a contract date names (see ``period``)."""
    return period(value)[0]


def period(value: str) -> tuple[date, date]:
    """The first and the last day of a contract date: a day, an ISO week, a month, a year or a decade ("198X")."""
    if week := WEEK.match(value):
        monday = date.fromisocalendar(int(week[1]), int(week[2]), 1)
        return monday, monday + timedelta(days=6)
    if value.endswith("X"):
        return date(max(1, int(value[:3]) * 10), 1, 1), date(int(value[:3]) * 10 + 9, 12, 31)
    year, month, day = (int(part) for part in (value + "-00-00").split("-")[:3])
    if day:
        return date(year, month, day), date(year, month, day)
    if month:
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    return date(year, 1, 1), date(year, 12, 31)


def compatible(first: str | None, second: str | None) -> bool:
    """Whether two dates can name one time: one unknown, or their days overlap: one inside the other ("2024-05",
    "2024-05-27", "198X" and "1985"), or a week and a day or a month it shares ("2024-W48", "2024-11-27")."""
    if first is None or second is None or first.startswith(second) or second.startswith(first):
        return True
    if "W" not in first + second and not (first.endswith("X") or second.endswith("X")):
        return False  # days, months and years nest: one holds another only as its prefix, the cheap test
    (first_start, first_end), (second_start, second_end) = period(first), period(second)
    return first_start <= second_end and second_start <= first_end


def within(value: str | None, since: str | None, until: str | None) -> bool:
    """Whether a date (any precision) falls in a period given as YYYY, YYYY-MM or YYYY-MM-DD at either end; with
    neither end, everything does, undated too."""
    if not since and not until:
        return True
    return bool(value) and (not since or value[: len(since)] >= since) and (not until or value[: len(until)] <= until)  # type: ignore[index]
