"""The example corpus as a golden set: each page's body, metadata and removed furniture, exactly."""

import json
import os
from pathlib import Path

import pytest

from storyline import Store, build_export, ingest

from .conftest import ROOT

EXPECTED = {d["source"]: d for d in json.loads((Path(__file__).parent / "golden" / "expected.json").read_text())}


@pytest.fixture(scope="module")
def exported() -> dict[str, dict]:
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with Store() as store:
            report = ingest(["examples/corpus"], store, max_bytes=10_000_000)
            assert report.ok, report.failed
            return {d["source"]: d for d in build_export(store)["documents"]}
    finally:
        os.chdir(cwd)


def test_corpus_is_a_dozen_or_more_documents_from_several_outlets(exported):
    assert len(exported) >= 12
    assert len({d["outlet"] for d in exported.values()}) >= 5
    assert set(exported) == set(EXPECTED)


@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_document_matches_golden(exported, source):
    assert exported[source] == EXPECTED[source]


def test_every_kind_of_furniture_is_shown(exported):
    kinds = {r["kind"] for d in exported.values() for r in d["removed"]}
    assert kinds >= {"byline", "dateline", "donation-appeal", "comments", "author-bio", "navigation", "caption",
                     "related-links", "pull-quote", "disclaimer", "promo"}  # fmt: skip
