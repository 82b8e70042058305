"""The text an expression sits in and the date it is read against, and what one reading is.

``Context`` answers what the text around an expression says of it: its clause's tense, the dates the text named
before it, the day a quote around it was spoken on.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from . import calendar
from .lexicon import POSSESSIVES
from .patterns import DAY_DIGITS, MONTH, PATTERNS
from .sentences import LONGEST, Sentences
from .tense import (
    AGENT_AFTER, AHEAD, AHEAD_OF, APPOSITION, ARTICLE_NOUN_BEFORE, ARTICLE_SUBJECT, BARE_FRAME, BARE_OBJECT, BEING_AT,
    BOTH_FORMS, CALLED_TO, CLAUSE_AFTER, CLAUSE_ENDS, CLAUSE_OPENER, CLAUSE_SUBJECT, FINITE_BEFORE, FIRM_FUTURE,
    FIXTURE, FORWARD, FROM_GOVERNED, FRONTED, FRONTED_SUBJECT, FUTURE, GOVERNED, HELD_UNTIL, INSERTED, IRREGULAR_FORMS,
    JOINED_PRESENT, KEEPS_DAY, KEPT_ON, KEPT_STATE_BEFORE, LASTED, MODAL_ADVERB_BEFORE, MOVES, NOUN_BEFORE,
    NOUN_RELATIVE_AFTER, OBJECT_AFTER, OBJECT_AHEAD, OBJECT_THEN, OPENING_ON, PARTICIPLE_AFTER, PARTICIPLE_ASIDE,
    PASSIVE_ADVERB, PAST, PAST_GOVERNS, PLAN_TOLD, POINTING_THAT, PRESENT, PROGRESSIVE_BEFORE, PROMISED, PROSPECT,
    RELATIVE_AFTER, RELATIVE_ASIDE, RELATIVE_OPEN, REPORTED_SUBJECT, REPORTING_FRAME, SAID_AFTER, SAYING_BEFORE,
    SCHEDULED, SERVING, SHORT_QUOTE, SPEECH_ASIDE, SPEECH_PAST, SPOKEN_ON, SPOKEN_SUBJECT, SPOKE_ON, STARTING_FROM,
    SUBJECT_TIME, TIED_PAST,
)
from .words import capitalized, month_number, quote_open


@dataclass(frozen=True)
class Reading:
    """What one expression means."""

    type: str
    value: str
    mod: str | None = None
    guess: bool = False
    freq: str | None = None


class Unanchored(Exception):
    """The expression needs a reference date and the document has none."""


@dataclass(frozen=True)
class Clause:
    """The stretch of a sentence whose verbs may tell an expression's tense (``Context._clause``)."""

    sentence_start: int
    begin: int  # after the last word that opens a clause before the expression ("if", "that", a colon)
    stop: int  # the sentence's end
    limit: int  # where another clause, a closing speech frame or a quote begins after the expression
    condition: bool  # opened by "if" or "unless"
    fronted: bool  # the expression is in an opening phrase: "In October, Clinton proposed…"
    inserted: re.Match[str] | None  # a phrase set off by commas after that opening one
    skipped: list[re.Match[str]]  # phrases whose verbs are not the clause's


@dataclass(frozen=True)
class Cue:
    """The tense cue nearest an expression (``Context._nearest_cue``); ``kind`` None when there is none."""

    kind: str | None
    distance: float  # characters to the expression, twice as many after it; 0 for a verb that governs it
    start: int
    end: int
    word: str


QUARTERLY = re.compile(r"\bquarter|\bperiod\b", re.IGNORECASE)
# what a company's results report: "a quarter of voters" and a poll's "first-quarter average" report none
EARNINGS = re.compile(
    r"\b(?:earnings|net\s+(?:income|loss|of)|profits?|revenues?|sales|(?:per|a)\s+share\b(?!\s+of))", re.IGNORECASE
)
# A market report, and the goods and papers traded for delivery in a month: "December bonds", "October crude"
EXCHANGES = r"NYMEX|COMEX|CBOT|LIFFE|MATIF|IPE"
MARKET_REPORT = re.compile(rf"\b(?:futures?|contracts?|{EXCHANGES}|bushels?|barrels?)\b", re.IGNORECASE)
# A text that writes "29/8/96" writes "1/9/95" day first too, unless it also writes "8/29/96"; one that writes
# "08-15-2021" writes "11-10-2000" month first
_DAY_NOT_MONTH, _MONTH_NUMBER = r"(?:1[3-9]|2\d|3[01])", r"(?:0?[1-9]|1[0-2])"


def _numeric_date(first: str, second: str) -> re.Pattern[str]:
    """A date written in numbers, ``first`` then ``second`` then the year: with slashes, or dots or dashes."""
    return re.compile(rf"(?<![\d/.-]){first}(?:/{second}/\d\d(?:\d\d)?|([.-]){second}\1(?:19|20)\d\d)(?![\d/])")


DAY_FIRST = _numeric_date(_DAY_NOT_MONTH, _MONTH_NUMBER)
MONTH_FIRST = _numeric_date(_MONTH_NUMBER, _DAY_NOT_MONTH)
# Where its numbers leave it open, a text that writes "12 November" and never "November 12" writes "12/11/2024"
# day first too
DAY_MONTH_WORDS = re.compile(rf"(?<![\d.,])(?:{DAY_DIGITS.pattern})\s+{MONTH}")
MONTH_DAY_WORDS = re.compile(rf"{MONTH}\s+(?:{DAY_DIGITS.pattern})\b(?![.,]\d)")
# A game's report, or a sentence about play: its "first half" and "second half" are the game's, not the year's
GAME_REPORT = re.compile(
    r"\bhalf[- ]?time\b|\b(?:injury|stoppage)\s+time\b|\b(?:before|after)\s+the\s+(?:interval|break)\b"
    r"|\b\d{1,3}(?:st|nd|rd|th)\s+minute\b",
    re.IGNORECASE,
)
GAME_PLAY = re.compile(
    r"\b(?:substitut\w*|penalt(?:y|ies)|equali[sz]\w*|(?:\d+|two|three|four|five)\s+tries|stretchered|touchdowns?"
    r"|(?:out)?scored|(?:half|quarter)[\s-]+(?:goals?|header|strike|touchdown))\b"  # "a second-half goal"
    r"|\b(?:Super\s+Bowl|half-?time|kick-?off|(?:the|this|that)\s+game)\b"
    r"|(?<![\d-])\d{1,3}-\d{1,3}(?![\d-]|\s*/)",  # a score, not a date or a fraction ("12-1/2p")
    re.IGNORECASE,
)
CLAUSE_MARK = re.compile(r"[,;:]")
# Between a date and a count set beside it, and after the count: "for March 2011, only six months later," restates
# the date instead of counting from it (not to be confused with RESTATED, a clock time given again in brackets)
COUNT_BESIDE = re.compile(r",\s+(?:(?:just|only|barely|some|about|nearly|almost|roughly)\s+)?")
COUNT_BESIDE_END = re.compile(r"\s*[,.;)]")
DASH_ASIDE = re.compile(r"\s(?:--|—|–)\s")  # "B shares -- issued in January 1994 -- rose": an aside's dashes
# a participle's aside set off by commas, up to its date: "a deal, first discussed in October 2023, could…"
COMMA_ASIDE_OPEN = re.compile(
    r",\s+(?:(?:first|once|originally|already|last)\s+)?(?-i:[a-z])\w+(?:ed|en)\s+(?:in|on|during|since)\s+$",
    re.IGNORECASE,
)
# A vote after a month: "the November election", "November's general election"
VOTES = (
    r"elections?|ballot|vote|polls|run-?off|referendum|primary|primaries|caucus(?:es)?|showdown|match-?up|conventions?"
)
VOTE_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:(?:U\.S\.|US|national|state|general|presidential|midterm|parliamentary|legislative)\s+){{0,2}}"
    rf"(?:{VOTES})\b",
    re.IGNORECASE,
)
# A vote right before the month: "faces re-election in November", "goes to the polls in May", "winning in November",
# "a victory in November", "reclaiming the governorship in November", "win a mandate in November", "electability in
# November", "keep states in play in November", "run against Senator Ann Moyo in November", "the elections are in
# November", "the runoff will be held in June"
_OFFICES = r"White\s+House|presidency|Senate|House|governorship|majority|seat"
VOTE_BEFORE = re.compile(
    rf"\b(?:re-?elections?|{VOTES}|electability|in\s+play|(?:win|wins|winning|victory|defeat|lose|loses|losing)"
    rf"(?:\s+(?:back\s+)?the\s+(?:{_OFFICES})|\s+a\s+mandate)?"
    rf"|(?:{VOTES})\s+(?:is|are|will\s+be|falls?)(?:\s+(?:due|held|scheduled|set|slated|expected))?"
    rf"|(?:reclaim|retake|recapture|keep|hold)(?:s|ing)?\s+(?:back\s+)?the"
    rf"\s+(?:{_OFFICES})|(?:re-?)?elected(?:\s+[\w.-]+){{0,3}}?"
    r"|(?:run|runs|running)\s+against(?:\s+(?-i:[A-Z])[\w.'’-]*){1,4})\s+in\s+$",
    re.IGNORECASE,
)
VOTE_REACH = 60  # characters before the month that VOTE_BEFORE reads ("run against Senator Ann Moyo in ")
DIRECTION = {"this": 0, "that": 0, "current": 0, "same": 0, "that same": 0, "last": -1, "latest": -1, "past": -1,
             "this past": -1, "previous": -1, "prior": -1, "next": 1, "coming": 1, "following": 1,
             "this coming": 1}  # fmt: skip
PRECISIONS = ("year", "month", "day")  # how finely a stated date of 1, 2 or 3 parts is known
# a day, week or year named from the telling, which "the day before", "the previous week" and "a year earlier" later
# in its sentence count from ("yesterday", "tomorrow" and "last month" are points the story goes on from already, see
# ``tagger._stated_dates``; "today" is not, as a quote's present may be any day)
UNIT_TOLD = re.compile(r"\b(?:(?P<det>last|this|next)\s+(?P<unit>week|year)|(?P<day>today))\b", re.IGNORECASE)
TOLD_PRECISION = {"day": "day", "week": "day", "year": "year"}  # how finely each is known


# a line that holds only a year, a list's heading: "2003", "2004:"
HEADING_YEAR = re.compile(r"^[ \t]*(?P<year>(?:1[6-9]|20)\d\d)[ \t]*:?[ \t]*$", re.MULTILINE)
LIST_LEAD = re.compile(r"[ \t]*(?:[-–—•·*][ \t]*)?")  # what may open a list's line before its date


class Context:
    """The text an expression sits in and the date it is read against."""

    def __init__(self, text: str, reference: date | None, inferred: bool = False) -> None:
        self.text = text
        # a date in the calendar's first or last year leaves no room to count from ("yesterday" of 1 January 1)
        self._reference = reference if reference and 1 < reference.year < 9999 else None
        # an inferred date is the latest development the text reports, so it may have been written well after it
        self.inferred = inferred
        words = QUARTERLY.findall(text)
        quarters = len(words) >= 2 and any(word.lower().startswith("quarter") for word in words)
        self.quarterly = quarters and bool(EARNINGS.search(text))
        self.game_report = bool(GAME_REPORT.search(text))
        self.market_report = bool(MARKET_REPORT.search(text))
        # the dates the text states, by offset, and how many parts they name (3: to the day, 2: the month, 1: the year)
        self.points: list[tuple[int, int, date, int]] = []  # start, end, the date, its parts
        self.quarters: list[tuple[int, str]] = []  # the quarters and halves the text names: start, value ("1989-Q3")
        self.anchored = False
        self.sentences = Sentences(text)
        self._cues: dict[re.Pattern[str], tuple[list[int], list[re.Match[str]]]] = {}  # see ``_cues_in``

    @property
    def reference(self) -> date | None:
        """The reference date; a reading that reads it is marked, to be flagged when the date was inferred."""
        self.anchored = self.anchored or self._reference is not None
        return self._reference

    @cached_property
    def _numbers_order(self) -> tuple[bool, bool]:
        """Whether the text writes dates in numbers day first, and whether month first: as a day over 12 in one of
        them shows, else, day first, as its dates in words do ("20 November", never "November 20"). Read only where
        a date in numbers is, which few texts have."""
        day_first, month_first = bool(DAY_FIRST.search(self.text)), bool(MONTH_FIRST.search(self.text))
        if not (day_first or month_first):
            day_first = bool(DAY_MONTH_WORDS.search(self.text)) and not MONTH_DAY_WORDS.search(self.text)
        return day_first and not month_first, month_first and not day_first

    @property
    def day_first(self) -> bool:
        return self._numbers_order[0]

    @property
    def month_first(self) -> bool:
        return self._numbers_order[1]

    @cached_property
    def _heading_years(self) -> list[tuple[int, int]]:
        """Where each line that holds only a year ends, and the year: the heading of a list of dates under it."""
        return [(found.end(), int(found["year"])) for found in HEADING_YEAR.finditer(self.text)]

    def opens_line(self, start: int) -> bool:
        """Whether what starts at ``start`` opens its line, after a list's bullet at most."""
        return bool(LIST_LEAD.fullmatch(self.text, self.text.rfind("\n", 0, start) + 1, start))

    def heading_year(self, start: int) -> int | None:
        """The year a list's heading gives the date that opens the line at ``start`` ("2003" over "20 January. The
        first clash …"), where a year heading is the last such line before it; None for a date within a line. Read
        for every date without a year, so texts with no such heading, most, return at once."""
        at = bisect.bisect_left(self._heading_years, (start,)) - 1
        if at < 0 or not self.opens_line(start):
            return None
        return self._heading_years[at][1]

    @cached_property
    def vote_months(self) -> set[int]:
        """The months the text names as a coming vote's: "the November election", "if Trump can win in November"."""
        return {
            month_number(found["month"])
            for found in PATTERNS["month"].finditer(self.text)
            if capitalized(found["month"], found[0])
            and self.names_vote(found.start(), found.end())
            and self.tense(found.start(), found.end()) != "past"
        }

    def anchor(self) -> date:
        reference = self.reference
        if reference is None:
            raise Unanchored
        return reference

    def tense(self, start: int, end: int) -> str:
        return self._tenses(start, end)[0]

    def said_on(self, start: int, end: int) -> date:
        """The day ``start``…``end`` is told from: the day its quote was spoken on (``speech_day``), else the reference
        date, read first so that an inferred one marks the reading, as the day spoken on may rest on it too."""
        reference = self.anchor()
        return self.speech_day(start, end) or reference

    def speech_day(self, start: int, end: int) -> date | None:
        """The day a quote was spoken on, when ``start``…``end`` lies inside it and its sentence dates the saying
        outside it: "''… and again today,'' she wrote on Sunday", "Durbin said on Thursday he “delivered a letter
        today”", "On Monday, the minister said: “Today…”"; where its own frame names no day, the day the sentence
        before dates a saying on ("The minister spoke in Accra on Monday. “Today we begin,” she said.")."""
        begin, stop = self.sentences.around(start, end)
        if not quote_open(self.text[begin:start]):
            return None
        said = self._saying_day(begin, stop, SPOKEN_ON)
        if said is not None:
            return said
        dated = any(begin <= at < stop and not quote_open(self.text[begin:at]) for at, *_ in self.points)
        if dated or not BARE_FRAME.search(self.text, begin, stop):
            return None
        return self._saying_day(self.sentences.around(begin - 1, begin - 1)[0] if begin else begin, begin)

    def _saying_day(self, begin: int, stop: int, also: re.Pattern[str] | None = None) -> date | None:
        """The last day in ``begin``…``stop``, outside a quote, that dates a saying: after a speech verb or noun ("spoke
        in Accra on Monday", "in a statement on Monday", or what ``also`` finds before it), or opening the sentence
        before one ("On Monday, the minister addressed parliament")."""
        for at, end, day, parts in reversed(self.points):
            if parts != 3 or not begin <= at < stop or quote_open(self.text[begin:at]):
                continue
            opening = OPENING_ON.fullmatch(self.text, begin, at) and SAID_AFTER.match(self.text, end)
            if SPOKE_ON.search(self.text, begin, at) or also and also.search(self.text, begin, at) or opening:
                return day
        return None

    def firm_tense(self, start: int, end: int) -> str:
        """The tense, made 'firm future' by a "will" before the expression ("the final will be played on 14 July",
        told in October) and 'firm past' by a finite past verb right before it ("Trump said in August", told in
        May) or after the subject of the clause an opening phrase leads into ("In October, Clinton proposed"): no
        date on the other side of the reference fits, where "would" and "expected" may report a past plan, a "will"
        after the expression may be another clause's ("a poll in January shows voters will…") and a participle may
        look ahead ("ads reserved in July will run"). Against an inferred date, which the text may have been
        written well after, the tense."""
        tense, firm = self._tenses(start, end)
        return tense if self.inferred else firm

    def _tenses(self, start: int, end: int) -> tuple[str, str]:
        """The tense and the firm tense (see ``firm_tense``). The tense is 'future', 'past' or 'none': the tense cue
        nearest the expression within its clause, those before it preferred; a closing speech frame ("…, an aide
        said."), a clause after "that", "how", "but" or a quote ("told reporters Monday that he would…"), what precedes
        an "if", "that" or a colon, and the main clause after a relative one are left out. A verb right before the
        expression ("signed in October") is nearest of all. Right after "ahead of", future; a past cue with "ahead of"
        between it and the expression, or a past "promised" not right before it, 'none'; without a cue, future after
        "until" or "ahead of" and in an "if" or "unless" clause, else 'none' ("Her fate in November hinges on…")."""
        if self.ends_before(AHEAD_OF, start, reach=60):  # "ahead of Ohio's delegate-rich" is long
            return "future", "future"
        if any(self.ends_before(pattern, start, reach=60) for pattern in (SCHEDULED, FIXTURE, HELD_UNTIL)):
            return "future", "firm future"
        if KEPT_ON.match(self.text, start) and self.ends_before(KEEPS_DAY, start, reach=60):
            return "future", "firm future"
        if self.ends_before(PROSPECT, start, reach=60):
            return "future", "future"
        clause = self._clause(start, end)
        cue = self._nearest_cue(clause, start, end)
        tense = cue.kind
        if tense == "past" and cue.end <= start and (
            PRESENT.search(self.text, cue.end, start) or self.ends_before(JOINED_PRESENT, start)
        ):
            tense = None
        if tense == "past" and cue.start >= end and PROGRESSIVE_BEFORE.search(self.text, clause.begin, start):
            tense = None
        moved = cue.word in MOVES and OBJECT_AHEAD[cue.word].match(self.text, cue.end, start)
        if tense in ("past", "future") and moved:
            return "future", "firm future"  # "the hearing was moved to Thursday": to a day still to come
        if tense and self._looks_ahead(clause, cue, tense, start, end):
            return "none", "none"
        # "if the November vote does not go their way": a condition in the present looks ahead, though not
        # at "his Tuesday wins"
        condition = clause.condition and self.word_before(start) not in POSSESSIVES | {"its"}
        if condition and tense == "past":
            return "none", "none"  # "if he won the election on Nov. 8": a past that supposes, no past
        if tense == "past" and self._firm_past(clause, cue, start, end):
            return tense, "firm past"
        if tense == "future" and cue.end <= start and FIRM_FUTURE & {cue.word, self.word_before(cue.start)}:
            return tense, "firm future"  # "will", or a cue right after it: "will take effect in January"
        tense = tense or ("future" if condition or self._ahead_without_cue(clause, start) else "none")
        # the clause on the noun the date stands before tells when: "the February debate that sank him"
        relative = None if tense != "none" else (
            RELATIVE_AFTER.match(self.text, end) or NOUN_RELATIVE_AFTER.match(self.text, end, clause.stop)
        )
        if relative:
            tense = self._relative_tense(relative.end(), clause.stop)
        return tense, tense

    def _ahead_without_cue(self, clause: Clause, start: int) -> bool:
        """Whether a clause with no tense cue still looks ahead of the telling: after "until" or "ahead of", at a time
        a thing is said to be at ("the deadline is Sunday"), right after "by" ("markets price in a cut by January"),
        or where it opens with the start of what it tells ("Beginning Monday, flights resume")."""
        if self.word_before(start) == "by" or any(
            pattern.search(self.text, clause.begin, start) for pattern in (AHEAD, BEING_AT)
        ):
            return True
        return bool(STARTING_FROM.fullmatch(self.text, clause.begin, start))

    def _clause(self, start: int, end: int) -> Clause:
        """The clause around ``start``…``end`` whose verbs may tell its tense (see ``_tenses``)."""
        begin, stop = self.sentences.around(start, end)
        sentence_start, condition = begin, False
        for opening in CLAUSE_OPENER.finditer(self.text, begin, start):
            if opening[0].lower() == "that" and POINTING_THAT.search(self.text, begin, opening.start()):
                continue
            begin, condition = opening.end(), opening[0].lower() in ("if", "unless")
        if begin > sentence_start and (closed := self._quote_closed(begin, start)):
            begin, condition = closed, False  # "…if she gives a canned answer…” in the February debate that sank him"
        # "In October, Trump said it was discussed": after an opening phrase the speech verb is the main clause's
        fronted = FRONTED.fullmatch(self.text, begin, start)
        inserted = INSERTED.match(self.text, end) if fronted else None  # its verbs are not the main clause's
        frame = None if fronted else REPORTING_FRAME.search(self.text[end:stop].rstrip())
        limit = end + frame.start() if frame else stop
        after = self._clause_after(end, limit)
        # "On June 4, Sanders, who had not endorsed, decided…": the main clause goes on after the subject's aside
        aside = RELATIVE_ASIDE.match(self.text, after.start()) if fronted and after else None
        after = self._clause_after(aside.end(), limit) if aside else after
        limit = after.start() if after else limit
        limit = end if SAYING_BEFORE.search(self.text, max(begin, start - 40), start) else limit
        if REPORTED_SUBJECT.match(self.text, end) and SPOKEN_ON.search(self.text, begin, start):
            limit = end
        if RELATIVE_OPEN.search(self.text, begin, start):
            # "Okafor, who unveiled a plan on Monday, plans to…": the main clause after the comma is another's
            comma = self.text.find(",", end, limit)
            limit = comma if comma >= 0 else limit
        # "Kasich, he said, can win in November": a frame inside what was said dates only the saying, and in "the vote,
        # Smith told reporters Monday, will be close" it is the day's whole clause
        frames = list(SPEECH_ASIDE.finditer(self.text, begin, stop))
        if around := next((f for f in frames if f.start() <= start < f.end()), None):
            begin, limit = max(begin, around.start()), min(limit, around.end())
        skipped = [span for span in (inserted, aside, *frames) if span and span is not around]
        return Clause(sentence_start, begin, stop, limit, condition, bool(fronted), inserted, skipped)

    def _quote_closed(self, begin: int, start: int) -> int | None:
        """Where a quotation that a clause opener at ``begin`` lies in closes before ``start``, the narrator's words
        going on after it: the last closing mark with no opening one between ``begin`` and it (curly or TimeML quotes,
        whose marks tell opening from closing)."""
        closed = max(self.text.rfind("”", begin, start), self.text.rfind("''", begin, start))
        if closed < 0 or self.text.find("“", begin, closed) >= 0 or self.text.find("``", begin, closed) >= 0:
            return None  # found in place: ``_clause`` is read for every tense, and slices would copy the clause
        return closed + (1 if self.text[closed] == "”" else 2)

    def _nearest_cue(self, clause: Clause, start: int, end: int) -> Cue:
        """The tense cue in ``clause`` nearest ``start``…``end``, a cue after it counting twice its distance."""
        cue = Cue(None, float("inf"), start, start, "")
        for pattern, kind in ((FUTURE, "future"), (PAST, "past")):
            for match in self._cues_in(pattern, clause):
                if any(span.start() <= match.start() < span.end() for span in clause.skipped):
                    continue
                if kind == "past" and PASSIVE_ADVERB.search(self.text, max(0, match.start() - 30), match.start()):
                    continue
                if kind == "past" and self._serving(match):
                    continue
                if kind == "past" and (self._bare_after_modal(match) or self._noun_form(match)):
                    continue
                if kind == "past" and self.ends_before(KEPT_STATE_BEFORE, match.start(), reach=50):
                    continue  # "will keep the posts closed through Saturday": a state, no past
                if kind == "past" and match.end() <= start and self._reports_subject(match, start, end):
                    continue  # the speech verb's clause, whose verb the time's noun comes before, tells the tense
                # a cue after the expression counts twice its distance: the verb before a day mostly governs it
                # ("announced Monday would…", "closed a session on Friday by saying it would…")
                distance = start - match.end() if match.end() <= start else (match.start() - end) * 2 + 1
                if match.end() <= start and GOVERNED.fullmatch(self.text, match.end(), start):
                    distance = 0  # "the deal signed in October would…": the verb right before governs the date
                elif match.start() >= end and kind == "past" and (
                    PARTICIPLE_AFTER.match(self.text, match.start() - 2)
                    or APPOSITION.fullmatch(self.text, end, match.start())
                ):
                    continue  # "faces Deacon on Tuesday, backed by the party": a participle, no verb of the clause
                # "On June 4, Sanders decided to back Obama", "On Thursday the sides postponed the signing", "On
                # Friday, the government planned to pay": the deciding, postponing or planning after the date is
                # past, "decided to" the aim a date after it would serve (not "On Friday he has a speech scheduled")
                word = f"{match[0].lower()} to"
                after_tie = distance == cue.distance and match.start() >= end and cue.word in (word, *TIED_PAST)
                if 0 <= distance < cue.distance or after_tie and kind == "past":
                    cue = Cue(kind, distance, match.start(), match.end(), match[0].lower())
        return cue

    def _reports_subject(self, cue: re.Match[str], start: int, end: int) -> bool:
        """Whether a time after "said the" opens the subject of the clause "said" reports: "said the Thursday talks
        would…" (``SPOKEN_SUBJECT``; not "told the Friday rally he would…", whose time is in the verb's object)."""
        between = self.text[cue.end() : start].strip().lower()
        return between == "the" and cue[0].lower() == "said" and bool(SPOKEN_SUBJECT.match(self.text, end))

    def _cues_in(self, pattern: re.Pattern[str], clause: Clause) -> Iterator[re.Match[str]]:
        """The matches of a cue ``pattern`` within ``clause``. In a run with no end of sentence, read in a window
        around each expression (``sentences.LONGEST``), they come from one scan of the whole text, not one of each
        window, which for a run of dates would read the run once for each date in it."""
        if clause.stop - clause.sentence_start < LONGEST:
            yield from pattern.finditer(self.text, clause.begin, clause.limit)
            return
        if pattern not in self._cues:
            found = list(pattern.finditer(self.text))
            self._cues[pattern] = ([match.start() for match in found], found)
        starts, found = self._cues[pattern]
        for match in found[bisect.bisect_left(starts, clause.begin) :]:
            if match.end() > clause.limit:
                return
            yield match

    def _bare_after_modal(self, match: re.Match[str]) -> bool:
        """Whether a form both past and present is a bare infinitive after a modal and an adverb: "would probably
        cut rates before year end" (after a modal alone, ``PAST`` takes no such form)."""
        return match[0].lower() in BOTH_FORMS and self.ends_before(MODAL_ADVERB_BEFORE, match.start())

    def _noun_form(self, match: re.Match[str]) -> bool:
        """Whether a form both past and present is a noun after an article and a noun (``ARTICLE_NOUN_BEFORE``)."""
        if match[0].lower() not in BOTH_FORMS or OBJECT_AFTER.match(self.text, match.end()):
            return False
        return self.ends_before(ARTICLE_NOUN_BEFORE, match.start())

    def _serving(self, match: re.Match[str]) -> bool:
        """Whether a past form is a participle naming what its noun serves: "the lift needed for …"."""
        if not SERVING.match(self.text, match.start()):
            return False
        return bool(NOUN_BEFORE.search(self.text, max(0, match.start() - 30), match.start()))

    def _looks_ahead(self, clause: Clause, cue: Cue, tense: str, start: int, end: int) -> bool:
        """Whether the cue tells of something that lies ahead of it, so that the expression may fall either side
        of the telling."""
        # "encouraged them in advance of the summit in October", "promised a decision by June": after that past, not
        # before it ("promised in May" dates the promise, though in "proposed September 18 for the vote" the day is
        # what was proposed); "extended by 30 days to November 9", the day a thing is extended to, however near
        object_ahead = cue.word in OBJECT_AHEAD and OBJECT_AHEAD[cue.word].match(self.text, cue.end, start)
        promised = object_ahead or cue.word in PROMISED and (
            cue.distance > 0 or cue.end <= start and not self.text[cue.end : start].strip()
        )
        if tense == "past" and cue.end < start and (promised or FORWARD.search(self.text, cue.end, start)):
            return True
        # "the fundraiser he was set to headline Tuesday", "protesters were planning to march on Monday": a plan told
        # in the past, for a day either side of it
        plans = PLAN_TOLD.finditer(self.text, max(clause.begin, cue.start - 30), min(clause.stop, cue.end + 30))
        if any(plan.start() == cue.start or plan.end() == cue.end for plan in plans):
            return True
        if tense == "past" and (call := CALLED_TO.match(self.text, cue.start)) and call.end() <= start:
            return True
        # "said talks on Monday would focus on…": a future told in the past, for a day either side of it
        would = tense == "future" and cue.word == "would" and cue.start >= end
        return would and bool(PAST.search(self.text, clause.sentence_start, start))

    def _firm_past(self, clause: Clause, cue: Cue, start: int, end: int) -> bool:
        """Whether a past cue dates the expression for certain: a participle with its agent after the date ("an
        accord forged in December by 200 nations"), or a finite past verb (``_finite_past``)."""
        if cue.distance == 0 and (AGENT_AFTER.match(self.text, end) or CLAUSE_ENDS.match(self.text, end)):
            return True
        if cue.start >= end and not self.text[end : cue.start].strip() and self.ends_before(SUBJECT_TIME, start):
            return True  # "sales in January rose 5%": the verb right after the subject's time is the clause's own
        subject_from = clause.inserted.end() - 1 if clause.inserted else end  # the main clause's subject follows it
        fronted = clause.fronted and FRONTED_SUBJECT.fullmatch(self.text, subject_from, cue.start)
        return self._finite_past(start, cue.start, cue.end, cue.word, cue.distance == 0, bool(fronted))

    def _relative_tense(self, start: int, stop: int) -> str:
        """The tense of the relative clause from ``start`` to the next clause mark, by its first cue: "an essay in
        May, in which she urged…" was written; "a summit in May, at which they will sign…" is to come."""
        mark = CLAUSE_MARK.search(self.text, start, stop)
        limit = mark.start() if mark else stop
        cues = [(m.start(), kind) for pattern, kind in ((FUTURE, "future"), (PAST, "past"))
                for m in pattern.finditer(self.text, start, limit)]  # fmt: skip
        return min(cues)[1] if cues else "none"

    def _clause_after(self, end: int, limit: int) -> re.Match[str] | None:
        """Where another clause begins after ``end``; a short quote with no tense in it is a title or a scare quote
        within the clause ("Friday on KRLX's “Morning Desk,” Sen. Cole told…"), not a quoted clause."""
        clause = CLAUSE_AFTER.search(self.text, end, limit)
        while clause and (title := SHORT_QUOTE.match(self.text, clause.start())) and title.end() < limit:
            if FUTURE.search(title[0]) or PAST.search(title[0]):
                break
            clause = CLAUSE_AFTER.search(self.text, title.end(), limit)
        return clause

    def _finite_past(
        self, start: int, cue_start: int, cue_end: int, cue_word: str, governs: bool, fronted: bool
    ) -> bool:
        """Whether a past cue is a finite verb right before the expression, or with a short object between:
        "Trump said in August", "Labott posted on January 23", "the deal, signed in November,", "took office in
        February"; not "ads reserved in July will run", where the participle may look ahead, nor "said the
        gathering in September would be the last". After an opening phrase (``fronted``) the verb follows the
        main clause's subject: "In January, a bomb killed a guard", where an object after it shows it finite."""
        finite = cue_word in IRREGULAR_FORMS or FINITE_BEFORE.search(self.text, max(0, cue_start - 30), cue_start)
        finite = finite or CLAUSE_SUBJECT.search(self.text, max(0, cue_start - 60), cue_start)
        finite = finite or self._subject_and_object(start, cue_start, cue_end)
        # after an opening phrase, an object or the clause's end after the verb shows it finite: "In April, the
        # talks collapsed."
        ended = OBJECT_AFTER.match(self.text, cue_end) or CLAUSE_ENDS.match(self.text, cue_end)
        if not finite and not (fronted and ended):
            return False
        object_between = cue_end <= start and OBJECT_THEN.fullmatch(self.text, cue_end, start)
        return governs or fronted or bool(object_between) and cue_word not in SPEECH_PAST

    def _subject_and_object(self, start: int, cue_start: int, cue_end: int) -> bool:
        """Whether a past form stands between a subject with its article (``ARTICLE_SUBJECT``) and an object
        (``OBJECT_AFTER``, ``BARE_OBJECT``), which show it finite; the expression at ``start`` is no object."""
        if cue_end <= start and not self.text[cue_end:start].strip():
            return False
        if not ARTICLE_SUBJECT.search(self.text, max(0, cue_start - 40), cue_start):
            return False
        return bool(OBJECT_AFTER.match(self.text, cue_end) or BARE_OBJECT.match(self.text, cue_end))

    def looks_back(self, start: int, end: int | None = None) -> bool:
        """Whether what comes right before ``start`` puts it in the past for certain: "since", a passive or
        perfect past with at most a preposition between ("was held in July", "had met on March 3"; not "ads
        reserved in December", which may be reserved for it), a state that lasted until it, or a past verb before
        its "from" (``FROM_GOVERNED``) in a clause told in the past. ``end``: where the expression ends."""
        before = max(0, start - 70)
        return (
            self.word_before(start) == "since"
            or bool(PAST_GOVERNS.search(self.text, before, start))
            or bool(LASTED.search(self.text, before, start))
            or self.ends_before(FROM_GOVERNED, start, reach=50) and self.tense(start, end or start) == "past"
        )

    def narrative(self, start: int, to_the_day: bool = False, end: int | None = None) -> date:
        """The last date the text itself gave before ``start`` (see ``tagger.find_timexes``), else the
        reference date; ``to_the_day``: the last that names a day. ``end``, where the expression ends, lets its
        clause's tense be read whole ("At the rally held that night in Nakuru, she praised …")."""
        return self._last_point(start, to_the_day, end)[0]

    def narrative_day(self, start: int, step: int = 0, pointing: bool = False, end: int | None = None) -> str:
        """The value of the day ``step`` days from the last day the text named by ``start``, else from the document's.
        Told in the past, it is not after the document's date: "Last September, Ross called Mendes a fraud. He
        apologized the next day", told in January, is some day of that September, or of no known month. Nor, told in
        the past, is a day the words point back to (``pointing``: "that day", "the same night") the document's where
        the text named no day before it: it is a day of the month the text last named ("In May 2019 the aides met.
        The plan outlined that day …"), or of no known time."""
        day = self.narrative(start, to_the_day=True, end=end) + timedelta(days=step)
        reference = self._reference
        if not reference or self.inferred:
            return day.isoformat()
        # the tense is read last, only where the day is in question
        if day > reference:
            known = self.narrative_known(start)
        else:
            known = self._named_before(start, reference) if pointing else None
        if known is None or self.tense(start, end or start) != "past":
            return day.isoformat()
        last, precision = known
        if precision != "month":
            raise Unanchored
        return calendar.value_at(last, "month") + "-XX"

    def _named_before(self, start: int, reference: date) -> tuple[date, str] | None:
        """Where the text named no day by ``start``, or a month after its last day, the last month or year it named
        and its precision, or the reference date's day where it named none ("The site went dark on Thursday. The last
        attack came in October, when … His post was closed that same day"); None where it named a day last, or the
        month after it only in a participle's aside ("The deal, signed in March, fell apart that day")."""
        named = self._past_points(start, reference)
        at, day, parts = named[-1] if named else (start, reference, 3)
        last_month = parts == 2 and not self.ends_before(PARTICIPLE_ASIDE, at)
        if any(point[2] == 3 for point in named) and not last_month:
            return None
        return day, PRECISIONS[parts - 1]

    def points_back_to_nothing(self, start: int, end: int) -> bool:
        """Whether words told in the past from ``start`` to ``end`` point back ("that week", "the same year") where the
        text named no date before them: to a time it never named, not the reference date's. The tense is read over
        the whole expression, as an opening "Later" of "Later that month, troops withdrew" hides the verb."""
        reference = self._reference
        if not reference or self.inferred or self._past_points(start, reference):
            return False
        return self.tense(start, end) == "past"

    def _past_points(self, start: int, reference: date) -> list[tuple[int, date, int]]:
        """Where the text named dates before ``start``, the dates and their parts, passing over those still to come."""
        return [(at, day, parts) for at, _, day, parts in self.points if at < start and day <= reference]

    def narrative_known(self, start: int) -> tuple[date, str]:
        """``narrative``'s date and how finely the text gave it: 'day', 'month' or 'year'."""
        day, parts = self._last_point(start)
        return day, PRECISIONS[parts - 1]

    def _last_point(self, start: int, to_the_day: bool = False, end: int | None = None) -> tuple[date, int]:
        # a day told in the past passes over days still to come: "voters head to the polls Feb. 9. Three others clashed
        # earlier in the evening" is the debate's evening; a count ("two months later") from a year to come is not
        told_past: bool | None = None  # read once, and only where a day to come is met
        for at, stop, day, parts in reversed(self.points):
            if at >= start or to_the_day and parts != 3 or self.in_closed_aside(at, stop, start):
                continue
            if to_the_day and self._reference and not self.inferred and day > self._reference:
                told_past = self.tense(start, end or start) == "past" if told_past is None else told_past
                if told_past:
                    continue
            return day, parts
        return self.anchor(), 3

    def in_closed_aside(self, at: int, stop: int, start: int) -> bool:
        """Whether the date at ``at``…``stop`` lies in a bracket, a pair of dashes or a participle's aside between
        commas that closes before ``start`` in its sentence: "B shares -- issued in January 1994 -- rose from $87.25 a
        day earlier" counts from the telling, as does "a deal, first discussed in October 2023, could be signed before
        the end of the year"."""
        begin, end = self.sentences.around(at, stop)
        if start >= end:
            return False
        before, after = self.text[begin:at], self.text[stop:start]
        bracket = before.count("(") > before.count(")") and ")" in after
        commas = self.ends_before(COMMA_ASIDE_OPEN, at, reach=50) and after.lstrip().startswith(",")
        return bracket or commas or len(DASH_ASIDE.findall(before)) % 2 == 1 and bool(DASH_ASIDE.search(after))

    def restated(self, start: int, end: int) -> tuple[date, str] | None:
        """The date a count at ``start``…``end`` stands beside as a restatement, and how finely it is known."""
        earlier = [(stop, day, parts) for at, stop, day, parts in self.points if at < start]
        if not earlier or not COUNT_BESIDE_END.match(self.text, end):
            return None
        stop, day, parts = earlier[-1]
        return (day, PRECISIONS[parts - 1]) if COUNT_BESIDE.fullmatch(self.text, stop, start) else None

    def recent_day(self, start: int) -> tuple[int, int, date] | None:
        """The last day the text named before ``start`` in its paragraph or the two before it (web copy sets a
        sentence or two in each), and where it starts and ends."""
        begin = start
        for _ in range(3):
            begin = self.text[: max(begin - 1, 0)].rstrip().rfind("\n") + 1
        days = [(at, stop, day) for at, stop, day, parts in self.points if begin <= at < start and parts == 3]
        return days[-1] if days else None

    def named_quarter(self, start: int) -> tuple[int, str] | None:
        """The year and the quarter or half ("Q3", "H1") named last before ``start``, in its sentence, or the one
        before where the text reports results: "profit in the fourth quarter rose from the year-earlier period"
        compares two fourth quarters."""
        begin = self.sentences.around(start, start)[0]
        if self.quarterly and begin:
            begin = self.sentences.around(begin - 1, begin - 1)[0]
        named = [value for at, value in self.quarters if begin <= at < start]
        return (int(named[-1][:4]), named[-1][5:]) if named else None

    def stated_before(self, start: int, in_sentence: bool = False) -> bool:
        """Whether the text states a date before ``start``; ``in_sentence``: in the sentence that holds it."""
        begin = self.sentences.around(start, start)[0] if in_sentence else 0
        return any(begin <= at < start for at, _, _, _ in self.points)

    def told_before(self, start: int, unit: str) -> tuple[date, str] | None:
        """The day, week or year (``unit``) that "today" or a "last", "this" or "next" one before ``start``
        in its sentence names, where no date is stated between, and how finely it is known: what one counted back or
        on counts from ("Last year the firm lost money; the previous year it made a profit", "fell today after
        rising the day before")."""
        if self._reference is None or unit not in TOLD_PRECISION:
            return None
        if unit == "week" and self._reference.isoweekday() == 7:
            return None  # told on a Sunday, "last week" may be the week now ending, as the readers of weeks know
        begin = self.sentences.around(start, start)[0]
        told = [m for m in UNIT_TOLD.finditer(self.text, begin, start) if (m["unit"] or "day").lower() == unit]
        if not told or any(told[-1].end() <= at < start for at, _, _, _ in self.points):
            return None
        last = told[-1]
        if last["day"]:
            reference, step = self.anchor(), 0
        else:
            reference, step = self.named_from(last["det"], start)
        return calendar.shift(reference, unit, step), TOLD_PRECISION[unit]

    def named_year(self, rely: str, start: int) -> int:
        """The year "this/last/next year" names, from the document's date; "that year", "the following year",
        from the last date the text gave."""
        reference, step = self.named_from(rely, start)
        return reference.year + step

    def named_from(self, named: str, start: int) -> tuple[date, int]:
        """The date "this", "last" or "next" counts from (the document's) or "that", "the following", "the same"
        (the last the text gave), and how many units on it steps: "the following" is that date and 1."""
        words = named.lower().split()
        return (self.narrative(start) if words[0] in ("that", "the") else self.anchor()), DIRECTION[words[-1]]

    def in_game(self, start: int, end: int) -> bool:
        """Whether ``start``…``end`` tells of a game: the text reports one, or its sentence tells of play."""
        return self.game_report or bool(GAME_PLAY.search(self.text, *self.sentences.around(start, end)))

    def part_begins(self, start: int, end: int) -> int:
        """Where the part of its sentence that ``start``…``end`` lies in begins: the sentence's start, or after the
        last semicolon before it, which parts clauses."""
        begin = self.sentences.around(start, end)[0]
        return max(begin, self.text.rfind(";", begin, start) + 1)

    def word_before(self, start: int) -> str:
        words = re.findall(r"[\w'-]+", self.text[max(0, start - 30) : start])
        return words[-1].lower() if words else ""

    def names_vote(self, start: int, end: int) -> bool:
        """Whether a vote stands right after a month ("the November election") or right before it ("faces
        re-election in November")."""
        return bool(VOTE_AFTER.match(self.text, end)) or self.ends_before(VOTE_BEFORE, start, VOTE_REACH)

    def ends_before(self, pattern: re.Pattern[str], start: int, reach: int = 30) -> bool:
        """Whether ``pattern``, anchored with ``$``, matches the ``reach`` characters just before ``start``."""
        return bool(pattern.search(self.text, max(0, start - reach), start))

    def year_guess(self, start: int) -> int | None:
        """Without a reference date: the last year written out before ``start``, not a deadline ("finished by
        2030"), which no story that follows is told in."""
        years = re.findall(r"(?<!\d)(?<!\bby\s)(?:19|20)\d\d(?!\d)", self.text[:start])
        return int(years[-1]) if years else None
