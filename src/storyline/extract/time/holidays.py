"""Readers of named days and seasons: fixed and movable holidays, 9/11, "the summer".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar
from .context import Context, Reading
from .dates import NAME_JOINERS, PREPOSITIONS, day_value, month_day, year_for
from .lexicon import (
    DIWALI, EASTER_HOLIDAYS, ELECTION_YEAR_DAYS, HEBREW_HOLIDAYS, HOLIDAYS, ISLAMIC_HOLIDAYS, LUNAR_NEW_YEAR,
    MONTH_LONG, MOVABLE_HOLIDAYS, NATION_DAYS, NATION_OR_PEOPLE, NOWRUZ, ORTHODOX_EASTER_HOLIDAYS, SEASONS, VOTE_DAYS,
    WEEKDAY_NAME,
)
from .patterns import PATTERNS
from .titles import NAME_BEFORE, SENTENCE_START, within_quoted_title
from .values import edge_mod, unknown
from .words import capitalized

# Another nation than the US, by its name's possessive or its adjective: "Ukraine's", "Indian", "Pakistani", "Irish",
# and the count of its independence days: "Freedonia's 50th"
_ORDINAL_BEFORE = r"(?:\d+(?:st|nd|rd|th)\s+)?$"
OTHER_NATION_BEFORE = re.compile(
    rf"\b(?!America)[A-Z][a-z]+(?:['’]s|(?<=an)|(?<=ese)|(?<=sh)|(?<=[a-z]i))\s+{_ORDINAL_BEFORE}"
)
# a nation, in one or two words, before its independence day: "Afghanistan's 105th", "Sri Lankan", "Uzbek"
NATION_BEFORE = re.compile(rf"\b(?P<nation>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)(?:['’]s)?[ \t]+{_ORDINAL_BEFORE}")
# a nation or its people anywhere in a sentence ("Afghans marked Independence Day"), but not before a day of its own
# ("Ukraine's Independence Day") nor a US state's name ("New Mexico"); and the US ("Indian-Americans")
_NATIONS = sorted((word.title() for word in NATION_OR_PEOPLE), key=len, reverse=True)
NATION_IN_SENTENCE = re.compile(
    rf"(?<!\bNew\s)\b(?:{'|'.join(_NATIONS)})\b"
    r"(?!(?:['’]s)?\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:Independence|National|Republic)\s+Day)"
)
US_NAMED = re.compile(r"\b(?:Americans?|America|U\.S\.|US|USA|United\s+States)\b")
OF_AFTER = re.compile(r"\s+of\b")  # "the National Day of Prayer": a day of its own, no nation's
OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")  # "the Spring Festival of Arts", "Christmas of the Exiles"
# the days of the year a feast falls on in every year, by the name ``holiday`` reads it under
FIXED_DAYS = HOLIDAYS | {
    f"{nation} {feast}": day for feast, days in NATION_DAYS.items() for nation, day in days.items()
}
# A capitalized word after a feast that makes it the name of an event, "the Easter Rising", "the Christmas Truce", or
# of a place, "Easter Island", "Christmas Island"
NAMED_EVENT_AFTER = re.compile(
    r"\s+(?:Rising|Uprising|Rebellion|Offensive|War|Truce|Massacre|Accords?|Agreement|Revolution|Bombings?|Attacks?"
    r"|Raid|Battle|Siege|Tsunami|Earthquake|Flood|Crisis|Coup|Islands?)\b"
)
# "Christmas trees", "Easter eggs", "Halloween costumes", "a Christmas ad": things named for the feast, no day of it
THING_AFTER = re.compile(
    r"\s+(?:trees?|cards?|lights|decorations|ornaments|carols?|songs?|music|stockings?|sweaters?|spirit|cheer"
    r"|wreaths?|eggs?|bunny|baskets?|candy|costumes?|pumpkins?|turkeys?|movies?|films?|albums?|presents?|gifts?"
    r"|ads?|adverts?|commercials?)\b",
    re.IGNORECASE,
)
# A capitalized word after a feast that makes it part of a name, "Easter Seals", unless it is a time or a part of the
# day, or a preposition before the feast makes it a date ("On Christmas Trump tweeted")
NAME_AFTER = re.compile(
    r"[ \t]+(?!(?:Day|Eve|Week|Weekend|Morning|Afternoon|Evening|Night|Holidays?|Season|Vigil|Mass"
    rf"|{WEEKDAY_NAME})\b)[A-Z][a-z]+\b"
)
WORD_BEFORE = re.compile(r"\w[ \t]+$")
# "Ethiopian New Year", "the Jewish New Year": another calendar's new year
CAPITAL_BEFORE = re.compile(r"\b(?P<word>[A-Z][a-z]+)[ \t]+$")
# what makes "the New Year" the holiday ("over the New Year holiday"), where alone it is mostly the year to come ("talks
# resume in the New Year")
NEW_YEAR_DAY_AFTER = re.compile(
    r"\s+(?:holidays?|celebrations?|festivities|break|recess|party|parties|period|weekend|week|message|address|speech"
    r"|greetings?|fireworks|reception)\b",
    re.IGNORECASE,
)
# between a holiday and the date the text gives it: "marks Independence Day on August 15", "Christmas, January 7";
# a day that far or farther from the calendar's is another nation's holiday, a nearer one a slip ("Labor Day, Monday,
# September 1", told in 1996, when it fell on the 2nd)
GIVEN_ON = re.compile(r",?\s+(?:on\s+|\(\s*)?")
SLIP_DAYS = 3
DATING_WORDS = PREPOSITIONS - NAME_JOINERS  # the words before a feast that make it a day: "on", "by", "last", …


def season(match: re.Match[str], ctx: Context) -> Reading | None:
    at = match.start()
    if match[0].startswith("fall") and ctx.ends_before(WORD_BEFORE, at) and ctx.word_before(at) not in PREPOSITIONS:
        return None  # "both holidays fall this year", "prices fall next year": the verb
    if match["turn"]:
        year_ = int(match["turn"])
        if int(match["next"]) % 10 ** len(match["next"]) != (year_ + 1) % 10 ** len(match["next"]):
            return None  # "the summer of 1994-96" spans no turn of one year
    else:
        year_, _ = year_for(match, ctx, 1, None)
    if year_ is None:
        return None
    return Reading("DATE", f"{year_:04d}-{SEASONS[match['season'].lower()]}", edge_mod(match))


def _holiday_days(name: str, year: int) -> list[date]:
    """The days in ``year`` a holiday falls on: one, or for the Islamic feasts, which move through the seasons,
    one or two (Eid al-Fitr fell twice in 2000); none for a lunisolar feast at the calendar's ends."""
    if name in FIXED_DAYS:
        return [date(year, *FIXED_DAYS[name])]
    if name in EASTER_HOLIDAYS:
        return [calendar.easter(year) + timedelta(days=EASTER_HOLIDAYS[name])]
    if name in ORTHODOX_EASTER_HOLIDAYS:
        return [calendar.orthodox_easter(year) + timedelta(days=ORTHODOX_EASTER_HOLIDAYS[name])]
    if name in ISLAMIC_HOLIDAYS:
        return sorted(day for month, nth in ISLAMIC_HOLIDAYS[name] for day in calendar.hijri_days(year, month, nth))
    if name in NOWRUZ:
        return [day] if (day := calendar.from_solar_hijri(year - 621, 1, 1)) else []
    if (name in HEBREW_HOLIDAYS or name in LUNAR_NEW_YEAR) and not 1 < year < 9999:
        return []  # Hanukkah reads the next year's length, the Lunar New Year the last year's solstice
    if name in LUNAR_NEW_YEAR:
        return [calendar.lunar_new_year(year)]
    if name in DIWALI:
        return [calendar.diwali(year)]
    if name in HEBREW_HOLIDAYS:
        anchor, days = HEBREW_HOLIDAYS[name]
        return [(calendar.hanukkah(year) if anchor == "hanukkah" else calendar.rosh_hashanah(year)) + timedelta(days)]
    if name in ELECTION_YEAR_DAYS and year % 4:
        return []
    month, weekday, nth, after = MOVABLE_HOLIDAYS.get(name) or ELECTION_YEAR_DAYS[name]
    return [calendar.nth_weekday(year, month, weekday, nth) + timedelta(days=after)]


def nine_eleven(match: re.Match[str], ctx: Context) -> Reading | None:
    """The day of the attacks; not in a title after a name ("Fahrenheit 9/11"), though "Since 9/11" opens sentences."""
    name = NAME_BEFORE.search(ctx.text, max(0, match.start() - 30), match.start())
    if name and not ctx.ends_before(SENTENCE_START, name.start()):
        return None
    return Reading("DATE", "2001-09-11")


def holiday(match: re.Match[str], ctx: Context) -> Reading | None:
    if not capitalized(match["holiday"], match[0]) or within_quoted_title(match, ctx):
        return None
    name = re.sub(r"\s+", " ", match["holiday"].lower()).replace("’", "'")
    if name in NATION_DAYS:
        feast = name
        nations = {nation} if (nation := _nation_before(match, ctx, feast)) else _nations_in_sentence(match, ctx, feast)
        if len(nations) > 1:
            return None  # "Mexico and Chile held parades on Independence Day": whose is not known
        if nations:
            name = f"{nations.pop()} {feast}"  # "Afghanistan's 105th Independence Day": 19 August
        elif feast != "independence day" or OF_AFTER.match(ctx.text, match.end()):
            return None  # "National Day" of no nation named, "the National Day of Prayer"
    if _names_no_holiday(match, ctx, name):
        return None
    det = (match["det"] or "").lower()
    # "Easter week", "Thanksgiving weekend": the week that holds the day; "during Ramadan": its month
    granularity = (match["span"] or ("month" if name in MONTH_LONG else "day")).lower()
    if match["low_year"] and name in ISLAMIC_HOLIDAYS:
        return _in_hijri_year(name, int(match["low_year"]), granularity)
    # "Christmas 2015", "the 1968 Christmas holidays", "Christmas 1492"
    written = match["year"] or match["year_before"] or match["low_year"]
    stated = int(written) if written else None
    if match["rely"] and ctx.reference is not None:  # "Christmas last year"
        stated = ctx.named_year(match["rely"], match.start())
    reference = ctx.reference if stated is None else None
    if reference is not None:
        found = _holiday_near(match, ctx, name, det, reference)
    else:
        year_ = ctx.year_guess(match.start()) if stated is None else stated
        if year_ is None:
            return _yearless(name, granularity)
        days = _holiday_days(name, year_)
        found = (days[0], stated is None) if days else None  # "Super Tuesday 2017" names no day
    if found is None:
        return None
    day, guess = found
    if granularity == "day" and (given := _day_given(match, ctx)) and abs((given - day).days) > SLIP_DAYS:
        return Reading("DATE", given.isoformat())  # "India marks Independence Day on August 15": another nation's
    if granularity == "weekend" and day.weekday() == 0:
        day -= timedelta(days=1)  # "Labor Day weekend" ends on the Monday's eve
    return Reading("DATE", calendar.value_at(day, granularity), guess=guess)


def feast_edge(match: re.Match[str], ctx: Context) -> Reading:
    """"The start of Ramadan", "the eve of Ramadan", "the end of Ramadan": the first day of a feast a month long, the
    day before it, or its last day (the eve of the next month), by the Umm al-Qura calendar, in the year the tense
    points to."""
    edge = " ".join(match["edge"].lower().split())
    if ctx.reference is None:
        return Reading("DATE", unknown("day"), guess=True)
    month = ISLAMIC_HOLIDAYS[match["feast"].lower()][0][0]
    # the end is the eve of the next month, as the eve is the day before this one's first
    month, back = (month % 12 + 1, 1) if edge in ("end", "last day") else (month, 1 if edge == "eve" else 0)
    days = [first - timedelta(days=back) for first in calendar.hijri_days_around(ctx.reference.year, month, 1)]
    day = calendar.nearest(ctx.reference, days, ctx.firm_tense(match.start(), match.end()))
    return Reading("DATE", day.isoformat(), guess=True)


def _in_hijri_year(name: str, year: int, granularity: str) -> Reading | None:
    """"Ramadan 1446" (March 2025, the month that holds its middle), "Eid al-Adha 1445 AH": the feast of that Hijri
    year; a bare "Eid" there is the first of the two, Eid al-Fitr."""
    month, day = ISLAMIC_HOLIDAYS[name][0]
    found = calendar.from_hijri(year, month, day)
    return Reading("DATE", calendar.value_at(found, granularity)) if found else None


def _another_new_year(match: re.Match[str], ctx: Context) -> bool:
    """Whether "New Year" is no 1 January: another calendar's, after a capitalized word other than a preposition
    ("Ethiopian New Year", not "After New Year"), or the year to come, after "the" with no word of the holiday after
    it ("resume in the New Year")."""
    before = ctx.text[max(0, match.start() - 30) : match.start()]
    if (capital := CAPITAL_BEFORE.search(before)) and capital["word"].lower() not in DATING_WORDS:
        return True
    return ctx.word_before(match.start()) == "the" and not NEW_YEAR_DAY_AFTER.match(ctx.text, match.end())


def _nation_before(match: re.Match[str], ctx: Context, feast: str) -> str | None:
    """The nation whose independence, national or republic day (``feast``) the words before it make it, where its
    day is known: "Ukraine's", "Sri Lankan", "Afghanistan's 105th"."""
    found = NATION_BEFORE.search(ctx.text, max(0, match.start() - 40), match.start())
    if not found:
        return None
    nation = " ".join(found["nation"].lower().split())
    return next((name for name in (nation, nation.split()[-1]) if name in NATION_DAYS[feast]), None)


def _nations_in_sentence(match: re.Match[str], ctx: Context, feast: str) -> set[str]:
    """The nations whose days of ``feast`` are known that a sentence names, or whose people it names, where it does
    not name the US: "Afghans marked Independence Day on Monday", "On Independence Day, Pakistan…"."""
    sentence = ctx.text[slice(*ctx.sentences.around(match.start(), match.end()))]
    if US_NAMED.search(sentence):
        return set()
    found = {NATION_OR_PEOPLE[found[0].lower()] for found in NATION_IN_SENTENCE.finditer(sentence)}
    return {nation for nation in found if nation in NATION_DAYS[feast]}


def _day_given(match: re.Match[str], ctx: Context) -> date | None:
    """The day a date right after a holiday gives it: "Independence Day on August 15", "Christmas, January 7"."""
    if gap := GIVEN_ON.match(ctx.text, match.end()):
        for name in ("month_day", "day_month"):
            found = PATTERNS[name].match(ctx.text, gap.end())
            if found and (given := day_value(month_day(found, ctx))):
                return date.fromisoformat(given)
    return None


def _names_no_holiday(match: re.Match[str], ctx: Context, name: str) -> bool:
    """Whether a holiday's name names no day of it here: another nation's, a named event, a thing named for it or a
    person."""
    if name in VOTE_DAYS and not all(capitalized(word, match[0]) for word in match["holiday"].split()):
        return True  # "Election day for voters abroad in Moldova": any vote's day, not the US one
    if ctx.word_before(match.start()) in ("happy", "merry"):
        return True  # "Merry Christmas", "Happy New Year": a greeting
    if name in ("new year", "new year's") and _another_new_year(match, ctx):
        return True
    if name == "independence day" and ctx.ends_before(OTHER_NATION_BEFORE, match.start()):
        return True  # "Ukraine's Independence Day", "Indian Independence Day": only the US one's day is known here
    if not match["span"] and NAMED_EVENT_AFTER.match(ctx.text, match.end()):
        return True  # "the Easter Rising", "the Yom Kippur War": an event of its own year, named for the feast
    if not match["span"] and THING_AFTER.match(ctx.text, match.end()):
        return True
    if NAME_AFTER.match(ctx.text, match.end()) and ctx.word_before(match.start()) not in DATING_WORDS:
        return True  # "a letter from two clinics and Easter Seals"
    if OF_NAME_AFTER.match(ctx.text, match.end()):
        return True  # "the Spring Festival of Arts": an event's name
    # "Tariq Ramadan", "Mohamed Eid" are people
    return name in ISLAMIC_HOLIDAYS and ctx.ends_before(NAME_BEFORE, match.start()) and (
        ctx.word_before(match.start()) not in PREPOSITIONS
    )


def _yearless(name: str, granularity: str) -> Reading:
    """A holiday in a year nothing gives: its fixed day, or nothing known for one that moves with the year (Easter,
    Thanksgiving, the lunar feasts)."""
    if name not in FIXED_DAYS:
        return Reading("DATE", unknown(granularity), guess=True)
    return Reading("DATE", f"XXXX-{date(2000, *FIXED_DAYS[name]).strftime('%m-%d')}", guess=True)


def _holiday_near(match: re.Match[str], ctx: Context, name: str, det: str, reference: date) -> tuple[date, bool] | None:
    """The holiday around the document's date, and whether it is a guess: the last one for "last Christmas" or "since
    Christmas", the next for "next Easter" or a coming vote day ("as Election Day nears", told in February), else the
    nearest the tense allows."""
    days = [day for k in (-1, 0, 1) for day in _holiday_days(name, reference.year + k)]
    if not days:
        return None  # no election year around the document's
    behind, ahead = [d for d in days if d <= reference], [d for d in days if d >= reference]
    tense = ctx.firm_tense(match.start(), match.end())
    if (det == "last" or ctx.looks_back(match.start())) and behind:
        return max(behind), not det
    if (det == "next" or name in VOTE_DAYS and tense != "firm past") and ahead:
        return min(ahead), not det
    return calendar.nearest(reference, days, tense), not det
