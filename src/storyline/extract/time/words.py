"""Single words read as what they name: numbers, months, days of the month and weekdays; and the capitals
and quotes around them.
"""

from __future__ import annotations

import re

from .lexicon import DAY_ORDINALS, MONTHS, NUMBER_WORDS, ONES, TENS, WEEKDAYS

YEAR_NUMBER = re.compile(r"1[6-9]\d\d|2[01]\d\d")  # a number that may be a year, from 1600 to 2199
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def after(*words: str) -> str:
    """Lookbehinds of which one holds right after any of ``words`` and a space ("(?:(?<=\\bin\\s)|(?<=\\bby\\s))"),
    to set before a word a pattern reads only where one of them stands before it."""
    return "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in words) + ")"


def not_after(*words: str) -> str:
    """Lookbehinds that fail right after any of ``words`` and a space ("(?<!\\bto\\s)(?<!\\bwill\\s)"), to set
    before a word a pattern reads only where none of them stands before it."""
    return "".join(rf"(?<!\b{word}\s)" for word in words)


def number(text: str) -> float | None:
    """The value of a number in digits or words; None for vague amounts ("several")."""
    text = re.sub(r"[\s-]+", " ", text.lower().strip())  # "half-a-dozen" as "half a dozen", "twenty-one" split below
    if halved := re.fullmatch(r"(.+) and (?:a )?half", text):  # "two and a half", "two and half"
        whole = number(halved[1])
        return whole + 0.5 if whole is not None else None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    fraction = re.fullmatch(r"(\d+)[ -](\d)/(\d)", text)
    if fraction:
        return int(fraction[1]) + int(fraction[2]) / int(fraction[3])
    if vulgar := re.fullmatch(r"(\d+) ?([½¼¾])", text):  # "5 ½ years", "2½ hours"
        return int(vulgar[1]) + VULGAR_FRACTIONS[vulgar[2]]
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    scaled = re.fullmatch(r"(.+) (hundred|thousand)", text)
    if scaled:
        base = number(scaled[1])
        return base * (100 if scaled[2] == "hundred" else 1000) if base is not None else None
    parts = text.split(" ")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ONES:
        return float(TENS.index(parts[0]) * 10 + ONES.index(parts[1]))
    return None


def capitalized(word: str | None, whole: str) -> bool:
    return bool(word) and (word[0].isupper() or whole.isupper())  # type: ignore[index]


def month_number(word: str) -> int:
    return MONTHS[word.rstrip(".").title()]


def day_number(word: str) -> int:
    """A day of the month, written "8", "8th" or "eighth"."""
    digits = re.sub(r"\D", "", word)
    return int(digits) if digits else DAY_ORDINALS[re.sub(r"[\s-]+", "-", word.lower())]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.rstrip(".").title()]


def title_cased(word: str, whole: str) -> bool:
    """A capital where running text has none, all-capital text aside: "13 Hours", "Saturday Night Live"."""
    return word[0].isupper() and not whole.isupper()


def quote_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end, counted within a sentence (where
    ``quotes.speech.quoted_spans`` pairs the marks of a whole text), the ``''`` quotes of wire and TimeML text too."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1 or text.count("''") % 2 == 1
