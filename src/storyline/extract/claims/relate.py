"""How two statements from different documents stand to each other: the same fact, a contradiction, a change
over time, or nothing to say.

Only statements about the same matter are compared: they share an actor,
their event types (when both have one) overlap, and their sentences are close
in meaning, very close unless they share an event type, a figure's unit or a
month. Then:

- same polarity, figures and dates: the **same** fact (a lower bar for two
  statements about days at most two apart);
- occurred against not (or denied), different figures for one measure, or two
  dates a month apart at most for one event: a conflict. A conflict between
  statements that each hold at their own time (a state that changed between
  documents a week or more apart) is a change: the later **supersedes** the
  earlier. A denial, or two dates for one event, **contradicts**;
- each stating its own, different date for anything else: two occasions, not
  one fact, and no contradiction.
"""

from __future__ import annotations

from ...types import Statement
from ..time.when import compatible, first_day

SAME = 0.72  # cosine similarity from which two statements that agree tell one fact
SAME_DAYS = 0.64  # ... or this, when they tell of days at most two apart, one of them stated
NEAR_DAYS = 2
# ... from which two that disagree are about one matter: a negation or a denial moves a sentence's vector, and
# two sentences that differ in a figure or a date alone stay very close, while two measures or two events do not.
THRESHOLDS = {"polarity": 0.70, "figure": 0.85, "date": 0.85}
FLOOR = min(SAME_DAYS, *THRESHOLDS.values())  # no pair less similar than this is compared at all
# Statements that share no event type and no unit of a figure must be near paraphrases: on a corpus about one
# story, every sentence about the same two actors is close in meaning to every other.
PARAPHRASE = 0.88
CHANGE_DAYS = 7  # statements this far apart in time can tell of a state that changed
EVENT_DAYS = 7  # two dates for one event: farther apart, they are two occasions
INVERSE = {"contradicts": "contradicts", "supersedes": "superseded-by", "superseded-by": "supersedes",
           "supports": "supports"}  # how the other statement stands to the first  # fmt: skip
TOLERANCE = 0.05  # figures this close are one figure, rounded ("about $300 million" and "$289 million")


def relation(first: Statement, second: Statement, similarity: float) -> str | None:
    """'same', 'contradicts', 'supersedes' (``first`` changes ``second``), 'superseded-by', or None."""
    if not set(first.actors) & set(second.actors):
        return None
    if first.types and second.types and not _kinds(first) & _kinds(second):
        return None
    conflict = _conflict(first, second)
    needed = THRESHOLDS[conflict] if conflict else _same(first, second)
    if similarity < (needed if _anchored(first, second) else max(needed, PARAPHRASE)):
        return None
    if conflict is None:
        return "same" if _compatible(first, second) else None
    if conflict == "date" or first.denied or second.denied:
        return "contradicts"
    if first.dated and second.dated and not _compatible(first, second):
        return None  # each tells of its own time: two occasions, both may hold
    gap = _days(first.time, second.time)
    if gap is None or abs(gap) < CHANGE_DAYS:
        return "contradicts"
    return "supersedes" if gap > 0 else "superseded-by"


def _kinds(statement: Statement) -> set[str]:
    """Its event types without their subtypes: a visit and a meeting are both consultations."""
    return {t.split("/")[0] for t in statement.types}


def _anchored(first: Statement, second: Statement) -> bool:
    """Whether the two tell of the same kind of event, count in the same unit, or date themselves to one month."""
    same_month = first.dated and second.dated and min(len(first.time or ""), len(second.time or "")) >= 7
    return bool(_kinds(first) & _kinds(second) or {u for _, u in first.figures} & {u for _, u in second.figures}
                or (same_month and _compatible(first, second)))  # fmt: skip


def _same(first: Statement, second: Statement) -> float:
    """The similarity from which two agreeing statements are one fact: lower when they tell of days at most
    ``NEAR_DAYS`` apart and one states its day ("has signed", dated by its report, and "1 January 2024: … sign")."""
    days = (first.dated or second.dated) and len(first.time or "") == len(second.time or "") == 10
    gap = _days(first.time, second.time) if days else None
    return SAME_DAYS if gap is not None and abs(gap) <= NEAR_DAYS else SAME


def _conflict(first: Statement, second: Statement) -> str | None:
    if first.negated != second.negated or first.denied != second.denied:
        return "polarity"
    if _figures_differ(first, second):
        return "figure"
    if first.dated and second.dated and first.types and not _compatible(first, second):
        gap = _days(first.time, second.time)
        if gap is not None and abs(gap) <= EVENT_DAYS and len(first.time or "") == len(second.time or "") == 10:
            return "date"
    return None


def _figures_differ(first: Statement, second: Statement) -> bool:
    """Whether the two give different values in a unit each uses once (one measure, told twice)."""
    for unit in {u for _, u in first.figures} & {u for _, u in second.figures}:
        ours = [v for v, u in first.figures if u == unit]
        theirs = [v for v, u in second.figures if u == unit]
        if len(ours) == len(theirs) == 1 and abs(ours[0] - theirs[0]) > TOLERANCE * max(abs(ours[0]), abs(theirs[0])):
            return True
    return False


def _compatible(first: Statement, second: Statement) -> bool:
    """Whether their own dates can be one time; a statement dated only by its document fits any."""
    return not (first.dated and second.dated) or compatible(first.time, second.time)


def _days(first: str | None, second: str | None) -> int | None:
    """Days from ``second`` to ``first``, each read at its first day; None when either is unknown."""
    if not first or not second:
        return None
    return (first_day(first) - first_day(second)).days
