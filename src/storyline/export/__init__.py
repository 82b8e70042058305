"""Export the store in the contract's JSON (schema version 1), as JSON Lines, as CSV, or as an actor network.

Every JSON export is validated against the contract's schema before it is
written, so a malformed export never leaves the program.
"""

from __future__ import annotations

import csv
import hashlib
import json
from functools import cache
from importlib.resources import files
from typing import Any, Literal, TextIO

import jsonschema

from .. import __version__
from ..errors import ExportError
from ..store import Store
from ..types import Actor, Claim, Document, Event, Figure, Place, Quote
from .graph import write_gexf, write_graphml

SCHEMA_VERSION = "1"
SECTIONS = ("documents", "entities", "events", "quotes", "figures", "claims")
Format = Literal["json", "jsonl", "csv", "graphml", "gexf"]
FORMATS: tuple[Format, ...] = ("json", "jsonl", "csv", "graphml", "gexf")


@cache
def contract_schema() -> dict[str, Any]:
    return json.loads(files(__package__).joinpath("export-schema.json").read_text(encoding="utf-8"))


def document_record(doc: Document) -> dict[str, Any]:
    return {
        "id": doc.id,
        "source": doc.source,
        "title": doc.title,
        "subtitle": doc.subtitle,
        "authors": doc.authors,
        "outlet": doc.outlet,
        "published": {
            "value": doc.published.value,
            "precision": doc.published.precision,
            "inferred": doc.published.inferred,
            "evidence": doc.published.evidence,
        },
        "language": doc.language,
        "text": doc.text,
        "removed": [{"text": r.text, "kind": r.kind} for r in doc.removed],
    }


def entity_record(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "type": actor.type,
        "aliases": actor.aliases,
        "country": actor.country,
        "sector": actor.sector,
        "roles": actor.roles,
        "mentions": [{"doc": m.doc, "start": m.start, "end": m.end, "text": m.text} for m in actor.mentions],
    }


def _span_id(kind: str, doc_id: str, start: int, end: int) -> str:
    """A stable id for an item found at a span of a document: the same on every export of the same store."""
    return kind + hashlib.sha1(f"{doc_id}:{start}:{end}".encode()).hexdigest()[:10]


def when_record(value: str | None, precision: str | None, text: str | None) -> dict[str, str | None]:
    """The contract's ``when`` of an event, which quotes, figures and claims carry too: all null where the text gives
    no time."""
    return {"value": value, "precision": precision, "text": text}


def quote_record(doc_id: str, quote: Quote) -> dict[str, Any]:
    return {
        "id": _span_id("q", doc_id, quote.start, quote.end),
        "doc": doc_id,
        "speaker": quote.speaker,
        "speaker_text": quote.speaker_text,
        "text": quote.text,
        "direct": quote.direct,
        "start": quote.start,
        "end": quote.end,
        "when": when_record(quote.when_value, quote.when_precision, quote.when_text),
    }


def figure_record(doc_id: str, figure: Figure) -> dict[str, Any]:
    return {
        "id": _span_id("f", doc_id, figure.start, figure.end),
        "doc": doc_id,
        "value": figure.value,
        "unit": figure.unit,
        "text": figure.text,
        "subject": figure.subject,
        "start": figure.start,
        "end": figure.end,
        "when": when_record(figure.when_value, figure.when_precision, figure.when_text),
    }


def evidence_record(place: Place) -> dict[str, Any]:
    """One sentence an item rests on, per the contract's evidence entries."""
    return {"doc": place.doc, "start": place.start, "end": place.end, "text": place.text}


def event_record(event: Event) -> dict[str, Any]:
    return {
        "id": event.id,
        "type": event.type,
        "summary": event.summary,
        "source": event.source,
        "target": event.target,
        "when": when_record(event.when_value, event.when_precision, event.when_text),
        "status": event.status,
        "polarity": event.polarity,
        "intensity": event.intensity,
        "evidence": [evidence_record(p) for p in event.evidence],
    }


def claim_record(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.id,
        "text": claim.text,
        "evidence": [evidence_record(p) for p in claim.evidence],
        "sources": claim.sources,
        "status": claim.status,
        "related": [{"claim": other, "relation": how} for other, how in claim.related],
        "when": when_record(claim.when_value, claim.when_precision, claim.when_text),
    }


def validate(export: dict[str, Any]) -> None:
    """Raise ExportError naming the first place where ``export`` breaks the contract."""
    try:
        jsonschema.validate(export, contract_schema())
    except jsonschema.ValidationError as err:
        where = "/".join(str(p) for p in err.absolute_path) or "(top level)"
        raise ExportError(f"the export breaks the contract at {where}: {err.message}", "Please report this bug") from err


def build_export(store: Store) -> dict[str, Any]:
    """The whole store as one contract object."""
    export: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "generator": f"storyline {__version__}"}
    export.update({section: [] for section in SECTIONS})
    export["documents"] = [document_record(doc) for doc in store.documents()]
    export["entities"] = [entity_record(actor) for actor in store.actors()]
    export["events"] = [event_record(event) for event in store.events()]
    export["quotes"] = [quote_record(doc_id, quote) for doc_id, quote in store.quotes()]
    export["figures"] = [figure_record(doc_id, figure) for doc_id, figure in store.figures()]
    export["claims"] = [claim_record(claim) for claim in store.claims()]
    validate(export)
    return export


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_csv(items: list[dict[str, Any]], section: str, out: TextIO) -> None:
    columns = list(items[0]) if items else list(contract_schema()["properties"][section]["items"]["required"])
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow({k: _csv_cell(v) for k, v in item.items()})


def write_export(store: Store, fmt: Format, out: TextIO, section: str = "documents") -> int:
    """Write the export to ``out``; returns how many items it holds. CSV writes one section."""
    if section not in SECTIONS:
        raise ExportError(f"there is no section {section!r}", f"Choose one of: {', '.join(SECTIONS)}")
    if fmt in ("graphml", "gexf"):
        write = write_graphml if fmt == "graphml" else write_gexf
        return write(store.actors(), store.events(), out)
    export = build_export(store)
    if fmt == "json":
        json.dump(export, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        for name in SECTIONS:
            for item in export[name]:
                out.write(json.dumps({"section": name, "item": item}, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        _write_csv(export[section], section, out)
        return len(export[section])
    else:
        raise ExportError(f"unknown export format {fmt!r}", f"Choose one of: {', '.join(FORMATS)}")
    return sum(len(export[name]) for name in SECTIONS)
