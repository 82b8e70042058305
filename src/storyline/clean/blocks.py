"""Split a page's text into blocks: paragraphs, headings and list items.

Page dumps come in three shapes: one paragraph per line, paragraphs separated by
blank lines, and hard-wrapped text where a paragraph spans several short lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BULLET = re.compile(r"^\s*(?:[•·▪‣◦●○■□►✓*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*")
SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# A hard-wrapped dump has most lines near one width, none much longer, and most breaking mid-sentence.
WRAP_MIN, WRAP_MAX = 45, 100
LINE_END = re.compile(r"[.!?:;”\"’')\]]\s*$")


@dataclass(frozen=True)
class Block:
    text: str
    list_item: bool = False


def normalize(line: str) -> str:
    return SPACES.sub(" ", line).strip()


def _is_hard_wrapped(lines: list[str]) -> bool:
    filled = [line for line in lines if line.strip()]
    widths = [len(line) for line in filled]
    if len(widths) < 4 or max(widths) > WRAP_MAX:
        return False
    mid_sentence = sum(not LINE_END.search(line) for line in filled) / len(filled)
    return mid_sentence > 0.5 and sum(WRAP_MIN <= w <= WRAP_MAX for w in widths) / len(widths) > 0.6


def _chunks(text: str) -> list[list[str]]:
    """Runs of non-blank lines."""
    chunks: list[list[str]] = [[]]
    for line in text.splitlines():
        if line.strip():
            chunks[-1].append(line)
        elif chunks[-1]:
            chunks.append([])
    return [c for c in chunks if c]


def _to_block(line: str) -> Block:
    bullet = BULLET.match(line)
    if bullet and len(line) > bullet.end():
        return Block(normalize(line[bullet.end() :]), list_item=True)
    return Block(normalize(line))


def split_blocks(text: str) -> list[Block]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not _is_hard_wrapped(lines):
        return [_to_block(line) for line in lines if normalize(line)]
    blocks: list[Block] = []
    for chunk in _chunks("\n".join(lines)):
        current: list[str] = []
        for line in chunk:
            if BULLET.match(line) and current:
                blocks.append(_to_block(" ".join(current)))
                current = []
            current.append(line.strip())
        blocks.append(_to_block(" ".join(current)))
    return blocks
