"""Readers of calendar dates: a day or a month named with or without its year, numeric and ISO dates and
weekdays, and the year a date named without one most likely falls in.
"""

from __future__ import annotations

import calendar as monthdays
import re
from dataclasses import replace
from datetime import date, timedelta

from . import calendar
from .context import DIRECTION, EXCHANGES, VOTES, Context, Reading, Unanchored
from .habits import kept_days
from .lexicon import DAY_MARKS, DAY_WORDS, DETERMINERS, FULL_MONTHS, ORDINALS, PARTS_OF_DAY
from .patterns import DAY_AFTER, MONTH, NTH_RANGE_START, PATTERNS, SOME_DAY_BEFORE, YEAR_WORD
from .tense import AHEAD_WORDS, AIMED_AT, AWAITING, LOOKING_AHEAD, MOVED, NAMED_OR_SET_UP, PLAYING_IN
from .titles import (
    CLOSING_QUOTE, NAME_BEFORE, NAME_BESIDE, SENTENCE_START, weekday_joined, weekday_named, within_quoted_title,
)
from .values import edge_mod, on_24_hour_clock, unknown
from .words import capitalized, day_number, month_number, number, title_cased, weekday_number

# Words that make a weekday part of a name: "Super Tuesday", "Black Friday", "Bloody Sunday", the football club
# "Sheffield Wednesday".
WEEKDAY_NAMES = re.compile(
    r"\b(?:Super|Black|Cyber|Bloody|Ash|Palm|Maundy|Holy|Easter|Good|Shrove|Giving|Sheffield)\s+$"
)
EVERY_WEEK = re.compile(r"\b(?:every|each)\s+week\b", re.IGNORECASE)  # a sentence's weekly habit
# A newspaper named for the day it comes out: "The Sunday Times", "the Sunday Telegraph", "the Mail on Sunday"
MASTHEAD_AFTER = re.compile(
    r"[ \t]+(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Star|Mail|Independent|Observer)\b"
)
MASTHEAD_BEFORE = re.compile(r"\b(?:Mail|Independent)[ \t]+on[ \t]+$")
# A sentence that opens on a year: "In 2008, …", "But in 2012, …"
YEAR_OPENING = re.compile(
    rf"\W*(?:(?:and|but|back)\s+)?in\s+(?:{MONTH}\.?\s+)?(?P<year>1[89]\d\d|20\d\d),",
    re.IGNORECASE,
)
# A sentence that opens on a year named by a word: "That year, …", "The following year, …", "Last year, …"
YEAR_WORD_OPENING = re.compile(rf"\W*(?:(?:and|but)\s+)?(?:(?:later|earlier)\s+)?(?:in\s+)?{YEAR_WORD},", re.IGNORECASE)
# what counts a month from the telling: "last October", "next May", "this June"
FROM_TELLING = {"this", "last", "this past", "next", "this coming"}
DAY_AFTER_STOP = re.compile(r"\.\s*\d")  # the stop of a month written short, then its day: "Sept. 26"
NUMBERS_TO_LINE_END = re.compile(r"(?:[ \t]+\d+)+[ \t]*(?:\n|$)")
WRITTEN_YEAR = re.compile(r"\d{4}")  # in a full date's text: its year is written out, not guessed
STORY_REACH = 400  # characters back to a full date that a yearless day may continue
STORY_AGE = timedelta(days=180)  # how long before the reference that date must be
STORY_STEP = timedelta(days=60)  # how soon after it the yearless day must fall
# Where a story's year is given: written out, or named from the reference ("next year")
YEAR_NAMED = re.compile(r"\b(?:19|20)\d\d\b|\b(?P<rel>(?:next|last|this)\s+year)\b", re.IGNORECASE)
# papers named by the month or year they are due or mature in: "December bonds", "a January 1999 FRN"
SECURITIES = r"T-bills?|T-bonds?|bonds?|notes|futures?|FRNs?|warrants?|debentures?|Eurodollars?|bunds?|gilts?"
# a contract's month, its exchange or underlying named first: "December Euromark futures", "December COMEX settled"
CONTRACT_AFTER = re.compile(
    rf"\s+(?:(?-i:[A-Z][\w-]*)\s+(?={SECURITIES}))?(?:calendar\s+spread|{SECURITIES}|{EXCHANGES}|contracts?|crude"
    r"|gasoline|unleaded|heating\s+oil|cotton|corn|wheat|soy(?:beans|meal|oil)|sugar|coffee|cocoa|cattle|hogs"
    r"|copper|gold|silver|platinum|palladium|delivery|natural\s+gas)\b",
    re.IGNORECASE,
)
# what a point in time is reached from, to or by: "after the first of the year", "by mid-century" (not "of": "one of
# the first of the year", "fans of mid-century furniture"; "as of" is ``AS_OF``)
DAY_PREPOSITIONS = {"after", "before", "until", "till", "by", "since", "from", "on", "at", "around", "following",
                    "beginning", "starting", "effective", "in", "toward", "towards", "through"}  # fmt: skip
AS_OF = re.compile(r"\bas\s+(?:of|at)\s+$", re.IGNORECASE)  # "as of the first of next year"; a figure's day
# "crude for delivery in November": a contract's month named after its delivery
DELIVERY_IN = re.compile(r"\bdelivery\s+in\s+$", re.IGNORECASE)
# a period of figures that ends with the month after it: "in the three months to June", "the year ended March"
PERIOD_TO = re.compile(
    r"\b(?:months?|weeks?|years?|quarters?|period)\s+(?:to|ended|ending|through)\s+(?:(?:the\s+)?end[-\s]+)?$",
    re.IGNORECASE,
)
# a result won or lost, which has come, before a date that names its contest: "won the May 5 election", "lost the
# June vote"
RESULT_BEFORE = re.compile(r"\b(?:won|lost|swept|carried)\s+(?:the|his|her|its|their)\s+$", re.IGNORECASE)
# "4,210.00 3,905.40 (midday) (May 22) (Jan 10)": the day of a figure, such as a year's high or low in a table of
# prices, in brackets after it; a figure was recorded, so its day is past
FIGURE_DAY = re.compile(r"\d\)?(?:\s+\([^()]*\))*\s+\($")
# "16.75 for December": a figure for a month, as contracts' prices and volatilities are listed
FIGURE_FOR = re.compile(r"\d\s+for\s+$")
# what joins months listed figure by figure: ", 16.75 for", " and 19.50 for" (not " after 0.2 for")
LISTED_FIGURE = re.compile(r"(?:\s+contracts?)?(?:,\s*(?:and\s+)?|\s+and\s+)\d[\d.,]*\s+for\s+", re.IGNORECASE)
CONTRACTS_NAMED = re.compile(r"\b(?:contracts?|futures|delivery|options)\b", re.IGNORECASE)
_TERROR_WORDS = r"terror\w*|hijack\w*|World Trade Center|al[- ]Qaeda"
# a sentence of the attacks, whose "Sept. 11" is theirs
ATTACKS = re.compile(rf"\b(?:attack|attacks|Pentagon|{_TERROR_WORDS})\b", re.IGNORECASE)
# a text of terror, whose "September 11", even near the anniversary, is the attacks': "September 11 never happened"
TERROR = re.compile(rf"\b(?:Twin Towers|suicide\s+\w+|{_TERROR_WORDS})", re.IGNORECASE)
ANNIVERSARY = re.compile(r"\b(?:anniversary|memorial|commemorat\w*|ceremon\w*|remembrance)\b", re.IGNORECASE)
# "the Sept. 11 attacks", "the 9/11 Commission", "Sept. 11 conspiracy theories": named for the attacks
ATTACKS_AFTER = re.compile(
    r",?\s+(?:terror\w*\s+)?(?:attacks?|attackers|hijack\w*|commission|victims|plot\w*|conspirac\w*|truthers?)\b",
    re.IGNORECASE,
)
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
YEAR_MONTH = re.compile(r"\d{4}-\d\d")
# between "April 19" and "June 1", "Thursday" or "Friday" ("and" and "or" join a pair, not the ends of a span), and
# the days of "10/11 October"
DAY_RANGE = re.compile(r"\s*(?:[-–/]\s*|(?:to|until|till|through|(?P<pair>and|or))\s+)")
# a day told by another place's clock, which may run a day ahead of the telling's: "early Thursday local time"
LOCAL_TIME_AFTER = re.compile(r",?\s+\(?local\s+time\b", re.IGNORECASE)
# a verb that names days for what they will be: "declared Monday through Wednesday days of mourning"
DECLARED = re.compile(r"\b(?:declared|designated|proclaimed|named|set\s+aside)\s+(?:from\s+)?$", re.IGNORECASE)
BRACKET_OPEN, BRACKET_CLOSE = re.compile(r",?[^\S\n]*\([^\S\n]*"), re.compile(r"[^\S\n]*\)")
BRACKET_BEFORE = re.compile(r"[^\S\n]*\([^\S\n]*$")  # the bracket a weekday restating the date before it opens
# between a weekday and the same one named again for another week: "meets again Monday", "a week from Monday"
WEEK_BETWEEN = re.compile(r"\b(?:week|weeks|again|following|next|last)\b", re.IGNORECASE)
# "on Tuesday last week", "Monday of next week": the week that holds the day
WEEK_AFTER = re.compile(r"\s+(?:of\s+)?(?P<det>last|this(?:\s+past)?|next)\s+week(?![\w'’-])", re.IGNORECASE)
MONTH_JOINT = re.compile(r"[ \t]?[-–][ \t]?|[ \t]?/[ \t]?")  # "January-July", "October- December", "February / March"
MONTH_RANGE = re.compile(rf"{MONTH_JOINT.pattern}|{DAY_RANGE.pattern}")  # "January-April 1995", "May to June" too
PREPOSITIONS = {"in", "since", "until", "till", "by", "of", "from", "through", "during", "before", "after", "to",
                "beyond", "into", "throughout", "around", "toward", "towards", "within", "for", "and", "or", "between",
                "on", "as", "that", "than", "late", "early", "mid", "last", "next", "this"}  # fmt: skip
# A march with a name: "and March on the RNC", "the Women's March for Equality"; "in March on the Hill" is a month
MARCH_NAME = re.compile(r"\s+(?:on|for|against)\s+(?:the\s+)?[A-Z]")
NAME_JOINERS = {"and", "or", "of", "to"}
# A scheduled event after a day's name: "Tuesday's New Hampshire primary", "Saturday's debate", "Tuesday's
# must-win primary", "Thursday's final debate", "Tuesday's congressional primary"
_EVENT_WORDS = (
    r"[A-Z][\w.-]*|\w+-[\w-]+|final|first|second|third|next|crucial|key|televised|general|presidential|congressional"
    r"|gubernatorial|mayoral|parliamentary|legislative|municipal|local|state|national|special|party|leadership"
)
EVENT_AFTER = re.compile(
    rf"['’]s\s+(?:(?:{_EVENT_WORDS})\s+)*(?:{VOTES}|debates?|summit|deadline|meeting|match|game|race|grand\s+prix"
    r"|tournament|ceremony|parade|hearing)\b"
)
# The same event named before the day, after a word that looks ahead to it, whatever the clause's tense: "filings
# that show outlays before the Nevada primary on Tuesday"
AWAITED_EVENT = re.compile(
    rf"\b(?:{AHEAD_WORDS}|before)\s+(?:the\s+)?(?:(?:{_EVENT_WORDS})\s+)*(?:{VOTES}|debates?|summit|deadline)"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# An event that cannot be scheduled, or a result, named before its day: "the bombings in Lagos on Friday",
# "the shooting at the club on Sunday", "her victories in Maryland and Delaware on Tuesday" have come, whatever the
# clause's tense ("a win on Tuesday would…" has not)
_DISASTERS = (
    r"attacks?|shootings?|bombings?|crash(?:es)?|killings?|massacres?|explosions?|blasts?|earthquakes?|quakes?"
    r"|murders?|assassinations?|stabbings?|slayings?"
)
_PLACE = r"\s+(?:(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w.'’-]+,?\s+){1,5})?"
HAPPENED_EVENT = re.compile(
    rf"\b(?:{_DISASTERS}|(?i:the|his|her|its|their)\s+(?:wins?|victor(?:y|ies)|loss(?:es)?)){_PLACE}(?:on\s+|last\s+)?$"
)
# the same before its month, but for a result, which may be hoped for ("their victory in November"): "guns are an
# emotional issue after the church massacre in June"
HAPPENED_IN = re.compile(rf"\b(?:{_DISASTERS}){_PLACE}in\s+$")


# before "the 17th" that is a golf course's hole, or a thing an ordinal counted ("the 2nd floor"), in its clause
NTH_THING = re.compile(
    r"\b(?:birdie|bogey|eagle|fairway|putt|tee)s?\b"
    r"|\d(?:st|nd|rd|th)\s+(?:floor|hole|row|round|lap|inning|place|grade|street|avenue|district)s?\b",
    re.IGNORECASE,
)


def day_of(match: re.Match[str], ctx: Context) -> date:
    """The day a weekday, or today/yesterday/tomorrow, names, from the day its quote was spoken on, if dated."""
    reference = ctx.said_on(match.start(), match.end())
    rel = (match.groupdict().get("rel") or "").lower()
    if rel:  # "tomorrow", "this" of "this morning", "last" of "last night"
        return reference + timedelta(days=DAY_WORDS[rel] if rel in DAY_WORDS else DIRECTION[rel])
    weekday = match.groupdict().get("weekday") or match.groupdict().get("then")
    if not weekday:
        return reference
    if joined := _joined_day(match, ctx):
        return calendar.weekday_beyond(joined, weekday_number(weekday), 1)
    det = (match.groupdict().get("wdet") or match.groupdict().get("then_det") or "").lower()
    if det in ("next", "last"):  # "next Thursday at 11am", read as "next Thursday"; "this Friday" as "Friday"
        return calendar.weekday_beyond(reference, weekday_number(weekday), DIRECTION[det], past_tomorrow=det == "next")
    if restated := _restated_after(match, weekday, ctx) or _restated_before(match, weekday, ctx):
        return restated
    told = _weekday_told(match, weekday, reference, ctx)
    if (other := _weekday_again(match, weekday, ctx)) is None:
        return told
    # one day for both, of the two the tenses give: one that has come (a past verb's is surer than a schedule told in
    # the present), else the nearer the telling
    again = _weekday_told(other, other["weekday"], reference, ctx)
    return min((told, again), key=lambda day: (day > reference, abs(day - reference), day))


def _weekday_told(match: re.Match[str], weekday: str, reference: date, ctx: Context) -> date:
    """The day a weekday on its own names: in the week named after it ("on Tuesday last week", "Monday to Friday next
    week"), else by the tense it is told in."""
    joint, end = _joined_weekday(match, ctx)
    if week := WEEK_AFTER.match(ctx.text, (end or match).end()):
        held = calendar.shift(reference, "week", weeks_away(re.sub(r"\s+", " ", week["det"].lower()), reference))
        return date.fromisocalendar(*held.isocalendar()[:2], weekday_number(weekday))
    if ctx.ends_before(COME, match.start()):
        tense = "future"  # "come Monday, the rules change": the coming one
    elif PRESENT_AFTER_SUBJECT.match(ctx.text, match.end()) and ctx.ends_before(SENTENCE_START, match.start()):
        tense = "future"  # "Sunday marks the anniversary", told on a Tuesday: the coming one, as what is to be
    elif ctx.text.startswith(("'s", "’s"), match.end()):
        tense = _possessive_tense(match, ctx)
    elif AWAITED_EVENT.search(ctx.text, max(0, match.start() - 80), match.start()):
        tense = "none"
    elif HAPPENED_EVENT.search(ctx.text, max(0, match.start() - 100), match.start()):
        tense = "past"
    else:
        tense = ctx.tense(match.start(), match.end())
    ahead = reference + timedelta(days=1)  # "lifted off early Thursday local time", told on the Wednesday
    if tense == "past" and ahead.isoweekday() == weekday_number(weekday):
        if LOCAL_TIME_AFTER.match(ctx.text, match.end()):
            return ahead  # a day the place's clock has reached, ahead of the telling's
    if end and tense == "past" and not joint["pair"]:
        # "talks ran from Monday to Friday", told on a Wednesday: the span whose end has come, last week's (not days
        # "declared Wednesday through Friday days of mourning", which may lie ahead)
        if ctx.ends_before(DECLARED, match.start()):
            return weekday_for(reference, weekday_number(weekday), tense)
        last = weekday_for(reference, weekday_number(end["weekday"]), tense)
        return calendar.weekday_beyond(last, weekday_number(weekday), -1)
    return weekday_for(reference, weekday_number(weekday), tense)


def _restated_after(match: re.Match[str], weekday: str, ctx: Context) -> date | None:
    """The date a weekday is restated as in brackets right after it, where that date falls on it: "later on Saturday
    (Sep 27)", as Asian wires write it."""
    if not (opened := BRACKET_OPEN.match(ctx.text, match.end())):
        return None
    for name in ("month_day", "day_month"):
        if (named := PATTERNS[name].match(ctx.text, opened.end())) and BRACKET_CLOSE.match(ctx.text, named.end()):
            return _falls_on(named, weekday, ctx)
    return None


def _restated_before(match: re.Match[str], weekday: str, ctx: Context) -> date | None:
    """The date a weekday in brackets right after it restates, where that date falls on it: "the feast is likely on
    May 19 (Sunday)", as South Asian papers write it."""
    opened = BRACKET_BEFORE.search(ctx.text, max(0, match.start() - 4), match.start())
    if opened is None or not BRACKET_CLOSE.match(ctx.text, match.end()):
        return None
    for name in ("month_day", "day_month"):
        for named in PATTERNS[name].finditer(ctx.text, max(0, opened.start() - 25), opened.start()):
            if named.end() == opened.start():
                return _falls_on(named, weekday, ctx)
    return None


def _falls_on(named: re.Match[str], weekday: str, ctx: Context) -> date | None:
    """The day a date ``named`` beside a weekday reads as, where it falls on that weekday."""
    day = day_value(month_day(named, ctx))
    found = date.fromisoformat(day) if day and ISO_DAY.fullmatch(day) else None
    return found if found and found.isoweekday() == weekday_number(weekday) else None


def _weekday_again(match: re.Match[str], weekday: str, ctx: Context) -> re.Match[str] | None:
    """The same weekday named on its own again in the clause, before or after ``match``: "the council voted on
    Thursday to extend the mandate, which expires Thursday" tells of one Thursday (not "met on Monday and meets again
    Monday", nor "a week from Monday")."""
    begin = ctx.part_begins(match.start(), match.end())
    stop = ctx.sentences.around(match.start(), match.end())[1]
    end = semicolon if (semicolon := ctx.text.find(";", match.end(), stop)) >= 0 else stop
    if ctx.text.count(weekday[:3], begin, end) < 2:
        return None  # the scan below only where the weekday is named twice, as few clauses do
    number, at = weekday_number(weekday), next(match.start(g) for g in ("weekday", "then") if match.groupdict().get(g))
    for other in PATTERNS["weekday"].finditer(ctx.text, begin, end):
        if other.start("weekday") == at or other["wdet"] or weekday_number(other["weekday"]) != number:
            continue
        if weekday_named(other["weekday"], other[0]):
            first, second = sorted((at, other.start("weekday")))
            return None if WEEK_BETWEEN.search(ctx.text, first, second) else other
    return None


def _joined_weekday(match: re.Match[str], ctx: Context) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The joint and the weekday that a span or pair from the weekday ``match`` runs to ("to" and "Friday" of "Monday
    to Friday"), or None for each."""
    joint = DAY_RANGE.match(ctx.text, match.end())
    end = PATTERNS["weekday"].match(ctx.text, joint.end()) if joint else None
    return (joint, end) if end else (None, None)


def weeks_away(det: str, reference: date) -> int:
    """How many weeks from the telling's "last week" (or "this past week") lies: told at the weekend, the week now
    ending, as the Sunday papers tell the week gone by ("this past" on the Saturday too)."""
    weekday = reference.isoweekday()
    if det == "this past" and weekday >= 6 or det == "last" and weekday == 7:
        return 0
    return DIRECTION[det]


def _joined_day(match: re.Match[str], ctx: Context) -> date | None:
    """The weekday another is joined to as the next of a pair or a span ("named Thursday and Friday days of
    rest", "late Saturday or early Sunday", "Sunday through Tuesday"): the later follows it, whatever the tense. A
    span from a date ("from May 13 through Sunday") may be longer than a week."""
    for at, stop, day, _ in ctx.points:
        if DAY_RANGE.fullmatch(ctx.text, stop, match.start()) and PATTERNS["weekday"].fullmatch(ctx.text, at, stop):
            return day
    return None


def _possessive_tense(match: re.Match[str], ctx: Context, again: bool = True) -> str:
    """The tense a day's event ("Wednesday's ruling") is read in: one that has come ('past'), unless something
    awaits it. "As she tours the state ahead of Tuesday's primary" is the coming one ('future') unless the clause is
    told in the past ("she held more pledges going into Tuesday's primaries"); after "before", only in a
    clause that looks ahead ("whether she'll quit the race before Tuesday's primary", not "her share before Friday's
    purchases is…"). "For Sunday's Grand Prix", "Tuesday's primary" not told in the past, a day in a clause that
    looks ahead ("if they seal the win on Monday's final day") and a side's part in it ("the squad to face
    Malta in Saturday's qualifier") are the nearest ('none'), as the clause may be told before the day or
    after it, though after a "will" it is the coming one; "until Monday's announcement, stocks were trading…" one
    that has come."""
    forward = LOOKING_AHEAD.search(ctx.text, max(0, match.start() - 40), match.start())
    if forward:
        told = ctx.tense(forward.start(), forward.start())
        ahead = told == "future" if forward["before"] else told != "past"
        return "future" if ahead else "none"
    firm = ctx.firm_tense(match.start(), match.end())
    if firm == "firm future":
        return "future"
    tense = firm.removeprefix("firm ")
    awaiting = ctx.ends_before(AWAITING, match.start()) and not (
        tense == "past" and ctx.word_before(match.start()) == "until"
    )
    planned = PLAYING_IN.search(ctx.text, max(0, match.start() - 60), match.start())
    awaited = awaiting or planned or tense == "future" or EVENT_AFTER.match(ctx.text, match.end()) and tense != "past"
    if awaited and again:
        return _tense_named_again(match, ctx) or "none"
    return "none" if awaited else "past"


def _tense_named_again(match: re.Match[str], ctx: Context) -> str | None:
    """The tense the same day's event is read in where the text names it again in words that settle it: "in the run-up
    to Tuesday's Ohio primary" … "depends on taking the delegates in Tuesday's Ohio primary"."""
    event = EVENT_AFTER.match(ctx.text, match.end())
    if event is None:
        return None
    for other in re.finditer(re.escape(ctx.text[match.start() : event.end()]), ctx.text):
        day = PATTERNS["weekday"].match(ctx.text, other.start())
        if other.start() != match.start() and day and (told := _possessive_tense(day, ctx, again=False)) != "none":
            return told
    return None


# how many days from the telling a date named with its weekday may lie
WEEKDAY_NEAR = 365
SEASON_DAYS = 90  # further than a plan told in the past looks ahead


def weekday_for(reference: date, weekday: int, tense: str) -> date:
    """The ``weekday`` on or before ``reference`` in the past tense, on or after it in the future, and without a
    tense ("if he rolls through the caucuses Monday") the nearer of the two."""
    days = [calendar.weekday_near(reference, weekday, step) for step in (-1, 1)]
    if tense == "none":
        return calendar.nearest(reference, days, tense)
    return days[1] if tense == "future" else days[0]


def day_at(at: int, ctx: Context) -> str | None:
    """The day (YYYY-MM-DD) a date named with its month right at ``at`` gives: "June 1", "31 December"."""
    for name in ("month_day", "day_month"):
        if found := PATTERNS[name].match(ctx.text, at):
            return day_value(month_day(found, ctx))
    return None


def day_value(reading: Reading | None) -> str | None:
    return reading.value[:10] if reading and ISO_DAY.match(reading.value) else None


def year_for(match: re.Match[str], ctx: Context, month: int, day: int | None) -> tuple[int | None, bool]:
    """The stated year, or the likeliest one and True for a guess."""
    groups = match.groupdict()
    stated = groups.get("year") or groups.get("range_year") or groups.get("old_year")
    if stated:
        return int(stated), False
    if groups.get("short_year"):
        return full_year(int(groups["short_year"]), ctx), ctx.reference is None
    rely = (groups.get("rely") or "").lower()
    if not rely and (heading := ctx.heading_year(match.start())):
        return heading, False  # "2003" over "20 January. The first clash …"
    if ctx.reference is None:
        guessed = ctx.year_guess(match.start())
        return guessed, not (guessed and day and _weekday_fits(groups.get("weekday"), guessed, month, day))
    if rely:
        return ctx.named_year(rely, match.start()), False
    weekday = groups.get("weekday")
    if weekday and day:
        # a weekday is named with a date within a year of the telling; one that fits only further off, or a season
        # or more across the telling from what the tense allows, is a slip ("Labor Day, Monday, September 1", told
        # in August 1996, when it fell on Monday, September 2; "resigned on Monday 3 March", told in March 2024)
        for year in (ctx.reference.year, ctx.reference.year - 1, ctx.reference.year + 1):
            fits = _weekday_fits(weekday, year, month, day)
            if fits and abs(days := (date(year, month, day) - ctx.reference).days) <= WEEKDAY_NEAR:
                if not _across(days, ctx.tense(match.start(), match.end())):
                    return year, False
    if day and (again := _named_again(match, ctx, month, day)):
        return again, True
    if day and (end := _range_end_day(match, ctx)):  # "from April 19 to June 1": the start comes before the end
        return end.year - ((month, day) > (end.month, end.day)), True
    if ctx.ends_before(COME, match.start()):  # "the election come November": the one still to come
        return calendar.month_year(ctx.reference, month, "firm future", day), True
    if ctx.looks_back(match.start(), match.end()):
        # "fallen since January", "was revealed in March", "rose from 1 January": the last one begun
        begun = (month, day or 1) <= (ctx.reference.month, ctx.reference.day)
        return ctx.reference.year - (not begun), True
    tense = _date_tense(match, ctx, day)
    if not day and tense == "firm future" and MONTH_DATA.match(ctx.text, match.end()):
        tense = "future"  # "will show September payrolls", told in October: a month's figures come out after it
    if day and not tense.endswith("future") and (told := _story_year(match, ctx, month, day)):
        return told, True
    if not day and not tense.endswith("future") and (opened := opening_year(match, ctx)):
        return opened, True
    if begun := _range_begun(match, ctx, day):  # "from 1 April to 30 September": the range nearest the telling
        return _range_year(match, ctx, begun, (month, day)), True
    return calendar.month_year(ctx.reference, month, tense, day), True


def _weekday_fits(weekday: str | None, year: int, month: int, day: int) -> bool:
    """Whether a weekday written with a date falls on it in ``year``: "Tuesday, March 12" confirms a 2024 guessed from
    the years the text wrote, as a weekday fits the wrong year one time in seven."""
    if not weekday or not calendar.is_day(year, month, day):
        return False
    return date(year, month, day).isoweekday() == weekday_number(weekday)


def _across(days: int, tense: str) -> bool:
    """Whether a day ``days`` from the telling lies on the other side of it from the tense, and by more than a
    plan told in the past may look ahead ("the vote was set for Monday, March 17", told on the 14th)."""
    return tense == "past" and days > SEASON_DAYS or tense == "future" and days < -SEASON_DAYS


def _date_tense(match: re.Match[str], ctx: Context, day: int | None) -> str:
    """The tense a yearless month or day is read in: its clause's firm tense; 'firm past' for the end of a period of
    figures ("GDP grew in the three months to June", told in May) and for a figure's day in brackets ("5,032.94 (Jan
    10)"), recorded, and so for a day a figure told in the past is given "as of" and for a contest won or lost; 'future'
    after "closer to" in a clause with no tense."""
    tense = ctx.firm_tense(match.start(), match.end())
    if tense == "past" and ctx.ends_before(PERIOD_TO, match.start()):
        return "firm past"
    if day and ctx.ends_before(FIGURE_DAY, match.start()) and ctx.text.startswith(")", match.end()):
        return "firm past"
    if tense == "past" and ctx.ends_before(AS_OF, match.start()):
        return "firm past"  # "As of Dec. 31, debt stood at $3 billion": a figure recorded on a day gone
    if tense == "past" and ctx.ends_before(RESULT_BEFORE, match.start()):
        return "firm past"  # "He won the May 5 election", told in April: last year's, as this year's is ahead
    if tense == "none" and ctx.ends_before(NEARING, match.start()):
        return "future"
    firm = tense.startswith("firm")  # "there were 40 attacks in January" stays firm
    if not firm and ctx.word_before(match.start()) == "in" and ctx.ends_before(HAPPENED_IN, match.start(), reach=100):
        return "past"
    return tense


def _named_again(match: re.Match[str], ctx: Context, month: int, day: int) -> int | None:
    """The year of the same day named earlier with its year written out, which a story names again without it:
    "the consulate was attacked on Sept. 11, 2012. Days after the Sept. 11 attack, …"."""
    for at, stop, told, parts in reversed(ctx.points):
        if at < match.start() and parts == 3 and (told.month, told.day) == (month, day):
            return told.year if WRITTEN_YEAR.search(ctx.text, at, stop) else None
    return None


def opening_year(match: re.Match[str], ctx: Context) -> int | None:
    """The year a sentence opens with, which its months and quarters fall in: "In 2008, Obama's campaign began airing
    ads in mid-September", "In March 2015, the firm wrote of its plans for the second quarter", "That year, it shut
    offices in November" (of the year the text named last), "Last year, it opened a plant in March"."""
    begin = ctx.sentences.around(match.start(), match.end())[0]
    opening = YEAR_OPENING.match(ctx.text, begin)
    if opening and opening.end() <= match.start():
        return int(opening["year"])
    worded = YEAR_WORD_OPENING.match(ctx.text, begin)
    return ctx.named_year(worded["rely"], begin) if worded and worded.end() <= match.start() else None


def _story_year(match: re.Match[str], ctx: Context, month: int, day: int) -> int | None:
    """The year of a story told in another year that a yearless day continues: "On March 2, 2015, the Times
    revealed …, and the following day … On March 25, Platte River …", told in 2016; a tour "opening on May 13 next
    year" and its schedule "May 20 Nets at Taunton … June 12-16 First match". The day must come within weeks
    after the last full date more than half a year from the reference, stated just before, and the story's year
    must be written out or named where it began ("2015", "next year"), not a "September 11 attack" read as 2001:
    each full date of the story lies within reach of the next."""
    reference = ctx.anchor()
    # dates near the reference between are the telling's ("…, the board said on Friday."), not the story's
    points = [
        (at, d)
        for at, _, d, parts in ctx.points
        if parts == 3 and at < match.start() and abs(reference - d) >= STORY_AGE
    ]
    if not points:
        return None
    at, told = points[-1]
    if match.start() - at > STORY_REACH or not calendar.is_day(told.year, month, day):
        return None
    if not timedelta(0) <= date(told.year, month, day) - told <= STORY_STEP:
        return None
    reach = match.start()
    for at, day_ in reversed(points):
        if reach - at > STORY_REACH or day_.year != told.year:
            return None
        named = YEAR_NAMED.search(ctx.text, at, at + 25)
        if named and named[0] in (str(told.year), named["rel"]):
            return told.year
        reach = at
    return None


def _range_begun(match: re.Match[str], ctx: Context, day: int | None) -> re.Match[str] | None:
    """The date that starts the range a yearless one ends: a day named with its month for a day ("1 April" of "from
    1 April to 30 September"), a month for a month ("April" of "from April to September")."""
    names, joint = (("month_day", "day_month"), DAY_RANGE) if day else (("month",), MONTH_RANGE)
    for name in names:
        for start in PATTERNS[name].finditer(ctx.text, max(0, match.start() - 40), match.start()):
            named = start["month"] and (start["day"] if day else not start["det"])
            if named and (joined := joint.fullmatch(ctx.text, start.end(), match.start())):
                # "in February and October" is a list, which may run back; "between May and August" a range
                listed = joined[0].split()[-1:] in (["and"], ["or"])
                return None if listed and ctx.word_before(start.start()) != "between" else start
    return None


RANGE_OPENING = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)  # "between December and March", a range
MOVE = re.compile(rf"\b(?:{MOVED})\b", re.IGNORECASE)  # "postponed the vote from December to March": a move, no span


def _range_year(match: re.Match[str], ctx: Context, begun: re.Match[str], end: tuple[int, int | None]) -> int:
    """The year of a yearless day or month that ends a range: after a start with its year, the first end from it
    on; else that of the range nearest the telling, weighed against the tense as a day is (``calendar.nearest``):
    "the ban runs from 1 April to 30 September", told in March, is this year's, though last September is nearer
    than this one, and a range "for October to March", told in August, runs into next year; one whose start looks
    back ("was held from June 3 to June 9", "exports rose 5% from January to March") has begun."""
    start = (month_number(begun["month"]), day_number(begun["day"]) if end[1] else 1)
    after = int(start > (end[0], end[1] or 31))
    if stated := begun.groupdict().get("year"):
        return int(stated) + after
    reference = ctx.anchor()
    # "was held from June 3 to June 9": a range begun, as its start looks back, whatever the tense of its end
    begun_past = ctx.looks_back(begun.start(), begun.end())
    tense = "firm past" if begun_past else ctx.firm_tense(match.start(), match.end())
    nearest = {}  # the day of each candidate range nearest the telling, and the year the range ends in
    # "exports rose 4% in January-July", told in March: a range of months told as over has reached its last month
    # ("prices fell between December and March", told in January, is the winter before); one told to come has not
    # seen its first month out ("prices will fall between December and March" is the next winter)
    months, opened = end[1] is None, ctx.ends_before(RANGE_OPENING, begun.start())
    over = months and ("firm past" in (tense, ctx.firm_tense(begun.start(), begun.end())) or opened and tense == "past")
    moved = MOVE.search(ctx.text, ctx.sentences.around(begun.start(), begun.end())[0], begun.start())
    ahead = months and opened and tense.endswith("future") and not moved  # "postponed from December to March" no
    for year in (reference.year + 1, reference.year - 1, reference.year):
        if calendar.is_day(year - after, *start) and (end[1] is None or calendar.is_day(year, *end)):
            if over:
                key = date(year, end[0], 1)
            elif ahead:
                key = _last_day(year - after, start[0], None)
            else:
                key = min(max(reference, date(year - after, *start)), _last_day(year, *end))
            nearest[key] = year
    if not nearest:
        return reference.year
    pick = calendar.nearest_fitting if over or ahead else calendar.nearest
    return nearest[pick(reference, list(nearest), tense)]


def _last_day(year: int, month: int, day: int | None) -> date:
    """The day, or the last day of the month where none is given."""
    return date(year, month, day or monthdays.monthrange(year, month)[1])


def _range_end_day(match: re.Match[str], ctx: Context) -> date | None:
    """The day that ends a range of days named with their months: "from April 19 to June 1", "between 3 March
    and 5 May"."""
    joint = DAY_RANGE.match(ctx.text, match.end())
    day = day_at(joint.end(), ctx) if joint else None
    return date.fromisoformat(day) if day else None


def month_day(match: re.Match[str], ctx: Context) -> Reading | None:
    if not capitalized(match["month"], match[0]):
        return None
    if match["day"][0].isalpha() and match.start("day") < match.start("month") and " of " not in match[0]:
        return None  # "the second March on Washington"; "the second of March" is a date
    if _name_after_short_month(match, ctx):
        return None  # "beat Moreno 6-3 7-6 Jan Peeters beat…": a name, not January
    month, day = month_number(match["month"]), day_number(match["day"])
    if (month, day) == (9, 11) and _the_attacks(match, ctx):
        return Reading("DATE", "2001-09-11")
    groups = match.groupdict()
    stated = any(groups.get(group) for group in ("year", "short_year", "rely", "old_year"))
    if groups.get("det") and ctx.reference and not stated:
        year, guess = _next_or_last(ctx.reference, groups["det"], month, day), False
    else:
        year, guess = _coming_vote(match, ctx, month) or year_for(match, ctx, month, day)
    if year is not None and not calendar.is_day(year, month, day):
        return None
    if year is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", guess=True)
    return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}", guess=guess)


def _next_or_last(reference: date, det: str, month: int, day: int) -> int:
    """The year of "next Jan. 1" (the first one after the telling) or "last May 5" (the last one before it)."""
    if det.lower().startswith(("next", "this coming")):
        return reference.year + ((month, day) <= (reference.month, reference.day))
    return reference.year - ((month, day) >= (reference.month, reference.day))


def _name_after_short_month(match: re.Match[str], ctx: Context) -> bool:
    """Whether a month cut short without a full stop is followed by a capitalized word: "Jan Peeters", "Mar
    Roxas" are names."""
    word = match["month"]
    return len(word) == 3 and word.lower() != "may" and bool(NAME_BESIDE.match(ctx.text, match.end("month")))


def _the_attacks(match: re.Match[str], ctx: Context) -> bool:
    """Whether a yearless "Sept. 11", told years after 2001, names the attacks: "after Sept. 11", "the Sept. 11
    attacks"; when the document's own Sept. 11 is within two months of it, as "the 11 September hijackers" or in a
    text of terror, not as a day something is held on or remembered ("a memorial on Sept. 11"); not after the text
    named another year's ("on Sept. 11, 2012 … the Sept. 11 attack")."""
    if any(match.groupdict().get(group) for group in ("year", "rely", "det")) or ctx.reference is None:
        return False
    if _named_again(match, ctx, 9, 11):
        return False
    reference = ctx.reference
    if ATTACKS_AFTER.match(ctx.text, match.end()):
        return reference.year > 2002
    ahead = (date(reference.year, 9, 11) - reference).days
    # this year's day still to come is no day told in the past ("after the attacks on Sept. 11, he was…", in July)
    recent = -60 <= ahead <= 0 or 0 < ahead <= 60 and ctx.tense(match.start(), match.end()) != "past"
    sentence = ctx.text[slice(*ctx.sentences.around(match.start(), match.end()))]
    if recent:
        # near the anniversary, only in a text of terror, and not as the day something is held on or remembered
        on_the_day = ctx.word_before(match.start()) in ("on", "this", "last") or ANNIVERSARY.search(sentence)
        return reference.year > 2002 and bool(TERROR.search(ctx.text)) and not on_the_day
    named = ATTACKS.search(sentence) or ctx.word_before(match.start()) in ("after", "since")
    return reference.year > 2002 and bool(named)


def day_end(match: re.Match[str], ctx: Context) -> Reading | None:
    """The last day of "July 25-28" or "Nov. 6 to 10", in the first day's month and year; of "the 17th and 18th", in
    the first day's month."""
    first = DAY_AFTER.search(ctx.text, max(0, match.start() - 30), match.start())
    reading = month_day(first, ctx) if first else None
    day = int(match["end"])
    if first is None and not match["year"]:
        return _nth_day_ending(match, ctx, day)  # "on the 17th and 18th"
    if reading is None or day <= day_number(first["day"]):  # type: ignore[index]
        return None
    value = f"{match['year'] or reading.value[:4]}{reading.value[4:8]}{day:02d}"
    if not value.startswith("X") and not calendar.is_day(int(value[:4]), int(value[5:7]), day):
        return None
    return replace(reading, value=value, guess=reading.guess and not match["year"])


def _nth_day_ending(match: re.Match[str], ctx: Context, day: int) -> Reading | None:
    """The day of the month that ends a range of them ("from the 3rd through the 7th"), in its start's month, or the
    next where it falls before the start; None where no such day starts the range ("promoted to the 7th")."""
    start = NTH_RANGE_START.search(ctx.text, max(0, match.start() - 40), match.start())
    opening = PATTERNS["nth_day"].match(ctx.text, start.start()) if start else None
    first = nth_day(opening, ctx) if opening else None
    if first is None or first.value.startswith("X"):
        return first and replace(first, value=f"{first.value[:8]}{day:02d}")
    begun = date.fromisoformat(first.value)
    month_start = calendar.add_months(begun.replace(day=1), 1 if day < begun.day else 0)
    if not calendar.is_day(month_start.year, month_start.month, day):
        return None
    return replace(first, value=month_start.replace(day=day).isoformat())


def nth_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """"On the 16th": after a stated date, the first such day from it on (the story moves on: "began on 28 April.
    On the 3rd…" is 3 May); else the one around the document's date that fits the tense. Told in the past after
    another year alone, a day of some month of it. A guess either way. Not after a clause that counts other things
    so ("a birdie on the 17th", "on the 2nd floor, but … on the 3rd")."""
    if match["rday"]:
        return _day_of_month_named(match, ctx)
    if NTH_THING.search(ctx.text, ctx.part_begins(match.start(), match.end()), match.start()):
        return None
    day = int(match["day"])
    if ctx.word_before(match.start()) in ("and", "to", "through", "thru"):
        return _nth_day_ending(match, ctx, day)
    try:
        reference, known = ctx.narrative_known(match.start())
    except Unanchored:
        return Reading("DATE", f"XXXX-XX-{day:02d}", guess=True)
    stated = ctx.stated_before(match.start())
    if stated and known == "year":
        # "began in 2003. On the 15th it was lifted": a day of some month of that year; of the document's year, or
        # told as now or to come ("2003 … The talks resume on the 15th"), the one around the document's date
        if reference.year != ctx.anchor().year and ctx.tense(match.start(), match.end()) == "past":
            return Reading("DATE", f"{reference.year:04d}-XX-{day:02d}", guess=True)
        reference, stated = ctx.anchor(), False
    days = calendar.days_numbered(reference, day, range(0 if stated else -1, 2))
    if not days:
        return None
    if stated:
        chosen = next((d for d in days if d >= reference), days[-1])
    else:
        chosen = calendar.nearest_fitting(reference, days, ctx.firm_tense(match.start(), match.end()))
    return Reading("DATE", chosen.isoformat(), guess=True)


def weekday_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """"Thursday the 28th": the day of that number, within a year of the story's date, that falls on that weekday,
    the nearest the tense allows; a guess, as the month is not given. "A Friday the 13th" is some such day, "every
    Friday the 13th" none."""
    before = ctx.word_before(match.start())
    if not capitalized(match["weekday"], match[0]) or before in ("every", "each"):
        return None
    day, weekday = int(match["day"]), weekday_number(match["weekday"])
    if before in ("a", "any"):
        return Reading("DATE", f"XXXX-XX-{day:02d}")
    try:
        reference, _ = ctx.narrative_known(match.start())
    except Unanchored:
        return Reading("DATE", f"XXXX-XX-{day:02d}", guess=True)
    days = [named for named in calendar.days_numbered(reference, day, range(-12, 13)) if named.isoweekday() == weekday]
    if not days:
        return None
    tense = "none" if ctx.stated_before(match.start()) else ctx.firm_tense(match.start(), match.end())
    return Reading("DATE", calendar.nearest_fitting(reference, days, tense).isoformat(), guess=True)


def _day_of_month_named(match: re.Match[str], ctx: Context) -> Reading | None:
    """"The 30th of last month", "the 5th of the following month", "the first of next month": that day of the month
    named from the telling or, after "that" or "the", from the story's last date; "the 15th instant", this month's,
    "the 2nd proximo" next month's and "the 28th ultimo" last month's."""
    day = 1 if match["rday"].lower() == "first" else day_number(match["rday"])
    named = match["month_rel"] or ("next" if match["proximo"] else "last" if match["ultimo"] else "this")
    try:
        reference, step = ctx.named_from(named, match.start())
    except Unanchored:
        return Reading("DATE", f"XXXX-XX-{day:02d}")
    first = calendar.add_months(reference.replace(day=1), step)
    if not calendar.is_day(first.year, first.month, day):
        return None
    return Reading("DATE", first.replace(day=day).isoformat())


def week_of(match: re.Match[str], ctx: Context) -> Reading | None:
    """"The week of March 6": the ISO week that day falls in; "the weekend of Dec. 7", that week's weekend."""
    span = match["span"].lower()
    reading = month_day(match, ctx)
    if reading is None or reading.value.startswith("X"):
        return reading and replace(reading, value=unknown(span))
    return replace(reading, value=calendar.value_at(date.fromisoformat(reading.value), span))


def week_of_weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    """"The week ended Friday", "the week beginning Monday": the ISO week that day, read as a weekday is, falls in."""
    reading = weekday(PATTERNS["weekday"].match(ctx.text, match.start("weekday")), ctx)  # type: ignore[arg-type]
    if reading is None or reading.value.startswith("X"):
        return reading and replace(reading, value=unknown("week"))
    return replace(reading, value=calendar.value_at(date.fromisoformat(reading.value), "week"))


def week_number(match: re.Match[str], ctx: Context) -> Reading | None:
    """"Calendar week 19", "week 20 of 2024": that ISO week, of the year given or, where none is, of the year the
    tense makes likeliest; a number no week of that year has ("week 53 of 2024") is none."""
    if not (match["kind"] or match["year"] and "of" in (match["of"] or "")):
        return None  # a bare "week 20", which may count a season's weeks
    number = int(match["num"])
    if match["year"]:
        year = int(match["year"])
        return Reading("DATE", f"{year:04d}-W{number:02d}") if _iso_monday(year, number) else None
    if ctx.reference is None:
        return Reading("DATE", f"XXXX-W{number:02d}")
    years = (ctx.reference.year + step for step in (-1, 0, 1))
    mondays = [monday for year in years if (monday := _iso_monday(year, number))]
    if not mondays:
        return None  # "ISO week 53", told in a year that, like those beside it, has none
    day = calendar.nearest(ctx.reference, mondays, ctx.firm_tense(match.start(), match.end()))
    return Reading("DATE", f"{day.isocalendar()[0]:04d}-W{number:02d}", guess=True)


def _iso_monday(year: int, week: int) -> date | None:
    """The Monday of ISO week ``week`` of ``year``, where the year has that week."""
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def _nth_in_month(match: re.Match[str], ctx: Context) -> tuple[int | None, int, bool, int]:
    """For "the first … of April": the likeliest year (and whether it is a guess), the month and which one is
    meant (-1: the last)."""
    nth = match["nth"].lower()
    which = -1 if nth in ("last", "final") else ORDINALS[nth]
    if relmonth := (match.groupdict().get("relmonth") or "").lower():  # "the first week of next month"
        named = calendar.add_months(ctx.anchor(), DIRECTION[relmonth]) if relmonth != "the" else _month_told(match, ctx)
        return named.year, named.month, False, which
    if match.groupdict().get("year_alone") or match.groupdict().get("relyear"):
        # "the first week of the year", "the last day of 2025": in its first month or its last
        return _year_named(match, ctx), 12 if which < 0 else 1, False, which
    month = month_number(match["month"])
    year, guess = year_for(match, ctx, month, None)
    return year, month, guess, which


def _year_named(match: re.Match[str], ctx: Context) -> int:
    """The year of "the last day of 2025", "… of next year" or, the story's last, "… of the year"."""
    if match["year_alone"]:
        return int(match["year_alone"])
    relyear = match["relyear"].lower()
    return ctx.named_year("that" if relyear == "the" else relyear, match.start())


def _month_told(match: re.Match[str], ctx: Context) -> date:
    """A day in "the month" of "the last day of the month": the one the text named last, else the telling's."""
    day, precision = ctx.narrative_known(match.start())
    return day if precision != "year" else ctx.anchor()


def nth_week(match: re.Match[str], ctx: Context) -> Reading | None:
    """"The first week of April": the ISO week that holds the middle of the month's first seven days; "the last
    weekend in June", the weekend of the month's last Saturday; "the last day of the month", that day; "the first
    working day of April", the month's first Monday to Friday (holidays aside)."""
    if match["month"] and not capitalized(match["month"], match[0]):
        return None
    span = match["span"].lower()
    try:
        year, month, guess, nth = _nth_in_month(match, ctx)
    except Unanchored:
        return Reading("DATE", unknown(span))
    if year is None:
        return Reading("DATE", unknown(span), guess=True)
    if span == "weekend":
        return Reading("DATE", calendar.value_at(calendar.nth_weekday(year, month, 6, nth), span), guess=guess)
    if span == "day" and match["workday"]:
        return Reading("DATE", calendar.nth_workday(year, month, nth).isoformat(), guess=guess)
    if span == "day":
        last = monthdays.monthrange(year, month)[1]
        return Reading("DATE", date(year, month, last if nth < 0 else min(nth, last)).isoformat(), guess=guess)
    day = monthdays.monthrange(year, month)[1] - 3 if nth < 0 else 7 * nth - 3
    return Reading("DATE", calendar.value_at(date(year, month, day), "week"), guess=guess)


def first_of_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """"After the first of the year": the New Year's Day its tense points to, the coming one in "will decide after
    the first of the year" and the last in "prices rose after the first of the year" (in a sentence that opens with a
    year, that year's); "the first of next year", that year's."""
    if ctx.word_before(match.start()) not in DAY_PREPOSITIONS and not ctx.ends_before(AS_OF, match.start()):
        return None  # "the storm was the first of the year to hit land" counts storms
    relyear = match["relyear"].lower()
    if ctx.reference is None:
        return Reading("DATE", "XXXX-01-01")
    if relyear != "the":
        return Reading("DATE", f"{ctx.named_year(relyear, match.start()):04d}-01-01")
    if not (year := opening_year(match, ctx)):
        new_years = [date(ctx.reference.year + step, 1, 1) for step in (-1, 0, 1)]
        year = calendar.nearest_fitting(ctx.reference, new_years, ctx.tense(match.start(), match.end())).year
    return Reading("DATE", f"{year:04d}-01-01", guess=True)


def nth_weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    """"The last Friday in August", "the first Tuesday of November": that day of the month."""
    if not (capitalized(match["weekday"], match[0]) and capitalized(match["month"], match[0])):
        return None
    year, month, guess, nth = _nth_in_month(match, ctx)
    if year is None:
        return Reading("DATE", unknown("day"), guess=True)
    day = calendar.nth_weekday(year, month, weekday_number(match["weekday"]), nth)
    return Reading("DATE", day.isoformat(), guess=guess)


def month_year(match: re.Match[str], ctx: Context) -> Reading | None:
    if not capitalized(match["month"], match[0]):
        return None
    month = month_number(match["month"])
    year, guess = year_for(match, ctx, month, None)
    return Reading("DATE", f"{year:04d}-{month:02d}", edge_mod(match), guess) if year else None


WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def modifies(match: re.Match[str], ctx: Context) -> bool:
    """Whether a month or day names the time of the noun after it ("the October slaying", "a Sunday night
    service"), not an event ("the March on") or a day on its own ("on a Sunday in March")."""
    after = WORD_AFTER.match(ctx.text, match.end())
    return bool(after) and after[1] not in PREPOSITIONS


# Months whose names name nothing else: no person (June, April, May, August) and no deed (March, May)
PLAIN_MONTHS = {"January", "February", "July", "September", "October", "November", "December"}
# a determiner or a name's "'s", then up to three lowercase words: "the strong", "Florida's", "an unseasonably mild"
DETERMINED = re.compile(
    rf"(?:\b(?i:{'|'.join(sorted(DETERMINERS))})|\w['’]s)\s+[\"“‘']?(?:[a-z][\w-]*\s+){{0,3}}$"
)
COME = re.compile(r"\bcome\s+$", re.IGNORECASE)
# a weekday that opens a sentence as its subject, in the present: "Sunday marks the anniversary", "Monday sees talks"
PRESENT_AFTER_SUBJECT = re.compile(r"\s+(?:is|marks|sees|brings|begins|starts|ends|opens|closes)\b")
NEARING = re.compile(r"\b(?:closer|nearer)\s+to\s+$", re.IGNORECASE)  # "as the race draws closer to November": ahead
# a month's figure, as tables of indicators give it: "(June +0.9)", "May $27,246.5 million", "July 10.8 pct"
MONTH_FIGURE = re.compile(r"[ \t]+(?:[-+][ \t]?\d|\$[ \t]?\d|\d[\d,]*\.\d)")
FIRST_NAME = re.compile(r"\b[A-Z][a-z]+[ \t]+$")  # "Brian May 10.52": a runner's time in a table of results
# a month begun, ended or compared with: "began March with $20 million in cash", "compared with March, when…"
MONTH_SPANNED = re.compile(
    r"\b(?:beg[au]n|begins?|started|starts?|ended|ends?|finished|finishes|entered|enters|compared\s+(?:with|to))\s+$",
    re.IGNORECASE,
)
# a possessive, or a second month after a range's joint: "June's deficit", "June and July wages", "May-June"
MONTH_PAIRED = re.compile(rf"['’]s\s+(?-i:[a-z\d])|(?:{MONTH_RANGE.pattern}){MONTH}(?![\w'’-])")
ITEM_DATED = re.compile(r"[ \t]*[-–—:.][ \t]")  # after the date that opens a list's line: "June- A grand assembly"
# "January-June": the second month ends a range
MONTH_DASH = re.compile(rf"\b{MONTH}(?:{MONTH_JOINT.pattern})$", re.IGNORECASE)
MONTH_DASHED = re.compile(rf"(?:{MONTH_JOINT.pattern}){MONTH}(?![\w'’-])")  # "Jan-April": a short form begins a range
ANY_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)\b")
# a name and then the noun a month before them modifies: "a June [Senate] hearing", "a March [Reuters] report"
NAMED_NOUN_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w.&-]*){1,3}\s+(?-i:[a-z]+)\b(?<!\bon)(?<!\bof)(?<!\bfor)")
# a superlative that ranks a month among its kind: "the warmest August on record", "its worst May in years"
SUPERLATIVE = re.compile(
    r"\b(?:the|its|their)\s+(?:(?-i:[a-z])+est|best|worst|most\s+[a-z]+)\s+$", re.IGNORECASE
)
CAPITALIZED_BEFORE = re.compile(r"[a-z,;]\s+[A-Z][\w-]*\s+$")  # within a sentence: "Black September", "Red October"
_YEARLY = r"\b(?:(?:every|each)\s+year|annually|yearly)\b"
YEARLY = re.compile(_YEARLY, re.IGNORECASE)
# an aside on the subject, set off by commas, that tells of its yearly habit: "The talks, held annually since 2017,
# resume in October" (not "In Kabul, each year, the fair opens in June", where the habit is the clause's)
YEARLY_ASIDE = re.compile(
    rf",\s+(?!(?:every|each|annually|yearly)\b)(?-i:[a-z])[^,;:]{{0,60}}?{_YEARLY}[^,;:]{{0,60}},", re.IGNORECASE
)
# the figures of a month, as data headlines give them: "German June industrial output", "Finnish April trade surplus",
# "June steel output figures were revised"
MONTH_DATA = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:trade|exports?|imports?|output|production|sales|inflation|payrolls?|jobs|jobless"
    r"|unemployment|data|figures?|index|survey|deficit|surplus|retail|industrial|housing|wholesale|factory|money"
    r"|budget|current\s+account|(?-i:CPI|PPI|GDP))\b"
)


def month(match: re.Match[str], ctx: Context) -> Reading | None:
    if match.groupdict().get("back"):
        return _years_back(match, ctx)
    word = match["month"]
    short = len(word) <= 3 and word != "May"
    if not capitalized(word, match[0]) or short and not _dashed(match, ctx):
        return None  # "Jan" and "Mar" are names as well; "in Oct." and "Jan-Mar" are months
    if word.title() not in FULL_MONTHS and DAY_AFTER_STOP.match(ctx.text, match.end()):
        return None  # "Sept" of "that Sept. 26 event": the day's month, which the day's reading takes
    if within_quoted_title(match, ctx):
        return None  # the novel "In the Year of January"
    det = " ".join((match["det"] or "").lower().split())
    before = ctx.word_before(match.start())
    if not det and not match["edge"] and before not in PREPOSITIONS and not _named_alone(match, ctx):
        return None
    number_ = month_number(word)
    if number_ == 3 and before in NAME_JOINERS and MARCH_NAME.match(ctx.text, match.end()):
        return None  # "the Alliance to Halt the Levy and March on the Capitol", "the Women's March for Equality"
    if ctx.reference is None:
        # the last year written out, but not for "last October", "next May": they count from the unknown telling
        year = None if det in FROM_TELLING else ctx.year_guess(match.start())
        return Reading("DATE", f"{year:04d}-{number_:02d}" if year else f"XXXX-{number_:02d}", edge_mod(match), True)
    reference = ctx.reference
    if det == "this":
        return Reading("DATE", f"{reference.year:04d}-{number_:02d}")
    if det == "that" and ctx.stated_before(match.start()):  # "the 1968 convention … his loss that November"
        return Reading("DATE", f"{ctx.narrative(match.start()).year:04d}-{number_:02d}")
    if det in FROM_TELLING:  # "this" was read above
        step = -1 if det in ("last", "this past") else 1
        year = reference.year + (step if (number_ - reference.month) * step <= 0 else 0)
        if det == "last" and number_ == reference.month - 1:
            year -= 1  # "last February", told in March, is a year back: the February just over is "last month"
        return Reading("DATE", f"{year:04d}-{number_:02d}")
    if ended := _range_end_month(match, ctx):  # "between July and December 1995": the start comes before the end
        end, guess = ended
        return Reading("DATE", f"{end.year - (number_ > end.month):04d}-{number_:02d}", edge_mod(match), guess)
    if _yearly(match, ctx):  # "the festival is held each year in June": every June, in no year in particular
        return Reading("DATE", f"XXXX-{number_:02d}", edge_mod(match))
    if ctx.market_report and (
        CONTRACT_AFTER.match(ctx.text, match.end()) or ctx.ends_before(DELIVERY_IN, match.start())
    ):
        # "December bonds broke below the July 30 low", "March T-bills were off": a contract, due this month or ahead
        return Reading("DATE", f"{reference.year + (number_ < reference.month):04d}-{number_:02d}", guess=True)
    if ctx.market_report and (listed := _listed_contract(match, ctx, number_)):
        return Reading("DATE", f"{listed:04d}-{number_:02d}", guess=True)
    year, guess = _coming_vote(match, ctx, number_) or year_for(match, ctx, number_, None)
    return Reading("DATE", f"{year:04d}-{number_:02d}", edge_mod(match), guess=guess and not det)


def _yearly(match: re.Match[str], ctx: Context) -> bool:
    """Whether a month is that of a yearly habit its sentence tells of in the present ("is held each year in June",
    "every year in June, the rains return", "meets annually in May"), not of one year's ("in June, as every year"),
    nor of an aside's ("The talks, held annually, resume in October")."""
    begin = ctx.sentences.around(match.start(), match.end())[0]
    habits = [found.start() for found in YEARLY.finditer(ctx.text, begin, match.start())]
    if not habits:
        return False  # most sentences: no aside to look for
    asides = [aside.span() for aside in YEARLY_ASIDE.finditer(ctx.text, begin, match.start())]
    own = [at for at in habits if not any(a <= at < b for a, b in asides)]
    return bool(own) and ctx.tense(match.start(), match.end()) != "past"


def _listed_contract(match: re.Match[str], ctx: Context, month: int) -> int | None:
    """The year of a contract month listed after another, figure by figure, where the sentence or the one before
    names contracts ("13.50 for September contract, 15.25 for December, 18.75 for March"; "This compared with 17.25
    for September, 19.00 for December"): the first such month after the one listed before it, as contracts run
    forward (where "0.3 for July after 0.2 for June" runs back)."""
    if not ctx.ends_before(FIGURE_FOR, match.start()):
        return None
    begin, stop = ctx.sentences.around(match.start(), match.end())
    listed = [(at, end, day) for at, end, day, parts in ctx.points if begin <= at < match.start() and parts == 2]
    if not listed or not ctx.ends_before(FIGURE_FOR, listed[-1][0]):
        return None
    if not LISTED_FIGURE.fullmatch(ctx.text, listed[-1][1], match.start()):
        return None
    if not CONTRACTS_NAMED.search(ctx.text, ctx.sentences.around(max(0, begin - 1), begin)[0], stop):
        return None
    before = listed[-1][2]
    return before.year + (month <= before.month)


def _dashed(match: re.Match[str], ctx: Context) -> bool:
    return ctx.ends_before(MONTH_DASH, match.start()) or bool(MONTH_DASHED.match(ctx.text, match.end()))


def _years_back(match: re.Match[str], ctx: Context) -> Reading | None:
    """"In July a year earlier", "from May two years ago": the month as read alone, so many years back."""
    found = PATTERNS["month"].match(ctx.text, match.start(), match.end("month"))
    reading = month(found, ctx) if found else None
    if reading is None or not reading.value[:4].isdigit():
        return None
    year = int(reading.value[:4]) - int(number(match["years"]) or 0)
    return replace(reading, value=f"{year:04d}{reading.value[4:]}", guess=False)


def _named_alone(match: re.Match[str], ctx: Context) -> bool:
    """Whether a month with no preposition before it is one: the time of a noun after a determiner ("the strong
    October report", "the party's July convention", "a September Washington Post poll"), or a month whose name
    names nothing else, as a noun of its own ("October provided a resurgence", "November's election"), unless a name
    takes it in ("Black September"); any month after "come", begun, ended or compared with ("began March with…"),
    before a figure ("(April $28,716.8 million)", not "Brian May 10.52") or the figures' noun ("German June industrial
    output"), in a range or a pair of months ("January-June", "June and July wages"), after a superlative ("the
    warmest August on record"), or with a possessive ("June's figures": news names a person twice by the surname)."""
    word, after = match["month"], ANY_WORD_AFTER.match(ctx.text, match.end())
    if any(ctx.ends_before(before, match.start()) for before in (COME, MONTH_DASH, MONTH_SPANNED, SUPERLATIVE)):
        return True
    if ITEM_DATED.match(ctx.text, match.end()) and ctx.opens_line(match.start()):
        return True  # "June- A grand assembly picks a leader.", a chronology's item
    if MONTH_FIGURE.match(ctx.text, match.end()) and not ctx.ends_before(FIRST_NAME, match.start()):
        return True
    if MONTH_PAIRED.match(ctx.text, match.end()):
        return True
    if MONTH_DATA.match(ctx.text, match.end()) and not (word == "May" and ctx.ends_before(FIRST_NAME, match.start())):
        return True  # not "Theresa May trade talks"
    if ctx.ends_before(DETERMINED, match.start()) and after and after[1] not in PREPOSITIONS:
        return after[1].islower() or word in PLAIN_MONTHS or bool(NAMED_NOUN_AFTER.match(ctx.text, match.end()))
    return word in PLAIN_MONTHS and not ctx.ends_before(CAPITALIZED_BEFORE, match.start())


def _range_end_month(match: re.Match[str], ctx: Context) -> tuple[date, bool] | None:
    """The month that ends a range of months, and whether its year is a guess: "between July and December 1995",
    "from May to August 2016", "the January-April 1995 figure", "from April to September"."""
    joint = MONTH_RANGE.match(ctx.text, match.end())
    if joint is None:
        return None
    if end := PATTERNS["month_year"].match(ctx.text, joint.end()):
        reading = month_year(end, ctx)
    elif (end := PATTERNS["month"].match(ctx.text, joint.end())) and _begins(end, ctx, match):
        reading = month(end, ctx)  # "from April to September": a yearless end, read as the range it ends
    else:
        return None
    if reading is None or not YEAR_MONTH.fullmatch(reading.value):
        return None
    return date.fromisoformat(f"{reading.value}-01"), reading.guess


def _begins(end: re.Match[str], ctx: Context, start: re.Match[str]) -> bool:
    """Whether a month starts the range a yearless month ends, as ``_range_begun`` finds it."""
    begun = _range_begun(end, ctx, None)
    return begun is not None and begun.start() == start.start()


def _coming_vote(match: re.Match[str], ctx: Context, month: int) -> tuple[int, bool] | None:
    """A month or yearless day that names a vote ("the November election", "the Nov. 8 U.S. election",
    "re-election in November"), or the month of one the text names ("an advantage in November", told after "the
    November election"), is the coming one, unless the clause is told in the past (where one awaited, "the favourite for
    the Nov. 8 election then said", is the nearer) or the last such month ended a few weeks ago (told in December)
    and the clause does not tell it as still to come ("the vote in November will be close")."""
    if match.groupdict().get("year") or match.groupdict().get("rely"):
        return None  # "the October 16, 1994 national election"
    try:
        reference = ctx.anchor()
    except Unanchored:
        return None
    voted = ctx.names_vote(match.start(), match.end())
    tense = ctx.tense(match.start(), match.end())
    told_past = tense == "past"
    # "the favourite for the Nov. 8 election then said…", "planted the stories to sway the Nov. 8 election":
    # awaited or aimed at in a clause told in the past, the nearer vote
    awaited = told_past and any(ctx.ends_before(cue, match.start()) for cue in (AWAITING, AIMED_AT, NAMED_OR_SET_UP))
    if not (voted or month in ctx.vote_months) or told_past and not awaited:
        return None
    last = reference.year - (month > reference.month)
    ended = calendar.add_months(date(last, month, 1), 1)
    if month == reference.month or (reference - ended).days <= 45 and tense != "future":
        return None
    if awaited and date(last + 1, month, 1) - reference > reference - date(last, month, 1):
        return None
    return last + 1, True


def numeric(match: re.Match[str], ctx: Context) -> Reading | None:
    """A date written month first, as in American text ("8/29/96"), unless the text writes the day first or the
    date fits its tense only so (``_fits_day_first``)."""
    month, day = int(match["mon"]), int(match["day"])
    day_first = ctx.day_first or not ctx.month_first and _fits_day_first(match, ctx, month, day)
    return iso(match, ctx, (day, month) if day_first and day <= 12 else (month, day))


def numeric_no_year(match: re.Match[str], ctx: Context) -> Reading | None:
    """"On 5/28": month first, as American text writes it, unless the month cannot be one ("on 28/5"), the text
    writes its dates day first, or the weekday before it falls on the day only so ("on Tuesday 5/3", told in 2024,
    is 5 March); in the year its tense makes likeliest, a guess."""
    month, day = int(match["mon"]), int(match["day"])
    if month > 12 or ctx.day_first and day <= 12 or _weekday_day_first(match, ctx, month, day):
        month, day = day, month
    if month > 12 or not calendar.is_day(2024, month, day):  # a leap year, which has every day
        return None
    try:
        year = calendar.month_year(ctx.anchor(), month, ctx.firm_tense(match.start(), match.end()), day)
    except Unanchored:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", guess=True)
    if not calendar.is_day(year, month, day):
        return None
    return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}", guess=True)


def _weekday_day_first(match: re.Match[str], ctx: Context, month: int, day: int) -> bool:
    """Whether a date in numbers open to both orders, after a weekday, falls on it only read day first, in the
    year its tense makes likeliest."""
    if not match["on"] or day > 12 or day == month or ctx.reference is None:
        return False
    tense = ctx.firm_tense(match.start(), match.end())
    on = weekday_number(match["on"])

    def falls(mon: int, dom: int) -> bool:
        year = calendar.month_year(ctx.reference, mon, tense, dom)
        return calendar.is_day(year, mon, dom) and date(year, mon, dom).isoweekday() == on

    return not falls(month, day) and falls(day, month)


def _fits_day_first(match: re.Match[str], ctx: Context, month: int, day: int) -> bool:
    """Whether a date open to both orders, in a text whose dates show neither, agrees with a firm tense only read
    day first: "said on 12/11/2024", told on 13 November, is 12 November, not a December still to come; or that is
    the day of the telling only so, where no firm future looks ahead ("Updated: 10/03/2026 14:05", told on 10 March)."""
    if ctx.reference is None or day > 12 or day == month:
        return False
    year = _numeric_year(match["year"], ctx)
    if not (calendar.is_day(year, month, day) and calendar.is_day(year, day, month)):
        return False
    month_first, day_first = date(year, month, day), date(year, day, month)
    tense = ctx.firm_tense(match.start(), match.end())
    if day_first == ctx.reference:
        return tense != "firm future"
    if tense == "firm past":
        return month_first > ctx.reference >= day_first
    return tense == "firm future" and month_first < ctx.reference <= day_first


VERSION_WORDS = {"version", "v", "release", "build", "update", "firmware", "patch"}  # "version 10.11.12" is none


def iso(match: re.Match[str], ctx: Context, month_day: tuple[int, int] | None = None) -> Reading | None:
    groups = match.groupdict()
    year = _numeric_year(groups["year"] or groups.get("dyear"), ctx)  # "01.03.2016": written with dots, day first
    month, day = month_day or (int(groups["mon"] or groups["dmon"]), int(groups["day"] or groups["dday"]))
    short_dotted = len(groups.get("dyear") or "") == 2  # "09.03.26", day first alone
    if short_dotted and ctx.word_before(match.start()) in VERSION_WORDS:
        return None  # "version 10.11.12"
    if groups.get("dmon") and not short_dotted and (month > 12 >= day or ctx.month_first and not month_day):
        month, day = day, month  # "08-15-2021": no month 15, so written month first, as the rest of its text is
    if not calendar.is_day(year, month, day):
        return None
    if groups.get("hour"):
        hour = on_24_hour_clock(int(groups["hour"]), groups["meridiem"] or "")
        return Reading("TIME", f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{match['minute']}")
    return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}")


def _numeric_year(text: str, ctx: Context) -> int:
    """The year of a date written in numbers, in four digits or two ("8/29/96")."""
    return int(text) if len(text) == 4 else full_year(int(text), ctx)


# how far ahead of the document's date a year written in two digits may lie: "fiscal '90" told in 1989
SHORT_YEAR_AHEAD = 20


def full_year(short: int, ctx: Context) -> int:
    """The year two digits name: the latest no more than ``SHORT_YEAR_AHEAD`` years after the document's date, or
    after 2000 without one ("fiscal '90" told in 1989 is 1990, "1/1/69" told in 2020 is 1969, "5/1/20" 2020)."""
    near = ctx.reference.year if ctx.reference else 2000
    candidates = (near // 100 * 100 + short + step for step in (-100, 0, 100))
    return max(year_ for year_ in candidates if year_ <= near + SHORT_YEAR_AHEAD)


# between a date and "a Wednesday" that restates its weekday
RESTATED_WEEKDAY = re.compile(r"\s*(?:\(|,)\s*(?:which\s+(?:was|is|will\s+be)\s+|then\s+)?an?\s+")


def named_day(match: re.Match[str], ctx: Context) -> str:
    """The day a weekday names (``day_of``), or, with no date to count from, some day of that weekday."""
    try:
        return day_of(match, ctx).isoformat()
    except Unanchored:
        return f"XXXX-WXX-{weekday_number(match['weekday'])}"


def _weekly(match: re.Match[str], ctx: Context) -> bool:
    """Whether a weekday is any week's, in a sentence that tells of what happens every week ("crowds gather after
    Friday prayers every week"), but not the day that ends or opens it ("met every week until Friday")."""
    if ctx.word_before(match.start()) in ("until", "till", "since", "by", "through"):
        return False
    return bool(EVERY_WEEK.search(ctx.text, *ctx.sentences.around(match.start(), match.end())))


def _restated_day(match: re.Match[str], ctx: Context) -> str | None:
    """The day a date right before "a Wednesday" names, where it is one: "on 1 April 2026 (a Wednesday)", "on May 5, a
    Tuesday"."""
    for _, stop, day, parts in ctx.points:
        if parts == 3 and RESTATED_WEEKDAY.fullmatch(ctx.text, stop, match.start()):
            return day.isoformat() if day.isoweekday() == weekday_number(match["weekday"]) else None
    return None


def weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    word = match["weekday"]
    joined = weekday_joined(match.start("weekday"), match.end("weekday"), ctx)
    if not weekday_named(word, match[0], joined) or ctx.ends_before(WEEKDAY_NAMES, match.start()):
        return None
    short = len(word.rstrip(".")) <= 3
    named = short and not joined or CLOSING_QUOTE.match(ctx.text, match.end())
    if ctx.ends_before(NAME_BEFORE, match.start()) and named:
        return None  # "the Las Vegas Sun.", "on ''Fox News Sunday.''" (not "Open Mon-Fri")
    if ctx.ends_before(NAME_BEFORE, match.start()) and NUMBERS_TO_LINE_END.match(ctx.text, match.end()):
        return None  # "Fulham 0 Sheffield Wednesday 3", "Sheffield Wednesday 5 3 1 1 9 4 10": a team in a score
    if MASTHEAD_AFTER.match(ctx.text, match.end()) or ctx.ends_before(MASTHEAD_BEFORE, match.start()):
        return None  # "The Sunday Times", "the Mail on Sunday": a newspaper
    if match["part"] and title_cased(match["part"], match[0]):
        return None  # "Saturday Night Live", "Sunday Morning Futures": a title
    if kept_days(match.start("weekday"), ctx):
        return Reading("SET", f"XXXX-WXX-{weekday_number(word)}")  # "open Monday to Friday": each week's
    # "Kabul fell on a Sunday", "One Sunday in 2001": some Sunday, unless it restates a date's weekday; "a Sunday night
    # service" was that Sunday's
    if ctx.ends_before(SOME_DAY_BEFORE, match.start()) and not modifies(match, ctx):
        day = _restated_day(match, ctx) or f"XXXX-WXX-{weekday_number(word)}"
    elif _weekly(match, ctx):
        day = f"XXXX-WXX-{weekday_number(word)}"
    else:
        day = named_day(match, ctx)
    part = (match["part"] or "").lower()
    if match["plural"]:
        return Reading("SET", f"XXXX-WXX-{weekday_number(word)}T{PARTS_OF_DAY[part]}")  # "our Friday nights"
    if part in DAY_MARKS:  # "Friday noon", "Monday midnight": that clock time, as "noon Friday" is
        return Reading("TIME", f"{day}T{DAY_MARKS[part]}", edge_mod(match))
    if part:
        return Reading("TIME", f"{day}T{PARTS_OF_DAY[part]}", edge_mod(match))
    return Reading("DATE", day, edge_mod(match))
