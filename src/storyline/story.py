"""One story, every source side by side: a claim with the claims it agrees with, contradicts or changes, or an
event with its reports, laid out by the documents that tell it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .errors import NotFoundError
from .export import evidence_record
from .extract.claims import independent
from .extract.claims.relate import INVERSE
from .store import Store
from .types import Claim, Document, Place


@dataclass
class Row:
    """One statement of the story: what it is, how it stands, and the words each source gives for it."""

    id: str
    text: str
    status: str
    relation: str | None  # how it stands to the story's first row: contradicts, supersedes, superseded-by
    said: dict[str, Place] = field(default_factory=dict)  # by document id
    independent: int = 0  # the sources that say it, copies and repeats of one outlet counted once


@dataclass
class Story:
    rows: list[Row]
    sources: list[Document]  # in date order
    copies: dict[str, str]  # copy id -> the original it repeats
    independent: int  # outlets, copies and repeats counted once


def story(store: Store, item_id: str) -> Story:
    """The story of a claim or an event, by its id or a unique prefix of it."""
    claims, events = {c.id: c for c in store.claims()}, {e.id: e for e in store.events()}
    found = _unique([i for i in [*claims, *events] if i.startswith(item_id)], item_id)
    if found in claims:
        rows = _claim_rows(claims[found], claims)
    else:
        event = events[found]
        rows = [Row(event.id, event.summary, event.status, None, _by_doc(event.evidence))]
    docs, copies = {d.id: d for d in store.documents()}, store.copies()
    used = sorted({doc for row in rows for doc in row.said})
    sources = sorted((docs[d] for d in used), key=lambda d: (d.published.value or "", d.id))
    outlets = {d.id: d.outlet for d in docs.values()}
    for row in rows:
        row.independent = len(independent(sorted(row.said), copies, outlets))
    count = len(independent(used, copies, outlets))
    return Story(rows, sources, {d: original for d, (original, _) in copies.items() if d in used}, count)


def _unique(ids: list[str], prefix: str) -> str:
    if len(set(ids)) != 1:
        what = "no claim or event has" if not ids else "more than one claim or event has"
        raise NotFoundError(f"{what} an id starting with {prefix!r}",
                            "List claims with 'storyline claims' and events with 'storyline timeline --json'")  # fmt: skip
    return ids[0]


def _claim_rows(first: Claim, claims: dict[str, Claim]) -> list[Row]:
    rows = [Row(first.id, first.text, first.status, None, _by_doc(first.evidence))]
    for other, how in first.related:
        if other in claims:
            claim = claims[other]
            rows.append(Row(claim.id, claim.text, claim.status, INVERSE[how], _by_doc(claim.evidence)))
    return rows


def _by_doc(evidence: list[Place]) -> dict[str, Place]:
    said: dict[str, Place] = {}
    for place in evidence:
        said.setdefault(place.doc, place)
    return said


def story_record(found: Story) -> dict[str, Any]:
    """A story as JSON: its sources, and per row what each source says."""
    return {
        "sources": [{"doc": d.id, "outlet": d.outlet, "published": d.published.value, "title": d.title,
                     "copy_of": found.copies.get(d.id)} for d in found.sources],
        "independent_sources": found.independent,
        "rows": [{"id": r.id, "text": r.text, "status": r.status, "relation": r.relation,
                  "independent_sources": r.independent,
                  "said": [evidence_record(p) for p in r.said.values()]}
                 for r in found.rows],
    }  # fmt: skip
