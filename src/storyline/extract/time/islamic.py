"""Readers of days in the Islamic calendars: the Hijri (lunar) one of religious life and decrees, and the Solar
Hijri one that Iran and Afghanistan date their public life by."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from . import calendar
from .context import Context, Reading
from .dates import PREPOSITIONS
from .values import unknown
from .words import capitalized, weekday_number


def hijri_date(match: re.Match[str], ctx: Context) -> Reading | None:
    """"10 Ramadan 1446 AH" (10 March 2025, by the Umm al-Qura calendar), "Ramadan 10, 1446"; without its year, "on
    27 Ramadan" or "the 10th of Muharram", the day of the Hijri year the tense points to, as a guess. A weekday
    before the day ("Friday 27 Ramadan") picks the day beside the calendar's where the moon was sighted a day off
    it."""
    month = _month(match, "hm")
    if not capitalized(match[f"hm{month}"], match[0]):
        return None
    given = match["day"] or match["day_after"]  # "27 Ramadan 1446", "Ramadan 27, 1446"
    if not given:
        return _month_of(match, ctx, calendar.from_hijri(int(match["year"]), month, 15)) if match["year"] else None
    day = int(given)
    if match["year"]:
        found = calendar.from_hijri(int(match["year"]), month, day)
        return Reading("DATE", _on_weekday(found, match["on"]).isoformat()) if found else None
    return _yearless(match, ctx, lambda year: [
        _on_weekday(found, match["on"]) for found in calendar.hijri_days_around(year, month, day)
    ])


def _on_weekday(day: date, weekday: str | None) -> date:
    """``day``, or the day before or after it that falls on ``weekday`` where one does."""
    if weekday is None:
        return day
    wanted = weekday_number(weekday)
    return next((near for near in (day, day - timedelta(days=1), day + timedelta(days=1))
                 if near.isoweekday() == wanted), day)  # fmt: skip


def _yearless(match: re.Match[str], ctx: Context, days_around: Callable[[int], list[date]]) -> Reading | None:
    """A day of another calendar named without its year, "on 27 Ramadan", "the 10th of Muharram", "on 24 Asad": the
    one of the days ``days_around`` gives for the document's year that the tense points to, as a guess."""
    if " of " not in match[0] and ctx.word_before(match.start()) not in PREPOSITIONS:
        return None  # "viewers watched 3 Ramadan dramas": a count; "on 27 Ramadan", "the 10th of Muharram" are days
    reference = ctx.reference
    if reference is None:
        return Reading("DATE", unknown("day"), guess=True)
    days = days_around(reference.year)
    if not days:
        return None  # a 30th its month lacks
    return Reading("DATE", calendar.nearest(reference, days, ctx.firm_tense(match.start(), match.end())).isoformat(),
                   guess=True)  # fmt: skip


def solar_hijri_date(match: re.Match[str], ctx: Context) -> Reading | None:
    """"24 Asad 1400" (15 August 2021, the day Kabul fell), "1 Farvardin 1404" (21 March 2025); "in Asad 1400",
    August 2021; without its year, "on 24 Asad", the day of the Solar Hijri year the tense points to, as a guess."""
    month = _month(match, "sm")
    if not capitalized(match[f"sm{month}"], match[0]):
        return None
    if not match["day"]:
        return _month_of(match, ctx, calendar.from_solar_hijri(int(match["year"]), month, 15))
    if match["year"]:
        found = calendar.from_solar_hijri(int(match["year"]), month, int(match["day"]))
        return Reading("DATE", found.isoformat()) if found else None
    day = int(match["day"])
    return _yearless(match, ctx, lambda year: calendar.solar_hijri_days_around(year, month, day))


def _month_of(match: re.Match[str], ctx: Context, middle: date | None) -> Reading | None:
    """"In Muharram 1446", "during Asad 1400": a month of another calendar as the Gregorian month that holds its
    middle, as Ramadan is read; only after a preposition, as "Hut 1400" or "Asad 1400" may be a name and a figure."""
    if middle is None or ctx.word_before(match.start()) not in PREPOSITIONS:
        return None
    return Reading("DATE", calendar.value_at(middle, "month"))


def _month(match: re.Match[str], prefix: str) -> int:
    """The number of the month a match names, by the group of its names that matched."""
    return next(number for number in range(1, 13) if match[f"{prefix}{number}"])
