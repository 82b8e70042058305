"""Find every temporal expression in a text and normalize it against a reference date."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from ...types import Timex
from . import calendar
from .lexicon import DAY_ORDINALS, ONES, ORDINALS, PARTS_OF_DAY, SEASONS, TENS, WEEKDAY_NAME
from .patterns import (
    CLOCK_DAY_GAP, COUNT_OPENING, OFFSET_BEFORE_DAY, OFFSET_OPENING, PART_BEFORE_DAY, PATTERNS, QUARTER_WORD,
    RANGE_COUNT_BEFORE, WEEKDAY, WEEKDAY_BEFORE_DAY, WEEKDAY_RANGE_END,
)
from .context import Context
from .dates import ISO_DAY, MONTH_JOINT
from .holidays import DATING_WORDS
from .rules import READERS
from .values import edge_mod, iso_duration, weeks_as_days
from .when import point
from .words import number, weekday_number

PRIORITY = {name: rank for rank, name in enumerate(READERS)}
# the units of a duration, largest first, as (letter, timed): months before the "T", minutes after it
UNIT_RANKS = (("Y", False), ("M", False), ("W", False), ("D", False), ("H", True), ("M", True), ("S", True))
DURATION_VALUE = re.compile(r"P(?P<date>(?:\d+(?:\.\d+)?[YMWD])*)(?:T(?P<time>(?:\d+(?:\.\d+)?[HMS])+))?")
AMOUNT = re.compile(r"(\d+(?:\.\d+)?)([YMWDHS])")
HYPHENED = re.compile(r"\d[-–]\d")  # a count's first digit right after a number and a hyphen, as a range's end is
PART_JOINT = re.compile(r",?[ \t]+(?:and[ \t]+)?")  # between "five hours" and "51 minutes"
# a part that is a bare count: "51 minutes", "six months", "an hour"; not "another two years and a further six
# months", nor "a quarter of a century"
COUNTED_PART = re.compile(
    rf"\d|(?:{'|'.join(ONES[1:] + TENS[2:])})\b|an?\s+(?=(?:year|month|week|day|hour|minute|second)\b)", re.IGNORECASE
)
# the first of a pair of quarters that share the word: "the second and fourth quarters", "the first to third quarters"
QUARTER_PAIR = re.compile(
    rf"\b(?P<nth>{'|'.join(ORDINALS)})[ \t]+(?:and|or|to|through)[ \t]+(?:the[ \t]+)?$", re.IGNORECASE
)
SEASON_PAIR = re.compile(r"[ \t]+(?:and|or)[ \t]+(?P<season>spring|summer|fall|autumn|winter)\b")  # not "Winter Park"
DECADE_ENDING = re.compile(r"s\b")  # "1960s" ("2016's" may be the year's own)
SEASON_VALUE = re.compile(r"(?P<year>\d{4})-(?P<code>SP|SU|FA|WI)")
SEASON_ORDER = ("SP", "SU", "FA", "WI")  # as a year's seasons come round: winter runs into the next year
QUARTER_VALUE = re.compile(r"\d{4}-[QH]\d")
# "the first decade of" this century, "the last decade of" the 20th: a decade of the century after it
DECADE_OF = re.compile(
    rf"\bthe\s+(?P<nth>{'|'.join(w for w, n in DAY_ORDINALS.items() if n <= 10)}|last|final)\s+decade\s+of\s+$",
    re.IGNORECASE,
)
WEEKLY_VALUE = re.compile(r"XXXX-WXX-[1-7]")  # a weekday that comes round every week
# a day's morning, whose start is its small hours (those of "Sunday night" lie past its end, in Monday's)
SMALL_HOURS_PART = re.compile(r"\d{4}-\d\d-\d\dTMO")
# the part of the day after a date in figures, as South Asian copy writes it: "on July 30 night", "till August 8
# morning" (not "the July 30 night raid", where it names a kind of thing)
PART_AFTER_DATE = re.compile(
    r"[ \t]+(?P<part>morning|afternoon|evening|night)\b"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:in|at|on|when|and|but|as|after|before|to|from|with|by|near|outside)\b)",
    re.IGNORECASE,
)
CLOCK_DAY_JOINT = re.compile(CLOCK_DAY_GAP, re.IGNORECASE)  # between a clock time and its date: ", on", " "
NIGHT_OF = re.compile(r"the\s+(?:intervening\s+)?night\s+of\b", re.IGNORECASE)
NIGHT_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)TNI")
NIGHT_JOINT = re.compile(r"[ \t]*[-–/][ \t]*|[ \t]+(?:to|into|and)[ \t]+", re.IGNORECASE)  # "23 to 24", "23-24"
SET_JOINT = re.compile(r"[ \t]*(?:,[ \t]*(?:and|or)?|[ \t](?:and|or|&))[ \t]+")  # "every Monday, Wednesday and Friday"
# "the year-earlier quarter", "the same period last year": compared with what is named, they name nothing new
COMPARED = re.compile(
    r"year-(?:earlier|ago)|\byears?\s+(?:earlier|ago|before)\b|\blast\s+year|\b(?:same|corresponding|comparable)\b",
    re.IGNORECASE,
)
YEAR_DIGITS = re.compile(r"\d\d")  # "Q3" and "the third quarter" name no year, "3Q24" and "Q3 2024" do
PART_RANGE_JOINT = re.compile(r"[ \t]*[-–][ \t]*|\s+(?:to|through|thru|until|till)\s+")  # "Q1-Q3", "Q1 to Q3"
# a web address or an e-mail address: its digits and words ("/2002/apr26.htm", "?id=1725", "/time/daily/") are no dates
# (an address's name is tried only from its start, or a long run of letters would be tried from each of them)
LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"']+|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)
OR_SO = re.compile(r"\bor\s+(?:so|two)\b", re.IGNORECASE)
CALENDAR_POINT = re.compile(r"\d{4}(?:-\d\d){0,2}")  # a year, a month or a day
# a month or a weekday named from the telling, a point the story goes on from: "last month", "earlier this month",
# "late last month", "next month" ("rose last month from the month before", "met earlier this month … that day"),
# a weekday gone, "last Friday" ("Last Friday, he said: “We sign tomorrow.”"; not "ahead of next Tuesday's primary. A
# day earlier, …", which looks ahead)
TOLD_POINT = re.compile(
    r"(?:(?:earlier|early|late|later)\s+)?"
    rf"(?:(?:this|last|next|this\s+past)\s+month|(?:last|this\s+past)\s+{WEEKDAY_NAME})",
    re.IGNORECASE,
)
DAY_AFTER_TOLD = re.compile(r"the\s+(?:next|following)\s", re.IGNORECASE)  # "The next day … that evening"
YEARS_LATER = re.compile(r"\byears?\s+(?:later|after)$", re.IGNORECASE)  # a story's years counted on: "two years later"
PREFIXES = (OFFSET_BEFORE_DAY, WEEKDAY_BEFORE_DAY, PART_BEFORE_DAY)  # what may place a time by a day right after it
STATED = (
    "month_day", "day_month", "day_mon_year", "year_mon_day", "month_year", "iso", "numeric", "numeric_dmy", "year",
    "month", "weekday", "holiday", "deictic", "relative", "ago", "that_day", "hijri_date", "solar_hijri_date",
)


def find_timexes(text: str, reference: date | None = None, *, inferred: bool = False) -> list[Timex]:
    """The temporal expressions in ``text``, in order, none overlapping; the longest reading wins.

    ``reference`` is the document's date; when it was ``inferred``, every value
    that rests on it is marked as a guess.
    """
    context = Context(text, reference, inferred)
    links = [link.span() for link in LINK.finditer(text)]
    # each pattern is run once: the dates stated and the quarters named are read from the same matches
    matches = {name: list(pattern.finditer(text)) for name, pattern in PATTERNS.items()}
    context.points = _stated_dates(context, matches, links)
    context.quarters = _stated_quarters(text, context, matches)
    candidates = []
    for name, found_by in matches.items():
        for match in found_by:
            if _inside(match.span(), links):
                continue
            context.anchored = False
            reading = READERS[name](match, context)
            if reading is not None:
                if inferred and context.anchored:
                    reading = replace(reading, guess=True)
                candidates.append((match.start(), match.end(), name, reading))
    candidates.sort(key=lambda c: (c[0] - c[1], PRIORITY[c[2]], c[0]))
    taken: list[tuple[int, int]] = []  # the spans chosen so far, in text order; none overlap
    found = []
    for start, end, _, reading in candidates:
        at = bisect.bisect_left(taken, (end,))  # the first chosen span that starts at or after this one's end
        if at and taken[at - 1][1] > start:
            continue  # the chosen span before it reaches into it
        taken.insert(at, (start, end))
        found.append(Timex(start, end, text[start:end], reading.type,  # type: ignore[arg-type]
                           reading.value, reading.mod, reading.guess, freq=reading.freq))
    timexes = _compounded(text, sorted(_approximate(found), key=lambda t: t.start))
    timexes = _paired_quarters(text, _paired_seasons(text, _from_days(text, _range_counts(text, timexes))))
    timexes = _decades_of_centuries(text, _paired_weekdays(text, timexes))
    timexes = _joined(text, timexes, (_clock_and_day, _night_across))
    return _forward_ranges(text, timexes, context) if reference else timexes


def _approximate(timexes: list[Timex]) -> list[Timex]:
    """"A week or so ago", "the next year or so", "a month or two": about that time (mod ``APPROX``), where no other
    mod is said; read once the expressions are chosen, not for every candidate."""
    return [replace(t, mod="APPROX") if t.mod is None and OR_SO.search(t.text) else t for t in timexes]


def _compounded(text: str, timexes: list[Timex]) -> list[Timex]:
    """Durations written in parts, each of a smaller unit, as one: "four hours 17 minutes, 9 seconds" is PT4H17M9S,
    "two years and six months" P2Y6M."""
    merged: list[Timex] = []
    for timex in timexes:
        parts = _joined_parts(text, merged[-1], timex) if merged else None
        if parts:
            last = merged[-1]
            merged[-1] = replace(last, end=timex.end, text=text[last.start : timex.end], value=iso_duration(parts))
        else:
            merged.append(timex)
    return merged


def _range_counts(text: str, timexes: list[Timex]) -> list[Timex]:
    """The first count of a range of durations as a duration of its own, in the unit of the second, as TimeML tags
    it: "three to five years" is "three" (P3Y) and "five years" (P5Y); "between 10 and 12 days" has "10" (P10D),
    "48-72 hours" "48" (PT48H). A count after a number and a hyphen that makes no range is none ("a 3-1 weekend")."""
    result: list[Timex] = []
    for timex in timexes:
        if first := _range_count(text, timex, result[-1].end if result else 0):
            result.append(first)
        elif timex.type == "DURATION" and HYPHENED.match(text, max(0, timex.start - 2), timex.start + 1):
            continue
        result.append(timex)
    return result


def _range_count(text: str, timex: Timex, free_from: int) -> Timex | None:
    """The count before ``timex`` (from ``free_from`` on) that opens a range with it, as a duration; None if none.
    The range runs up ("five to three years" is none) and its second count must give a whole first."""
    opening = COUNT_OPENING.match(timex.text)
    parts = _parts(timex.value) if timex.type == "DURATION" and opening else []
    if len(parts) != 1:
        return None
    before = RANGE_COUNT_BEFORE.search(text, max(free_from, timex.start - 40), timex.start)
    if before is None or (before["joint"] or "").lower() == "and" and not before["between"]:
        return None
    count, written = number(before["count"]), number(opening["count"])  # type: ignore[index]
    amount, letter, timed = parts[0]
    scaled = count * float(amount) / written if count and written and count < written else None
    if scaled is None or scaled != int(scaled):
        return None
    value = iso_duration([(str(int(scaled)), letter, timed)])
    return Timex(before.start("count"), before.end("count"), before["count"], "DURATION", value, None, timex.guess)


def _from_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """A day the text names with what places a time by it, as one expression: units counted from it ("the day after
    Christmas" is 26 December, "two weeks before Election Day" a day, "the week before Christmas" that week, "the day
    before last Tuesday's hearing" the Monday), a weekday next to it ("the Sunday before Christmas") or a part of it
    ("the night of Sept. 11", "the early hours of Friday morning")."""
    result: list[Timex] = []
    for timex in timexes:
        begin = max(0, timex.start - 40)
        prefix = next(
            (found for pattern in PREFIXES if (found := pattern.search(text, begin, timex.start))), None
        )
        anchor = date.fromisoformat(timex.value) if prefix and ISO_DAY.fullmatch(timex.value) else None
        placed = _placed_by(prefix, anchor) if prefix and anchor and 1 < anchor.year < 9999 else None
        if prefix and prefix.re is PART_BEFORE_DAY and prefix["small"] and SMALL_HOURS_PART.fullmatch(timex.value):
            placed = "TIME", timex.value, "START"  # "the early hours of Friday morning": that morning's start
        if placed is None:
            result.append(_with_part_after(text, timex))
            continue
        type_, value, mod = placed
        result = [kept for kept in result if kept.end <= prefix.start()]  # "Two days" of "Two days before…"
        whole = text[prefix.start() : timex.end]
        result.append(replace(timex, start=prefix.start(), text=whole, type=type_, value=value, mod=mod or timex.mod))
    return result


def _with_part_after(text: str, timex: Timex) -> Timex:
    """A date in figures with the part of the day written after it, as one time: "on July 30 night"."""
    part = PART_AFTER_DATE.match(text, timex.end)
    if not part or not ISO_DAY.fullmatch(timex.value) or not any(c.isdigit() for c in timex.text):
        return timex
    value = f"{timex.value}T{PARTS_OF_DAY[part['part'].lower()]}"
    return replace(timex, end=part.end(), text=text[timex.start : part.end()], type="TIME", value=value)


def _placed_by(prefix: re.Match[str], anchor: date) -> tuple[str, str, str | None] | None:
    """The type, value and mod of the time ``prefix`` (one of ``PREFIXES``) places by the day ``anchor``; None where
    the two name no one time ("the night of 10/14 November")."""
    if prefix.re is PART_BEFORE_DAY:
        if prefix["small"]:  # "the small hours of Saturday": its start
            return "DATE", anchor.isoformat(), "START"
        day = anchor
        if prefix["first"]:  # "the night of 10/11 November": the night that starts on the 10th
            day = anchor - timedelta(days=1)
            if int(prefix["first"]) != day.day:
                return None
        return "TIME", f"{day.isoformat()}T{PARTS_OF_DAY[prefix['part'].lower()]}", edge_mod(prefix)
    if prefix.re is WEEKDAY_BEFORE_DAY:
        step = 1 if prefix["dir"].lower() == "after" else -1
        return "DATE", calendar.weekday_beyond(anchor, weekday_number(prefix["weekday"]), step).isoformat(), None
    return "DATE", _counted_from(prefix, anchor), None


def _paired_seasons(text: str, timexes: list[Timex]) -> list[Timex]:
    """Two seasons joined, the later one in the year's order second, share a year: the second takes the first's ("the
    fall and winter", told in February, are those of the year before), the first takes a year written after the second
    ("the spring and summer of 2014")."""
    result: list[Timex] = []
    for at, timex in enumerate(timexes):
        result.append(timex)
        pair, first = SEASON_PAIR.match(text, timex.end), SEASON_VALUE.fullmatch(timex.value)
        if not pair or not first or SEASON_ORDER.index(SEASONS[pair["season"]]) < SEASON_ORDER.index(first["code"]):
            continue
        following = timexes[at + 1] if at + 1 < len(timexes) else None
        if following is None or following.start >= pair.end():
            value = f"{first['year']}-{SEASONS[pair['season']]}"
            result.append(Timex(pair.start("season"), pair.end(), pair["season"], "DATE", value, None, timex.guess))
        elif following.start == pair.start("season") and (second := SEASON_VALUE.fullmatch(following.value)):
            if not re.search(r"\d", timex.text):
                result[-1] = replace(timex, value=f"{second['year']}-{first['code']}", guess=following.guess)
    return result


def _paired_quarters(text: str, timexes: list[Timex]) -> list[Timex]:
    """The first ordinal of "the second and fourth quarters" as a quarter of its own, in the year of the second."""
    result: list[Timex] = []
    for timex in timexes:
        paired = "quarters" in timex.text and QUARTER_VALUE.match(timex.value)
        pair = QUARTER_PAIR.search(text, max(0, timex.start - 20), timex.start) if paired else None
        if pair and (not result or result[-1].end <= pair.start()):
            first = f"{timex.value[:6]}{ORDINALS[pair['nth'].lower()]}"
            result.append(Timex(pair.start(), pair.end("nth"), pair["nth"], "DATE", first, None, timex.guess))
        result.append(timex)
    return result


def _paired_weekdays(text: str, timexes: list[Timex]) -> list[Timex]:
    """A weekday joined to one that comes round every week comes round too: "every Monday and Thursday"."""
    result: list[Timex] = []
    for timex in timexes:
        if result and _joins_weekly(text, result[-1], timex):
            timex = replace(timex, type="SET", value=f"XXXX-WXX-{weekday_number(timex.text)}", guess=False)
        result.append(timex)
    return result


def _joins_weekly(text: str, last: Timex, timex: Timex) -> bool:
    """Whether ``timex`` is a weekday alone joined by "and", "or" or a comma to a weekly set right before it."""
    weekly = last.type == "SET" and WEEKLY_VALUE.fullmatch(last.value)
    alone = timex.type == "DATE" and re.fullmatch(WEEKDAY, timex.text, re.IGNORECASE)
    return bool(weekly and alone and SET_JOINT.fullmatch(text, last.end, timex.start))


def _joined(text: str, timexes: list[Timex], joins: tuple[Callable[[str, Timex, Timex], bool], ...]) -> list[Timex]:
    """``timexes``, each that one of ``joins`` joins to the one before it made one expression with it, which keeps
    the first's reading."""
    result: list[Timex] = []
    for timex in timexes:
        if result and any(join(text, result[-1], timex) for join in joins):
            last = result.pop()
            timex = replace(last, end=timex.end, text=text[last.start : timex.end], guess=last.guess or timex.guess)
        result.append(timex)
    return result


def _clock_and_day(text: str, last: Timex, timex: Timex) -> bool:
    """Whether a time of day and the date it took right after it are one expression: "at 5pm on 31 March", "23:59
    GMT on 31 March 2024", "midnight on June 30, 1997", "7 a.m. that day", as "5pm on March 31" is read whole; so is
    "overnight Tuesday", though that night may be the one into Tuesday."""
    if last.type != "TIME" or timex.type != "DATE" or not ISO_DAY.fullmatch(timex.value):
        return False
    same_day = last.value.startswith(f"{timex.value}T") or last.text.lower() == "overnight"
    if not same_day or WEEKDAY_RANGE_END.match(text, timex.end):
        return False  # "9pm to 5am, Saturday to Thursday": the hours of those days, whatever day 5am fell on
    return bool(CLOCK_DAY_JOINT.fullmatch(text, last.end, timex.start))


def _night_across(text: str, last: Timex, timex: Timex) -> bool:
    """Whether "the night of February 23" and the "24" after it are one expression, the night that begins on the
    first day, as "the night of 23-24 February" is read whole: "the night of 23 to 24 February"."""
    night = NIGHT_OF.match(last.text) and NIGHT_VALUE.fullmatch(last.value)
    if not night or timex.type != "DATE" or not ISO_DAY.fullmatch(timex.value):
        return False
    next_day = date.fromisoformat(timex.value) - date.fromisoformat(night["day"]) == timedelta(days=1)
    return next_day and bool(NIGHT_JOINT.fullmatch(text, last.end, timex.start))


def _decades_of_centuries(text: str, timexes: list[Timex]) -> list[Timex]:
    """"The first decade of this century" is the 2000s, "the last decade of the 20th century" the 1990s: one
    expression, the decade of the century named after it (``DECADE_OF``)."""
    result: list[Timex] = []
    for timex in timexes:
        century = len(timex.value) == 2 and timex.value.isdigit()  # of the common era, "19"
        prefix = DECADE_OF.search(text, max(0, timex.start - 30), timex.start) if century else None
        if prefix:
            nth = DAY_ORDINALS.get(prefix["nth"].lower(), 10)  # the last is the tenth
            result = [kept for kept in result if kept.end <= prefix.start()]  # "the last decade" of "… of the 20th"
            whole = text[prefix.start() : timex.end]
            timex = replace(timex, start=prefix.start(), text=whole, value=f"{timex.value}{nth - 1}", mod=None)
        result.append(timex)
    return result


def _forward_ranges(text: str, timexes: list[Timex], context: Context) -> list[Timex]:
    """Two months joined by a dash or a slash, each with a guessed year, or two quarters or halves with none joined
    by a dash or "to", run forward: read apart backward ("January-July", told in August, as January 1997 and July
    1996), the one farther from the reference moves a year toward the other; in the past tense, not to a part that
    is still to come ("sales grew from Q1 to Q3", told in March, are last year's)."""
    result = list(timexes)
    for at in range(len(result) - 1):
        first, second = result[at], result[at + 1]
        bounds = _yearless_range(text, first, second)
        if bounds is None or bounds[0] <= bounds[1]:
            continue
        start, end = bounds
        reference = context.anchor()
        ahead = calendar.add_months(end, 12) > reference and context.tense(first.start, second.end) == "past"
        if ahead or abs((start - reference).days) > abs((end - reference).days):
            result[at] = replace(first, value=f"{int(first.value[:4]) - 1:04d}{first.value[4:]}")
        else:
            result[at + 1] = replace(second, value=f"{int(second.value[:4]) + 1:04d}{second.value[4:]}")
    return result


def _yearless_range(text: str, first: Timex, second: Timex) -> tuple[date, date] | None:
    """The first days of the parts of a year that ``first`` and ``second`` name, where they are months, quarters or
    halves, named without their years, that run from one to the other; else None."""
    starts, ends = calendar.year_part(first.value), calendar.year_part(second.value)
    if starts is None or ends is None or starts[0] != ends[0]:
        return None
    if starts[0] == "M":
        joined = first.guess and second.guess and MONTH_JOINT.fullmatch(text, first.end, second.start)
    else:
        yearless = not any(YEAR_DIGITS.search(timex.text) for timex in (first, second))
        joined = yearless and PART_RANGE_JOINT.fullmatch(text, first.end, second.start)
    return (starts[1], ends[1]) if joined else None


def _counted_from(offset: re.Match[str], anchor: date) -> str:
    """The value ``offset`` ("two weeks before", "the week after") counts to from ``anchor``."""
    unit, count = _offset_count(offset)
    day = calendar.shift(anchor, unit, count)
    return calendar.value_at(day, unit if offset["the"] else "day")


def _offset_count(offset: re.Match[str]) -> tuple[str, int]:
    """The unit ``offset`` counts in and how many of them it moves, back where negative: "the eve of" one day back."""
    if offset["eve"]:
        return "day", -1
    count = 1 if offset["the"] else int(number(offset["count"]) or 1)
    return offset["unit"].lower(), count if offset["dir"].lower() == "after" else -count


def counted_from(timex: Timex) -> Timex | None:
    """The day an expression counted from a day names, as an expression of its own: "Monday" of "two days after
    Monday" (which ``_from_days`` made one), where the count, of days or weeks, leaves a day to count back from
    (months are of many lengths: "a month after Jan. 31" is Feb. 29, as "a month after Jan. 29" is), else None; an
    expression counted from no day is itself."""
    offset = OFFSET_OPENING.match(timex.text)
    if offset is None:
        return timex
    unit, count = _offset_count(offset)
    if not ISO_DAY.fullmatch(timex.value) or unit not in ("day", "week"):
        return None
    day = calendar.shift(date.fromisoformat(timex.value), unit, -count)
    return replace(timex, start=timex.start + offset.end(), text=timex.text[offset.end() :], value=day.isoformat())


def _joined_parts(text: str, first: Timex, second: Timex) -> list[tuple[str, str, bool]] | None:
    if any(t.type != "DURATION" or not COUNTED_PART.match(t.text) for t in (first, second)):
        return None
    if not PART_JOINT.fullmatch(text, first.end, second.start):
        return None
    before, after = _parts(first.value), _parts(second.value)
    ranks = [UNIT_RANKS.index((letter, timed)) for _, letter, timed in before + after]
    return weeks_as_days(before + after) if before and after and ranks == sorted(set(ranks)) else None


def _parts(value: str) -> list[tuple[str, str, bool]]:
    """The (amount, unit letter, timed) parts of a definite duration ("PT5H51M": 5 hours, 51 minutes); none when
    vague ("PXY")."""
    match = DURATION_VALUE.fullmatch(value)
    if not match:
        return []
    days, times = AMOUNT.findall(match["date"] or ""), AMOUNT.findall(match["time"] or "")
    return [(n, letter, False) for n, letter in days] + [(n, letter, True) for n, letter in times]


def _inside(span: tuple[int, int], links: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in links)


def _stated_quarters(text: str, context: Context, matches: dict[str, list[re.Match[str]]]) -> list[tuple[int, str]]:
    """Where the text names a quarter or a half of a year, and which: what "the year-earlier period" is compared
    with."""
    quarters: list[tuple[int, str]] = []
    if not QUARTER_WORD.search(text):
        return quarters
    for name in ("quarter", "q_year", "month_span", "period"):
        for match in matches[name]:
            reading = READERS[name](match, context)
            if reading and QUARTER_VALUE.fullmatch(reading.value) and not COMPARED.search(match[0]):
                quarters.append((match.start(), reading.value))
    return sorted(quarters)


def _stated_dates(
    context: Context, matches: dict[str, list[re.Match[str]]], links: list[tuple[int, int]]
) -> list[tuple[int, int, date, int]]:
    """The dates the text names, by offset: the anchors of "that year", "the following month", "the previous Friday".

    A month or weekday without a year counts, read as the text's tense suggests ("In March … The following month").
    Each is read in text order against those before it, as the final reading is ("In 2019 … in May of that year").
    """
    stated = sorted(
        ((match.start(), -match.end(), name, match) for name in STATED for match in matches[name]),
        key=lambda found: found[:2],
    )
    reach = 0  # the furthest end of a date read so far, each of which starts at or before this match
    points: list[tuple[int, int, date, int]] = []
    for start, _, name, match in stated:
        end = match.end()
        if end <= reach or _inside((start, end), links):
            continue  # "2024" inside "16 May 2024" is no date of its own
        if name == "year" and DECADE_ENDING.match(context.text, end):
            continue  # nor is "1960" in "the 1960s"
        if name == "weekday" and context.word_before(start) in ("every", "each"):
            continue  # "every Friday" names no one day
        if name == "holiday" and context.word_before(start) not in DATING_WORDS:
            continue  # "On New Year's Day" is a day the story tells of; "the 1988 Super Tuesday" names a contest
        if name == "deictic" and match["word"].lower() not in ("yesterday", "tomorrow"):
            continue  # "closed yesterday … in the afternoon" is that day's; "today" and "now" tell no story's day
        if name == "relative" and not TOLD_POINT.fullmatch(match[0]):
            continue  # "met earlier this month … that day" is a day of it; a year so named is too coarse a point
        if name == "that_day" and not DAY_AFTER_TOLD.match(match[0]):
            continue  # "that night" may be a day the text never named; "the next day" steps on from one it did
        if name == "ago" and not YEARS_LATER.search(match[0]):
            continue  # "In 1996 … Two years later, … The next year": 1999; not "two years ago", which tells no story
        context.points = points
        reading = READERS[name](match, context)
        value, _ = point(reading.value) if reading else (None, None)
        if value and CALENDAR_POINT.fullmatch(value):  # not a holiday's week ("Easter weekend")
            parts = [int(p) for p in value.split("-")]
            reach = max(reach, end)
            points.append((start, end, date(*(parts + [1, 1])[:3]), len(parts)))
    return points
