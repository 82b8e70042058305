"""The regular expressions that find temporal expressions, built from the lexicon.

Each pattern names its parts with groups (``month``, ``day``, ``year``, ``num``,
``unit``…); the reader ``rules.READERS`` names for a pattern turns its match into a
TIMEX3 type and value. Month and weekday names must be capitalized (the readers
check), so "may" the verb is no date.
"""

from __future__ import annotations

import re

from .lexicon import (
    CLOCK_PREPOSITIONS, DAY_ORDINALS, DECADE_WORDS, DETERMINERS, DIWALI, EASTER_HOLIDAYS, ELECTION_YEAR_DAYS,
    FULL_MONTHS, HEBREW_HOLIDAYS, HIJRI_MONTHS, HOLIDAYS, ISLAMIC_HOLIDAYS, LUNAR_NEW_YEAR, MONTH_LONG, MONTHS,
    MOVABLE_HOLIDAYS, MOVED_TO_WORDS, NATION_DAYS, NOWRUZ, ONES, ORTHODOX_EASTER_HOLIDAYS, PARTS_OF_DAY, SEASONS, SETS,
    SOLAR_HIJRI_MONTHS, WEEKDAY_NAME, WEEKDAYS,
)
from .words import after, not_after


def _names(words: dict[str, int] | set[str], abbreviations: bool = False) -> str:
    """An alternation of ``words``, longest first; with ``abbreviations``, short forms may end with a full stop."""
    full = set(words)
    if abbreviations and isinstance(words, dict):
        full = {max((w for w in words if words[w] == n), key=len) for n in set(words.values())}
    alternatives = []
    for word in sorted(words, key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]")  # "New Year’s Eve" as pages set it
        alternatives.append(escaped + (r"\.?" if word not in full else ""))
    return "|".join(alternatives)


# with the short forms of posts and tabloids, in lower case, whole, and not joined to a word before them ("45 mins",
# "4yrs"; not "an HR number", "Ayr", "minstrels", nor a rate's "23.0yr / yr")
_SHORT_UNITS = r"(?<![a-zA-Z])(?-i:{})\b(?!\s*/)"
_UNITS_SINGULAR = (
    "second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|"
    + _SHORT_UNITS.format("sec|min|hr|wk|yr")
)
_UNITS_PLURAL = (
    "seconds|minutes|hours|days|nights|weeks|weekends|fortnights|months|quarters|years|decades|centuries|"
    + _SHORT_UNITS.format("secs|mins|hrs|wks|yrs")
)
_WORD_NUMBER = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    r"|one|two|three|four|five|six|seven|eight|nine|ten"
)
# how often a set comes round: "three times a week"
_TIMES = rf"(?<![\w.,-])(?:once|twice|thrice|(?:\d+|{_WORD_NUMBER})\s+times)"
# words after which "fiscal" is a noun, a fiscal year ("exports rose 5% last fiscal as against 3%")
_FISCAL_NOUN_AFTER = "to|as|and|but|when|while|from|against|compared|which|that|in|on|at|by|for|with|after|before|amid"
_VAGUE = (
    r"a\s+few|several|few|as\s+many|many|some|a\s+couple(?:\s+of)?|couple\s+of|a\s+number\s+of|numerous|dozens\s+of"
    r"|hundreds\s+of"
)

MONTH = rf"(?P<month>(?:{_names(MONTHS, abbreviations=True)})(?![a-z]))"
WEEKDAY = rf"(?P<weekday>(?:{_names(WEEKDAYS, abbreviations=True)})(?![a-z]))"
# what "last" or "next" may name: "last Tuesday", "next March", "last week", "next summer"
_LAST_NAMED = (
    rf"(?:{_names(WEEKDAYS, abbreviations=True)}|{_names(MONTHS, abbreviations=True)}|{_UNITS_SINGULAR}"
    r"|spring|summer|autumn|fall|winter|time)\b"
)
_STREET = r"(?-i:(?:\s+[A-Z][\w.]*){1,3}\s+(?:Avenue|Ave|Street|Road|Boulevard|Blvd|Drive|Lane|Parkway)\b)"
# after a number that is no year: a figure ("2000 points"), an address ("1600 Pennsylvania Avenue"), a unit written on
# to it ("2000F", "1600cc"); a bond series is its year ("Series 1996B")
_NO_YEAR_AFTER = (
    rf"[\d%]|\.\d|,\d\d\d|[-–]\d|\s*(?:percent|per\s+cent)|[-\s]points?\b|{_STREET}|(?-i:(?!s\b)[a-z]|F\b)"
)
YEAR = rf"(?P<year>(?<![\d$£€.,/])(?<!\d[-–])(?:1[6-9]\d\d|2[01]\d\d)(?!{_NO_YEAR_AFTER}))"
_FIGURE = r"\.\d|\s*(?:%|percent|pct)\b"  # what follows a number that is a figure, no day
_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])"
_ORDINAL = r"(?:st|nd|rd|th)"
DAY_DIGITS = re.compile(rf"{_DAY_NUMBER}{_ORDINAL}?", re.IGNORECASE)  # a day of a month in digits: "17", "4th"
DAY = (
    # not "4.4", nor "July 10.8 pct"
    rf"(?P<day>(?<!\d)(?<!\d[.,]){_DAY_NUMBER}{_ORDINAL}?(?!\d|:\d|{_FIGURE}|\s*(?:a\.m|p\.m))"
    rf"|(?:{_names(DAY_ORDINALS).replace(re.escape('-'), '[- ]')})(?![\w-]))"
)
# Some day of a weekday's name: "on a Sunday", "one cold Tuesday morning", "a rainy Friday"; an adjective of the day
# itself, not a noun ("in a statement Friday", "at a rally Tuesday" are the statement's and the rally's days)
_DAY_ADJECTIVES = (
    "cold|warm|hot|bitter|crisp|chilly|rainy|snowy|sunny|cloudy|windy|stormy|foggy|gr[ae]y|quiet|busy|recent|typical"
    "|fateful|bright|dark|sweltering|humid|muggy|balmy|frigid|freezing|wet|dry|lazy|hectic|certain|particular"
)
_SOME_DAY = rf"\b(?i:a|an|one)\s+(?:(?:{_DAY_ADJECTIVES})\s+)?"
SOME_DAY_BEFORE = re.compile(rf"{_SOME_DAY}$")  # right before the weekday's name
SOME_DAY_AFTER = re.compile(rf"\s+on\s+{_SOME_DAY}{WEEKDAY_NAME}\b")  # "10 p.m. on a Friday": an hour of no known day
# a year back from a period just named: "the same month last year", "the same period a year earlier"
_YEAR_BACK = r"(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year)"
# "expected to last three days", "will last two weeks": the verb, no part of the span
_NOT_A_VERB = not_after("to", "will", "would", "could", "may", "might", "can", "should", "must")
_MORE = r"another|an\s+additional|an\s+extra|a\s+further"
# "a year and a half", "an hour-and-a-half"; "a year and half", as it is also written
_AND_A_HALF = r"(?:\s+|-)and(?:\s+|-)(?:a(?:\s+|-))?half"
_DOZEN = r"(?:(?:a\s+)?half[- ](?:a[- ])?|a\s+)dozen"  # "a half-dozen days", "half a dozen years", "a dozen weeks"
# "a quarter-century", "the past half century": a part of a century counts its years ("a 55-ball half-century" and
# "its quarter-century low" count none)
_AFTER_SPAN_WORD = r"(?<=\b[pl]ast\s)|(?<=\bnext\s)|(?<=\bfirst\s)|(?<=\bcoming\s)"
_PART_OF_CENTURY = rf"(?:a\s+|(?=[qh])(?:{_AFTER_SPAN_WORD}))(?:quarter|half)(?=[- ]century\b)"
NUM = (
    rf"(?P<num>(?:a\s+quarter|three[- ]quarters)\s+of\s+an?|{_MORE}|{_DOZEN}|{_PART_OF_CENTURY}"
    # not the end of a span of years: "the 1998-99 fiscal year"
    rf"|(?:(?<!\d[,./])(?<![$£€¥])(?<!\d{{4}}[-–])"
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?:(?:\s+|-)\d/\d|\s?[½¼¾])?"
    rf"|(?:a|{_WORD_NUMBER})\s+(?:hundred|thousand)|{_WORD_NUMBER}|an?)(?:\s+and\s+(?:a\s+)?half)?|half\s+an?|{_VAGUE}"
    # "a half hour", "the next half hour"; "a half-hour delay" without the delay's article
    r"|(?:a\s+(?=half\s))?half(?=[- ](?:hour|day|minute)\b))"
)
UNIT = rf"(?P<unit>{_UNITS_PLURAL}|{_UNITS_SINGULAR})"
_AT_EDGE = after("at", "before", "after", "by", "until", "till", "around", "since")
_BY_PART = after("before", "by", "until", "till")
# "the day after Christmas", "two weeks before Election Day": units counted from the day named right after; "the
# night of Sept. 11": a part of it
_OFFSET = (
    rf"\b(?:(?:(?P<the>the)|(?P<count>\d+|{_WORD_NUMBER}|an?))\s+(?P<unit>day|week|month|year)s?"
    r"\s+(?P<dir>before|after|prior\s+to)|the\s+(?P<eve>eve)\s+of)\s+"  # "on the eve of Christmas": the day before
)
OFFSET_BEFORE_DAY = re.compile(_OFFSET + "$", re.IGNORECASE)
OFFSET_OPENING = re.compile(_OFFSET, re.IGNORECASE)  # the same, opening an expression made with the day it counts from
QUARTER_WORD = re.compile(r"quarter|half|\b[QH][1-4]\b", re.IGNORECASE)  # a word that names a part of a year
# "the first nine months", "the six months": a span of a year's months, as results are reported for
MONTHS_SPAN = re.compile(rf"\b(?:first\s+)?(?:\d+|{_WORD_NUMBER})\s+months\b", re.IGNORECASE)
# "the Sunday before Christmas", "the (first) Tuesday after Thanksgiving", "the last Friday before the holiday": the
# nearest such weekday on that side of the day
WEEKDAY_BEFORE_DAY = re.compile(rf"\bthe\s+(?:first\s+|last\s+)?{WEEKDAY}\s+(?P<dir>before|after)\s+$", re.IGNORECASE)
# "the evening of June 7", "the early morning of 3 May"; in brackets, "(evening of Jan. 27, 2006)"; "the early hours of
# Saturday", "the small hours of 3 May", the start of that day; "the intervening night of March 9 and 10", as South
# Asian police reports write the night between two days
PART_BEFORE_DAY = re.compile(
    r"(?:(?:\bthe\s+|(?<=\())(?:(?P<edge>early|late)\s+)?(?:intervening\s+(?=night))?"
    r"(?P<part>morning|afternoon|evening|night)"
    r"|\bthe\s+(?P<small>early|small|wee)\s+hours)\s+of\s+"
    r"(?:(?P<first>\d{1,2})[ \t]*[/–-][ \t]*)?$",  # "the night of 10/11 November": the night that starts on the 10th
    re.IGNORECASE,
)
# the first count of a range of durations, before the count of the second: "three to" of "three to five years",
# "between 10 and" of "between 10 and 12 days" ("and" only after "between": "two and three days" may be two spans)
RANGE_COUNT_BEFORE = re.compile(
    rf"(?:\b(?P<between>between)\s+)?(?<![\w.,$£€-])(?P<count>\d+|{_WORD_NUMBER})"
    r"(?:\s+(?P<joint>to|or|and)\s+|\s*[-–]\s*)$",
    re.IGNORECASE,
)
COUNT_OPENING = re.compile(rf"(?P<count>\d+|{_WORD_NUMBER})\b", re.IGNORECASE)  # "five" of "five decades"
SEASON = rf"(?P<season>{'|'.join(SEASONS)})"
PART = rf"(?P<part>{'|'.join(PARTS_OF_DAY)})"
# "the second half of September", "the last days of August": a part of what follows, at its start or end
_PART_OF = (
    r"the\s+(?:first|second|latter)\s+half\s+of"
    r"|the\s+(?:first|second|last|final)\s+fortnight\s+of"  # "the first fortnight of August", its first half
    r"|the\s+(?:first|last|final|closing|opening|dying)\s+(?:few\s+)?(?:days|weeks|months)\s+of"
)
# the edge of a time, or a time before or after it ("pre-2008 levels", "the post-1959 politics", as TimeBank tags them)
EDGE = (
    r"(?P<edge>(?:early|mid|late)[-\s]to[-\s](?:early|mid|late)-?|early-|late-|end-|pre-|post-|early|mid-|mid|late"
    r"|the\s+(?:back\s+)?end\s+of|the\s+beginning\s+of|the\s+start\s+of"  # "the back end of the year"
    r"|year[- ]end(?=\s+(?:1[6-9]|20)\d\d\b)"  # "at year-end 1997", as "at end-1997"
    rf"|the\s+middle\s+of|{_PART_OF})"
)
# the edges of a quarter or a half: "late Q4", "end-Q2 2026", "the end of the first quarter"
_QUARTER_EDGE = r"(?P<edge>early-?|mid-?|late-?|end-|the\s+(?:end|beginning|start|middle)\s+of)"
APPROX = (
    r"(?P<approx>around|nearly|almost|some|roughly|approximately|(?:no\s+)?(?:more|less|fewer)\s+than"
    r"|at\s+least|at\s+most|up\s+to|upwards\s+of|in\s+excess\s+of)"
)
DETERMINER = (
    r"(?P<det>this\s+coming|this|that|last|next|past|previous|prior|coming|following|current|(?:the|this)\s+past"
    r"|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+prior|the\s+following|the\s+current"
    r"|(?:the|that)\s+same|(?:the|its|their)\s+latest(?=\s+(?:fiscal\s+)?(?:week|month|year)\b))"
)
_BEFORE_ERA = r"BCE|BC|B\.C\."  # "753 BC", "the 5th century B.C."
# "February of '09", "the summer of ’94"; "(Feb 2/94)", as tables write it (not "May 12/13", two days)
# "'96", "Dec 29/89"; "Aug 96 July 96" in a table, right after a word, where the figures can be no day and no
# word follows them (not "in June 45 people died")
SHORT_YEAR = (
    r"(?:['’]|(?<=\d/)(?=[3-9]\d|0\d)|(?<=[a-z.]\s)(?=(?:3[2-9]|[4-9]\d)(?!\s+(?-i:[a-z]))))"
    r"(?P<short_year>\d\d)(?![\w'’%/-]|[.,]\d)"
)
YEAR_WORD = r"(?P<rely>this|last|next|that|the\s+(?:same|following|previous|next))\s+year"  # "May of that year"

# the end of a range of weekdays after its first, whose days a clock time before the first holds on ("9am to 5pm,
# Monday to Friday"), not that day alone
_WEEKDAYS_TO = (
    rf"(?:[ \t]*[-–][ \t]*|[ \t]+(?:to|through|thru|until|till)[ \t]+)(?-i:{WEEKDAY.replace('(?P<weekday>', '(?:')})"
)
WEEKDAY_RANGE_END = re.compile(_WEEKDAYS_TO, re.IGNORECASE)
_DAY_PARTS = r"(?:morning|afternoon|evening|night)(?![\w-])"  # "9 a.m. tomorrow morning", "10:30 p.m. Tuesday night"
# between a clock time and the day after it: not a blank line, nor a sentence's opening "On" ("ended at 9 p.m. On July
# 12, she…")
CLOCK_DAY_GAP = r",?(?![^\S\n]*\n\s*\n)\s+(?:(?-i:on)\s+)?"
# the day after a clock time: "9 a.m. tomorrow", "7:15 last night", "4 p.m. EST, Nov. 8", "0800 GMT on Thursday",
# "2:30 p.m. Tuesday, March 20th", "10 p.m. last Tuesday"
_CLOCK_DAY = (
    rf"(?:\s+(?P<rel>today|yesterday|tomorrow|tonight|this(?=\s+(?:morning|afternoon|evening)\b)"
    rf"|last(?=\s+(?:night|evening)\b))(?:\s+(?P<day_part>{_DAY_PARTS}))?"
    rf"|{CLOCK_DAY_GAP}"
    rf"(?:(?:(?-i:{WEEKDAY.replace('(?P<weekday>', '(?:')}),?\s+)?{MONTH}\s+{DAY}(?:,?\s+{YEAR})?"
    rf"|(?:(?P<then_det>last|next|this)\s+)?(?-i:{WEEKDAY.replace('<weekday>', '<then>')})"
    rf"(?!\s*,?\s*\d|{_WEEKDAYS_TO})"
    rf"(?:\s+(?P<then_part>{_DAY_PARTS}))?))?"
)

# What comes before the last day of "July 25-28", "Nov. 6 to 10", "July 8 and 9" or "April 14 through 16", which
# takes its month (``dates.day_end``)
DAY_AFTER = re.compile(rf"{MONTH}\s+{DAY}\s*(?:[-–]|to|and|through|till|until)\s*$", re.IGNORECASE)
# between the days of the month that open and close a range: "the 3rd through the 7th", "the 1st and 5th", "2nd-4th"
_DAY_RANGE_JOINT = r"\s*(?:[-–]|\s(?:and|to|through|thru)\s)\s*(?:the\s+)?"
# before a day of the month that ends a range of them: "from the 3rd through ", "between the 1st and ", "the 17th and "
NTH_RANGE_START = re.compile(rf"\bthe\s+{_DAY_NUMBER}{_ORDINAL}{_DAY_RANGE_JOINT}$", re.IGNORECASE)
# words that may follow a date, where a lower-case word after a number shows it a count ("on May 5 and 12 people")
_NOT_A_NOUN = "in|at|on|for|and|or|but|with|when|as|after|before|during|that|which|will|would|the|a|an|to"

_WEEK_FROM = r"(?:of|beginning|starting|commencing|ending|ended|to)"
# "-15" of "March 14-15", not a count ("and 10 people")
_DAYS_ON = rf"(?:(?:\s*[-–]\s*|\s+(?:to|and)\s+){_DAY_NUMBER}{_ORDINAL}?(?!\d|\s+(?!{_NOT_A_NOUN}\b)(?-i:[a-z])))"
_HOLIDAY_NAMES = (
    HOLIDAYS.keys() | MOVABLE_HOLIDAYS.keys() | EASTER_HOLIDAYS.keys() | ORTHODOX_EASTER_HOLIDAYS.keys()
    | ISLAMIC_HOLIDAYS.keys()
    | HEBREW_HOLIDAYS.keys() | ELECTION_YEAR_DAYS.keys() | LUNAR_NEW_YEAR | NOWRUZ | NATION_DAYS.keys() | DIWALI
)

# a row of figures after a label: "Current 818 million 979 million", "Current 1.30 1.35"
_FIGURES = r"\s+[\d.,]+\s+(?:[\d.,]|million|billion|mln|bln)"
# zones of Europe, Asia and Africa that news gives times in, in capitals only: "10:30 IST", "18:00 MSK"
_WORLD_ZONES = r"(?-i:IST|CEST|EET|EEST|MSK|JST|KST|PKT|SGT|HKT|AEST|AEDT|SAST|WIB|ICT|AFT)"
# after a 24-hour clock ("10:05 ET" too); the American ones in capitals only
ZONE_24 = rf"GMT|UTC|BST|CET|(?-i:[ECMP][SD]?T)|{_WORLD_ZONES}"
_HRS_ZONE = rf"(?:[ \t]+(?:{ZONE_24})\b)?"  # "1700 hrs IST", "21.00 hrs GMT": the zone after "hrs"

_AFTER_DETERMINER = after(*sorted(DETERMINERS))

# "by autumn", "in spring": a season with no article after a preposition of time
_BARE_SEASON = (  # not "fall", which may be a drop; the season first, as it is rare
    r"(?=(?:spring|summer|autumn|winter)\b)"
    + after("in", "by", "until", "till", "through", "since", "before", "after", "during", "from", "over")
    + "(?P<bare>)"
)

# a century in words: "the nineteenth century", "the twenty-first century"; not the low ones, which count ("a second
# century of rule")
_CENTURY_WORDS = _names({word for word, n in DAY_ORDINALS.items() if 11 <= n <= 22}).replace(re.escape("-"), "[- ]")
# "local time", "Moscow time", "Eastern time": the clock of a place
_PLACE_TIME = r"(?:local|(?-i:[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?|UK|US))\s+time\b"  # "Hong Kong time", "UK time"
# the hour of four figures after a preposition of time: "by 0700", "at 2100"
_AT_FOUR = "(?:" + "|".join(rf"(?<=\b{word}\s\d\d)" for word in ("at", "by", "until", "till", "before", "from")) + ")"
# a weekday before "at" and the clock time of that day: "Friday at 9:30", "Sunday at 0830 GMT"
_WEEKDAY_AT = rf"(?=mon|tue|wed|thu|fri|sat|sun){WEEKDAY},?\s+at\s+"
# the word before a weekday its date follows, in the expression: "this coming Sunday, March 8", "last Friday, 3 May"
_WEEKDAY_DET = r"(?:(?:this\s+(?:coming|past)|next|last)\s+)?"
# a month of another calendar, by its number: the group "hm9" holds "Ramadan", "sm5" "Asad"
_HIJRI_MONTH = "|".join(f"(?P<hm{n}>{names})" for n, names in enumerate(HIJRI_MONTHS, 1))
_SOLAR_HIJRI_MONTH = "|".join(f"(?P<sm{n}>{names})" for n, names in enumerate(SOLAR_HIJRI_MONTHS, 1))
_CAPITAL = r"(?=(?-i:[A-Z]))"  # a month named without its day starts with a capital: tried only there, as it is read
_PATTERNS = {
    # Friday 9:40 a.m.; 10.30pm; 9 a.m. Tuesday; 4 p.m. EST, Nov. 8; 01:09:32 AM
    "clock": rf"(?:around\s+)?(?:(?:(?P<wdet>this|next|last)\s+)?{WEEKDAY},?\s+(?:at\s+)?)?(?<![\d:])(?P<hour>[01]?\d)"
    # "9: 30 a.m." as typed in haste, not "Day 1: 04:00 AM", a label before a time; "08h30 am", as French and
    # African pages write it
    r"(?:(?::(?![ \t]\d\d:)[ \t]?|\.|h)(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?)?\s*"
    r"(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)"
    rf"(?:\s+(?:(?P<zone>EST|EDT|CST|CDT|PST|PDT|ET|PT|GMT|UTC|BST|{_WORLD_ZONES})|{_PLACE_TIME}"
    r"|(?:eastern|central|mountain|pacific)(?:\s+(?:standard|daylight))?\s+time\b"  # as official notices write it
    r"|(?-i:(?:Eastern|Central|Mountain|Pacific)\b(?![ \t]+[A-Z]))))?"  # "5 p.m. Eastern", as American copy writes it
    + _CLOCK_DAY,
    # 14:30 GMT, 10:30 local time, 0800 GMT, 1400 EDT, 1900 local time; 08.15 BST, as British pages write it;
    # 02:39:27 -0800, as e-mail headers write it;
    # "9:40 a.m. (0640 GMT)" restates the time, as TimeBank reads it; "at 2300 hours", as armies and police say it
    # "Sunday at 0830 GMT", as "Sunday at 8:30 a.m." is one time
    "clock24": rf"(?:{_WEEKDAY_AT})?"
    r"(?<![\d:.(])(?P<hour>[01]\d|2[0-3]|\d(?=:|h[0-5]\d))"
    r"(?:[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    rf"(?:\s+(?:(?P<zone>{ZONE_24}|[-+](?:0\d|1[0-4])[0-5]\d(?!\d))|{_PLACE_TIME}|(?<=\d\s)hours\b{_HRS_ZONE})"
    rf"|\s*hrs\b{_HRS_ZONE})"  # "10:30 hrs", "10:30hrs"
    # "13h00", as French and African pages write it
    r"|h(?P<minute3>[0-5]\d)(?:\s+(?:local\s+time|GMT|UTC)\b)?(?![\w:])"
    rf"|(?P<minute2>[0-5]\d)(?:\s*(?:{ZONE_24}|(?P<hrs>hrs|(?<=\s)hours)\b{_HRS_ZONE})|\s+{_PLACE_TIME})"  # "2300GMT"
    # "from 0700 to 1900 local time", "between 2200 and 0500 GMT": the start of a range whose end gives the zone
    r"|(?P<minute4>[0-5]\d)(?=\s*(?:[-–]|to|until|till|and)\s*(?:[01]\d|2[0-3])[0-5]\d"
    rf"\s*(?:(?:{ZONE_24})\b|{_PLACE_TIME}))"
    # "by 0700 this morning", "at 2100 Thursday": four figures after a preposition, before the day they fall on
    rf"|{_AT_FOUR}(?P<minute5>[0-5]\d)(?=\s+(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening)"
    rf"|{WEEKDAY_NAME})\b(?!['’])))(?![\d:])"
    + _CLOCK_DAY,
    # "at 23:59 on 31 August", "from 9:30": hours and minutes with no zone, after a preposition of time
    "clock_bare": r"(?:(?=\d\d?:)(?:"  # a digit first, which most places fail at once
    + after(*sorted(CLOCK_PREPOSITIONS - {"to"}))  # "rose to 10:30" is no time
    + r"|(?<=[\dm.]\sto\s)|(?<=[\dm.]\sand\s)"  # "from 10:30 to 11:45", where a clock time starts the range
    # "Sunday's 8:30 start", a day's; "pushed back to 11:15", "moved forward to 9:45", a time something is moved to
    + r"|(?<=day['’]s\s)|" + after(*(rf"{word}\sto" for word in MOVED_TO_WORDS))
    # "9 Mar 2026 22:40": right after a date's year, as datelines and stamps write it
    + r"|(?<=(?:19|20)\d\d\s)|(?<=(?:19|20)\d\d,\s)|(?<=(?:19|20)\d\d\s[-–|/]\s)"  # "28/05/2026 - 17:40" too
    + r"|(?<=(?:19|20)\d\d[-./]\d\d[-./]\d\d\s[-–|/]\s)"  # "2026.02.27 / 09:12"
    # "12:16 | 27.02.2026", "09:40 · 27 May 2024": a stamp's time before its date
    + r"|(?=\d\d?:[0-5]\d[^\S\n]+[|·•][^\S\n]+"
    + r"(?:\d\d?[./-]\d\d?[./-]\d\d|\d\d?\s+(?-i:[A-Z][a-z])|(?-i:[A-Z][a-z])))"
    # "10:00-14:00", "21:00-midnight": hours and minutes joined by a dash to more, either end
    + r"|(?<![\d:.])(?=\d\d?:[0-5]\d\s?[-–]\s?(?:\d\d?:[0-5]\d(?![\d:])|midnight\b|noon\b|midday\b))"
    + r"|(?<=\d:[0-5]\d[-–])|(?<=\d:[0-5]\d\s[-–]\s)"
    + rf")|{_WEEKDAY_AT}(?=\d\d?:))"  # "Friday at 9:30"
    r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![\d:]|\s*(?:[ap]\.?m\b|GMT|UTC|local\s+time))" + _CLOCK_DAY,
    # "from 7 to 9 p.m.", "between 10-11 a.m.": a bare hour that starts a range whose end says which half of the day
    "clock_start": r"(?:(?<=\bfrom\s)|(?<=\bbetween\s))(?P<hour>1[0-2]|0?[1-9])"
    r"(?=\s*(?:[-–]|to|and)\s*(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b))",
    # Friday, Aug. 7, 1998; August 7th; June 16th of last year; 7 August 2024; the 7th of August
    # "Sept.11" too; after a day and a comma a year before 1600 as well ("June 7, 1594 at Tyburn", not "March 3,
    # 1500 people marched")
    # "next Jan. 1": the coming one, "last May 5" the one before
    "month_day": rf"(?:{_WEEKDAY_DET}{WEEKDAY},?\s+)?(?:(?P<det>next|last|this\s+(?:coming|past))\s+)?"
    # "March the 7th", as it is said ("March the seventh" only where the day ends the phrase, not "in March the first
    # talks")
    rf"{MONTH}(?:\s+|(?<=\.))(?:the\s+(?=\d\d?{_ORDINAL}\b|(?:{_names(DAY_ORDINALS)})\s*(?:[.,;:!?)]|$)))?{DAY}"
    rf"(?:,?\s+{YEAR}|(?:,?\s+|/){SHORT_YEAR}"
    rf"|\s+(?:of\s+)?{YEAR_WORD}\b"
    r"|,\s+(?P<old_year>1[0-5]\d\d)(?=[.,;:)]?[ \t]*(?:\n|$)|[.,;:)](?!\d)|\s+(?:at|in|on|and|by|when|after|before)\b)"
    # "Nov. 6 to 10, 2023"
    rf"|(?=\s*(?:[-–]|to)\s*\d\d?{_ORDINAL}?,?\s+{YEAR.replace('<year>', '<range_year>')}))?",
    # "the" only where "of" follows the day: "the 9th of May", not the parade's "the 9 May parade"
    # "the 8th day of October, 2024", as treaties and court orders write it
    "day_month": rf"(?:{_WEEKDAY_DET}{WEEKDAY},?\s+)?(?:the\s+(?=\S+\s+(?:day\s+)?of\s))?{DAY}"
    rf"(?:\s+day(?=\s+of\s))?(?:\s+of)?\s+{MONTH}"
    rf"(?:,?\s+{YEAR}|\s+(?:of\s+)?{YEAR_WORD}\b|,?\s+{SHORT_YEAR})?",  # "12 November last year", "2 Mar '26"
    "month_year": rf"(?:{EDGE}\s*)?{MONTH}(?:\s+of)?,?\s+(?:{YEAR}|{YEAR_WORD}|{SHORT_YEAR})",
    # no day after it, nor an old year ("September 1560"), though a figure may follow: "in May 3.4 pct", "July 102 bln"
    "month": rf"(?:{EDGE}\s*|(?P<det>this|last|next|this\s+(?:coming|past)|that)\s+)?{MONTH}"
    r"(?P<adv>-end(?![\w-]))?"  # "by March-end", as Indian copy writes "end-March"
    rf"(?!\s*(?:\d\d?|1\d\d\d)(?!\d|{_FIGURE}))"
    # "compared with July a year earlier", "from May two years ago": that month so many years back
    r"(?P<back>\s+(?P<years>a|one|two|three)\s+years?\s+(?:earlier|ago|before)(?![\w-]))?",
    # 2024-05-16, 2024/05/16, 2024.05.16; 2024-05-16 09:31 UTC, 2024-05-16T10:00:00Z and 2024/05/16 9:31:05 PM, as
    # page metadata and comment stamps write them
    "iso": r"(?<![\d/.-])(?P<year>(?:19|20)\d\d)(?P<sep>[-/.])(?P<mon>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?:[ T](?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
    r"(?:\s*(?P<meridiem>[ap])(?:\.m\.?|m\b))?(?:\s*(?:UTC|GMT)|Z)?)?(?![\d-]|:\d)",
    "numeric": r"(?<![\d/.-])(?P<mon>0?[1-9]|1[0-2])/(?P<day>0?[1-9]|[12]\d|3[01])/(?P<year>(?:19|20)?\d\d)(?![\d/])",
    # "on 5/28", "on 28/5": a date in numbers with no year, only after "on", which a fraction seldom follows, and
    # before no noun ("on 1/2 cup", a headline's "On 9/11 Victims"); "on Tuesday 14/05", with its weekday, or its
    # short form, capitalized: "on Wed 9/10"
    "numeric_no_year": rf"(?=[\dMTWFS])(?<=\bon\s)"
    r"(?:(?P<on>(?-i:(?:Mon|Tues?|Wed(?:nes)?|Weds|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day\b|\.|\b))),?\s+)?"
    r"(?P<mon>[1-9]|[0-3]\d)/(?P<day>[1-9]|[0-3]\d)"
    rf"(?=\s*(?:[.,;:!?)]|$)|\s+(?-i:{_NOT_A_NOUN})\b)",
    # 15/08/2021, where the day cannot be a month; 01.03.2016 and 15-08-2021, written day first wherever dots or dashes
    # are used with the year last, unless the month cannot be one (the American 08-15-2021); 3-Mar-2016
    "numeric_dmy": r"(?<![\d/.-])(?:(?P<day>1[3-9]|2\d|3[01])/(?P<mon>0?[1-9]|1[0-2])/(?P<year>(?:19|20)?\d\d)"
    r"|(?P<dday>0?[1-9]|[12]\d|3[01])(?P<dsep>[.-])(?P<dmon>0?[1-9]|[12]\d|3[01])(?P=dsep)"
    r"(?P<dyear>(?:19|20)\d\d|(?<=\d\d\.\d\d\.)\d\d))"  # "09.03.26", in dots and pairs of digits, a year short
    r"(?![\d/]|[.-]\d)",
    "day_mon_year": rf"(?P<day>{_DAY_NUMBER})-{MONTH}-(?:(?P<year>(?:19|20)\d\d)|(?P<short_year>\d\d))(?![\d-])",
    "year_mon_day": rf"(?<![\d-])(?P<year>(?:19|20)\d\d)-{MONTH}-(?P<day>{_DAY_NUMBER})(?![\d-])",  # 2024-Sep-30
    # "the end of fiscal 2025", "calendar 2024", "the year 2000"
    "year": rf"(?:{EDGE}\s*)?(?:(?P<fiscal>fiscal|calendar|(?:the\s+)?(?:fiscal\s+)?year)\s+"
    r"|the\s+(?=\d{4}\s+(?:period|quarter)))?"
    rf"{YEAR}(?:\s+(?P<period>period|quarter|season))?",
    # the end of "July 25-28" ("to 46 percent" is a share); the second of "April 24 and 25" and of "October 23 till
    # 25", as official notices write it, not "on May 5 and 12 people", "on May 5 until 10 rebels gave up"
    "day_end": rf"(?:(?<=\d[-–])|(?<=\d{_ORDINAL}[-–])|(?<=\d\sto\s)|(?<=\d{_ORDINAL}\sto\s)|(?<=\d\sthrough\s)"
    rf"|(?:(?<=\d\sand\s)|(?<=\d{_ORDINAL}\sand\s)|(?<=\d\still\s)|(?<=\d\suntil\s))"
    rf"(?!\d+{_ORDINAL}?\s+(?!{_NOT_A_NOUN}\b)(?-i:[a-z])))"
    rf"(?P<end>{_DAY_NUMBER}){_ORDINAL}?"
    rf"(?![\d%-]|\.\d|\s*(?:percent|per\s+cent|points?)\b)(?:,?\s+{YEAR})?",
    # the start of "15-17 March", "from 4 to 7 June" and "10/11 October", in the month of its end
    "day_start": rf"(?P<day>{_DAY_NUMBER}){_ORDINAL}?"
    rf"(?=\s*(?:[-–/]|to|and|till|until|through|thru)\s*(?:the\s+)?{_DAY_NUMBER}{_ORDINAL}?(?:\s+of)?\s+{MONTH}"
    rf"(?:,?\s+{YEAR})?)",
    # 1979-89, 2009-2013, the 2022-23 and 2015/16 seasons: a year at each end, each tagged apart
    "range_start": r"(?P<year>(?:1[6-9]|20)\d\d)(?=[-–/](?P<end>\d{4}|\d{1,2})(?![\d%/-]))",
    "range_end": r"(?:(?<=\b(?:1[6-9]|20)\d\d[-–/])|(?<=FY(?:19|20)\d\d[-/]))(?P<end>\d{4}|\d{1,2})(?![\d%/-])",
    # January nineteen ninety-seven; the winter of two thousand; twenty twenty-one
    "spoken_year": rf"(?:(?:{MONTH}|(?:the\s+)?{SEASON})(?:\s+of)?\s+)?"
    r"(?P<spoken>(?:nineteen|twenty)[- ](?:" + _WORD_NUMBER + r")|(?:the\s+year\s+)?two\s+thousand(?:\s+and\s+(?:"
    + _WORD_NUMBER + r"))?)(?![\w-])(?!\s+(?:" + _UNITS_PLURAL + "))",  # "two thousand years" counts years
    # "the late 1970s", "the end of the 1990s", "the '80s", "the fifties"
    "decade": rf"(?:the\s+)?(?:{EDGE}\s*(?:(?<=of\s)the\s+)?)?"
    rf"(?:(?<![$£€¥])(?P<century>1[0-9]|20)?(?P<decade>\d)0['’]?s|['’](?P<short>\d)0s"
    rf"|(?:(?P<century_word>nineteen|twenty)[- ])?(?P<word>{'|'.join(DECADE_WORDS)}))(?![\w'’])",  # "nineteen-eighties"
    # "753 BC", "610 AD", "AD 610", "300 BCE" (not "BC Hydro", British Columbia's)
    # "in 1066", "since 1453", "from 1368 to 1644": a year before 1600 only after a preposition of time, and (in
    # ``years.early_year``) before no plural noun ("resulted in 1500 arrests" counts), or ending a range of such years
    "early_year": r"(?=1[0-5]\d\d)(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bbefore\s)"
    r"|(?<=\bafter\s)|(?<=\bbetween\s)|(?<=\bthe\syear\s)|(?<=\bto\s)|(?<=\band\s))"
    # not a year of the Hijri calendar ("in 1446 AH"), none of ours: it starts in one of them and ends in the next
    r"(?P<year>1[0-5]\d\d)(?![\d,.]\d|\s*%|-|\s*(?:AH\b|A\.H\.|Hijri\b))",
    "era_year": r"(?-i:(?=[\dA])(?:(?<![\d,.])(?P<num>\d{1,4})\s*"
    rf"(?P<era>(?!BC\s+[A-Z][a-z])(?:{_BEFORE_ERA})|AD|A\.D\.)(?!\w|\.\w)"
    r"|(?:AD|A\.D\.)\s*(?P<ad>\d{1,4})(?![\d,.]\d|\s*(?:BC|AD))))",
    "turn": r"the\s+turn\s+of\s+the\s+(?:(?P<nth>\d{1,2})(?:st|nd|rd|th)\s+(?=century))?"
    r"(?P<what>century|millennium|decade|year)\b",
    # "the 19th and 20th centuries", "the 18th, 19th and early 20th centuries": each a century of its own, all BC
    # where the last is; "the 16th-century church" too, without the noun's article
    "century": r"(?:the\s+(?!\S*\d(?:st|nd|rd|th)-|\S+-centur))?"
    r"(?:(?P<edge>early|mid|late|(?<=the\s)(?:end|beginning|start|middle)\s+of\s+the(?!\s+\S+-centur))(?:\s+|-))?"
    rf"(?:(?P<nth>\d{{1,2}})(?:st|nd|rd|th)|(?P<nth_word>{_CENTURY_WORDS})(?=[\s-]+centur))"
    r"(?:(?:\s+|-)centur(?:y|ies)|(?=(?:,?\s+(?:(?:and|or|to|through)\s+)?(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?"
    rf"\d{{1,2}}(?:st|nd|rd|th))+\s+centuries\b(?:\s+(?-i:(?P<bc_then>{_BEFORE_ERA})(?!\w|\.\w)))?"
    # "the late 18th or early 19th century": one or the other
    r"|\s+or\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?\d{1,2}(?:st|nd|rd|th)\s+century\b))"
    rf"(?:\s+(?-i:(?P<bc>{_BEFORE_ERA})(?!\w|\.\w)))?",
    "quarter": rf"(?=[efmlptycnsb\d])(?:{_QUARTER_EDGE}\s*)?"  # fails fast where no quarter's first word starts
    rf"(?:the\s+(?!\S+-(?:quarter|half)))?(?:(?P<ago>year-earlier|year-ago)\s+"
    rf"|(?:(?:fiscal\s+)?{YEAR}(?:['’]s)?|(?P<rely>this|last|next)\s+year's|(?P<fiscal>fiscal|calendar))\s+)?"
    r"(?P<nth>first|second|third|fourth|1st|2nd|3rd|4th|final|last|latter|latest|current|past|previous|prior"
    r"|(?:back|front)(?=[- ]half)"  # "the back half of 2025", as analysts say the second
    r"|year-earlier|year-ago|same|fiscal)(?:[- ](?:fiscal\s+)?)(?P<part>quarter|half)"
    r"(?:(?<=quarter)s(?![\w-]))?"  # "the second and fourth quarters": the last of a pair
    r"(?!ly|[- ](?:dozen|hour|minute|day|century)\b)"  # not "the past half hour"
    rf"(?:\s+of\s+(?:(?:fiscal\s+)?{YEAR.replace('<year>', '<ofyear>')}|(?P<ofits>its|their|our)\s+fiscal\s+year)"
    # "of last year", and "the second quarter last year" without "of"
    r"|\s+(?:of\s+)?(?P<ofrel>this|last|next|(?<=of\s)the)\s+(?:fiscal\s+)?year)?",
    # the October-December quarter; the January-June period; the April to June quarter
    # "the September quarter", "the June half": the one that ends in that month; "the January-June 1996 period",
    # "the July-September quarter of 2024"
    "month_span": rf"(?:the\s+)?(?:{MONTH}(?:[-–]|\s+(?:to|through)\s+))?{MONTH.replace('<month>', '<last>')}"
    rf"(?:\s+{YEAR})?"
    rf"\s+(?P<part>quarter|period|half)\b(?:\s+of\s+{YEAR.replace('<year>', '<ofyear>')}"
    r"|\s+(?:of\s+)?(?P<rely>this|last|next)\s+year)?",  # "the April-June period last year"
    # fiscal '89, FY1990, FY 2024, FY24; "in '08", "between '05 and '09", where the word before allows it
    "short_year": r"(?:fiscal\s+['’]|(?-i:FY|(?<!\w)CY)\s?(?:['’]|(?P<century>19|20))?|(?<![\w'’])(?P<bare>['’]))"
    # "FY2023-24" runs on as a range, as "FY25-FY27" does
    r"(?P<short>\d\d)(?![\w'’]|[.,]\d|-(?!(?<=\d{4}-)(?:\d\d){1,2}(?!\d)|(?<=FY\d\d-)FY\d))",
    # Q3 2023, 2023 Q3, H1 2024; Q3 FY24, Q3FY25, Q3 fiscal 2024
    "q_year": rf"(?=[QH\d]|early|mid|late|end-|the\s)(?:{_QUARTER_EDGE}\s*)?"
    rf"(?:(?P<letter>[QH])(?P<q>[1-4])(?:\s+|(?=(?-i:FY)))(?:(?:(?-i:FY)\s?|fiscal\s+)?{YEAR}"
    r"|(?-i:FY)\s?(?P<fy>\d\d)(?![\w'’]))"
    rf"|{YEAR.replace('<year>', '<qyear>')}\s+(?P<letter2>[QH])(?P<q2>[1-4])(?!\w)"
    # as analysts write them: "Q3'24", "3Q24", "2Q 2024", "1H26", "1QFY26"
    r"|(?-i:(?P<letter4>[QH])(?P<q4>[1-4])\s?['’](?P<yy4>\d\d)"
    r"|(?P<q5>[1-4])(?P<letter5>[QH])\s?(?:FY\s?)?(?:(?P<year5>(?:19|20)\d\d)|(?P<yy5>\d\d)))(?![\w'’])"
    r"|(?P<letter6>[QH])(?P<q6>[1-4])/(?P<year6>(?:19|20)\d\d)(?![\d/])"  # "Q4/2025", as European releases write it
    # "H1 96", as wire headlines write it (not "Q3 96 people")
    rf"|(?-i:(?P<letter8>[QH])(?P<q8>[1-4])[ \t](?P<yy8>\d\d))(?![\w%'’-]|[.,]\d|\s+(?!{_NOT_A_NOUN}\b)(?-i:[a-z]))"
    # "Q1", "Q1 next year", "Q1-Q3"
    r"|(?P<letter3>[QH])(?P<q3>[1-4])(?:\s+(?P<qrely>this|last|next)\s+year(?![\w'’-])|(?![\w-]|\s+\d))"
    r"|(?P<letter7>Q)(?P<q7>[1-4])(?=[-–]Q[1-4]\b))",
    # "the year-ago quarter", "the same period last year", "the corresponding quarter a year earlier", "last year's
    # quarter"
    "period": r"(?:the\s+)?(?P<which>year-earlier|year-ago|latest|same|corresponding|comparable)"
    r"\s+(?P<part>period|quarter)"
    rf"(?P<back>\s+(?:of\s+)?{_YEAR_BACK})?"
    r"|(?P<lasts>last\s+year['’]s)\s+(?:period|quarter)\b"
    # "month-end", "end-year", "by week's end" (not "the week end", "the week-end", old spellings of the weekend);
    # "this month-end", "last year-end", counted from the telling
    r"|(?:(?P<end_rel>this|next|last)\s+(?=(?:month|year)[- ]end\b))?"
    r"(?P<adj>year-earlier|year-ago|(?:month|year)[- ]end\b|end-(?:month|year)\b|(?:week|month|year)['’]s\s+end\b)"
    r"(?!\s+(?:period|quarter))"
    r"|the\s+(?P<bare>quarter)\b",
    "ago": rf"(?:{APPROX}\s+)?(?:{NUM}(?:\s+|-(?=century))"
    r"|(?P<the>the)\s+(?=\w+\s+(?:earlier|later|(?:after|before)\s+that)\b))?"
    rf"{UNIT}"
    rf"(?P<half>{_AND_A_HALF})?(?:\s+or\s+(?:so|two))?(?:\s+|(?=['’]))"  # "a week or two ago" as "a week or so"
    r"(?P<dir>ago|earlier|later|from\s+(?:now|today)|hence|back"
    r"|['’]s?\s+time"  # "in two years' time", "in a fortnight's time": from now
    r"|on(?=\s*,(?![^,.]*\boff\b))"  # "A year on, the embassy…": a year later ("two weeks on, one off" no)
    # ending its clause, "a year prior." is a year earlier and "a decade after that." later than the last date; "a
    # year before the vote" is a span; "a year prior that…" is earlier wherever it stands, but not "prior to"
    r"|prior(?!\s+to\b)|(?:before|(?:after|before)\s+that)(?=\s*(?:[,.;:!?)]|$))"
    # "the year after that he quit", the clause after it opened by its subject (not "a week before she left")
    r"|(?:after|before)\s+that(?=\s+(?-i:he|she|they|we|I|it|you)\b))\b"
    # "a year ago this month": that month a year back; "two years ago next month", the month after that one
    r"(?:\s+(?P<since>(?:this|next|last)\s+(?:week|month)|today))?"
    r"(?!\s+than\b)",  # "a week earlier than planned" is a span
    # "the following two days"; "following a day in which…" counts no span
    "duration": rf"(?:{APPROX}\s+)?(?:(?:the\s+)?(?P<span>{_MORE}|past|{_NOT_A_VERB}last|next|coming|first"
    r"|previous|prior"
    rf"|(?<=\bthe\s)following|final|latest|recent|initial|remaining|entire|full|whole)\s+(?!an?\s)"
    # not a count joined to its unit, which names a noun's length: "the first four-day pause" is "four-day" (not "the
    # next half-century", a part of one)
    rf"(?!(?!half|quarter)[\w.,-]*-(?:{_UNITS_SINGULAR})(?![\w-]))"
    # "the past nearly four years": an approximator after the span's word
    r"(?:(?P<approx_in>nearly|almost|roughly|approximately|some|more\s+than|less\s+than|at\s+least)\s+)?"
    rf"|the\s+(?=\w+(?:[ -]\w+)?\s+(?:{_UNITS_PLURAL})\b))?{NUM}"
    r"(?:(?<=\d)(?P<plus>-plus|\+|\s+plus|-odd|\s+odd)(?=[- ]))?"  # "15-plus years", "30-odd years"
    r"(?P<hyphen>[- ]|-and-a-half[- ]"
    r"|(?:\s+(?:more|consecutive|straight|successive|previous|preceding|following|fiscal|trading|business|working"
    r"|school|full|whole|entire)){1,2}\s+)?"
    rf"{UNIT}(?P<long>-?long)?(?P<half>{_AND_A_HALF})?(?P<old>-old|\s+old\b)?(?![\w-])"
    r"(?:\s+or\s+(?:so|two))?",
    # day-long talks, a monthlong siege, a dayslong argument ("a two-year-long fight" is a duration)
    "long": rf"\b(?P<unit>{_UNITS_SINGULAR}|{_UNITS_PLURAL})-?long(?![\w-])",
    # "the week ahead", "in the months ahead", "the years to come": the span to come from the telling (not "the day
    # ahead of the vote")
    "ahead": r"the\s+(?P<unit>(?:day|week|month|year|decade)s?)\s+(?:ahead|to\s+come)\b(?!\s+of\b)",
    # "in the past hour", "over the last day": as "the past week", a span up to the telling (not "the last day of the
    # session", "on the last day", "at the last minute"); "in the next hour", "within the coming minute": one from it
    "past_unit": rf"(?:the\s+past|{after('in', 'over', 'within', 'during', 'for', 'throughout')}the\s+"
    r"(?:last|(?:next|coming)(?=\s+(?:hour|minute)\b)))"
    r"\s+(?P<unit>day|hour|minute)(?:\s+or\s+(?:so|two))?(?![\w-])(?!\s+of\b)",
    "units": rf"(?:(?P<span>the\s+past|the\s+last|the\s+next|the\s+coming|recent|past|coming|the\s+first)\s+)?"
    # not a label before the ones it names: "fiscal years 2024 through 2026", "the months January to March"
    rf"(?P<unit>{_UNITS_PLURAL})(?!\s+(?:ago|old)\b|-old|\s+(?:(?:1[6-9]|20)\d\d|(?-i:{_names(FULL_MONTHS)}))\b)",
    # "by end of next year", as wire copy writes it, without the article
    "relative": rf"(?:(?P<adv>earlier|later|early|late|mid-?|(?:the\s+(?:back\s+)?)?end\s+of|the\s+beginning\s+of"
    rf"|the\s+start\s+of|the\s+middle\s+of|the\s+(?:rest|remainder|balance)\s+of|{_PART_OF})(?:\s+|(?<=mid)-))?"
    rf"{DETERMINER}\s+"
    rf"(?:(?:fiscal\s+)?(?P<unit>week|weekend|fortnight|month|quarter|year|decade|century|spring|summer|fall|autumn|winter)\b"
    rf"(?P<half>\s+and\s+a\s+half\b)?(?:\s+or\s+(?:so|two))?(?P<back>\s+{_YEAR_BACK})?"
    rf"|{WEEKDAY}(?:\s+{PART}(?![\w'’-]))?"
    # "this fiscal", "last fiscal", as Indian copy names a fiscal year (not "the current fiscal deficit")
    rf"|(?P<fiscal>fiscal)(?=\s*[.,;:)]|\s+(?:{_FISCAL_NOUN_AFTER})\b))",
    # "a week ago Monday", "two weeks from Friday", "a week from today", "two Sundays ago": whole weeks from a day
    # and as British papers write it, "a week today", "a fortnight on Friday", "Tuesday week", "Thursday fortnight"
    # (not "for a week on Friday", nor "Super Tuesday week")
    "weeks_from_day": rf"(?<!\bfor\s)(?P<num>a|one|two|three|four|\d)\s+(?:(?P<unit>weeks?|fortnights?)\s+"
    rf"(?:(?P<dir>ago|from|on)\s+)?(?:{WEEKDAY}|(?P<rel>tonight|today|tomorrow|(?<=ago\s)yesterday))"
    rf"|(?P<weekdays>{WEEKDAY_NAME}s)\s+ago)"
    rf"(?![\w-])|(?<!Super\s)(?P<named>{WEEKDAY_NAME})\s+(?P<named_unit>week|fortnight)(?![\w-])",
    # "this time last year", "by this time next month": the same day a unit away
    # "this time last year", "this day last year", "the same time last year"; "on this day in 1989", that day of the
    # telling's in that year
    "this_time": r"(?:this|the\s+same(?=\s+time))\s+(?:time|day|date)\s+"
    r"(?:(?P<dir>last|next)\s+(?P<unit>week|month|year)|(?<=day\s)in\s+(?P<in_year>1[6-9]\d\d|20\d\d))(?![\w-])",
    # "announced on the 16th", "by the 21st,": a day of the month, named where no noun follows ("the 16th floor")
    "nth_day": r"(?=the\s)(?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bfor\s)|(?<=\buntil\s)|(?<=\bsince\s)|(?<=\bfrom\s)"
    r"|(?<=\bmorning\sof\s)|(?<=\bevening\sof\s)|(?<=\bnight\sof\s)|(?<=\bhours\sof\s)"  # "the night of the 7th"
    # a range's ends: "between the 1st and the 5th", "from the 3rd through the 7th" (``nth_day`` checks its start)
    r"|(?<=\bbetween\s)|(?<=\band\s)|(?<=\bto\s)|(?<=\bthrough\s)|(?<=\bthru\s))"
    rf"the\s+(?P<day>{_DAY_NUMBER}){_ORDINAL}"
    # not a range that a month ends ("between the 3rd and 5th of October"), nor one of things ("the 5th to the 3rd
    # centuries", "the 15th-17th holes")
    rf"(?!{_DAY_RANGE_JOINT}\d\d?(?:{_ORDINAL})?(?:\s+of)?\s+{MONTH})"
    rf"(?!{_DAY_RANGE_JOINT}\d\d?{_ORDINAL}\s+(?!of\b)[a-z])"
    r"(?=\s*(?:[.,;:!?)]|$)|[-–]\d|\s+(?:at|when|but|that|the|a|an|he|she|it|they|we|to|through|thru)\b"
    r"|\s+(?:and|or)\b(?!\s+\d{1,2}(?:st|nd|rd|th)\s+(?!of\b)[a-z]))"  # not "the 15th and 17th holes"
    # "the 30th of last month", "the 5th of the following month", "the first of next month" (not "the first of next
    # month's talks"), "12th of this month" as South Asian copy writes it, and so "the 15th instant", this month's,
    # "the 2nd proximo", next month's, and "the 28th ultimo", last month's
    rf"|(?:the\s+)?(?P<rday>{_DAY_NUMBER}{_ORDINAL}|(?<=the\s)first)\s+(?:of\s+"
    r"(?P<month_rel>this|last|next|that|the\s+(?:same|following|next|previous))\s+month\b(?!['’]s)"
    r"|instant\b|inst\.|(?P<proximo>proximo\b|prox\.)|(?P<ultimo>ultimo\b|ult\.))",
    # the week of March 6; the week beginning 20 November; the week ended Oct. 21
    # "the weekend of March 14-15", "the week of 9 to 13 March": the week of its first day
    "week_of": rf"the\s+(?P<span>week|weekend(?=\s+of\s))\s+{_WEEK_FROM}\s+{MONTH}\s+(?:{DAY}){_DAYS_ON}?"
    rf"(?:,?\s+{YEAR})?",
    "week_of_day_month": rf"the\s+(?P<span>week|weekend(?=\s+of\s))\s+{_WEEK_FROM}\s+(?:{DAY}){_DAYS_ON}?\s+{MONTH}"
    rf"(?:,?\s+{YEAR})?",
    "week_of_weekday": rf"the\s+week\s+{_WEEK_FROM}\s+{WEEKDAY}",  # "the week ended Friday"
    # a week by its number: "calendar week 19", "epidemiological week 20 of 2024", "week 20 of 2024", as health and
    # trade reports count them (not a season's "Week 3", which counts from its start)
    "week_number": r"(?:(?P<kind>calendar|epidemiological|epi|ISO)\s+)?week\s+(?P<num>5[0-3]|[1-4]\d|0?[1-9])"
    rf"(?![\d,.]\d)(?:(?P<of>\s+of|,)?\s+{YEAR})?",
    # the first week of next month; the last weekend in June; the last day of the month
    # "the first working day of April": its first weekday; "the last trading day of 2025", "the first week of the year"
    "nth_week": rf"the\s+(?P<nth>first|second|third|fourth|last|final)\s+(?P<workday>(?:working|business|trading)\s+)?"
    r"(?P<span>week(?:end)?|day)\s+(?:of|in)\s+"
    rf"(?:{MONTH}(?:,?\s+{YEAR})?|(?P<relmonth>this|next|last|the)\s+month"
    r"|(?:(?P<relyear>this|next|last|the)\s+year|(?P<year_alone>1[6-9]\d\d|2[01]\d\d))(?![\w'’-]|[.,]\d))",
    # "after the first of the year", "as of the first of next year": New Year's Day
    "first_of_year": r"the\s+first\s+of\s+(?P<relyear>the|this|next)\s+year(?![\w'’-])",
    # the first Tuesday in November; the last Friday of August 2015
    "nth_weekday": rf"the\s+(?P<nth>first|second|third|fourth|last|final)\s+{WEEKDAY}\s+(?:in|of)\s+{MONTH}"
    rf"(?:,?\s+{YEAR})?",
    # "it's the fifth day of the push", "Tuesday was the third day of the strike": the day so counted
    "day_count": rf"(?=[tfsen\d])(?:the\s+)?(?=[\w-]+\s+(?:(?:straight|consecutive)\s+)?day\s)"
    rf"(?P<nth>{_names(DAY_ORDINALS).replace(re.escape('-'), '[- ]')}|\d{{1,3}}{_ORDINAL})"
    r"\s+(?:straight\s+|consecutive\s+)?day(?=\s+(?:of|in|since)\s)",
    # the next day; earlier that day; the following morning
    "that_day": r"(?:(?P<adv>earlier|later|early|late)\s+)?"
    r"(?:the\s+(?P<det>following|next|previous|prior|same)|that(?:\s+same)?)"
    r"\s+(?P<unit>day|morning|afternoon|evening|night)(?![\w-])",
    # "seven in the morning", "three o'clock in the morning", "11 at night": a clock time said with its part of the day,
    # or with "o'clock" alone; "half past six", "a quarter to nine", "ten past eight", "seven-thirty" alone too
    # "half nine", as British speech has half past nine
    "spoken_clock": r"(?:(?P<off>half|(?:a\s+)?quarter|five|ten|twenty|twenty-five|\d\d?(?=\s+minutes))(?:\s+minutes)?"
    r"\s+(?:(?P<way>past|after|to)\s+|(?<=half\s)))?"
    rf"(?P<hour>1[0-2]|[1-9]|{'|'.join(ONES[1:13])})(?::(?P<minute>[0-5]\d)|[- ](?P<spoken>fifteen|thirty|forty-five))?"
    r"(?P<oclock>\s+o['’]clock)?(?:\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)|(?<=clock)"
    r"|(?(off)|(?(spoken)|(?!)))"
    r"|(?=\s+(?:tonight|(?:this|last|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night))\b))"  # "at 9 tonight"
    # the day told after: "at 9 this morning"; once said as a time, "at three o'clock yesterday", "half past six today"
    r"(?:\s+(?P<told>tonight|(?:this|last|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)"
    r"|(?(oclock)|(?(off)|(?(spoken)|(?!))))(?:today|yesterday|tomorrow)))?"
    r"(?![\w'’-])",
    # "by mid-afternoon", "in late morning", "placed orders in the morning": a part of the day the text tells of; "the
    # day" of "earlier in the day" and "by the end of the day", the day it tells of (not the figure of speech "at the
    # end of the day, it is about trust")
    "day_part": r"(?:(?P<adv>mid|early|late)[-\s]?|"
    + after("in", "during", "by", "until", "into", "through")
    + r"the\s+|"  # "shelling went on into the night"
    + f"(?:{_BY_PART}|{after('toward', 'towards')})"
    + r"(?P<edge>the\s+end\s+of)\s+the\s+)"
    r"(?P<unit>morning|afternoon|evening|(?<=the\s)night"
    # "struck in the early hours", "talks ran into the small hours of the morning": the start of the day told of
    r"|(?<=the\s)(?:early|small|wee)\s+hours(?:\s+of\s+the\s+(?P<of_morning>morning))?(?!\s+of\b)"
    + f"|{after('earlier in the', 'later in the', 'end of the')}day)"
    r"(?![\w-])"
    rf"(?:,?\s+(?:on\s+)?{WEEKDAY})?",  # "late afternoon Friday", "by mid-morning on Tuesday": that day's
    # "than the year before.": a unit before or after the last stated date, ending its clause; "fired rockets the night
    # before.", that part of the day before it
    # "the week after next", "the Tuesday before last" anywhere (not "the day before last Tuesday")
    "unit_before": rf"the\s+(?:(?P<unit>day|weekend|week|month|year|morning|afternoon|evening|night)|{WEEKDAY})"
    rf"\s+(?P<dir>before|after)(?:(?P<last>\s+(?:last|next))(?![\w'’-]|\s+(?:\d|{_LAST_NAMED}))"
    r"|(?=\s*(?:[.,;:!?)\"”’]|$)|\s+(?:and|but|when|while)\b(?!\s+(?:after|before)\b)))",  # not "before and after X"
    # "trading midweek", "a mid-week vote", "by mid-month", "a midyear review": the middle of a week, month or year;
    # "by mid-decade", "by midcentury" after a preposition (not "mid-century furniture", a style)
    "middle": r"mid[-\s]?(?P<unit>week|month|year|decade|century)(?![\w'’-])",
    # "sales year-to-date", "month to date", "YTD": the year or month so far ("a year to date" is a count; "MTD" is
    # a firm's ticker as often)
    "to_date": r"(?<!\ba\s)(?P<unit>year|month)[-\s]to[-\s]date(?![\w-])|(?-i:YTD)\b",
    # "2h ago", "5d ago", "3mo ago", as posts stamp themselves ("10m" is minutes there)
    "stamp_ago": r"(?=\d)(?<![\w.,])(?P<num>\d{1,3})(?-i:(?P<unit>mo|[mhdwy]))\s+ago\b",
    # "the end of the year", "earlier in the week", "since early summer"; "by the end of year", "by end of month", the
    # unit bare after its end, as wire copy writes it
    "the_unit": rf"(?:(?P<edge>(?:the\s+(?:back\s+)?)?end\s+of"
    rf"|the\s+(?:beginning|start|middle|rest|remainder|balance)\s+of|{_PART_OF}"
    r"|(?:earl(?:y|ier)|later?)\s+in)\s+)?"
    r"(?:the\s+|(?<=\bend\sof\s)(?=(?:year|month)\b)"
    r"|(?:the\s+)?(?P<adv>early|late|mid)(?:-|\s*)(?=(?:spring|summer|autumn|fall|winter)\b)"  # "late-summer" too
    rf"|(?:its|their|our)\s+(?=fiscal\s+year\b)|{_BARE_SEASON})"  # "its fiscal year", as "the fiscal year"
    r"(?:(?P<whole>full|fiscal|whole|new)\s+(?=year))?"
    r"(?P<unit>weekend|year|week|month|quarter|decade|fortnight|spring|summer|autumn|fall|winter"
    # "by the end of the century", not "the trial of the century"
    r"|(?:(?<=end\sof\sthe\s)|(?<=start\sof\sthe\s)|(?<=beginning\sof\sthe\s)|(?<=middle\sof\sthe\s))century)"
    r"(?:(?:(?<=spring)|(?<=summer)|(?<=autumn)|(?<=fall)|(?<=winter))\s+months\b)?"  # "the summer months": the season
    # not "the week 2 schedule", but "ended the week 2% higher"
    r"(?![\w-]|\s+(?:of\b|\d(?![\d.,]*\s*(?:%|percent\b|per\s+cent\b|pct\b|points?\b))))",
    # "late Monday", and "late on Monday" as Reuters writes it
    # "on Wednesday last", "by Monday next", as British copy writes them: last Wednesday, next Monday
    # "Thursday the 28th", "Wednesday 3rd": a weekday and a day of the month, with no month after them
    "weekday_day": rf"(?=[mtwfs]){WEEKDAY},?\s+(?:the\s+)?(?P<day>{_DAY_NUMBER}){_ORDINAL}(?![\w-])"
    rf"(?!,?\s+(?:of\s+)?{MONTH})",
    # "by the end of Monday": that day with its edge (not "the end of Tuesday's session" nor "of Sunday night's debate")
    "weekday": rf"(?:(?P<adv>early|late|the\s+(?:end|start|beginning)\s+of"
    rf"(?=\s+{WEEKDAY_NAME}\b(?!(?:\s+(?:morning|afternoon|evening|night))?['’]s)))"
    rf"\s+(?:on\s+)?)?{WEEKDAY}(?:\s+{PART}(?P<plural>s)?"
    r"|[ \t]+(?P<wdet>last|next)(?![ \t]*\w))?",
    # "at dawn Saturday", "by nightfall", "shelled since dawn": the day's edges only after a preposition, not "the
    # dawn of an era" nor "since dawn of civilization" (nor "from dusk to dawn", all night or any night); "by
    # morning", "until evening": a part of the day with no article only as a limit, not "at morning" or "in evening";
    # "12 noon", "12midnight", as West African and South Asian copy write them
    "noon": r"(?:12\s?(?=(?:noon|midnight|midday)\b))?"
    rf"(?P<word>noon|midnight|midday|{_AT_EDGE}(?:dawn|daybreak|first\s+light|sun(?:rise|up|set|down)|dusk"
    rf"|nightfall)(?!\s+of\b)|{_BY_PART}(?:morning|afternoon|evening))\b"
    rf"(?:\s+(?:{_PLACE_TIME}|(?:{ZONE_24})\b))?"
    rf"(?:\s+(?:on\s+)?(?:{WEEKDAY}|(?P<rel>today|yesterday|tomorrow|(?<!on\s)tonight)))?",
    "deictic": r"(?:(?P<adv>early|late|earlier|later)\s+(?=today|yesterday|tomorrow|tonight))?"
    rf"(?P<word>right\s+now|now|currently|current(?![\s-]+(?:accounts?|assets|liabilities|ratio|profits?)\b|{_FIGURES})"
    r"|presently|nowadays"
    r"|at\s+present|these\s+days|those\s+days|the\s+old\s+days|at\s+the\s+moment"
    r"|recently|lately|as\s+soon\s+as\s+possible|soon|the\s+past|the\s+other\s+(?:day|night|week)"
    r"|the\s+(?:near\s+|distant\s+)?future"
    r"|the\s+near\s+term|a\s+(?:later|future)\s+date"
    r"|today|yesterday|tomorrow|tonight|overnight|(?:the\s+)?day\s+before\s+yesterday|(?:the\s+)?day\s+after\s+tomorrow)"
    rf"(?:\s+{PART})?(?![\w-])",
    # "late this evening": the part's end, as "late yesterday" is the day's
    "part_of_day": rf"(?:(?P<adv>early|late|earlier|later)\s+)?(?P<det>this|last|tomorrow|yesterday)\s+{PART}(?![\w-])",
    # "the winter of 1978-79", "winter 2022/23": a season across the turn of a year, of the year it begins in
    "season": rf"(?:the\s+)?(?:{EDGE}\s+)?{SEASON}(?:\s+of)?\s+"
    r"(?:(?<![\d$£€.,/])(?P<turn>(?:1[6-9]|20)\d\d)[-–/](?P<next>\d{4}|\d{1,2})(?![\d%/-])"
    rf"|{YEAR}|{YEAR_WORD}\b|{SHORT_YEAR})",
    "set": rf"(?P<weekdays>{WEEKDAY_NAME}s)(?:\s+{PART}s)?(?![\w'’-])"
    r"|(?=weekends)(?:(?<=\bon\s)|(?<=\bat\s)|(?<=during\s))(?P<weekends>weekends)(?![\w'’-])"  # "on weekends"
    rf"|(?:(?P<adverb_times>{_TIMES})[\s-]+)?(?P<adverb>{'|'.join(SETS)})(?![\w-])"  # "twice daily", "twice-weekly"
    # "the first Monday of every month" comes round as the month does
    rf"|(?:(?:the\s+)?(?:first|second|third|fourth|last)\s+{WEEKDAY_NAME}\s+of\s+(?=(?:every|each)\s+month\b))?"
    # "on alternate days", as "every other day"
    rf"(?P<each>every|each|per|(?<=\bon\s)alternate(?=\s+(?:days|weeks|weekends|months|years)\b))\s+(?:single\s+)?"
    rf"(?:(?P<other>other|second|third|fourth)\s+|(?P<every_n>\d+|{_WORD_NUMBER})\s+"
    r"|(?P<every_few>few|several)\s+(?=\w+s\b)|(?:business|working|trading|school)\s+(?=days?\b))?"
    rf"(?:(?P<dpart>morning|afternoon|evening|night)|{UNIT}|{WEEKDAY}|{SEASON}|{MONTH})(?![a-z])"
    # "twice a year", "three times a week" with how often; "many times a week", "seven days a week", "one day a
    # week" and "two nights a week" the rate's unit alone
    rf"|(?:(?P<times>{_TIMES})\s+|(?<=\btimes\s)|(?<=days\s)|(?<=day\s)|(?<=nights\s)|(?<=night\s))"
    r"(?P<a>a|an|per)\s+(?P<unit_a>day|week|month|year)(?![\w-])",
    # "since 9/11", "the 9/11 attacks": the day of the attacks ("9/11/2001" is a numeric date, "24/7" no date)
    "nine_eleven": r"(?<![\d/.-])9/11(?![\d/])",
    # "the start of Ramadan", "the eve of the holy month of Ramadan", "the last day of Ramadan": a day at the edge of a
    # feast a month long
    "feast_edge": r"(?:the\s+)?(?P<edge>start|beginning|end|eve|first\s+day|last\s+day)\s+of\s+"
    rf"(?:the\s+(?:holy\s+)?month\s+of\s+)?(?-i:(?P<feast>{_names({h.title() for h in MONTH_LONG})}))\b",
    # "10 Ramadan 1446 AH", "the 12th of Rabi al-Awwal": a day of the Hijri calendar, its year from the tense where
    # none is given; "24 Asad 1400", "1 Farvardin 1404": of the Solar Hijri one, whose month names are words and
    # names too ("Mehr", "Hut", "Asad"), so only with its year or its day ("on 24 Asad"); "in Muharram 1446", "in
    # Asad 1400": a month of either; "Thursday 16 Rabi al-Awwal 1446 AH", a day with its weekday, as a dateline has it
    "hijri_date": rf"(?:(?P<on>{WEEKDAY_NAME}),?\s+(?=\d))?"
    rf"(?:(?P<day>[12]\d|30|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?|{_CAPITAL})"
    rf"(?:{_HIJRI_MONTH})(?![\w'’-])"
    # "Ramadan 27, 1446", the day after the month, with the year after it, or ending a phrase or starting a range
    # ("from Ramadan 29 to Shawwal 3"), not counting what follows ("in Ramadan 29 people died")
    r"(?(day)|(?:\s+(?P<day_after>[12]\d|30|0?[1-9])(?:st|nd|rd|th)?"
    r"(?=,?\s+1[0-5]\d\d\b|\s*(?:[.;:!?)]|,(?!\s*\d)|$)|\s+(?:to|till|until|through|and)\s|\s*[-–]\s*\d))?)"
    r"(?:,?\s+(?P<year>1[0-5]\d\d)(?![\d%,.-]\d)(?:\s*(?:AH|A\.H\.|Hijri)(?!\w))?)?",
    "solar_hijri_date": rf"(?:(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?|{_CAPITAL})"
    rf"(?:{_SOLAR_HIJRI_MONTH})(?:,?\s+"
    r"(?P<year>1[34]\d\d)(?![\d%,.-]\d)(?:\s*(?:SH|AP|HS|H\.S\.|solar\s+Hijri)(?!\w))?|(?(day)(?![\w'’-])|(?!)))",
    # "the 1968 Christmas holidays", not "in 2015 Christmas fell on a Friday"
    "holiday": rf"(?:(?P<det>last|next|this)\s+|{_AFTER_DETERMINER}(?P<year_before>1[6-9]\d\d|20\d\d)\s+)?"
    rf"(?P<holiday>{_names({h.title() for h in _HOLIDAY_NAMES})})"
    # "the Labor Day holiday weekend", "the Easter long weekend": the weekend the holiday falls in or next to
    rf"(?![\w'’-])(?:\s+(?:holiday\s+|long\s+){{0,2}}(?P<span>week|weekend)\b)?"
    # a year before 1600 is most often a Hijri one: "Ramadan 1446", "Eid al-Adha 1445 AH"
    rf"(?:(?:,?\s+|\s+of\s+){YEAR}|\s+{YEAR_WORD}\b"
    r"|\s+(?P<low_year>1[3-5]\d\d)(?![\d%,.-]\d)(?:\s*(?:AH|A\.H\.)(?!\w))?)?",
}
# Compiled caseless: "Last week" opens sentences. Names are checked for capitals where a match is read. No
# expression starts inside a hyphenated word ("737-800"; "pre-1990" starts at its edge word, ``EDGE``), but the end
# of a range may follow the hyphen after a number: "1979-89", "July 25-28", "15-17 March", "March 30-April 4", a
# day's after its ordinal ("May 12th-14th"), a month after a month ("January-June").
_RANGE_ENDS = {"range_end", "day_end", "day_month", "month_day", "clock"}
# after no word character (``(?<!\w)``, tried first, so that a pattern fails fast inside words) and no hyphen, or, for
# a range's end, no hyphen after a word; the end of a range may follow a hyphen (``_AFTER``)
_NOT_AFTER = {True: r"(?<![^\d]-)", False: r"(?<!-)"}
_AFTER_ORDINAL = rf"(?<=\d{_ORDINAL}-)"
# a month after a hyphen: "January-June 1996", "Jan-July" (a month whose name is a person's too wants a month before)
_AFTER_WORD = r"(?<=[a-z][-–])"
# a count after a count and a hyphen, the end of a range: "72 hours" of "48-72 hours" (the tagger keeps it only so)
_AFTER_COUNT = r"(?<=\d[-–])(?=[1-9])"
# a clock time after a clock time and a hyphen: "5pm" of "9am-5pm"
_AFTER_CLOCK = r"(?<=\d[ap]m-)|(?<=\d\s[ap]m-)|(?<=[ap]\.m\.-)"
# a decade after a decade and a hyphen: "30s" of "the 1920s-30s"
_AFTER_DECADE = r"(?<=\d0s[-–])"
# a weekday after a weekday and a hyphen: "Friday" of "Monday-Friday", "Fri" of "Mon-Fri"
_AFTER_WEEKDAY = r"(?<=[-–])(?:(?<=day[-–])|(?<=\b(?:mon|tue|wed|thu|fri|sat|sun)[-–]))"
# hours and minutes after more and a dash: "14:00" of "10:00-14:00"
_AFTER_DASHED_CLOCK = r"(?<=\d:[0-5]\d[-–])"
# and a 24-hour time after four figures and a dash: "1800 GMT" of "1400-1800 GMT"
_AFTER_FOUR_FIGURES = r"(?<=\b(?:[01]\d|2[0-3])[0-5]\d[-–])"
_AFTER_QUARTER = r"(?=Q)(?<=\bQ[1-4][-–])"  # "Q3" of "Q1-Q3"
_AFTER_FISCAL = r"(?=FY)(?<=FY\d\d[-–])"  # "FY27" of "FY25-FY27"
_AFTER = {
    "day_end": _AFTER_ORDINAL, "day_month": _AFTER_ORDINAL, "month": _AFTER_WORD, "month_year": _AFTER_WORD,
    "duration": _AFTER_COUNT,
    "clock": _AFTER_CLOCK, "decade": _AFTER_DECADE, "weekday": _AFTER_WEEKDAY, "clock_bare": _AFTER_DASHED_CLOCK,
    "clock24": f"{_AFTER_DASHED_CLOCK}|{_AFTER_FOUR_FIGURES}", "q_year": _AFTER_QUARTER, "short_year": _AFTER_FISCAL,
    "noon": f"{_AFTER_CLOCK}|{_AFTER_DASHED_CLOCK}",
}
PATTERNS = {
    name: re.compile(
        rf"(?<!\w)(?:{_NOT_AFTER[name in _RANGE_ENDS]}{f'|(?<=[-–])(?:{_AFTER[name]})' if name in _AFTER else ''})"
        rf"(?:{pattern})",
        re.IGNORECASE,
    )
    for name, pattern in _PATTERNS.items()
}
