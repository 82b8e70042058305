"""Statements of fact: the sentences that claims are made of.

A sentence states a fact when it names an actor and tells something datable or
countable about it (an event, a figure, a date, or two actors together), in the
outlet's own voice: questions, opinions and sentences that are mostly someone's
quoted words are left out.
"""

from __future__ import annotations

import re

from ...types import Document, Figure, Quote, Report, Statement, Timex
from ..parse import AGREEMENTS
from ..time import attributive, qualifies
from ..time.bases import compared_with
from ..time.sentences import Sentences
from ..time.when import point

# A question, or a headline that announces an explanation ("How Russia's ties with ... ").
QUESTION = re.compile(r"\?[\"'”’)]*$|^[\"'“‘]?(?:How|Why|What|Whether)\b")
# The writer's own judgement, a guess or a call to act, not a fact: first and second person, "should", "may".
OPINION = re.compile(
    r"\b(?:we|you|my|our|your|should|ought|must|may|might|could|appears?|seems?|potentially|possibly|perhaps|likely"
    r"|arguably|in (?:my|our) (?:view|opinion)|it is (?:time|clear|"
    r"important|essential|vital) (?:to|that))\b"
    r"|(?-i:\bI(?:['’]m| (?:think|believe|feel|am|hope|want|would|do|don['’]t)\b))",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|yet to|refused to|refuses to|has yet|have yet)\b|n['’]t\b",
                      re.IGNORECASE)  # fmt: skip
DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es)?|refut(?:e|es|ed)|rejects?|rejected)\b", re.IGNORECASE)
# Whether an agreement still holds: said to be void ("null and void", "is dead", "annulled"), or valid ("remained
# valid", "still stands", "has not been cancelled"), a negation just before the word turning it round.
AGREEMENT = re.compile(rf"\b({'|'.join(sorted(AGREEMENTS))})\b", re.IGNORECASE)
VOIDED = (r"null and void|void|invalid|(?:is|was|now|declared) dead|defunct|cancell?ed|annulled|scrapped|revoked"
          r"|rescinded|terminated")
VALID = r"valid|in force|in effect|intact|still stands"
HOLDS = [(re.compile(rf"\b(?:not|never|no longer)\s+(?:been\s+|be\s+)?(?:{VOIDED})\b", re.IGNORECASE), True),
         (re.compile(rf"\b(?:not|never|no longer)\s+(?:be\s+)?(?:{VALID})\b|\bno legal force\b", re.IGNORECASE), False),
         (re.compile(rf"\b(?:{VOIDED})\b", re.IGNORECASE), False),
         (re.compile(rf"\b(?:{VALID})\b", re.IGNORECASE), True)]  # fmt: skip
# A date a statement is ordered against bounds it and is no time it holds at: "rose since Monday's debate", "after the
# embassy bombings", "between March 2 and May 30" (whose end is); "since", "until" and "ahead of" reach over the
# phrase of the event that sets the bound, "since the junta took over in May 2021", "ahead of the summit in October"
ORDERED_AGAINST = re.compile(
    r"\b(?:(?:after|following|before|between)\s+(?:the\s+)?"
    r"|(?:since|until|till|ahead\s+of|in\s+advance\s+of|prior\s+to)\s+[^,;:.!?]{0,60})$",
    re.IGNORECASE,
)
# A relative clause still open before a date: "the firm, which filed for bankruptcy in", "a man who died in"
RELATIVE_OPENED = re.compile(r"\b(?:which|who|whom|whose)\b[^,;:()—–]*$", re.IGNORECASE)
MIN_WORDS, MAX_WORDS = 6, 80
QUOTED = 0.5  # above this share of a sentence inside quotation marks, it is the speaker's words


def find_statements(
    doc: Document,
    actors: list[tuple[int, int, str]],
    timexes: list[Timex],
    reports: list[Report],
    figures: list[Figure],
    quotes: list[Quote],
) -> list[Statement]:
    """The statements of fact in one document, given its linked actor mentions (start, end, actor id)."""
    found = []
    for start, end in _sentences(doc.text):
        text = doc.text[start:end]
        if not MIN_WORDS <= len(text.split()) <= MAX_WORDS or QUESTION.search(text) or OPINION.search(text):
            continue
        if _quoted(start, end, quotes) > QUOTED:
            continue
        named = sorted({actor for s, e, actor in actors if start <= s and e <= end})
        said = [r for r in reports if start <= r.trigger_start < end]
        counted = tuple((f.value, f.unit) for f in figures if start <= f.start < end)
        # a day, a week, a month or a year of the timeline: "last week" and "Monday night" date too; a decade
        # mostly tells a background ("a key figure in the war of the 1980s")
        dates = [t for t in timexes if start <= t.start < end and _on_the_timeline(t)]
        if not named or not (said or counted or dates or len(named) > 1):
            continue
        dating = [t for t in dates if not qualifies(doc.text, t)]  # "its 1960 borders" dates no statement
        # a date it is ordered or compared against, or one of a relative clause, tells of its time, and so links it,
        # but is no time it holds at; one that names a thing ("the donors of the 2012 election") holds only where no
        # date tells when something was done ("have begun to spend, directing $20 million last month")
        holding = sorted((t for t in dating if not _beside(doc.text, t, start)), key=lambda t: attributive(doc.text, t))
        found.append(Statement(
            doc.id, start, end, text, tuple(named), tuple(sorted({r.type for r in said})),
            negated=bool(NEGATION.search(text)), denied=bool(DENIAL.search(text)), figures=counted,
            time=point(dating[0].value)[0] if dating else doc.published.value, dated=bool(dating), holds=_holds(text),
            when=point(holding[0].value)[0] if holding else None, time_text=holding[0].text if holding else None,
        ))  # fmt: skip
    return found


def _beside(text: str, timex: Timex, start: int) -> bool:
    """Whether a date is one a statement starting at ``start`` is ordered against or compared with ("turnout was
    lower than in 2008"), or one a relative clause tells of something it names ("Peabody, which filed for
    bankruptcy in April")."""
    if ORDERED_AGAINST.search(text, max(0, timex.start - 80), timex.start):
        return True
    return compared_with(text, timex.start, timex.end) or bool(RELATIVE_OPENED.search(text, start, timex.start))


def _on_the_timeline(timex: Timex) -> bool:
    return timex.type in ("DATE", "TIME") and point(timex.value)[1] in ("day", "week", "month", "year")


def _holds(text: str) -> tuple[str, bool] | None:
    """The agreement a sentence says still holds or not, by the noun it names it with, and which."""
    named = AGREEMENT.search(text)
    said = next((holds for pattern, holds in HOLDS if pattern.search(text)), None) if named else None
    return (named[1].lower(), said) if named and said is not None else None


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds, trimmed of the spaces around them."""
    bounds, begin = [], 0
    for stop in [*Sentences(text).ends, len(text)]:
        chunk = text[begin:stop]
        lead = len(chunk) - len(chunk.lstrip())
        if chunk.strip():
            bounds.append((begin + lead, begin + len(chunk.rstrip())))
        begin = stop
    return bounds


def _quoted(start: int, end: int, quotes: list[Quote]) -> float:
    inside = sum(max(0, min(end, q.end) - max(start, q.start)) for q in quotes if q.direct)
    return inside / max(1, end - start)
