"""Readers of dates counted from another: "three years ago", "last week", "the next day", "this time last
year", "the end of the month".
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from . import calendar
from .context import DIRECTION, Context, Reading, Unanchored
from .dates import DAY_PREPOSITIONS, ISO_DAY, modifies, month, month_year, named_day, weekday, weekday_for, weeks_away
from .habits import habit_around
from .lexicon import DAY_WORDS, PARTS_OF_DAY, POSSESSIVES, SEASONS, STAMP_UNITS, UNITS, WEEKDAY_NAME
from .patterns import MONTH, PATTERNS, WEEKDAY
from .titles import SENTENCE_START, in_headline, in_title, weekday_named
from .values import MONTH_END_NEAR, approx_mod, duration, edge_mod, granularity_of, reporting_quarter, unknown
from .words import number, title_cased, weekday_number
from .years import century, decade, year, year_before_named

# "the year ended June 30", "the year since the coup", "the month to 28 February": a span of that length, not the
# current year or month
PERIOD_SPAN = re.compile(
    r"\s+(?:since\b|(?:ended|ending|through|to)\s+(?:in\s+|on\s+)?"
    rf"(?=\d|{MONTH}|{WEEKDAY}|(?:the\s+)?end\b|(?:mid|early|late|yesterday|today|tomorrow|last|this|next|come)\b))"
)
SECONDS = {"second": 1, "minute": 60, "hour": 3600}
GRANULARITIES = ("day", "weekend", "week", "month", "quarter", "year", "decade", "century")  # finest first
# "the year" set beside a year or said to be one: "in 2010, the year the court ruled", "2016 will be the year…"
YEAR_NAMED_BEFORE = re.compile(r"\b(?P<year>1[5-9]\d\d|20\d\d)(?:,|\s+(?:will\s+be|would\s+be|was|is))\s+$")
# "the same week as the vote on March 9": the date is the clause's, where it gives one
SAME_AS = re.compile(r"\s+(?:that|as|when)\b", re.IGNORECASE)
# "the same day as the first debate": the event whose day it shares, by its noun
AS_EVENT = re.compile(
    r"\s+as\s+(?:the|his|her|their|its|[A-Z][\w'’.-]*['’]s)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z][\w-]{2,})"
    r"(?=\s*(?:[.,;:!?)]|$|\s+(?:in|on|at|of|and|but|when|which|that)\b))"
)
# the month or year a day lies in, right after it: "that day in April", "that day back in May 2011"
PERIOD_AFTER = re.compile(r"\s+(?:back\s+)?(?:in|of)\s+")
# what makes a day counted ("the second day of the offensive") one: the telling's, or a weekday's
DAY_COUNTED = re.compile(
    rf"\b(?:it\s+is|it['’]s|this\s+is|(?:today|(?P<weekday>{WEEKDAY_NAME}))\s+(?:is|was|marks|marked))\s+$",
    re.IGNORECASE,
)
YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d\d)?")  # a value known to the year or the month, no finer
# a part of the day before a noun names a kind of thing, not a time: "the morning shows", "an early-morning tweet"
# (but "the early morning hours" are a time, where "overnight hours" are a kind: see ``times.KIND_AFTER``)
PART_QUALIFIES = re.compile(
    r"\s+(?:shows?|news|newscasts?|meetings?|sessions?|briefings?|attacks?|raids?|tweets?|e-?mails?|calls?|papers?"
    r"|editions?|programs?|rush|commute|prayers?|traffic|flights?|services?)\b",
    re.IGNORECASE,
)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
SEASON_WITHIN = re.compile(r"\b(?:in|during)\s+(spring|summer|autumn|winter)\b", re.IGNORECASE)  # "in summer"
EDGE_MONTHS = {"MID": 1, "END": 2}  # how far into a season its middle and its late part begin
ANAPHORIC = {"that", "following", "previous", "prior", "same", "that same"}
POINTING_BACK = re.compile(r"\b(?:that|same)\b", re.IGNORECASE)  # "that day", "the same night": a day told before
# after "that Saturday" whose "that" opens a clause, the day its subject: "recalled that Sunday would have been her
# anniversary", "stated that Thursday's debate was…"
THAT_CLAUSE = re.compile(
    r"['’]s\b|\s+(?:would|will|was|is|could|might|may|must|should|had|has|marks?|marked|became|becomes)\b"
)
# after "the week", "the month", "the year" counted from an event the text does not date: "the month after her
# victory has been squandered" (not "in March, the month after the old judge died", which names it)
COUNTED_FROM = re.compile(r"\s+(?:after|before|following)\b", re.IGNORECASE)
SINCE_AFTER = re.compile(r"\s+since\b", re.IGNORECASE)  # "in the week since the attack": a span up to the telling
# "the fall in oil prices", "this fall in the ruble": a drop in something measured, not the season
DROP_IN = re.compile(
    r"\s+in\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:prices?|values?|costs?|demand|supply|sales|profits?|earnings|output"
    r"|production|exports|imports|revenues?|income|shares|stocks?|markets?|oil|rates?|unemployment|inflation|crime"
    r"|numbers?|support|approval|ratings?|turnout|popularity|spending|investment|growth|wages|temperatures?|births"
    r"|population|membership|attendance|currency|dollar|ruble|rouble|pound|euro|yen|rupee|yuan)\b"
)
# "in 1998, their last year in power": whose final one, no deictic "last" ("her" may be an object: "endorsed her last
# summer")
FINAL_OWNER = re.compile(rf"\b(?:{'|'.join(sorted(POSSESSIVES - {'her'} | {'its'}))})\s+$", re.IGNORECASE)
# "the flavor of the week", "player of the year", "Employee of the Month": an accolade, no time
ACCOLADE = re.compile(
    r"\b(?:flavou?r|person|man|woman|player|employee|coach|rookie|athlete|sportsman|sportswoman|manager|personality"
    r"|newcomer|volunteer|teacher|entrepreneur|businessman|businesswoman)s?\s+of\s+$",
    re.IGNORECASE,
)
# "a year on" is a year later, "a year prior" a year earlier
DIRECTIONS = {
    "on": "later", "before": "earlier", "prior": "earlier", "after that": "later", "before that": "earlier",
    **{f"{mark}{s} time": "hence" for mark in "'’" for s in ("s", "")},  # "in two years' time"
}
# "in about two years' time": a time counted from now, not a span
IN_BEFORE = re.compile(r"\b(?:in|within)\s+(?:(?:about|some|just|only|another)\s+)?$", re.IGNORECASE)
# "Now, 60 days later, she could speak of it once more": the count ends at the telling
NOW_BEFORE = re.compile(r"\bnow,?\s+$", re.IGNORECASE)
# the present perfect ("little has changed", "have not resumed"), or a present "has", which reach up to the telling
PERFECT = re.compile(r"\b(?:has|have)\b(?!\s+to\b)", re.IGNORECASE)
# a figure compared with its value so long before: "up from 4.5% a year earlier", "than a year earlier"
FIGURE_BASE = re.compile(
    r"\b(?:than|from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:[^\s,;:]+\s+){0,4}$", re.IGNORECASE
)
POSSESSIVE_AFTER = re.compile(r"['’]s\b")


class Count(NamedTuple):
    """What "three years ago" or "a decade later" counts: how many of which unit, which way, and its modifier."""

    amount: float
    granularity: str
    direction: str  # "ago", "later", "earlier", "hence", "from now"…
    since: list[str]  # "a year ago this month", "a year ago today": the finer unit named after it
    mod: str | None

    @property
    def later(self) -> bool:
        return _forward(self.direction)


def _forward(direction: str) -> bool:
    """Whether a count runs forward: "later", "hence", "from now", "from today"."""
    return direction in ("later", "hence") or direction.startswith("from")


def ago(match: re.Match[str], ctx: Context) -> Reading | None:
    unit = match["unit"]
    if not match["num"] and not match["the"] and not unit.lower().endswith("s"):
        return None  # "years ago" is vague; "year ago" no expression
    amount = 1 if match["the"] else number(match["num"]) if match["num"] else None  # "from the year earlier"
    if amount is not None and match["half"]:
        if granularity_of(unit) in SECONDS:
            return None  # "a minute and a half later": TimeBank's span of time
        amount += 0.5  # "a year and a half later"
    direction = " ".join(match["dir"].lower().split())
    direction = DIRECTIONS.get(direction, direction)
    mod = approx_mod(match, ctx)
    if amount is None:
        if direction in ("later", "earlier"):
            return None  # "a few days later" counts from the story's time, not now: a span, as TimeBank has it
        return Reading("DATE", "FUTURE_REF" if _forward(direction) else "PAST_REF", mod)
    if match["dir"].endswith("time") and (
        granularity_of(unit) in SECONDS or not ctx.ends_before(IN_BEFORE, match.start())
    ):
        return Reading("DURATION", duration(amount, unit))  # "took a year's time", "in an hour's time": spans
    granularity = granularity_of(unit)
    since = (match["since"] or "").split()
    if since and direction != "ago":
        return None  # "a year later today" is no expression
    if unit.lower().startswith("fortnight"):
        amount *= 2  # counted in weeks
    if granularity == "century" and amount % 1:
        amount, granularity = amount * 100, "year"  # "a quarter-century ago": 25 years back, that year
    amount, granularity = _in_days(amount, granularity)
    return _counted(match, ctx, Count(amount, granularity, direction, since, mod))


def _in_days(amount: float, granularity: str) -> tuple[float, str]:
    """A count of seconds, minutes or hours as whole days, else as it is: "an hour later" is most likely the same
    day, "36 hours later" the next."""
    if granularity in SECONDS:
        return int(amount * SECONDS[granularity] // 86400), "day"
    return amount, granularity


def _counted(match: re.Match[str], ctx: Context, count: Count) -> Reading:
    """The date a count names, from what it counts from: the telling, or the date the story gave last."""
    granularity, mod = count.granularity, count.mod
    if count.direction == "later" and ctx.ends_before(NOW_BEFORE, match.start()) and ctx.reference:
        return Reading("DATE", calendar.value_at(ctx.reference, granularity), mod)  # "Now, 60 days later, …"
    restated = ctx.restated(match.start(), match.end()) if count.direction in ("later", "earlier") else None
    if restated:
        day, known = restated
        return Reading("DATE", calendar.value_at(day, max(granularity, known, key=GRANULARITIES.index)), mod)
    if count.direction in ("later", "earlier") and (named := _period_counted(match, ctx, count)):
        return Reading("DATE", named, mod)  # "the 1950s … two decades later" is the 1970s
    # "a decade later, HP remains…": later than what? ("an hour later" is the same day, whatever came before)
    unanchored = count.direction == "later" and count.amount and not ctx.stated_before(match.start())
    if unanchored and (tense := ctx.tense(match.start(), match.end())) != "future":
        up_to_now = tense == "none" or _perfect_after(match, ctx)  # "Two months on, little has changed"
        if up_to_now and match["dir"].lower() == "on" and ctx.reference:
            # "Two years on, no one has been charged": on from what the story has not dated, up to the telling
            return Reading("DATE", calendar.value_at(ctx.reference, granularity), mod)
        return Reading("DATE", unknown(granularity), mod)
    # "ratified eight months later" counts from the last date the text gave, "from now" from the document's, and
    # "6.7% in September, from 6.3% a month earlier" from the date stated before it in its sentence
    told = count.direction == "earlier" and (
        ctx.stated_before(match.start(), in_sentence=True)
        or ctx.ends_before(SENTENCE_START, match.start()) and ctx.stated_before(match.start())
    )
    try:
        narrated = count.direction == "later" or told
        reference, known = ctx.narrative_known(match.start()) if narrated else _told_from(match, ctx)
    except Unanchored:
        return Reading("DATE", unknown(granularity), mod)
    if count.direction in ("later", "earlier") and (told_unit := ctx.told_before(match.start(), granularity)):
        reference, known = told_unit  # "rose last year from a year earlier"
    return _moved(match, ctx, count, reference, known)


def _period_counted(match: re.Match[str], ctx: Context, count: Count) -> str | None:
    """The decade or century a whole count of them names from the one named last before it, in its sentence or the
    one before, with no date stated between: "grew in the 1950s; two decades later" is 197, "the 12th century … a
    century later" 12."""
    unit, steps = count.granularity, int(count.amount) * (1 if count.later else -1)
    if unit not in ("decade", "century") or count.amount != int(count.amount):
        return None
    begin = ctx.sentences.around(match.start(), match.end())[0]
    begin = ctx.sentences.around(begin - 1, begin - 1)[0] if begin else begin
    digits = 3 if unit == "decade" else 2
    named = _periods_named(ctx, begin, match.start(), digits)
    if not named or any(named[-1][1] <= at < match.start() for at, _, _, _ in ctx.points):
        return None
    moved = int(named[-1][2]) + steps
    return f"{moved:0{digits}d}" if 0 <= moved < 10**digits else None


def _periods_named(ctx: Context, begin: int, stop: int, digits: int) -> list[tuple[int, int, str]]:
    """The decades (``digits`` 3: "the 1970s" is 197) or centuries (2: "the 19th century" and "the 1800s" are 18)
    the text names between ``begin`` and ``stop``, as (start, end, value), in order."""
    return sorted(
        (found.start(), found.end(), reading.value)
        for name, reader in (("decade", decade), ("century", century))
        for found in PATTERNS[name].finditer(ctx.text, begin, stop)
        if (reading := reader(found, ctx)) and reading.value.isdigit() and len(reading.value) == digits
    )


def _perfect_after(match: re.Match[str], ctx: Context) -> bool:
    """Whether the sentence after a count tells in the present perfect (``PERFECT``)."""
    stop = ctx.sentences.around(match.start(), match.end())[1]
    return bool(PERFECT.search(ctx.text, match.end(), stop))


def _moved(match: re.Match[str], ctx: Context, count: Count, reference: date, known: str) -> Reading:
    """``reference`` moved by the count, read no finer than the ``known`` precision the text gave it to."""
    granularity, amount, mod = count.granularity, count.amount, count.mod
    named = granularity == "year" and amount == 1 and not count.later and year_before_named(match, ctx)
    if named:
        return Reading("DATE", named, mod)  # "sales in the third quarter rose from a year earlier"
    if granularity == "year" and amount == 1 and ctx.quarterly and not count.later:  # the year-ago quarter
        return Reading("DATE", calendar.value_at(calendar.shift(reporting_quarter(reference), "year", -1), "quarter"))
    if amount != int(amount):
        # "a decade and a half ago" is 15 years back, that year
        granularity, amount = {"year": ("month", amount * 12), "decade": ("year", amount * 10)}.get(
            granularity, (granularity, round(amount))
        )
    steps = int(amount) * (1 if count.later else -1)
    if len(count.since) == 2:  # "two years ago next month": counted from next month
        reference = calendar.shift(reference, count.since[1], DIRECTION[count.since[0]])
    far = calendar.shifted_year(reference, granularity, steps)
    if not 0 < far < 10000:  # "4,500 years ago" is BC2505; no date goes past 9999
        return Reading("DATE", calendar.year_value(far) if far < 1 else unknown("year"), mod)
    moved = calendar.shift(reference, granularity, steps)
    finer = {"today": "day"}.get(count.since[-1], count.since[-1]) if count.since else None
    if finer and granularity in GRANULARITIES and GRANULARITIES.index(finer) < GRANULARITIES.index(granularity):
        granularity = finer  # "a year ago this month" is that month a year back, "a year ago today" that day
    if count.direction == "later" and ctx.reference and moved.year > ctx.reference.year:
        if ctx.tense(match.start(), match.end()) != "future":
            # "we still live under it today, more than 200 years later": later than a date not given
            return Reading("DATE", unknown(granularity), mod)
    if granularity == "year" and known == "month" and ctx.ends_before(FIGURE_BASE, match.start()):
        granularity = "month"  # "5.5% in July, against 5.2% a year earlier": the July before, as figures compare
    if _finer(granularity, known):
        # "1870 - … after the fortress fell two days earlier": no finer than the year it counts from
        return Reading("DATE", calendar.value_at(reference, known), mod)
    return Reading("DATE", calendar.value_at(moved, granularity), mod)


def relative(match: re.Match[str], ctx: Context) -> Reading | None:
    det = re.sub(r"\s+", " ", match["det"].lower())
    det = "latest" if det.endswith(" latest") else det  # "in its latest fiscal year": the last one reported
    weekday = match["weekday"]
    unit = (match["unit"] or ("year" if match["fiscal"] else "")).lower()  # "last fiscal" is the fiscal year
    if _names_no_date(match, ctx, det, weekday, unit):
        return None
    if unit == "fortnight" or match["half"]:
        # "over the next fortnight": no calendar unit, a span; "the past week and a half" one and a half weeks
        return Reading("DURATION", duration(1.5 if match["half"] else 1, unit))
    if det == "this" and unit == "quarter" and (reported := _quarter_reported(match, ctx)):
        return Reading("DATE", reported)
    # "met the next month", told in the past, counts from the story's time as "the following month" does
    told = det == "the next" and ctx.tense(match.start(), match.end()) == "past"
    if det.startswith("the "):
        if det in ("the past", "the last") and unit in ("week", "month", "year", "decade", "century", "weekend"):
            return Reading("DURATION", duration(1, unit))
        det = det[4:]
    step = DIRECTION[det]
    mod = edge_mod(match)
    try:
        # "the following year", "that month": the last date the text gave, else the document's date
        narrated = det in ANAPHORIC or told
        reference, known = ctx.narrative_known(match.start()) if narrated else _told_from(match, ctx)
        if narrated and (told_unit := ctx.told_before(match.start(), unit)):
            reference, known = told_unit  # "last year the plant closed; the previous year it cut jobs"
        same = _same_as(match, ctx) if det in ("same", "that same") else None
        pointing = POINTING_BACK.search(det) or det == "following" or told
        if same is None and pointing and not match["back"] and ctx.points_back_to_nothing(match.start(), match.end()):
            # "the same week a rival won the bid", "the embassy reopened the following spring", told in the past
            # after no date at all: not a time the telling's date gives (but "up from the same week last year" is)
            raise Unanchored
        if same:
            reference, known = same, "day"
    except Unanchored:
        if unit in SEASONS:
            return Reading("DATE", f"{unknown('year')}-{SEASONS[unit]}", mod)  # "that winter": some year's
        if part := _weekday_part(match):
            return Reading("TIME", f"{unknown('day')}T{part}", mod)
        return Reading("DATE", unknown("day" if weekday else granularity_of(unit) if unit in UNITS else "year"), mod)
    if weekday and _finer("day", known):
        return Reading("DATE", calendar.value_at(reference, known), mod)
    if weekday:
        day = _relative_weekday(match, ctx, weekday_number(weekday), reference, step).isoformat()
        if part := _weekday_part(match):
            return Reading("TIME", f"{day}T{part}", mod)
        return Reading("DATE", day, mod)
    if unit in SEASONS:
        code = SEASONS[unit]
        if known == "year" and step > 0:  # "In 1996 … the following spring": 1997's; "the next winter", 1996's
            reference = date(reference.year, 11, 30)  # late in that year, before its winter begins
        return Reading("DATE", f"{_season_year(match, ctx, det, code, reference, step):04d}-{code}", mod)
    granularity = granularity_of(unit)
    if _finer(granularity, known):
        return Reading("DATE", calendar.value_at(reference, known), mod)  # "In 2019 … that month": no finer than 2019
    if granularity in ("week", "weekend"):
        step = _week_step(match, ctx, det, granularity, reference, step)
    if match["back"]:  # "the same month last year"
        if reference.year == 1:
            return Reading("DATE", unknown(granularity), mod)  # no year before the calendar's first
        reference = calendar.shift(reference, "year", -1)
    return Reading("DATE", calendar.value_at(calendar.shift(reference, granularity, step), granularity), mod)


def _weekday_part(match: re.Match[str]) -> str | None:
    """The part of the day a weekday after a determiner names: "TNI" of "last Monday night"."""
    return PARTS_OF_DAY[match["part"].lower()] if match["weekday"] and match["part"] else None


def _told_from(match: re.Match[str], ctx: Context) -> tuple[date, str]:
    """The day a unit counted from the telling counts from, to the day: the document's, or inside a quote the day it
    was said ("“We will meet next week,” he said on Friday")."""
    return ctx.said_on(match.start(), match.end()), "day"


def _quarter_reported(match: re.Match[str], ctx: Context) -> str | None:
    """In results named for a quarter, "this quarter's loss" or "sales this quarter rose" is the last quarter named,
    not the one the telling falls in ("sales will rise this quarter" is)."""
    if not ctx.quarterly:
        return None
    if not POSSESSIVE_AFTER.match(ctx.text, match.end()) and ctx.tense(match.start(), match.end()) != "past":
        return None
    named = [value for at, value in ctx.quarters if at < match.start() and "Q" in value]
    return named[-1] if named else None


def _finer(granularity: str, known: str) -> bool:
    """Whether a calendar unit is finer than the precision a date was given to."""
    return granularity in GRANULARITIES and GRANULARITIES.index(granularity) < GRANULARITIES.index(known)


def _same_as(match: re.Match[str], ctx: Context) -> date | None:
    """The date the clause that "the same week (day, year) that …" or "… as …" points to gives in the rest of its
    sentence; None where it gives none, as it mostly names what the text has dated already."""
    if not SAME_AS.match(ctx.text, match.end()):
        return None
    stop = ctx.sentences.around(match.start(), match.end())[1]
    stated = next((day for at, _, day, _ in ctx.points if match.end() <= at < stop), None)
    event = AS_EVENT.match(ctx.text, match.end()) if stated is None else None
    return _event_day(event["noun"], match.start(), ctx) if event else stated


def _event_day(noun: str, start: int, ctx: Context) -> date | None:
    """The day the last sentence before ``start`` that names an event by ``noun`` dates it to: "The first debate was
    held on Sept. 26. … a rally on the same day as the debate" is Sept. 26, whatever was dated between."""
    named = re.compile(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)
    for at, _, day, parts in reversed(ctx.points):
        if at >= start or parts != 3:
            continue
        begin, stop = ctx.sentences.around(at, at)
        if named.search(ctx.text, begin, min(stop, start)):
            return day
    return None


def _names_no_date(match: re.Match[str], ctx: Context, det: str, weekday: str | None, unit: str) -> bool:
    """"Following Wednesday's leak" (a preposition before the day), "recalled that Sunday would have been" (a "that"
    that opens a clause), a title ("The Last Week"), "this fall in prices", "a 30-10 lead heading into the last
    quarter", and someone's final year ("in 1998, their last year in power")."""
    if det == "last" and FINAL_OWNER.search(ctx.text, max(0, match.start() - 8), match.start()):
        return True
    if weekday:
        opens_clause = det == "that" and THAT_CLAUSE.match(ctx.text, match.end())
        return not weekday_named(weekday, match[0]) or det == "following" or bool(opens_clause)
    if in_title(match, ctx) and not in_headline(match, ctx):
        return True
    if unit == "fall":
        return bool(DROP_IN.match(ctx.text, match.end()))
    return unit == "quarter" and ctx.in_game(match.start(), match.end())


def _relative_weekday(match: re.Match[str], ctx: Context, weekday: int, reference: date, step: int) -> date:
    """"This Friday" by the tense, "last Friday" and "next Friday" the nearest one that way; but the day after the
    telling is "tomorrow", so "next Friday", told on a Thursday, is a week and a day ahead."""
    if step == 0:
        return weekday_for(reference, weekday, ctx.tense(match.start(), match.end()))
    return calendar.weekday_beyond(reference, weekday, step, past_tomorrow=match["det"].lower() == "next")


def _season_year(match: re.Match[str], ctx: Context, det: str, code: str, reference: date, step: int) -> int:
    """The year of "last summer", "next winter" or "this fall": the last one over, the next to begin, the current.
    A winter is the year it begins in, so January's is the one begun in December. "This fall", between two, is the
    one in the reference's year ("this summer", told in December, the one gone) unless told ahead; "this winter",
    told in April, is the one gone when told in the past."""
    starts, over = _season_starts(code, reference), calendar.add_months(reference, -3)  # begun by then, it is over
    gone = max((start for start in starts if start <= over), default=starts[0])  # none before the calendar's first
    coming = next(start for start in starts if start > reference)
    if step:
        return gone.year if step < 0 else coming.year
    if det in ANAPHORIC:
        return reference.year  # "that winter": of the year the story has reached, which it may give alone
    if (current := starts[starts.index(gone) + 1]) <= reference:
        return current.year
    tense = ctx.tense(match.start(), match.end())
    if gone.year == reference.year:
        return coming.year if tense == "future" else gone.year
    return gone.year if tense == "past" and calendar.add_months(gone, 3).year == reference.year else coming.year


def _season_starts(code: str, reference: date) -> list[date]:
    """The first days of the season ``code`` from two years before ``reference``'s to the year after it, within the
    calendar's years."""
    years = range(max(1, reference.year - 2), min(9999, reference.year + 1) + 1)
    return [date(year, SEASON_START[code], 1) for year in years]


def _week_step(match: re.Match[str], ctx: Context, det: str, granularity: str, reference: date, step: int) -> int:
    """How many weeks from the reference's a week or weekend lies, as news tells them around a weekend: "this past
    week" and "last week" told on the Sunday are the week now ending, as the Sunday papers tell it; "this week's
    convention", told on the Sunday, is in the week that begins; "won two contests this weekend", told on the
    Monday, is the weekend just gone; "the coming weekend" is the next to begin."""
    if granularity == "week" and det in ("this past", "last"):
        return weeks_away(det, reference)
    weekday = reference.isoweekday()
    if granularity == "weekend" and det in ("coming", "this coming"):
        return 0 if weekday <= 5 else 1  # "the coming weekend", told on a Tuesday, is the one at this week's end
    if det != "this" or granularity == "week" and weekday != 7 or granularity == "weekend" and weekday >= 6:
        return step
    past = ctx.tense(match.start(), match.end()) == "past"
    if granularity == "week":
        return step if past else 1
    return -1 if past else step


def day_count(match: re.Match[str], ctx: Context) -> Reading | None:
    """"It's the fifth day of the push", "today marks the 40th day of the siege": the telling's day (or the day a
    quote was spoken on); "Tuesday was the third day of the strike": that Tuesday. A day counted so with no day to be
    is none ("on her first day in the job")."""
    subject = DAY_COUNTED.search(ctx.text, max(0, match.start() - 40), match.start())
    if subject is None:
        return None
    if subject["weekday"]:
        named = weekday(PATTERNS["weekday"].match(ctx.text, subject.start("weekday")), ctx)  # type: ignore[arg-type]
        return Reading("DATE", named.value) if named and ISO_DAY.fullmatch(named.value) else None
    try:
        return Reading("DATE", ctx.said_on(match.start(), match.end()).isoformat())
    except Unanchored:
        return Reading("DATE", unknown("day"))


def that_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """A day named from the last date the text gave (else the document's): "the next day", "that morning"; "that day
    in April" is some day of the month or year named right after it, unless that holds the last date; "that night"
    after "two weeks ago" in its sentence, the night of that count back."""
    step = DIRECTION[(match.groupdict().get("det") or "that").lower()]
    unit = match["unit"].lower()
    within = PERIOD_AFTER.match(ctx.text, match.end()) if step == 0 and unit == "day" else None
    try:
        same = _same_as(match, ctx) if "same" in match[0].lower() else None
        pointing = bool(POINTING_BACK.search(match[0]))
        counted = _day_counted_back(match, ctx) if pointing and step == 0 and not same else None
        day = same.isoformat() if same else counted or ctx.narrative_day(match.start(), step, pointing, match.end())
    except Unanchored:
        day = unknown("day")
    period = _period_at(within.end(), ctx) if within else None
    if period and not day.startswith(period):  # "June 27, 2014 … that same day in 2014" is June 27 still
        day = period + ("-XX" if len(period) == 7 else "-XX-XX")
    if unit == "day":
        return Reading("DATE", day, edge_mod(match))
    return _part_of(day, match)


def _part_of(day: str, match: re.Match[str]) -> Reading:
    """The part of ``day`` that ``match`` names: its early hours are its start, as "the small hours of Saturday" are
    ("in the early hours"; "of the morning", the morning's), another part its time of day."""
    unit = match["unit"].lower()
    if " hours" in unit:
        morning = match.groupdict().get("of_morning")
        return Reading("TIME", f"{day}TMO", "START") if morning else Reading("DATE", day, "START")
    return Reading("TIME", f"{day}T{PARTS_OF_DAY[unit]}", edge_mod(match))


def _day_counted_back(match: re.Match[str], ctx: Context) -> str | None:
    """The day a count back from the telling names earlier in the sentence with no date after it ("was two days ago,
    the same night he won"), or some day where it names a week or longer ("two weeks ago"); None without one."""
    begin = ctx.sentences.around(match.start(), match.end())[0]
    counts = [c for c in PATTERNS["ago"].finditer(ctx.text, begin, match.start()) if c[0].lower().endswith("ago")]
    if not counts or any(counts[-1].end() <= at < match.start() for at, *_ in ctx.points):
        return None
    reading = ago(counts[-1], ctx)
    if reading is None:
        return None
    return reading.value if ISO_DAY.fullmatch(reading.value) else unknown("day")


def day_part(match: re.Match[str], ctx: Context) -> Reading | None:
    """"By mid-afternoon", "met in the afternoon": a part of the day the text tells of, as ``that_day`` reads it, or
    of the weekday after it ("late afternoon Friday"); not one that names a kind of thing ("the morning shows") nor
    one told in the present, a habit ("does not take calls in the morning")."""
    if match["weekday"]:
        return _part_of_weekday(match, ctx) if weekday_named(match["weekday"], match[0]) else None
    if PART_QUALIFIES.match(ctx.text, match.end()) or ctx.tense(match.start(), match.end()) == "none":
        return None
    if habit_around(match.start(), match.end(), ctx):  # "ran every day in the morning": that of no day in particular
        some_day = unknown("day")
        return Reading("DATE", some_day) if match["unit"].lower() == "day" else _part_of(some_day, match)
    if match["unit"].lower() == "night" and ctx.points_back_to_nothing(match.start(), match.end()):
        # "rescuers worked through the night", no day named before it: the night before the telling, as "overnight"
        return Reading("TIME", f"{(ctx.anchor() - timedelta(days=1)).isoformat()}TNI")
    return that_day(match, ctx)


def _part_of_weekday(match: re.Match[str], ctx: Context) -> Reading:
    """The part of the day (or the day, for "later in the day") of the weekday named right after it."""
    unit, day = match["unit"].lower(), named_day(match, ctx)
    if unit == "day":
        return Reading("DATE", day, edge_mod(match))  # "later in the day Tuesday"
    return _part_of(day, match)


def _period_at(at: int, ctx: Context) -> str | None:
    """The month or year (YYYY-MM, YYYY) a date named right at ``at`` gives: "April", "May 2015", "1944"."""
    for name, reader in (("month_year", month_year), ("month", month), ("year", year)):
        if (found := PATTERNS[name].match(ctx.text, at)) and (reading := reader(found, ctx)):
            return reading.value if YEAR_OR_MONTH.fullmatch(reading.value) else None
    return None


def this_time(match: re.Match[str], ctx: Context) -> Reading | None:
    """"This time last year", "the same time last year", "this day next week": the telling's day so far back or ahead;
    "on this day in 1989", the telling's day of the month in that year (an anniversary, as history columns write
    it)."""
    try:
        reference = ctx.anchor()
    except Unanchored:
        return Reading("DATE", unknown("day"))
    if match["in_year"]:
        day = calendar.shift(reference, "year", int(match["in_year"]) - reference.year)
    else:
        day = calendar.shift(reference, match["unit"].lower(), DIRECTION[match["dir"].lower()])
    return Reading("DATE", day.isoformat())


def weeks_from_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """Whole weeks counted from a day: "a week ago Monday" is the Monday before last, "two weeks from Friday" a
    fortnight after the coming Friday, "a week from today" (or "a week today") that weekday next week, "a week from
    tonight" seven nights on, "a fortnight on Friday" two weeks after the coming Friday, "Tuesday week" a week after
    the coming Tuesday, "Thursday fortnight" two, "two Sundays ago" the Sunday before last Sunday."""
    weekday = match["weekday"] or match["named"]
    if weekday and not weekday_named(weekday, match[0]):
        return None
    british = match["unit"] and (not match["dir"] or match["dir"].lower() == "on")
    if british and ctx.tense(match.start(), match.end()) == "past":
        return None  # "met them twice in under a week on Monday": a span, then the day
    unit = (match["unit"] or match["named_unit"] or "").lower()
    weeks = int(number(match["num"] or "a") or 0) * (2 if unit.startswith("fortnight") else 1)
    rel = (match["rel"] or "").lower()
    try:
        reference = ctx.anchor()
    except Unanchored:
        return Reading("TIME", unknown("day") + "TNI") if rel == "tonight" else Reading("DATE", unknown("day"))
    if match["weekdays"]:
        last = calendar.weekday_beyond(reference, weekday_number(match["weekdays"][:-1]), -1)
        return Reading("DATE", (last - timedelta(weeks=weeks - 1)).isoformat())
    step = -1 if (match["dir"] or "").lower() == "ago" else 1
    if rel:
        day = reference + timedelta(days=DAY_WORDS[rel], weeks=step * weeks)  # "a week ago yesterday": eight days back
        return Reading("TIME", f"{day.isoformat()}TNI") if rel == "tonight" else Reading("DATE", day.isoformat())
    named = calendar.weekday_beyond(reference, weekday_number(weekday), step)
    return Reading("DATE", (named + timedelta(weeks=step * weeks)).isoformat())


def unit_before(match: re.Match[str], ctx: Context) -> Reading | None:
    """"The day before", "the year after": one unit from the last date the text gave, else from the document's; "the
    night before", "the morning after": that part of the day before or after it; "the week after next", "the Tuesday
    before last": two from the telling's."""
    step = -1 if match["dir"].lower() == "before" else 1
    last = (match["last"] or "").strip().lower()
    if last and (last == "last") != (step < 0):
        return None  # "the week after last", "the week before next" name nothing
    if match["weekday"]:
        return _weekday_but_one(match, ctx, step) if last else None
    part = PARTS_OF_DAY.get(match["unit"].lower())
    granularity = "day" if part else match["unit"].lower()
    try:
        reference = ctx.narrative(match.start(), to_the_day=granularity == "day", end=match.end())
        if told_unit := ctx.told_before(match.start(), granularity):
            reference = told_unit[0]  # "rose last year from the year before"
        if last:
            reference, step = ctx.anchor(), 2 * step  # "the week before last", "the week after next"
    except Unanchored:
        return Reading("TIME", f"{unknown('day')}T{part}") if part else Reading("DATE", unknown(granularity))
    value = calendar.value_at(calendar.shift(reference, granularity, step), granularity)
    return Reading("TIME", f"{value}T{part}") if part else Reading("DATE", value)


def _weekday_but_one(match: re.Match[str], ctx: Context, step: int) -> Reading:
    """"The Tuesday after next": a week after next Tuesday; "the Friday before last" a week before last Friday, each
    read as "next Tuesday" and "last Friday" are."""
    weekday = weekday_number(match["weekday"])
    try:
        named = calendar.weekday_beyond(ctx.anchor(), weekday, step, past_tomorrow=step > 0)
    except Unanchored:
        return Reading("DATE", f"XXXX-WXX-{weekday}")
    return Reading("DATE", (named + timedelta(weeks=step)).isoformat())


def the_unit(match: re.Match[str], ctx: Context) -> Reading | None:
    whole, unit = (match["whole"] or "").lower(), match["unit"].lower()
    if _names_no_period(match, ctx, unit, whole):
        return None
    if unit == "year" and not match["edge"] and (apart := _the_year_apart(match, ctx, whole)):
        return apart
    if unit == "week" and not match["edge"] and SINCE_AFTER.match(ctx.text, match.end()):
        return Reading("DURATION", duration(1, unit))
    if unit in ("month", "fortnight") and not match["edge"] and PERIOD_SPAN.match(ctx.text, match.end()):
        return Reading("DURATION", "P2W" if unit == "fortnight" else "P1M")
    if unit == "fortnight":
        return None  # "the end of the fortnight": no calendar unit to place
    try:
        reference = ctx.anchor()
    except Unanchored:
        return Reading("DATE", unknown(unit))
    if whole:
        # "earnings for the full year": the current one; "the new year", the next one, but in its first weeks this one
        return Reading("DATE", f"{reference.year + (whole == 'new' and reference.month >= 3):04d}", edge_mod(match))
    if unit == "weekend":
        # told on the Sunday, "the weekend" is the one ending that day, whatever is still to come in it ("expect the
        # pact to be signed over the weekend and crews to return to work next week")
        tense = "past" if reference.isoweekday() == 7 else ctx.tense(match.start(), match.end())
        saturday = weekday_for(reference, 6, tense)
        return Reading("DATE", calendar.value_at(saturday, "weekend"))
    if unit == "quarter":
        return Reading("DATE", calendar.value_at(reporting_quarter(reference), unit), edge_mod(match))
    if unit in SEASONS:
        return Reading("DATE", _season_named(match, ctx, SEASONS[unit], reference), edge_mod(match))
    counted = COUNTED_FROM.match(ctx.text, match.end())
    if unit in ("year", "month"):
        tense = ctx.tense(match.start(), match.end())
        named = _named_period(match, ctx, unit, reference, tense)
        if named is None and counted:
            return None
        reference = named or _current_or_last(match, unit, reference, tense)
    elif unit == "week" and counted:
        return None
    elif unit == "decade":
        reference = _named_decade(match, ctx, reference)
    return Reading("DATE", calendar.value_at(reference, unit), edge_mod(match))


def middle(match: re.Match[str], ctx: Context) -> Reading | None:
    """"Midweek", "mid-month", "midyear": the middle of the week, month or year the tense points to, that whose
    Wednesday, 15th or 1 July lies nearest on its side of the telling ("yields slid midweek", told on a Monday, last
    week's; "sales fell at midyear", told in April, last year's); "by mid-decade", "by midcentury", after a
    preposition, the decade or century whose fifth or fiftieth year so lies."""
    unit = match["unit"].lower()
    if unit in ("decade", "century") and ctx.word_before(match.start()) not in DAY_PREPOSITIONS:
        return None
    try:
        reference = ctx.anchor()
    except Unanchored:
        return Reading("DATE", unknown(unit), "MID")
    middles = _middles(reference, unit)
    day = calendar.nearest_fitting(reference, middles, ctx.tense(match.start(), match.end()))
    return Reading("DATE", calendar.value_at(day, unit), "MID")


def _middles(reference: date, unit: str) -> list[date]:
    """The middle days of the week, month, year, decade or century that holds ``reference`` and of those either side
    of it (a decade's fifth year, a century's fiftieth; those ``date`` cannot hold are left out)."""
    if unit in ("decade", "century"):
        span = 10 if unit == "decade" else 100
        first = reference.year // span * span
        years = (first + step * span + span // 2 for step in (-1, 0, 1))
        return [date(year, 1, 1) for year in years if date.min.year <= year <= date.max.year]
    return [_middle_day(calendar.shift(reference, unit, step), unit) for step in (-1, 0, 1)]


def _middle_day(day: date, unit: str) -> date:
    """The day in the middle of the week, month or year that holds ``day``."""
    if unit == "week":
        return day + timedelta(days=3 - day.isoweekday())
    return day.replace(day=15) if unit == "month" else date(day.year, 7, 1)


def to_date(match: re.Match[str], ctx: Context) -> Reading:
    """"Year-to-date", "YTD": the telling's year (or month), so far."""
    unit = (match["unit"] or "year").lower()
    try:
        return Reading("DATE", calendar.value_at(ctx.anchor(), unit))
    except Unanchored:
        return Reading("DATE", unknown(unit))


def stamp_ago(match: re.Match[str], ctx: Context) -> Reading:
    """"2h ago", "3mo ago": that many units back from the telling, read to the day for less than a day."""
    amount, granularity = _in_days(int(match["num"]), STAMP_UNITS[match["unit"]])
    try:
        return Reading("DATE", calendar.value_at(calendar.shift(ctx.anchor(), granularity, -int(amount)), granularity))
    except Unanchored:
        return Reading("DATE", unknown(granularity))


def _named_decade(match: re.Match[str], ctx: Context, reference: date) -> date:
    """The decade its sentence has just named, by a year or by itself, where told in the past: "founded in 1972, and
    by the end of the decade it employed 500", "in the 1970s the firm grew, and by the end of the decade…" (the
    1970s); else the reference's."""
    if ctx.tense(match.start(), match.end()) != "past":
        return reference
    begin = ctx.sentences.around(match.start(), match.end())[0]
    named = [(at, day) for at, _, day, _ in ctx.points if begin <= at < match.start() and day < reference]
    named += [(at, date(int(value) * 10, 1, 1)) for at, _, value in _periods_named(ctx, begin, match.start(), 3)]
    return max(named)[1] if named else reference  # the last named


def _names_no_period(match: re.Match[str], ctx: Context, unit: str, whole: str) -> bool:
    """"The Winter Olympics", "The Week" magazine, "the New Year celebrations" (not "in the New Year"); "the fall in
    prices"; "player of the year"; "over the decade", a span, and a bare "the quarter", which `period` reads; a season
    with no article before a noun ("in spring training"), or told in neither past nor future, or in or during it
    other than in the past, where it is mostly a habit ("ferries run during summer", "crews can work double shifts
    in summer"; not "will be ready by autumn", "closed in winter")."""
    if match["bare"] is not None and (modifies(match, ctx) or _habitual_season(match, ctx)):
        return True
    if title_cased(match["unit"], match[0]) and (
        whole != "new" or ctx.text.startswith(("'s", "’s"), match.end()) or modifies(match, ctx)
    ):
        return True
    if unit == "fall" and DROP_IN.match(ctx.text, match.end()) or ctx.ends_before(ACCOLADE, match.start()):
        return True
    return unit in ("decade", "quarter") and not match["edge"]


def _habitual_season(match: re.Match[str], ctx: Context) -> bool:
    """Whether a season with no article is likely a habit's (see ``_names_no_period``): one set against another
    ("an art fair in summer and an ice rink in winter"), or in a sentence of a habit, is every year's; "will" ("talks
    will resume in spring") names the coming one."""
    tense = ctx.tense(match.start(), match.end())
    seasons = SEASON_WITHIN.findall(ctx.text, *ctx.sentences.around(match.start(), match.end()))
    if tense == "none" or len({season.lower() for season in seasons}) > 1:
        return True
    if habit_around(match.start(), match.end(), ctx):
        return True  # "snakes will routinely go off their food … in spring"
    within = ctx.word_before(match.start()) in ("in", "during", "over", "through", "from")
    return within and tense != "past" and ctx.firm_tense(match.start(), match.end()) != "firm future"


def _the_year_apart(match: re.Match[str], ctx: Context, whole: str) -> Reading | None:
    """"The year ended June 30", a year-long span; "in 2010, the year the court ruled", the year set beside it."""
    if whole in ("", "fiscal") and PERIOD_SPAN.match(ctx.text, match.end()):
        return Reading("DURATION", "P1Y")
    named = None if whole else YEAR_NAMED_BEFORE.search(ctx.text, max(0, match.start() - 30), match.start())
    return Reading("DATE", named["year"]) if named else None


def _season_named(match: re.Match[str], ctx: Context, code: str, reference: date) -> str:
    """"The summer": in another year its sentence named ("the final contests in early June of 1992 and his party's
    convention later in the summer"), else the one the tense points to (``_the_season``)."""
    tense = ctx.tense(match.start(), match.end())
    named = _named_period(match, ctx, "year", reference, tense)
    if named and named.year != reference.year:
        return f"{named.year:04d}-{code}"
    return _the_season(code, reference, tense, EDGE_MONTHS.get(edge_mod(match) or "", 0))


def _named_period(match: re.Match[str], ctx: Context, unit: str, reference: date, tense: str) -> date | None:
    """A day in the year or month its sentence has just named, where the tense allows: "adding data in January 2016,
    done by the end of the month", "took in $8.4 million in February, spending most of it over the month", "the
    primaries in June of 1992 and the convention later in the summer"."""
    begin = ctx.sentences.around(match.start(), match.end())[0]
    finest = 1 if unit == "year" else 2
    named = [
        day for at, stop, day, parts in ctx.points
        if begin <= at < match.start() and parts >= finest and not ctx.in_closed_aside(at, stop, match.start())
    ]
    if not named:
        return None
    named_at, now = calendar.value_at(named[-1], unit), calendar.value_at(reference, unit)
    return None if tense == "future" and named_at < now or tense == "past" and named_at > now else named[-1]


def _current_or_last(match: re.Match[str], unit: str, reference: date, tense: str) -> date:
    """The current year or month, or the last one for an end told in the past before the current one's end has
    come: "bought bonds at the end of the year", told in March."""
    ahead = edge_mod(match) == "END" and (reference.month < 10 if unit == "year" else reference.day < MONTH_END_NEAR)
    return calendar.shift(reference, unit, -1) if tense == "past" and ahead else reference


def _the_season(code: str, reference: date, tense: str, edge: int = 0) -> str:
    """"Over the summer": the latest one begun by ``reference``, its middle or late part (``edge`` months in) too
    ("built in the late spring", told in March, is last year's); "into the summer": the next one not yet over;
    without a tense ("the winter season beginning"), the nearer of those two."""
    starts, over = _season_starts(code, reference), calendar.add_months(reference, -3)
    ahead = next(s for s in starts if s > over)
    begun = [s for s in starts if calendar.add_months(s, edge) <= reference][-1]
    if tense == "none":
        gone = max(0, (reference - calendar.add_months(begun, 3)).days)  # days since the begun one ended
        start = ahead if (ahead - reference).days < gone else begun
    else:
        start = ahead if tense == "future" else begun
    return f"{start.year:04d}-{code}"
