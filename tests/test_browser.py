"""The briefing and the explorer in a real browser: Debian's headless Chromium driven by Playwright.

scripts/test.sh installs chromium; without it these tests skip. The briefing's
screenshot is kept in test-artifacts/.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from storyline.cli import app as cli
from storyline.web import create_app

from .conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
# As the machine's notes advise: no sandbox as root, and no background traffic to hosts it cannot reach.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]  # fmt: skip
TRAP = "<script>window.owned = true</script>"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is absent (scripts/test.sh installs it as root)")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The outlet fixtures plus one article that carries a script."""
    from typer.testing import CliRunner

    folder = tmp_path_factory.mktemp("browser")
    trap = folder / "trap.txt"
    trap.write_text(f"Russia and the Taliban {TRAP} met\n\nRussia and the Taliban met in Kabul on Monday 3 June "
                    f"2024 to discuss trade {TRAP} and security, officials said.\n", encoding="utf-8")  # fmt: skip
    db = folder / "browser.db"
    for source in (ROOT / "tests" / "fixtures" / "outlets", trap):
        assert CliRunner().invoke(cli, ["ingest", str(source), "--db", str(db)]).exit_code == 0
    return db


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    running = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    for _ in range(100):
        if running.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def page(server: str):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser.new_page()
        browser.close()


def test_search_from_the_header_reaches_a_claim(page, server):
    page.goto(server)
    page.get_by_role("searchbox", name="Search").fill("recognised Taliban")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url("**/search?q=*")
    assert page.locator("ol.results mark").count() > 0
    page.locator("ol.results a[href^='/claims/']").first.click()
    page.wait_for_url("**/claims/c*")
    assert "independent" in page.inner_text("body")


def test_a_timeline_entry_leads_to_its_evidence(page, server):
    page.goto(f"{server}/timeline")
    link = page.locator("a.evidence-link").first
    sentence = link.get_attribute("title")
    link.click()
    page.wait_for_url("**/documents/*#s*")
    anchor = page.url.split("#")[1]
    assert page.locator(f"#{anchor}").count() == 1
    marked = "".join(page.locator(".evidence").all_inner_texts())
    assert "".join(marked.split()) == "".join(sentence.split())  # the sentence, marked, in runs


def test_a_script_in_an_article_stays_text(page, server, store, tmp_path):
    page.goto(f"{server}/search?q=owned")  # a word only the trap article holds
    page.locator("ol.results a[href^='/documents/']").first.click()
    page.wait_for_load_state()
    assert page.evaluate("window.owned") is None
    assert TRAP in page.inner_text("body")
    brief = tmp_path / "brief.html"
    from typer.testing import CliRunner

    assert CliRunner().invoke(cli, ["brief", "--db", str(store), "-o", str(brief)]).exit_code == 0
    page.goto(brief.as_uri())
    assert page.evaluate("window.owned") is None and TRAP in page.inner_text("body")


def test_a_screenshot_of_the_briefing_is_kept(page, outlets):
    from typer.testing import CliRunner

    ARTIFACTS.mkdir(exist_ok=True)
    brief = ARTIFACTS / "brief.html"
    assert CliRunner().invoke(cli, ["brief", "--db", str(outlets), "-o", str(brief)]).exit_code == 0
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(brief.as_uri())
    page.locator("svg[aria-label='events per month']").wait_for()
    shot = ARTIFACTS / "brief.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000
    page.locator("a[href='#e1']").first.click()
    assert page.locator("#e1").is_visible()
