"""Ingest through the library: formats, dedup, and every kind of bad input."""

import gzip
import json
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from storyline import Store, StorylineError, ingest
from storyline.pipeline import redate
from storyline.types import Published, Removed

ARTICLE = (
    "Ministers agree to resume talks\n\n"
    "The foreign ministers of the two countries agreed on Tuesday to resume talks on the disputed border.\n\n"
    "The talks will be hosted by a neutral third country next month, officials said after the meeting.\n"
)
HTML = (
    "<html><head><title>Border talks resume</title></head><body><article><h1>Border talks resume</h1>"
    "<p>The foreign ministers of the two countries agreed on Tuesday to resume talks on the disputed border, "
    "ending a freeze that had lasted almost a year.</p><p>The talks will be hosted by a neutral third country "
    "next month, officials said after the meeting in the capital.</p></article></body></html>"
)
LIMIT = 1_000_000


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def run(store: Store, *paths: Path | str):
    return ingest([str(p) for p in paths], store, LIMIT)


@pytest.fixture
def store():
    with Store() as s:
        yield s


def test_text_html_gzip_and_jsonl(tmp_path, store):
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.html", HTML)
    write(tmp_path / "c.htm.gz", gzip.compress(HTML.replace("Tuesday", "Monday").encode()))
    record = {"url": "https://example.org/x", "text": ARTICLE.replace("Tuesday", "Friday"), "published": "2024-05-02",
              "outlet": "Example Times", "title": "Given title"}  # fmt: skip
    write(tmp_path / "d.jsonl", json.dumps(record) + "\n\n")
    report = run(store, tmp_path)
    assert report.ok and len(report.added) == 4
    docs = {d.source: d for d in store.documents()}
    assert docs[str(tmp_path / "b.html")].title == "Border talks resume"
    wire = docs["https://example.org/x"]
    assert (wire.title, wire.outlet, wire.published.value, wire.published.precision) == (
        "Given title", "Example Times", "2024-05-02", "day")  # fmt: skip


def test_the_outlet_a_page_title_names_after_its_headline(tmp_path, store):
    write(tmp_path / "a.html", HTML.replace("<title>Border talks resume", "<title>Border talks resume | The Steppe Wire"))
    write(tmp_path / "b.html", HTML.replace("<title>Border talks resume", "<title>Talks - what comes next?"))
    run(store, tmp_path)
    outlets = {Path(d.source).name: d.outlet for d in store.documents()}
    assert outlets == {"a.html": "The Steppe Wire", "b.html": None}


def test_a_wire_dateline_dates_the_document_it_opens_and_is_taken_off(tmp_path, store):
    body = "The envoys met in the capital on Thursday. Envoys at the border talks on Dec. 30, 2015."
    write(tmp_path / "yearless.txt", f"Border talks resume\n\nKABUL, Jan. 4 (Horn Wire) - {body}\n")
    write(tmp_path / "dated.txt", f"Border talks resume again\n\nNAIROBI, March 3, 2016 — {body}\n")
    write(tmp_path / "agency.txt", f"Border talks resume once more\n\nMOGADISHU (Horn Wire) — {body}\n")
    assert run(store, tmp_path).ok
    docs = {Path(d.source).stem: d for d in store.documents()}
    assert [docs["yearless"].published.value, docs["yearless"].published.inferred] == ["2016-01-04", True]
    assert docs["dated"].published == Published("2016-03-03", "day", False, "the dateline “NAIROBI, March 3, 2016 —”")
    assert {d.text.split(" in ")[0] for d in docs.values()} == {"The envoys met"}
    assert docs["agency"].dateline == "MOGADISHU (Horn Wire) —"
    assert [t.value for t in store.get(docs["dated"].id).timexes] == ["2016-03-03", "2015-12-30"]  # Thursday
    # dated again by newer time rules, from the dateline cleaning took off
    store.conn.execute("UPDATE documents SET time_version = 0")
    assert redate(store) == 3
    assert [store.get(d.id).published for d in docs.values()] == [d.published for d in docs.values()]


def test_same_bytes_twice_adds_nothing(tmp_path, store):
    a = write(tmp_path / "a.txt", ARTICLE)
    copy = write(tmp_path / "copy.txt", ARTICLE)
    first = run(store, a)
    again = run(store, a, copy)
    assert len(first.added) == 1 and again.added == [] and len(again.already) == 2
    assert store.count() == 1


def test_id_is_stable_across_stores(tmp_path):
    a = write(tmp_path / "a.txt", ARTICLE)
    ids = []
    for _ in range(2):
        with Store() as s:
            ids.append(run(s, a).added[0].id)
    assert ids[0] == ids[1] and len(ids[0]) == 16


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n\n ", "the file is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary file (a PNG image)"),
        ("nul.html", b"<html>\x00\x00\x00\x01\x02</html>", "binary file"),
        ("junk.html", b"<html><<<>>></html>", "no article text"),
        ("bad.jsonl", b'{"url": "x", "text": "The talks resumed on Monday after a long pause."}\nnot json\n', "line 2"),
    ],
)
def test_bad_input_is_reported_and_the_rest_goes_on(tmp_path, store, name, data, reason):
    write(tmp_path / "good.txt", ARTICLE)
    bad = write(tmp_path / name, data)
    report = run(store, tmp_path / "good.txt", bad)
    assert report.added and report.added[0].source.endswith("good.txt")
    assert len(report.failed) == 1
    message = str(report.failed[0])
    assert str(bad) in message and (reason in message or reason == "line 2" and ":2:" in message)
    assert report.failed[0].fix  # every failure says what to do


def test_jsonl_records_missing_fields(tmp_path, store):
    lines = ['{"text": "no source"}', '{"url": "u"}', "[1, 2]", '{"url": "ok", "text": "' + "Words. " * 20 + '"}']
    report = run(store, write(tmp_path / "feed.jsonl", "\n".join(lines)))
    assert len(report.added) == 1
    assert [str(f).split(": ", 1)[0] for f in report.failed] == [f"{tmp_path}/feed.jsonl:{n}" for n in (1, 2, 3)]


def test_cp1252_falls_back_and_says_so(tmp_path, store):
    text = ARTICLE.replace("officials said", "officials said \u201cno comment\u201d")
    report = run(store, write(tmp_path / "win.txt", text.encode("cp1252")))
    assert report.ok and report.notes == [f"{tmp_path}/win.txt: not valid UTF-8; decoded as cp1252"]
    assert "\u201cno comment\u201d" in next(store.documents()).text


def test_latin1_when_cp1252_cannot_decode(tmp_path, store):
    report = run(store, write(tmp_path / "old.txt", ARTICLE.encode("latin-1") + b"\x81 caf\xe9."))
    assert report.ok and report.notes[0].endswith("decoded as latin-1")


def test_file_over_the_size_limit_is_refused(tmp_path, store):
    big = write(tmp_path / "big.txt", ARTICLE * 50)
    report = ingest([str(big)], store, max_bytes=1000)
    assert "the file is 11.7 kB, over the 1.0 kB limit" in str(report.failed[0])
    assert "--max-mb" in str(report.failed[0])
    gz = write(tmp_path / "bomb.txt.gz", gzip.compress(b"a" * 50_000))
    assert "the file is 50.0 kB, over the 1.0 kB limit" in str(ingest([str(gz)], store, max_bytes=1000).failed[0])


def test_malformed_html_still_yields_its_text(tmp_path, store):
    broken = HTML.replace("</p>", "").replace("</article></body></html>", "<div><span>")
    report = run(store, write(tmp_path / "broken.html", broken))
    assert report.ok
    assert "neutral third country" in next(store.documents()).text


def test_folder_mixing_good_and_bad_files(tmp_path, store):
    write(tmp_path / "one.txt", ARTICLE)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "two.html", HTML)
    write(tmp_path / "sub" / "empty.txt", b"")
    write(tmp_path / "sub" / "notes.pdf", b"%PDF-1.4")  # unsupported suffix: not picked up from a folder
    write(tmp_path / ".hidden.txt", ARTICLE)
    report = run(store, tmp_path)
    assert sorted(Path(s.source).name for s in report.added) == ["one.txt", "two.html"]
    assert [Path(f.source).name for f in report.failed] == ["empty.txt"]


def test_globs_and_missing_paths(tmp_path, store):
    write(tmp_path / "a.txt", ARTICLE)
    report = ingest([str(tmp_path / "*.txt"), str(tmp_path / "*.nothing"), str(tmp_path / "missing.txt")], store, LIMIT)
    assert len(report.added) == 1
    assert [f.reason for f in report.failed] == ["no file matches this pattern", "no such file or folder"]


def test_a_failed_document_leaves_the_store_as_it_was(tmp_path, store):
    run(store, write(tmp_path / "a.txt", ARTICLE))
    doc = next(store.documents())
    doc.id = "0" * 16
    doc.removed = [Removed("fine", "other", ""), Removed(None, "other", "")]  # the second breaks NOT NULL
    with pytest.raises(StorylineError):
        store.add(doc)
    assert store.count() == 1
    assert store.conn.execute("SELECT count(*) FROM removed WHERE doc_id = ?", (doc.id,)).fetchone()[0] == 0


def test_locked_store_gives_a_clear_error(tmp_path):
    path = tmp_path / "locked.db"
    Store(path).close()
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorylineError, match="locked by another process"):
            with Store(path, timeout=0.1) as store:
                run(store, write(tmp_path / "a.txt", ARTICLE))
    finally:
        holder.rollback()
        holder.close()


def test_writing_a_read_only_store_gives_a_clear_error(tmp_path):
    path = tmp_path / "ro.db"
    Store(path).close()
    with Store(path, readonly=True) as store:
        with pytest.raises(StorylineError, match="read-only"):
            run(store, write(tmp_path / "a.txt", ARTICLE))


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write to any file, so the permission check cannot trip")
def test_read_only_file_is_refused_before_writing(tmp_path):
    path = tmp_path / "ro.db"
    Store(path).close()
    path.chmod(0o444)
    with pytest.raises(StorylineError, match="read-only"):
        Store(path)


def test_store_in_a_missing_folder(tmp_path):
    with pytest.raises(StorylineError, match="does not exist"):
        Store(tmp_path / "nope" / "x.db")


def test_not_a_store(tmp_path):
    bogus = write(tmp_path / "bogus.db", b"this is not sqlite at all" * 100)
    with pytest.raises(StorylineError, match="not a Storyline store"):
        Store(bogus)


WHENS = ("when_value", "when_precision", "when_text")


def _older_store(path: Path, version: int, text: str, row: str, dropped: dict[str, tuple[str, ...]]) -> None:
    """A store as an older Storyline left it: one document of ``text``, the row ``row`` inserts, and none of the
    ``dropped`` columns of each table."""
    with Store(path) as store:
        columns = "id, source, format, encoding, language, text, raw, ingested_at"
        values = "'abc', 'a.txt', 'text', 'utf-8', 'en', ?, x'00', '2024'"
        store.conn.execute(f"INSERT INTO documents ({columns}) VALUES ({values})", (text,))
        store.conn.execute(row)
        for table, names in dropped.items():
            for name in names:
                store.conn.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
        store.conn.execute(f"PRAGMA user_version={version}")
        store.conn.commit()


def test_a_version_5_store_gains_the_dates_of_speech_and_keeps_its_quotes(tmp_path):
    from storyline.types import Quote, Read

    path = tmp_path / "v5.db"
    _older_store(path, 5, "Ruto said talks resume.",
                 "INSERT INTO quotes (doc_id, seq, start, end, text, direct) VALUES ('abc', 0, 10, 22, "
                 "'talks resume', 0)",
                 {"quotes": (*WHENS, "perfect"), "figures": WHENS, "claims": WHENS,
                  "reports": ("narrative", "perfect"), "timexes": ("freq",)})  # fmt: skip
    with Store(path) as store:
        assert [q.text for _, q in store.quotes()] == ["talks resume"]
        dated = Quote(10, 22, "talks resume", False, 0, 4, "Ruto said", None, "2024-03-04", "day", "Monday")
        store.set_read("abc", Read(quotes=[dated]), 1)
        assert store.quotes() == [("abc", dated)]


def test_a_version_7_store_gains_the_dates_of_figures_and_claims(tmp_path):
    from storyline.types import Claim, Figure, Place, Read

    path = tmp_path / "v7.db"
    _older_store(path, 7, "Trade hit $5 million in 2023.",
                 "INSERT INTO figures (doc_id, seq, start, end, text, value, unit) VALUES ('abc', 0, 10, 20, "
                 "'$5 million', 5000000, 'USD')",
                 {"figures": WHENS, "claims": WHENS, "quotes": ("perfect",), "reports": ("perfect",),
                  "timexes": ("freq",)})  # fmt: skip
    with Store(path) as store:
        assert store.figures() == [("abc", Figure(10, 20, "$5 million", 5e6, "USD"))]
        dated = Figure(10, 20, "$5 million", 5e6, "USD", "Trade", "2023", "year", "2023")
        store.set_read("abc", Read(figures=[dated]), 1)
        assert store.figures() == [("abc", dated)]
        claim = Claim("c1", "Trade hit $5 million in 2023.", "single-source", ["abc"],
                      [Place("abc", 0, 29, "Trade hit $5 million in 2023.")], [], "2023", "year", "2023")  # fmt: skip
        store.replace_claims([claim], {})
        assert store.claims() == [claim]


def test_a_version_8_store_gains_the_speech_told_in_the_perfect_and_keeps_its_quotes(tmp_path):
    from storyline.types import Quote, Read

    path = tmp_path / "v8.db"
    _older_store(path, 8, "Ruto has said talks resume.",
                 "INSERT INTO quotes (doc_id, seq, start, end, text, direct) VALUES ('abc', 0, 14, 26, "
                 "'talks resume', 0)",
                 {"quotes": ("perfect",), "reports": ("perfect",), "timexes": ("freq",)})  # fmt: skip
    with Store(path) as store:
        assert store.quotes() == [("abc", Quote(14, 26, "talks resume", False))]
        before = Quote(14, 26, "talks resume", False, 0, 4, "Ruto has said", perfect=True)
        store.set_read("abc", Read(quotes=[before]), 1)
        assert store.quotes() == [("abc", before)]


def test_a_version_9_store_gains_the_deed_told_in_the_perfect_and_keeps_its_reports(tmp_path):
    from storyline.types import Read, Report

    path = tmp_path / "v9.db"
    _older_store(path, 9, "Kenya has expelled the envoy.",
                 "INSERT INTO reports (doc_id, seq, type, status, intensity, trigger_start, trigger_end, "
                 "sentence_start, sentence_end, sources, targets) VALUES ('abc', 0, 'SANCTION/diplomatic', "
                 "'occurred', -7.0, 10, 18, 0, 29, '[[0, 5]]', '[[19, 28]]')",
                 {"reports": ("perfect",), "timexes": ("freq",)})  # fmt: skip
    with Store(path) as store:
        told = Report("SANCTION/diplomatic", "occurred", -7.0, 10, 18, 0, 29, [(0, 5)], [(19, 28)])
        assert [r for _, _, r in store.reports()] == [told]
        before = replace(told, perfect=True)
        store.set_read("abc", Read(reports=[before]), 1)
        assert [r for _, _, r in store.reports()] == [before]


def test_a_version_10_store_gains_how_often_a_set_comes_round_and_keeps_its_expressions(tmp_path):
    from storyline.types import Timex

    path = tmp_path / "v10.db"
    _older_store(path, 10, "They meet twice a week.",
                 "INSERT INTO timexes (doc_id, seq, start, end, text, type, value) VALUES ('abc', 0, 16, 22, "
                 "'a week', 'SET', 'P1W')", {"timexes": ("freq",)})  # fmt: skip
    with Store(path) as store:
        assert store.timexes("abc") == [Timex(16, 22, "a week", "SET", "P1W")]
        twice = Timex(10, 22, "twice a week", "SET", "P1W", freq="2X")
        store.set_time("abc", Published(None), [twice], 1)
        assert store.timexes("abc") == store.all_timexes()["abc"] == [twice]


def test_a_document_dated_anew_is_read_anew(tmp_path, store):
    """Its events, quotes and figures took their dates from its temporal expressions, so new ones need a new
    reading, or they would keep the old ones' dates."""
    from storyline.extract import READ_VERSION

    source = write(tmp_path / "a.txt", ARTICLE)
    run(store, source)
    assert store.stale("read", READ_VERSION) == []
    store.conn.execute("UPDATE documents SET time_version = 0")
    assert redate(store) == 1
    assert [doc.source for doc in store.stale("read", READ_VERSION)] == [str(source)]
