"""The explorer's pages and their JSON twins, with FastAPI's test client: search, pagination, downloads that are
never cut, escaping, and the token off loopback."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.cli import app as cli
from storyline.web import create_app, is_loopback

SCRIPT = "<script>alert('owned')</script>"


@pytest.fixture(scope="module")
def client(outlets: Path) -> TestClient:
    return TestClient(create_app(outlets))


def test_search_finds_documents_quotes_and_claims(client):
    found = client.get("/api/search", params={"q": "recognised Taliban"}).json()
    assert found["total"] >= 3 and {hit["kind"] for hit in found["items"]} >= {"document", "claim"}
    assert all("\x02" in hit["snippet"] for hit in found["items"])
    claims = client.get("/api/search", params={"q": "recognised", "kind": "claim"}).json()
    assert {hit["kind"] for hit in claims["items"]} == {"claim"}
    assert client.get("/api/search", params={"q": '"NEAR( AND'}).json()["total"] == 0  # no FTS5 syntax gets through
    page = client.get("/search", params={"q": "recognised"}).text
    assert "<mark>recognised</mark>" in page


def test_lists_are_paginated_and_say_what_follows(client):
    first = client.get("/api/claims", params={"limit": 4}).json()
    assert len(first["items"]) == 4 and first["next_offset"] == 4 and first["total"] > 4
    rest = client.get("/api/claims", params={"limit": 500, "offset": 4}).json()
    assert rest["next_offset"] is None and len(first["items"]) + len(rest["items"]) == first["total"]
    assert client.get("/api/claims", params={"limit": 501}).status_code == 422
    assert 'rel="next"' in client.get("/claims", params={"limit": 4}).text


def test_downloads_hold_every_item(client):
    total = client.get("/api/claims", params={"limit": 1}).json()["total"]
    as_csv = client.get("/api/download/claims", params={"format": "csv"})
    assert as_csv.headers["content-disposition"] == 'attachment; filename="storyline-claims.csv"'
    assert len(list(csv.DictReader(io.StringIO(as_csv.text)))) == total
    assert len(client.get("/api/download/claims").json()) == total
    assert client.get("/api/download/secrets").status_code == 422


def test_every_page_has_a_json_twin(client):
    doc = client.get("/api/documents").json()["items"][0]["id"]
    actor = client.get("/api/actors").json()["items"][0]["id"]
    claim = client.get("/api/claims").json()["items"][0]["id"]
    for page, twin in ((f"/documents/{doc}", f"/api/documents/{doc}"), (f"/actors/{actor}", f"/api/actors/{actor}"),
                       (f"/claims/{claim}", f"/api/claims/{claim}"), ("/timeline", "/api/timeline"),
                       ("/claims", "/api/claims"), ("/documents", "/api/documents"), ("/actors", "/api/actors")):  # fmt: skip
        html = client.get(page)
        assert html.status_code == 200 and f'href="{twin}"' in html.text, page
        assert client.get(twin).status_code == 200
    assert client.get("/api/relations/Russia/Taliban").json()["periods"]
    for page in ("/relations/Russia/Taliban", "/timeline"):
        assert "<svg" in client.get(page).text, page  # a chart above the list
    assert client.get("/api/documents/nope").status_code == 404 and client.get("/claims/nope").status_code == 404
    assert {"/api/search", "/api/timeline", "/api/claims/{claim_id}"} <= set(client.get("/openapi.json").json()["paths"])


def test_a_document_page_marks_what_was_found_and_the_evidence_asked_for(client):
    event = client.get("/api/timeline").json()["items"][0]
    evidence = event["evidence"][0]
    page = client.get(f"/documents/{evidence['doc']}", params={"hl": f"{evidence['start']}-{evidence['end']}"}).text
    assert f'id="s{evidence["start"]}"' in page and 'class="evidence' in page and 'class="actor' in page


def test_article_text_is_escaped(runner, db, tmp_path):
    article = tmp_path / "script.txt"
    article.write_text(f"Russia and the Taliban {SCRIPT} met\n\nRussia and the Taliban met in Kabul on Monday "
                       f"3 June 2024 to discuss trade {SCRIPT} and security, officials said.\n", encoding="utf-8")  # fmt: skip
    assert runner.invoke(cli, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    client = TestClient(create_app(db))
    doc = client.get("/api/documents").json()["items"][0]["id"]
    for page in (f"/documents/{doc}", "/documents", "/search?q=security"):
        body = client.get(page).text
        assert SCRIPT not in body and "&lt;script&gt;" in body, page


def test_a_document_page_tells_the_bound_of_an_undated_article(runner, db, tmp_path):
    (tmp_path / "a.txt").write_text("Judge named\n\nShe was appointed in 1993. On Monday she said she would stay.\n")
    assert runner.invoke(cli, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    client = TestClient(create_app(db))
    doc = client.get("/api/documents").json()["items"][0]["id"]
    assert "undated (only a bound: written no earlier than 1993," in client.get(f"/documents/{doc}").text


def test_a_token_guards_every_request(outlets):
    guarded = TestClient(create_app(outlets, token="s3cret"))
    assert guarded.get("/api/claims").status_code == 401
    assert guarded.get("/api/claims", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    assert guarded.get("/", params={"token": "s3cret"}).status_code == 200
    assert guarded.get("/claims").status_code == 200  # the cookie the first visit set


def test_serving_off_loopback_needs_a_token(runner, outlets):
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("example.org")
    result = runner.invoke(cli, ["serve", "--host", "0.0.0.0", "--db", str(outlets)])
    assert result.exit_code == 2 and "Give --token SECRET" in result.output


def test_the_claims_list_dates_each_claim_its_statements_date(client):
    dated = [c for c in client.get("/api/claims", params={"limit": 500}).json()["items"] if c["when"]["value"]]
    trade = next(c for c in dated if "$1 billion" in c["text"])
    page = client.get("/claims", params={"limit": 500}).text
    assert f'<td class="muted">2024</td><td><a href="/claims/{trade["id"]}">' in page
