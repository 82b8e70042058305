"""Events: reports read from sentences we wrote, merged across documents, on a timeline."""

import json

import pytest

from storyline.cli import app
from storyline.extract.events import find_reports
from storyline.extract.events.lexicon import polarity
from storyline.extract.time.when import timeline_key
from storyline.types import Published


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load

    return load()


def reports(nlp, text: str, published: Published = Published()) -> list[tuple[str, str, list[str], list[str]]]:
    return [(r.type, r.status, [text[a:b] for a, b in r.sources], [text[a:b] for a, b in r.targets])
            for r in find_reports(nlp(text), [], published)]  # fmt: skip


def test_verbs_with_source_and_target(nlp):
    assert reports(nlp, "Russia invited the Taliban.") == [("COOPERATE/invite", "occurred", ["Russia"], ["Taliban"])]


def test_a_passive_swaps_source_and_target(nlp):
    (found,) = reports(nlp, "The Taliban were invited by Russia.")
    assert found[2] == ["Russia"] and found[3] == ["Taliban"]


def test_event_nouns(nlp):
    (found,) = reports(nlp, "Shoigu's trip to Kabul surprised many.")
    assert found[:2] == ("CONSULT/visit", "occurred") and found[2] == ["Shoigu"] and "Kabul" in found[3][0]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Russia is considering removing the Taliban from the list.", "considered"),
        ("Russian ministries proposed to remove the Taliban from the list.", "proposed"),
        ("Russia did not recognize the Taliban government.", "denied"),
        ("Russia could recognize the Taliban government.", "hypothetical"),
        ("Russia will recognize the Taliban government.", "planned"),
    ],
)
def test_status_from_modality_negation_and_governing_verbs(nlp, text, status):
    assert [r[1] for r in reports(nlp, text)] == [status]


def test_there_is_no_recognition_is_denied(nlp):
    assert reports(nlp, "At this point there is no recognition of the Taliban.")[0][:2] == ("SUPPORT/diplomatic", "denied")


def test_a_present_tense_event_takes_the_document_date(nlp):
    (report,) = find_reports(nlp("Russia invites the Taliban to the forum."), [], Published("2024-05-27", "day"))
    assert (report.when_value, report.when_precision) == ("2024-05-27", "day")


def test_polarity_and_sorting():
    assert (polarity("AGREE"), polarity("ASSAULT"), polarity("STATEMENT")) == ("cooperation", "conflict", "neutral")
    assert sorted(["2024-11-27", "2024-W23", None, "198X"], key=timeline_key) == ["198X", "2024-W23", "2024-11-27", None]


ARTICLES = {
    "a.txt": "Invitation\n\nRussia invited the Taliban to the economic forum on 27 May 2024.\n",
    "b.txt": "Forum invitation\n\nOn 27 May 2024, Russia invited the Taliban to its economic forum, officials said.\n",
}


def test_one_event_told_twice_is_one_event_with_two_reports(runner, db, tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db)]).exit_code == 0
    events = json.loads(runner.invoke(app, ["timeline", "--db", str(db), "--json"]).stdout)
    invites = [e for e in events if e["type"] == "COOPERATE/invite"]
    assert len(invites) == 1 and len(invites[0]["evidence"]) == 2
    assert invites[0]["when"]["value"] == "2024-05-27" and invites[0]["polarity"] == "cooperation"
    only = json.loads(runner.invoke(app, ["timeline", "--actor", "Taliban", "--since", "2024-05", "--db", str(db), "--json"]).stdout)
    assert [e["id"] for e in only] == [invites[0]["id"]]
