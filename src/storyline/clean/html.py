"""HTML pages: trafilatura finds the main text and metadata; we record what it left out and why."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import chain

import lxml.html
import trafilatura
from lxml.etree import ParserError

from ..types import Removed
from .blocks import Block, normalize
from .boilerplate import label_block
from .datelines import author_name, split_names
from .signals import Signals

TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
TITLE_PARTS = re.compile(r"\s+[|–—-]\s+")  # "Headline | Outlet", "Headline - Outlet"
LEAF_TAGS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "td", "dt", "dd", "span", "a")
SKIP_TAGS = ("script", "style", "noscript", "template", "svg", "head")
# Classes and ids that name a region's purpose on most sites.
REGION_HINTS = [
    (re.compile(r"comment|reply|disqus", re.I), "comments"),
    (re.compile(r"related|recommend|more-stories|read-more|trending", re.I), "related-links"),
    (re.compile(r"newsletter|promo|subscribe|signup|advert|\bad\b|sponsor", re.I), "promo"),
    (re.compile(r"donat|support-us|contribut|appeal|membership", re.I), "donation-appeal"),
    (re.compile(r"byline|author", re.I), "byline"),
    (re.compile(r"caption|credit", re.I), "caption"),
    (re.compile(r"disclaimer|copyright|legal", re.I), "disclaimer"),
    (re.compile(r"nav|menu|breadcrumb|share|social|cookie|footer|header|masthead", re.I), "navigation"),
]
TAG_HINTS = {"nav": "navigation", "figcaption": "caption", "aside": "related-links", "footer": "navigation", "form": "comments"}


@dataclass
class HtmlExtract:
    blocks: list[Block]
    title: str | None
    subtitle: str | None
    authors: list[str]
    date: str | None
    outlet: str | None
    dropped: list[Removed]


def _region_kind(element: lxml.html.HtmlElement) -> str | None:
    for node in chain([element], element.iterancestors()):
        if node.tag in TAG_HINTS:
            return TAG_HINTS[node.tag]
        hint = f"{node.get('class', '')} {node.get('id', '')}"
        for pattern, kind in REGION_HINTS:
            if pattern.search(hint):
                return kind
    return None


def _leaf_texts(html: str) -> list[tuple[str, lxml.html.HtmlElement]]:
    try:
        root = lxml.html.document_fromstring(html)
    except (ParserError, ValueError):
        return []
    for bad in root.iter(*SKIP_TAGS):
        bad.drop_tree()
    leaves = []
    for el in root.iter(*LEAF_TAGS):
        if any(child.tag in LEAF_TAGS for child in el.iterdescendants()):
            continue  # the innermost element carries the text
        text = normalize(el.text_content())
        if text:
            leaves.append((text, el))
    return leaves


def _dropped(html: str, kept: str, title: str | None) -> list[Removed]:
    """Every visible text block of the page that the main text does not contain."""
    removed: list[Removed] = []
    seen = {title or ""}
    for text, el in _leaf_texts(html):
        if text in seen or text in kept:
            continue
        seen.add(text)
        label = label_block(Signals(text, el.tag == "li"))
        region = _region_kind(el)
        if label:
            removed.append(Removed(text, label.kind, label.why))
        else:
            removed.append(Removed(text, region or "other", f"outside the main text ({region or 'page'} region)"))
    return removed


def _title_outlet(html: str, headline: str | None) -> str | None:
    """The outlet a page's <title> names after its headline ("Grain talks stall | The Meridian Post"), where no
    metadata names it: a short capitalized last part, set off by a bar or a dash, that is not the headline."""
    found = TITLE.search(html)
    parts = TITLE_PARTS.split(normalize(found.group(1))) if found else []
    if len(parts) < 2:
        return None
    name = parts[-1]
    short = 1 <= len(name.split()) <= 5 and len(name) <= 40 and name[:1].isupper()
    return name if short and name != headline and not name.endswith((".", "?", "!")) else None


def extract_html(html: str) -> HtmlExtract | None:
    """Main text and metadata, or None when trafilatura finds no article in the page."""
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False
    )
    if doc is None or not (doc.text or "").strip():
        return None
    lines = [normalize(line) for line in doc.text.splitlines() if normalize(line)]
    if lines and doc.title and lines[0] == normalize(doc.title):
        lines = lines[1:]
    kept = "\n".join(lines)
    named = (author_name(a) for a in split_names(doc.author or ""))
    authors = [a for a in named if a]
    subtitle = doc.description if doc.description and doc.description[:40] not in kept else None
    return HtmlExtract(
        blocks=[Block(line) for line in lines],
        title=doc.title,
        subtitle=subtitle,
        authors=authors,
        date=doc.date,
        outlet=doc.sitename or _title_outlet(html, doc.title),
        dropped=_dropped(html, kept, doc.title),
    )


def visible_text(html: str) -> str:
    """All visible text of a page, block by block: the fallback when no main text is found."""
    return "\n".join(text for text, _ in _leaf_texts(html))
