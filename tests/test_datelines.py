import pytest

from storyline.clean.datelines import (
    byline_names, credit_line, is_name, parse_dateline, placed_name, wire_dateline, wire_day,
)


@pytest.mark.parametrize(
    "line, value, precision",
    [
        ("Thursday 28 November 2024 09:15 GMT", "2024-11-28", "day"),
        ("Published: 3 March 2023", "2023-03-03", "day"),
        ("March 3, 2023 | 10:15 am", "2023-03-03", "day"),
        ("Updated 2022-05-01", "2022-05-01", "day"),
        ("Sept. 9th, 2021", "2021-09-09", "day"),
        ("February 2025", "2025-02", "month"),
        # in numbers: with slashes month first, as American pages write them, unless the first cannot be a month;
        # with dots day first
        ("Published: 12/05/2024", "2024-12-05", "day"),
        ("Published: 25/05/2024", "2024-05-25", "day"),
        ("05.12.2024", "2024-12-05", "day"),
        # a time and its zone before the date
        ("Updated 3:45 PM ET, Tue December 3, 2024", "2024-12-03", "day"),
        ("2024/12/03", "2024-12-03", "day"),
        # the date a page was published on, not the one it was updated on
        ("Published Mar. 3, 2024 Updated Mar. 4, 2024", "2024-03-03", "day"),
        ("Published 9:00 AM EST Mar 3, 2024 | Last updated 10:00 AM EST Mar 4, 2024", "2024-03-03", "day"),
        ("Published 12 March 2024 Last modified on Thu 14 Mar 2024 10.32 GMT", "2024-03-12", "day"),
        # a timestamp, dashes (month first unless the first cannot be a month), an origin, a reading time
        ("2024-03-14T10:32:00Z", "2024-03-14", "day"),
        ("Published: 2024-03-14 10:32:15", "2024-03-14", "day"),
        ("14-03-2024", "2024-03-14", "day"),
        ("03-14-2024", "2024-03-14", "day"),
        ("Originally published March 14, 2024 at 6:00 am", "2024-03-14", "day"),
        ("Mar 14, 2024 · 3 min read", "2024-03-14", "day"),
        ("Updated: Mar 14, 2024 / 10:32 AM ET", "2024-03-14", "day"),
        # an update told as an age, counted from the day the page was read, says nothing of the date
        ("14 Mar, 2024 10:32 / Updated 3 years ago", "2024-03-14", "day"),
        ("Mar 14, 2024 | Last updated: 2 hours ago", "2024-03-14", "day"),
        # in brackets, with a zone in brackets, with an archive's age, with a dash before a reading time
        ("(Last Updated On: March 14, 2024)", "2024-03-14", "day"),
        ("Thursday, 14 March 2024, 10:32 (GMT+4:30)", "2024-03-14", "day"),
        ("March 14, 2024 / 10:32 AM / 2 years ago", "2024-03-14", "day"),
        ("14 Mar 2024 — 4 min read", "2024-03-14", "day"),
        # an update's date in brackets after the date
        ("14 Mar 2024 (Updated: 15 Mar 2024)", "2024-03-14", "day"),
        # a zone's offset without brackets, or a zone in square ones
        ("Mar 14, 2024 12:32 PM GMT+5:30", "2024-03-14", "day"),
        ("Published: Thursday, March 14, 2024, 10:32 [IST]", "2024-03-14", "day"),
        # a date run together with its hidden copy
        ("Published On 14 Mar 202414 Mar 2024", "2024-03-14", "day"),
        ("Published Mar 14, 2024Mar 14, 2024", "2024-03-14", "day"),
    ],
)
def test_datelines(line, value, precision):
    published = parse_dateline(line)
    assert (published.value, published.precision, published.evidence) == (value, precision, line)


@pytest.mark.parametrize(
    "line",
    ["The talks began on 3 March 2023 in Ankara.", "May", "In 2023 the war went on", "32 January 2024", "13/13/2024",
     "13-13-2024", "Talks at 10:30 on 3 trips", "Updated 3 years ago", "Published 2 hours ago", "(Reuters)"],
)
def test_prose_is_no_dateline(line):
    assert parse_dateline(line) is None


def test_wire_dateline():
    assert wire_dateline("KABUL, Nov 27 (Reuters) - The minister said") == "KABUL, Nov 27 (Reuters) - "
    assert wire_dateline("Kabul is a city") is None


@pytest.mark.parametrize(
    "paragraph, prefix, day",
    [
        ("KABUL, Nov 27 (Reuters) - The minister said", "KABUL, Nov 27 (Reuters) - ", (11, 27, None)),
        ("ADDIS ABABA, Ethiopia, Sept. 5th (Horn Wire) — Talks", "ADDIS ABABA, Ethiopia, Sept. 5th (Horn Wire) — ",
         (9, 5, None)),
        ("WASHINGTON, March 3, 2016 — The senator", "WASHINGTON, March 3, 2016 — ", (3, 3, 2016)),
        ("NAIROBI, July 8, 2021 /Example Newswire/ -- Acme said", "NAIROBI, July 8, 2021 /Example Newswire/ -- ",
         (7, 8, 2021)),
        # the day before the month, as most of the world writes it
        ("NIAMEY, 9 October 2025 - The junta", "NIAMEY, 9 October 2025 - ", (10, 9, 2025)),
        ("LAGOS, 3rd March, 2024 — Fuel", "LAGOS, 3rd March, 2024 — ", (3, 3, 2024)),
        ("KABUL, 14 Nov (Reuters) - The minister", "KABUL, 14 Nov (Reuters) - ", (11, 14, None)),
        # a colon after the day or the agency, and the form TASS uses
        ("NEW DELHI, Mar 14: The cabinet", "NEW DELHI, Mar 14: ", (3, 14, None)),
        ("ISLAMABAD, March 14 (Indus Wire): Talks", "ISLAMABAD, March 14 (Indus Wire): ", (3, 14, None)),
        ("KABUL (Hindu Kush Wire): The", "KABUL (Hindu Kush Wire): ", None),
        ("MOSCOW, March 14. /Steppe Wire/. Talks", "MOSCOW, March 14. /Steppe Wire/. ", (3, 14, None)),
        ("BREAKING: Talks fail", None, None),
        ("MOGADISHU (Meridian) - The cabinet met", "MOGADISHU (Meridian) - ", None),
        ("ADDIS ABABA, Ethiopia (Horn Wire) — Talks", "ADDIS ABABA, Ethiopia (Horn Wire) — ", None),
        ("LA PAZ, Bolivia -- Talks", "LA PAZ, Bolivia -- ", None),
        ("ANKARA — The talks", "ANKARA — ", None),
        ("BOGOTÁ, Colombia (Andes Wire) — Talks", "BOGOTÁ, Colombia (Andes Wire) — ", None),
        ("SÃO PAULO, May 2 (Andes Wire) - Talks", "SÃO PAULO, May 2 (Andes Wire) - ", (5, 2, None)),
        ("UN — The talks", None, None),
        ("Ankara — the talks", None, None),
        ("WHY THE TALKS FAILED IN THE END — The envoys", None, None),
    ],
)  # fmt: skip
def test_wire_datelines_and_the_day_they_were_filed_on(paragraph, prefix, day):
    assert wire_dateline(paragraph) == prefix
    assert wire_day(paragraph) == day
    if prefix:
        assert wire_day(prefix.strip()) == day  # as cleaning keeps what it took off


@pytest.mark.parametrize(
    "line, names",
    [
        ("By Jane Roe", ["Jane Roe"]),
        ("By Jane Roe and John Smith", ["Jane Roe", "John Smith"]),
        ("By Jane Roe, diplomatic editor", ["Jane Roe"]),
        ("Reporting by Jane Roe; Editing by John Smith", ["Jane Roe"]),
        # the agency or outlet written for is no author
        ("By Jane Roe, Reuters", ["Jane Roe"]),
        ("By Jane Roe and Ali Musa, The Associated Press", ["Jane Roe", "Ali Musa"]),
        ("By Jane Roe, CNN", ["Jane Roe"]),
        ("By Jane Roe, John Smith", ["Jane Roe", "John Smith"]),
        # the place written from is no name
        ("By Jane Roe in Kabul", ["Jane Roe"]),
        ("By Jane Roe and John Smith in New Delhi", ["Jane Roe", "John Smith"]),
        # names with capitals inside; bylines set in capitals, the names written as names are
        ("By Jean-Pierre Dubois and Siobhan O'Neill", ["Jean-Pierre Dubois", "Siobhan O'Neill"]),
        ("By Ewan McLeod and Anna D’Costa", ["Ewan McLeod", "Anna D’Costa"]),
        ("BY JANE ROE AND JOHN SMITH", ["Jane Roe", "John Smith"]),
        ("By SIOBHAN O'NEILL, The Associated Press", ["Siobhan O'Neill"]),
        # a correspondent the paper does not name credits no one
        ("By Our Correspondent", []),
        ("By SPECIAL CORRESPONDENT", []),
        # a role in capitals, an outlet written for, a title before the name, a name after "with"; an agency or
        # "agencies" credited beside the authors
        ("By Jane Roe, Staff Writer", ["Jane Roe"]),
        ("By Jane Roe for Al Jazeera", ["Jane Roe"]),
        ("By Dr Jane Roe with Prof. Ali Musa", ["Jane Roe", "Ali Musa"]),
        ("By Jane Roe and agencies", ["Jane Roe"]),
        ("By AFP and Reuters", []),
        # a career after the name is no second author
        ("By Jane Roe, Former Ambassador", ["Jane Roe"]),
        ("By Ali Musa, Senior Fellow at the Asia Institute", ["Ali Musa"]),
        ("By Jane Roe with reporting from Kabul", None),
        # an outlet or a place after the names, "The" opening an outlet's name
        ("By Jane Roe, BBC News, Kabul", ["Jane Roe"]),
        ("By Jane Roe and Ali Musa, The Meridian", ["Jane Roe", "Ali Musa"]),
        ("By the time they arrived, it was over", None),
        ("By contrast.", []),  # credits no one, so labels no byline
        ("Nothing to see", None),
    ],
)
def test_byline_names(line, names):
    assert byline_names(line) == names


def test_is_name():
    assert is_name("Ursula von der Leyen")
    assert is_name("Arpan Rai")
    assert not is_name("The talks ended")
    assert not is_name("Somalia")


def test_placed_name():
    assert placed_name("Jane Roe, Kabul") == "Jane Roe"
    assert placed_name("JANE ROE, KABUL") == "Jane Roe"
    # two words after the comma may be a second writer as well as a place
    assert placed_name("Jane Roe, Ali Musa") is None
    assert placed_name("Jane Roe") is None
    assert placed_name("In the end, Kabul") is None


@pytest.mark.parametrize(
    "line, names, value",
    [
        ("By Jane Roe | March 3, 2024", ["Jane Roe"], "2024-03-03"),
        ("Posted on 3 December 2024 by Jane Roe", ["Jane Roe"], "2024-12-03"),
        ("By Jane Roe and John Smith — Updated 3:45 PM, March 3, 2024", ["Jane Roe", "John Smith"], "2024-03-03"),
        ("Edited by John Smith · 3 March 2024", [], "2024-03-03"),  # an editor is no author
        ("By Jane Roe | Published Mar. 3, 2024 | Updated Mar. 4, 2024", ["Jane Roe"], "2024-03-03"),
        ("By Jane Roe, Reuters | 14 March 2024", ["Jane Roe"], "2024-03-14"),
        # an agency alone or a site's user name credits no author, and a spaced hyphen parts the line too
        ("By AFP - Mar 14, 2024", [], "2024-03-14"),
        ("Posted on 2024-03-14 by admin", [], "2024-03-14"),
        # a bare name, of an author, a place or a section, credits no one but leaves the date
        ("Jane Roe | Published March 14, 2024", [], "2024-03-14"),
        ("Nairobi | 14 March 2024", [], "2024-03-14"),
        # as does a desk or the staff
        ("Posted on March 14, 2024 by Staff", [], "2024-03-14"),
        ("By News Desk | March 14, 2024", [], "2024-03-14"),
        # a byline, then the date after "on"
        ("Written by Jane Roe on 3 March 2024", ["Jane Roe"], "2024-03-03"),
        ("Posted by Jane Roe on 3 March 2024", ["Jane Roe"], "2024-03-03"),
    ],
)
def test_a_byline_and_a_dateline_on_one_line(line, names, value):
    authors, published = credit_line(line)
    assert (authors, published.value, published.inferred, published.evidence) == (names, value, False, line)


@pytest.mark.parametrize(
    "line",
    ["By the time it ended | March 3, 2024", "Talks end | March 3, 2024", "By Jane Roe | Nairobi", "By Jane Roe",
     "By contrast - March 2024 saw gains", "By Jane Roe - Staff Writer", "Talks led by Jane Roe on March 3, 2024 ended",
     "By the time it ended on March 3, 2024"],
)
def test_a_line_that_is_not_both_a_byline_and_a_dateline_is_no_credit_line(line):
    assert credit_line(line) is None
