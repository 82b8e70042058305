"""Datelines and bylines: the lines a page uses to say when and by whom.

Only a line that is a date and nothing else (bar a time, a zone and words like
"Published") counts as a dateline, so a date inside article prose never does.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Published

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|wed|thu|fri|sat|sun)\.?,?"
_DATE_FORMS = [
    rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}",
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    r"(?P<iso>(?:19|20)\d{2}(?P<isep>[-/.])\d{2}(?P=isep)\d{2})",
    rf"{_MONTH},?\s+{_YEAR}",
    # "12/05/2024", "05.12.2024", "14-03-2024": with slashes or dashes month first as American pages write it, with
    # dots day first, unless the first number cannot be a month
    rf"(?P<first>\d{{1,2}})(?P<sep>[/.-])(?P<second>\d{{1,2}})(?P=sep){_YEAR}",
]
_OFFSET = r"(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?"  # "GMT+5:30", "UTC+04:30"
_ZONE = (
    rf"(?:{_OFFSET}|\({_OFFSET}\)|gmt|utc|bst|cet|cest|eet|eat|msk|ist|et|est|edt|ct|cst|cdt|pt|pst|pdt"
    r"|[+-]\d{2}:?\d{2}|\[(?:ist|gmt|utc|et|pt)\])"  # "(GMT+3)" too, and "[IST]", as Indian pages write it
)
# "10:32", "6:00 am ET", "10.32 GMT", "10:32:15"; and an ISO time right after an ISO date: "2024-03-14T10:32:00Z"
_TIME = (
    rf"(?:\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?(?:\s*{_ZONE})?"
    r"|(?<=\d)t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)"
)
# an age of the page, counted from the day it was read, not from the story: "… / 3 years ago", "Updated an hour ago"
_AGE = r"(?:\d+|an?|one)\s+(?:sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago\.?"
_FILLER = (
    r"(?:published|updated|last updated|first published|originally published|posted|modified|last modified|on|at"
    r"|date|\d{1,2}\s+min(?:ute)?s?\s+read|[|,:·•/–—-]|\)"  # "Mar 14, 2024 · 3 min read", "Mar 14, 2024 / 10:32 AM"
    rf"|{_AGE})"
)
# an update's date next: "… Updated Mar. 4, 2024", "… Last modified on Thu 14 Mar 2024", "… (Updated: 15 Mar 2024)"
# (not an update's age, "… Updated 4 years ago", which is part of the line)
UPDATED = re.compile(
    rf"(?<!last)\s+(?:[|·•(]\s*)?(?=(?:last\s+)?(?:updated|modified)\b(?!\s*:?\s*{_AGE}))", re.IGNORECASE
)
# a date written twice with nothing between, as a page's visible and hidden copies run together when its text is
# taken: "Published On 14 Mar 202414 Mar 2024"
GLUED_TWICE = re.compile(r"(?P<date>(?:\d{1,2}\s+)?[A-Za-z]{3,9}\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d)(?P=date)")
_AROUND = rf"(?:{_FILLER}|{_TIME})"  # what may stand before and after a dateline's date: "Updated 3:45 PM ET, …"
DATELINE = [
    re.compile(rf"^(?:{_AROUND}\s*)*(?:{_WEEKDAY}\s*)?{form}(?:\s*{_AROUND}\s*)*$", re.IGNORECASE)
    for form in _DATE_FORMS
]
_CAPITALS = "A-ZÀ-ÖØ-Þ"  # accented ones too: "BOGOTÁ", "SÃO PAULO"
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿ"
# A wire dateline opening the first paragraph: the place in capitals, perhaps with its state or country, then perhaps
# the day it was filed on (its year often left out), the agency and a dash: "KABUL, Nov 27 (Reuters) -", "WASHINGTON,
# March 3, 2016 —", "MANCHESTER, N.H. (AP) —", "DES MOINES —", "NAIROBI, July 8, 2021 /Example Newswire/ --", and
# the day first as most of the world writes it: "NIAMEY, 9 October 2025 -"
_DAY_FIRST = _DAY.replace("<day>", "<dday>") + r"\s+(?i:" + _MONTH.replace("<month>", "<dmonth>") + ")"
WIRE_DATELINE = re.compile(
    rf"^(?P<place>(?:[{_CAPITALS}][{_CAPITALS}.'’-]{{2,}}|[A-Z][A-Z.](?= [A-Z]))"
    rf"(?: [{_CAPITALS}][{_CAPITALS}.'’-]+){{0,2}}"
    rf"(?:, [{_CAPITALS}][{_LETTERS}.]+(?: [{_CAPITALS}][{_LETTERS}.]+)?)?)"
    rf"(?:,\s*(?:(?i:{_MONTH})\s+{_DAY}(?:,\s*{_YEAR})?|{_DAY_FIRST}(?:,?\s*{_YEAR.replace('<year>', '<dyear>')})?))?"
    r"(?:\s*(?:\([A-Z][\w ]+\)|/[A-Za-z ]+/)?\s*(?:--|[-–—])"
    # "NEW DELHI, Mar 14:", "ISLAMABAD, March 14 (APP):", "KABUL (Pajhwok):" (a colon only after a day or an
    # agency: not "BREAKING:"), and as TASS writes it, "MOSCOW, March 14. /TASS/."
    r"|(?P<agency>\s*\([A-Z][\w ]+\))?(?P<colon>:)|\.\s*/[A-Za-z ]+/\.?)\s+"
)
BY = re.compile(
    r"^(?P<credit>by|written by|words by|reporting by|story by|posted by|additional reporting by|editing by"
    r"|edited by)\s+"
    r"(?P<names>.+)$",
    re.IGNORECASE,
)
EDITING = ("editing by", "edited by")
CREDIT_PARTS = re.compile(r"\s+(?:[|·•]|--|[–—-])\s+")  # between the parts of "By Jane Roe | May 3, 2024"
DATED_BY = re.compile(r"(?P<date>.+?)\s+(?P<byline>by\s.+)$", re.IGNORECASE)  # "Posted on May 3, 2024 by Jane Roe"
# "Written by Jane Roe on May 3, 2024": a byline, then the date after "on"
BY_DATED = re.compile(r"(?P<byline>.*?\bby\s.+?)\s+on\s+(?P<date>.+)$", re.IGNORECASE)
# a desk or the staff credited for no one by name: "Posted on May 3, 2024 by Staff", "By News Desk", "Dawn staff",
# "By Our Correspondent", "By Jane Roe and agencies"
_DESK = (
    r"(?:staff|(?:staff|our|special)\s+(?:reporters?|correspondents?)|(?:news|web|online|city)\s+desk|newsroom"
    r"|agencies)"
)
STAFF = re.compile(rf"^(?:[A-Z][\w’'-]*\s){{1,4}}{_DESK}$")
NAME_PARTICLES = {"de", "da", "del", "van", "von", "der", "bin", "al", "el", "la", "le", "di", "du", "ibn"}
# a word of a name: "Roe", "J.", "al-Hashimi", and with capitals inside, "O'Brien", "McDonald", "Smith-Jones"
_NAME_PART = r"(?:[A-Z]['’])?(?:Mc|Mac)?[A-Z][a-zà-ÿ'’.-]*[a-zà-ÿ]"
NAME_WORD = re.compile(rf"^(?:{_NAME_PART}(?:-{_NAME_PART})?|[A-Z]\.)$|^(?:al|el)-[A-Z][a-z]+$")
CAPITALS_NAME = re.compile(r"[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*)+")  # "JANE DOE", as some bylines set it
# what a writer is for the page, or in a career that pages set after the name: "Former Ambassador", "Senior Fellow"
_ROLE = (
    r"(?i:editor|correspondent|reporter|writer|columnist|contributor|ambassador|professor|fellow|director|analyst"
    r"|researcher|lecturer|journalist|author|advis[eo]r|consultant|diplomat|scholar|expert|minister)s?"
)
# a role after a name: "Jane Roe, diplomatic editor", "Jane Roe, Staff Writer", "Ali Musa, Senior Correspondent"
ROLE_TAIL = re.compile(rf",\s*(?:[a-z]|(?:[A-Z][\w-]*\s)*{_ROLE}\b).*$")
# a writer's role alone on a line under the name, as many pages set it: "Kabul correspondent", "Senior Staff Writer"
ROLE_LINE = re.compile(
    rf"(?:[A-Z][\w'’-]*\s+){{0,3}}{_ROLE}"
    rf"(?:,?\s+(?:in|for|to|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})?"
)
FOR_TAIL = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")  # "for Al Jazeera"
HONORIFIC = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir|Dame)\.?\s+(?=[A-Z])")  # "Dr Jane Roe", "Prof. Ali Musa"
PLACE_TAIL = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?$")  # "By Jane Roe in Kabul": where she wrote
# an agency or outlet, which may stand after an author's name ("By Jane Roe, Reuters", "Ali Musa, The Associated
# Press") or for the author ("By AFP - Mar 14, 2024")
_AGENCY = r"(?:the\s+)?(?:Associated\s+Press|Reuters|Agence\s+France-Presse|Bloomberg(?:\s+News)?|(?-i:[A-Z]{2,5}))"
OUTLET_TAIL = re.compile(rf",\s*{_AGENCY}$", re.IGNORECASE)
AGENCY = re.compile(rf"{_AGENCY}$", re.IGNORECASE)
NAMED = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")  # a few capitalized words: "Nairobi", "New Delhi"
HANDLE = re.compile(r"[a-z][\w.-]{1,30}")  # a site's user name for its author: "Posted on May 3, 2024 by admin"
DESK = re.compile(_DESK, re.IGNORECASE)


def parse_dateline(text: str) -> Published | None:
    """The date a standalone dateline states, or None when the line is not one. A line that gives the date a page
    was published on and the one it was updated on ("Published Mar. 3, 2024 Updated Mar. 4, 2024") states the
    first."""
    line = text.strip()
    if len(line) > 160:
        return None
    bracketed = line.startswith("(") and line.endswith(")")  # "(Last Updated On: January 26, 2021)"
    inner = GLUED_TWICE.sub(r"\g<date>", line[1:-1].strip() if bracketed else line)
    dates = [_dateline(part, line) for part in UPDATED.split(inner)]
    return dates[0] if all(dates) else None


def _dateline(part: str, line: str) -> Published | None:
    """The date one dateline states, with the whole ``line`` as its evidence."""
    if len(part) > 80:
        return None
    for pattern in DATELINE:
        match = pattern.match(part)
        if match:
            return _published(match.groupdict(), line)
    return None


def _published(parts: dict[str, str | None], evidence: str) -> Published | None:
    if parts.get("iso"):
        return Published(parts["iso"].replace("/", "-").replace(".", "-"), "day", False, evidence)
    year = int(parts["year"])  # type: ignore[arg-type]
    if parts.get("first"):
        first, second = int(parts["first"]), int(parts["second"])  # type: ignore[arg-type]
        day_first = parts["sep"] == "." or first > 12
        month, day = (second, first) if day_first else (first, second)
        if not 1 <= month <= 12:
            return None
    else:
        month = MONTHS[parts["month"].lower().rstrip(".")]  # type: ignore[union-attr]
        if not parts.get("day"):
            return Published(f"{year:04d}-{month:02d}", "month", False, evidence)
        day = int(parts["day"])  # type: ignore[arg-type]
    if not 1 <= day <= 31:
        return None
    return Published(f"{year:04d}-{month:02d}-{day:02d}", "day", False, evidence)


def wire_dateline(text: str) -> str | None:
    """The "PLACE, date (Agency) -" prefix opening a paragraph, or None."""
    match = _wire(text)
    return match.group(0) if match else None


def wire_day(dateline: str) -> tuple[int, int, int | None] | None:
    """The month, day and year (None when left out) a wire dateline was filed on, or None when it names no day.
    ``dateline`` may open a paragraph or be one that cleaning took off, which lost the space after its dash."""
    match = _wire(dateline.strip() + " ")
    if match is None or not (month := match["month"] or match["dmonth"]):
        return None
    year = match["year"] or match["dyear"]
    return MONTHS[month.lower()], int(match["day"] or match["dday"]), int(year) if year else None


def _wire(text: str) -> re.Match[str] | None:
    match = WIRE_DATELINE.match(text)
    if match and match["colon"] and not (match["month"] or match["dmonth"] or match["agency"]):
        return None  # "BREAKING: …", "UPDATE: …": a label, not a place
    return match


def is_name(text: str) -> bool:
    """A person's name alone on a line: two to four capitalized words."""
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    named = [w for w in words if w.lower() not in NAME_PARTICLES]
    return 2 <= len(named) <= 4 and all(NAME_WORD.match(w) for w in named)


def author_name(text: str) -> str | None:
    """A name with any role after it taken off ("Jane Roe, diplomatic editor"), or None when it is no name (nor is an
    outlet's, "The Meridian"); one set in capitals ("JANE ROE") in the case names are written in."""
    name = ROLE_TAIL.sub("", text.strip().rstrip("."))
    if CAPITALS_NAME.fullmatch(name):
        name = name.title()
    name = HONORIFIC.sub("", name)
    if STAFF.match(name):
        return name
    return name if is_name(name) and not name.startswith("The ") else None


def placed_name(text: str) -> str | None:
    """The name on a line that gives a writer's name and the one-word place written from, as pages set it under the
    headline: "Jane Roe, Kabul"; None for any other line ("Jane Roe, Ali Musa" may be two writers)."""
    name, _, place = text.strip().partition(",")
    place = place.strip()
    if " " in place or not NAMED.fullmatch(place):  # one capitalized word; an empty place fails the pattern
        return None
    return author_name(name)


def split_names(text: str) -> list[str]:
    """The names in "A, B and C", "A; B" or "A with B", with a role, an outlet written for or the place written from
    after the last one taken off."""
    names = PLACE_TAIL.sub("", FOR_TAIL.sub("", OUTLET_TAIL.sub("", ROLE_TAIL.sub("", text.strip()))))
    return [p.strip() for p in re.split(r",|;|\b(?i:and|with)\b|&", names) if p.strip()]


def credit_line(text: str) -> tuple[list[str], Published] | None:
    """The authors and the date of a byline and a dateline set on one line: "By Jane Roe | March 3, 2024", "Posted on
    3 December 2024 by Jane Roe"; None when the line is not both and nothing else. Of two dates, the first is the
    one the page was published on."""
    if len(text) > 160:
        return None  # a paragraph, which every block of a page is tried as: no need to split it
    parts = [piece for part in CREDIT_PARTS.split(text.strip()) if part for piece in _dated_by(part)]
    if len(parts) < 2:
        return None
    dates = [parse_dateline(part) for part in parts]
    names = [byline_names(part) for part in parts]
    if all(d is None for d in dates) or any(
        d is None and n is None and not _bare_name(part) for d, n, part in zip(dates, names, parts)
    ):
        return None
    published = next(d for d in dates if d is not None)  # the first: "| Published Mar. 3 | Updated Mar. 4"
    return [name for credited in names if credited for name in credited], replace(published, evidence=text.strip())


def _bare_name(part: str) -> bool:
    """Whether a part of a credit line that neither dates nor credits it is a bare name, of an author, a place or a
    section, which credits no one: "Jane Roe | Published March 3, 2024", "Nairobi | March 3, 2024", "Analysis | …"."""
    return is_name(part) or bool(NAMED.fullmatch(part))


def _dated_by(part: str) -> list[str]:
    """A date and a byline after it split apart ("Posted on May 3, 2024", "by Jane Roe"), or a byline and the date
    after "on" ("Written by Jane Roe", "May 3, 2024"), else the part whole."""
    for pattern in (DATED_BY, BY_DATED):
        if (match := pattern.match(part)) and parse_dateline(match["date"]):
            return [match["date"], match["byline"]]
    return [part]


def byline_names(text: str) -> list[str] | None:
    """The authors a byline or credit line names ("By A and B", "Reporting by A; Editing by B").

    Editors are credited but are not authors, nor are an agency or a site's user name ("By AFP", "by admin"). None
    when the line is no byline.
    """
    authors: list[str] = []
    for credit in text.strip().split(";"):
        match = BY.match(credit.strip())
        if not match:
            return None
        if AGENCY.match(match["names"]) or HANDLE.fullmatch(match["names"]) or DESK.fullmatch(match["names"]):
            continue  # "By AFP", "by admin", "by Staff": a byline that names no author
        parts = split_names(match.group("names"))
        # an agency or a desk credited beside the authors is none of them: "By Jane Roe and agencies"
        kept = [p for p in parts if not (AGENCY.match(p) or DESK.fullmatch(p))]
        names = [author_name(p) for p in kept]
        while len(names) > 1 and names[-1] is None and NAMED.fullmatch(kept[len(names) - 1]):
            names.pop()  # an outlet or a place after the names: "By Jane Roe, BBC News, Kabul"
        if not parts or None in names:
            return None
        if match.group("credit").lower() not in EDITING:
            authors += names  # type: ignore[arg-type]  # None was ruled out above
    return authors
