"""A document's text cut into runs, each with the kinds of things found over it, so the page can mark actors,
dates, quotes and figures where they overlap, and anchor every sentence that evidence points at."""

from __future__ import annotations

from typing import Any


def highlight(document: dict[str, Any], target: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    """Runs of ``document['text']``: {text, kinds, anchor, actor}; ``anchor`` marks where a quote, a mention or
    the ``target`` span (the evidence a link points at) starts, so /documents/ID#sSTART reaches it."""
    text = document["text"]
    spans = ([(target[0], target[1], "evidence", None)] if target else []) + (
             [(m["start"], m["end"], "actor", m["actor"]) for m in document["mentions"]]
             + [(t["start"], t["end"], "date", None) for t in document["timexes"]]
             + [(q["start"], q["end"], "quote", None) for q in document["quotes"]]
             + [(f["start"], f["end"], "figure", None) for f in document["figures"]])  # fmt: skip
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans)})
    starts = {s for s, _, _, _ in spans}
    runs = []
    for begin, end in zip(cuts, cuts[1:]):
        over = [(kind, actor) for s, e, kind, actor in spans if s <= begin and end <= e]
        runs.append({"text": text[begin:end], "kinds": sorted({k for k, _ in over}),
                     "anchor": f"s{begin}" if begin in starts else None,
                     "actor": next((a for k, a in over if k == "actor"), None)})  # fmt: skip
    return runs
