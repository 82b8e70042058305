"""The stage order, in one place: ingest → clean → extract (time) → store (later: nlp, more extraction, link)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .clean import clean
from .extract.time import VERSION as TIME_VERSION
from .extract.time import tag_document
from .errors import InputError, StorylineError
from .ingest import expand, read_path
from .store import Store
from .types import Document, Published, RawInput

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stored:
    id: str
    source: str
    title: str | None


@dataclass
class IngestReport:
    added: list[Stored] = field(default_factory=list)
    already: list[Stored] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


# Called after each file with its name, the files done and the files in all: drives a progress bar.
Progress = Callable[[str, int, int], None]


def _process(raw: RawInput, store: Store, report: IngestReport) -> None:
    if store.has(raw.id):
        report.already.append(Stored(raw.id, raw.source, None))
        return
    try:
        doc = clean(raw)
    except StorylineError:
        raise
    except Exception as err:  # a bug on one odd page must not stop the batch
        log.debug("cleaning failed for %s", raw.source, exc_info=True)
        raise InputError(raw.source, f"cleaning failed unexpectedly ({type(err).__name__}: {err})",
                         "Please report this with the file attached") from err  # fmt: skip
    _note_encoding(doc, report)
    doc.published, doc.timexes = tag_document(doc.text, doc.published)
    stored = Stored(doc.id, doc.source, doc.title)
    (report.added if store.add(doc, TIME_VERSION) else report.already).append(stored)


def redate(store: Store) -> int:
    """Date again the stored documents that older time rules dated (or none did); how many there were.

    A date the document states is kept; one that was inferred is inferred again.
    """
    stale = store.dated_before(TIME_VERSION)
    for doc in stale:
        stated = Published() if doc.published.inferred else doc.published
        published, timexes = tag_document(doc.text, stated)
        store.set_time(doc.id, published, timexes, TIME_VERSION)
    return len(stale)


def _note_encoding(doc: Document, report: IngestReport) -> None:
    if doc.encoding not in ("utf-8", "utf-8-sig"):
        report.notes.append(f"{doc.source}: not valid UTF-8; decoded as {doc.encoding}")


def ingest(paths: Iterable[str], store: Store, max_bytes: int, progress: Progress | None = None) -> IngestReport:
    """Read, clean and store every document under ``paths``; one bad file is reported and the rest go on.

    Store errors (a locked or read-only store) stop the batch: no later write could succeed.
    """
    report = IngestReport()
    redated = redate(store)
    if redated:
        report.notes.append(f"dated {redated} stored document(s) again with the current time rules")
    items = list(expand(paths))
    for done, item in enumerate(items, start=1):
        records = [item] if isinstance(item, InputError) else read_path(item, max_bytes)
        for raw in records:
            try:
                if isinstance(raw, InputError):
                    raise raw
                _process(raw, store, report)
            except InputError as err:
                report.failed.append(err)
        if progress:
            progress(getattr(item, "source", item), done, len(items))
    return report
