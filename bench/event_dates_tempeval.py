"""The dates of events and speeches against TempEval-3's TimeBank and AQUAINT links (tbaq-cleaned).

    .venv/bin/python bench/event_dates_tempeval.py [--data ../shared/data] [--errors N] [--json]

The gold files link many of their events to a time: "killed" IS_INCLUDED in
"Friday", "said" in the DCT. Each file is read as `storyline timex --timeml`
reads it (its DCT is the document's date), parsed, and its event reports and
dated quotes found as ingest finds them. Each event report whose trigger, and
each quote whose speech verb, overlaps a linked gold event is scored by the date
we give it: the same date, one inside the other ("1998-08" for a day of it), a
wrong one, or none. An event the gold links to several times is right with any
of them. The held-out fifth of the files (the same as the TIMEX3 bench's) is
reported apart; `--errors` prints what is not exact, from the tuning part only.

"dated" is the share of the linked events we give a date; "agree" the share of
those dates that agree with the gold (exact or nested). Events the gold does not
link to a time are not scored: TimeBank links only some of its events.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict

from spacy.tokens import Doc
from timex_tempeval import tempeval_arguments

from storyline.extract.events import date_speech, find_reports, speech_verb
from storyline.extract.quotes import find_quotes
from storyline.extract.time import find_timexes
from storyline.extract.time.scoring import DateCounts, held_out
from storyline.extract.time.timeml import EventDates, read_event_dates, read_timeml
from storyline.nlp import load
from storyline.types import Published, Timex

KINDS = ("events", "quotes")


def main() -> None:
    args, files = tempeval_arguments(__doc__, "print this many dates that are not exact, tuning part")
    counts: dict[str, dict[str, DateCounts]] = defaultdict(lambda: {kind: DateCounts() for kind in KINDS})
    errors: list[str] = []
    nlp, started = load(), time.perf_counter()
    documents = [read_timeml(path) for path in files]
    for path, document, doc in zip(files, documents, nlp.pipe(d.text for d in documents)):
        part = "held_out" if held_out(path.name) else "tune"
        published = Published(document.dct.isoformat() if document.dct else None, "day")
        anchors = read_event_dates(path)
        for kind, start, end, ours in _dated(doc, find_timexes(document.text, document.dct), published):
            anchor = next((a for a in anchors if a.start < end and start < a.end), None)
            if anchor is None:
                continue
            verdict = counts[part][kind].add(ours, anchor.dates)
            if part == "tune" and verdict != "exact" and len(errors) < args.errors:
                errors.append(_line(path.name, document.text, kind, verdict, ours, anchor))
    report = {part: {kind: c.scores() for kind, c in kinds.items()} for part, kinds in counts.items()}
    report["seconds"] = round(time.perf_counter() - started, 1)  # type: ignore[assignment]
    if args.json:
        print(json.dumps(report))
        return
    print("\n".join(errors))
    print(f"{'part':<10}{'kind':<8}{'events':>8}{'exact':>7}{'nested':>8}{'wrong':>7}{'undated':>9}{'dated':>8}"
          f"{'agree':>8}")  # fmt: skip
    for part in ("tune", "held_out"):
        for kind in KINDS:
            s = report[part][kind]
            print(f"{part:<10}{kind:<8}{s['events']:>8}{s['exact']:>7}{s['nested']:>8}{s['wrong']:>7}"
                  f"{s['undated']:>9}{s['dated_share']:>8.1%}{s['agree_share']:>8.1%}")  # fmt: skip
    print(f"{len(files)} files parsed and read in {report['seconds']} s")


def _dated(doc: Doc, timexes: list[Timex], published: Published) -> list[tuple[str, int, int, str | None]]:
    """(kind, start, end, our date) for each event report's trigger and each quote's speech verb, a verb once."""
    found = [("events", r.trigger_start, r.trigger_end, r.when_value) for r in find_reports(doc, timexes, published)]
    verbs = set()
    for quote in date_speech(doc, find_quotes(doc), timexes, published):
        verb = speech_verb(doc, quote)
        if verb is not None and verb.i not in verbs:
            verbs.add(verb.i)
            found.append(("quotes", verb.idx, verb.idx + len(verb), quote.when_value))
    return found


def _line(name: str, text: str, kind: str, verdict: str, ours: str | None, anchor: EventDates) -> str:
    context = " ".join((text[max(0, anchor.start - 120) : anchor.start] + "[[" + anchor.text + "]]"
                        + text[anchor.end : anchor.end + 60]).split())  # fmt: skip
    return f"{verdict.upper():<8}{name} {kind}: ours {ours} / gold {' '.join(sorted(anchor.dates))} | {context}"


if __name__ == "__main__":
    main()
