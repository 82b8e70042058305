"""TimeML files (TempEval-3 ``.tml``): read the text and its DCT, write it back with our TIMEX3 tags.

The text between ``<TEXT>`` and ``</TEXT>`` is kept byte for byte, with any tags
inside it taken out, so offsets and tokens match the gold files that standard
TempEval-3 scoring compares against. Annotation after ``</TEXT>`` (instances and
links) refers to the removed tags and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from html import escape
from pathlib import Path

from ...errors import InputError
from ...types import Timex
from .tagger import find_timexes

TAG = re.compile(r"<[^>]+>")
TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
DCT = re.compile(r"<DCT>\s*<TIMEX3\b([^>]*)>", re.DOTALL)
TID = re.compile(r'\btid="t(\d+)"')


@dataclass(frozen=True)
class TimeMLDocument:
    """One ``.tml`` file: what precedes its text, the text with tags taken out, the DCT and any gold TIMEX3s."""

    head: str
    text: str
    dct: date | None
    gold: list[Timex]


def read_timeml(path: Path) -> TimeMLDocument:
    source = str(path)
    try:
        markup = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(source, f"cannot read it ({err})", "Give a UTF-8 TimeML file") from err
    begin, end = markup.find("<TEXT>"), markup.find("</TEXT>")
    if begin < 0 or end < begin:
        raise InputError(source, "it has no <TEXT> element", "Give a TempEval-3 style TimeML (.tml) file")
    inner = markup[begin + len("<TEXT>") : end]
    return TimeMLDocument(markup[: begin + len("<TEXT>")], TAG.sub("", inner), _dct(markup), _gold(inner))


def _dct(markup: str) -> date | None:
    match = DCT.search(markup)
    if not match:
        return None
    value = dict(ATTRIBUTE.findall(match[1])).get("value", "")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _gold(inner: str) -> list[Timex]:
    """The TIMEX3s inside the text, with offsets into the text once every tag is taken out."""
    found = []
    removed = 0
    for match in TAG.finditer(inner):
        if match[0].startswith("<TIMEX3"):
            closing = TIMEX.match(inner, match.start())
            if closing:
                attrs = dict(ATTRIBUTE.findall(closing[1]))
                start = match.start() - removed
                words = TAG.sub("", closing[2])
                found.append(Timex(start, start + len(words), words, attrs.get("type", "DATE"),  # type: ignore[arg-type]
                                   attrs.get("value", ""), attrs.get("mod")))  # fmt: skip
        removed += len(match[0])
    return found


def render(document: TimeMLDocument, timexes: list[Timex]) -> str:
    """The file again, its text carrying ``timexes`` as TIMEX3 tags numbered after the DCT's."""
    first = max((int(n) for n in TID.findall(document.head)), default=0) + 1
    parts, at = [document.head], 0
    for number, timex in enumerate(timexes, start=first):
        mod = f' mod="{escape(timex.mod)}"' if timex.mod else ""
        parts += [document.text[at : timex.start],
                  f'<TIMEX3 tid="t{number}" type="{timex.type}" value="{escape(timex.value)}"{mod}>',
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
