"""Dates told beside what a sentence tells rather than dating it: the base a comparison is made with, and the ends of
a span."""

from __future__ import annotations

import re

# What sets a date as the base something is compared with, right before it: "9 percent higher than in May", "turnout
# fell to less than it was in 2019", "won more seats than the party did in 2017", "as she had with Kenya in 2016", "up 3
# percent from July 2019", "20 percent under 2010 levels", "fewer than the monthly average of the first half", "above
# the level of 2019" (not "more than $900 million in 1995", nor "fewer seats than its rival in 2000", which tell of
# that year)
_CLAUSE = r"(?:[\w'’]+\s+){1,3}(?:did|does|do|was|were|is|are|had|has|have)(?:\s+\w+){0,3}"
_MEASURE = r"(?:the|its|their)\s+(?:[\w-]+\s+)?(?:levels?|pace|rates?|average|totals?|figures?)\s+(?:of|in|for|during)"
COMPARED_BASE = re.compile(
    rf"\b(?:than(?:\s+{_CLAUSE})?|as\s+{_CLAUSE}|from|since|below|above|versus|vs\.?|compared\s+(?:with|to)"
    rf"|against)\s+(?:(?:in|on|at|during|for|the\s+same\s+\w+\s+(?:of|in)|{_MEASURE})\s+)?$",
    re.IGNORECASE,
)
SPAN_TO = r"to|until|through|till"  # the words that lead from a span's start to its end
SPAN_END = re.compile(rf"\s*(?:{SPAN_TO}|-|–)\s", re.IGNORECASE)  # "from June to August"
# a date that opens or closes a span: "between March 3 and July 1", "from May to July", "since 2019"
SPANNED = re.compile(rf"\b(?:between|from|since)\s+(?:[^,;.]{{1,30}}?\s+(?:and|{SPAN_TO})\s+)?$", re.IGNORECASE)
SPAN_OPENER = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)  # right before a span's first date
SPAN_JOINT = re.compile(rf"\s*(?:and|{SPAN_TO}|-|–)\s*(?=\w)", re.IGNORECASE)  # after it: "between 2009 and 2014"


def compared_with(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``…``end`` is the base something is compared with: "9 percent higher than in May",
    "up 3 percent from July 2019", "fell to 3.1 billion from Monday's 3.4 billion", "smaller than they were in
    2019"; not a span "from June to August"."""
    compared = COMPARED_BASE.search(text, max(0, start - 40), start)
    if compared is None:
        return False
    return not (compared[0].lower().startswith("from") and SPAN_END.match(text, end))


def span_end_at(text: str, start: int, end: int) -> int | None:
    """Where the span's last date begins if the date at ``start``…``end`` is the first of a span: "from 2009 to
    2014", "between June 2019 and April 2021", "between Feb. 3-5"; else None."""
    if not SPAN_OPENER.search(text, max(0, start - 20), start):
        return None
    joint = SPAN_JOINT.match(text, end)
    return joint.end() if joint else None
