#!/usr/bin/env bash
# Set up, then run the main job on the bundled example corpus: ingest it, list what it holds and the claims its
# outlets share, write the briefing, export it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
mkdir -p out
export STORYLINE_DB=out/example.db
.venv/bin/storyline ingest examples/corpus
.venv/bin/storyline docs
.venv/bin/storyline actors --limit 15
.venv/bin/storyline claims --status corroborated
.venv/bin/storyline model info
.venv/bin/storyline brief -o out/brief.html
.venv/bin/storyline export --format json -o out/example.json
echo "Briefing: out/brief.html (open it in a browser)   Store: out/example.db   Export: out/example.json"
echo "Explore it: .venv/bin/storyline serve --db out/example.db, then http://127.0.0.1:8765/"
