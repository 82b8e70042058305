"""The command line: exact output, exit codes, export formats validated against the contract."""

import csv
import io
import json
import shutil

import jsonschema
import pytest

from storyline.cli import app

from .conftest import EXAMPLES, SEEDS, needs_contract, needs_seeds

ARTICLE = (
    "Ministers agree to resume talks\n\n"
    "The foreign ministers agreed on Tuesday to resume talks on the disputed border, officials said.\n\n"
    "The talks will be hosted by a neutral third country next month, according to a joint statement.\n"
)


def ingest_article(runner, db, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    return runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)])


def test_ingest_output_and_exit_codes(runner, db, tmp_path):
    result = ingest_article(runner, db, tmp_path)
    assert (result.exit_code, result.stdout) == (0, "Added 1 document, 0 already stored, 0 failed.\n")
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "empty.txt"), "--db", str(db)])
    assert result.exit_code == 1
    assert result.stdout == "Added 0 documents, 1 already stored, 1 failed.\n"
    assert result.stderr == (
        f"error: {tmp_path}/empty.txt: the file is empty. "
        "Check that the download or copy finished, or remove the file\n"
    )


def test_ingest_from_stdin(runner, db):
    result = runner.invoke(app, ["ingest", "-", "--db", str(db)], input=ARTICLE)
    assert result.exit_code == 0 and "Added 1 document" in result.stdout


def test_db_from_environment_and_config_file(runner, db, tmp_path, monkeypatch):
    (tmp_path / "storyline.toml").write_text('[storyline]\ndb = "from-file.db"\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert runner.invoke(app, ["ingest", "a.txt"]).exit_code == 0
    assert (tmp_path / "from-file.db").exists()
    monkeypatch.setenv("STORYLINE_DB", "from-env.db")
    assert runner.invoke(app, ["ingest", "a.txt"]).exit_code == 0
    assert (tmp_path / "from-env.db").exists()
    assert runner.invoke(app, ["ingest", "a.txt", "--db", "from-cli.db"]).exit_code == 0
    assert (tmp_path / "from-cli.db").exists()


def test_bad_config_file_is_named(runner, db, tmp_path):
    (tmp_path / "storyline.toml").write_text("[storyline]\ncolour = 'blue'\n")
    result = runner.invoke(app, ["docs"])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: unknown keys in ") and "colour" in result.stderr


def test_missing_store_for_reading(runner, db):
    result = runner.invoke(app, ["docs", "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr == f"error: there is no store at {db}. Run 'storyline ingest' first, or give --db\n"


def test_docs_and_show(runner, db, tmp_path):
    ingest_article(runner, db, tmp_path)
    listing = json.loads(runner.invoke(app, ["docs", "--db", str(db), "--json"]).stdout)
    assert [(d["title"], d["words"], d["removed"]) for d in listing] == [("Ministers agree to resume talks", 32, 0)]
    doc_id = listing[0]["id"]
    shown = runner.invoke(app, ["show", doc_id[:6], "--db", str(db)])
    assert shown.exit_code == 0
    assert shown.stdout.splitlines()[0] == f"id        {doc_id}"
    assert "Removed (0)" in shown.stdout
    assert runner.invoke(app, ["show", "zzz", "--db", str(db)]).exit_code == 2


def test_show_explains_what_was_removed(runner, db, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE + "\nLeave a Reply\n")
    runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)])
    doc_id = json.loads(runner.invoke(app, ["docs", "--db", str(db), "--json"]).stdout)[0]["id"]
    shown = json.loads(runner.invoke(app, ["show", doc_id, "--db", str(db), "--json"]).stdout)
    assert shown["removed"] == [
        {"text": "Leave a Reply", "kind": "comments",
         "why": "comments vocabulary (leave a reply); a fragment, not a sentence"}
    ]  # fmt: skip


@needs_contract
def test_export_json_of_the_example_corpus_validates(runner, db, tmp_path, contract_schema):
    corpus = tmp_path / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    assert runner.invoke(app, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["export", "--format", "json", "--db", str(db), "-o", str(tmp_path / "out.json")])
    export = json.loads((tmp_path / "out.json").read_text())
    items = sum(len(export[k]) for k in ("documents", "entities", "events", "quotes", "figures", "claims"))
    assert result.exit_code == 0 and result.stderr == f"Wrote {items} items to {tmp_path}/out.json\n"
    jsonschema.validate(export, contract_schema)
    assert len(export["documents"]) == 15
    assert all(export[k] for k in ("entities", "events", "quotes", "figures", "claims"))
    # quotes, figures and claims carry a time as events do, in the shape the contract gives an event's
    when = contract_schema["properties"]["events"]["items"]["properties"]["when"]
    for section in ("quotes", "figures", "claims"):
        for item in export[section]:
            jsonschema.validate(item["when"], when)
        assert any(item["when"]["value"] for item in export[section]), section


@needs_seeds
@needs_contract
def test_export_of_the_seeds_validates(runner, db, contract_schema):
    assert runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db)]).exit_code == 0
    stdout = runner.invoke(app, ["export", "--format", "json", "--db", str(db)]).stdout
    export = json.loads(stdout)
    jsonschema.validate(export, contract_schema)
    assert len(export["documents"]) == 5


def test_jsonl_and_csv(runner, db, tmp_path):
    ingest_article(runner, db, tmp_path)
    lines = runner.invoke(app, ["export", "-f", "jsonl", "--db", str(db)]).stdout.splitlines()
    sections = [json.loads(line)["section"] for line in lines]
    assert sections == ["documents", "quotes", "quotes"]  # "…, officials said", "…, according to a joint statement"
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "-f", "csv", "--db", str(db)]).stdout)))
    assert rows[0]["title"] == "Ministers agree to resume talks" and rows[0]["authors"] == ""
    events = runner.invoke(app, ["export", "-f", "csv", "--section", "events", "--db", str(db)]).stdout
    assert events.startswith("id,type,summary,source,target,when,status,polarity,evidence")


def test_export_refuses_unknown_format_and_keeps_old_file(runner, db, tmp_path):
    ingest_article(runner, db, tmp_path)
    target = tmp_path / "keep.json"
    target.write_text("previous")
    result = runner.invoke(app, ["export", "-f", "xml", "--db", str(db), "-o", str(target)])
    assert result.exit_code == 2 and "unknown export format 'xml'" in result.stderr
    assert target.read_text() == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".keep")] == []


@needs_contract
def test_bundled_schema_is_the_contract(contract_schema):
    from storyline.export import contract_schema as bundled

    assert bundled() == contract_schema


def test_help_and_version(runner):
    assert runner.invoke(app, ["--version"]).stdout == "storyline 0.1.0\n"
    for command in ("ingest", "export", "docs", "show"):
        result = runner.invoke(app, [command, "--help"])
        assert result.exit_code == 0 and "--db" in result.stdout


@pytest.mark.parametrize("value", ["abc", "-"])
def test_bad_option_value(runner, db, value):
    result = runner.invoke(app, ["ingest", "x.txt", "--max-mb", value])
    assert result.exit_code == 2
