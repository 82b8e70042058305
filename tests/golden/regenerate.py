"""Rewrite expected.json from what Storyline now makes of the example corpus.

Run it after a deliberate change to cleaning, then read the diff of
expected.json line by line before committing: the golden file is only worth
what that review is worth.

    python tests/golden/regenerate.py
"""

import json
import os
from pathlib import Path

from storyline import Store, build_export, ingest

ROOT = Path(__file__).resolve().parents[2]

if __name__ == "__main__":
    os.chdir(ROOT)
    with Store() as store:
        ingest(["examples/corpus"], store, max_bytes=10_000_000)
        documents = build_export(store)["documents"]
    out = Path(__file__).with_name("expected.json")
    out.write_text(json.dumps(documents, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(documents)} documents to {out}")
