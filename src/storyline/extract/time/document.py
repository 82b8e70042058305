"""A document's time: its own date, stated or inferred, and every expression anchored to it.

When no dateline or metadata gives the date, the content does: the day a
correction appended to it says it ran, an explicit date next to an anchored
"next month" or "next week" ("the forum in June … next month"), else the
latest dated development the article reports; one known only
to its month or year, or a day told in the past with its year, is mostly
background and bounds the date rather than gives it, as does the last item
of a dated list that spans years, a history. Dates heading the items of a dated
list ("16 May 2024: …", a chronology's "June 16, 2015 A rival joins the race.")
date those items; dates in a list introduced as background reading are article
dates, not event dates, and say nothing about when this document was written.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import NamedTuple

from ...clean.datelines import wire_dateline, wire_day
from ...errors import ConfigError
from ...types import Published, Timex
from . import calendar
from .context import VOTE_AFTER, Context
from .dates import SECURITIES
from .lexicon import DETERMINERS
from .sentences import Sentences
from .tagger import find_timexes
from .tense import PROGRESSIVE_BEFORE
from .when import first_day, point
from .words import YEAR_NUMBER

LIST_ITEM = re.compile(r"[ \t]*(?:[•*·▪‣◦–—-][ \t]*)?$")
ITEM_LINE = re.compile(r"^\s*(?:[•*·▪‣◦–—-]|\d)")
ITEM_SEPARATOR = re.compile(r"\s*(?::|[–—-]\s)")
HEADLINE = re.compile(r"[ \t]+[\"“‘']?[A-Z]")
BACKGROUND = re.compile(
    r"\b(?:background|related|further\s+reading|read\s+more|see\s+also|more\s+on\s+this|previous(?:ly)?\s+"
    r"(?:coverage|reporting|articles?)|earlier\s+(?:coverage|articles?|reports)|archive)\b",
    re.IGNORECASE,
)
# a date something lasts until or comes before, which may lie ahead ("until May", "before the vote in June")
UNTIL = re.compile(r"\b(?:until|till|before)\b[^.;:!?]{0,60}$", re.IGNORECASE)
SINCE = re.compile(r"\bsince\b[^.;:!?]{0,60}$", re.IGNORECASE)  # "the first since the war began in 2022": come
# the end of a reporting period, which may lie ahead: "Year to March 31, 1997", "the half-year through September"
PERIOD_END = re.compile(r"\b(?:year|months|quarter|half|half-year|period|weeks)\s+(?:to|through)\s+$", re.IGNORECASE)
# a calendar date written out, not "the following month", nor a clock time ("6:01 p.m.") read on the reference day
STATED = re.compile(r"(?<![\d:.])\d+(?![\d:.]\d|\d|\s*[ap]\.?m\b)", re.IGNORECASE)
ATTACKS_DAY = "2001-09-11"  # named by its day long after ("since 9/11", "the Sept. 11 attacks"), it dates no writing
# A plan, set before the year it names ("the draft 1997 budget", "its projected spending for 1997"), or a crop
_PLANS = r"budgets?|forecasts?|projections?|outlook|spending|funding|crops?|harvests?"
# the words that end the noun phrase after a year ("the 1997 inflation forecast for …")
_FUNCTION_WORDS = "the|a|an|and|or|to|in|of|for|on|at|by|as|is|was|were|are|has|had"
# A contest a year names ("the 2016 presidential race", "a 2020 bid", "up for re-election in 2018"), or a plan, which
# may be told of before, during or after it
_CONTESTS = (
    r"(?i:races?|campaigns?|contests?|re-?elections?|elections?|midterms?|field|cycles?|bids?|run|presidency|nomination"
    r"|primar(?:y|ies)"
    rf"|caucus(?:es)?|candidates?|contenders?|front-?runners?|hopefuls?|ticket|debates?|{_PLANS})\b"
)
# a sporting event a year names, which may lie ahead ("the 1998 World Cup qualifying game", "the 1997 Fed Cup"), though
# "won the Davis Cup in 2014" is past
_GAMES = r"(?i:cup|olympics|games|championships?|tournament|season|qualif(?:ier|iers|ying)|finals?)\b"
CONTEST_AFTER = re.compile(
    rf"(?:\s+(?:[A-Z][\w.-]*|presidential|general|gubernatorial|congressional|midterm|national|state))*"
    rf"\s+(?:{_CONTESTS}|{_GAMES})"
    # "the 1997 inflation forecast", "the 1997 spring barley harvest"
    rf"|(?:\s+(?!(?:{_FUNCTION_WORDS})\b)[a-z][\w-]*){{1,4}}"
    rf"\s+(?i:{_PLANS}|targets?|seasons?)\b"  # "the 1997 inflation target", "the 2016 enrollment season"
)
# "a run in 2028 or 2032", "a forecast for 1997", "funding levels in 2031"
CONTEST_BEFORE = re.compile(rf"\b{_CONTESTS}(?:\s+levels?)?\s+(?:in|for)\s+(?:(?:19|20)\d\d,?\s+(?:or|and)\s+)?$")
# A date right after a determiner or a name's 's may qualify a role or a measure, which it dates but not what the
# sentence tells of: "recognised its 1960 borders", "the 2008 GOP nominee said", "cut to their 1990 levels". It dates an
# occasion or a thing made ("won the 2016 election", "said in a March 2015 letter", "the 2013 bill").
_QUALIFIER = rf"(?:\b(?:{'|'.join(sorted(DETERMINERS))}|this|that|whose)|['’]s)"
QUALIFIER_BEFORE = re.compile(rf"{_QUALIFIER}\s+$", re.IGNORECASE)
# the words of the noun phrase after it, up to a function word or a verb in the past ("the 2012 nominee said")
QUALIFIED = re.compile(
    rf"(?:\s+(?!(?:{_FUNCTION_WORDS}|with|from|who|which|that|said|says|told|\w+ed)\b)[A-Za-z][\w-]*){{1,3}}"
)
ROLES_AND_MEASURES = re.compile(
    r"(?<![\w-])(?:nominees?|candidates?|hopefuls?|front-?runners?|contenders?|challengers?|winners?|champions?"
    r"|runners?-up|graduates?|veterans?|borders?|frontiers?|boundar(?:y|ies)|levels?|prices?|dollars?|values?)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# the people an event left behind, named by its date after a determiner or a preposition other than of time ("In
# 2015 victims of the flood …" is dated)
LEFT_BEHIND = re.compile(
    r"(?<![\w-])(?:victims?|families|survivors?|widows?|orphans|relatives)(?![\w-])", re.IGNORECASE
)
LEFT_BEHIND_BEFORE = re.compile(rf"(?:{_QUALIFIER}|\b(?:of|from|for|to|with|among|by|and))\s+$", re.IGNORECASE)
FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)
# a season or a fiscal year, which may be under way or to come: "the 1997-98 UEFA Cup", "its 1996/97 budget"
ONE_YEAR_SPAN = re.compile(r"\b(?:1[89]|20)(\d\d)[-–/](\d\d)\b")
# what is due, or takes effect: "made public by Jan. 29", "$15 by 2022", "by the second quarter of 1997", "notes due
# 2001", "effective from January 1", "The settlement date is October 3, 1996", "Delivery Date: 09/05/1996", "DELIVERY:
# 9/17/96", "1ST CPN: 05/01/97"
DUE = re.compile(
    r"\b(?:by(?:\s+(?:the\s+)?(?:[\w-]+\s+){1,2}of)?|due:?|effective(?:\s+(?:from|on))?"
    r"|matur(?:es|ing|ity)(?:\s+(?:in|on))?"
    r"|(?:deposit|delivery|payment|pay|settlement|record|expiry|expiration)(?:\s+date(?:\s+is|:)|:)"
    r"|(?:1st\s+|first\s+)?(?:cpn|coupon)(?:\s+date)?:)\s+$",  # a bond's terms: "1ST CPN: 05/01/97"
    re.IGNORECASE,
)
# a day something is set for ("called a referendum for June 5, 2016"), which may be still to come
SET_FOR = re.compile(
    r"\b(?:called|set|scheduled|slated|planned|fixed|moved|postponed|rescheduled|booked)\b[^.;]{0,60}\bfor\s+$",
    re.IGNORECASE,
)
# a date something is put off from or to ("a delay — from 2030 to 2032", "pushed back into 2031"), not the day it
# was put off ("delayed on March 3")
DELAYED = re.compile(
    r"\b(?:delay(?:s|ed|ing)?|postpone(?:s|d|ment)?|push(?:es|ed|ing)?\s+back|put\s+off|defer(?:s|red|ral)?)\b"
    r"[^.;:!?]{0,40}\b(?:from|to|into|until)\s+$",
    re.IGNORECASE,
)
# a security named by when it matures: "the Apr 2006 bond", "Bund future March 1997", "7.0 PCT SEPT 2001" (its coupon)
SECURITY_AFTER = re.compile(rf"\s+(?:{SECURITIES})\b", re.IGNORECASE)
SECURITY_BEFORE = re.compile(rf"\b(?:{SECURITIES}|pct|percent)\s+(?:of\s+)?$", re.IGNORECASE)  # "7.0 percent of 2006"
# A correction appended to the article ("CORRECTION:", "Correction: A caption gave the wrong name …"), and where it
# names the day the article ran: "An article on March 3 about the port …"
CORRECTION = re.compile(r"^[ \t]*(?:correction|clarification)s?[ \t]*:", re.IGNORECASE | re.MULTILINE)
RAN_ON = re.compile(
    r"\b(?:an?|the|this)\s+(?:[\w-]+\s+)?(?:article|story|report|column|editorial|review|picture|caption|headline"
    r"|chart|graphic|map)(?:\s+in\s+some\s+editions|\s+in\s+print)?\s+on\s+$",
    re.IGNORECASE,
)
MONTH_DAY = re.compile(r"^(?:\d{4}|XXXX)-(\d\d)-(\d\d)$")  # a day, its year known or not
HISTORY = timedelta(days=366)  # how long a dated list may run and still be one of recent steps
OPENING, OPENING_LINES = 2000, 5  # how far into a text, in characters and lines, a wire dateline may open a line
NEXT = re.compile(r"(?<!\bthe\s)\bnext\s+(?P<unit>week|month)\b", re.IGNORECASE)  # "the next month" is the story's


class Filed(NamedTuple):
    """The day a wire dateline names, its year when given, and the dateline."""

    month: int
    day: int
    year: int | None
    dateline: str


def tag_document(text: str, published: Published, dateline: str | None = None) -> tuple[Published, list[Timex]]:
    """The document's date (inferred from the content when ``published`` has none) and its temporal expressions.

    A wire dateline, one opening a line near the start of ``text`` or one cleaning took off it (``dateline``), states
    the date when it gives the year ("WASHINGTON, March 3, 2016 —"). One that leaves the year out ("KABUL, Nov 27
    (Reuters) -") dates the document to its day in the first year on or after the date the content gives; when the
    content only bounds the date, mostly with a background year ("began in 2014"), the year stays unknown.
    """
    filed = _filed(text, dateline) if published.value is None else None
    if filed and filed.year:
        day = date(filed.year, filed.month, filed.day).isoformat()
        published = Published(day, "day", False, f"the dateline “{filed.dateline}”")
    if published.value is not None:
        return published, _anchored(text, published)
    first = with_roles(text, find_timexes(text))
    found = _inference(text, first)
    # a yearless dateline's day, where nothing gives its year, is still worth telling
    day_only = f"the dateline “{filed.dateline}” names the day, not the year" if filed else None
    if found is None:
        return (Published(None, None, True, day_only) if day_only else published), first
    if filed and not found.bound:
        published = _filed_after(found, filed)
        return published, _anchored(text, published)
    if found.bound:
        # no anchor either: a yearless "On June 3rd" read in a bound's year, mostly a background one, dates nothing
        bound = f"only a bound: written no earlier than {found.published.value}, {found.published.evidence}"
        return Published(None, None, True, f"{bound}; {day_only}" if day_only else bound), first
    timexes = _anchored(text, found.published)
    # a calendar date whose year the first pass could not know ("On June 3rd") may be the latest development
    later = _latest_development(text, [t for t in timexes if t.guess], guessed=True)
    if later and not later.bound and later.published.value > found.published.value:
        return later.published, timexes
    return found.published, timexes


def _filed(text: str, dateline: str | None) -> Filed | None:
    """The day the wire dateline given, or the one opening ``text``, names; None without one, or for no such day."""
    dateline = dateline or _opening_dateline(text)
    if not dateline or (filed := wire_day(dateline)) is None:
        return None
    month, day, year = filed
    if not calendar.is_day(year or 2000, month, day):  # 2000 has a 29 February
        return None
    return Filed(month, day, year, dateline.strip())


def _opening_dateline(text: str) -> str | None:
    """A wire dateline naming a day that opens one of the text's first lines, after a headline, a standfirst or a
    byline."""
    lines = [line.strip() for line in text[:OPENING].splitlines() if line.strip()]
    return next((found for line in lines[:OPENING_LINES] if (found := wire_dateline(line)) and wire_day(found)), None)


def _filed_after(found: Inference, filed: Filed) -> Published:
    """A yearless dateline's day in the first year that puts it on or after the date the content gives."""
    start = first_day(found.published.value)  # type: ignore[arg-type]
    day = _nearest_year(filed.month, filed.day, start, later=True)
    if day is None:
        return found.published
    why = f"the dateline “{filed.dateline}”, in its first year on or after {found.published.value}"
    return Published(day.isoformat(), "day", True, f"{why}: {found.published.evidence}")


def _anchored(text: str, published: Published) -> list[Timex]:
    inferred = published.inferred or published.precision != "day"
    return with_roles(text, find_timexes(text, reference_date(published), inferred=inferred))


def date_value(text: str) -> str:
    """A YYYY-MM-DD date as given on the command line or in config, checked."""
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError as err:
        raise ConfigError(f"{text!r} is not a date", "Write it as YYYY-MM-DD, e.g. 2024-05-27") from err


def reference_date(published: Published) -> date | None:
    """The day expressions are read against: the date itself, or the middle of its month or year."""
    if not published.value:
        return None
    parts = [int(p) for p in published.value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    return date(parts[0], parts[1], 15) if len(parts) == 2 else date(parts[0], 7, 1)


def with_roles(text: str, timexes: list[Timex]) -> list[Timex]:
    """Mark the dates that head dated-list items, as ``list-date``, or ``background`` under a background heading.

    An item's date is followed by a colon or a dash ("16 May 2024: …"), or, in a chronology of two items or more, is a
    full date followed by a headline ("June 16, 2015 Mayor Ruiz enters the race.")."""
    headlined = {t.start for t in timexes if _heads_line(text, t) and _dates_headline(text, t)}
    marked = []
    for timex in timexes:
        line_start = text.rfind("\n", 0, timex.start) + 1
        separated = ITEM_SEPARATOR.match(text, timex.end) or len(headlined) > 1 and timex.start in headlined
        if _heads_line(text, timex) and separated and point(timex.value)[0]:
            role = "background" if BACKGROUND.search(_introduction(text, line_start)) else "list-date"
            timex = replace(timex, role=role)
        marked.append(timex)
    return marked


def _heads_line(text: str, timex: Timex) -> bool:
    return bool(LIST_ITEM.match(text, text.rfind("\n", 0, timex.start) + 1, timex.start))


def _dates_headline(text: str, timex: Timex) -> bool:
    return point(timex.value)[1] == "day" and bool(YEAR_NUMBER.search(timex.text) and HEADLINE.match(text, timex.end))


def date_of(
    text: str, timexes: list[Timex], start: int, end: int, sentences: Sentences | None = None
) -> Timex | None:
    """The expression that dates the words at ``start``…``end``: their dated-list item's date, else
    the first dated expression of their sentence that does not qualify a role or a measure ("its 1960 borders"); None
    when neither gives a point in time.

    Background-list dates date nothing. Give ``sentences`` when dating many spans of one text.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for timex in timexes:
        if line_start <= timex.start < line_end and timex.role != "text":
            return timex if timex.role == "list-date" else None
    begin, stop = (sentences or Sentences(text)).around(start, end)
    return next((t for t in timexes if begin <= t.start < stop and point(t.value)[0] and not qualifies(text, t)), None)


def qualifies(text: str, timex: Timex) -> bool:
    """Whether a date qualifies a role or a measure ("recognised its 1960 borders", "the 2008 GOP nominee said"), or
    the people an event left behind ("the 9/11 families", "a protest by 9/11 survivors"), and so dates nothing else its
    sentence tells of."""
    lead = max(0, timex.start - 8)
    # the words before it first, which rule out most dates: a determiner or a preposition before the people left
    # behind (every qualifier is one), a qualifier before a role or a measure
    if not LEFT_BEHIND_BEFORE.search(text, lead, timex.start) or (words := QUALIFIED.match(text, timex.end)) is None:
        return False
    if LEFT_BEHIND.search(words[0]):
        return True
    return attributive(text, timex) and bool(ROLES_AND_MEASURES.search(words[0]))


def attributive(text: str, timex: Timex) -> bool:
    """Whether a date stands between a determiner and the noun it names a thing by ("the 2012 election", "its
    2016 campaign"), not as a time something is done at ("spent $20 million last month")."""
    lead = max(0, timex.start - 8)
    return bool(QUALIFIER_BEFORE.search(text, lead, timex.start) and QUALIFIED.match(text, timex.end))


def _introduction(text: str, line_start: int) -> str:
    """The line that leads into the list an item belongs to: the nearest line before it that is no item."""
    for line in reversed(text[:line_start].splitlines()):
        if line.strip() and not ITEM_LINE.match(line):
            return line
    return ""


class Inference(NamedTuple):
    published: Published
    bound: bool  # the date is one the writing comes after, not the writing's own


def infer_published(text: str, timexes: list[Timex]) -> Published | None:
    """When the document was most likely written, or the earliest it can have been, from what it reports; None when
    nothing dated is reported."""
    found = _inference(text, timexes)
    return found.published if found else None


def _inference(text: str, timexes: list[Timex]) -> Inference | None:
    return _ran_on(text, timexes) or _from_next(text, timexes) or _latest_development(text, timexes)


def _ran_on(text: str, timexes: list[Timex]) -> Inference | None:
    """The day a correction appended to the article says it ran ("An article on March 3 about the port …"),
    in its last year up to the correction's own date when it gives no year. The correction's date comes later, by
    days or by years."""
    cut = CORRECTION.search(text)
    if cut is None:
        return None
    corrected = [t for t in timexes if t.start > cut.start()]
    written = [first_day(value) for t in corrected if (value := _day_with_year(t))]
    for timex in corrected:
        month_day = MONTH_DAY.search(timex.value)
        if not month_day or not RAN_ON.search(text, max(0, timex.start - 80), timex.start):
            continue
        if stated := _day_with_year(timex):
            day = first_day(stated)
        elif written:
            day = _nearest_year(int(month_day[1]), int(month_day[2]), max(written), later=False)
        else:
            continue
        if day is not None:
            why = f"the correction appended to it says when it ran: “{Sentences(text).quote(timex.start, timex.end)}”"
            return Inference(Published(day.isoformat(), "day", True, why), False)
    return None


def _day_with_year(timex: Timex) -> str | None:
    value, precision = point(timex.value)
    return value if precision == "day" and YEAR_NUMBER.search(timex.text) else None


def _nearest_year(month: int, day: int, anchor: date, later: bool) -> date | None:
    """A month's day in the first year that puts it on or after ``anchor`` (``later``), or in the last that puts it on
    or before."""
    step = 1 if later else -1
    stop = min(anchor.year + 9, 10000) if later else max(anchor.year - 9, 0)
    for year in range(anchor.year, stop, step):  # a 29 February comes round within eight years
        if calendar.is_day(year, month, day):
            found = date(year, month, day)
            if found >= anchor if later else found <= anchor:
                return found
    return None


def _from_next(text: str, timexes: list[Timex]) -> Inference | None:
    """An explicit date in the same sentence as "next month" or "next week" dates the writing to just before it;
    not one told in the past, a development the sentence reports ("said on 14 October that talks resume next
    week"), which the latest development reads."""
    sentences = Sentences(text)
    context = Context(text, None)
    for cue in NEXT.finditer(text):
        begin, end = sentences.around(cue.start(), cue.end())
        for timex in timexes:
            value, precision = point(timex.value)
            if not begin <= timex.start < end or timex.guess or value is None or precision not in ("day", "month"):
                continue
            if context.tense(timex.start, timex.end) == "past":
                continue
            day = first_day(value)
            before = calendar.add_months(day, -1) if cue["unit"].lower() == "month" else day - timedelta(days=7)
            evidence = f"“{sentences.quote(cue.start(), cue.end())}” ({timex.text}, {cue[0]})"
            return Inference(Published(f"{before.year:04d}-{before.month:02d}", "month", True, evidence), False)
    return None


def _latest_development(text: str, timexes: list[Timex], guessed: bool = False) -> Inference | None:
    """The latest date the text reports as come; what is due or will come ("by Jan. 29", "notes due 2001", "the vote
    is going to be on November 8", "voters will weigh the 2016 race") was written before it, and a year counts only
    when told in the past ("won the seat in 2014", not "eyes a bid in 2020") and naming no contest, plan or season.

    It only bounds the writing when known to the month or the year, a day told in the past with its year or one
    something has run since ("the first talks since the war began on 24 February 2022"): news
    gives this year's days without it, so these are mostly background ("appointed in 1993", "the December 2012
    shooting", "on Sept. 11, 2012, terrorists attacked").
    """
    best: tuple[str, str, Timex, str] | None = None
    context = Context(text, None)
    for timex in timexes:
        value, precision = point(timex.value)
        if value is None or (timex.guess and not guessed) or timex.role == "background" or not STATED.search(timex.text):
            continue
        if timex.value == ATTACKS_DAY and not YEAR_NUMBER.search(timex.text):
            continue
        if precision == "year" and _names_contest_or_plan(text, timex):
            continue  # "the attacks reframed the 2016 presidential contest", told in 2015
        if precision not in ("day", "month", "year") or UNTIL.search(text, max(0, timex.start - 80), timex.start):
            continue
        if best is not None and value <= best[0]:
            continue
        if _due(text, timex):
            continue
        # a day or a month may name a vote still to come ("the November 2016 election", told in 2015; "is a
        # contender in Chile's April 2017 presidential election"); a year told without a past mostly names a plan, a
        # forecast or a race ("weighing a bid in 2018", "costs of $1.1 trillion in 2050", "the 2016 presidential race")
        come = ("past",) if precision == "year" or VOTE_AFTER.match(text, timex.end) else ("past", "none")
        tense = context.tense(timex.start, timex.end)
        # what a present progressive looks to has not come: "the buyers the town is counting on on Nov. 8"
        if tense == "none":
            begin = context.sentences.around(timex.start, timex.end)[0]
            if PROGRESSIVE_BEFORE.search(text, begin, timex.start):
                continue
        if tense in come:
            best = (value, precision, timex, tense)
    if best is None:
        return None
    value, precision, timex, tense = best
    sentence = context.sentences.quote(timex.start, timex.end)
    since = SINCE.search(text, max(0, timex.start - 80), timex.start)  # what a state runs from bounds the writing
    bound = precision != "day" or tense == "past" and bool(YEAR_NUMBER.search(timex.text)) or bool(since)
    bound = bound or timex.role == "list-date" and _history(timexes)
    return Inference(Published(value, precision, True, f"the latest dated development it reports: “{sentence}”"), bound)


def _history(timexes: list[Timex]) -> bool:
    """Whether a text's dated list spans years, a history whose last item may be long past, unlike a list of recent
    steps."""
    days = [first_day(point(t.value)[0]) for t in timexes if t.role == "list-date"]
    return max(days) - min(days) > HISTORY


def _names_contest_or_plan(text: str, timex: Timex) -> bool:
    """Whether a year names a contest, a plan, a fiscal year or a season, which may be told of before, during or
    after it: "the 2016 presidential race", "a 2020 bid", "the draft 1997 budget", "fiscal 1997", "the 1997-98 cup",
    "the 2016 enrollment season"."""
    named = CONTEST_AFTER.match(text, timex.end) or CONTEST_BEFORE.search(text, max(0, timex.start - 40), timex.start)
    if named or FISCAL.search(timex.text):
        return True
    spans = ONE_YEAR_SPAN.finditer(text, max(0, timex.start - 5), timex.end + 5)
    return any(s.start() <= timex.start and timex.end <= s.end() and int(s[2]) == (int(s[1]) + 1) % 100 for s in spans)


def _due(text: str, timex: Timex) -> bool:
    """Whether a date is one something is due by, set for, put off to, takes effect on or matures on, or ends a
    reporting period: "by Jan. 29", "notes due 2001", "called a referendum for June 5", "a delay to 2020", "effective
    from January 1", "the Apr 2006 bond", "Year to 30 June 2031"."""
    before = max(0, timex.start - 40)
    if DUE.search(text, before, timex.start) or PERIOD_END.search(text, before, timex.start):
        return True
    if SET_FOR.search(text, max(0, timex.start - 80), timex.start):  # the verb may stand a name away from "for"
        return True
    if DELAYED.search(text, max(0, timex.start - 60), timex.start):
        return True
    return bool(SECURITY_BEFORE.search(text, before, timex.start) or SECURITY_AFTER.match(text, timex.end))
