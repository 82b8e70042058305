"""TimeML files (TempEval-3 ``.tml``): read the text and its DCT, write it back with our TIMEX3 tags.

The text between ``<TEXT>`` and ``</TEXT>`` is kept byte for byte, with any tags
inside it taken out, so offsets and tokens match the gold files that standard
TempEval-3 scoring compares against. Annotation after ``</TEXT>`` (instances and
links) refers to the removed tags: it is dropped when a file is tagged, and read
only for the dates its links give events (``read_event_dates``), to measure ours.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path

from ...errors import InputError
from ...types import Timex
from .tagger import find_timexes
from .when import point

TAG = re.compile(r"<[^>]+>")
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
DCT = re.compile(r"<DCT>\s*<TIMEX3\b([^>]*)>", re.DOTALL)
TID = re.compile(r'\btid="t(\d+)"')
INSTANCE = re.compile(r"<MAKEINSTANCE\b([^>]*)>")
TLINK = re.compile(r"<TLINK\b([^>]*)>")
# The links that put an event within a time, read from the event's side and from the time's
WITHIN_TIME = {"IS_INCLUDED", "DURING", "SIMULTANEOUS"}
HOLDS_EVENT = {"INCLUDES", "SIMULTANEOUS"}


@dataclass(frozen=True)
class TimeMLDocument:
    """One ``.tml`` file: what precedes its text, the text with tags taken out, the DCT and any gold TIMEX3s."""

    head: str
    text: str
    dct: date | None
    gold: list[Timex]


@dataclass(frozen=True)
class EventDates:
    """An event of a TimeML file (its words and class: OCCURRENCE, REPORTING …) and the dates its links put it
    within, as the contract's values ("1998-08-07", "1998-W08", "1998")."""

    start: int
    end: int
    text: str
    kind: str
    dates: frozenset[str]


def read_timeml(path: Path) -> TimeMLDocument:
    markup, begin, end = _read(path)
    inner = markup[begin:end]
    return TimeMLDocument(markup[:begin], TAG.sub("", inner), _dct(markup), _gold(inner))


def read_event_dates(path: Path) -> list[EventDates]:
    """The events of a file that its TLINKs put within a date or a time ("killed" IS_INCLUDED in "Friday", or in
    the DCT), with those times' dates; an event with no such link is left out."""
    markup, begin, end = _read(path)
    inner, links = markup[begin:end], markup[end:]
    days = {attrs.get("tid", ""): point(attrs.get("value", ""))[0] for attrs, _, _ in _elements(inner, "TIMEX3")
            if attrs.get("type") in ("DATE", "TIME")}  # fmt: skip
    if dct := DCT.search(markup):
        attrs = _attributes(dct[1])
        days[attrs.get("tid", "")] = point(attrs.get("value", ""))[0]
    events = {a["eiid"]: a.get("eventID", "") for a in map(_attributes, INSTANCE.findall(links)) if "eiid" in a}
    dates: defaultdict[str, set[str]] = defaultdict(set)
    for link in map(_attributes, TLINK.findall(links)):
        relation = link.get("relType")
        if relation in WITHIN_TIME and "eventInstanceID" in link and "relatedToTime" in link:
            event, time = link["eventInstanceID"], link["relatedToTime"]
        elif relation in HOLDS_EVENT and "timeID" in link and "relatedToEventInstance" in link:
            event, time = link["relatedToEventInstance"], link["timeID"]
        else:
            continue
        if days.get(time) and event in events:
            dates[events[event]].add(days[time])
    return [EventDates(start, start + len(words), words, attrs.get("class", ""), frozenset(dates[attrs["eid"]]))
            for attrs, start, words in _elements(inner, "EVENT") if dates.get(attrs.get("eid", ""))]  # fmt: skip


def _read(path: Path) -> tuple[str, int, int]:
    """A file's markup and where the inside of its ``<TEXT>`` element begins and ends."""
    source = str(path)
    try:
        markup = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(source, f"cannot read it ({err})", "Give a UTF-8 TimeML file") from err
    begin, end = markup.find("<TEXT>"), markup.find("</TEXT>")
    if begin < 0 or end < begin:
        raise InputError(source, "it has no <TEXT> element", "Give a TempEval-3 style TimeML (.tml) file")
    return markup, begin + len("<TEXT>"), end


def _attributes(tag: str) -> dict[str, str]:
    return dict(ATTRIBUTE.findall(tag))


def _dct(markup: str) -> date | None:
    match = DCT.search(markup)
    if not match:
        return None
    value = _attributes(match[1]).get("value", "")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _gold(inner: str) -> list[Timex]:
    """The TIMEX3s inside the text, with offsets into the text once every tag is taken out."""
    return [Timex(start, start + len(words), words, attrs.get("type", "DATE"),  # type: ignore[arg-type]
                  attrs.get("value", ""), attrs.get("mod"), freq=attrs.get("freq"))
            for attrs, start, words in _elements(inner, "TIMEX3")]  # fmt: skip


def _elements(inner: str, name: str) -> list[tuple[dict[str, str], int, str]]:
    """The elements ``name`` inside the text: their attributes, where they begin in the text once every tag is
    taken out, and their words."""
    element = re.compile(rf"<{name}\b([^>]*)>(.*?)</{name}>", re.DOTALL)
    found, removed = [], 0
    for match in TAG.finditer(inner):
        if whole := element.match(inner, match.start()):
            found.append((_attributes(whole[1]), match.start() - removed, TAG.sub("", whole[2])))
        removed += len(match[0])
    return found


def render(document: TimeMLDocument, timexes: list[Timex]) -> str:
    """The file again, its text carrying ``timexes`` as TIMEX3 tags numbered after the DCT's."""
    first = max((int(n) for n in TID.findall(document.head)), default=0) + 1
    parts, at = [document.head], 0
    for number, timex in enumerate(timexes, start=first):
        mod = f' mod="{escape(timex.mod)}"' if timex.mod else ""
        freq = f' freq="{timex.freq}"' if timex.freq else ""
        parts += [document.text[at : timex.start],
                  f'<TIMEX3 tid="t{number}" type="{timex.type}" value="{escape(timex.value)}"{mod}{freq}>',
                  document.text[timex.start : timex.end], "</TIMEX3>"]  # fmt: skip
        at = timex.end
    parts += [document.text[at:], "</TEXT>\n\n</TimeML>\n"]
    return "".join(parts)


def tag_timeml(source: Path, target: Path) -> int:
    """Tag one ``.tml`` file, reading its DCT as the document date; the number of expressions written."""
    document = read_timeml(source)
    timexes = find_timexes(document.text, document.dct)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render(document, timexes), encoding="utf-8")
    except OSError as err:
        raise InputError(str(target), f"cannot write it ({err.strerror})", "Choose an output folder you can write to") from err
    return len(timexes)


@dataclass
class TimeMLReport:
    files: int = 0
    expressions: int = 0
    failed: list[InputError] = field(default_factory=list)


def tag_timeml_folder(source: Path, target: Path, progress: Callable[[str, int, int], None] | None = None) -> TimeMLReport:
    """Tag every ``.tml`` file under ``source`` into the same place under ``target``; a bad file is reported, the rest go on."""
    if not source.is_dir():
        raise InputError(str(source), "it is not a folder", "Give the folder that holds the .tml files")
    if target.resolve() == source.resolve():
        raise InputError(str(target), "it is the input folder", "Write into another folder, so the gold files stay")
    files = sorted(source.rglob("*.tml"))
    if not files:
        raise InputError(str(source), "it holds no .tml files", "Give a folder of TempEval-3 style TimeML files")
    report = TimeMLReport()
    for done, path in enumerate(files, start=1):
        try:
            report.expressions += tag_timeml(path, target / path.relative_to(source))
            report.files += 1
        except InputError as err:
            report.failed.append(err)
        if progress:
            progress(path.name, done, len(files))
    return report
