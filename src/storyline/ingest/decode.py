"""Bytes to text: UTF-8 first, then the legacy encodings news pages still use."""

from __future__ import annotations

import codecs

from .. import errors

# cp1252 covers Windows-authored pages (curly quotes in 0x80-0x9F); latin-1 decodes any byte at all.
FALLBACKS = ("cp1252", "latin-1")

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive or Office document",
    b"\x7fELF": "an executable",
    b"SQLite format 3": "an SQLite database",
}


def sniff_binary(data: bytes) -> str | None:
    """Say what a binary file looks like, or None when it looks like text."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    if b"\x00" in head:
        return "it contains NUL bytes"
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and controls / len(head) > 0.05:
        return "mostly control characters"
    return None


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Return (text, encoding used); refuse binary data with a clear error."""
    what = sniff_binary(data)
    if what:
        raise errors.binary_input(source, what)
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACKS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover
