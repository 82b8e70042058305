"""Habits: what a sentence tells happens again and again, at a time of day of no day in particular."""

from __future__ import annotations

import re

from .context import Context
from .lexicon import DAY_WORDS, DETERMINERS, WEEKDAY_NAME
from .titles import NAME_BEFORE

# a habit: "airs weekdays from 6 a.m.", "every Monday, from 9 a.m. to noon", "Ordinarily, he would come in around noon",
# "I always had to be home by 9:30"
HABIT = re.compile(
    rf"\b(?:(?:every|each)\s+(?:other\s+)?(?:day|night|morning|afternoon|evening|week(?:day|end)?|{WEEKDAY_NAME})"
    rf"|daily|nightly|weekdays|weeknights|(?:at|on|during)\s+weekends|{WEEKDAY_NAME}s|ordinarily|usually|normally"
    r"|routinely|typically"
    r"|(?<!\bas\s)always)\b",  # "as always, the meeting began at 10 a.m." tells of one meeting
    re.IGNORECASE,
)
DAY_WORD = re.compile(rf"\b(?:{'|'.join(DAY_WORDS)})\b", re.IGNORECASE)  # a day named from the telling


def habit_around(start: int, end: int, ctx: Context) -> bool:
    """Whether the sentence around ``start``…``end`` tells of a habit ("airs weekdays from 6 a.m.", "drank every
    night, into the small hours"), not where a day is named between the two ("usually close at 8 p.m., but
    yesterday they closed at 9 p.m.")."""
    for found in HABIT.finditer(ctx.text, *ctx.sentences.around(start, end)):
        begin, stop = sorted((found.end(), start))
        if not _named(found, ctx) and not day_named_between(begin, stop, ctx):
            return True
    return False


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
