"""Whether a capitalized expression is part of a name or a title rather than a date: "USA Today", "NBC's
“Today”", "the book 13 Hours".
"""

from __future__ import annotations

import re

from .context import Context
from .words import capitalized, title_cased

SENTENCE_START = re.compile(r"(?:^|[.!?:;\n][\"'“‘]?|[\"“‘])\s*$")
NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[ \t]+$")
INITIAL_BEFORE = re.compile(r"\b[A-Z]\.[ \t]+$")  # "W. " of "W. Noon", a cricketer: no sentence ends there
NAME_BESIDE = re.compile(r"\s+[A-Z]")
# A title in quotes after a name or a preposition, "ABC's “This Week With David Brinkley”", "on ''This Week''", "in
# charge of ''Today,''", not a quote that opens with "Today we…"
QUOTED_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*|\b(?:on|of|in|for|from|at))[ \t]+(?:[\"“]|''|``)$")
# The words of a title, small words between capitalized ones too: "This Week with George Stephanopoulos"
_TITLE_WORD = r"\s+(?:[A-Z][\w'’-]*|(?:of|the|and|with|in|on|for|a|to|from)(?=\s+[A-Z]))"
TITLE_AFTER = re.compile(rf"(?:{_TITLE_WORD})*[.,]?(?:''|[\"”])")
# A quote that opens on the expression and goes on in capitals: "the show “Last Week Tonight”", "“Monday Night Football”"
QUOTED_TITLE_AFTER = re.compile(rf"(?:{_TITLE_WORD})+[.,]?(?:''|[\"”])")
# A quote in capitals that closes on the expression: "“How the Grinch Stole Christmas,”", "“Last Days of August”"
TITLE_BEFORE = re.compile(
    r"[“\"](?:[A-Z][\w'’-]*\s+|(?:of|the|and|with|in|on|for|a|to|from)\s+(?=[A-Z]))+(?:(?:of|in)\s+)?$"
)
ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,5}[ \t]+$")  # a network's name before its show: "ABC This Week"
# a line in title case: four or more words, each capitalized but for the small ones, and no full stop at its end
_SMALL_WORD = r"(?:a|an|the|to|of|in|on|at|by|for|and|or|as|with|from|over|into|vs\.?)"
TITLE_CASE_LINE = re.compile(
    rf"[ \t]*[A-Z][\w'’.-]*(?:,?[ \t]+(?:[A-Z0-9][\w'’.%$-]*|{_SMALL_WORD})){{3,20}}[ \t]*[?!]?[ \t]*"
)
CLOSING_QUOTE = re.compile(r"[.,!?]?(?:''|[\"”])")
# A capitalized expression in quotes before a noun is a title: "the “Today” show", "the ''Today'' program"
QUOTE_BEFORE = re.compile(r"(?:''|``|[\"“])$")
QUOTED_BEFORE_NOUN = re.compile(r"(?:''|[\"”])\s+[a-z]")


# weekdays joined in a range or a list, "Mon-Fri", "Sat–Sun", "Fri, Sat or Sun": there a short form names a day
# without its full stop
_WEEKDAY_JOINT = r"(?:[-–]|,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|to|through|until|till)[ \t]+)"
SHORT_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"  # a weekday, spelt out or cut short ("Tues", "Thu")
JOINED_WEEKDAY_AFTER = re.compile(rf"{_WEEKDAY_JOINT}{SHORT_WEEKDAY}\b")
JOINED_WEEKDAY_BEFORE = re.compile(rf"\b{SHORT_WEEKDAY}\.?{_WEEKDAY_JOINT}$")


def weekday_named(word: str | None, whole: str, joined: bool = False) -> bool:
    """A capitalized weekday; a three-letter short form only with its full stop ("Sun" is a newspaper) or ``joined``
    to another in a range. Spelt out, a weekday names nothing else, so it may be in lower case, as mail and posts
    write it ("plans on thursday")."""
    if word and word.endswith("day") and word.islower():
        return True
    if not capitalized(word, whole):
        return False
    return len(word.rstrip(".")) > 3 or word.endswith(".") or joined  # type: ignore[union-attr]


def weekday_joined(start: int, end: int, ctx: Context) -> bool:
    """Whether the weekday at ``start``…``end`` is one end of a range of weekdays, or one of a list: "Mon-Fri",
    "Sat–Sun", "Sat and Sun"."""
    return bool(JOINED_WEEKDAY_AFTER.match(ctx.text, end)) or ctx.ends_before(JOINED_WEEKDAY_BEFORE, start)


def capital_inside(word: str, match: re.Match[str], ctx: Context) -> bool:
    """A capitalized word where no sentence starts: part of a name ("the book 13 Hours", "the Midnight Crew", "W. Noon
    57" in a scorecard)."""
    opens = ctx.ends_before(SENTENCE_START, match.start()) and not ctx.ends_before(INITIAL_BEFORE, match.start())
    return title_cased(word, match[0]) and not opens


def in_title(match: re.Match[str], ctx: Context) -> bool:
    """A capitalized expression right after a name is part of a title: "USA Today", "CBS This Morning",
    "Real News Right Now"; so is one in a quoted title (``_quoted_title``)."""
    if not match[0][0].isupper():
        return False
    return _quoted_title(match, ctx) or ctx.ends_before(NAME_BEFORE, match.start())


def in_headline(match: re.Match[str], ctx: Context) -> bool:
    """Whether an expression lies in a headline written in title case, where every word after a name is capitalized:
    "Ministers to Meet in Oslo Next Week" (its "Next Week" no show's title; not "on ABC This Week")."""
    if ctx.ends_before(ACRONYM_BEFORE, match.start()):
        return False
    begin = ctx.text.rfind("\n", 0, match.start()) + 1
    end = ctx.text.find("\n", match.end())
    return bool(TITLE_CASE_LINE.fullmatch(ctx.text, begin, len(ctx.text) if end < 0 else end))


def _quoted_title(match: re.Match[str], ctx: Context) -> bool:
    """A capitalized expression that is, or is part of, a quoted title: "NBC's “Today”", "ABC's “This Week.”",
    "the ''Today'' show" (not "the “Super Tuesday” primary", see ``holiday``) and ``within_quoted_title``."""
    quoted = ctx.ends_before(QUOTED_NAME_BEFORE, match.start()) and TITLE_AFTER.match(ctx.text, match.end())
    before_noun = ctx.ends_before(QUOTE_BEFORE, match.start()) and QUOTED_BEFORE_NOUN.match(ctx.text, match.end())
    return bool(quoted or before_noun) or within_quoted_title(match, ctx)


def within_quoted_title(match: re.Match[str], ctx: Context) -> bool:
    """An expression inside a longer quoted title: "“Last Week Tonight”", "“How the Grinch Stole Christmas”"."""
    titled = ctx.ends_before(QUOTE_BEFORE, match.start()) and QUOTED_TITLE_AFTER.match(ctx.text, match.end())
    closed = CLOSING_QUOTE.match(ctx.text, match.end()) and TITLE_BEFORE.search(
        ctx.text, max(0, match.start() - 80), match.start()
    )
    return bool(titled or closed)
