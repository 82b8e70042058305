"""Quotes: who said what, on passages we wrote."""

import json

import pytest

from storyline.cli import app
from storyline.extract.quotes import find_quotes
from storyline.extract.quotes.speech import quoted_spans


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load

    return load()


def quotes(nlp, text: str) -> list[tuple[str, bool, str | None]]:
    return [(q.text, q.direct, text[q.source_start : q.source_end] if q.source_start is not None else None)
            for q in find_quotes(nlp(text))]  # fmt: skip


def test_quote_then_says_name(nlp):
    text = "“The ties are old but never warm,” says Oz Hassan, a researcher at a British university."
    assert quotes(nlp, text) == [("The ties are old but never warm", True, "Oz Hassan")]
    assert find_quotes(nlp(text))[0].speaker_text == "says Oz Hassan"


def test_name_said_colon_quote_with_curly_or_straight_marks(nlp):
    for text in ('The envoy Lena Okafor said: "We will not leave the talks."',
                 "The envoy Lena Okafor said: “We will not leave the talks.”"):  # fmt: skip
        assert quotes(nlp, text) == [("We will not leave the talks.", True, "Lena Okafor")]


def test_quote_then_pronoun_said(nlp):
    text = "“We are ready to sign the accord tomorrow,” he said."
    assert quotes(nlp, text) == [("We are ready to sign the accord tomorrow", True, "he")]


def test_bracketed_insertions_stay_in_the_quote(nlp):
    text = "“The two sides [have] agreed on a second round of talks,” said the minister."
    assert quotes(nlp, text)[0][0] == "The two sides [have] agreed on a second round of talks"


def test_a_quote_over_two_paragraphs_is_one_quote(nlp):
    text = "“The first round went well,” Okafor said. “We spoke for hours.\n\n“The second round starts in May.”"
    assert quoted_spans(text)[1] == (text.index("We spoke"), text.rindex("”"))
    found = quotes(nlp, text)
    assert [q[2] for q in found] == ["Okafor", "Okafor"]  # the second goes on from the first speaker


def test_the_next_paragraph_continues_the_speaker(nlp):
    text = "“We will talk again,” the minister said.\n\n“Nothing is settled yet, and nothing will be until May.”"
    assert [q[2] for q in quotes(nlp, text)] == ["the minister", "the minister"]


def test_headline_attribution_after_a_dash(nlp):
    text = "• 17 May 2024: “Trade with the north will double next year” — Deputy PM Overchuk\n"
    assert quotes(nlp, text) == [("Trade with the north will double next year", True, "Deputy PM Overchuk")]


def test_scare_quotes_and_titles_are_no_speech(nlp):
    text = ("The talks were called a “durable peace” effort. Read our earlier piece, "
            "“Comparing The Contours Of Two Pivots In The Region”.")  # fmt: skip
    assert [q for q in quotes(nlp, text) if q[1]] == []


def test_reported_speech(nlp):
    found = quotes(nlp, "Officials said that the border would reopen next week.")
    assert found == [("the border would reopen next week", False, "Officials")]
    found = quotes(nlp, "According to the ministry, the border will reopen on Monday.")
    assert found == [("the border will reopen on Monday", False, "the ministry")]


def test_the_fact_is_no_speaker(nlp):
    assert quotes(nlp, "The fact that talks resumed suggests that a deal is near.") == []


ARTICLE = (
    "Talks resume\n\nSergei Shoigu met the envoys in Kabul on Monday.\n\n"
    "“Our ties will only grow,” Shoigu said after the meeting.\n"
)


def test_quotes_command_names_the_speaker(runner, db, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["quotes", "--db", str(db), "--json"]).stdout)
    actors = {a["id"]: a["name"] for a in json.loads(runner.invoke(app, ["actors", "--db", str(db), "--json"]).stdout)}
    assert [(actors[q["speaker"]], q["text"], q["direct"]) for q in listed] == [
        ("Sergei Shoigu", "Our ties will only grow", True)
    ]
    by_speaker = runner.invoke(app, ["quotes", "--speaker", "shoigu", "--db", str(db)])
    assert by_speaker.stdout.endswith("Sergei Shoigu: “Our ties will only grow”\n")
