"""The embedded SQLite store: documents in, documents out, one transaction each."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Literal

from ..errors import NotFoundError, StoreError
from ..types import Actor, Claim, Document, Event, Figure, Mention, Place, Published, Quote, Read, Removed, Report, Timex
from .schema import MIGRATIONS, SCHEMA, SCHEMA_VERSION

MEMORY = ":memory:"
ALTERED = re.compile(r"ALTER TABLE (\w+)")
TIMEX_COLUMNS = "start, end, text, type, value, mod, guess, role, freq"
MENTION_COLUMNS = "start, end, text, label, role, political, antecedent"
QUOTE_COLUMNS = ("start, end, text, direct, source_start, source_end, speaker_text, speaker, "
                 "when_value, when_precision, when_text, perfect")
FIGURE_COLUMNS = "start, end, text, value, unit, subject, when_value, when_precision, when_text"
REPORT_COLUMNS = ("type, status, intensity, trigger_start, trigger_end, sentence_start, sentence_end, sources, targets, "
                  "when_value, when_precision, when_text, narrative, perfect")  # fmt: skip
CLAIM_COLUMNS = "id, text, status, sources, evidence, related, when_value, when_precision, when_text"
EVENT_COLUMNS = ("id, type, summary, status, polarity, intensity, source, target, when_value, when_precision, when_text, "
                 "evidence")  # fmt: skip
DOC_COLUMNS = (
    "id, source, format, encoding, title, subtitle, authors, outlet, published, published_precision, "
    "published_inferred, published_evidence, language, text"
)


def _wrap(err: sqlite3.Error, path: str) -> StoreError:
    message = str(err).lower()
    if "locked" in message or "busy" in message:
        return StoreError(
            f"the store {path} is locked by another process",
            "Wait for the other storyline command to finish, or choose another store with --db",
        )
    if "readonly" in message or "read-only" in message:
        return StoreError(
            f"the store {path} is read-only",
            "Make the file and its folder writable, or choose another store with --db",
        )
    if "not a database" in message or "malformed" in message:
        return StoreError(f"{path} is not a Storyline store (SQLite says: {err})", "Choose another file with --db")
    return StoreError(f"the store {path} failed: {err}", "Check the file, or choose another store with --db")


def _timex_row(timex: Timex) -> tuple[object, ...]:
    return (timex.start, timex.end, timex.text, timex.type, timex.value, timex.mod, int(timex.guess), timex.role,
            timex.freq)


class Store:
    """A Storyline store in one SQLite file (WAL mode), or in memory for tests."""

    def __init__(self, path: str | Path = MEMORY, *, timeout: float = 5.0, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        if not readonly and self.path != MEMORY:
            self._check_writable()
        try:
            self.conn = self._connect(timeout)
            if not readonly:
                self._create()
        except sqlite3.Error as err:
            raise _wrap(err, self.path) from err

    def _check_writable(self) -> None:
        file = Path(self.path)
        where = file if file.exists() else file.parent
        if not where.exists():
            raise StoreError(f"the folder {where} for the store does not exist", "Create it, or choose another --db")
        if not os.access(where, os.W_OK):
            raise _wrap(sqlite3.OperationalError("readonly"), self.path)

    def _connect(self, timeout: float) -> sqlite3.Connection:
        if self.readonly:
            if not Path(self.path).exists():
                raise StoreError(f"there is no store at {self.path}", "Run 'storyline ingest' first, or give --db")
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=timeout)
        else:
            conn = sqlite3.connect(self.path, timeout=timeout)
            conn.execute("PRAGMA journal_mode=WAL")
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys=ON")
        return conn

    def _create(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"the store {self.path} was made by a newer Storyline (schema {version})", "Upgrade Storyline"
            )
        with self.conn:
            for step in range(version, SCHEMA_VERSION) if version else ():
                for statement in MIGRATIONS[step]:
                    altered = ALTERED.match(statement)
                    if altered is None or self._has_table(altered[1]):
                        self.conn.execute(statement)
            self.conn.executescript(SCHEMA)
            self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def _has_table(self, name: str) -> bool:
        query = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        return self.conn.execute(query, (name,)).fetchone() is not None

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as err:
            raise _wrap(err, self.path) from err

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def has(self, doc_id: str) -> bool:
        with self._errors():
            return self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def add(self, doc: Document, time_version: int = 0, read_version: int = 0) -> bool:
        """Store a document, what was removed from it, its temporal expressions, mentions and quotes, all or nothing.

        False when it was already there. The versions name the extractors that found them.
        """
        with self._errors(), self.conn:
            cursor = self.conn.execute(
                f"INSERT OR IGNORE INTO documents ({DOC_COLUMNS}, raw, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.id, doc.source, doc.format, doc.encoding, doc.title, doc.subtitle,
                    json.dumps(doc.authors, ensure_ascii=False), doc.outlet,
                    doc.published.value, doc.published.precision, int(doc.published.inferred),
                    doc.published.evidence, doc.language, doc.text, doc.raw,
                    datetime.now(timezone.utc).isoformat(timespec="seconds"),
                ),
            )  # fmt: skip
            if cursor.rowcount == 0:
                return False
            self.conn.executemany(
                "INSERT INTO removed (doc_id, seq, kind, text, why) VALUES (?, ?, ?, ?, ?)",
                [(doc.id, i, r.kind, r.text, r.why) for i, r in enumerate(doc.removed)],
            )
            self._put_timexes(doc.id, doc.timexes, time_version)
            self._put_read(doc.id, Read(doc.mentions, doc.quotes, doc.figures, doc.reports), read_version)
        return True

    def _put_read(self, doc_id: str, read: Read, version: int) -> None:
        mentions, quotes = read.mentions, read.quotes
        self.conn.execute("DELETE FROM reports WHERE doc_id = ?", (doc_id,))
        self.conn.executemany(
            f"INSERT INTO reports ({REPORT_COLUMNS}, doc_id, seq) VALUES ({', '.join('?' * 16)})",
            [(r.type, r.status, r.intensity, r.trigger_start, r.trigger_end, r.sentence_start, r.sentence_end,
              json.dumps(r.sources), json.dumps(r.targets), r.when_value, r.when_precision, r.when_text,
              int(r.narrative), int(r.perfect), doc_id, i) for i, r in enumerate(read.reports)],
        )  # fmt: skip
        self.conn.execute("DELETE FROM figures WHERE doc_id = ?", (doc_id,))
        self.conn.executemany(
            f"INSERT INTO figures ({FIGURE_COLUMNS}, doc_id, seq) VALUES ({', '.join('?' * 11)})",
            [(f.start, f.end, f.text, f.value, f.unit, f.subject, f.when_value, f.when_precision, f.when_text, doc_id,
              i) for i, f in enumerate(read.figures)],
        )  # fmt: skip
        self.conn.execute("DELETE FROM quotes WHERE doc_id = ?", (doc_id,))
        self.conn.executemany(
            f"INSERT INTO quotes ({QUOTE_COLUMNS}, doc_id, seq) VALUES ({', '.join('?' * 14)})",
            [(q.start, q.end, q.text, int(q.direct), q.source_start, q.source_end, q.speaker_text, q.speaker,
              q.when_value, q.when_precision, q.when_text, int(q.perfect), doc_id, i)
             for i, q in enumerate(quotes)],  # fmt: skip
        )
        self.conn.execute("DELETE FROM mentions WHERE doc_id = ?", (doc_id,))
        self.conn.executemany(
            f"INSERT INTO mentions ({MENTION_COLUMNS}, doc_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(m.start, m.end, m.text, m.label, m.role, int(m.political), m.antecedent, doc_id, i)
             for i, m in enumerate(mentions)],  # fmt: skip
        )
        self.conn.execute("UPDATE documents SET read_version = ? WHERE id = ?", (version, doc_id))

    def set_read(self, doc_id: str, read: Read, version: int) -> None:
        """Replace what was read from a stored document's parse with what rules ``version`` read."""
        with self._errors(), self.conn:
            self._put_read(doc_id, read, version)

    def dates(self) -> dict[str, Published]:
        """Every document's own date, by id, without reading the texts."""
        with self._errors():
            rows = self.conn.execute(
                "SELECT id, published, published_precision, published_inferred, published_evidence FROM documents"
            ).fetchall()
        return {r[0]: Published(r[1], r[2], bool(r[3]), r[4]) for r in rows}

    def reports(self) -> list[tuple[str, str, Report]]:
        """(document id, document text, report) for every stored event report: what merging reads."""
        with self._errors():
            texts = {r[0]: r[1] for r in self.conn.execute("SELECT id, text FROM documents")}
            rows = self.conn.execute(f"SELECT doc_id, {REPORT_COLUMNS} FROM reports ORDER BY doc_id, seq").fetchall()
        return [(r[0], texts[r[0]], Report(*r[1:8], [tuple(x) for x in json.loads(r[8])],  # type: ignore[misc]
                                           [tuple(x) for x in json.loads(r[9])], *r[10:13], bool(r[13]),
                                           bool(r[14])))
                for r in rows]  # fmt: skip

    def replace_events(self, events: list[Event]) -> None:
        """Put the merged events in place of the previous ones, in one transaction."""
        with self._errors(), self.conn:
            self.conn.execute("DELETE FROM events")
            self.conn.executemany(
                f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({', '.join('?' * 12)})",
                [(e.id, e.type, e.summary, e.status, e.polarity, e.intensity, json.dumps(e.source), json.dumps(e.target),
                  e.when_value, e.when_precision, e.when_text,
                  json.dumps([vars(p) for p in e.evidence], ensure_ascii=False)) for e in events],
            )  # fmt: skip

    def events(self) -> list[Event]:
        """Every merged event, in the order linking gave them (date order, undated last)."""
        with self._errors():
            rows = self.conn.execute(f"SELECT {EVENT_COLUMNS} FROM events ORDER BY rowid").fetchall()
        return [Event(*r[:6], json.loads(r[6]), json.loads(r[7]), *r[8:11], [Place(**p) for p in json.loads(r[11])])
                for r in rows]  # fmt: skip

    def figures(self, doc_id: str | None = None) -> list[tuple[str, Figure]]:
        """(document id, figure) for one document or all, in document order."""
        where, args = ("WHERE doc_id = ?", (doc_id,)) if doc_id else ("", ())
        with self._errors():
            rows = self.conn.execute(
                f"SELECT doc_id, {FIGURE_COLUMNS} FROM figures {where} ORDER BY doc_id, seq", args
            ).fetchall()
        return [(r[0], Figure(*r[1:])) for r in rows]

    def quotes(self, doc_id: str | None = None) -> list[tuple[str, Quote]]:
        """(document id, quote) for one document or all, in document order."""
        where, args = ("WHERE doc_id = ?", (doc_id,)) if doc_id else ("", ())
        with self._errors():
            rows = self.conn.execute(
                f"SELECT doc_id, {QUOTE_COLUMNS} FROM quotes {where} ORDER BY doc_id, seq", args
            ).fetchall()
        return [(r[0], Quote(r[1], r[2], r[3], bool(r[4]), *r[5:12], bool(r[12]))) for r in rows]

    def mentions(self) -> list[tuple[str, str | None, list[Mention]]]:
        """Every document's mentions with its id and date, oldest ingest first: what linking reads."""
        with self._errors():
            docs = self.conn.execute("SELECT id, published FROM documents ORDER BY ingested_at, rowid").fetchall()
            rows = self.conn.execute(f"SELECT doc_id, {MENTION_COLUMNS} FROM mentions ORDER BY doc_id, seq").fetchall()
        grouped: dict[str, list[Mention]] = {}
        for r in rows:
            grouped.setdefault(r[0], []).append(Mention(r[1], r[2], r[3], r[4], r[5], bool(r[6]), r[7]))
        return [(d["id"], d["published"], grouped.get(d["id"], [])) for d in docs]

    def replace_actors(self, actors: list[Actor]) -> None:
        """Put the corpus's linked actors in place of the previous ones and name the speakers they are, in one
        transaction: a quote's speaker is the actor named in the words that name its source, a person before an
        organisation ("Taliban spokesperson Zabihullah Mujahid") and the last named before others."""
        with self._errors(), self.conn:
            self.conn.execute("UPDATE quotes SET speaker = NULL")
            self.conn.execute("DELETE FROM actor_mentions")
            self.conn.execute("DELETE FROM actors")
            self.conn.executemany(
                "INSERT INTO actors (id, name, type, country, sector, aliases, roles) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(a.id, a.name, a.type, a.country, a.sector, json.dumps(a.aliases, ensure_ascii=False),
                  json.dumps(a.roles, ensure_ascii=False)) for a in actors],
            )  # fmt: skip
            self.conn.executemany(
                "INSERT OR IGNORE INTO actor_mentions (actor_id, doc_id, start, end, text, label) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(a.id, m.doc, m.start, m.end, m.text, m.label) for a in actors for m in a.mentions],
            )
            self.conn.execute(
                "UPDATE quotes SET speaker = (SELECT actor_id FROM actor_mentions m WHERE m.doc_id = quotes.doc_id "
                "AND m.start < quotes.source_end AND quotes.source_start < m.end "
                "ORDER BY m.label IN ('PERSON', 'PRON') DESC, m.end DESC LIMIT 1)"
            )

    def actor_mentions(self, doc_id: str) -> list[dict[str, str | int]]:
        """One document's linked mentions in text order, each with its actor's id and name."""
        with self._errors():
            rows = self.conn.execute(
                "SELECT m.start, m.end, m.text, m.actor_id AS actor, a.name FROM actor_mentions m "
                "JOIN actors a ON a.id = m.actor_id WHERE m.doc_id = ? ORDER BY m.start", (doc_id,)
            ).fetchall()
        return [dict(r) for r in rows]

    def actors(self) -> list[Actor]:
        """Every linked actor with its mentions, most mentioned first."""
        with self._errors():
            rows = self.conn.execute("SELECT id, name, type, country, sector, aliases, roles FROM actors").fetchall()
            places = self.conn.execute(
                "SELECT actor_id, doc_id, start, end, text, label FROM actor_mentions ORDER BY doc_id, start"
            ).fetchall()
        grouped: dict[str, list[Place]] = {}
        for p in places:
            grouped.setdefault(p[0], []).append(Place(*p[1:]))
        actors = [
            Actor(r["id"], r["name"], r["type"], r["country"], r["sector"], json.loads(r["aliases"]),
                  json.loads(r["roles"]), grouped.get(r["id"], []))
            for r in rows
        ]  # fmt: skip
        return sorted(actors, key=lambda a: (-len(a.mentions), a.name))

    def _put_timexes(self, doc_id: str, timexes: list[Timex], version: int) -> None:
        self.conn.execute("DELETE FROM timexes WHERE doc_id = ?", (doc_id,))
        self.conn.executemany(
            f"INSERT INTO timexes ({TIMEX_COLUMNS}, doc_id, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*_timex_row(t), doc_id, i) for i, t in enumerate(timexes)],
        )
        self.conn.execute("UPDATE documents SET time_version = ? WHERE id = ?", (version, doc_id))

    def set_time(self, doc_id: str, published: Published, timexes: list[Timex], version: int) -> None:
        """Replace a stored document's date and temporal expressions with those of tagger ``version``; what was read
        from its parse is dated by them, so it is marked to be read again."""
        with self._errors(), self.conn:
            self.conn.execute(
                "UPDATE documents SET published = ?, published_precision = ?, published_inferred = ?, "
                "published_evidence = ?, read_version = 0 WHERE id = ?",
                (published.value, published.precision, int(published.inferred), published.evidence, doc_id),
            )
            self._put_timexes(doc_id, timexes, version)

    def stale(self, stage: Literal["time", "read"], version: int) -> list[Document]:
        """The documents that an older extractor than ``version`` of ``stage`` read, or none yet."""
        column = {"time": "time_version", "read": "read_version"}[stage]
        with self._errors():
            ids = [r[0] for r in self.conn.execute(f"SELECT id FROM documents WHERE {column} < ?", (version,))]
        return [self.get(doc_id) for doc_id in ids]

    def all_timexes(self) -> dict[str, list[Timex]]:
        """Every document's temporal expressions, by document id, in text order."""
        with self._errors():
            rows = self.conn.execute(f"SELECT doc_id, {TIMEX_COLUMNS} FROM timexes ORDER BY doc_id, seq").fetchall()
        grouped: dict[str, list[Timex]] = {}
        for r in rows:
            grouped.setdefault(r[0], []).append(Timex(*r[1:7], guess=bool(r[7]), role=r[8], freq=r[9]))
        return grouped

    def timexes(self, doc_id: str) -> list[Timex]:
        with self._errors():
            rows = self.conn.execute(
                f"SELECT {TIMEX_COLUMNS} FROM timexes WHERE doc_id = ? ORDER BY seq", (doc_id,)
            ).fetchall()
        return [Timex(*row[:6], guess=bool(row[6]), role=row[7], freq=row[8]) for row in rows]

    def _removed(self, doc_id: str | None = None) -> dict[str, list[Removed]]:
        """What was removed, per document: of one document, or of all in a single query."""
        where, args = ("WHERE doc_id = ?", (doc_id,)) if doc_id else ("", ())
        grouped: dict[str, list[Removed]] = {}
        for r in self.conn.execute(f"SELECT doc_id, kind, text, why FROM removed {where} ORDER BY doc_id, seq", args):
            grouped.setdefault(r["doc_id"], []).append(Removed(r["text"], r["kind"], r["why"]))
        return grouped

    @staticmethod
    def _document(row: sqlite3.Row, removed: list[Removed]) -> Document:
        return Document(
            id=row["id"],
            source=row["source"],
            format=row["format"],
            encoding=row["encoding"],
            raw=b"",
            text=row["text"],
            title=row["title"],
            subtitle=row["subtitle"],
            authors=json.loads(row["authors"]),
            outlet=row["outlet"],
            published=Published(
                row["published"], row["published_precision"], bool(row["published_inferred"]), row["published_evidence"]
            ),
            language=row["language"],
            removed=removed,
        )

    def documents(self) -> Iterator[Document]:
        """Every stored document, oldest ingest first (raw bytes left out; see ``raw``)."""
        with self._errors():
            rows = self.conn.execute(f"SELECT {DOC_COLUMNS} FROM documents ORDER BY ingested_at, rowid").fetchall()
            removed = self._removed()
        for row in rows:
            yield self._document(row, removed.get(row["id"], []))

    def get(self, id_prefix: str) -> Document:
        """One document by its id or a unique prefix of it."""
        with self._errors():
            rows = self.conn.execute(
                f"SELECT {DOC_COLUMNS} FROM documents WHERE substr(id, 1, length(?1)) = ?1 LIMIT 2", (id_prefix,)
            ).fetchall()
            if len(rows) != 1:
                what = "no document has" if not rows else "more than one document has"
                raise NotFoundError(f"{what} an id starting with {id_prefix!r}", "List ids with 'storyline docs'")
            doc = self._document(rows[0], self._removed(rows[0]["id"]).get(rows[0]["id"], []))
        doc.timexes = self.timexes(doc.id)
        return doc

    def raw(self, doc_id: str) -> bytes:
        with self._errors():
            row = self.conn.execute("SELECT raw FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no document has the id {doc_id!r}", "List ids with 'storyline docs'")
        return bytes(row["raw"])

    def count(self) -> int:
        with self._errors():
            return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def replace_claims(self, claims: list[Claim], copies: dict[str, tuple[str, float]]) -> None:
        """Put the corpus's claims and near-duplicate copies in place of the previous ones, in one transaction."""
        with self._errors(), self.conn:
            self.conn.execute("DELETE FROM copies")
            self.conn.execute("DELETE FROM claims")
            self.conn.executemany("INSERT INTO copies (doc_id, original, similarity) VALUES (?, ?, ?)",
                                  [(doc, original, sim) for doc, (original, sim) in copies.items()])  # fmt: skip
            self.conn.executemany(
                f"INSERT INTO claims ({CLAIM_COLUMNS}) VALUES ({', '.join('?' * 9)})",
                [(c.id, c.text, c.status, json.dumps(c.sources), json.dumps([vars(p) for p in c.evidence], ensure_ascii=False),
                  json.dumps([{"claim": i, "relation": r} for i, r in c.related]), c.when_value, c.when_precision,
                  c.when_text) for c in claims],
            )  # fmt: skip

    def rebuild_search(self) -> None:
        """Index every document, quote and claim for full-text search, in one transaction."""
        with self._errors(), self.conn:
            self.conn.execute("DELETE FROM search")
            self.conn.execute("INSERT INTO search (kind, ref, doc, title, text) "
                              "SELECT 'document', id, id, coalesce(title, ''), text FROM documents")  # fmt: skip
            self.conn.execute("INSERT INTO search (kind, ref, doc, title, text) "
                              "SELECT 'quote', doc_id || ':' || start, doc_id, coalesce(speaker_text, ''), text FROM quotes")  # fmt: skip
            self.conn.execute("INSERT INTO search (kind, ref, doc, title, text) "
                              "SELECT 'claim', id, json_extract(sources, '$[0]'), status, text FROM claims")  # fmt: skip

    def search(self, query: str, kind: str | None = None, limit: int = 20, offset: int = 0) -> tuple[int, list[dict[str, str]]]:
        """How many items match ``query`` (every word, in any order), and one page of them, best first, each
        with a snippet whose matches sit between \x02 and \x03."""
        words = re.findall(r"\w+", query)
        if not words:
            return 0, []
        match = " ".join('"' + w + '"' for w in words)  # each word quoted: no FTS5 syntax reaches the engine
        where, args = ("search MATCH ? AND kind = ?", [match, kind]) if kind else ("search MATCH ?", [match])
        with self._errors():
            total = self.conn.execute(f"SELECT count(*) FROM search WHERE {where}", args).fetchone()[0]
            rows = self.conn.execute(
                f"SELECT kind, ref, doc, title, snippet(search, 4, char(2), char(3), '…', 24) AS snippet "
                f"FROM search WHERE {where} ORDER BY rank LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()  # fmt: skip
        return total, [dict(r) for r in rows]

    def claims(self) -> list[Claim]:
        """Every claim, in the order linking gave them."""
        with self._errors():
            rows = self.conn.execute(f"SELECT {CLAIM_COLUMNS} FROM claims ORDER BY rowid")
            return [Claim(r[0], r[1], r[2], json.loads(r[3]), [Place(**p) for p in json.loads(r[4])],
                          [(x["claim"], x["relation"]) for x in json.loads(r[5])], *r[6:]) for r in rows]  # fmt: skip

    def copies(self) -> dict[str, tuple[str, float]]:
        """Each near-duplicate copy's id, with the original it repeats and their similarity."""
        with self._errors():
            return {r[0]: (r[1], r[2]) for r in self.conn.execute("SELECT doc_id, original, similarity FROM copies")}

    def vectors(self, keys: list[str]) -> dict[str, bytes]:
        """The cached sentence embeddings among ``keys``."""
        with self._errors():
            found: dict[str, bytes] = {}
            for at in range(0, len(keys), 500):  # SQLite caps the parameters of one statement
                chunk = keys[at : at + 500]
                marks = ", ".join("?" * len(chunk))
                found.update((r[0], bytes(r[1])) for r in self.conn.execute(
                    f"SELECT key, vector FROM vectors WHERE key IN ({marks})", chunk))  # fmt: skip
            return found

    def put_vectors(self, vectors: dict[str, bytes]) -> None:
        with self._errors(), self.conn:
            self.conn.executemany("INSERT OR REPLACE INTO vectors (key, vector) VALUES (?, ?)", list(vectors.items()))
