"""The stage order, in one place: ingest → clean → extract (time; nlp → mentions, quotes, figures, event reports)
→ store → link (actors, then events, then claims across sources)."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .clean import clean
from .extract import READ_VERSION
from .extract.actors import find_mentions, link
from .extract.events import date_figures, date_speech, find_reports
from .extract.claims import embed, find_copies, find_statements, key, link_claims
from .extract.events.merge import mention_index, merge, statements
from .extract.figures import find_figures
from .extract.quotes import find_quotes
from .extract.time import VERSION as TIME_VERSION
from .extract.time.when import timeline_key
from .extract.time import tag_document
from .errors import InputError, StorylineError
from .ingest import expand, read_path
from .store import Store
from .types import Actor, Document, Published, Quote, RawInput, Read, Report, Statement

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


def _process(raw: RawInput, store: Store, report: IngestReport, reader: Reader) -> None:
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
    doc.published, doc.timexes = tag_document(doc.text, doc.published, doc.dateline)
    read, version = _read(doc, reader, report)
    doc.mentions, doc.quotes, doc.figures, doc.reports = read.mentions, read.quotes, read.figures, read.reports
    stored = Stored(doc.id, doc.source, doc.title)
    (report.added if store.add(doc, TIME_VERSION, version) else report.already).append(stored)


def dated_file(path: str, stated: Published, max_bytes: int) -> Document:
    """One article file, read and cleaned as ingest would, with its date (``stated`` wins where it has one) and its
    temporal expressions; nothing is stored."""
    records = list(read_path(path, max_bytes))
    failed = next((r for r in records if isinstance(r, InputError)), None)
    if failed is not None:
        raise failed
    if len(records) != 1:
        raise InputError(path, f"it holds {len(records)} articles", "Ingest it, then give one with --doc ID")
    (raw,) = (r for r in records if isinstance(r, RawInput))
    doc = clean(raw)
    doc.published, doc.timexes = tag_document(doc.text, stated if stated.value else doc.published, doc.dateline)
    return doc


def _read(doc: Document, reader: Reader, report: IngestReport) -> tuple[Read, int]:
    """What the parse gives, with the rules' version; a bug there stores the document without it, to be read
    again by the next ingest, rather than losing the document."""
    try:
        return reader(doc), READ_VERSION
    except StorylineError:
        raise
    except Exception as err:
        log.debug("reading the parse failed for %s", doc.source, exc_info=True)
        report.notes.append(f"{doc.source}: reading actors, quotes and figures failed ({type(err).__name__}: {err}); "
                            "stored without them. Please report this with the file attached")  # fmt: skip
        return Read(), 0


class Reader:
    """Parses a document with the language pipeline, loaded the first time a document needs it, and reads its
    actor mentions, quotes, figures and event reports from the parse, quotes and figures with their dates."""

    def __init__(self, model: str = "storyline") -> None:
        self.model = model
        self._nlp: Callable[[str], object] | None = None

    def __call__(self, doc: Document) -> Read:
        if doc.language != "en":
            return Read()  # the shipped pipeline reads English only
        if self._nlp is None:
            from .nlp import load  # spaCy takes a second to import; only documents to read need it

            self._nlp = load(self.model)
        parsed = self._nlp(doc.text)
        dates = [(t.start, t.end) for t in doc.timexes]
        quotes = date_speech(parsed, find_quotes(parsed), doc.timexes, doc.published)  # type: ignore[arg-type]
        figures = find_figures(parsed, dates)  # type: ignore[arg-type]
        figures = date_figures(parsed, figures, doc.timexes, doc.published)  # type: ignore[arg-type]
        return Read(find_mentions(parsed), quotes, figures,  # type: ignore[arg-type]
                    find_reports(parsed, doc.timexes, doc.published))  # type: ignore[arg-type]  # fmt: skip


def reread(store: Store, reader: Reader) -> int:
    """Read again the stored documents that older rules read (or none did); how many there were."""
    stale = store.stale("read", READ_VERSION)
    for doc in stale:
        store.set_read(doc.id, reader(doc), READ_VERSION)
    return len(stale)


def relink(store: Store) -> None:
    """Link every stored mention to its actor across all documents, merge the event reports between those
    actors into events, and link the documents' statements into claims."""
    actors = link(store.mentions())
    store.replace_actors(actors)
    reports, quotes = store.reports(), store.quotes()
    dates = store.dates()
    events = merge(reports, actors, dates) + statements(quotes, actors, dates)
    store.replace_events(sorted(events, key=lambda e: (timeline_key(e.when_value), e.id)))
    link_sources(store, actors, reports, quotes)


def link_sources(store: Store, actors: list[Actor], reports: list[tuple[str, str, Report]],
                 quotes: list[tuple[str, Quote]]) -> None:  # fmt: skip
    """Find the near-duplicate copies among the stored documents, link their statements into claims, and index
    documents, quotes and claims for search."""
    docs = list(store.documents())
    copies = find_copies([(d.id, d.text) for d in docs])
    found = _statements(store, docs, actors, reports, quotes)
    texts = [" ".join(s.text.split()) for s in found]
    vectors, new = embed(texts, store.vectors([key(t) for t in texts]))
    store.put_vectors(new)
    store.replace_claims(link_claims(found, vectors, copies, {d.id: d.outlet for d in docs}), copies)
    store.rebuild_search()


def _statements(store: Store, docs: list[Document], actors: list[Actor], reports: list[tuple[str, str, Report]],
                quotes: list[tuple[str, Quote]]) -> list[Statement]:  # fmt: skip
    mentions, timexes = mention_index(actors), store.all_timexes()
    by_doc: dict[str, tuple[list, list, list]] = defaultdict(lambda: ([], [], []))
    for doc_id, _, report in reports:
        by_doc[doc_id][0].append(report)
    for doc_id, figure in store.figures():
        by_doc[doc_id][1].append(figure)
    for doc_id, quote in quotes:
        by_doc[doc_id][2].append(quote)
    return [s for d in docs for s in find_statements(d, mentions[d.id], timexes.get(d.id, []), *by_doc[d.id])]


def redate(store: Store) -> int:
    """Date again the stored documents that older time rules dated (or none did); how many there were.

    A date the document states is kept; one that was inferred is inferred again.
    """
    stale = store.stale("time", TIME_VERSION)
    for doc in stale:
        stated = Published() if doc.published.inferred else doc.published
        published, timexes = tag_document(doc.text, stated, doc.dateline)
        store.set_time(doc.id, published, timexes, TIME_VERSION)
    return len(stale)


def _note_encoding(doc: Document, report: IngestReport) -> None:
    if doc.encoding not in ("utf-8", "utf-8-sig"):
        report.notes.append(f"{doc.source}: not valid UTF-8; decoded as {doc.encoding}")


def ingest(
    paths: Iterable[str], store: Store, max_bytes: int, progress: Progress | None = None, model: str = "storyline"
) -> IngestReport:
    """Read, clean, analyse and store every document under ``paths``, then link the actors of the whole store.

    One bad file is reported and the rest go on. Store errors (a locked or
    read-only store) and a language pipeline that cannot load stop the batch.
    """
    report = IngestReport()
    reader = Reader(model)
    redated, reread_ = redate(store), reread(store, reader)
    if redated or reread_:
        report.notes.append(f"analysed {max(redated, reread_)} stored document(s) again with the current rules")
    items = list(expand(paths))
    for done, item in enumerate(items, start=1):
        records = [item] if isinstance(item, InputError) else read_path(item, max_bytes)
        for raw in records:
            try:
                if isinstance(raw, InputError):
                    raise raw
                _process(raw, store, report, reader)
            except InputError as err:
                report.failed.append(err)
        if progress:
            progress(getattr(item, "source", item), done, len(items))
    if report.added or redated or reread_:  # actors and events span the whole store: rebuild only on change
        if progress:
            progress("linking actors, events and claims across the store…", len(items), len(items))
        relink(store)
    return report
