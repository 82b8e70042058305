"""Turn what the user named (files, folders, globs, ``-``) into raw inputs, one per document.

Each failure is yielded as an ``InputError`` in place of the input, so a batch
goes on past bad files and the caller decides how to report them.
"""

from __future__ import annotations

import glob
import gzip
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .. import errors
from ..errors import InputError
from ..types import InputFormat, RawInput, content_id
from .decode import decode, sniff_binary

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"
GZIP_MAGIC = b"\x1f\x8b"


def _kind_from_name(name: str) -> str | None:
    """'text', 'html', 'jsonl' from the file name (looking through .gz), or None when unknown."""
    suffixes = [s.lower() for s in Path(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    last = suffixes[-1] if suffixes else ""
    for kind, known in (("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES), ("jsonl", JSONL_SUFFIXES)):
        if last in known:
            return kind
    return None


def names_article_file(text: str) -> bool:
    """Whether a word names an article file by its kind ("report.html", "feed.jsonl.gz"), whether it exists or not."""
    return not any(c.isspace() for c in text) and _kind_from_name(text) is not None


def _sniff_kind(data: bytes) -> str:
    head = data[:2048].lstrip().lower()
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head or b"<p>" in head:
        return "html"
    return "text"


def expand(paths: Iterable[str]) -> Iterator[str | InputError]:
    """Files named, files under folders (recursively, supported types only) and glob matches, in order."""
    for given in paths:
        if given == STDIN:
            yield STDIN
            continue
        path = Path(given)
        if path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*")) if _wanted_in_folder(p))
        elif path.exists():
            yield given
        elif glob.has_magic(given):
            matches = sorted(m for m in glob.glob(given, recursive=True) if Path(m).is_file())
            yield from matches or [InputError(given, "no file matches this pattern", "Check the pattern")]
        else:
            yield InputError(given, "no such file or folder", "Check the path")


def _wanted_in_folder(path: Path) -> bool:
    hidden = any(part.startswith(".") for part in path.parts[-1:])
    return path.is_file() and not hidden and _kind_from_name(path.name) is not None


def _read_limited(stream: BinaryIO, limit: int, source: str) -> bytes:
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise errors.too_large(source, len(data) + len(stream.read()), limit)
    return data


def _gunzip(data: bytes, source: str, limit: int) -> bytes:
    try:
        out = zlib.decompressobj(wbits=31).decompress(data, limit + 1)
    except zlib.error as err:
        raise InputError(source, f"the gzip data is corrupt ({err})", "Re-download or re-compress the file") from err
    if len(out) > limit:
        raise errors.too_large(source, len(gzip.decompress(data)), limit)
    return out


def read_bytes(source: str, limit: int) -> bytes:
    """The content of a file or of standard input, decompressed, refused past ``limit`` bytes."""
    try:
        if source == STDIN:
            data = _read_limited(sys.stdin.buffer, limit, "<stdin>")
        else:
            with open(source, "rb") as fh:
                data = _read_limited(fh, limit, source)
    except OSError as err:
        raise errors.unreadable(source, err) from err
    if data.startswith(GZIP_MAGIC):
        data = _gunzip(data, source, limit)
    if not data.strip():
        raise errors.empty_input(source)
    return data


def read_path(item: str, limit: int) -> Iterator[RawInput | InputError]:
    """The documents in one file (or ``-``): one for text or HTML, one per line of JSON Lines."""
    try:
        data = read_bytes(item, limit)
    except InputError as err:
        yield err
        return
    kind = (None if item == STDIN else _kind_from_name(item)) or _sniff_kind(data)
    if kind == "jsonl":
        yield from _jsonl_records(item, data)
    else:
        yield RawInput(id=content_id(data), source=item, data=data, format=_as_format(kind))


def _as_format(kind: str) -> InputFormat:
    return "html" if kind == "html" else "text"


def _jsonl_records(source: str, data: bytes) -> Iterator[RawInput | InputError]:
    what = sniff_binary(data)
    if what:
        yield errors.binary_input(source, what)
        return
    for number, line in enumerate(data.splitlines(), start=1):
        if line.strip():
            yield _jsonl_record(f"{source}:{number}", line.strip())


def _jsonl_record(where: str, line: bytes) -> RawInput | InputError:
    text, _ = decode(line, where)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as err:
        return errors.bad_json_line(where, f"not valid JSON ({err.msg} at column {err.colno})")
    if not isinstance(record, dict):
        return errors.bad_json_line(where, "the line is JSON but not an object")
    source = record.get("source") or record.get("url")
    body = record.get("html") or record.get("text")
    if not isinstance(source, str) or not source:
        return errors.bad_json_line(where, 'the record has no "source" or "url"')
    if not isinstance(body, str) or not body.strip():
        return errors.bad_json_line(where, 'the record has no "html" or "text"')
    hints = {k: str(record[k]) for k in ("title", "published", "outlet") if record.get(k)}
    fmt: InputFormat = "html" if record.get("html") else "text"
    # The id comes from the record's own bytes, so re-ingesting the same line adds nothing.
    return RawInput(id=content_id(line), source=source, data=body.encode("utf-8"), format=fmt, hints=hints)
