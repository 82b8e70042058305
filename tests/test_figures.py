"""Figures: values, units and what they measure, on sentences we wrote."""

import json

import pytest

from storyline.cli import app
from storyline.extract.figures import find_figures


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load

    return load()


def figures(nlp, text: str, dates: list[tuple[int, int]] = ()) -> list[tuple[str, float, str, str | None]]:
    return [(f.text, f.value, f.unit, f.subject) for f in find_figures(nlp(text), list(dates))]


def test_money_with_currency_and_scale(nlp):
    text = "Trade between the two countries was only $289 million last year."
    assert figures(nlp, text) == [("$289 million", 289e6, "USD", "Trade between the two countries")]
    assert figures(nlp, "The loan is worth 5 billion roubles.")[0][1:3] == (5e9, "RUB")
    assert figures(nlp, "They paid €1.5bn for the port.")[0][1:3] == (1.5e9, "EUR")


def test_a_bracketed_figure_measures_the_name_before_it(nlp):
    text = "Its trade trails Iran ($1.4 billion) and China ($1.2 billion) by a wide margin."
    assert [(f[0], f[3]) for f in figures(nlp, text)] == [("$1.4 billion", "Iran"), ("$1.2 billion", "China")]


def test_percentages(nlp):
    assert figures(nlp, "Exports fell by 12.5 percent.")[0][1:3] == (12.5, "percent")
    assert figures(nlp, "Turnout reached 64%.")[0][1:3] == (64, "percent")


def test_a_percentage_of_a_whole_measures_a_share_of_it(nlp):
    assert figures(nlp, "The party took 40% of the seats.")[0][3] == "The party's share of the seats"
    assert figures(nlp, "About 64 percent of voters backed the plan.")[0][3] == "share of voters"
    assert figures(nlp, "Inspectors checked 32% of the sites.")[0][3] == "Inspectors: share of the sites"
    assert figures(nlp, "Sanders won 69 percent of the vote.")[0][3] == "Sanders' share of the vote"
    text = "The opposition leader Ahmed Ali, known as Gaab, won the election with about 58 percent of the vote."
    assert figures(nlp, text)[0][3] == "The opposition leader Ahmed Ali's share of the vote"  # not ", known as Gaab,"


def test_counts_with_their_noun(nlp):
    text = "The ministry announced 130 industry and infrastructure projects and sent 2,000 troops."
    assert figures(nlp, text) == [
        ("130 industry and infrastructure projects", 130, "count", "industry and infrastructure projects"),
        ("2,000 troops", 2000, "people", "troops"),
    ]


def test_dates_and_years_are_no_figures(nlp):
    text = "In 2021 the talks began; the 1960 borders still hold."
    assert figures(nlp, text, [(3, 7)]) == []


def test_figures_command(runner, db, tmp_path):
    (tmp_path / "a.txt").write_text("Trade grows\n\nTrade between the two countries was only $289 million in 2023.\n")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["figures", "--db", str(db), "--json"]).stdout)
    assert [(f["value"], f["unit"], f["text"]) for f in listed] == [(289e6, "USD", "$289 million")]
    assert runner.invoke(app, ["figures", "--unit", "percent", "--db", str(db), "--json"]).stdout.strip() == "[]"
