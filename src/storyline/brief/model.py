"""What a briefing holds, read from the store and cut to an actor and a period: sources, timeline, actors and
their network, relations over time, quotes, figures and claims, each statement with its evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from ..export.graph import network
from ..extract.actors.lookup import find_actor
from ..extract.events.merge import standing
from ..extract.events.relations import relation
from ..extract.quotes import wording
from ..extract.time import within
from ..store import Store
from ..types import Actor, Claim, Document, Event, Figure, Place, Quote

MAIN_RELATIONS = 3  # the pairs of actors with most events get a chart of how their relation moved
QUOTES_PER_SPEAKER = 4


@dataclass
class Evidence:
    """One sentence that a statement rests on, in its paragraph, with its source."""

    id: str
    doc: Document
    start: int
    end: int
    before: str
    text: str
    after: str


@dataclass
class Said:
    """A speaker's words, as one or more documents give them, and the day the first attribution that gives one
    says they were said on."""

    text: str
    direct: bool
    places: list[Place]
    when: str | None = None


@dataclass
class Relation:
    first: Actor
    second: Actor
    months: list[tuple[str, float, int]]  # month, net cooperation of what occurred, events


@dataclass
class Brief:
    scope: str
    sources: list[Document]
    copies: dict[str, str]
    events: list[Event]
    actors: dict[str, Actor]
    edges: dict[tuple[str, str], dict[str, float]]
    relations: list[Relation]
    quotes: dict[str, list[Said]]  # by speaker name
    figures: list[tuple[str, Figure]]
    claims: dict[str, list[Claim]]  # by status
    library: dict[str, Document]  # every stored document: evidence may lie outside the period shown
    evidence: dict[tuple[str, int, int], Evidence] = field(default_factory=dict)

    def cite(self, place: Place) -> str:
        """The id of the evidence entry for a span, made on first use."""
        key = (place.doc, place.start, place.end)
        if key not in self.evidence:
            doc = self.library[place.doc]
            self.evidence[key] = Evidence(f"e{len(self.evidence) + 1}", doc, place.start, place.end,
                                          *_in_paragraph(doc.text, place.start, place.end))  # fmt: skip
        return self.evidence[key].id


def build_brief(store: Store, actor: str | None = None, since: str | None = None, until: str | None = None) -> Brief:
    """The briefing for the whole store, or for one actor (a name, alias or id) and a period (YYYY[-MM[-DD]])."""
    actors = store.actors()
    wanted = find_actor(actors, actor) if actor else None
    library = {d.id: d for d in store.documents()}
    docs = [d for d in library.values() if within(d.published.value, since, until)]
    if wanted:
        named = {m.doc for m in wanted.mentions}
        docs = [d for d in docs if d.id in named]
    ids = {d.id for d in docs}
    events = [e for e in store.events() if {p.doc for p in e.evidence} & ids and within(e.when_value, since, until)
              and (not wanted or wanted.id in e.source + e.target)]  # fmt: skip
    by_id = {a.id: a for a in actors}
    # The network and the relations show what actors did to each other; who spoke about whom is in the quotes.
    interactions = [e for e in events if e.type != "STATEMENT"]
    nodes, edges = network(actors, interactions)
    said = [(d, q) for d, q in store.quotes() if d in ids and q.speaker and (not wanted or q.speaker == wanted.id)]
    quotes = _quotes(sorted(said, key=lambda dq: (library[dq[0]].published.value or "9999", dq[0])), by_id)
    claims: dict[str, list[Claim]] = defaultdict(list)
    for claim in store.claims():
        if {p.doc for p in claim.evidence} & ids and (not wanted or _names(claim.evidence, wanted)):
            claims[claim.status].append(claim)
    copies = {doc: original for doc, (original, _) in store.copies().items() if doc in ids}
    return Brief(
        _scope(wanted, since, until), sorted(docs, key=lambda d: (d.published.value or "", d.id)), copies, events,
        {a.id: a for a in nodes} | ({wanted.id: wanted} if wanted else {}), edges, _relations(interactions, by_id),
        quotes, [(d, f) for d, f in store.figures() if d in ids], dict(claims), library,
    )  # fmt: skip


def _scope(actor: Actor | None, since: str | None, until: str | None) -> str:
    parts = [actor.name] if actor else ["all actors"]
    if since or until:
        parts.append(f"{since or '…'} to {until or '…'}")
    return ", ".join(parts)


def _names(evidence: list[Place], actor: Actor) -> bool:
    return any(m.doc == p.doc and p.start <= m.start < p.end for p in evidence for m in actor.mentions)


def _quotes(quotes: list[tuple[str, Quote]], actors: dict[str, Actor]) -> dict[str, list[Said]]:
    """The speakers with most things said first, direct quotes before reported speech; the same words in several
    documents are said once, cited from each."""
    grouped: dict[str, dict[str, Said]] = defaultdict(dict)
    for doc, quote in quotes:
        name = actors[quote.speaker].name if quote.speaker in actors else quote.speaker or ""
        said = grouped[name].setdefault(wording(quote.text), Said(quote.text, quote.direct, []))
        said.places.append(Place(doc, quote.start, quote.end, quote.text))
        said.when = said.when or quote.when_value
    ranked = sorted(grouped.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return {name: sorted(said.values(), key=lambda s: not s.direct)[:QUOTES_PER_SPEAKER] for name, said in ranked}


def _relations(events: list[Event], actors: dict[str, Actor]) -> list[Relation]:
    """The ``MAIN_RELATIONS`` pairs of actors with most events that have a date, on either side or together ("Somalia
    and Egypt signed"); of pairs with as many, the most mentioned (the story's own actors before a passing visitor).
    An official's events are their country's."""
    officials = standing(list(actors.values()))
    pairs: Counter[frozenset[str]] = Counter()
    for event in events:
        if event.when_value:
            taking_part = sorted({officials.get(a, a) for a in event.source + event.target})
            pairs.update(frozenset(pair) for pair in combinations(taking_part, 2))

    def rank(pair: frozenset[str]) -> tuple[float, int, list[str]]:
        return -pairs[pair], -sum(len(actors[a].mentions) for a in pair), sorted(actors[a].name for a in pair)

    found: list[Relation] = []
    for pair in sorted(pairs, key=rank):
        first, second = sorted(pair, key=lambda a: actors[a].name)
        months = [(p.period, p.net, len(p.events)) for p in relation(events, first, second, "month", officials)
                  if p.period != "undated"]  # fmt: skip
        if months:
            found.append(Relation(actors[first], actors[second], months))
        if len(found) == MAIN_RELATIONS:
            break
    return found


def _in_paragraph(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The paragraph around a span, cut at blank lines, as (before, span, after)."""
    begin = text.rfind("\n\n", 0, start)
    stop = text.find("\n\n", end)
    return text[begin + 2 if begin >= 0 else 0 : start], text[start:end], text[end : stop if stop >= 0 else len(text)]
