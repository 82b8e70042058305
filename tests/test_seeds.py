"""The five real seed pages in ../shared/seeds: every article paragraph kept, the furniture gone.

Expectations name lines by their index among the file's non-empty lines, so no
seed text is copied into the project. Lines not listed are article text.
"""

import pytest

from storyline.clean import clean
from storyline.clean.blocks import normalize
from storyline.extract.time import tag_document
from storyline.types import RawInput, content_id

from .conftest import SEEDS, needs_seeds

APPEAL, COMMENTS, RELATED = "donation-appeal", "comments", "related-links"
EXPECTED = {
    "000": dict(title=None, subtitle=None, authors=None, outlet=None, published=None, removed={}),
    "001": dict(title=0, subtitle=None, authors=17, outlet=None, published=None,
                removed={11: "caption", 17: "byline", 18: "author-bio", 19: COMMENTS, 20: COMMENTS, 21: RELATED}),
    "002": dict(title=0, subtitle=1, authors=2, outlet="The Independent", published="2024-11-27",
                removed={2: "byline", 3: "dateline", 4: COMMENTS, 5: RELATED, 6: APPEAL, 7: APPEAL, 8: APPEAL,
                         9: APPEAL, 10: APPEAL, 24: COMMENTS, 25: COMMENTS, 26: COMMENTS, 27: COMMENTS, 28: COMMENTS}),
    "003": dict(title=None, subtitle=None, authors=None, outlet="Stratheia", published=None,
                removed={1: "pull-quote", 6: "pull-quote", 11: "pull-quote", 16: "pull-quote", 18: "disclaimer"}),
    "004": dict(title=0, subtitle=1, authors=None, outlet="GreatGameIndia", published=None,
                removed={2: "caption", 12: RELATED, 13: RELATED, 14: RELATED, 15: RELATED, 16: RELATED,
                         19: "caption", 26: APPEAL, 27: APPEAL, 28: COMMENTS, 29: COMMENTS}),
}  # fmt: skip


def _seed(prefix: str) -> tuple[list[str], object]:
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    data = path.read_bytes()
    lines = [normalize(line) for line in data.decode("utf-8").splitlines() if normalize(line)]
    return lines, clean(RawInput(content_id(data), str(path), data, "text"))


def _strip_bullet(line: str) -> str:
    return line[2:] if line.startswith("• ") else line


@needs_seeds
@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_cleaning(prefix):
    want = EXPECTED[prefix]
    lines, doc = _seed(prefix)
    bare = [line.lstrip("•-– ").strip() for line in lines]
    header = {want["title"], want["subtitle"]} - {None}

    assert doc.title == (lines[want["title"]] if want["title"] is not None else None)
    assert doc.subtitle == (lines[want["subtitle"]] if want["subtitle"] is not None else None)
    assert doc.outlet == want["outlet"]
    assert doc.published.value == want["published"]
    if want["authors"] is not None:
        assert doc.authors and doc.authors[0] in lines[want["authors"]]
    else:
        assert doc.authors == []

    used: set[int] = set()
    removed = {}
    for r in doc.removed:  # a line that repeats ("Comments") takes its next unused index
        i = next(i for i, line in enumerate(bare) if line == r.text and i not in used)
        used.add(i)
        removed[i] = r.kind
    assert removed == want["removed"]

    body = [_strip_bullet(p) for p in doc.text.split("\n\n")]
    expected_body = [bare[i] for i in range(len(lines)) if i not in want["removed"] and i not in header]
    assert body == expected_body


# Each seed's date after time tagging: (value, precision, inferred), and how many dated-list items it has.
DATES = {
    "000": ((None, None, True), 0),  # "since … 2021": what has run since then bounds the writing
    "001": ((None, None, True), 0),  # "in February 2022", a bound: written no earlier
    "002": (("2024-11-27", "day", False), 0),
    "003": ((None, None, True), 0),  # "in May 2024", a bound; "On June 3rd" takes no year from it
    "004": (("2024-05-27", "day", True), 5),  # the background briefings' list is removed by cleaning
}


@needs_seeds
@pytest.mark.parametrize("prefix", sorted(DATES))
def test_seed_dates(prefix):
    (value, precision, inferred), list_items = DATES[prefix]
    _, doc = _seed(prefix)
    published, timexes = tag_document(doc.text, doc.published)
    assert (published.value, published.precision, published.inferred) == (value, precision, inferred)
    assert sum(t.role == "list-date" for t in timexes) == list_items
    assert not any(t.role == "background" for t in timexes)
