"""Clean: from a raw input to a document with its body, metadata and what was removed."""

from __future__ import annotations

import re

import py3langid

from .. import errors
from ..ingest import decode
from ..types import Document, Published, RawInput
from .blocks import split_blocks
from .html import extract_html, visible_text
from .outlet import find_outlet
from .page import Page, read_page

PARAGRAPH_SEPARATOR = "\n\n"
WORDS = re.compile(r"[^\W\d_]{2,}")
MIN_WORDS = 3  # fewer real words than this is markup debris, not an article
HINT_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _from_html(html: str) -> Page:
    extract = extract_html(html)
    if extract is None:
        return read_page(split_blocks(visible_text(html)))
    page = read_page(extract.blocks, find_header=False)
    page.title = extract.title or page.title
    page.subtitle = extract.subtitle
    page.authors = extract.authors or page.authors
    page.removed += extract.dropped
    boilerplate = [r.text for r in page.removed]
    page.outlet = extract.outlet or page.outlet or find_outlet(boilerplate)
    if extract.date:
        page.published = Published(extract.date, "day", False, "page metadata")
    return page


def _hinted_date(value: str) -> Published:
    match = HINT_DATE.match(value.strip())
    if not match:
        return Published()
    year, month, day = match.groups()
    precision = "day" if day else "month" if month else "year"
    return Published("-".join(p for p in (year, month, day) if p), precision, False, f"the record states {value!r}")


def _language(text: str) -> str:
    return str(py3langid.classify(text[:5000])[0])


def clean(raw: RawInput) -> Document:
    text, encoding = decode(raw.data, raw.source)
    page = _from_html(text) if raw.format == "html" else read_page(split_blocks(text))
    body = PARAGRAPH_SEPARATOR.join(page.body)
    if len(WORDS.findall(body)) < MIN_WORDS:
        raise errors.no_text(raw.source, "HTML page" if raw.format == "html" else "text")
    return Document(
        id=raw.id,
        source=raw.source,
        format=raw.format,
        encoding=encoding,
        raw=raw.data,
        text=body,
        title=raw.hints.get("title") or page.title,
        subtitle=page.subtitle,
        authors=page.authors,
        outlet=raw.hints.get("outlet") or page.outlet,
        published=_hinted_date(raw.hints["published"]) if "published" in raw.hints else page.published or Published(),
        language=_language(body),
        removed=page.removed,
    )
