"""TimeML in and out, the `timex` command, and time in the store (a TempEval-3 style file we wrote)."""

import json
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from storyline.cli import app
from storyline.extract.time import VERSION
from storyline.extract.time.scoring import Counts, DateCounts, held_out
from storyline.extract.time.timeml import read_event_dates, read_timeml, render, tag_timeml_folder
from storyline.pipeline import redate
from storyline.store import Store
from storyline.store.schema import SCHEMA_VERSION
from storyline.types import Timex

from .conftest import SHARED

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST0001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-29" temporalFunction="false" functionInDocument="CREATION_TIME">20240529</TIMEX3></DCT>
<TEXT>
The ministers <EVENT eid="e1" class="OCCURRENCE">met</EVENT> <TIMEX3 tid="t1" type="DATE" value="2024-05-28">Tuesday</TIMEX3> &amp; agreed to talk again <TIMEX3 tid="t2" type="DATE" value="2024-06">next month</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
</TimeML>
"""


@pytest.fixture
def tml_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in" / "news"
    folder.mkdir(parents=True)
    (folder / "TEST0001.tml").write_text(TML, encoding="utf-8")
    return tmp_path / "in"


def test_reading_takes_the_dct_and_the_gold_out_of_the_text(tml_folder):
    document = read_timeml(tml_folder / "news" / "TEST0001.tml")
    assert str(document.dct) == "2024-05-29"
    assert document.text == "\nThe ministers met Tuesday &amp; agreed to talk again next month.\n"
    assert [(t.text, t.value) for t in document.gold] == [("Tuesday", "2024-05-28"), ("next month", "2024-06")]
    assert all(document.text[t.start : t.end] == t.text for t in document.gold)


def test_written_files_keep_the_text_and_carry_our_tags(tml_folder, tmp_path):
    report = tag_timeml_folder(tml_folder, tmp_path / "out")
    assert (report.files, report.expressions, report.failed) == (1, 2, [])
    written = tmp_path / "out" / "news" / "TEST0001.tml"
    ET.parse(written)  # well-formed XML
    markup = written.read_text(encoding="utf-8")
    assert '<TIMEX3 tid="t1" type="DATE" value="2024-05-28">Tuesday</TIMEX3>' in markup
    assert "<EVENT" not in markup and "MAKEINSTANCE" not in markup
    again = read_timeml(written)
    original = read_timeml(tml_folder / "news" / "TEST0001.tml")
    assert again.text == original.text and again.dct == original.dct
    counts = Counts()
    counts.add(original.gold, again.gold)
    assert counts.scores()["strict_f1"] == counts.scores()["value_f1"] == counts.scores()["value_accuracy"] == 1.0


def test_value_accuracy_is_the_share_of_matches_with_the_right_value():
    gold = [Timex(0, 7, "Tuesday", "DATE", "2024-05-28"), Timex(20, 30, "next month", "DATE", "2024-06")]
    counts = Counts()
    counts.add(gold, [Timex(0, 7, "Tuesday", "DATE", "2024-05-21"), Timex(20, 30, "next month", "DATE", "2024-06")])
    assert (counts.scores()["value_f1"], counts.scores()["value_accuracy"]) == (0.5, 0.5)
    assert Counts().scores()["value_accuracy"] == 0.0


def test_render_escapes_values_and_numbers_after_the_dct(tml_folder):
    document = read_timeml(tml_folder / "news" / "TEST0001.tml")
    markup = render(document, [Timex(15, 18, "met", "DATE", 'a"b')])
    assert '<TIMEX3 tid="t1" type="DATE" value="a&quot;b">met</TIMEX3>' in markup


def test_a_set_carries_how_often_it_comes_round_there_and_back(tml_folder, tmp_path):
    document = read_timeml(tml_folder / "news" / "TEST0001.tml")
    markup = render(document, [Timex(15, 18, "met", "SET", "P1W", freq="2X")])
    assert '<TIMEX3 tid="t1" type="SET" value="P1W" freq="2X">met</TIMEX3>' in markup
    (tmp_path / "set.tml").write_text(markup, encoding="utf-8")
    assert read_timeml(tmp_path / "set.tml").gold == [Timex(15, 18, "met", "SET", "P1W", freq="2X")]


def test_one_bad_file_is_reported_and_the_rest_go_on(tml_folder, tmp_path):
    (tml_folder / "news" / "BROKEN.tml").write_text("<TimeML>no text element</TimeML>", encoding="utf-8")
    report = tag_timeml_folder(tml_folder, tmp_path / "out")
    assert report.files == 1
    assert [str(e) for e in report.failed] == [
        f"{tml_folder}/news/BROKEN.tml: it has no <TEXT> element. Give a TempEval-3 style TimeML (.tml) file"
    ]


def test_timex_timeml_command(runner, tml_folder, tmp_path):
    result = runner.invoke(app, ["timex", "--timeml", str(tml_folder), str(tmp_path / "out")])
    assert result.exit_code == 0
    assert result.stdout == f"Tagged 1 files (2 temporal expressions) into {tmp_path / 'out'}.\n"
    result = runner.invoke(app, ["timex", "--timeml", str(tml_folder), str(tml_folder)])
    assert result.exit_code == 2
    assert "it is the input folder" in result.stderr


def test_timex_command_on_text(runner):
    result = runner.invoke(app, ["timex", "--date", "2024-05-29", "--json", "Talks resumed last week."])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["published"]["value"] == "2024-05-29"
    assert [(t["text"], t["value"], t["when"]["precision"]) for t in record["timexes"]] == [
        ("last week", "2024-W21", "week")
    ]
    twice = runner.invoke(app, ["timex", "--date", "2024-05-29", "--json", "They meet twice a week."])
    record = json.loads(twice.stdout)
    assert [(t["text"], t["value"], t["freq"]) for t in record["timexes"]] == [("twice a week", "P1W", "2X")]
    lines = runner.invoke(app, ["timex", "NAIROBI, March 3, 2016 — Talks resumed last week."]).stdout.splitlines()
    assert lines[:2] == ["document date 2016-03-03 (day, stated)", "  from the dateline “NAIROBI, March 3, 2016 —”"]
    result = runner.invoke(app, ["timex", "--date", "29/05/2024", "x"])
    assert (result.exit_code, result.stderr) == (2, "error: '29/05/2024' is not a date. Write it as YYYY-MM-DD, e.g. 2024-05-27\n")


def test_timex_command_reads_and_cleans_an_article_file(runner, tmp_path):
    page = tmp_path / "talks.html"
    page.write_text("<html><head><title>Talks end</title><meta property='article:published_time' "
                    "content='2024-05-29'></head><body><nav>Home | World | Sport</nav><article><h1>Talks end</h1>"
                    "<p>The envoys left the capital on Monday after a week of talks.</p>"
                    "<p>A second round is planned for next month, officials said.</p></article></body></html>")
    record = json.loads(runner.invoke(app, ["timex", "--json", str(page)]).stdout)
    assert record["published"]["value"] == "2024-05-29"
    assert [(t["text"], t["value"]) for t in record["timexes"]] == [
        ("Monday", "2024-05-27"), ("a week", "P1W"), ("next month", "2024-06")
    ]
    # --date wins over what the page states
    record = json.loads(runner.invoke(app, ["timex", "--json", "--date", "2024-06-05", str(page)]).stdout)
    assert [t["value"] for t in record["timexes"]] == ["2024-06-03", "P1W", "2024-07"]
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"source": "a", "text": "Talks on Monday."}\n{"source": "b", "text": "Talks on Friday."}\n')
    result = runner.invoke(app, ["timex", str(feed)])
    assert (result.exit_code, result.stderr) == (
        2, f"error: {feed}: it holds 2 articles. Ingest it, then give one with --doc ID\n"
    )
    result = runner.invoke(app, ["timex", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "cannot read the file" in result.stderr


ARTICLE = "Envoys meet again\n\nThe envoys in the capital on 14 March 2024.\n\nA second round followed last week.\n"


def test_ingest_dates_an_undated_article_and_stores_its_expressions(runner, db, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    with Store(db) as store:
        (doc,) = store.documents()
        assert (doc.published.value, doc.published.inferred) == ("2024-03-14", True)
        assert [(t.text, t.value, t.guess) for t in store.get(doc.id).timexes] == [
            ("14 March 2024", "2024-03-14", False),
            ("last week", "2024-W10", True),
        ]
    listing = runner.invoke(app, ["docs", "--db", str(db)]).stdout
    assert "~2024-03-14" in listing and "~ a date inferred from the content" in listing
    assert json.loads(runner.invoke(app, ["docs", "--db", str(db), "--json"]).stdout)[0]["published_inferred"]
    result = runner.invoke(app, ["timex", "--doc", doc.id[:6], "--db", str(db), "--json"])
    assert json.loads(result.stdout)["timexes"][1]["when"] == {"value": "2024-W10", "precision": "week", "text": "last week"}


def test_a_background_year_is_shown_as_a_bound_not_a_date(runner, db, tmp_path):
    (tmp_path / "a.txt").write_text("Judge named\n\nShe was appointed in 1993. On Monday she said she would stay.\n")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    with Store(db) as store:
        (doc,) = store.documents()
    assert (doc.published.value, doc.published.inferred) == (None, True)
    listing = runner.invoke(app, ["docs", "--db", str(db)]).stdout
    assert "~" not in listing
    shown = runner.invoke(app, ["show", doc.id[:6], "--db", str(db)]).stdout
    assert "unknown (inferred from 'only a bound: written no earlier than 1993," in " ".join(shown.split())
    lines = runner.invoke(app, ["timex", "--doc", doc.id[:6], "--db", str(db)]).stdout.splitlines()
    assert lines[:2] == ["document date unknown", "  only a bound: written no earlier than 1993, the latest dated "
                         "development it reports: “She was appointed in 1993.”"]  # fmt: skip


V1_SCHEMA = """
CREATE TABLE documents (id TEXT PRIMARY KEY, source TEXT NOT NULL, format TEXT NOT NULL, encoding TEXT NOT NULL,
    title TEXT, subtitle TEXT, authors TEXT NOT NULL DEFAULT '[]', outlet TEXT, published TEXT,
    published_precision TEXT, published_inferred INTEGER NOT NULL DEFAULT 0, published_evidence TEXT,
    language TEXT NOT NULL, text TEXT NOT NULL, raw BLOB NOT NULL, ingested_at TEXT NOT NULL);
CREATE TABLE removed (doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
    kind TEXT NOT NULL, text TEXT NOT NULL, why TEXT NOT NULL, PRIMARY KEY (doc_id, seq));
PRAGMA user_version=1;
"""


def test_a_version_1_store_is_migrated_and_dated_without_losing_anything(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    conn.execute(
        "INSERT INTO documents (id, source, format, encoding, language, text, raw, ingested_at) "
        "VALUES ('abc', 'a.txt', 'text', 'utf-8', 'en', ?, x'00', '2024-01-01')",
        (ARTICLE,),
    )
    conn.execute("INSERT INTO removed VALUES ('abc', 0, 'byline', 'By A. Writer', 'credit line')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert redate(store) == 1
        doc = store.get("abc")
        assert (doc.published.value, len(doc.timexes), len(doc.removed)) == ("2024-03-14", 2, 1)
        assert redate(store) == 0
        assert store.conn.execute("SELECT time_version FROM documents").fetchone()[0] == VERSION


LINKED = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-05-29" functionInDocument="CREATION_TIME">20240529</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1" class="OCCURRENCE">shelled</EVENT> the port \
<TIMEX3 tid="t1" type="DATE" value="2024-05-27">Monday</TIMEX3>, officials \
<EVENT eid="e2" class="REPORTING">said</EVENT>. \
The siege <EVENT eid="e3" class="OCCURRENCE">lasted</EVENT> \
<TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> and may <EVENT eid="e4" class="OCCURRENCE">end</EVENT> \
<TIMEX3 tid="t3" type="TIME" value="2024-06-03T09:00">at 9 a.m. on June 3</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1"/><MAKEINSTANCE eventID="e2" eiid="ei2"/>
<MAKEINSTANCE eventID="e3" eiid="ei3"/><MAKEINSTANCE eventID="e4" eiid="ei4"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t0" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="DURING" eventInstanceID="ei3" relatedToTime="t2"/>
<TLINK lid="l4" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0"/>
<TLINK lid="l5" relType="IS_INCLUDED" eventInstanceID="ei4" relatedToTime="t3"/>
</TimeML>
"""


def test_events_take_the_dates_their_links_put_them_within(tmp_path):
    path = tmp_path / "linked.tml"
    path.write_text(LINKED, encoding="utf-8")
    text = read_timeml(path).text
    found = read_event_dates(path)
    # a duration and a "BEFORE" give no date; the DCT does, and a time gives its day
    assert [(e.text, e.kind, sorted(e.dates)) for e in found] == [("shelled", "OCCURRENCE", ["2024-05-27"]),
                                                                   ("said", "REPORTING", ["2024-05-29"]),
                                                                   ("end", "OCCURRENCE", ["2024-06-03"])]  # fmt: skip
    assert all(text[e.start : e.end] == e.text for e in found)


def test_an_event_date_agrees_exactly_or_nested_or_is_wrong_or_missing():
    counts = DateCounts()
    gold = frozenset({"2024-05-27"})
    verdicts = [counts.add(ours, gold) for ours in ("2024-05-27", "2024-05", "2024-W22", "2024-05-28", None)]
    assert verdicts == ["exact", "nested", "nested", "wrong", "undated"]
    assert counts.scores() == {"events": 5, "exact": 1, "nested": 2, "wrong": 1, "undated": 1,
                                    "dated_share": 0.8, "agree_share": 0.75}  # fmt: skip


TBAQ = SHARED / "data" / "tempeval3" / "tbaq-cleaned"


@pytest.mark.skipif(not TBAQ.is_dir(), reason="../shared/data/tempeval3 is absent (only beside the project checkout)")
def test_tempeval_files_read_and_split():
    files = sorted(TBAQ.glob("*/*.tml"))
    assert len(files) == 256
    held = [f for f in files if held_out(f.name)]
    assert 40 <= len(held) <= 60
    document = read_timeml(files[0])
    assert document.dct is not None and document.gold
    assert all(document.text[t.start : t.end] == t.text for t in document.gold)
    linked = read_event_dates(files[0])
    assert linked and all(document.text[e.start : e.end] == e.text and e.dates for e in linked)
