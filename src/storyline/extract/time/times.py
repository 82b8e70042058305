"""Readers of times of day and of days named from the telling: clock times, noon, "this morning", "today",
"now".
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from .context import CLAUSE_MARK, Context, Reading, Unanchored
from .dates import (
    ISO_DAY, PREPOSITIONS, day_at, day_of, day_value, iso, month_day, nth_day, nth_weekday, numeric, numeric_no_year,
    weekday,
)
from .habits import DAY_WORD, day_named_between, habit_around, kept_days
from .holidays import holiday
from .islamic import hijri_date, solar_hijri_date
from .lexicon import (
    CLOCK_PREPOSITIONS, DAY_MARKS, DAY_WORDS, MONTHS, MOVED_TO_WORDS, ONES, PARTS_OF_DAY, TENS, WEEKDAYS,
)
from .patterns import CLOCK_DAY_GAP, DAY, MONTH, PATTERNS, SOME_DAY_AFTER, WEEKDAY_RANGE_END
from .relative import PART_QUALIFIES, that_day, weeks_from_day
from .tense import AUXILIARIES
from .titles import SENTENCE_START, capital_inside, in_headline, in_title, weekday_joined, weekday_named
from .values import edge_mod, on_24_hour_clock, unknown
from .words import number, weekday_number

# "13 of the past 19 contests": a count of things, no time
COUNTED = re.compile(rf"\s+(?:\d|(?:{'|'.join(ONES[2:] + TENS[2:])}|few|several|many)\b)", re.IGNORECASE)
DAY_GROUPS = ("month", "weekday", "rel", "then")  # the groups of a clock time's pattern that name its day
# between "June 3" and "10 a.m.", "the following day" and "about 5:15 a.m.", and "Sun 8 Mar 2026 | 10:15 GMT",
# "28/05/2026 - 17:40", "2026.02.27 / 09:12" or a fixture list's "March 15 (5 pm)", as pages write it
CLOCK_AFTER_DATE = re.compile(
    r"(?:,?\s+|[^\S\n]+[|·•–/-][^\S\n]+|[^\S\n]*\([^\S\n]*)(?:at\s+|from\s+|between\s+|time:\s*)?"
    r"(?:(?:about|around|approximately|shortly\s+after|just\s+after)\s+)?",
    re.IGNORECASE,
)
YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d(?:,|\s[-–|])?\s$")  # "9 Mar 2026 22:40", "28/05/2026 - 17:40"
# a month, with its day or not, right before four figures: "2 May 2021 Kabul time", whose figures are its year
MONTH_BEFORE = re.compile(rf"\b{MONTH}\.?(?:\s+{DAY})?,?\s+$", re.IGNORECASE)
# between "midnight" and "31 December"; and a post's "12:03 PM · Nov 27, 2024", as a date and a time are set apart
DATE_AFTER_CLOCK = re.compile(rf"[^\S\n]+[|·•][^\S\n]+|{CLOCK_DAY_GAP}")
# a measure after words that may be a clock time: "by five to ten percent", "at ten to twelve degrees"
MEASURE_AFTER = re.compile(
    r"\s*(?:%|(?:per\s*cent|percent|pct|points?|per|times|people|years?|dollars?|cents?|miles?|degrees?)\b)",
    re.IGNORECASE,
)
SPAN_PREPOSITIONS = {"from", "to", "between"}  # "from five to ten" is a range of counts as often as of hours
# "overnight" as "all at once" ("it won't happen overnight", "almost overnight") or a kind of thing ("overnight
# hours", "the overnight rate", "an overnight success") names no night
SUDDENLY_BEFORE = re.compile(r"\b(?:nearly|happen(?:s|ed|ing)?)\s+$", re.IGNORECASE)
SUDDENLY = re.compile(
    r"\b(?:not|never|cannot|almost|virtually|practically|literally|seemingly|transform\w*)\b|n['’]t\b", re.IGNORECASE
)
KIND_AFTER = re.compile(
    r"\s+(?:hours?|stays?|shifts?|confinement|flights?|trips?|bags?|guests?|camps?|visits?|success(?:es)?"
    r"|sensations?|stars?|celebrit(?:y|ies)|rates?|lending|loans?|borrowings?|interbank|deposits?|money|funds|repos?"
    r"|swaps?)\b",
    re.IGNORECASE,
)
# "overnight gains on Wall Street": a market's moves in the night before the day's trading
# "overnight Thursday", "overnight into Friday": the night a weekday names, of or before it
NIGHT_NAMED = re.compile(
    r"\s+(?:(?P<into>into)\s+|on\s+"
    # "held overnight and charged on Monday", "overnight before being freed on Sunday": the night before that day
    r"|(?P<then>(?:and|before|until)\s+(?:[a-z]+\s+){0,2}?on\s+))?(?=[A-Z])"
)
# "John 3:16-3:18": hours and minutes dashed to more after a name are a verse
DASHED_BEFORE = re.compile(r"\d\d?:[0-5]\d\s?[-–]\s?$")
DASHED_AFTER = re.compile(r"\s?[-–]\s?\d\d?:[0-5]\d")
NAME_WORD_BEFORE = re.compile(r"\b(?P<name>[A-Z][a-z]+)\s+$")
MARKET_NIGHT = re.compile(r"\s+(?:losses|gains|trading|session|declines?|rally|sell-?off|slide|advances?)\b", re.I)
WORD_AFTER = re.compile(r"[ \t]+[a-z]")  # a word that a clock time is set before: "a 4 a.m. round"
# "9:40 a.m. (0640 GMT)", "1400 EDT / 1800 GMT": the time in another zone
RESTATED = re.compile(r"\s*(?:\([^()]{1,25}\)|/\s*(?:[01]\d|2[0-3])[0-5]\d\s+[A-Z]{2,4}\b)")
# the start of a range of clock times restated in brackets, which, as the time it restates, is not read again: the
# "(1900 GMT to" of "from 10 p.m. to 5 a.m. (1900 GMT to 0200 GMT)"
RESTATED_START = re.compile(
    r"(?:[ap]\.?m\.?|\b[A-Z]{2,4}|\d)\s*\(\s*(?:[01]?\d|2[0-3])[:.]?[0-5]\d\s*(?:[A-Z]{2,4}\s*)?(?:[-–]|to|until)\s*$"
)
# what a line or a sentence that a schedule's day heads has before the day: nothing, or a list's mark ("- June 13:")
HEADED_DAY = re.compile(r"[\s\-–—•·*o]*")
HEAD_COLON = re.compile(r"(?:[^\S\n]+at\s+[^:\n]{1,12}?)?:\s")  # "June 13:", "March 7 at 4:30 p.m.:"
# between a day and a clock time a phrase of detail on the same event gives: "on Wednesday, with kickoff at"
WITH_DETAIL = re.compile(r",\s+with\s+(?:the\s+)?[\w-]+\s+(?:at|from)\s+", re.IGNORECASE)
# what moves a thing to a clock time after it: "pushed back to 11:15", "brought forward to 9:45"
MOVED_TO = re.compile(rf"\b(?:{'|'.join(MOVED_TO_WORDS)})\s+to\s+$", re.IGNORECASE)
# between "2 p.m." and "9 p.m. on Wednesday"
CLOCK_RANGE = re.compile(r"\s*(?:[-–]|to|until|till|and)\s*", re.IGNORECASE)
# a clock time a thing closes at, after the one it opens at: "polls open at 7am and close at 10pm on Thursday"
CLOSING_AT = re.compile(
    r",?\s+and\s+(?:will\s+)?(?:clos|end|finish|shut|conclud)(?:e|es|ed|ing|s)?\s+(?:at|by)\s+", re.IGNORECASE
)
# a label a time is set out after, as notices write it: "Time: 09h00", "Kick-off: 19h30"
TIME_LABEL = re.compile(r"\b(?:time|start|starts|kick-?off|opens|doors|deadline)\s*:\s*$", re.IGNORECASE)
# the other end of a range of times written "09h00 – 11h00", as French and African pages write them
H_RANGE_END = re.compile(r"\s*[-–]\s*(?P<other>[01]?\d|2[0-3])h[0-5]\d\b")
H_RANGE_START = re.compile(r"\b(?P<other>[01]?\d|2[0-3])h[0-5]\d\s*[-–]\s*$")
# the latest hour that, said bare ("at 3:30"), is after noon
BARE_AFTERNOON = 6
# the time that ends the range a bare one starts, or is paired with, and says which half of the day it is in: "from
# 4:30 to 6 p.m.", "around 5:30 or 6:00 in the evening", "from 5:30 to 6 a.m."
PAIRED_END = re.compile(
    rf"(?:{CLOCK_RANGE.pattern}|\s*or\s*)(?P<hour>1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*"
    r"(?:(?P<am>a\.?m\b)|p\.?m\b|(?:o['’]clock\s+)?(?:in\s+the\s+(?:afternoon|evening)|at\s+night|tonight))",
    re.IGNORECASE,
)


def _names_day(match: re.Match[str]) -> bool:
    """Whether a clock time's own pattern names its day: "9 a.m. Tuesday", "4 p.m. EST, Nov. 8"."""
    return any(match.groupdict().get(part) for part in DAY_GROUPS)


class RecentDay(NamedTuple):
    """The last day a text named before a clock time, and the telling's."""

    start: int  # where the day's expression starts
    stop: int  # and ends
    day: date
    reference: date


def _own_day(match: re.Match[str], ctx: Context) -> str | None:
    """The day a clock time's own words name ("4 p.m. EST, Nov. 8", "9 p.m. on Wednesday", "noon today"), else the
    telling's."""
    if match.groupdict().get("month"):
        reading = month_day(match, ctx)
        return reading.value if reading else None
    try:
        return day_of(match, ctx).isoformat()
    except Unanchored:
        return unknown("day")


def clock(match: re.Match[str], ctx: Context) -> Reading | None:
    groups = match.groupdict()
    minutes = (groups.get(name) for name in ("minute", "minute2", "minute3", "minute4", "minute5"))
    hour, minute = int(match["hour"]), int(next((found for found in minutes if found), 0))
    if groups.get("hrs") and _hours_counted(match, ctx):
        return None
    bare_h = groups.get("minute3") and match.end("minute3") == match.end()  # no zone or day after "13h00"
    if bare_h and ctx.word_before(match.start("hour")) not in CLOCK_PREPOSITIONS and not _h_time_set(match, ctx):
        return None  # "a 4h30 flight" is its length; "at 13h00", "13h00 GMT" a time
    if ctx.ends_before(RESTATED_START, match.start(), reach=35):
        return None  # the end of "(1900 GMT to 0200 GMT)", a range restated in another zone
    if groups.get("minute2") and ctx.ends_before(MONTH_BEFORE, match.start("hour"), reach=20):
        return None  # "2 May 2021 Kabul time": a date's year, no 20:21
    ampm = (groups.get("ampm") or "").lower()
    begun = None  # the reading of the clock time that starts the range this one ends, where read already
    if match.re is PATTERNS["clock_bare"] and _verse(match, ctx):
        return None
    if match.re in (PATTERNS["clock_bare"], PATTERNS["clock_start"]):
        start = _began(match, ctx)
        if start is None and ctx.word_before(match.start()) in ("to", "and") and not ctx.ends_before(
            MOVED_TO, match.start()
        ):
            return None  # "John 3:16 and 3:17": no clock time starts the range
        if ctx.ends_before(YEAR_BEFORE, match.start(), reach=8) and not _day_beside(match, ctx):
            return None  # "in 2025 10:30 was the start": a year, but no date's, before it
        end = PAIRED_END.match(ctx.text, match.end())
        begun = clock(start, ctx) if start else None
        if not match["hour"].startswith("0"):  # "at 04:00" is the 24-hour clock's, as "at 14:00" is
            hour = _bare_hour(hour, begun, _hour_of(end) if end else None)
    hour = on_24_hour_clock(hour, ampm)
    if hour > 23 or groups.get("then") and not _weekday_after(match, ctx):
        return None
    part = _part_named(groups.get("day_part") or groups.get("then_part") or groups.get("rel") or "")
    if groups.get("weekday") and kept_days(match.start("weekday"), ctx):  # "open Monday to Friday, 9 a.m."
        return Reading("SET", f"XXXX-WXX-{weekday_number(match['weekday'])}T{hour:02d}:{minute:02d}")
    if groups.get("month"):
        day = _own_day(match, ctx)
    elif told := _part_after(match, ctx):
        day, part = told
    elif beside := _day_beside(match, ctx):
        day = beside
    elif until := _range_end(match, ctx):
        day = until
    elif since := _range_start(match, ctx, hour, begun):
        day = since
    elif _habit(match, ctx) or _a_kind(match, ctx) or SOME_DAY_AFTER.match(ctx.text, match.end()):
        day = unknown("day")
    elif named := _day_word_before(match, ctx):
        day = named
    elif told := _day_recent(match, ctx, hour):
        day = told
    else:
        day = _own_day(match, ctx)
    if part and day:
        hour, day = _in_part(hour if ampm else int(match["hour"]), part, day, bare=not ampm)
    second = f":{match['second']}" if groups.get("second") else ""
    return Reading("TIME", f"{day}T{hour:02d}:{minute:02d}{second}") if day else None


def _h_time_set(match: re.Match[str], ctx: Context) -> bool:
    """Whether "13h00" with no preposition before it is still a time: after a label ("Time: 09h00") or in a range
    of such ("9h00 – 11h00") with an hour of two figures at one end, where "2h15-2h30" are lengths."""
    if ctx.ends_before(TIME_LABEL, match.start()):
        return True
    before = H_RANGE_START.search(ctx.text, max(0, match.start() - 12), match.start())
    other = H_RANGE_END.match(ctx.text, match.end()) or before
    return bool(other) and (len(match["hour"]) == 2 or len(other["other"]) == 2)


def _hours_counted(match: re.Match[str], ctx: Context) -> bool:
    """Whether four figures before "hours" count them ("took 1200 hours of work") rather than tell the time ("at 2300
    hours", "0400 hrs"), which a leading zero or a preposition of time shows."""
    return not (match["hour"].startswith("0") or ctx.word_before(match.start("hour")) in CLOCK_PREPOSITIONS)


def spoken_clock(match: re.Match[str], ctx: Context) -> Reading | None:
    """"Seven in the morning", "three o'clock in the morning", "11 at night", "at two o'clock": that hour of the day
    the text tells of or names beside it ("at two o'clock on Saturday"), as "in the morning" is; a habit told in the
    present ("wakes at six in the morning") names no day, and a bare number with no preposition of time before it is
    a count ("scored two in the afternoon"). "Half past six", "ten to eight" and "seven-thirty" without a part of the
    day or "o'clock" are times only after "at", "by", "until" and the like, not a range's "from five to ten" nor a
    count's "by five to ten percent"."""
    hour, minute = int(number(match["hour"]) or 0), int(match["minute"] or 0)
    if match["off"] or match["spoken"]:
        if not (match["oclock"] or match["part"] or _said_alone(match, ctx)):
            return None
        hour, minute = _spoken_minutes(match, hour)
    part = (match["part"] or "").split()[-1:]
    said = match["oclock"] or match["minute"] or ctx.word_before(match.start()) in CLOCK_PREPOSITIONS
    if not said or part and ctx.tense(match.start(), match.end()) == "none":
        return None
    if match["told"] and (told := _told_at(match.start("told"), ctx)):  # "at 6 o'clock this morning"
        day, told_part = told
        hour, day = _in_part(hour, told_part, day, bare=True) if told_part else (_bare_hour(hour, None, None), day)
        return Reading("TIME", f"{day}T{hour:02d}:{minute:02d}")
    # "twelve at night" and "12 in the morning" are 00:00; "at two o'clock", as "at 2:00", the afternoon's
    hour = _half_of_day(hour, part[0].lower()) if part else _bare_hour(hour, None, None)
    if _habit(match, ctx):
        return Reading("TIME", f"{unknown('day')}T{hour:02d}:{minute:02d}")
    try:
        day = _day_word_before(match, ctx) or _day_beside(match, ctx)
        day = day or ctx.narrative_day(match.start(), end=match.end())
    except Unanchored:
        day = unknown("day")
    return Reading("TIME", f"{day}T{hour:02d}:{minute:02d}")


def _said_alone(match: re.Match[str], ctx: Context) -> bool:
    """Whether a clock time said in words with no part of the day stands after a preposition of a point in time and
    before no measure ("at half past six", not "from five to ten", "by five to ten percent"); "ten to eight" only
    after "at", a score's as often ("won by ten to eight")."""
    before = ctx.word_before(match.start())
    if match["way"] and match["way"].lower() == "to" and "quarter" not in match["off"].lower() and before != "at":
        return False
    return before in CLOCK_PREPOSITIONS - SPAN_PREPOSITIONS and not MEASURE_AFTER.match(ctx.text, match.end())


def _spoken_minutes(match: re.Match[str], hour: int) -> tuple[int, int]:
    """The hour and minute of "half past six" (6:30), "a quarter to nine" (8:45), "seven-thirty" (7:30)."""
    if match["spoken"]:
        return hour, int(number(match["spoken"]) or 0)
    off = match["off"].lower().split()[-1]
    minutes = {"half": 30, "quarter": 15}.get(off) or int(number(off) or 0)
    if (match["way"] or "").lower() == "to":
        return (hour - 1) % 12 or 12, 60 - minutes
    return hour, minutes


def _habit(match: re.Match[str], ctx: Context) -> bool:
    """Whether a clock time that names no day is that of a habit its sentence tells of (``habit_around``), the hour
    of no day in particular."""
    return not _names_day(match) and habit_around(match.start(), match.end(), ctx)


def _a_kind(match: re.Match[str], ctx: Context) -> bool:
    """Whether a clock time after "a" or "an" names a kind of thing, at that hour of no day in particular: "kept a 4
    a.m. round of checks", "an 8 p.m. curfew"; not one that names its day ("a 1400 GMT Wednesday deadline")."""
    if _names_day(match) or ctx.word_before(match.start()) not in ("a", "an"):
        return False
    return bool(WORD_AFTER.match(ctx.text, match.end()))


def _day_word_before(match: re.Match[str], ctx: Context) -> str | None:
    """The day a "yesterday" or "tomorrow" earlier in a clock time's sentence names, with no other day between and
    no semicolon, which parts clauses: "polls closed yesterday at 9 p.m.", "Tomorrow the polls close at 8 p.m."."""
    if _names_day(match):
        return None
    begin = ctx.part_begins(match.start(), match.end())
    words = list(DAY_WORD.finditer(ctx.text, begin, match.start()))
    if not words or day_named_between(words[-1].end(), match.start(), ctx):
        return None
    try:
        return _from_telling(words[-1][0], words[-1].start(), words[-1].end(), ctx).isoformat()
    except Unanchored:
        return None


def _from_telling(word: str, start: int, end: int, ctx: Context) -> date:
    """The day "today", "yesterday" or "tomorrow" at ``start``…``end`` names, from the day it was said."""
    return ctx.said_on(start, end) + timedelta(days=DAY_WORDS[" ".join(word.lower().split())])


def _day_recent(match: re.Match[str], ctx: Context, hour: int) -> str | None:
    """The day the text has just named (``_recent_day``) that a clock time naming none falls on: told in the past
    before it, still to come in its sentence, heading its line, or the day of what its sentence moves to it."""
    recent = _recent_day(match, ctx)
    return (_told_day(match, ctx, hour, recent) or _day_ahead(match, ctx, recent) or _day_headed(match, ctx, recent)
            or _day_moved(match, ctx, recent))  # fmt: skip


def _day_moved(match: re.Match[str], ctx: Context, recent: RecentDay | None) -> str | None:
    """The day its sentence has named for a clock time something is moved to ("Sunday's 8:30 start was pushed back
    to 11:15"): the move keeps the day."""
    if not (recent := _in_sentence(recent, match, ctx)):
        return None
    return recent.day.isoformat() if ctx.ends_before(MOVED_TO, match.start()) else None


def _told_day(match: re.Match[str], ctx: Context, hour: int, recent: RecentDay | None) -> str | None:
    """The day a story told in the past has just named, for a clock time that names none: "her rival gave up when
    polls closed at 9 p.m." after "Tuesday's runoff" in the paragraph before, told on Wednesday; "raided a flat on
    Tuesday … began at 5 a.m.". Not in the small hours after a day named by its evening or night, which are the
    next day's ("hijacked on Monday evening, … landed at 4.30 a.m."), nor after a "today" ("top of the list at
    today's talks. … the session, which opened around 10.45 a.m.")."""
    if recent is None or not recent.day < recent.reference:
        return None
    if hour < 6 and LATE_IN_DAY.search(ctx.text, recent.start, recent.stop):
        return None
    return recent.day.isoformat() if ctx.tense(match.start(), match.end()) == "past" else None


def _day_ahead(match: re.Match[str], ctx: Context, recent: RecentDay | None) -> str | None:
    """The day still to come that its sentence has just named, for a time of day told ahead that names none: "snow
    lingers into Thursday morning before clearing by afternoon", "the vote is on Friday; polls close at 8 p.m.";
    or in any tense that is not past, right after a phrase of detail on the day's event ("the first leg is on
    Wednesday, with kickoff at 8:30 p.m.")."""
    if not (recent := _in_sentence(recent, match, ctx)) or not recent.day > recent.reference:
        return None
    tense = ctx.tense(match.start(), match.end())
    detail = WITH_DETAIL.fullmatch(ctx.text, recent.stop, match.start()) and tense != "past"
    return recent.day.isoformat() if tense == "future" or detail else None


def _in_sentence(recent: RecentDay | None, match: re.Match[str], ctx: Context) -> RecentDay | None:
    """The day the text named last, where it lies in the clock time's own sentence."""
    in_it = recent is not None and recent.stop >= ctx.sentences.around(match.start(), match.end())[0]
    return recent if in_it else None


def _day_headed(match: re.Match[str], ctx: Context, recent: RecentDay | None) -> str | None:
    """The day a line or sentence opens with before a colon, for a clock time after it that names none: a schedule's
    "Saturday, Aug. 24: last day to vote in person, by 12:00 p.m.", a list's "- June 13: ballots due by 4:30 p.m."."""
    if recent is None or not HEADED_DAY.fullmatch(ctx.text, ctx.sentences.around(match.start(), match.end())[0],
                                                  recent.start):
        return None
    return recent.day.isoformat() if HEAD_COLON.match(ctx.text, recent.stop) else None


def _recent_day(match: re.Match[str], ctx: Context) -> RecentDay | None:
    """The last day the text named before a clock time that names none, with no "today" or the like between them;
    None where the text has no date of its own."""
    recent, reference = ctx.recent_day(match.start()), ctx.reference
    if recent is None or reference is None or _names_day(match):
        return None
    start, stop, day = recent
    return None if DAY_WORD.search(ctx.text, stop, match.start()) else RecentDay(start, stop, day, reference)


def _verse(match: re.Match[str], ctx: Context) -> bool:
    """Whether hours and minutes dashed to more stand after a name that opens no sentence and is no day's or
    month's: "John 3:16-3:18" is a verse, "Saturday 10:00-14:00" a time."""
    start = match.start()
    if before := DASHED_BEFORE.search(ctx.text, max(0, start - 12), start):
        start = before.start()
    elif not DASHED_AFTER.match(ctx.text, match.end()):
        return False
    name = NAME_WORD_BEFORE.search(ctx.text, max(0, start - 30), start)
    if name is None or ctx.ends_before(SENTENCE_START, name.start()):
        return False
    return name["name"] not in WEEKDAYS and name["name"] not in MONTHS


def _weekday_after(match: re.Match[str], ctx: Context) -> bool:
    """Whether the weekday after a clock time ("5pm Monday", "5pm Mon-Fri") is one."""
    return weekday_named(match["then"], match[0], weekday_joined(match.start("then"), match.end("then"), ctx))


def _range_end(match: re.Match[str], ctx: Context) -> str | None:
    """The day the clock time that ends a range whose start names none names: "from 2 p.m. until 9 p.m. on
    Wednesday", "from 9:30 until 3:00 on Friday", "08:00-20:00 GMT on Sunday" and "open at 7am and close at 10pm on
    Thursday" are that day's from end to end. The end's day is read without its clock time, which, said bare, reads
    the start."""
    if _names_day(match):
        return None
    joint = CLOSING_AT.match(ctx.text, match.end()) or CLOCK_RANGE.match(ctx.text, match.end())
    if joint is None:
        return None
    ends = (PATTERNS[name].match(ctx.text, joint.end()) for name in ("clock", "clock24", "clock_bare"))
    end = next((found for found in ends if found), None)
    if end is None or end["then"] and not _weekday_after(end, ctx):
        return None
    return _own_day(end, ctx) if _names_day(end) else _day_beside(end, ctx)


def _range_start(match: re.Match[str], ctx: Context, hour: int, begun: Reading | None = None) -> str | None:
    """The day of a clock time that ends a range whose start names one, or the next day when the end comes round
    past midnight: "June 12, 2005, 2:00 p.m. to 2:00 a.m." ends on 13 June; "from 7 a.m. on March 1 until 8 p.m.".
    ``begun`` is the start's reading where the caller has read it."""
    if _names_day(match):
        return None
    if begun is None and (start := _began(match, ctx)):
        begun = clock(start, ctx)
    if begun is None or not ISO_DAY.match(begun.value):
        return None
    began = date.fromisoformat(begun.value[:10])
    return (began + timedelta(days=hour < int(begun.value[11:13]))).isoformat()


def _bare_hour(hour: int, start: Reading | None, end: int | None) -> int:
    """The hour of a clock time said without "a.m." or "p.m.", as a range runs forward: where it starts one whose end
    (``end``, its hour) says the half of the day, the last such hour not after the end ("from 4:30 to 6 p.m.", "from
    11:30 to 1 p.m.", "from 7 to 9 p.m."); where it ends one, the first such hour from the start on ("from 9:30 until
    3:00" ends at 15:00, "from 22:00 until 1:00" at one the next morning); else, up to six, the afternoon's ("a
    meeting Thursday at 3:30", "lock the doors at 5:30")."""
    if hour >= 12:
        return hour
    if end is not None:
        return hour + 12 if hour + 12 <= end else hour
    if start is None:
        return hour + 12 if 1 <= hour <= BARE_AFTERNOON else hour
    begun = int(start.value[11:13])
    return next((h for h in (hour, hour + 12) if h >= begun), hour)


def _hour_of(end: re.Match[str]) -> int:
    """The hour, on the 24-hour clock, of the time a ``PAIRED_END`` match names."""
    return on_24_hour_clock(int(end["hour"]), "a" if end["am"] else "p")


def _began_on(match: re.Match[str], ctx: Context) -> str | None:
    """The day of the clock time that starts the range noon or midnight ends ("from 10pm until midnight"), where it
    names no day of its own ("8pm-midnight on Friday")."""
    start = None if match["weekday"] or match["rel"] else _began(match, ctx)
    begun = clock(start, ctx) if start else None
    return begun.value[:10] if begun and ISO_DAY.match(begun.value) else None


def _began(match: re.Match[str], ctx: Context) -> re.Match[str] | None:
    """The clock time that starts the range a clock time ends: "from 7 a.m. on March 1 until 8 p.m.", "9:30 until
    3:00", "from 22:00 GMT to 06:00 GMT"."""
    for name in ("clock", "clock24", "clock_bare", "clock_start"):
        for start in PATTERNS[name].finditer(ctx.text, max(0, match.start() - 40), match.end()):
            if CLOCK_RANGE.fullmatch(ctx.text, start.end(), match.start()):
                return start
    return None


# the patterns of a date that may stand right before a clock time, and their readers
DATES_BEFORE_CLOCK = (("month_day", month_day), ("day_month", month_day), ("that_day", that_day), ("numeric", numeric),
                      ("numeric_dmy", iso), ("iso", iso), ("numeric_no_year", numeric_no_year),
                      ("weekday", weekday), ("hijri_date", hijri_date), ("solar_hijri_date", solar_hijri_date),
                      ("nth_day", nth_day), ("weeks_from_day", weeks_from_day), ("nth_weekday", nth_weekday),
                      ("holiday", holiday))  # fmt: skip
# those that may stand right after one: "at 7 a.m. that day", "at 9 p.m. the next day", "at 3 p.m. on the first Monday
# in August", "at two o'clock on Saturday", "by 5 p.m. on the 20th", "at 8pm ET on Election Day", "at 5pm on
# 31.03.2026"
DATES_AFTER_CLOCK = (("month_day", month_day), ("day_month", month_day), ("that_day", that_day),
                     ("nth_weekday", nth_weekday), ("weekday", weekday), ("nth_day", nth_day),
                     ("holiday", holiday), ("numeric", numeric), ("numeric_dmy", iso), ("iso", iso))  # fmt: skip


def _day_beside(match: re.Match[str], ctx: Context) -> str | None:
    """The day a date right before or after a clock time that names none gives it: "on June 3 at 10 a.m.", "Wednesday,
    July 12, between 1:30 and 4:00", "Friday at noon", "28 November 2024 09:15 GMT", "07/30/2001 05:17 PM", "at
    midnight on 31 December", "the next day, about 6:40 a.m.", "at 7 a.m. that day"."""
    if match.groupdict().get("month") or match.groupdict().get("weekday") or match.groupdict().get("rel"):
        return None
    for name, reader in DATES_BEFORE_CLOCK:
        if name == "weekday" and _habit(match, ctx):
            continue  # "every Monday, from 9 a.m. to noon": no Monday in particular
        for before in PATTERNS[name].finditer(ctx.text, max(0, match.start() - 50), match.start()):
            if CLOCK_AFTER_DATE.fullmatch(ctx.text, before.end(), match.start()):
                return day_value(reader(before, ctx))
    if after := DATE_AFTER_CLOCK.match(ctx.text, match.end()):
        for name, reader in DATES_AFTER_CLOCK:
            named = PATTERNS[name].match(ctx.text, after.end())
            if named and name == "weekday" and WEEKDAY_RANGE_END.match(ctx.text, named.end()):
                break  # "from 9am to 5pm, Monday to Friday": the hours of each of those days
            if named and (day := day_value(reader(named, ctx))):
                return day
    # "at about 9:40 a.m. (0640 GMT) Friday": the day after the time restated in brackets
    restated = RESTATED.match(ctx.text, match.end())
    after = DATE_AFTER_CLOCK.match(ctx.text, restated.end()) if restated else None
    if after is None:
        return None
    named = PATTERNS["weekday"].match(ctx.text, after.end())
    return day_value(weekday(named, ctx)) if named else day_at(after.end(), ctx)


def _half_of_day(hour: int, part: str) -> int:
    """An hour up to 12, said without "a.m." or "p.m.", in the half of the day its part names: 11 at night is 23:00,
    6 in the evening 18:00, 12 in the morning or at night 00:00, 12 in the afternoon noon."""
    hour %= 12
    return hour + 12 if part in ("afternoon", "evening") or part == "night" and hour >= 6 else hour


def _part_after(match: re.Match[str], ctx: Context) -> tuple[str, str] | None:
    """The day and the part of it that a phrase right after a clock time names: "10 p.m. last night", "at 11:45 last
    night", "6:30 this morning", "at 9 tomorrow evening", "8:15 tonight"."""
    if _names_day(match) or not ctx.text[match.end() : match.end() + 1].isspace():
        return None
    told = _told_at(match.end() + 1, ctx)
    return told if told and told[1] else None


def _told_at(at: int, ctx: Context) -> tuple[str, str | None] | None:
    """The day, and the part of it if any, that words at ``at`` name from the telling: "last night", "tomorrow"."""
    for name, reader in (("part_of_day", part_of_day), ("deictic", deictic)):
        if (told := PATTERNS[name].match(ctx.text, at)) and (day := day_value(reader(told, ctx))):
            return day, _part_named(told[0])
    return None


def _part_named(words: str) -> str | None:
    """The part of the day that words end in: "night" for "last night" or "tonight"."""
    word = (words.split() or [""])[-1].lower()
    return "night" if word == "tonight" else word if word in ("morning", "afternoon", "evening", "night") else None


def _in_part(hour: int, part: str, day: str, bare: bool) -> tuple[int, str]:
    """A clock time in the part of the day named after it: said ``bare``, in the half of the day that part names
    (``_half_of_day``: "11:45 last night" is 23:45); the small hours of a night are the next day's ("2 a.m. last
    night")."""
    if bare and hour <= 12:
        hour = _half_of_day(hour, part)
    if part == "night" and hour < 6 and ISO_DAY.match(day):
        day = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    return hour, day


DEICTIC = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
           "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
           "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
           "those days": "PAST_REF", "the old days": "PAST_REF", "the past": "PAST_REF", "the other day": "PAST_REF",
           "the other night": "PAST_REF", "the other week": "PAST_REF", "the future": "FUTURE_REF",
           "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF", "the near term": "FUTURE_REF",
           "soon": "FUTURE_REF", "as soon as possible": "FUTURE_REF", "a later date": "FUTURE_REF",
           "a future date": "FUTURE_REF"}  # fmt: skip
# after "the future" that is a fate ("the future of the planet") or an adjective ("the future president", "the
# future Trump administration"): a name or a word that is neither a function word nor a verb ending in -s or -d
_CLAUSE_WORDS = "|".join(sorted(
    PREPOSITIONS | set(AUXILIARIES) | {"but", "nor", "if", "which", "who", "where", "when", "at", "with", "without",
                                        "so", "because", "while", "though", "although", "unless", "now", "then", "too",
                                        "shall", "i", "we", "you", "he", "she", "it", "they", "these", "those",
                                        "there", "here", "together", "ahead", "again", "alone"}
))  # fmt: skip
FUTURE_NOT_TIME = re.compile(rf"\s+(?:of\b|[A-Z]|(?!(?:{_CLAUSE_WORDS})\b)[a-z]+\b(?<![sd]))")
# before "tomorrow" that is the future at large, not the end or start of a day
AT_LARGE = re.compile(
    r"(?:\b(?:a|better|brighter)|(?<!\bend\s)(?<!\bstart\s)(?<!\bclose\s)(?<!\bmorning\s)(?<!\bevening\s)\bof)\s+$",
    re.IGNORECASE,
)
# after "today's", the present day at large, which TimeBank leaves untagged: "today's youth", "in today's fast-paced
# world", "today's personal computers" (not "today's vote", "today's editions")
PRESENT_DAY_AFTER = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:youth|young\s+people|generations?|world|society|children|kids|teenagers"
    r"|economy|culture|politics|technology|computers|students|workforce)\b",
    re.IGNORECASE,
)
# a day named by its end ("Monday evening", "late on Monday"), whose small hours after it are the next day's
LATE_IN_DAY = re.compile(r"\b(?:late|evening|night|tonight|overnight)\b", re.IGNORECASE)
# "soon after the vote", "soon afterwards", "soon enough": a time counted from another
SOON_SIGNAL = re.compile(r"\s+(?:after|afterwards?|thereafter|as|enough|before)\b", re.IGNORECASE)
# "as recently as February", "as recently as 1985": a signal of the time after it, no time itself
AS_AFTER = re.compile(r"\s+as\b", re.IGNORECASE)
# an infinitive aimed at a time to come, whatever the tense: "reserved its verdict, to be given at a later date"
AIMED_AHEAD = re.compile(r"\bto\s+(?:be\s+)?[a-z]+\s+(?:at|to|until|till|for)\s+$", re.IGNORECASE)
# "every now and then", "now and again": at times, no present; "between now and then" keeps its "now"
NOW_AND_THEN = re.compile(r"[\s-]+and[\s-]+(?:then|again)\b", re.IGNORECASE)


def deictic(match: re.Match[str], ctx: Context) -> Reading | None:
    word = re.sub(r"\s+", " ", match["word"].lower())
    part = (match["part"] or "").lower()
    if in_title(match, ctx) or word == "the past" and COUNTED.match(ctx.text, match.end()):
        return None
    if word.startswith("the ") and capital_inside(match["word"].split()[-1], match, ctx):
        return None  # "Back to the Future"
    if word.endswith("future") and FUTURE_NOT_TIME.match(ctx.text, match.end()):
        if ctx.word_before(match.start()) not in ("in", "into", "for", "until"):
            return None  # but "In the near future collective choices…" is a time
    if word == "recently" and ctx.word_before(match.start()) == "as" and AS_AFTER.match(ctx.text, match.end()):
        return None
    if word == "now" and NOW_AND_THEN.match(ctx.text, match.end()) and ctx.word_before(match.start()) != "between":
        return None
    if word == "soon" and not _soon_to_come(match, ctx):
        return None
    if word.endswith(" date") and (
        ctx.word_before(match.start()) not in ("at", "to", "until", "till", "for")
        or ctx.tense(match.start(), match.end()) == "past" and not ctx.ends_before(AIMED_AHEAD, match.start())
    ):
        return None  # "put off to a later date"; not "a meeting she had with him at a later date", later than then
    if word == "as soon as possible" and ctx.tense(match.start(), match.end()) == "past":
        return None  # "will sell it as soon as possible" looks ahead; "he left as soon as possible" no time of ours
    if word == "those days" and ctx.tense(match.start(), match.end()) == "future":
        return None  # "in those days the times shall come": days foretold, no past
    if word in DEICTIC:
        return None if part else Reading("DATE", DEICTIC[word])
    if word == "overnight":
        return None if part else _overnight(match, ctx)
    if word == "tomorrow" and not part and ctx.ends_before(AT_LARGE, match.start()):
        return None  # "the leaders of tomorrow", "imagine a tomorrow where…": the future at large, no day
    if word == "today" and PRESENT_DAY_AFTER.match(ctx.text, match.end()):
        return None
    try:
        day = _from_telling(word, match.start(), match.end(), ctx).isoformat()
    except Unanchored:
        day = unknown("day")
    if word == "tonight":
        return Reading("TIME", f"{day}TNI", edge_mod(match))
    return Reading("TIME", f"{day}T{PARTS_OF_DAY[part]}") if part else Reading("DATE", day, edge_mod(match))


def _soon_to_come(match: re.Match[str], ctx: Context) -> bool:
    """Whether "soon" is a time to come ("prosecutors may soon seek an indictment", "will be profitable again soon"),
    not one told in the past ("he was soon released"), nor a signal of another time ("soon after the vote", "as soon
    as possible", "how soon")."""
    if ctx.word_before(match.start()) in ("as", "how", "too", "so") or SOON_SIGNAL.match(ctx.text, match.end()):
        return False
    return ctx.tense(match.start(), match.end()) == "future"


def _overnight(match: re.Match[str], ctx: Context) -> Reading | None:
    """The night before the story's day ("rebels attacked overnight"), or after a day the story told in the past has
    just named ("On Monday, rebels took the town and shelled it overnight"), that day's night, though in a market
    report the one before its trading ("Tokyo shares rose Friday after overnight gains on Wall Street"); the coming
    one in a text of what will be; or the night a weekday after it names ("overnight Thursday")."""
    begin = ctx.sentences.around(match.start(), match.end())[0]
    clause = ctx.text[begin : match.start()]
    clause = clause[max((mark.end() for mark in CLAUSE_MARK.finditer(clause)), default=0) :]
    if ctx.ends_before(SUDDENLY_BEFORE, match.start()) or SUDDENLY.search(clause):
        return None
    if KIND_AFTER.match(ctx.text, match.end()):
        return None
    try:
        if named := _night_named(match, ctx):
            return Reading("TIME", f"{named}TNI")
        future = ctx.tense(match.start(), match.end()) == "future"
        if future or not (told := _told_day(match, ctx, 12, _recent_day(match, ctx))):
            night = ctx.anchor() - timedelta(days=0 if future else 1)
        else:
            trading = ctx.market_report or MARKET_NIGHT.match(ctx.text, match.end())
            night = date.fromisoformat(told) - timedelta(days=1 if trading else 0)
    except Unanchored:
        return Reading("TIME", f"{unknown('day')}TNI")
    return Reading("TIME", f"{night.isoformat()}TNI")


def _night_named(match: re.Match[str], ctx: Context) -> str | None:
    """The night of the weekday right after "overnight" ("storms are expected overnight Thursday"), or of the day
    before it after "into" ("snow will fall overnight into Friday") or after what followed the night ("held overnight
    and charged on Monday") or where the night told as past would be yet to come ("the strikes hit overnight Tuesday",
    told on Tuesday: the night that ended that morning)."""
    if not (gap := NIGHT_NAMED.match(ctx.text, match.end())):
        return None
    named = PATTERNS["weekday"].match(ctx.text, gap.end())
    day = day_value(weekday(named, ctx)) if named else None
    if day is None:
        return None
    night = date.fromisoformat(day)
    told = ctx.said_on(match.start(), match.end())
    if gap["into"] or gap["then"] or night >= told and ctx.tense(match.start(), match.end()) == "past":
        night -= timedelta(days=1)
    return night.isoformat()


def noon(match: re.Match[str], ctx: Context) -> Reading | None:
    if match["weekday"] and not weekday_named(match["weekday"], match[0]):
        return None
    # "the Midnight Riders", "High Noon", the team known as the “Midnight Riders” are names; "Truce Ends At Midnight",
    # a headline in title case, tells the time (looked for only where the word is capitalized, as few are)
    if (capital_inside(match["word"], match, ctx) or in_title(match, ctx)) and not (
        ctx.word_before(match.start()) in CLOCK_PREPOSITIONS and in_headline(match, ctx)
    ):
        return None
    if match["word"].lower() in ("morning", "afternoon", "evening") and PART_QUALIFIES.match(ctx.text, match.end()):
        return None  # "until morning prayers"
    mark = DAY_MARKS[" ".join(match["word"].lower().split())]
    midnight = mark == "24:00"
    if _habit(match, ctx):
        return Reading("TIME", f"{unknown('day')}T{mark}")
    try:
        # noon, like a clock time, may fall on the day the story told in the past has just named ("a midday rally"
        # after "on Monday"), though in a market report it is the day's trading; which midnight is meant is less clear
        named = _day_beside(match, ctx) or _day_word_before(match, ctx)  # "at midnight on 31 December"
        recent = None if named else _recent_day(match, ctx)
        named = named or _day_headed(match, ctx, recent) or _began_on(match, ctx)  # "between 9pm and midnight"
        day = (
            named
            or (None if midnight or ctx.market_report else _told_day(match, ctx, 12, recent))
            or (_edge_day(match, ctx) if ":" not in mark else None)
            or _day_ahead(match, ctx, recent)
            or day_of(match, ctx).isoformat()
        )
        unnamed = not (named or match["weekday"] or match["rel"])
        if midnight and unnamed and ctx.tense(match.start(), match.end()) == "past":
            # "the arrest was made shortly after midnight": the midnight that began the day, not the one ending it
            day = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    except Unanchored:
        day = unknown("day")
    return Reading("TIME", f"{day}T{mark}")


def _edge_day(match: re.Match[str], ctx: Context) -> str | None:
    """The day a story told in the past tells of, for a dawn or a dusk that names none, as for "that morning": "The
    ferry sank on March 3. The last crew left at dawn" is March 3."""
    if match["weekday"] or match["rel"] or ctx.tense(match.start(), match.end()) != "past":
        return None
    return ctx.narrative_day(match.start(), end=match.end())


def part_of_day(match: re.Match[str], ctx: Context) -> Reading | None:
    if in_title(match, ctx):
        return None
    det = match["det"].lower().split()[-1]
    try:
        # inside a quote, from the day it was spoken on: "“I spoke to him this morning,” she said Tuesday"
        told = ctx.said_on(match.start(), match.end())
        day = (told + timedelta(days=DAY_WORDS.get(det, 0))).isoformat()
    except Unanchored:
        day = unknown("day")
    if det == "last" and match["part"].lower() in ("night", "evening"):  # "last evening", as "last night", yesterday's
        day = (date.fromisoformat(day) - timedelta(days=1)).isoformat() if ctx.reference else day
    return Reading("TIME", f"{day}T{PARTS_OF_DAY[match['part'].lower()]}", edge_mod(match))
