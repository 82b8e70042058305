"""Shared fixtures: paths to the example corpus and ../shared, a CLI runner, a store file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CONTRACT_SCHEMA = SHARED / "contract" / "export-schema.json"
OUTLETS = ROOT / "tests" / "fixtures" / "outlets"

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent (only beside the project checkout)")
needs_contract = pytest.mark.skipif(
    not CONTRACT_SCHEMA.is_file(), reason="../shared/contract is absent (only beside the project checkout)"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A store path in a temporary folder; the environment and working directory cannot leak in."""
    monkeypatch.delenv("STORYLINE_DB", raising=False)
    monkeypatch.delenv("STORYLINE_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path / "test.db"


@pytest.fixture
def contract_schema() -> dict:
    return json.loads(CONTRACT_SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def outlets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the six multi-outlet fixture reports (tests/fixtures/outlets), ingested once."""
    from storyline.cli import app

    db = tmp_path_factory.mktemp("outlets") / "outlets.db"
    result = CliRunner().invoke(app, ["ingest", str(OUTLETS), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db
