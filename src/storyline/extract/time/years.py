"""Readers of years and their parts: years and ranges of them, years written short ("'08", "FY24"), decades,
centuries, quarters and halves.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from . import calendar
from .bases import compared_with
from .context import DIRECTION, Context, Reading, Unanchored
from .dates import full_year, opening_year, year_for
from .lexicon import DECADE_WORDS, ORDINALS, POSSESSIVES, SEASONS
from .patterns import MONTH, MONTHS_SPAN, QUARTER_WORD, ZONE_24
from .titles import NAME_BESIDE
from .values import MONTH_END_NEAR, REPORTING_LAG, edge_mod, reporting_quarter, unknown
from .words import capitalized, day_number, month_number, number

# "second quarter output figures will be published": the figures of a part of the year come after it
FIGURES_OF = re.compile(
    r"[-\s]+(?:[\w-]+\s+)?(?:results|figures|data|numbers|statistics|estimates|earnings)\b", re.IGNORECASE
)
# "the quarter ended June 30": the quarter is the one that holds the month it ends in
# "its fourth quarter, ended June 30", "the final quarter of the year to March 31, 1997": a fiscal one, by its last
# month
ENDED_IN = re.compile(
    rf",?\s+(?:ended|ending|to)\s+(?:in\s+)?{MONTH}(?:\s+\d\d?\b)?(?:,?\s+(?P<endyear>(?:19|20)\d\d)\b)?", re.IGNORECASE
)
# what is aimed at the end of a period: "a revised end-year forecast", "the year-end target"
AIMED_AT = re.compile(r"\s+(?:forecasts?|targets?|goals?|estimates?|projections?|outlook|deadline)\b", re.IGNORECASE)
# "the quarter-finals", "the quarterfinal" are rounds of a contest
RANGE_END_YEAR = re.compile(r"[-–]Q[1-4]\s+(?P<year>(?:19|20)\d\d)\b")  # the year "Q1" of "Q1-Q3 2025" is in
# what a company reports for a half ("H1 net profit", "expects losses in H2")
_RESULTS = r"\b(?:results?|net|profits?|loss(?:es)?|earnings|revenues?|sales|outlook|guidance|margins?|EBITDA)\b"
RESULTS, RESULTS_AFTER = re.compile(_RESULTS, re.IGNORECASE), re.compile(rf"\s+{_RESULTS}", re.IGNORECASE)
QUARTER_FINAL = re.compile(r"-?finals?\b", re.IGNORECASE)
# "the first half of the game", "the latter half of the '90s": a part of something other than a year
PART_OF_OTHER = re.compile(r"\s+of\s+(?!fiscal\b|(?:19|20)\d\d\b)")
LEVELS = {"low", "lower", "high", "higher", "upper"}
# decades in words and a joint before another: "the eighties and nineties", "the fifties, sixties and seventies"
_DECADE_WORD = rf"(?:(?:early|mid|late)[-\s]*)?(?:(?:nineteen|twenty)[-\s])?(?:{'|'.join(DECADE_WORDS)})"
_DECADE_JOINT = r"\s*(?:,\s*|,?\s+(?:and|or|to|through|into)\s+|[-–])"
_WORD_DECADE_JOINED = re.compile(
    rf"\bthe\s+{_DECADE_WORD}(?:{_DECADE_JOINT}{_DECADE_WORD})*{_DECADE_JOINT}$", re.IGNORECASE
)
# In a sentence with these, "the 90s" is a reading on a scale
MEASURES = re.compile(
    r"\btemperatures?\b|\bdegrees\b|°|\bfahrenheit\b|\bcelsius\b|\bmph\b|\bapproval\b", re.IGNORECASE
)
AGES = re.compile(rf"\b(?:{'|'.join(POSSESSIVES)})\s+\d0s(?:\s*,\s*\d0s)*\s*,?\s*(?:and|or|to)?\s+$", re.IGNORECASE)
# what leads a year written as an apostrophe and two digits: a preposition, or another such year in a list ("in '06,
# '07", "between '05 and '09")
SHORT_YEAR_LEAD = re.compile(
    r"(?:\b(?:in|of|since|from|until|till|through|between|and|or|to|by|during|before|after|circa)|['’]\d\d\s*,)\s+$",
    re.IGNORECASE,
)
# a number before these is no year: a second number ("1990-1985"), a clock time ("12:30", "(1845 GMT)"), a letter
# that makes it a series' name ("Series 1996-A"). A plural noun after it is no sign of a count, as a count of a
# thousand or more is written with a comma: "the 2012 attacks", "2005 levels"; the counts written without one follow
# a count's word ("some 1500 troops")
YEAR_NOT_FOLLOWED_BY = re.compile(rf"\s*(?:[-–]\s*\d|:\d)|\s+(?:{ZONE_24})\b|-[A-Z]\b")
# before a number that names a thing, not a year: "Resolution 1973", "Co. 1691", "Room 2010", "No. 1999", "(EC) No
# 2214/97", "Article 1969 of the code", "Gate 2019"; a clock's time after its label ("Time: 1600"), a telephone
# number's last digits ("212 859 1646", "(212) 859 1646", "+34 1 585 2161", "61-2 9373 1800")
NUMBERED = re.compile(
    r"\b(?:(?:resolutions?|number|room|flight|route|highway|interstate|suite|unit|box|apartment|item|pages?"
    r"|article|section|chapter|paragraph|clause|gate|platform|exit|bus|train|model|volume|vol\."
    r"|terminal|channel|district|precinct|ward|lot)\s+"
    r"|(?:no|nos|co|apt|pp?)\.\s*|(?<=[a-z)]\s)(?-i:No|Nos)\s+)#?\s*$|#\s*$|\btime:\s*$"
    r"|(?:\+\d{1,3}[ .-]|\(\d{2,4}\)\s*|\b\d{1,4}[ .-])(?:\d{1,4}[ .-])*(?!1[6-9]\d\d|2[01]\d\d)\d{3,4}[ .-]$",
    re.IGNORECASE,
)
# "a poll of 2047 registered voters", "more than 1800 people": a count of people or things, not a year; after "at",
# what a year's figures are ("at 1990 prices")
PLURAL_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?!(?:is|was|has|as|this|its|does|says)\b)"
    r"(?:[a-z]+s|people|men|women|children|personnel|staff)\b"
)
# "edged up toward its 2000 level", told in 1996: an index's level, where no year to come can have one yet
LEVEL_AFTER = re.compile(r"\s+(?:level|mark|barrier|threshold|handle)s?\b", re.IGNORECASE)
# "1844.00 1844.00 2000 3688.000": a figure among the decimals of a table's row, not a year
DECIMAL_BEFORE = re.compile(r"\d\.\d+[ \t]+$")
DECIMAL_AFTER = re.compile(r"[ \t]+\d+\.\d")
# "Perth 20 14 2 4 2112 1743 118.5": a figure after a count in a table's row
COUNT_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}[ \t]+(?:\d+[ \t]+)?$")
FIGURE_AFTER = re.compile(r"[ \t]+\d")
COUNT_LEADS = {"of", "among", "than", "some", "about", "nearly", "almost", "approximately", "roughly", "only"}
# a year of the next century is one only where a point in time is looked for ("by 2100", "in 2150", "the year 2100");
# "sold 2100 units" is a count
FAR_YEAR_LEADS = {"by", "in", "until", "till", "to", "through", "before", "after", "beyond", "year"}


def year(match: re.Match[str], ctx: Context) -> Reading | None:
    value = int(match["year"])
    qualified = match["fiscal"] or match["edge"] or match["period"]
    if not qualified and YEAR_NOT_FOLLOWED_BY.match(ctx.text, match.end()):
        return None
    plural_after = PLURAL_AFTER.match(ctx.text, match.end())
    if not qualified and ctx.word_before(match.start()) in COUNT_LEADS and plural_after:
        return None
    if not qualified and ctx.word_before(match.start()) == "at" and not plural_after:
        return None  # "moved at 1700", "closed at 2082": a clock time or a level
    if not qualified and NUMBERED.search(ctx.text, max(0, match.start() - 20), match.start()):
        return None
    if value >= 2100 and not qualified and ctx.word_before(match.start()) not in FAR_YEAR_LEADS:
        return None
    if _in_figures_row(match, ctx) or not qualified and _level_to_come(match, ctx, value):
        return None
    period = (match["period"] or "").lower()
    if period == "period" and _months_compared(match, ctx):
        return Reading("DATE", f"{value:04d}")  # "in the first nine months, … against … in the 1988 period"
    if (period == "quarter" or period == "period" and ctx.quarterly) and ctx.reference:
        named = ctx.named_quarter(match.start())  # "the third quarter … the 1988 period" is 1988's third quarter
        part = named[1] if named and (period == "period" or named[1][0] == "Q") else None
        part = part or f"Q{calendar.quarter(reporting_quarter(ctx.reference))}"
        return Reading("DATE", f"{value:04d}-{part}")
    return Reading("DATE", f"{value:04d}", edge_mod(match))


def _months_compared(match: re.Match[str], ctx: Context) -> bool:
    """Whether "the 1988 period" or "the year-earlier period" is compared with a span of months its sentence names
    before it ("the first nine months"), not with a quarter: the period is that year's months, no quarter of it."""
    begin = ctx.sentences.around(match.start(), match.end())[0]
    months = list(MONTHS_SPAN.finditer(ctx.text, begin, match.start()))
    quarter = QUARTER_WORD.search(ctx.text, months[-1].end(), match.start()) if months else None
    return bool(months) and quarter is None


def _level_to_come(match: re.Match[str], ctx: Context, value: int) -> bool:
    """Whether "the 2000 level" is a figure's level: a year still to come has none ("below 2005 levels" is one)."""
    if not LEVEL_AFTER.match(ctx.text, match.end()):
        return False  # the reference is read only here, as reading it marks the year a guess where it is inferred
    return ctx.reference is not None and value > ctx.reference.year


def _in_figures_row(match: re.Match[str], ctx: Context) -> bool:
    """Whether a year-like number stands among a table's figures: between decimals ("1844.00 1844.00 2000
    3688.000") or after a count ("Perth 20 14 2 4 2112 1743 118.5")."""
    start, end = match.start(), match.end()
    if DECIMAL_BEFORE.search(ctx.text, max(0, start - 20), start) and DECIMAL_AFTER.match(ctx.text, end):
        return True
    return ctx.ends_before(COUNT_BEFORE, start) and bool(FIGURE_AFTER.match(ctx.text, end))


def year_range(match: re.Match[str], ctx: Context) -> Reading | None:
    """Either end of "1979-89", "2008-9" or "2009-2013" as a year; "2024-01" (a month) and "1990-1985" are no range."""
    is_start = bool(match.groupdict().get("year"))
    first = int(match["year"] if is_start else ctx.text[match.start() - 5 : match.start() - 1])
    end, written = int(match["end"]), len(match["end"])
    last = end if written == 4 else first - first % 10**written + end  # the end's digits replace the start's last ones
    if not first < last < first + 100:
        return None
    opening = match.start() if is_start else match.start() - 5
    if NUMBERED.search(ctx.text, max(0, opening - 20), opening):
        return None  # "Regulation (EC) No 2214/97"
    return Reading("DATE", f"{first if is_start else last:04d}")


def spoken_year(match: re.Match[str], ctx: Context) -> Reading | None:
    words = re.sub(r"^the\s+year\s+", "", match["spoken"].lower())
    if century := next((word for word in ("nineteen", "twenty") if words.startswith(word)), None):
        rest = number(words[len(century) :].strip(" -"))
        if not rest or rest < 10:
            return None  # "nineteen five", "twenty five": counts, no years said so
        value = f"{19 if century == 'nineteen' else 20}{int(rest):02d}"
    else:
        rest = number(words.split(" and ")[1]) if " and " in words else 0
        value = f"{2000 + int(rest or 0):04d}"
    if match["month"]:
        if not capitalized(match["month"], match[0]):
            return None
        return Reading("DATE", f"{value}-{month_number(match['month']):02d}")
    return Reading("DATE", f"{value}-{SEASONS[match['season'].lower()]}" if match["season"] else value)


def decade(match: re.Match[str], ctx: Context) -> Reading | None:
    if match["word"]:
        named = match[0].lower().startswith("the") or ctx.ends_before(_WORD_DECADE_JOINED, match.start())
        if not named or _measured(match, ctx):
            return None  # "temperatures could reach the fifties": a number too
        digit = DECADE_WORDS[match["word"].lower()]
        century = "20" if (match["century_word"] or "").lower() == "twenty" or digit == 0 else "19"
        return Reading("DATE", f"{century}{digit}", edge_mod(match))
    if not match["century"] and (ctx.word_before(match.start()) in POSSESSIVES or ctx.ends_before(AGES, match.start())):
        return None  # "in his 30s", "in their 40s, 50s and 60s" are ages
    if match["decade"] and not match["century"] and (
        ctx.word_before(match.start()) in LEVELS
        or (match["edge"] or "").lower().startswith("mid")
        or _measured(match, ctx)
    ):
        return None  # "an approval rating in the low 50s", "temperatures will reach the 90s": numbers
    digit = match["decade"] or match["short"]
    if digit == "0" and match["century"] and match["century"] < "20":
        return Reading("DATE", match["century"], edge_mod(match))  # "the early 1900s" are the 20th century's start
    century = match["century"] or ("20" if digit in "012" and ctx.reference and ctx.reference.year >= 2010 else "19")
    return Reading("DATE", f"{century}{digit}", edge_mod(match))


def _measured(match: re.Match[str], ctx: Context) -> bool:
    """Whether the sentence of a decade-like number measures a scale (``MEASURES``), where it is a reading on it."""
    return bool(MEASURES.search(ctx.text, *ctx.sentences.around(match.start(), match.end())))


# the start of a range that a year before 1600 may end: "from 1368 to ", "between AD 960 and "
EARLY_RANGE_START = re.compile(r"\b(?:from|between)\s+(?:AD\s+)?(?P<first>\d{3,4})\s+(?:to|until|and)\s+$")
# the end of a range of figures after its start: " to 1250" of "from 1100 to 1250 points"
RANGE_END_AFTER = re.compile(r"\s*(?:to|and|[-–])\s*[\d,.]+")
# a change of a figure before "from": "the index rose from 1100"
CHANGED_FROM = re.compile(
    r"\b(?:rose|fell|climbed|dropped|increased|decreased|jumped|slid|slipped|grew|declined|soared|plunged|up|down)"
    r"(?:\s+[\w%$.,'’-]+){0,3}?\s+from\s+$",
    re.IGNORECASE,
)


def early_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """A year before 1600 after a preposition of time ("in 1066", "since 1453"), not a count of things ("resulted in
    1500 arrests"); after "to" or "and", only where such a year starts the range ("from 1368 to 1644")."""
    ended = RANGE_END_AFTER.match(ctx.text, match.end())
    if PLURAL_AFTER.match(ctx.text, ended.end() if ended else match.end()):
        return None  # "in 1500 arrests", "from 1100 to 1250 points"
    begun = match.start()
    if ctx.word_before(match.start()) in ("to", "and"):
        start = EARLY_RANGE_START.search(ctx.text, max(0, match.start() - 40), match.start())
        if start is None:
            return None
        begun = start.start("first")
    if ctx.ends_before(CHANGED_FROM, begun, reach=60):
        return None  # "the index rose from 1100 to 1250"
    return Reading("DATE", f"{int(match['year']):04d}")


def era_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """A year of the common era's count, before it or in it: "753 BC" is ``BC0753``, "AD 610" ``0610``."""
    year_ = int(match["num"] or match["ad"])
    if year_ == 0:
        return None
    if match["era"] and match["era"].startswith("B"):
        return Reading("DATE", calendar.year_value(1 - year_))
    return Reading("DATE", calendar.year_value(year_))


def century(match: re.Match[str], ctx: Context) -> Reading | None:
    if match[0].endswith("Century") and NAME_BESIDE.match(ctx.text, match.end()):
        return None  # "21st Century Fox"
    era = "BC" if match["bc"] or match["bc_then"] else ""
    return Reading("DATE", f"{era}{day_number(match['nth'] or match['nth_word']) - 1:02d}", edge_mod(match))


def turn(match: re.Match[str], ctx: Context) -> Reading:
    """"The turn of the century", about the year one gave way to the next: the 20th century's is 1900; an unnamed
    century's the one nearest the telling, or the coming one in the last fifth of a century (told in 1998, 2000).
    A decade's turns the same way; "the turn of the year" is the New Year's Day the tense points to."""
    what = match["what"].lower()
    if match["nth"]:
        year_ = (int(match["nth"]) - 1) * 100
    elif what == "millennium":
        year_ = 2000
    elif ctx.reference is None:
        return Reading("DATE", unknown("day" if what == "year" else "year"))
    elif what == "year":
        return Reading("DATE", f"{_new_year(match, ctx):04d}-01-01", "APPROX")
    else:
        size = 100 if what == "century" else 10
        year_ = (ctx.anchor().year + size // 5) // size * size
    return Reading("DATE", calendar.year_value(year_), "APPROX")


def _new_year(match: re.Match[str], ctx: Context) -> int:
    """The year whose first day "the turn of the year" is: the last one in the past tense, the next in the future,
    else the nearer."""
    reference, tense = ctx.anchor(), ctx.tense(match.start(), match.end())
    ahead = tense == "future" or tense == "none" and reference.month >= 7
    return reference.year + ahead


def quarter(match: re.Match[str], ctx: Context) -> Reading | None:
    reading = _quarter(match, ctx)
    return replace(reading, mod=edge_mod(match)) if reading else None


def _quarter(match: re.Match[str], ctx: Context) -> Reading | None:
    nth = match["nth"].lower()
    part = match["part"].lower()
    granularity = "half" if part == "half" else "quarter"
    if PART_OF_OTHER.match(ctx.text, match.end()):
        return None
    stated = match["year"] or match["ofyear"]
    rel = "the" if match["ofits"] else (match["rely"] or match["ofrel"] or "").lower()  # "of its fiscal year"
    unbound = not (stated or rel or match["ago"] or match["fiscal"]) and nth not in ("year-earlier", "year-ago")
    if unbound and ctx.in_game(match.start(), match.end()):
        return None  # "early in the second half", "a 30-10 lead heading into the last quarter": the game's
    try:
        reported = reporting_quarter(ctx.anchor())
    except Unanchored:
        return Reading("DATE", unknown("quarter"))
    if nth in ("year-earlier", "year-ago") or match["ago"]:
        if named := year_before_named(match, ctx, granularity):
            return Reading("DATE", named)
        return Reading("DATE", calendar.value_at(calendar.shift(reported, "year", -1), granularity))
    if nth == "current":
        return Reading("DATE", calendar.value_at(ctx.anchor(), granularity))
    ends_year = nth in ("last", "final") and (stated or rel not in ("", "the"))  # "the last quarter of 1996"
    latest = nth in ("latest", "same", "fiscal", "past", "previous", "prior")
    latest = latest or nth == "last" and part == "quarter"
    if latest and not ends_year:
        if nth in ("latest", "past", "previous", "prior", "last"):  # the last one over: "last quarter", told in June
            reported = calendar.shift(ctx.anchor(), granularity, -1)
        return Reading("DATE", calendar.value_at(reported, granularity))
    # "the last half", "the latter half" and "the back half" are the second, "the final quarter of 1996" the fourth;
    # "the front half" the first
    last = nth in ("last", "final", "latter", "back")
    index = (2 if granularity == "half" else 4) if last else 1 if nth == "front" else ORDINALS[nth]
    if granularity == "half" and index > 2:
        return None
    letter = "Q" if granularity == "quarter" else "H"
    if stated:
        year_ = int(stated)
    elif rel and rel != "the":
        year_ = ctx.anchor().year + DIRECTION[rel]  # "next year" counts from the telling, not the quarter reported
    elif ended := ENDED_IN.match(ctx.text, match.end()):  # "its fourth quarter, ended June 30": a fiscal one
        year_ = _ended_year(ended, ctx)
    else:  # "the third quarter of the year", told in January, is last year's, as "the third quarter" is
        # what is compared with, or whose figures are told, has no tense of its own
        told = not compared_with(ctx.text, match.start(), match.end()) and not FIGURES_OF.match(ctx.text, match.end())
        tense = ctx.tense(match.start(), match.end()) if told else "none"
        opened = opening_year(match, ctx) if tense != "future" else None
        year_ = _year_of_earlier_part(match, ctx, letter, index, tense) or opened
        year_ = year_ or _unstated_year(index, granularity, reported, tense)
        if rel == "the" and tense == "future":
            year_ = max(year_, ctx.anchor().year)  # "in the second half of the year", to come, told in January
    return Reading("DATE", f"{year_:04d}-{letter}{index}")


def year_before_named(match: re.Match[str], ctx: Context, granularity: str | None = None) -> str | None:
    """The same quarter or half a year before the one named last (``Context.named_quarter``); of ``granularity``
    alone, where the words say which."""
    named = ctx.named_quarter(match.start())
    if named is None or granularity and named[1][0] != granularity[0].upper():
        return None
    return f"{named[0] - 1:04d}-{named[1]}"


def _year_of_earlier_part(match: re.Match[str], ctx: Context, letter: str, index: int, tense: str) -> int | None:
    """The year of an earlier quarter or half (``letter`` Q or H) named just before (``Context.named_quarter``),
    which a later one goes on in: "expects the first half of fiscal 1990 to be hard, but a pickup in the second
    half"; told in the past, not a part still to come ("sales grew from the first quarter to the third", told in
    March: last year's third, and so its first)."""
    named = ctx.named_quarter(match.start())
    if named is None or named[1][0] != letter or int(named[1][1]) >= index:
        return None
    return None if tense == "past" and calendar.part_start(named[0], letter, index) > ctx.anchor() else named[0]


def _quarter_ended(ended: re.Match[str], ctx: Context) -> str:
    """The calendar quarter most of a quarter "ended July 31" lies in, its middle month's (May to July: the second)."""
    middle = calendar.add_months(date(_ended_year(ended, ctx), month_number(ended["month"]), 1), -1)
    return calendar.value_at(middle, "quarter")


def _ended_year(ended: re.Match[str], ctx: Context) -> int:
    """The year of the month a quarter "ended in", the last such month; of the one it is "ending in" or runs "to",
    the nearest; the year written after the month where there is one."""
    if ended["endyear"]:
        return int(ended["endyear"])
    month, anchor = month_number(ended["month"]), ctx.anchor()
    if "ended" in ended[0].lower():
        return anchor.year - (month > anchor.month)
    return calendar.month_year(anchor, month, "none")


def _part_of_year(day: date, granularity: str) -> int:
    return calendar.quarter(day) if granularity == "quarter" else (1 if day.month <= 6 else 2)


def _begun(index: int, granularity: str, reported: date) -> bool:
    """Whether the ``index``th quarter or half of the reported quarter's year had begun when the text was written."""
    written = reported + REPORTING_LAG
    return written.year > reported.year or _part_of_year(written, granularity) >= index


def _unstated_year(index: int, granularity: str, reported: date, tense: str) -> int:
    """The year of the ``index``th quarter or half named without one, seen from the quarter results report on."""
    current = _part_of_year(reported, granularity)
    if index > current + 1 and tense != "future" or tense == "past" and not _begun(index, granularity, reported):
        return reported.year - 1  # "profit fell in the third quarter", told in May, is last year's
    if index < current and tense == "future":
        return reported.year + 1  # "to be completed by the end of the first quarter", told in November
    return reported.year


def short_year(match: re.Match[str], ctx: Context) -> Reading | None:
    if match["bare"] and not ctx.ends_before(SHORT_YEAR_LEAD, match.start()):
        return None  # "the movie ’13 Hours’", "her '07 Ford": a title or a model, no time
    short = int(match["short"])
    if match["century"]:
        return Reading("DATE", f"{match['century']}{short:02d}")
    return Reading("DATE", f"{full_year(short, ctx):04d}", guess=ctx.reference is None)


def month_span(match: re.Match[str], ctx: Context) -> Reading | None:
    if not capitalized(match["last"], match[0]) or match["month"] and not capitalized(match["month"], match[0]):
        return None
    last, part = month_number(match["last"]), match["part"].lower()
    if match["month"]:
        first = month_number(match["month"])
    elif part == "period":
        return None  # "the September period" says not how long it ran
    else:
        first = (last - (3 if part == "quarter" else 6)) % 12 + 1
    months = (last - first) % 12 + 1
    if first % 3 != 1 or months not in (3, 6) or months == 6 and first not in (1, 7):
        return None
    year_ = int(match["ofyear"]) if match["ofyear"] else year_for(match, ctx, last, None)[0]
    if year_ is None:
        return Reading("DATE", unknown("quarter"))
    if months == 3:
        return Reading("DATE", f"{year_:04d}-Q{first // 3 + 1}")
    return Reading("DATE", f"{year_:04d}-H{first // 6 + 1}")


def _end_of(match: re.Match[str], ctx: Context, which: str) -> Reading:
    """"By week's end", "month-end", "by year's end": the end of the week, month or year the telling falls in, or of
    the last one where told in the past before this one's end is near ("prices rose at month's end", told on the 7th;
    "the change is counted since year-end", told before December); "this month-end", "last year-end" as counted from
    the telling. "Year-end" is December 31, as TimeBank dates it."""
    unit = next(unit for unit in ("week", "month", "year") if which.startswith(unit))
    day_end = unit == "year" and not which.startswith(("year's", "year’s"))
    reference = ctx.reference
    if reference is None:
        return Reading("DATE", "XXXX-12-31") if day_end else Reading("DATE", unknown(unit), "END")
    near = {
        "week": reference.isoweekday() >= 5, "month": reference.day >= MONTH_END_NEAR, "year": reference.month == 12
    }[unit]
    aimed = AIMED_AT.match(ctx.text, match.end())  # "a year-end forecast" is for the end to come, told in any tense
    past = ctx.tense(match.start(), match.end()) == "past" and not near and not aimed
    ended = calendar.shift(reference, unit, DIRECTION[rel] if (rel := (match["end_rel"] or "").lower()) else -past)
    if day_end:
        return Reading("DATE", f"{ended.year:04d}-12-31")
    return Reading("DATE", calendar.value_at(ended, unit), "END")


def q_year(match: re.Match[str], ctx: Context) -> Reading | None:
    letter, index = _numbered(match, "letter"), int(_numbered(match, "q"))
    if letter.islower() or letter == "H" and index > 2:
        return None  # "q3" in lower case is no quarter, "H3" no half
    short = match["fy"] or _numbered(match, "yy")  # "FY24", "Q3'24", "3Q24"
    ranged = match["letter7"] and RANGE_END_YEAR.match(ctx.text, match.end())
    year_ = _numbered(match, "year") or match["qyear"] or (short and full_year(int(short), ctx))
    year_ = year_ or ranged and ranged["year"]
    if match["qrely"] and ctx.reference is not None:
        year_ = ctx.named_year(match["qrely"].lower(), match.start())  # "Q1 next year"
    if not year_:
        if letter == "H" and not _results_beside(match, ctx) or ctx.reference is None:
            return None  # "H2" alone is hydrogen as often as a half, but not in "results in H2"
        tense = ctx.tense(match.start(), match.end())
        granularity = "half" if letter == "H" else "quarter"
        year_ = _unstated_year(index, granularity, reporting_quarter(ctx.reference), tense)
    return Reading("DATE", f"{int(year_):04d}-{letter}{index}", edge_mod(match))


def _results_beside(match: re.Match[str], ctx: Context) -> bool:
    """Whether a half named alone ("H2") is one of a company's results: its results right after it ("H1 net profit"),
    or after "in" or "for" in a sentence that tells of them ("expects losses in H2"); not "H2 fuel cells"."""
    if RESULTS_AFTER.match(ctx.text, match.end()):
        return True
    told = ctx.word_before(match.start()) in ("in", "for", "during")
    return told and bool(RESULTS.search(ctx.text, *ctx.sentences.around(match.start(), match.end())))


def _numbered(match: re.Match[str], name: str) -> str:
    """The group ``name``, or ``name`` with a number ("letter2", "q5"), that the alternative matched sets."""
    return next((value for key, value in match.groupdict().items() if value and key.rstrip("0123456789") == name), "")


def period(match: re.Match[str], ctx: Context) -> Reading | None:
    which = (match["which"] or match["adj"] or "").lower()
    if which.endswith("end") or which.startswith("end-"):
        return _end_of(match, ctx, which.removeprefix("end-"))  # "end-year" is "year-end"
    try:
        reported = reporting_quarter(ctx.anchor())
    except Unanchored:
        return Reading("DATE", unknown("quarter"))
    if match["bare"]:
        other = PART_OF_OTHER.match(ctx.text, match.end()) or QUARTER_FINAL.match(ctx.text, match.end())
        ended = ENDED_IN.match(ctx.text, match.end())
        if not (ctx.quarterly or ended) or other:
            return None  # "the quarter of caucus voters" is a share
        if ended:
            return Reading("DATE", _quarter_ended(ended, ctx))
        return Reading("DATE", calendar.value_at(reported, "quarter"))
    if which in ("year-earlier", "year-ago") or match["back"] or match["lasts"]:
        if _months_compared(match, ctx):  # "for the nine months, … the year-earlier period": of the year reported on
            named = ctx.named_quarter(match.start())
            return Reading("DATE", f"{(named[0] if named else reported.year) - 1:04d}")
        if named := year_before_named(match, ctx):
            return Reading("DATE", named)
        granularity = "quarter" if ctx.quarterly else "year"
        return Reading("DATE", calendar.value_at(calendar.shift(reported, "year", -1), granularity))
    if which == "latest":
        return Reading("DATE", calendar.value_at(reported, "quarter"))
    return None
