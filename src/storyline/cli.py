"""The ``storyline`` command: each command parses its options, calls one library function and renders the result."""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Optional, TypeVar

import typer
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .brief import build_brief, render_html, render_markdown
from .config import Config, load_config
from .errors import ConfigError, InputError, StorylineError
from .extract.actors.lookup import ID_SHOWN, find_actor
from .extract.events.merge import standing
from .extract.events.relations import PERIODS, relation
from .extract.time import tag_document, when, within
from .extract.time.document import date_value
from .extract.time.sentences import Sentences
from .export import (
    FORMATS, SECTIONS, claim_record, document_record, entity_record, event_record, figure_record, quote_record,
    write_export,
)  # fmt: skip
from .ingest import names_article_file
from .pipeline import IngestReport, dated_file, ingest
from .story import story, story_record
from .store import Store
from .types import Actor, Document, Event, Published, Timex

app = typer.Typer(
    help="Storyline: turn a pile of news articles into a sourced, time-aware picture of the story.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True, highlight=False)
err = Console(stderr=True, soft_wrap=True, highlight=False)

T = TypeVar("T")
EXIT_INPUT_FAILED = 1
EXIT_ERROR = 2

DbOption = Annotated[
    Optional[Path],
    typer.Option("--db", help="The store file (default ./storyline.db, or $STORYLINE_DB).", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
OutputOption = Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")]
SinceOption = Annotated[Optional[str], typer.Option("--since", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOption = Annotated[Optional[str], typer.Option("--until", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", help="The spaCy pipeline: 'storyline' (shipped, the default), a package or a folder.",
                 show_default=False),
]  # fmt: skip

model_app = typer.Typer(help="The language pipeline: describe it, try it on text, measure it.", no_args_is_help=True)
app.add_typer(model_app, name="model")


def _version(value: bool) -> None:
    if value:
        out.print(f"storyline {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Storyline: turn a pile of news articles into a sourced, time-aware picture of the story."""


def _fail(error: StorylineError) -> typer.Exit:
    err.print(f"error: {escape(str(error))}")
    return typer.Exit(EXIT_ERROR)


@contextmanager
def _store(config: Config, readonly: bool = False) -> Iterator[Store]:
    try:
        with Store(config.db, timeout=config.lock_timeout_s, readonly=readonly) as store:
            yield store
    except StorylineError as error:
        raise _fail(error) from error


def _read(db: Path | None, read: Callable[[Store], T]) -> T:
    """What ``read`` gets from the store, opened read-only; a failure is printed and ends the command."""
    with _store(_config(db=db), readonly=True) as store:
        try:
            return read(store)
        except StorylineError as error:
            raise _fail(error) from error


def _config(**overrides: Any) -> Config:
    try:
        return load_config(overrides)
    except StorylineError as error:
        raise _fail(error) from error


def _progress_bar(label: str = "Ingesting") -> Progress:
    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )


def _render_report(report: IngestReport) -> None:
    out.print(
        f"Added {len(report.added)} document{'s' * (len(report.added) != 1)}, "
        f"{len(report.already)} already stored, {len(report.failed)} failed."
    )
    for note in report.notes:
        err.print(f"note: {escape(note)}")
    for failure in report.failed:
        err.print(f"error: {escape(str(failure))}")


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (searched recursively), globs, or - for stdin.")],
    db: DbOption = None,
    max_mb: Annotated[
        Optional[float], typer.Option("--max-mb", help="Refuse files larger than this many MB (default 10).")
    ] = None,
    model: ModelOption = None,
) -> None:
    """Read, clean, analyse and store news articles: .txt, .html/.htm (also gzipped), .jsonl, or - for stdin.

    Each document is stored once, whatever its file name; the exit status is 1 when any input failed.
    """
    config = _config(db=db, max_mb=max_mb, model=model)
    with _store(config) as store, _progress_bar() as bar:
        task = bar.add_task("", total=None)

        def advance(name: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=escape(Path(name).name))

        try:
            report = ingest(paths, store, config.max_bytes, progress=advance, model=config.model)
        except StorylineError as error:
            raise _fail(error) from error
    _render_report(report)
    if not report.ok:
        raise typer.Exit(EXIT_INPUT_FAILED)


@contextmanager
def _output(path: Path | None) -> Iterator[Any]:
    """Standard output, or a file written in full or not at all."""
    if path is None:
        yield sys.stdout
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.")
    except OSError as error:
        raise _fail(InputError(str(path), f"cannot write here ({error.strerror})", "Choose another -o")) from error
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as an ordinary new file would be, not mkstemp's owner-only mode
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}.")] = "json",
    output: OutputOption = None,
    section: Annotated[str, typer.Option(help=f"For csv, the section: {', '.join(SECTIONS)}.")] = "documents",
    db: DbOption = None,
) -> None:
    """Export the store: JSON per the contract (schema version 1), JSON Lines, CSV, or the actor network
    (GraphML or GEXF, for Gephi)."""
    config = _config(db=db)
    with _store(config, readonly=True) as store:
        try:
            with _output(output) as fh:
                count = write_export(store, fmt, fh, section)  # type: ignore[arg-type]
        except StorylineError as error:
            raise _fail(error) from error
    if output is not None:
        err.print(f"Wrote {count} items to {escape(str(output))}")


@app.command("brief")
def brief_command(
    actor: Annotated[Optional[str], typer.Option("--actor", help="Only what this actor takes part in (a name, alias or id).")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="html (one self-contained file) or md.")] = "html",
    output: OutputOption = None,
    db: DbOption = None,
) -> None:
    """A sourced briefing: the sources, the timeline, the actors and their network, how the main relations
    moved, key quotes, figures and claims, every statement linked to the sentences it rests on."""
    if fmt not in ("html", "md"):
        raise _fail(ConfigError(f"--format {fmt!r} is no briefing format", "Use --format html or --format md"))
    brief = _read(db, lambda store: build_brief(store, actor, since, until))
    with _output(output) as fh:
        fh.write(render_html(brief) if fmt == "html" else render_markdown(brief))
    if output is not None:
        err.print(f"Wrote the briefing ({len(brief.sources)} documents, {len(brief.events)} events, "
                  f"{len(brief.evidence)} evidence sentences) to {escape(str(output))}")  # fmt: skip


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback needs --token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8765,
    token: Annotated[Optional[str], typer.Option(envvar="STORYLINE_TOKEN", show_default=False,
                     help="A secret every request must carry (Authorization: Bearer, or ?token= once).")] = None,
    db: DbOption = None,
) -> None:
    """Start the local web explorer: search, documents with what was found in them, actors, relations, claims
    and the timeline, each page with a JSON twin under /api/ (OpenAPI at /docs)."""
    config = _config(db=db)
    with _store(config, readonly=True) as store:
        documents = store.count()
    from .web import serve  # FastAPI and uvicorn load only for this command

    def starting() -> None:
        err.print(f"Serving {documents} documents from {escape(str(config.db))} at http://{host}:{port}/ (Ctrl+C stops)")

    try:
        serve(config.db, host, port, token, starting)
    except StorylineError as error:
        raise _fail(error) from error


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _words(text: str) -> int:
    return len(text.split())


@app.command("docs")
def docs_command(db: DbOption = None, as_json: JsonOption = False) -> None:
    """List the stored documents."""
    docs, copies = _read(db, lambda store: (list(store.documents()), store.copies()))
    if as_json:
        rows = [
            {"id": d.id, "published": d.published.value, "published_inferred": d.published.inferred,
             "outlet": d.outlet, "title": d.title, "words": _words(d.text), "removed": len(d.removed),
             "source": d.source, "copy_of": copies[d.id][0] if d.id in copies else None}
            for d in docs
        ]  # fmt: skip
        out.print_json(json.dumps(rows, ensure_ascii=False))
        return
    notes = []
    inferred = {d.id for d in docs if d.published.inferred and d.published.value}  # a bound alone shows no date
    if inferred:
        notes.append("~ a date inferred from the content (storyline timex --doc ID shows why)")
    if copies:
        notes.append("= a near-duplicate copy of the document named")
    caption = "\n".join(notes) or None
    table = Table(title=f"{len(docs)} documents", caption=caption, box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("id", "published", "outlet", "title"):
        table.add_column(name, overflow="ellipsis")
    table.add_column("words", justify="right", no_wrap=True)
    table.add_column("removed", justify="right", no_wrap=True)
    for d in docs:
        table.add_row(
            d.id[:8], ("~" if d.id in inferred else "") + (d.published.value or ""), _clip(d.outlet or "", 16),
            (f"= {copies[d.id][0][:8]} " if d.id in copies else "") + _clip(d.title or f"({Path(d.source).name})", 44),
            str(_words(d.text)), str(len(d.removed)),
        )  # fmt: skip
    out.print(table)


def _render_document(doc: Document) -> None:
    published = doc.published.value or "unknown"
    if doc.published.evidence:
        how = "inferred from" if doc.published.inferred else "from"
        precision = f"{doc.published.precision}, " if doc.published.value else ""
        published += f" ({precision}{how} {doc.published.evidence!r})"
    fields = [
        ("id", doc.id), ("source", doc.source), ("title", doc.title), ("subtitle", doc.subtitle),
        ("authors", "; ".join(doc.authors)), ("outlet", doc.outlet), ("published", published),
        ("language", doc.language), ("encoding", doc.encoding),
    ]  # fmt: skip
    for name, value in fields:
        out.print(f"[bold]{name:<10}[/bold]{escape(value or '—')}")
    out.print()
    out.print(escape(doc.text))
    out.print()
    out.print(f"[bold]Removed ({len(doc.removed)})[/bold]")
    for r in doc.removed:
        out.print(f"  [cyan]{r.kind}[/cyan]: {escape(r.text)}")
        out.print(f"    [dim]why: {escape(r.why)}[/dim]")


@app.command("show")
def show_command(
    doc_id: Annotated[str, typer.Argument(metavar="ID", help="A document id, or a unique prefix of one.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Print one cleaned document, with what cleaning removed and why."""
    doc = _read(db, lambda store: store.get(doc_id))
    if as_json:
        record = document_record(doc)
        record["removed"] = [{"text": r.text, "kind": r.kind, "why": r.why} for r in doc.removed]
        out.print_json(json.dumps(record, ensure_ascii=False))
    else:
        _render_document(doc)


def _timex_rows(timexes: list[Timex], published: Published) -> list[dict[str, Any]]:
    return [
        {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value, "mod": t.mod,
         "freq": t.freq, "guess": t.guess, "role": t.role, "when": when(t, published)}
        for t in timexes
    ]  # fmt: skip


def _render_timexes(published: Published, timexes: list[Timex]) -> None:
    stated = "inferred" if published.inferred else "stated"
    date = f"{published.value} ({published.precision}, {stated})" if published.value else "unknown"
    out.print(f"[bold]document date[/bold] {escape(date)}")
    if published.evidence:  # what stated the date too: a dateline, the page's metadata, --date
        out.print(f"  [dim]{'from ' if published.value else ''}{escape(published.evidence)}[/dim]")
    table = Table(title=f"{len(timexes)} temporal expressions", box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("text", "type", "value", "when", "note"):
        table.add_column(name)
    for t in timexes:
        point = when(t, published)
        freq = f"freq {t.freq}" if t.freq else ""
        note = ", ".join(n for n in ("guess" * t.guess, t.role * (t.role != "text"), t.mod or "", freq) if n)
        shown = f"{point['value']} ({point['precision']})" if point["value"] else "—"
        table.add_row(escape(t.text), t.type, escape(t.value), shown, note)
    out.print(table)


def _timeml(source: Path, target: Path) -> None:
    from .extract.time.timeml import tag_timeml_folder

    with _progress_bar("Tagging") as bar:
        task = bar.add_task("", total=None)

        def advance(name: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=escape(name))

        try:
            report = tag_timeml_folder(source, target, progress=advance)
        except StorylineError as error:
            raise _fail(error) from error
    out.print(f"Tagged {report.files} files ({report.expressions} temporal expressions) into {escape(str(target))}.")
    for failure in report.failed:
        err.print(f"error: {escape(str(failure))}")
    if report.failed:
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command("timex")
def timex_command(
    text: Annotated[
        Optional[str],
        typer.Argument(help="Text to tag, an article file (read and cleaned as ingest reads it), or - for standard "
                       "input."),  # fmt: skip
    ] = None,
    date: Annotated[
        Optional[str],
        typer.Option("--date", help="The text's own date, YYYY-MM-DD (default: a wire dateline's, else inferred)."),
    ] = None,
    doc_id: Annotated[
        Optional[str], typer.Option("--doc", metavar="ID", help="Show a stored document's expressions instead.")
    ] = None,
    timeml: Annotated[
        Optional[tuple[Path, Path]],
        typer.Option("--timeml", metavar="IN_DIR OUT_DIR", help="Tag TempEval-3 .tml files (their DCT is the "
                     "document date) and write them, with our TIMEX3 tags, under OUT_DIR.", show_default=False),
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Find and normalize dates, times, durations and sets (TIMEX3), against the document's own date.

    Tag a TEXT, show a stored document's expressions with --doc, or tag TimeML files with --timeml.
    """
    if timeml:
        _timeml(*timeml)
        return
    if doc_id:
        doc = _read(db, lambda store: store.get(doc_id))
        published, timexes = doc.published, doc.timexes
    elif text is not None:
        try:
            stated = Published(date_value(date), "day", False, "--date") if date else Published()
            if _is_file(text):
                doc = dated_file(text, stated, _config(db=db).max_bytes)
                published, timexes = doc.published, doc.timexes
            else:
                published, timexes = tag_document(sys.stdin.read() if text == "-" else text, stated)
        except StorylineError as error:
            raise _fail(error) from error
    else:
        raise _fail(ConfigError("nothing to tag", "Give a TEXT, --doc ID or --timeml IN_DIR OUT_DIR"))
    if as_json:
        record = {"published": vars(published), "timexes": _timex_rows(timexes, published)}
        out.print_json(json.dumps(record, ensure_ascii=False))
    else:
        _render_timexes(published, timexes)


def _is_file(text: str) -> bool:
    """Whether a command's text argument names a file rather than being the text itself: one that is there, or a
    word with an article file's ending, which is read to say that it is not there."""
    try:
        return names_article_file(text) or "\n" not in text and Path(text).is_file()
    except OSError:  # a text too long to be a path
        return False


@app.command("actors")
def actors_command(
    kind: Annotated[
        Optional[str], typer.Option("--type", help="Only actors of this type: PERSON, ORG, GPE, NORP, LOC.")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Show this many (0 for all).")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the actors linked across all documents, most mentioned first, with their sources."""
    config = _config(db=db)
    with _store(config, readonly=True) as store:
        actors = [a for a in store.actors() if kind is None or a.type == kind.upper()]
    shown = actors[:limit] if limit else actors
    if as_json:
        rows = [entity_record(a) | {"documents": a.documents} for a in shown]
        out.print_json(json.dumps(rows, ensure_ascii=False))
        return
    table = Table(title=f"{len(actors)} actors" + (f" (first {len(shown)})" if len(shown) < len(actors) else ""),
                  box=box.SIMPLE_HEAD, pad_edge=False)  # fmt: skip
    for name in ("id", "name", "type", "iso3", "sector", "mentions", "docs"):
        table.add_column(name, justify="right" if name in ("mentions", "docs") else "left", no_wrap=True)
    for a in shown:
        table.add_row(a.id[:ID_SHOWN], escape(_clip(a.name, 26)), a.type, a.country or "", a.sector or "",
                      str(len(a.mentions)), str(len(a.documents)))  # fmt: skip
    out.print(table)


def _with_actor(store: Store, items: T, query: str | None) -> tuple[list[Actor], T, str | None]:
    """The store's actors, some items read beside them, and the id of the actor ``query`` names, if any."""
    actors = store.actors()
    return actors, items, find_actor(actors, query).id if query else None


@app.command("actor")
def actor_command(
    query: Annotated[str, typer.Argument(metavar="NAME", help="An actor's name, alias, or id as 'actors' shows it.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one actor: aliases, roles, and every mention in its sentence, with its source."""
    def actor_and_texts(store: Store) -> tuple[Actor, dict[str, str]]:
        actor = find_actor(store.actors(), query)
        return actor, {doc_id: store.get(doc_id).text for doc_id in actor.documents}

    actor, texts = _read(db, actor_and_texts)
    contexts = [(m, Sentences(texts[m.doc]).around(m.start, m.end)) for m in actor.mentions]
    if as_json:
        record = entity_record(actor)
        for item, (m, (begin, end)) in zip(record["mentions"], contexts):
            item["sentence"] = " ".join(texts[m.doc][begin:end].split())
        out.print_json(json.dumps(record, ensure_ascii=False))
        return
    _print_pairs({"name": actor.name, "id": actor.id, "type": actor.type, "country": actor.country,
                  "sector": actor.sector, "aliases": actor.aliases, "roles": actor.roles,
                  "mentions": f"{len(actor.mentions)} in {len(actor.documents)} documents"})  # fmt: skip
    for m, (begin, end) in contexts:
        text = texts[m.doc]
        before, after = (re.sub(r"\s+", " ", part) for part in (text[begin : m.start], text[m.end : end]))
        out.print(f"[dim]{m.doc[:8]}[/dim]  {escape(before.lstrip())}[bold cyan]{escape(m.text)}[/bold cyan]"
                  f"{escape(after.rstrip())}")  # fmt: skip


@app.command("quotes")
def quotes_command(
    speaker: Annotated[
        Optional[str], typer.Option("--speaker", help="Only this actor's words (a name, alias or id).")
    ] = None,
    reported: Annotated[bool, typer.Option("--reported/--direct-only", help="Include reported speech.")] = True,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Who said what: quotes and reported speech with their speakers, in document order, each with the day its
    attribution gives ("said on Tuesday") where it gives one."""
    actors, quotes, wanted = _read(db, lambda store: _with_actor(store, store.quotes(), speaker))
    names = {a.id: a.name for a in actors}
    if wanted:
        quotes = [(d, q) for d, q in quotes if q.speaker == wanted]
    quotes = [(d, q) for d, q in quotes if reported or q.direct]
    if as_json:
        out.print_json(json.dumps([quote_record(d, q) for d, q in quotes], ensure_ascii=False))
        return
    for doc_id, q in quotes:
        who = names.get(q.speaker or "", None) or q.speaker_text or "(no speaker named)"
        words = " ".join(q.text.split())
        shown = f"“{words}”" if q.direct else words
        said_on = f" {q.when_value}" if q.when_value else ""
        out.print(f"[dim]{doc_id[:8]}{said_on}[/dim]  [bold]{escape(who)}[/bold]: {escape(_clip(shown, 300))}")
    err.print(f"{len(quotes)} quotes")


@app.command("timeline")
def timeline_command(
    actor: Annotated[Optional[str], typer.Option("--actor", help="Only events this actor takes part in.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The events between actors in date order, each with its status and how many reports tell of it."""
    _, events, wanted = _read(db, lambda store: _with_actor(store, store.events(), actor))
    if wanted:
        events = [e for e in events if wanted in e.source + e.target]
    events = [e for e in events if within(e.when_value, since, until)]
    if as_json:
        out.print_json(json.dumps([event_record(e) for e in events], ensure_ascii=False))
        return
    table = Table(title=f"{len(events)} events", box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("when", "type", "status", "event", "reports"):
        table.add_column(name, justify="right" if name == "reports" else "left")
    for e in events:
        table.add_row(e.when_value or "—", e.type, e.status, escape(e.summary), str(len(e.evidence)))
    out.print(table)


@app.command("relations")
def relations_command(
    first: Annotated[str, typer.Argument(metavar="A", help="An actor's name, alias or id.")],
    second: Annotated[str, typer.Argument(metavar="B", help="Another actor.")],
    by: Annotated[str, typer.Option("--by", help="Group by month or year.")] = "month",
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The events between two actors by period, with net cooperation (the summed intensity of what occurred)."""
    if by not in PERIODS:
        raise _fail(ConfigError(f"--by {by!r} is no period", "Use --by month or --by year"))
    def pair_and_events(store: Store) -> tuple[Actor, Actor, list[Event], dict[str, str]]:
        actors = store.actors()
        return find_actor(actors, first), find_actor(actors, second), store.events(), standing(actors)

    a, b, events, officials = _read(db, pair_and_events)
    periods = relation(events, a.id, b.id, by, officials)
    if as_json:
        rows = [{"period": p.period, "net_cooperation": p.net, "events": [event_record(e) for e in p.events]}
                for p in periods]  # fmt: skip
        out.print_json(json.dumps(rows, ensure_ascii=False))
        return
    out.print(f"[bold]{escape(a.name)} – {escape(b.name)}[/bold]: {sum(len(p.events) for p in periods)} events")
    for p in periods:
        out.print(f"[bold]{p.period}[/bold]  net {p.net:+g}")
        for e in p.events:
            out.print(f"  {e.when_value or '—':<11} {e.type:<20} {e.status:<11} {escape(e.summary)}")


@app.command("figures")
def figures_command(
    unit: Annotated[Optional[str], typer.Option("--unit", help="Only figures in this unit: USD, percent, people, …")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The figures the articles give (money, percentages, counts), their values, what they measure and when,
    where the clause that gives them says ("$289 million in 2023")."""
    figures = [(d, f) for d, f in _read(db, lambda store: store.figures()) if unit is None or f.unit == unit]
    if as_json:
        out.print_json(json.dumps([figure_record(d, f) for d, f in figures], ensure_ascii=False))
        return
    table = Table(title=f"{len(figures)} figures", box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("doc", "as written", "value", "unit", "measures", "when"):
        table.add_column(name, justify="right" if name == "value" else "left")
    for doc_id, f in figures:
        table.add_row(doc_id[:8], escape(f.text), f"{f.value:,.10g}", f.unit, escape(f.subject or "—"),
                      f.when_value or "—")  # fmt: skip
    out.print(table)


CLAIM_STATUSES = ("corroborated", "single-source", "contested", "superseded")
STATUS_STYLE = {"corroborated": "green", "single-source": "dim", "contested": "red", "superseded": "yellow"}


@app.command("claims")
def claims_command(
    status: Annotated[
        Optional[str], typer.Option("--status", help="Only claims with this status: " + ", ".join(CLAIM_STATUSES) + ".")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Statements of fact across sources: corroborated by independent outlets, single-source, contested or
    superseded by a later statement. 'storyline story ID' shows one with its sources side by side."""
    if status is not None and status not in CLAIM_STATUSES:
        raise _fail(ConfigError(f"--status {status!r} is no claim status", "Use one of: " + ", ".join(CLAIM_STATUSES)))
    claims = [c for c in _read(db, lambda store: store.claims()) if status is None or c.status == status]
    if as_json:
        out.print_json(json.dumps([claim_record(c) for c in claims], ensure_ascii=False))
        return
    table = Table(title=f"{len(claims)} claims", box=box.SIMPLE_HEAD, pad_edge=False)
    for name in ("id", "status", "sources", "when", "claim", "related"):
        table.add_column(name, justify="right" if name == "sources" else "left",
                         no_wrap=name in ("id", "status", "when"))  # fmt: skip
    for c in claims:
        related = ", ".join(f"{how} {other}" for other, how in c.related)
        table.add_row(c.id, f"[{STATUS_STYLE[c.status]}]{c.status}[/]", str(len(c.sources)), c.when_value or "—",
                      escape(_clip(c.text, 160)), related)  # fmt: skip
    out.print(table)


@app.command("story")
def story_command(
    item: Annotated[str, typer.Argument(metavar="ID", help="A claim's id (see 'storyline claims') or an event's.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Every source on one story, side by side: what each says of the claim, and of the claims that contradict
    it or that it changed."""
    found = _read(db, lambda store: story(store, item))
    if as_json:
        out.print_json(json.dumps(story_record(found), ensure_ascii=False))
        return
    out.print(f"[bold]{len(found.sources)} documents[/bold], {found.independent} independent "
              "(a copy counts as its original, an outlet once)")  # fmt: skip
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_lines=True)
    table.add_column("statement", ratio=1)
    for doc in found.sources:
        copy = f"\n[dim]copy of {found.copies[doc.id][:8]}[/dim]" if doc.id in found.copies else ""
        table.add_column(f"{escape(doc.outlet or doc.id[:8])}\n{doc.published.value or 'undated'}{copy}", ratio=1)
    for row in found.rows:
        how = f"\n[dim]{row.relation} the first[/dim]" if row.relation else ""
        label = (f"{row.id}\n[{STATUS_STYLE.get(row.status, 'bold')}]{row.status}[/]{how}\n"
                 f"[dim]{len(row.said)} sources, {row.independent} independent[/dim]")  # fmt: skip
        cells = [escape(" ".join(row.said[d.id].text.split())) if d.id in row.said else "[dim]—[/dim]"
                 for d in found.sources]  # fmt: skip
        table.add_row(label, *cells)
    out.print(table)


def _pipeline(config: Config) -> Any:
    # Imported here: spaCy takes a second to import and only these commands need it.
    from .nlp import load

    try:
        return load(config.model)
    except StorylineError as error:
        raise _fail(error) from error


def _print_pairs(pairs: dict[str, Any]) -> None:
    width = max(map(len, pairs))
    for name, value in pairs.items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        out.print(f"[bold]{name:<{width}}[/bold]  {escape(str(shown if shown not in (None, '') else '—'))}")


@model_app.command("info")
def model_info_command(model: ModelOption = None, as_json: JsonOption = False) -> None:
    """Describe the pipeline: components, entity labels, size, and the scores it shipped with."""
    from .nlp.model import describe

    info = describe(_pipeline(_config(model=model)))
    if as_json:
        out.print_json(json.dumps(info))
        return
    performance = info.pop("performance")
    _print_pairs(info | {k: v for k, v in performance.items() if not isinstance(v, dict)})


@model_app.command("parse")
def model_parse_command(
    text: Annotated[str, typer.Argument(help="The text to analyse, or - to read standard input.")],
    model: ModelOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show what the pipeline makes of a text: sentences, tokens with lemma, tags and tree, and entities."""
    from .nlp.model import analysis

    doc = _pipeline(_config(model=model))(sys.stdin.read() if text == "-" else text)
    result = analysis(doc)
    if as_json:
        out.print_json(json.dumps(result, ensure_ascii=False))
        return
    for number, sentence in enumerate(result["sentences"], 1):
        table = Table(title=f"sentence {number}", box=box.SIMPLE_HEAD, pad_edge=False, title_justify="left")
        for name in ("i", "text", "lemma", "pos", "tag", "dep", "head", "ent"):
            table.add_column(name)
        for t in sentence["tokens"]:
            table.add_row(*(escape(str(t[k])) for k in ("i", "text", "lemma", "pos", "tag", "dep", "head", "ent")))
        out.print(table)
    for e in result["entities"]:
        out.print(f"[cyan]{e['label']}[/cyan] {escape(e['text'])}")


@model_app.command("evaluate")
def model_evaluate_command(
    data: Annotated[
        Optional[Path],
        typer.Option("--data", help="Folder holding ud-english-ewt, conll2003, uner-english-ewt and polnear "
                     "(default ../shared/data).", show_default=False),
    ] = None,
    ner: Annotated[
        Optional[Path], typer.Option("--ner", help="Score entities on this CoNLL-format file only.", show_default=False)
    ] = None,
    model: ModelOption = None,
    as_json: JsonOption = False,
) -> None:
    """Measure the pipeline: UPOS and LAS on EWT test, NER F1 on CoNLL dev and UNER test, words per second."""
    from .nlp.evaluate import DEFAULT_DATA, evaluate, ner_scores

    nlp = _pipeline(_config(model=model))
    with err.status("Evaluating", spinner="dots") as status:
        try:
            result = ner_scores(nlp, ner) if ner else evaluate(nlp, data or DEFAULT_DATA, progress=status.update)
        except StorylineError as error:
            raise _fail(error) from error
    if as_json:
        out.print(json.dumps(result))
    else:
        _print_pairs(result)
