"""Across sources: copies, statements, and how claims from different outlets stand to each other.

The multi-outlet fixtures in tests/fixtures/outlets are ours: six short reports
of one story by five invented outlets, one of them a syndicated copy.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from storyline.cli import app
from storyline.extract.claims import find_copies, find_statements, independent
from storyline.extract.claims.relate import relation
from storyline.types import Document, Published, Quote, Report, Statement, Timex

WIRE = ("Russia formally recognised the Taliban government on Thursday, becoming the first country to do so since the "
        "movement returned to power. Foreign Minister Amir Khan Muttaqi received the Russian ambassador in Kabul and "
        "called the decision a brave step. The ministry said the recognition would help trade and transport.")  # fmt: skip


def test_a_copy_is_found_even_retitled_or_trimmed_and_points_at_the_earliest():
    texts = [("wire", WIRE), ("copy", "Kremlin recognises Taliban. " + WIRE + " Republished with permission."),
             ("trimmed", WIRE.rsplit(". ", 1)[0]), ("other", "Moscow formally recognised the Taliban on Thursday, "
             "the first country in the world to take that step, after accepting an ambassador's credentials.")]  # fmt: skip
    copies = find_copies(texts)
    assert set(copies) == {"copy", "trimmed"}
    assert copies["copy"][0] == copies["trimmed"][0] == "wire"
    assert 0.5 <= copies["trimmed"][1] <= 1.0


def test_copies_and_one_outlet_count_once():
    copies = {"b": ("a", 0.9)}
    outlets = {"a": "Kabul Ledger", "b": "Eastern Post", "c": "Kabul Ledger", "d": None}
    assert independent(["a", "b", "c"], copies, outlets) == {"kabul ledger"}
    assert len(independent(["a", "b", "d"], copies, outlets)) == 2


def _doc(text: str) -> Document:
    return Document("d1", "t.txt", "text", "utf-8", b"", text, published=Published("2025-07-04", "day"))


def _dates(text: str, *values: tuple[str, str]) -> list[Timex]:
    """A DATE for each (words, value), at the first place ``text`` has the words."""
    return [Timex(text.index(d), text.index(d) + len(d), d, "DATE", v) for d, v in values]


def _found(text: str, names: str, *values: tuple[str, str]) -> list[Statement]:
    """The statements of ``text``, its actors each match of the pattern ``names``, its dates as ``_dates`` gives."""
    actors = [(m.start(), m.end(), m[0].lower()) for m in re.finditer(names, text)]
    return find_statements(_doc(text), actors, _dates(text, *values), [], [], [])


def test_statements_leave_out_questions_opinions_and_quoted_words():
    text = ("Russia recognised the Taliban government on Thursday in Kabul. Will Russia recognise the Taliban next "
            "year, and when? Russia should recognise the Taliban government soon, many argue. "
            "\"Russia has recognised the Taliban today,\" Mujahid said. Russia may recognise the Taliban government "
            "one day. Russia and the Taliban held talks.")  # fmt: skip
    actors = [(m.start(), m.end(), "russia") for m in re.finditer("Russia", text)]
    timexes = _dates(text, ("Thursday", "2025-07-03"))
    quote_start = text.index("Russia has recognised")
    quotes = [Quote(quote_start, quote_start + 40, text[quote_start : quote_start + 40], True)]
    found = find_statements(_doc(text), actors, timexes, [], [], quotes)
    assert [s.text.split()[0:2] for s in found] == [["Russia", "recognised"]]
    assert found[0].time == "2025-07-03" and found[0].dated
    guess = "I’m sure Russia recognised the Taliban government in Kabul."  # the typographic apostrophe too
    assert find_statements(_doc(guess), [(9, 15, "russia"), (31, 38, "taliban")], [], [], [], []) == []


def test_statements_read_negation_denial_types_and_figures():
    text = "Russia has not recognised the Taliban government in Kabul. The Kremlin denied that Russia armed the Taliban."
    second = text.index("The Kremlin")
    actors = [(0, 6, "russia"), (second + 4, second + 11, "russia")]
    armed = text.index("armed")
    reports = [Report("SUPPORT/diplomatic", "denied", 8, 15, 25, 0, second, [(0, 6)], []),
               Report("AID", "denied", 5, armed, armed + 5, second, len(text), [(second + 4, second + 11)], [])]
    found = find_statements(_doc(text), actors, [], reports, [], [])
    assert [(s.negated, s.denied, s.types) for s in found] == [(True, False, ("SUPPORT/diplomatic",)),
                                                                (False, True, ("AID",))]
    assert not found[0].dated and found[0].time == "2025-07-04"
    curly = text.replace("has not", "hasn’t")
    assert find_statements(_doc(curly), actors, [], reports[:1], [], [])[0].negated  # the typographic apostrophe


def test_a_year_that_qualifies_a_role_or_a_border_does_not_date_the_statement():
    text = "Russia said it recognised Somalia within its 1960 borders. Russia backed the 2012 attacks on Kabul."
    found = _found(text, "Russia", ("1960", "1960"), ("2012", "2012"))
    assert [(s.time, s.dated) for s in found] == [("2025-07-04", False), ("2012", True)]


def test_a_year_that_names_a_thing_dates_the_statement_only_where_no_date_tells_when_something_was_done():
    text = ("The backers of the 2022 campaign, led by Kenya, sent $3 million last month. "
            "Kenya won the 2023 vote in the assembly.")
    found = _found(text, "Kenya", ("2022", "2022"), ("last month", "2025-05"), ("2023", "2023"))
    assert [(s.when, s.time_text) for s in found] == [("2025-05", "last month"), ("2023", "2023")]


def test_a_date_a_relative_clause_tells_is_no_time_the_statement_holds_at():
    text = ("Kenya buys coal from a mine in Somalia, which the rebels seized in March. "
            "Kenya, which sent troops in 2011, recalled its envoy on Monday.")
    found = _found(text, "Kenya", ("March", "2025-03"), ("2011", "2011"), ("Monday", "2025-06-30"))
    assert [(s.when, s.time_text) for s in found] == [(None, None), ("2025-06-30", "Monday")]


def test_a_date_that_names_the_people_an_event_left_behind_does_not_date_the_statement():
    text = ("After protests by 9/11 survivors, Congress passed the bill. Kenya met the 1998 bombing survivors. "
            "In 2015 victims of the floods got aid from Kenya.")
    found = _found(text, "Kenya|Congress", ("9/11", "2001-09-11"), ("1998", "1998"), ("2015", "2015"))
    assert [(s.when, s.dated) for s in found] == [(None, False), (None, False), ("2015", True)]


def test_a_date_the_statement_is_ordered_against_is_no_time_it_holds_at_but_still_links_it():
    text = ("Kenya has kept troops in Somalia since its army crossed the border in 2011. Kenya said 400 ships were "
            "seized between January 1 and March 30. Ahead of Monday's summit, Kenya backed the talks.")
    found = _found(text, "Kenya", ("2011", "2011"), ("January 1", "2025-01-01"), ("March 30", "2025-03-30"),
                   ("Monday", "2025-06-30"))
    assert [(s.when, s.time_text) for s in found] == [(None, None), ("2025-03-30", "March 30"), (None, None)]
    assert [(s.time, s.dated) for s in found] == [("2011", True), ("2025-01-01", True), ("2025-06-30", True)]


def test_the_time_a_statement_is_compared_with_is_no_time_it_holds_at():
    text = ("Kenya sent fewer troops to Somalia than it did in 2011. Kenya sent fewer troops than in 2012. "
            "Kenya had more than 4,000 troops in Somalia in 2013. Kenya sent fewer troops than Uganda in 2014. "
            "Kenya's trade with Somalia fell 40 percent from 2015. Kenya kept troops in Somalia from 2016 to 2019. "
            "Kenya has been pressing Somalia for talks, just as it did with Uganda in 2020.")
    found = _found(text, "Kenya", *((y, y) for y in ("2011", "2012", "2013", "2014", "2015", "2016", "2019", "2020")))
    assert [s.when for s in found] == [None, None, "2013", "2014", None, "2016", None]


def test_a_week_or_an_evening_dates_a_statement_as_a_day_does():
    text = "Russia received a Taliban delegation last week. Russia hosted the Taliban envoy on Monday night."
    actors = [(m.start(), m.end(), "russia") for m in re.finditer("Russia", text)]
    week, night = text.index("last week"), text.index("Monday night")
    timexes = [Timex(week, week + 9, "last week", "DATE", "2025-W26"),
               Timex(night, night + 12, "Monday night", "TIME", "2025-06-30TNI")]  # fmt: skip
    found = find_statements(_doc(text), actors, timexes, [], [], [])
    assert [(s.time, s.dated, s.time_text) for s in found] == [("2025-W26", True, "last week"),
                                                                ("2025-06-30", True, "Monday night")]
    # a decade mostly tells a background, not when the statement holds
    text = "Russia, which fought the mujahideen in the 1980s, received the Taliban envoy."
    decade = text.index("the 1980s")
    actors = [(0, 6, "russia"), (text.index("Taliban"), text.index("Taliban") + 7, "taliban")]
    (found,) = find_statements(_doc(text), actors, [Timex(decade, decade + 9, "the 1980s", "DATE", "198")], [], [], [])
    assert (found.time, found.dated) == ("2025-07-04", False)


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ("Somaliland's government said its memorandum of understanding with Ethiopia remained valid.",
         ("memorandum", True)),
        ('The cabinet described the memorandum as "null and void".', ("memorandum", False)),
        ("The agreement with Ethiopia has not been cancelled, officials said.", ("agreement", True)),
        ("Its cabinet declared that the sea-access agreement had no legal force.", ("agreement", False)),
        ("The memorandum is dead, an official said.", ("memorandum", False)),
        ("The deal is no longer valid.", ("deal", False)),
        ("Ethiopia signed the deal with Somaliland.", None),
        ("His legacy stands to be a pact reached in Lisbon.", None),
    ],
)
def test_statements_read_whether_an_agreement_still_holds(text, holds):
    actors = [(0, 5, "x"), (10, 15, "y")]
    (found,) = find_statements(_doc(text), actors, [], [], [], [])
    assert found.holds == holds


def test_an_agreement_said_to_hold_and_to_be_void_is_contested_however_far_apart_the_words():
    import numpy as np

    from storyline.extract.claims import link_claims

    valid = Statement("d2", 0, 60, "Somaliland said its memorandum with Ethiopia remained valid.", ("sl", "et", "so"),
                      ("AGREE",), time="2024-12-13", holds=("memorandum", True))
    void = Statement("d1", 0, 60, 'The cabinet called the memorandum "null and void".', ("so",), ("REQUEST",),
                     time="2024-01-03", holds=("memorandum", False))
    other = Statement("d3", 0, 60, "The Paris agreement is void.", ("fr",), time="2024-01-03",
                      holds=("agreement", False))  # fmt: skip
    vectors = np.eye(3, dtype=np.float32)  # as far apart in meaning as can be
    claims = link_claims([valid, void, other], vectors, {}, {"d1": "A", "d2": "B", "d3": "C"})
    assert sorted(c.status for c in claims) == ["contested", "contested", "single-source"]
    # a copy of the same story is no second source
    copies = {"d2": ("d1", 0.9)}
    assert {c.status for c in link_claims([valid, void], np.eye(2, dtype=np.float32), copies, {})} == {"single-source"}


def test_a_claim_holds_at_the_first_time_its_statements_hold_at_not_at_a_bound():
    import numpy as np

    from storyline.extract.claims import link_claims

    bound = Statement("d1", 0, 60, "Kenya has kept troops in Somalia since the 2011 incursion.", ("ke", "so"),
                      time="2011", dated=True)
    held = Statement("d2", 0, 60, "Kenya withdrew troops from Somalia in March.", ("ke", "so"), ("RETREAT",),
                     time="2025-03", dated=True, when="2025-03", time_text="in March")  # fmt: skip
    first, second = sorted(link_claims([bound, held], np.eye(2, dtype=np.float32), {}, {}), key=lambda c: c.text)
    assert (first.when_value, first.when_text) == (None, None)
    assert (second.when_value, second.when_precision, second.when_text) == ("2025-03", "month", "in March")


def _says(text: str = "", *, actors=("RUS", "TAL"), types=("SUPPORT/diplomatic",), negated=False, denied=False,
          figures=(), time="2025-07-04", dated=False, doc="a") -> Statement:  # fmt: skip
    return Statement(doc, 0, len(text), text, tuple(actors), tuple(types), negated, denied, tuple(figures), time, dated)


def test_the_same_fact_told_twice():
    assert relation(_says(), _says(doc="b"), 0.8) == "same"
    assert relation(_says(), _says(doc="b", actors=("USA",)), 0.95) is None  # no actor in common
    assert relation(_says(), _says(doc="b", types=("AID",)), 0.95) is None  # another kind of event
    assert relation(_says(types=("CONSULT/visit",)), _says(doc="b", types=("CONSULT/meet",)), 0.8) == "same"
    # With no event type or unit in common, only a near paraphrase is the same fact.
    assert relation(_says(types=()), _says(doc="b", types=()), 0.8) is None
    assert relation(_says(types=()), _says(doc="b", types=()), 0.9) == "same"


def test_statements_about_days_close_together_need_less_to_be_one_fact():
    signed = _says(time="2024-01-02")  # "Ethiopia has signed", dated by its document
    listed = _says(doc="b", time="2024-01-01", dated=True)  # "1 January 2024: Ethiopia and Somaliland sign"
    assert relation(signed, listed, 0.66) == "same"
    assert relation(signed, _says(doc="b", time="2023-12-20", dated=True), 0.66) is None


def test_a_denial_contradicts():
    occurred = _says(types=("AID",), time="2025-06", dated=True)
    denial = _says(doc="b", types=("AID",), denied=True, time="2025-07-06")
    assert relation(occurred, denial, 0.75) == "contradicts"


def test_two_figures_for_one_measure_at_one_time_contradict():
    first = _says(types=(), figures=((300e6, "USD"),), time="2024", dated=True)
    assert relation(first, _says(doc="b", types=(), figures=((500e6, "USD"),), time="2024", dated=True), 0.95) == "contradicts"
    # Rounded figures are one figure; a figure for another measure is not close enough to compare.
    assert relation(first, _says(doc="b", types=(), figures=((310e6, "USD"),), time="2024", dated=True), 0.95) == "same"
    assert relation(first, _says(doc="b", types=(), figures=((1e9, "USD"),), time="2024", dated=True), 0.75) is None


def test_trap_figures_for_different_years_are_no_contradiction():
    in_2022 = _says(types=(), figures=((600e6, "USD"),), time="2022", dated=True)
    in_2024 = _says(doc="b", types=(), figures=((1e9, "USD"),), time="2024", dated=True)
    assert relation(in_2022, in_2024, 0.9) is None


def test_a_later_statement_supersedes_a_state_it_changed():
    not_yet = _says(negated=True, time="2024-05-20")
    recognised = _says(doc="b", time="2025-07-03", dated=True)
    assert relation(recognised, not_yet, 0.78) == "supersedes"
    assert relation(not_yet, recognised, 0.78) == "superseded-by"
    # The same disagreement within a week is a contradiction, not a change.
    assert relation(_says(negated=True, time="2025-07-01"), recognised, 0.78) == "contradicts"


def test_two_dates_for_one_event_contradict_and_far_apart_are_two_events():
    visit = _says(types=("CONSULT",), time="2024-11-25", dated=True)
    assert relation(visit, _says(doc="b", types=("CONSULT",), time="2024-11-27", dated=True), 0.9) == "contradicts"
    assert relation(visit, _says(doc="b", types=("CONSULT",), time="2024-05-27", dated=True), 0.9) is None


def _claims(runner, db: Path, *args: str) -> list[dict]:
    result = runner.invoke(app, ["claims", "--db", str(db), "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _containing(claims: list[dict], words: str) -> dict:
    return next(c for c in claims if words in c["text"])


def test_corroborated_across_outlets_with_the_copy_counted_once(runner, outlets):
    claims = _claims(runner, outlets)
    recognised = _containing(claims, "formally recognised the Taliban government on Thursday")
    assert recognised["status"] == "corroborated"
    assert len(recognised["sources"]) == 3  # the Kabul Ledger, its copy in the Eastern Post, the Northern Courier
    story = json.loads(runner.invoke(app, ["story", recognised["id"], "--db", str(outlets), "--json"]).stdout)
    assert story["rows"][0]["independent_sources"] == 2
    assert story["independent_sources"] == 3  # with the Steppe Herald's earlier statement it supersedes
    assert [s["copy_of"] is not None for s in story["sources"]].count(True) == 1
    docs = json.loads(runner.invoke(app, ["docs", "--db", str(outlets), "--json"]).stdout)
    copy = next(d for d in docs if d["copy_of"])
    assert copy["outlet"] == "Eastern Post" and next(d for d in docs if d["id"] == copy["copy_of"])["outlet"] == "Kabul Ledger"


def test_contested_and_superseded_claims_link_both_ways(runner, outlets):
    claims = {c["id"]: c for c in _claims(runner, outlets)}
    for words, status in (("Kremlin denied", "contested"), ("Russia supplied weapons", "contested"),
                          ("worth $300 million", "contested"), ("worth $500 million", "contested"),
                          ("has not recognised", "superseded")):  # fmt: skip
        claim = _containing(list(claims.values()), words)
        assert claim["status"] == status, words
        for link in claim["related"]:
            back = {"contradicts": "contradicts", "superseded-by": "supersedes", "supersedes": "superseded-by"}
            assert {"claim": claim["id"], "relation": back[link["relation"]]} in claims[link["claim"]]["related"]
    contested = _claims(runner, outlets, "--status", "contested")
    assert {c["status"] for c in contested} == {"contested"} and len(contested) == 4


def test_trap_a_change_over_time_and_other_years_are_not_contested(runner, outlets):
    claims = _claims(runner, outlets)
    not_yet = _containing(claims, "has not recognised")
    assert [r["relation"] for r in not_yet["related"]] == ["superseded-by"]
    for words in ("reached $1 billion in 2024", "reached $600 million in 2022"):
        trade = _containing(claims, words)
        assert trade["status"] == "single-source" and trade["related"] == []


def test_story_shows_every_source_side_by_side(runner, outlets):
    not_yet = _containing(_claims(runner, outlets), "has not recognised")
    result = runner.invoke(app, ["story", not_yet["id"][:6], "--db", str(outlets)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for outlet in ("Steppe Herald", "Kabul Ledger", "Eastern Post", "Northern Courier"):
        assert outlet in result.stdout
    assert "supersedes the first" in result.stdout and "copy of" in result.stdout
    missing = runner.invoke(app, ["story", "zzz", "--db", str(outlets)])
    assert missing.exit_code == 2 and "no claim or event has an id starting with 'zzz'" in missing.output


def test_a_bad_status_says_which_exist(runner, outlets):
    result = runner.invoke(app, ["claims", "--status", "disputed", "--db", str(outlets)])
    assert result.exit_code == 2 and "corroborated, single-source, contested, superseded" in result.output


def test_a_claim_carries_the_time_its_statements_give_it(runner, outlets):
    """In the contract's shape of an event's ``when``: the words of the first statement that dates the fact, none
    where only its documents' days date it."""
    claims = _claims(runner, outlets)
    assert _containing(claims, "reached $1 billion in 2024")["when"] == {"value": "2024", "precision": "year",
                                                                          "text": "2024"}  # fmt: skip
    recognised = _containing(claims, "formally recognised the Taliban government on Thursday")["when"]
    assert recognised["precision"] == "day" and recognised["text"] == "Thursday"
    assert _containing(claims, "has not recognised")["when"] == {"value": None, "precision": None, "text": None}
    listed = runner.invoke(app, ["claims", "--db", str(outlets)], env={"COLUMNS": "250"}).stdout
    assert next(line for line in listed.splitlines() if "reached $1 billion in 2024" in line).split()[3] == "2024"
