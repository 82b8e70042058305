"""Habits: what a sentence tells happens again and again, at a time of day of no day in particular."""

from __future__ import annotations

import re

from .context import Context
from .lexicon import DAY_WORDS, DETERMINERS, WEEKDAY_NAME
from .titles import NAME_BEFORE, SHORT_WEEKDAY

# a habit: "airs weekdays from 6 a.m.", "every Monday, from 9 a.m. to noon", "Ordinarily, he would come in around noon",
# "I always had to be home by 9:30"
HABIT = re.compile(
    rf"\b(?:(?:every|each)\s+(?:other\s+)?(?:day|night|morning|afternoon|evening|week(?:day|end)?|{WEEKDAY_NAME})"
    rf"|daily|nightly|weekdays|weeknights|(?:at|on|during)\s+weekends|{WEEKDAY_NAME}s|ordinarily|usually|normally"
    r"|routinely|typically"
    r"|(?<!\bas\s)always)\b",  # "as always, the meeting began at 10 a.m." tells of one meeting
    re.IGNORECASE,
)
_HOUR = r"(?:\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\b\.?)?|noon|midnight)"  # "9am", "5.30 p.m.", "noon"
_HOURS = rf"(?:(?:from|at|between)\s+)?{_HOUR}\s*(?:[-–]|to|until|till|and)\s*{_HOUR}"  # "from 9am to 5pm"
# a span of weekdays a place keeps its hours on, told in the present: "the office is open Monday to Friday", "Open
# Mon-Fri 9am-5pm" opening a line or a sentence, "are open from 9am to 5pm, Monday to Friday", "opens at 9am-5pm
# Mon-Fri": each week's days, not this week's ("schools are closed Monday to Wednesday" is a closure's)
KEPT_DAYS = re.compile(
    r"(?:\b(?:is|are)\s+(?:(?:usually|normally|only|also)\s+)?open"
    r"|(?:^|(?<=[\n.!?])|(?<=[.!?][ \t]))[ \t]*(?-i:Open)"
    rf"|\bopens?(?=\s+{_HOURS}))(?:\s+from)?\s+(?:{_HOURS},?\s+)?"
    rf"(?P<first>{SHORT_WEEKDAY}\.?)\s*(?:[-–]\s*|(?:to|until|till|through|thru)\s+){SHORT_WEEKDAY}\.?(?![\w-])",
    re.IGNORECASE,
)
WEEK_NAMED = re.compile(r"\b(?:this|next|last|that|the\s+coming|the\s+following)\s+week\b", re.IGNORECASE)
DAY_WORD = re.compile(rf"\b(?:{'|'.join(DAY_WORDS)})\b", re.IGNORECASE)  # a day named from the telling


def habit_around(start: int, end: int, ctx: Context) -> bool:
    """Whether the sentence around ``start``…``end`` tells of a habit ("airs weekdays from 6 a.m.", "drank every
    night, into the small hours"), not where a day is named between the two ("usually close at 8 p.m., but
    yesterday they closed at 9 p.m.")."""
    sentence = ctx.sentences.around(start, end)
    if _kept_spans(sentence, ctx):
        return True
    for found in HABIT.finditer(ctx.text, *sentence):
        begin, stop = sorted((found.end(), start))
        if not _named(found, ctx) and not day_named_between(begin, stop, ctx):
            return True
    return False


def kept_days(start: int, ctx: Context) -> bool:
    """Whether the weekday at ``start`` is in a span of days a place keeps its hours on (``KEPT_DAYS``), told of no
    week in particular ("is open Monday to Friday", not "is open Monday to Friday next week")."""
    spans = _kept_spans(ctx.sentences.around(start, start), ctx)
    return any(found.start("first") <= start < found.end() for found in spans)


def _kept_spans(sentence: tuple[int, int], ctx: Context) -> list[re.Match[str]]:
    """The ``KEPT_DAYS`` spans in ``sentence`` where it names no week, looked for only where it says "open" or
    "Open", as few sentences do."""
    if ctx.text.find("pen", *sentence) < 0 or WEEK_NAMED.search(ctx.text, *sentence):
        return []
    return list(KEPT_DAYS.finditer(ctx.text, *sentence))


def _named(found: re.Match[str], ctx: Context) -> bool:
    """Whether a habit's word names a thing: after a determiner ("the daily briefing began at 10 a.m.") or, written
    with a capital, after a capitalized word, as part of a name ("Breitbart News Daily")."""
    if ctx.word_before(found.start()) in DETERMINERS:
        return True
    return found[0][0].isupper() and bool(NAME_BEFORE.search(ctx.text, max(0, found.start() - 30), found.start()))


def day_named_between(begin: int, end: int, ctx: Context) -> bool:
    """Whether the text names a day ("on Tuesday", "yesterday") between ``begin`` and ``end``."""
    named = any(begin <= at < end and parts == 3 for at, _, _, parts in ctx.points)
    return named or bool(DAY_WORD.search(ctx.text, begin, end))
