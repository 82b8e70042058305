"""Figures: values, units and what they measure, on sentences we wrote."""

import json
from datetime import date

import pytest

from storyline.cli import app
from storyline.extract.events import date_figures
from storyline.extract.figures import find_figures
from storyline.extract.time import find_timexes
from storyline.types import Published


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


def test_a_people_counted_by_its_name_and_a_measure_of_a_thing(nlp):
    assert figures(nlp, "About 3.5 million Afghans live in Iran.") == [
        ("3.5 million Afghans", 3.5e6, "people", "Afghans")
    ]
    assert figures(nlp, "He signed 12 Marines and hired 70 super PACs.") == [
        ("70 super PACs", 70, "count", "super PACs")  # a name right after the number is no people's
    ]
    assert figures(nlp, "Russia shipped 1 million tonnes of wheat to Kabul.") == [
        ("1 million tonnes", 1e6, "tonnes", "wheat")
    ]
    assert figures(nlp, "The farm covers 300 hectares.") == [("300 hectares", 300, "hectares", "The farm")]
    assert figures(nlp, "It is hard to say how much you save if you cut output by 500 tons.")[0][2:] == ("tons", "tons")


def test_dates_and_years_are_no_figures(nlp):
    text = "In 2021 the talks began; the 1960 borders still hold."
    assert figures(nlp, text, [(3, 7)]) == []


def dated(nlp, text: str, day: str = "2024-06-05") -> list[tuple[str, str | None, str | None]]:
    """Each figure of ``text``, told on ``day``, with the value and the words of its date."""
    timexes = find_timexes(text, date.fromisoformat(day))
    doc = nlp(text)
    found = date_figures(doc, find_figures(doc, [(t.start, t.end) for t in timexes]), timexes, Published(day, "day"))
    return [(f.text, f.when_value, f.when_text) for f in found]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Exports to the region climbed to $740 million in 2023.", [("$740 million", "2023", "2023")]),
        ("In 2022, the two ports handled 3,000 ships.", [("3,000 ships", "2022", "2022")]),
        ("Unemployment stood at 7 percent in April, down from 8 percent in January.",
         [("7 percent", "2024-04", "April"), ("8 percent", "2024-01", "January")]),
        ("On Monday, the police detained 45 demonstrators outside parliament.",
         [("45 demonstrators", "2024-06-03", "Monday")]),
        ("The mill produced 80,000 tonnes in May, 6 percent more than in April.",
         [("80,000 tonnes", "2024-05", "May"), ("6 percent", "2024-05", "May")]),
        ("The port handled 12 percent more ships than it did in 2019.", [("12 percent", None, None)]),
        ("Exports were 12 percent above 2019.", [("12 percent", None, None)]),
        ("The firm said on Tuesday it had shed 250 jobs.", [("250 jobs", None, None)]),
        # what is measured over a span was reached by its end
        ("The harbour took in 12 percent more cargo from March to May.", [("12 percent", "2024-05", "May")]),
        ("Between 2009 and 2014, road deaths fell 27 percent.", [("27 percent", "2014", "2014")]),
        ("The survey reached 1,200 farmers between May 6-9.", [("1,200 farmers", "2024-05-09", "9")]),
        ("Most voters expect the senator to win Monday's debate -- 44 percent to 34 percent.",
         [("44 percent", None, None), ("34 percent", None, None)]),
        ("Last year's $80 million in aid was a record.", [("$80 million", "2023", "Last year")]),
        # a date hung on the figure a change starts from is that figure's, not the one it ends at
        ("The shilling rose to 128.5 percent from 127.9 percent the day before.",
         [("128.5 percent", None, None), ("127.9 percent", "2024-06-04", "the day before")]),
        ("Police held 40 protesters, up from 12 in May.", [("40 protesters", None, None)]),
        ("Turnout reached 61 percent, compared with 58 percent in 2019.",
         [("61 percent", None, None), ("58 percent", "2019", "2019")]),
        ("Sales of 3,000 tonnes were worth more than $900 million in 1995.",
         [("3,000 tonnes", "1995", "1995"), ("$900 million", "1995", "1995")]),
        # nor is the day of a deed another comes after that deed's, nor a deed's listed with it
        ("The envoy flies to Accra on Monday after visiting 12 cities, raising $20 million and meeting donors.",
         [("12 cities", None, None), ("$20 million", None, None)]),
    ],
)
def test_a_figure_carries_the_date_its_clause_gives_what_it_measures(nlp, text, when):
    """Not the base it is compared with ("more than in April"), nor a telling's day outside its clause, nor the day
    of a noun its phrase is set beside ("Monday's debate -- 44 percent")."""
    assert dated(nlp, text) == when


def test_figures_command(runner, db, tmp_path):
    (tmp_path / "a.txt").write_text("Trade grows\n\nTrade between the two countries was only $289 million in 2023.\n")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["figures", "--db", str(db), "--json"]).stdout)
    assert [(f["value"], f["unit"], f["text"]) for f in listed] == [(289e6, "USD", "$289 million")]
    assert listed[0]["when"] == {"value": "2023", "precision": "year", "text": "2023"}
    table = runner.invoke(app, ["figures", "--db", str(db)], env={"COLUMNS": "200"}).stdout
    assert next(line for line in table.splitlines() if "$289 million" in line).split()[-1] == "2023"
    assert runner.invoke(app, ["figures", "--unit", "percent", "--db", str(db), "--json"]).stdout.strip() == "[]"


def test_dating_ends_on_a_pipeline_that_labels_no_dependencies():
    """A root the parse left unlabelled stops the walk up a figure's heads instead of looping on itself."""
    import spacy

    from storyline.types import Figure

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    text = "Trade reached $289 million in 2023."
    figure = Figure(14, 26, "$289 million", 289e6, "USD")
    timexes = find_timexes(text, date(2024, 1, 10))
    assert [f.text for f in date_figures(blank(text), [figure], timexes, Published("2024-01-10", "day"))] == [
        "$289 million"
    ]
