"""Read a page's blocks into its parts: headline, standfirst, byline, dateline, outlet, body and what was removed."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..types import Published, Removed
from .blocks import Block
from .boilerplate import Label, Labels, classify
from .datelines import ROLE_LINE, byline_names, credit_line, parse_dateline, placed_name, wire_dateline
from .outlet import find_outlet
from .signals import Signals

HEADER_SPAN = 6  # headlines, bylines and datelines sit within the first few blocks
SHORT_HEADLINE_WORDS = 14  # a one-sentence opening line this short is a headline, full stop or not
# Only the page's own furniture names the outlet; bylines and bios name people.
OUTLET_KINDS = {"donation-appeal", "comments", "disclaimer", "promo", "navigation", "related-links"}
HEADER_KINDS = {"byline", "dateline", "caption", "comments", "donation-appeal", "promo", "navigation", "related-links"}


@dataclass
class Page:
    title: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Published | None = None
    outlet: str | None = None
    body: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)


def _heading_like(sig: Signals) -> bool:
    return (
        not sig.list_item
        and sig.n_words <= 30
        and len(sig.text) <= 250
        and not sig.text.rstrip("”\"’' ").endswith(".")
    )


def _find_title(sigs: list[Signals], labels: Labels) -> int | None:
    for i, sig in enumerate(sigs[:HEADER_SPAN]):
        if labels[i] is None:
            if all(label is not None for label in labels[i + 1 :]):
                return None  # a headline needs a body after it
            short = sig.n_sentences == 1 and sig.n_words <= SHORT_HEADLINE_WORDS and not sig.list_item
            return i if _heading_like(sig) or short else None
    return None


def _find_subtitle(sigs: list[Signals], labels: Labels, title: int) -> int | None:
    """A standfirst follows the headline and is set apart from the body: by header furniture after it, or by lacking a full stop."""
    i = title + 1
    if i >= len(sigs) or labels[i] is not None or sigs[i].list_item or sigs[i].n_words < 8:
        return None
    following = i + 1
    if following < len(sigs) and sigs[following].list_item:
        return None  # a section heading introducing a list
    set_apart = following < len(sigs) and labels[following] is not None and labels[following].kind in HEADER_KINDS
    return i if set_apart or not sigs[i].ends_sentence else None


def _author_bios(sigs: list[Signals], labels: Labels, authors: list[str]) -> None:
    name_parts = {part for name in authors for part in name.split() if len(part) > 2}
    for i, sig in enumerate(sigs):
        # a paragraph that opens with an author's name and says what they are needs one word of a career, not two:
        # "Jane Roe is a staff writer covering Central Asia."
        opens = any(sig.text.startswith(f"{name} is ") for name in authors)
        if labels[i] is not None or len(sig.hits("author-bio")) < (1 if opens else 2):
            continue
        after_byline = i > 0 and labels[i - 1] is not None and labels[i - 1].kind == "byline"
        names_author = bool(name_parts & set(sig.words[:12]))
        if after_byline or names_author:
            why = "career vocabulary (" + ", ".join(sig.hits("author-bio")) + ")"
            labels[i] = Label("author-bio", why + ("; follows the byline" if after_byline else "; names the author"))


def _authors(sigs: list[Signals], labels: Labels) -> list[str]:
    authors: list[str] = []
    for sig, label in zip(sigs, labels):
        if label is not None and label.kind == "byline":
            credited = byline_names(sig.text)
            if credited is None:  # "By Jane Roe | March 3, 2024", else a bare name, with its place, or a role
                line = credit_line(sig.text)
                bare = [] if ROLE_LINE.fullmatch(sig.text) else [placed_name(sig.text) or sig.text]
                credited = line[0] if line else bare
            for name in credited:
                if name not in authors:
                    authors.append(name)
    return authors


def _strip_wire_dateline(page: Page) -> None:
    if page.body and (prefix := wire_dateline(page.body[0])):
        page.body[0] = page.body[0][len(prefix) :]
        page.removed.append(Removed(prefix.strip(), "dateline", "a wire dateline opening the first paragraph"))


def read_page(blocks: list[Block], find_header: bool = True) -> Page:
    """Split blocks into parts; ``find_header=False`` when the page's metadata already gave the headline."""
    sigs = [Signals(b.text, b.list_item) for b in blocks]
    labels = classify(sigs)
    title = _find_title(sigs, labels) if find_header else None
    subtitle = _find_subtitle(sigs, labels, title) if title is not None else None
    authors = _authors(sigs, labels)
    _author_bios(sigs, labels, authors)
    page = Page(
        title=sigs[title].text if title is not None else None,
        subtitle=sigs[subtitle].text if subtitle is not None else None,
        authors=authors,
        outlet=find_outlet([s.text for s, lab in zip(sigs, labels) if lab is not None and lab.kind in OUTLET_KINDS]),
    )
    if page.outlet in page.authors:  # a wire service's name on the byline line is no author
        page.authors.remove(page.outlet)
    for i, (block, label) in enumerate(zip(blocks, labels)):
        if i in (title, subtitle):
            continue
        if label is None:
            page.body.append(("• " if block.list_item else "") + block.text)
            continue
        page.removed.append(Removed(block.text, label.kind, label.why))
    page.published = _published(blocks, labels)
    _strip_wire_dateline(page)
    return page


def _published(blocks: list[Block], labels: Labels) -> Published | None:
    """The date the page's datelines state: the first, unless a later one goes with the byline (right before or after
    it, or on its line: "By Jane Roe | March 3, 2024"), as the story's own date does below a banner that gives the
    day the page was read ("Monday 9 June 2025" atop a story "By Jane Roe" of "3 March 2025")."""
    kinds = [label.kind if label is not None else None for label in labels]
    dated: list[tuple[Published, bool]] = []
    for i, (block, kind) in enumerate(zip(blocks, kinds)):
        if kind == "dateline" and (found := parse_dateline(block.text)):
            dated.append((found, "byline" in kinds[max(0, i - 1) : i] + kinds[i + 1 : i + 2]))
        elif kind == "byline" and (line := credit_line(block.text)):
            dated.append((line[1], True))
    if not dated:
        return None
    return next((found for found, by_byline in dated if by_byline), dated[0][0])
