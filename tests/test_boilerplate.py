"""The paragraph classifier, kind by kind, on paragraphs we wrote for it."""

import pytest

from storyline.clean.blocks import split_blocks
from storyline.clean.page import read_page
from storyline.clean.outlet import find_outlet

BODY = [
    "The two foreign ministers met in Ankara on Tuesday for talks that lasted more than six hours.",
    "Officials said the delegations had agreed to meet again next month, although no date was set.",
    "\"We are closer than we have been at any point this year,\" one of the negotiators told reporters.",
]


def kinds(text: str) -> dict[str, str]:
    page = read_page(split_blocks(text))
    return {r.text: r.kind for r in page.removed}


def with_body(*extra: str, before: bool = False) -> str:
    lines = list(extra) + BODY if before else BODY + list(extra)
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    "furniture, kind",
    [
        ("Your support keeps our newsroom going. Please make a contribution today.", "donation-appeal"),
        ("Support The Evening Courier", "donation-appeal"),
        ("Leave a Reply", "comments"),
        ("We will not publish your email address. Required fields are marked with an asterisk.", "comments"),
        ("Please log in or register to join the discussion.", "comments"),
        ("Disclaimer: The views expressed here are the author's own and do not reflect our editorial policy.",
         "disclaimer"),
        ("Sign up for our morning newsletter and get the headlines in your inbox.", "promo"),
        ("Related Posts", "related-links"),
        ("Share this article", "navigation"),
        ("Protesters gather outside parliament. Photo: Jane Roe", "caption"),
        ("tanks on the border", "caption"),
    ],
)  # fmt: skip
def test_furniture_after_the_article(furniture, kind):
    assert kinds(with_body(furniture))[furniture] == kind


def test_article_text_is_kept():
    page = read_page(split_blocks("\n\n".join(BODY)))
    assert page.body == BODY
    assert page.removed == []


def test_journalism_in_news_is_not_an_appeal():
    body = "Two journalists were detained at the border, reporters said, and were released the next day."
    assert kinds(with_body(body)) == {}


def test_quoted_second_person_is_not_the_page_speaking():
    quote = '"If you want peace, you have to talk to your enemies," the envoy said after the meeting.'
    assert kinds(with_body(quote)) == {}


def test_appeal_run_takes_in_its_weaker_middle():
    appeal = [
        "Your support helps us report from the front line",
        "From the capital to the smallest villages, we go where the story is and we stay there.",
        "Your donation lets us keep our journalism free for every reader.",
    ]
    found = kinds(with_body(*appeal))
    assert [found[a] for a in appeal] == ["donation-appeal"] * 3


def test_header_byline_dateline_and_standfirst():
    page = read_page(split_blocks("\n".join([
        "Ministers agree to resume talks on the dam",
        "A breakthrough after months of deadlock, but the hardest questions remain open",
        "Jane Roe",
        "Monday 3 March 2025 09:00 GMT",
        *BODY,
    ])))  # fmt: skip
    assert page.title == "Ministers agree to resume talks on the dam"
    assert page.subtitle.startswith("A breakthrough")
    assert page.authors == ["Jane Roe"]
    assert (page.published.value, page.published.precision) == ("2025-03-03", "day")
    assert page.body == BODY


def test_the_date_with_the_byline_wins_over_a_banners_date_above_the_story():
    # a site's banner gives the day the page was read; the story's date goes with its byline
    text = "\n\n".join(["Monday 9 June 2025", "Ministers agree to resume talks", "By Jane Roe", "3 March 2025", *BODY])
    page = read_page(split_blocks(text))
    assert (page.authors, page.published.value) == (["Jane Roe"], "2025-03-03")
    # with no byline, or only one date, the first dateline stands
    text = "\n\n".join(["Monday 9 June 2025", "Ministers agree to resume talks", "3 March 2025", *BODY])
    assert read_page(split_blocks(text)).published.value == "2025-06-09"


def test_a_byline_set_in_capitals_is_taken_off_the_story_and_names_its_author_as_names_are_written():
    text = "\n\n".join(["Ministers agree to resume talks", "By SIOBHAN O'NEILL", "3 March 2025", *BODY])
    page = read_page(split_blocks(text))
    assert (page.authors, page.body) == (["Siobhan O'Neill"], BODY)


def test_a_byline_with_its_date_on_one_line_gives_both():
    page = read_page(split_blocks("\n".join(["Ministers agree to resume talks", "By Jane Roe | 3 March 2025", *BODY])))
    assert page.authors == ["Jane Roe"]
    assert (page.published.value, page.published.inferred) == ("2025-03-03", False)
    assert page.body == BODY
    text = "\n".join(["Ministers agree to resume talks", "Posted on 3 March 2025 by Jane Roe", *BODY])
    page = read_page(split_blocks(text))
    assert (page.subtitle, page.authors, page.published.value) == (None, ["Jane Roe"], "2025-03-03")
    # a wire byline names the agency after the author; a blog's date line, the reading time
    for credit in (["By Jane Roe, Reuters | 3 March 2025"], ["By Jane Roe", "Mar 3, 2025 · 4 min read"]):
        page = read_page(split_blocks("\n".join(["Ministers agree to resume talks", *credit, *BODY])))
        assert (page.authors, page.published.value, page.published.inferred) == (["Jane Roe"], "2025-03-03", False)
        assert page.body == BODY


def test_heading_before_a_list_is_no_standfirst():
    text = "\n".join(["What we know so far", "How the talks began", "  • one point here.", "  • another point.", *BODY])
    page = read_page(split_blocks(text))
    assert page.title == "What we know so far"
    assert page.subtitle is None
    assert "How the talks began" in page.body


def test_link_title_list_is_removed_but_dated_developments_stay():
    developments = [
        '  • 2 May 2025: "Ministers agree to resume talks — foreign ministry"',
        '  • 9 May 2025: "Envoy says a deal is close but not done — state media"',
    ]
    links = [
        '  • 1 April 2024: "Why The Dam Matters To Everyone Downstream"',
        '  • 7 June 2024: "The Long History Of Talks That Went Nowhere"',
    ]
    page = read_page(split_blocks("\n".join([BODY[0], *developments, BODY[1], *links, BODY[2]])))
    assert [b for b in page.body if b.startswith("•")] == [d.strip() for d in developments]
    assert {r.kind for r in page.removed} == {"related-links"}


def test_short_blocks_after_a_heading_of_links_that_ends_the_page_are_its_items():
    box = ["Also on The Evening Courier:", "Leaders Who Came To Ankara.", "1.", "of 12.",
           "The Foreign Minister Of Somalia, Pictured In March 2025", "He stepped down on 3 June 2026."]  # fmt: skip
    assert set(kinds(with_body(*box))) == set(box)
    # not where a paragraph of the article follows the heading
    paragraph = "Talks will resume in Cairo in the spring, officials said, after a pause of more than a year."
    assert kinds(with_body("Related coverage:", "The envoy left.", paragraph)) == {
        "Related coverage:": "related-links"
    }
    assert "Also on The Evening Courier:" in kinds(with_body("Also on The Evening Courier:"))


def test_pull_quote_repeating_a_paragraph():
    long = (
        "The agreement, reached after two days of talks, gives the landlocked country use of the port for "
        "thirty years in exchange for a share of the revenue, officials said on Friday evening."
    )
    pull = "gives the landlocked country use of the port for thirty years"
    assert kinds("\n\n".join([long, pull, *BODY]))[pull] == "pull-quote"


def test_author_bio_after_byline():
    bio = "Jane Roe is a correspondent based in Nairobi. She previously covered the Horn of Africa for a wire agency."
    found = kinds(with_body("By Jane Roe", bio))
    assert found == {"By Jane Roe": "byline", bio: "author-bio"}


def test_a_name_and_the_writers_role_on_the_lines_under_the_headline_are_the_byline():
    text = "\n\n".join(["Ministers agree to resume talks", "Jane Roe", "Kabul correspondent", "3 March 2025", *BODY])
    page = read_page(split_blocks(text))
    assert (page.authors, page.body) == (["Jane Roe"], BODY)
    assert {r.text: r.kind for r in page.removed}["Kabul correspondent"] == "byline"
    # a name with the one-word place written from
    text = "\n\n".join(["Ministers agree to resume talks", "Jane Roe, Kabul", "3 March 2025", *BODY])
    page = read_page(split_blocks(text))
    assert (page.authors, page.body) == (["Jane Roe"], BODY)
    # a career under the name is as much the byline's
    text = "\n\n".join(["Ministers agree to resume talks", "Jane Roe", "Senior Fellow at the Asia Institute", *BODY])
    assert read_page(split_blocks(text)).body == BODY


def test_a_short_bio_that_opens_with_the_authors_name_at_the_end_of_the_story():
    bio = "Jane Roe is a staff writer covering Central Asia."
    assert kinds("\n\n".join(["By Jane Roe", *BODY, bio])) == {"By Jane Roe": "byline", bio: "author-bio"}
    # a paragraph of the story with one career word but no author's name opening it stays
    kept = "The envoy joined the talks in Doha."
    assert kept not in kinds("\n\n".join(["By Jane Roe", *BODY, kept]))


@pytest.mark.parametrize(
    "furniture, outlet",
    [
        (["Support The Evening Courier"], "The Evening Courier"),
        (["The Evening Courier is funded by its readers.", "other Evening Courier readers"], "The Evening Courier"),
        (["These opinions do not represent the position of the Coastal Times."], "Coastal Times"),
        (["Every gift from a reader keeps us going."], None),
    ],
)
def test_outlet_from_furniture(furniture, outlet):
    assert find_outlet(furniture) == outlet
