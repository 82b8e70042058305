"""How a reading's value and modifier are written: durations, values not known to the reference, and the
mods of edge and approximation words.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .context import Context
from .lexicon import UNITS

REPORTING_LAG = timedelta(days=45)  # results come out some weeks after the quarter they report on
# from this day of a month on, its end is near: "prices rose at the end of the month", told before it, is the last
# month's end
MONTH_END_NEAR = 20
APPROX_MODS = {"about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
               "nearly": "LESS_THAN", "almost": "LESS_THAN", "under": "LESS_THAN", "less than": "LESS_THAN",
               "fewer than": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
               "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
               "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE",
               "no fewer than": "EQUAL_OR_MORE", "upwards of": "MORE_THAN", "in excess of": "MORE_THAN"}  # fmt: skip
# approximators left outside the expression, as "about" is: "close to two years", "more or less a year", "the better
# part of a decade" (less than it)
OUTSIDE_APPROX = re.compile(r"\b(?P<words>close\s+to|more\s+or\s+less|the\s+better\s+part\s+of)\s+$", re.IGNORECASE)
OUTSIDE_MODS = {"close to": "APPROX", "more or less": "APPROX", "the better part of": "LESS_THAN"}
# "over" or "under" said as a comparison: "just over", "well under", "a little over", and after a preposition, "for
# under a year", "in under an hour", "the worst in over a century", "his first trip abroad in over two years", "has
# not rained in over a month", or a verb of having, being or lasting: "they had over a week to act", "it lasted over
# a day" (where "rose 5% over two years" is during them and "phase in over five years" too)
COMPARING = re.compile(
    r"\b(?:just|well|slightly|little|far|for|after|of|has|have|had|having|been|lasted|lasts|lasting)"
    r"\s+(?:over|under)\s+$|\bin\s+under\s+$"
    r"|\b(?:\w+est|worst|best|most|least|first|time)(?:\s+(?!in\b)[\w-]+){0,3}\s+in\s+over\s+$"
    r"|(?:\bnot|n't|\bnever)\s+(?:[\w-]+\s+){0,4}?in\s+over\s+$",
    re.IGNORECASE,
)
EDGE_MODS = {"early": "START", "beginning": "START", "start": "START", "earlier": "START", "first": "START",
             "opening": "START", "mid": "MID", "middle": "MID", "late": "END", "end": "END", "later": "END",
             "last": "END", "final": "END", "closing": "END", "dying": "END", "second": "END",
             "latter": "END", "pre": "BEFORE", "post": "AFTER"}  # fmt: skip
# A fraction of a unit in the next smaller one: (letter, timed) → (how many, letter, whether that one is timed).
FRACTION_UNITS = {("Y", False): (12, "M", False), ("D", False): (24, "H", True), ("H", True): (60, "M", True),
                  ("M", True): (60, "S", True)}  # fmt: skip


def on_24_hour_clock(hour: int, meridiem: str) -> int:
    """The hour on the 24-hour clock of one said with "a.m." or "p.m." (``meridiem`` starting "a" or "p", or empty):
    12 a.m. is 0 and 1 p.m. 13; an hour said past 12 stays as it is."""
    if hour > 12 or not meridiem:
        return hour
    return hour % 12 + (12 if meridiem[0].lower() == "p" else 0)


def edge_mod(match: re.Match[str]) -> str | None:
    """The TIMEX3 mod an edge word gives: "early", "the end of", "mid-"."""
    edge = match.groupdict().get("edge") or match.groupdict().get("adv") or ""
    return next((EDGE_MODS[w] for w in re.findall(r"[a-z]+", edge.lower()) if w in EDGE_MODS), None)


def approx_mod(match: re.Match[str], ctx: Context) -> str | None:
    """The mod an approximator gives; "about", left outside the expression as TimeBank leaves it, still counts, as
    do "over" and "under" before a count and after a word that makes them a comparison ("just over a year", "well
    under a decade")."""
    given = match["approx"] or match.groupdict().get("approx_in")  # "nearly three years", "the past nearly four"
    word = " ".join((given or ctx.word_before(match.start())).lower().split())
    counted = match.groupdict().get("num")  # "over a year", not "over the years"
    compared = counted and word in ("over", "under") and ctx.ends_before(COMPARING, match.start(), 60)
    begin = max(0, match.start() - 30)
    outside = counted and not given and OUTSIDE_APPROX.search(ctx.text, begin, match.start())
    if outside:
        return OUTSIDE_MODS[" ".join(outside["words"].lower().split())]
    return APPROX_MODS.get(word) if given or word == "about" or compared else None


def _amount(value: float | None) -> str:
    if value is None:
        return "X"
    return str(int(value)) if value == int(value) else f"{value:g}"


def duration(value: float | None, unit: str) -> str:
    """An ISO 8601 duration: ``P3Y``, ``PT5H``, ``PXM`` when the amount is vague, ``PT5H30M`` for 5 1/2 hours."""
    letter, timed, _ = UNITS[unit.lower().rstrip("s") if unit.lower() != "centuries" else "centurie"]
    scaled = {"CE": (100, "Y"), "DE": (10, "Y"), "WE": (2, "D"), "FN": (2, "W")}
    if letter in scaled:
        factor, letter = scaled[letter]
        value = value * factor if value is not None else None
    if value is not None and value != int(value) and (letter, timed) in FRACTION_UNITS:
        count, small, small_timed = FRACTION_UNITS[(letter, timed)]
        rest = (value - int(value)) * count
        if rest == int(rest):
            big = [(str(int(value)), letter, timed)] if int(value) else []
            return iso_duration(big + [(str(int(rest)), small, small_timed)])
    return iso_duration([(_amount(value), letter, timed)])


def iso_duration(parts: list[tuple[str, str, bool]]) -> str:
    """An ISO 8601 duration of (amount, unit letter, timed) parts, largest first: ``[("5", "H", True), ("30", "M",
    True)]`` is ``PT5H30M``; the parts of a day or longer come before the ``T``."""
    days = "".join(amount + letter for amount, letter, timed in parts if not timed)
    times = "".join(amount + letter for amount, letter, timed in parts if timed)
    return f"P{days}" + (f"T{times}" if times else "")


def weeks_as_days(parts: list[tuple[str, str, bool]]) -> list[tuple[str, str, bool]]:
    """Weeks beside days counted in days, as ISO 8601 writes no weeks beside other units: "three weeks and a day" is
    P22D."""
    if not {"W", "D"} <= {letter for _, letter, timed in parts if not timed}:
        return parts
    weeks = next(float(amount) for amount, letter, _ in parts if letter == "W")
    counted = []
    for amount, letter, timed in parts:
        if letter == "W":
            continue
        if (letter, timed) == ("D", False):
            amount = _amount(float(amount) + 7 * weeks)
        counted.append((amount, letter, timed))
    return counted


# the value of a date at each granularity when its anchor is unknown (coarser ones are an unknown year)
UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "quarter": "XXXX-QX"}


def granularity_of(unit: str) -> str:
    key = unit.lower().rstrip("s") if unit.lower() != "centuries" else "centurie"
    return UNITS[key][2]


def unknown(granularity: str) -> str:
    """The value of a date whose anchor is unknown, at its granularity."""
    return UNKNOWN.get(granularity, "XXXX")


def reporting_quarter(reference: date) -> date:
    """A day in the quarter that company results published on ``reference`` most likely report on."""
    return reference - REPORTING_LAG
