"""Types that travel between stages: what ingest reads and what cleaning makes of it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

InputFormat = Literal["text", "html"]


def content_id(data: bytes) -> str:
    """The stable document id: the same bytes always give the same id."""
    return hashlib.sha256(data).hexdigest()[:16]


@dataclass(frozen=True)
class RawInput:
    """One document as read, before cleaning.

    ``data`` is the content as bytes (decompressed); ``id`` comes from the bytes
    the document arrived as (the file, or its JSON Lines record); ``hints`` holds
    metadata a JSON Lines record stated (title, published, outlet), which wins
    over what cleaning finds.
    """

    id: str
    source: str
    data: bytes
    format: InputFormat
    hints: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Published:
    value: str | None = None
    precision: Literal["day", "month", "year"] | None = None
    inferred: bool = False
    evidence: str | None = None


@dataclass(frozen=True)
class Removed:
    """A block cleaning took out, with its contract kind and the signals behind the decision."""

    text: str
    kind: str
    why: str = ""


@dataclass(frozen=True)
class Timex:
    """A temporal expression, TIMEX3-style: where it is, its type and its normalized value.

    ``value`` is a TIMEX3 value (``2024-05-16``, ``2024-W21``, ``P3Y``, ``PAST_REF``,
    ``XXXX-06-03`` when no year can be known); ``guess`` marks a value that rests on
    a year the text left out or on a document date that was itself inferred.
    ``role`` is ``list-date`` for the date heading an item of a dated list ("16 May
    2024: …"), ``background`` for the dates of listed background articles, which
    are no event dates, and ``text`` otherwise. ``freq`` is how often a set comes
    round in each of its periods ("twice a week": ``P1W``, freq ``2X``).
    """

    start: int
    end: int
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    mod: str | None = None
    guess: bool = False
    role: Literal["text", "list-date", "background"] = "text"
    freq: str | None = None


@dataclass(frozen=True)
class Mention:
    """A name or description of an actor in one document, as the text gives it.

    ``label`` is the entity label (PERSON, ORG, GPE, NORP, LOC), DESC for a
    description that refers back to a person ("the former defence minister"), or
    PRON for a personal pronoun, whose ``antecedent`` is the start of the person
    mention it refers to; a person's other name ("…, known as Irro") has the
    start of the name it is given for as its ``antecedent``.
    ``role`` is a post stated beside a name ("Sergei Shoigu, the secretary of …",
    "Foreign Minister Sergey Lavrov"); ``political`` marks a place that acts, so
    stands for its government ("Moscow has continued …").
    """

    start: int
    end: int
    text: str
    label: str
    role: str | None = None
    political: bool = False
    antecedent: int | None = None


@dataclass(frozen=True)
class Quote:
    """Words someone said: inside quotation marks (``direct``) or reported ("X said that …").

    ``start``…``end`` is the span of the words in the document text;
    ``source_start``…``source_end`` the span that names the speaker, and
    ``speaker_text`` the words that attribute them ("says Oz Hassan", "he said").
    ``speaker`` is the id of the actor that span names, once actors are linked.
    ``when_*`` is the contract's ``when`` of the speech itself, where the words
    that attribute it give one ("Fidan said on Tuesday"). ``perfect`` marks a
    speech told in the perfect ("has said"): made at some time before the
    writing, so the document's date is not its date.
    """

    start: int
    end: int
    text: str
    direct: bool
    source_start: int | None = None
    source_end: int | None = None
    speaker_text: str | None = None
    speaker: str | None = None
    when_value: str | None = None
    when_precision: str | None = None
    when_text: str | None = None
    perfect: bool = False


@dataclass(frozen=True)
class Figure:
    """A number the text gives, per the contract's ``figures``: "$289 million" is 289000000 USD.

    ``when_*`` is the contract's ``when`` of what it measures, where its clause gives one ("$289 million in 2023").
    """

    start: int
    end: int
    text: str
    value: float
    unit: str
    subject: str | None = None
    when_value: str | None = None
    when_precision: str | None = None
    when_text: str | None = None


@dataclass(frozen=True)
class Report:
    """One sentence's report of an event, before reports of the same event are merged into one.

    ``sources`` and ``targets`` are the spans that name the participants; the
    trigger is the verb or noun that tells of the event; ``when_*`` is the
    contract's ``when``. ``narrative`` marks a report that tells the line of a
    story: one its own words date in the main clause, which sets the story's
    date ("On Monday the envoy arrived"), or a verb in the simple past of a
    main clause that tells what happened next, which that date may date ("He
    then met the president"). ``perfect`` marks a report told in the perfect
    with no date of its own words ("Ethiopia has signed a memorandum"): done at
    some time before the writing, so undated, but a report of a day before it
    in the same story may tell the same deed.
    """

    type: str
    status: str
    intensity: float
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    sources: list[tuple[int, int]]
    targets: list[tuple[int, int]]
    when_value: str | None = None
    when_precision: str | None = None
    when_text: str | None = None
    narrative: bool = False
    perfect: bool = False


@dataclass(frozen=True)
class Read:
    """What is read from one document's parse: actor mentions, quotes and figures."""

    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)


@dataclass(frozen=True)
class Place:
    """Where in the corpus an actor is mentioned: the document and the span of its text."""

    doc: str
    start: int
    end: int
    text: str
    label: str = ""


@dataclass
class Event:
    """One event, per the contract's ``events``: every report of it, in any document, is one evidence entry."""

    id: str
    type: str
    summary: str
    status: str
    polarity: str
    intensity: float
    source: list[str]
    target: list[str]
    when_value: str | None
    when_precision: str | None
    when_text: str | None
    evidence: list[Place] = field(default_factory=list)


@dataclass
class Actor:
    """One real-world actor across every document, per the contract's ``entities``."""

    id: str
    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    mentions: list[Place] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        return sorted({m.doc for m in self.mentions})


@dataclass
class Document:
    id: str
    source: str
    format: InputFormat
    encoding: str
    raw: bytes
    text: str
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: Published = field(default_factory=Published)
    language: str = "en"
    removed: list[Removed] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)

    @property
    def dateline(self) -> str | None:
        """The dateline cleaning took off, which may name the day the document was filed on."""
        return next((removed.text for removed in self.removed if removed.kind == "dateline"), None)


@dataclass(frozen=True)
class Statement:
    """One sentence that states a fact about actors: what claims are made of.

    ``negated``: it says something is not so; ``denied``: it reports a denial.
    ``time`` is the time it tells of: its own date (``dated``) or else its
    document's. ``when`` is the time it holds at, the first of its own dates
    that it is not ordered against ("since Monday's debate" is no such time),
    and ``time_text`` the words that give it.
    ``holds``: the agreement it says is still valid (True) or void (False), by
    the noun it names it with ("the memorandum remained valid", "described the
    memorandum as null and void").
    """

    doc: str
    start: int
    end: int
    text: str
    actors: tuple[str, ...]
    types: tuple[str, ...] = ()
    negated: bool = False
    denied: bool = False
    figures: tuple[tuple[float, str], ...] = ()  # value and unit
    time: str | None = None
    dated: bool = False
    when: str | None = None
    time_text: str | None = None
    holds: tuple[str, bool] | None = None


@dataclass
class Claim:
    """A fact stated by one or more documents, per the contract's ``claims``."""

    id: str
    text: str
    status: str
    sources: list[str]
    evidence: list[Place] = field(default_factory=list)
    related: list[tuple[str, str]] = field(default_factory=list)  # (claim id, relation)
    when_value: str | None = None  # the contract's ``when`` of the fact, where a statement of it gives one
    when_precision: str | None = None
    when_text: str | None = None
