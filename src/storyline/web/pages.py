"""What each page of the explorer shows, as plain data: the JSON twin of every page, and what its HTML renders.

Each function opens nothing: it is given a read-only store and returns dicts
and lists ready for JSON. Lists come a page at a time with their total.
"""

from __future__ import annotations

from typing import Any

from ..errors import NotFoundError
from ..export import claim_record, document_record, entity_record, event_record, figure_record, quote_record
from ..extract.actors.lookup import find_actor
from ..extract.events.merge import standing
from ..extract.events.relations import relation
from ..extract.time import within
from ..store import Store
from ..story import story, story_record
from ..types import Event

def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """One page of ``items`` with what it takes to get the rest: nothing is cut off without saying so."""
    return _paged(items[offset : offset + limit], len(items), limit, offset)


def _paged(shown: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    following = offset + limit if offset + limit < total else None
    return {"total": total, "offset": offset, "limit": limit, "next_offset": following, "items": shown}


def search(store: Store, query: str, kind: str | None, limit: int, offset: int) -> dict[str, Any]:
    total, hits = store.search(query, kind, limit, offset)
    for hit in hits:
        hit["url"] = _url(hit)
    return _paged(hits, total, limit, offset) | {"query": query, "kind": kind}


def _url(hit: dict[str, str]) -> str:
    if hit["kind"] == "claim":
        return f"/claims/{hit['ref']}"
    if hit["kind"] == "quote":
        doc, start = hit["ref"].split(":")
        return f"/documents/{doc}#s{start}"
    return f"/documents/{hit['ref']}"


def documents(store: Store, limit: int, offset: int) -> dict[str, Any]:
    copies = store.copies()
    rows = [{"id": d.id, "title": d.title, "outlet": d.outlet, "published": d.published.value, "source": d.source,
             "copy_of": copies[d.id][0] if d.id in copies else None} for d in store.documents()]  # fmt: skip
    return page(rows, limit, offset)


def document(store: Store, doc_id: str) -> dict[str, Any]:
    """One document with everything found in it, as spans of its text."""
    doc = store.get(doc_id)
    if doc.id != doc_id:
        raise NotFoundError(f"no document has the id {doc_id!r}", "List ids at /api/documents")
    record = document_record(doc)
    record["mentions"] = store.actor_mentions(doc.id)
    record["timexes"] = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
                         for t in doc.timexes]  # fmt: skip
    record["quotes"] = [quote_record(doc.id, q) for _, q in store.quotes(doc.id)]
    record["figures"] = [figure_record(d, f) for d, f in store.figures(doc.id)]
    return record


def actors(store: Store, limit: int, offset: int) -> dict[str, Any]:
    rows = [{"id": a.id, "name": a.name, "type": a.type, "country": a.country, "sector": a.sector,
             "mentions": len(a.mentions), "documents": len(a.documents)} for a in store.actors()]  # fmt: skip
    return page(rows, limit, offset)


def actor(store: Store, actor_id: str) -> dict[str, Any]:
    found = find_actor(store.actors(), actor_id)
    record = entity_record(found)
    record["events"] = [event_record(e) for e in store.events() if found.id in e.source + e.target]
    return record


def relation_between(store: Store, first: str, second: str) -> dict[str, Any]:
    known = store.actors()
    a, b = find_actor(known, first), find_actor(known, second)
    periods = relation(store.events(), a.id, b.id, "month", standing(known))
    return {"first": {"id": a.id, "name": a.name}, "second": {"id": b.id, "name": b.name},
            "periods": [{"period": p.period, "net_cooperation": p.net, "events": [event_record(e) for e in p.events]}
                        for p in periods]}  # fmt: skip


def claims(store: Store, status: str | None, limit: int, offset: int) -> dict[str, Any]:
    rows = [claim_record(c) for c in store.claims() if status is None or c.status == status]
    return page(rows, limit, offset) | {"status": status}


def claim(store: Store, claim_id: str) -> dict[str, Any]:
    found = story(store, claim_id)
    if not found.rows or found.rows[0].id != claim_id:
        raise NotFoundError(f"no claim has the id {claim_id!r}", "List claims at /api/claims")
    return story_record(found)


def timeline_events(store: Store, actor_id: str | None, since: str | None, until: str | None) -> list[Event]:
    """The events on the timeline, for one actor and a period when asked."""
    events = store.events()
    if actor_id:
        wanted = find_actor(store.actors(), actor_id).id
        events = [e for e in events if wanted in e.source + e.target]
    return [e for e in events if within(e.when_value, since, until)]


def timeline(store: Store, actor_id: str | None, since: str | None, until: str | None, limit: int,
             offset: int) -> dict[str, Any]:  # fmt: skip
    return page([event_record(e) for e in timeline_events(store, actor_id, since, until)], limit, offset)
