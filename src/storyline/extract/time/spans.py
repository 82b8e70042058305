"""Readers of spans of time and of sets: "for six months", "a decade-long", "every Tuesday".
"""

from __future__ import annotations

import re

from .context import Context, Reading
from .lexicon import DAY_ORDINALS, ONES, PARTS_OF_DAY, SEASONS, SETS, TENS, TIMES_WORDS
from .patterns import MONTH
from .titles import NAME_BEFORE, NAME_BESIDE, capital_inside, in_headline, weekday_named
from .values import approx_mod, duration
from .words import YEAR_NUMBER, capitalized, month_number, number, title_cased, weekday_number

FRACTION_OF = re.compile(r"\s+of\b")
EVERY_NTH = {"other": 2, "second": 2, "third": 3, "fourth": 4, "alternate": 2}  # "every other week": each two weeks
TIMES = {"twice": 2, "thrice": 3}  # "twice in as many years": two years
# a count that fills the whole of its rate's unit: all the time, which TimeBank tags neither as a span nor as a set
ALWAYS = re.compile(
    r"\b(?:(?:24|twenty-four)\s+hours\s+(?:a|an|per)\s+day|(?:7|seven)\s+days\s+(?:a|per)\s+week"
    r"|36[56]\s+days\s+(?:a|per)\s+year|(?:12|twelve)\s+months\s+(?:a|per)\s+year)\b",
    re.IGNORECASE,
)
# A count of quarters is a time only beside a word of time: "for a quarter", "in a quarter that produced a loss",
# "three quarters in a row"; else it is a share ("cut costs by a quarter", "set aside another quarter from savings",
# "by a quarter or a third", "nearly a quarter, 24 percent")
QUARTERS_AFTER = {"in", "for", "over", "within", "during", "after", "than", "every", "each", "per"}
QUARTERS_TIMED = re.compile(r"\s+(?:earlier|later|ago|before|after|running|straight|in\s+a\s+row)\b")
SHARE_BESIDE = re.compile(
    r"\s*,\s*\d+(?:\.\d+)?\s*(?:percent|%)|\s+(?:and|to|or)\s+(?:a|one|two)[- ](?:thirds?|half|fifths?)\b",
    re.IGNORECASE,
)
# units that alone mostly name no span: a meeting's minutes, a firm's quarters
NOT_BARE = {"seconds", "minutes", "nights", "weekends", "fortnights", "quarters"}
# after bare seconds or minutes, a span counted off ("minutes later", "seconds after the blast")
COUNTED_OFF = re.compile(r"\s+(?:later|after|earlier|before)\b", re.IGNORECASE)
# before bare "hours": the hours of a schedule or a tally, no span of time
SCHEDULED_HOURS = {
    "business", "office", "opening", "closing", "visiting", "working", "work", "school", "trading", "peak", "off-peak",
    "rush", "happy", "flying", "flight", "billable", "overtime", "unsocial", "licensing", "after", "weekly", "man",
}
# An amount before "a day", "a year": a rate ("$1.76 a year", "5,000 cars a week", "35-plus hours a week", "three
# shifts a day", "40 billion cubic metres a year"), not a span of time
RATE = re.compile(
    r"(?:\d|\b(?:million|billion|trillion|thousand|hundred|percent|cents?|dollars?"
    rf"|(?i:{'|'.join(ONES[2:] + TENS[2:])}|dozen|several|few))\b)[\w.,%+-]*(?<![,.])"
    r"(?:\s+(?!(?:in|during|within|over|for|of|and|or|to|from|after|before|by|on|at|is|are|was|were|be|been|will"
    r"|would|has|have|had|that|which|the)\s)[a-z]+){0,2}\s+$"
)
# after "in a year", "on a day": the time a clause tells of, no length of time ("in a year when voters longed for
# an outsider", "on a day when most rivals rested", "following a day in which she debated")
A_TIME_WHEN = re.compile(r"\s+(?:when|where|(?:in|during|on)\s+which)\b")
A_TIME_BEFORE = {"in", "on", "during", "at", "following"}
# after "a day", "a night": a kind of thing held by day or by night, no length of time ("they were handed a night match",
# "worked a night shift", "has a day job", "imposed a night curfew", "took a day trip")
DAY_OR_NIGHT_KIND = re.compile(
    r"\s+(?:match(?:es)?|games?|shifts?|sessions?|jobs?|schools?|care|class(?:es)?|flights?|raids?|clubs?|life|sky"
    r"|curfews?|trips?|visits?|tours?|patrols?|vigils?|attacks?|assaults?|operations?|markets?|trains?|bus(?:es)?|watch"
    r"|duty|pass(?:es)?)\b",
    re.IGNORECASE,
)
# a newspaper named for how often it comes out: what it said, or "the daily" before its name or a stop
PAPER_AFTER = re.compile(
    r"\s+(?P<said>said|says|reported|reports|wrote|writes|quoted|added)\b|\s+(?P<name>(?-i:[A-Z]))|\s*[.,;:]"
)
PAPER_BEFORE = re.compile(r"\bthe\s+(?:news\s+|business\s+|local\s+|national\s+)?$", re.IGNORECASE)
# before a daily or weekly that a paper's name follows: "the Polish daily Rzeczpospolita", "best-selling daily Gazeta"
PAPER_KIND = re.compile(
    r"(?:\bthe\s+(?:[\w-]+\s+){0,2}|\b(?:best-selling|leading|influential|independent|official|popular|state-run"
    r"|mass-circulation|pro-government|opposition|conservative|liberal|financial|business|(?-i:[A-Z][a-z]+))\s+)$",
    re.IGNORECASE,
)
# "the first weekly loss", "a monthly rise of 0.3%": a change over one such period, not one each period ("daily
# drops of messages" are releases)
CHANGE_AFTER = re.compile(
    r"\s+(?:gain|loss|rise|fall|decline|drop|increase|decrease|advance|jump|slide|slump|surge|climb|retreat)(?:e?s)?\b"
    r"(?!\s+of\s+[a-z])",
    re.IGNORECASE,
)
# "one day" after these, or before these, counts a day: "for one day", "one day after the vote", "one day a week"
ONE_DAY_SPANS = {"in", "for", "within", "than", "just", "only", "about", "every", "per", "a", "least", "after",
                 "before", "first", "last", "same", "each", "of"}  # fmt: skip
ONE_DAY_COUNTED = re.compile(
    r"\s+(?:after|before|ago|later|earlier|of|to\s+go|until|till|a\s+week|as|in\s+[A-Z]|visit|trip|strike|event)\b"
)
SPENDING = {"spent", "spend", "spends", "spending", "stayed", "stay", "stays", "lasted", "took", "slept"}
SPAN_COUNTED = re.compile(r"\s+(?:after|before|ago|later|earlier|of|a\s+week|to\s+go)\b")
ONE_DAY_MODAL = re.compile(r",?\s+(?:[\w'’-]+\s+){0,2}(?:would|will|could|might|may)\b")  # "one day China would pay"
# in a sentence of cricket, "five centuries" and "a half-century" count runs
CRICKET = re.compile(r"\d\s+runs\b|\b(?:wickets?|innings|batsman|batsmen|bowler|bowled|not\s+out)\b", re.IGNORECASE)
ONE_DAY_GAME = re.compile(
    r"\s+(?:\(\d+\s+overs[^)]*\)\s+)?"
    r"(?:internationals?|series|cricket|squad|side|team|match(?:es)?|game|tournament|cup|scoreboard|warm-up)\b",
    re.IGNORECASE,
)
# A month right before a bare number: "the Oct. 9 second debate" holds a day of the month and an ordinal
MONTH_BEFORE = re.compile(rf"(?-i:\b{MONTH})\.?\s+$")
HOPED = re.compile(
    r"\b(?:hopes?|hoped|hoping|dreams?|dreamed|dreaming|wish(?:es|ed)?|believes?|predicts?)\b", re.IGNORECASE
)


def duration_(match: re.Match[str], ctx: Context) -> Reading | None:
    if match["old"] or title_cased(match["unit"], match[0]) and not in_headline(match, ctx):
        return None  # "a five-year-old"; "the book 13 Hours" is a title, "Truce To Last 72 Hours" a headline
    raw = re.sub(r"\s+", " ", match["num"].lower())
    amount = _as_many(match, ctx) if raw == "as many" else number(raw)
    unit = match["unit"]
    plural = unit.lower().endswith("s")
    if _cricket(match, ctx) or _always(match, ctx):
        return None
    if YEAR_NUMBER.fullmatch(raw) and not plural and "-" not in (match["hyphen"] or ""):
        return None  # "the 1988 quarter" is a year's quarter
    joined = "-" in (match["hyphen"] or "")
    if raw.isdigit() and not plural and not joined and ctx.ends_before(MONTH_BEFORE, match.start()):
        return None  # "the Oct. 9 second debate" is the debate of October 9
    if raw in ("a", "an") and (plural or unit.lower() == "second" or match["long"]):
        return None  # "a second term" is no duration; in "a week-long visit" the span is "week-long"
    half = bool(match["hyphen"] and "and-a-half" in match["hyphen"] or match["half"])
    if amount == 1 and plural and raw != "1" and not half:  # "one-and-a-half hours" is plural
        return None
    if amount is None and not plural and match["hyphen"] != "-":  # "a several-year slump" is PXY
        return None
    if raw in ("a", "an") and not match["span"] and not match["approx"] and (
        ctx.word_before(match.start()) in ("once", "twice", "times", "per") or ctx.ends_before(RATE, match.start())
    ):
        return None  # "twice a year", "$1.76 a year", "600 million shares a day" are rates
    if raw in ("a", "an") and _time_told_of(match, ctx):
        return None
    if raw == "a" and unit.lower() in ("day", "night") and DAY_OR_NIGHT_KIND.match(ctx.text, match.end()):
        return None
    if unit.lower() == "quarters" and match["hyphen"] == "-":
        return None  # "three-quarters" is a fraction
    fraction = FRACTION_OF.match(ctx.text, match.end()) or ctx.word_before(match.start()) == "and"
    if unit.lower() == "quarter" and fraction:
        return None  # "a quarter of the electorate", "a quarter of a mile", "one and a quarter lengths"
    if unit.lower() in ("quarter", "quarters") and _share(match, ctx):
        return None
    if half:
        amount = (amount or 0) + 0.5
    span = (match["span"] or "").lower()
    if amount is None and span in ("past", "last", "recent"):
        return Reading("DATE", "PAST_REF")
    if match[0].lower() == "one day" and _someday(match, ctx):
        return Reading("DATE", "FUTURE_REF")
    if _some_night(match, ctx):  # "Driving home one night, she wept": a night, not a night's length
        return Reading("TIME", "XXXX-XX-XXTNI")
    return Reading("DURATION", duration(amount, unit), _plus_mod(match) or approx_mod(match, ctx))


def _plus_mod(match: re.Match[str]) -> str | None:
    """The mod of a count said with "plus" ("15-plus years": at least) or "odd" ("30-odd years": about)."""
    plus = (match["plus"] or "").lower()
    return None if not plus else "APPROX" if plus.endswith("odd") else "EQUAL_OR_MORE"


def _as_many(match: re.Match[str], ctx: Context) -> float | None:
    """"The third defeat in as many weeks" (three weeks), "five envoys in as many years", "changed twice in as many
    years": as many as the count its sentence gave last; "as many years passed" gave none."""
    begin = ctx.sentences.around(match.start(), match.end())[0]
    for word in reversed(re.findall(r"[\w-]+", ctx.text[begin : match.start()].lower())):
        digits = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", word)
        count = int(digits[1]) if digits else DAY_ORDINALS.get(word) or TIMES.get(word)
        count = count or word not in ("a", "an") and number(word)
        if count:
            return float(count)
    return None


def _share(match: re.Match[str], ctx: Context) -> bool:
    """Whether a count of quarters is a share, not a time (``QUARTERS_AFTER``): "in some quarters" is among some
    people; "the past two quarters", "a rolling four-quarter test" and "three fiscal quarters" are times."""
    if match["num"].lower() == "some" or SHARE_BESIDE.match(ctx.text, match.end()):
        return True
    if match["span"] or (match["hyphen"] or "").strip():
        return False
    return ctx.word_before(match.start()) not in QUARTERS_AFTER and not QUARTERS_TIMED.match(ctx.text, match.end())


def _time_told_of(match: re.Match[str], ctx: Context) -> bool:
    """Whether "a year", "a day" is the time a clause after it tells of: "in a year when voters longed for one"."""
    return ctx.word_before(match.start()) in A_TIME_BEFORE and bool(A_TIME_WHEN.match(ctx.text, match.end()))


def _someday(match: re.Match[str], ctx: Context) -> bool:
    """Whether "one day" means some day to come, as TimeBank has it (FUTURE_REF): "engineers hope one day to mine the
    asteroid", "one day China would pay"; not "just one day after", "one day a week", "for one day", "in one day"."""
    if ctx.word_before(match.start()) in ONE_DAY_SPANS or ONE_DAY_COUNTED.match(ctx.text, match.end()):
        return False
    begin = ctx.sentences.around(match.start(), match.end())[0]
    hoped = HOPED.search(ctx.text, begin, match.start())
    modal = ONE_DAY_MODAL.match(ctx.text, match.end())
    return bool(hoped or modal) or ctx.tense(match.start(), match.end()) == "future"


def _some_night(match: re.Match[str], ctx: Context) -> bool:
    """Whether "one night" is some night the text tells of ("one night in 1982 she left home"), not how
    long something lasted ("for one night", "spent one night in jail", "one night after the vote")."""
    if match[0].lower() != "one night":
        return False
    spent = ctx.word_before(match.start()) in ONE_DAY_SPANS | SPENDING
    return not spent and not SPAN_COUNTED.match(ctx.text, match.end())


def _cricket(match: re.Match[str], ctx: Context) -> bool:
    """Whether a span is cricket's: centuries that count runs, in a sentence of cricket ("1,429 runs, having hit five
    centuries"), or the one-day game ("the one-day international series", "one-day (50 overs) cricket")."""
    unit = match["unit"].lower()
    if unit == "day" and match[0].lower() == "one-day":
        return bool(ONE_DAY_GAME.match(ctx.text, match.end()))
    return unit in ("century", "centuries") and bool(CRICKET.search(ctx.text, *ctx.sentences.around(*match.span())))


def long_(match: re.Match[str], ctx: Context) -> Reading | None:
    unit = match["unit"]
    return Reading("DURATION", duration(None if unit.lower().endswith("s") else 1, unit))  # "dayslong": some days


def units(match: re.Match[str], ctx: Context) -> Reading | None:
    unit = match["unit"].lower()
    counted = unit in ("seconds", "minutes") and _counted_off(match, ctx)  # "minutes later", "within seconds"
    if unit in NOT_BARE and not (match["span"] or counted):
        return None
    if capital_inside(match["unit"], match, ctx) and not in_headline(match, ctx):
        return None  # "the film Days of Heaven"; not "Fighting Flares After Weeks of Calm", a headline
    if _cricket(match, ctx) or _always(match, ctx):
        return None
    # the early, small or wee hours are a time of night, no span; "during business hours", "flexible work hours",
    # "after hours", a schedule or a tally
    before = ctx.word_before(match.start())
    if unit == "hours" and (before in ("early", "small", "wee") or not match["span"] and before in SCHEDULED_HOURS):
        return None
    return Reading("DURATION", duration(None, unit))


def unit_span(match: re.Match[str], ctx: Context) -> Reading | None:
    """"The week ahead" is a week's span from the telling, "the weeks ahead" some weeks', "the past hour" an hour's
    up to it; "The Year Ahead", capitalized, is a title."""
    if match[0].endswith("Ahead"):
        return None
    unit = match["unit"]
    return Reading("DURATION", duration(None if unit.lower().endswith("s") else 1, unit))


def _always(match: re.Match[str], ctx: Context) -> bool:
    """Whether ``match`` lies in "24 hours a day", "seven days a week" or the like (``ALWAYS``)."""
    spans = ALWAYS.finditer(ctx.text, max(0, match.start() - 25), match.end() + 25)
    return any(always.start() <= match.start() and match.end() <= always.end() for always in spans)


def _counted_off(match: re.Match[str], ctx: Context) -> bool:
    """Whether bare seconds or minutes are a span counted off, not a meeting's minutes or a match's: "minutes later",
    "seconds after the blast", "within minutes"."""
    return ctx.word_before(match.start()) == "within" or bool(COUNTED_OFF.match(ctx.text, match.end()))


def set_(match: re.Match[str], ctx: Context) -> Reading | None:
    if _always(match, ctx):
        return None
    if match["weekdays"]:
        if not weekday_named(match["weekdays"][:-1], match[0]):
            return None
        part = f"T{PARTS_OF_DAY[match['part'].lower()]}" if match["part"] else ""
        return Reading("SET", f"XXXX-WXX-{weekday_number(match['weekdays'][:-1])}{part}")  # "on Mondays"
    if match["weekends"]:
        return Reading("SET", "XXXX-WXX-WE")
    if match["adverb"]:
        # "the New York Daily News", "Palo Alto Weekly": a capitalized adverb beside a name is part of it
        named = NAME_BESIDE.match(ctx.text, match.end()) or ctx.ends_before(NAME_BEFORE, match.start())
        if match["adverb"][0].isupper() and named:
            return None
        after = PAPER_AFTER.match(ctx.text, match.end())
        if after and (
            after["said"] or ctx.ends_before(PAPER_BEFORE, match.start())
            or after["name"] and ctx.ends_before(PAPER_KIND, match.start())
        ):
            return None  # "Zycie Warszawy daily said", "the news weekly Der Spiegel", "the daily said": a newspaper
        if CHANGE_AFTER.match(ctx.text, match.end()):
            return None
        return Reading("SET", SETS[match["adverb"].lower()], freq=_freq(match["adverb_times"]))
    if match["each"]:
        if match["weekday"]:
            if not weekday_named(match["weekday"], match[0]):
                return None
            return Reading("SET", f"XXXX-WXX-{weekday_number(match['weekday'])}")
        if match["season"]:
            return Reading("SET", f"XXXX-{SEASONS[match['season'].lower()]}")
        if match["month"]:
            if match["each"].lower() == "per":
                return None  # "per September financials": as the month's figures have it
            if not capitalized(match["month"], match[0]):
                return None
            return Reading("SET", f"XXXX-{month_number(match['month']):02d}")
        # "every other week" is fortnightly, as is "every second week"; "every third year" comes each three years
        if match["every_few"]:
            return Reading("SET", duration(None, match["unit"]))  # "every few years": some years apart
        nth = match["each"] if match["each"].lower() == "alternate" else match["other"]
        every = EVERY_NTH[nth.lower()] if nth else number(match["every_n"] or "1")
        if match["dpart"]:  # "every morning" is each morning; "every other night" comes each two days
            part = PARTS_OF_DAY[match["dpart"].lower()]
            return Reading("SET", f"XXXX-XX-XXT{part}" if every == 1 else duration(every, "day"))
        if match["unit"].lower().startswith("weekend"):
            # a weekend comes once a week, as a weekday does: "every weekend", "every other weekend" (P2W)
            return Reading("SET", "XXXX-WXX-WE" if every == 1 else duration(every, "week"))
        return Reading("SET", duration(every, match["unit"].rstrip("s")))
    return Reading("SET", duration(1, match["unit_a"]), freq=_freq(match["times"]))


def _freq(times: str | None) -> str | None:
    """TIMEX3's ``freq`` for how often a set comes round in its period: "twice" ``2X``, "three times" ``3X``."""
    if times is None:
        return None
    count = TIMES_WORDS.get(times.lower()) or number(times.split()[0])
    return f"{count:g}X" if count else None
