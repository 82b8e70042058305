"""The briefing: every section, every citation resolving to its evidence, filters, and untrusted text escaped."""

from __future__ import annotations

import re
from pathlib import Path

from storyline.cli import app

SCRIPT = "<script>alert('owned')</script>"


def _brief(runner, db: Path, *args: str) -> str:
    result = runner.invoke(app, ["brief", "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_html_briefing_holds_every_section_and_needs_no_network(runner, outlets, tmp_path):
    out = tmp_path / "brief.html"
    result = runner.invoke(app, ["brief", "--db", str(outlets), "-o", str(out)])
    assert result.exit_code == 0 and "Wrote the briefing (6 documents" in result.stderr
    html = out.read_text(encoding="utf-8")
    for section in ("sources", "timeline", "actors", "relations", "quotes", "figures", "claims", "evidence"):
        assert f'id="{section}"' in html
    assert "<svg" in html and "<script" not in html.lower()
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)  # nothing fetched from elsewhere
    assert "Steppe Herald" in html and "corroborated (1)" in html and "contested (4)" in html
    assert "<th>when</th>" in html and "<td>2024</td>" in html  # the figures' dates


def test_every_citation_leads_to_its_sentence_in_context(runner, outlets):
    html = _brief(runner, outlets)
    cited = set(re.findall(r'href="#(e\d+)"', html))
    shown = set(re.findall(r'class="evidence" id="(e\d+)"', html))
    assert cited and cited == shown
    entry = html[html.index('class="evidence" id="e1"') :].split("</div>")[0]
    assert "<mark>" in entry and "<blockquote>" in entry


def test_filters_by_actor_and_period(runner, outlets):
    everything = _brief(runner, outlets)
    recent = _brief(runner, outlets, "--since", "2025-07")
    assert "Steppe Herald" in everything and "Steppe Herald" not in recent
    assert "Moscow keeps Taliban at arm" not in _brief(runner, outlets, "--until", "2025", "--since", "2025")
    # A claim made inside the period keeps its evidence from before it.
    assert "Kabul Ledger, 2025-07-04" in _brief(runner, outlets, "--since", "2025-07-05")
    bad = runner.invoke(app, ["brief", "--db", str(outlets), "--actor", "Atlantis"])
    assert bad.exit_code == 2 and "no actor is called 'Atlantis'" in bad.output


def test_markdown_briefing(runner, outlets):
    md = _brief(runner, outlets, "--format", "md")
    assert md.startswith("# Storyline briefing: all actors\n")
    assert "## Claims" in md and "### superseded (1)" in md and "[[e1]](#e1)" in md
    figures = md[md.index("## Figures") : md.index("## Claims")]
    assert "- $1 billion = 1,000,000,000 USD: Trade between Russia and Afghanistan (2024) [[" in figures, figures
    wrong = runner.invoke(app, ["brief", "--db", str(outlets), "--format", "pdf"])
    assert wrong.exit_code == 2 and "Use --format html or --format md" in wrong.output


def test_an_article_with_a_script_renders_as_text(runner, db, tmp_path):
    article = tmp_path / "script.txt"
    article.write_text(f"Russia and the Taliban {SCRIPT} met in Kabul\n\nRussia and the Taliban met in Kabul on "
                       f"Monday 3 June 2024 to discuss trade {SCRIPT} and security, officials said.\n", encoding="utf-8")  # fmt: skip
    assert runner.invoke(app, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    html = _brief(runner, db)
    assert SCRIPT not in html and "&lt;script&gt;alert(" in html
    md = _brief(runner, db, "--format", "md")
    assert SCRIPT not in md and "&lt;script&gt;" in md


def test_the_main_relations_are_the_pairs_with_most_events_that_have_a_date():
    from storyline.brief.model import MAIN_RELATIONS, _relations
    from storyline.types import Actor, Event, Place

    actors = {i: Actor(i, i.upper(), "GPE") for i in "abcdefgh"}
    place = [Place("d1", 0, 1, "x")]

    def event(source: str, target: str, when: str | None) -> Event:
        return Event(f"v{source}{target}{when}", "CONSULT", "met", "occurred", "cooperation", 3, [source], [target],
                     when, "day" if when else None, None, place)  # fmt: skip

    events = [event("a", "b", None), event("a", "b", None)]  # the pair with most events has no date
    events += [event(s, t, "2024-05-01") for s, t in ("cd", "ef", "gh", "ah")]
    relations = _relations(events, actors)
    assert MAIN_RELATIONS == 3
    assert [(r.first.id, r.second.id) for r in relations] == [("a", "h"), ("c", "d"), ("e", "f")]
    actors["g"].mentions = place * 5  # of pairs with as many events, the most mentioned come first
    assert [r.first.id for r in _relations(events, actors)] == ["g", "a", "c"]


def test_a_relation_counts_the_parties_told_together_and_the_officials_of_a_country():
    from storyline.brief.model import _relations
    from storyline.extract.events.relations import relation
    from storyline.types import Actor, Event, Place

    actors = {"so": Actor("so", "Somalia", "GPE", "SOM", "GOV"), "eg": Actor("eg", "Egypt", "GPE", "EGY", "GOV"),
              "hs": Actor("hs", "Hassan Sheikh Mohamud", "PERSON", "SOM", "GOV"),
              "ra": Actor("ra", "Rashid Abdi", "PERSON"), "et": Actor("et", "Ethiopia", "GPE", "ETH", "GOV")}  # fmt: skip
    place = [Place("d1", 0, 1, "x")]
    events = [Event("v1", "AGREE", "Somalia and Egypt signed", "occurred", "cooperation", 6, ["so", "eg"], [],
                    "2024-08", "month", None, place),
              Event("v2", "CONSULT/visit", "Hassan visited Egypt", "occurred", "cooperation", 3, ["hs"], ["eg"],
                    "2024-08-14", "day", None, place),
              Event("v3", "ACCUSE", "Rashid Abdi criticised Ethiopia", "occurred", "conflict", -3, ["ra"], ["et"],
                    "2024-09-01", "day", None, place)]  # fmt: skip
    relations = _relations(events, actors)
    assert [(r.first.name, r.second.name, r.months) for r in relations][0] == ("Egypt", "Somalia", [("2024-08", 9, 2)])
    assert [(r.first.name, r.second.name) for r in relations][1:] == [("Ethiopia", "Rashid Abdi")]  # no post: his own
    assert [len(p.events) for p in relation(events, "so", "eg")] == [1]  # without the officials, Somalia's own alone


def test_the_same_words_in_two_documents_are_quoted_once_and_cited_from_both():
    from storyline.brief.model import _quotes
    from storyline.types import Actor, Quote

    actors = {"us": Actor("us", "United States", "GPE")}
    said = "it recognised Somalia's sovereignty within its 1960 borders"
    quotes = [("d1", Quote(10, 70, said, False, 0, 3, "said", "us")),
              ("d2", Quote(12, 73, said + ".", False, 0, 3, "said", "us")),  # the copy
              ("d2", Quote(80, 99, "we will not interfere", True, 0, 3, "said", "us"))]  # fmt: skip
    (speaker, lines), = _quotes(quotes, actors).items()
    assert speaker == "United States"
    shown = [(s.text, [p.doc for p in s.places]) for s in lines]
    assert shown == [("we will not interfere", ["d2"]), (said, ["d1", "d2"])]
    # said on the day the first attribution that gives one names
    quotes[1] = ("d2", Quote(12, 73, said + ".", False, 0, 3, "said on Monday", "us", "2024-06-03", "day", "Monday"))
    assert [s.when for s in _quotes(quotes, actors)["United States"]] == [None, "2024-06-03"]
