"""Label each block of a page as a kind of boilerplate, or leave it as article text.

Three passes: each block on its own signals; then the page's structure
(link-title lists, blocks that echo other blocks, captions that repeat the
headline); then context (a weak block between two blocks of one kind joins them).
Every label carries the signals it rests on, shown by ``storyline show``.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from .datelines import ROLE_LINE, STAFF, byline_names, credit_line, is_name, parse_dateline, placed_name
from .signals import VOCABULARY, Signals, content_words

# Kinds where the page speaks to its reader or of itself: voice is evidence for them.
VOICE_KINDS = ("donation-appeal", "promo", "comments")
FURNITURE_KINDS = ("donation-appeal", "comments", "disclaimer", "promo", "related-links")
CAPTION_CREDIT = re.compile(
    r"(?:^|[.|/:(—–-]\s*)(?:photo(?:graph)?s?|images?|pictures?|credit|file photo)\s*(?:by\b|:|/|\))"
    r"|\([^)]*\b(?:getty|afp|reuters|ap|epa|shutterstock|photo|images?)\b[^)]*\)\s*$",
    re.IGNORECASE,
)
DATE_PREFIX = re.compile(r"^[\w ,]*\d{4}\s*[:–—-]\s*")
TRAILING_NUMBER = re.compile(r"\s*\d{1,3}$")
# Body paragraphs are long; a short block that repeats one of them is a pull-quote.
# Restating in other words is a pull-quote signal only in essay-style pages of long paragraphs;
# wire copy is full of short paragraphs that sum up longer ones. A near-verbatim copy counts anywhere.
ECHO_CONTAINMENT = 0.6
ECHO_VERBATIM = 0.9
ESSAY_MEDIAN_CHARS = 350
ECHO_MAX_SHARE_OF_MEDIAN = 0.4
TRAILER_WORDS = 15  # a caption or a headline, shorter than a paragraph of the article


@dataclass(frozen=True)
class Label:
    kind: str
    why: str


Labels = list[Label | None]


def _fragment(sig: Signals) -> bool:
    """Whether a block is a few words that end no sentence: a heading, a caption, a menu entry."""
    return not sig.ends_sentence and sig.n_words <= 12


def _furniture(sig: Signals) -> Label | None:
    fragment = _fragment(sig)
    voice = sig.addresses_reader or sig.speaks_as_we
    body_weight = 0 if sig.n_words < 40 else 1 + sig.n_sentences // 3
    best: Label | None = None
    best_score = 0
    for kind in FURNITURE_KINDS:
        hits = sig.hits(kind)
        if not hits:
            continue
        if kind in VOICE_KINDS and not (voice or fragment or len(hits) >= 3):
            continue
        score = len(hits) + (kind in VOICE_KINDS and voice) + fragment - body_weight
        if score >= 2 and score > best_score:
            reasons = [f"{kind} vocabulary ({', '.join(hits)})"]
            reasons += ["speaks to the reader or as 'we'"] * (kind in VOICE_KINDS and voice)
            reasons += ["a fragment, not a sentence"] * fragment
            best, best_score = Label(kind, "; ".join(reasons)), score
    return best


def _navigation(sig: Signals) -> Label | None:
    hits = sig.hits("navigation")
    covered = sum(len(h.split()) for h in hits)
    if hits and sig.n_words <= 4 and not sig.ends_sentence and covered * 2 >= sig.n_words:
        return Label("navigation", f"menu words ({', '.join(hits)})")
    return None


def _shape(sig: Signals) -> Label | None:
    if parse_dateline(sig.text):
        return Label("dateline", "a date and nothing else")
    if byline_names(sig.text):
        return Label("byline", "'By' followed by names")
    if credit_line(sig.text):
        return Label("byline", "'By' followed by names, and a date")
    if sig.lowercase_fragment and not sig.list_item:
        return Label("caption", "a few lowercase words without punctuation, like image alt text")
    if CAPTION_CREDIT.search(sig.text) and sig.n_words <= 30:
        return Label("caption", "a photo credit")
    return None


def label_block(sig: Signals) -> Label | None:
    """The first pass: what one block's own signals say."""
    return _shape(sig) or _navigation(sig) or _furniture(sig)


def _link_title(sig: Signals) -> bool:
    """A list item that is just a headline in Title Case (optionally dated), as in 'related' lists."""
    title = DATE_PREFIX.sub("", sig.text).strip("“”\"' ")
    return bool(title) and not title.endswith(".") and Signals(title, True).title_case


def _link_lists(sigs: list[Signals], labels: Labels) -> None:
    i = 0
    while i < len(sigs):
        j = i
        while j < len(sigs) and sigs[j].list_item and labels[j] is None and _link_title(sigs[j]):
            j += 1
        if j - i >= 2:
            for k in range(i, j):
                labels[k] = Label("related-links", "a list of headlines in Title Case, as link lists are")
        i = max(j, i + 1)


def _echoes(sigs: list[Signals], labels: Labels) -> list[int]:
    """Pull-quotes and captions: blocks that repeat, whole or nearly, another block of the page.

    Returns the blocks found to restate a paragraph in other words, which show the page's pull-quote layout.
    """
    restated: list[int] = []
    lengths = [len(s.text) for s in sigs if s.n_words >= 15]
    median = statistics.median(lengths) if lengths else 0
    keys = [s.text.casefold() for s in sigs]
    for i, sig in enumerate(sigs):
        if i == 0 or labels[i] is not None or sig.n_words < 5:
            continue  # the first block is the headline, which restates the article by design
        stem = TRAILING_NUMBER.sub("", keys[i])
        if stem != keys[i] and stem in keys[:i] + keys[i + 1 :]:
            labels[i] = Label("caption", "repeats another line of the page with a number, as image captions do")
        elif keys[i] in keys[:i]:
            labels[i] = Label("pull-quote", "repeats an earlier paragraph word for word")
        elif any(keys[i] in k and len(k) > 1.5 * len(keys[i]) for j, k in enumerate(keys) if j != i):
            labels[i] = Label("pull-quote", "repeats words of a longer paragraph")
        elif sig.n_sentences <= 2 and len(sig.text) <= ECHO_MAX_SHARE_OF_MEDIAN * median:
            labels[i] = _restating(i, sigs, ECHO_CONTAINMENT if median >= ESSAY_MEDIAN_CHARS else ECHO_VERBATIM)
            restated += [i] * (labels[i] is not None)
    return restated


def _restating(i: int, sigs: list[Signals], threshold: float) -> Label | None:
    own = content_words(sigs[i].text)
    if len(own) < 5:
        return None
    for j, other in enumerate(sigs):
        if j != i and len(other.text) > 2 * len(sigs[i].text):
            shared = len(own & content_words(other.text)) / len(own)
            if shared >= threshold:
                return Label("pull-quote", f"a short line restating a longer paragraph ({shared:.0%} of its words)")
    return None


def _pull_quote_layout(sigs: list[Signals], labels: Labels, restated: list[int]) -> None:
    """Once a page shows two or more pull-quotes, a lone sentence of their size set between long paragraphs is one too."""
    echoes = [len(sigs[i].text) for i in restated]
    if len(echoes) < 2:
        return
    low, high = 0.7 * min(echoes), 1.3 * max(echoes)
    for i in range(1, len(sigs) - 1):
        sig, size = sigs[i], len(sigs[i].text)
        if labels[i] is not None or sig.n_sentences > 1 or not low <= size <= high:
            continue
        if all(labels[j] is None and len(sigs[j].text) >= 2 * size for j in (i - 1, i + 1)):
            labels[i] = Label("pull-quote", "one sentence set between long paragraphs, like this page's other pull-quotes")


def _sandwiched(sigs: list[Signals], labels: Labels) -> None:
    """A block between two blocks of one kind joins them when it shows any sign of that kind."""
    changed = True
    while changed:
        changed = False
        for i in range(1, len(sigs) - 1):
            before, after = labels[i - 1], labels[i + 1]
            if labels[i] or not before or not after or before.kind != after.kind:
                continue
            kind, sig = before.kind, sigs[i]
            if kind not in VOCABULARY or sig.list_item:
                continue
            voice = kind in VOICE_KINDS and (sig.addresses_reader or sig.speaks_as_we)
            if voice or sig.hits(kind) or _fragment(sig):
                labels[i] = Label(kind, f"between two {kind} blocks, and " + ("in the page's voice" if voice else "alike"))
                changed = True


def _beside(labels: Labels, i: int, kinds: tuple[str, ...]) -> bool:
    """Whether a block next to block ``i`` carries one of ``kinds``."""
    return any((n := labels[j]) is not None and n.kind in kinds for j in (i - 1, i + 1) if 0 <= j < len(labels))


def _name_bylines(sigs: list[Signals], labels: Labels) -> None:
    """A name (or "X staff", or "Jane Roe, Kabul") alone on a line is a byline when it stands next to a dateline or
    a 'By' line, and so is the writer's role on the line under it ("Jane Roe" / "Kabul correspondent" / "9 October
    2024")."""
    named = [
        labels[i] is None and (is_name(sig.text) or bool(STAFF.match(sig.text) or placed_name(sig.text)))
        for i, sig in enumerate(sigs)
    ]
    for i, sig in enumerate(sigs):
        if labels[i] is None and ROLE_LINE.fullmatch(sig.text) and i > 0 and named[i - 1]:
            labels[i] = Label("byline", "a writer's role under a name")
    for i in range(len(sigs)):
        if named[i] and _beside(labels, i, ("dateline", "byline")):
            labels[i] = Label("byline", "a name alone on a line beside the dateline")


def _box_headings(sigs: list[Signals], labels: Labels) -> None:
    """A short heading right before an appeal, promo, comment or link box heads that box."""
    for i in range(len(sigs) - 2, -1, -1):
        after, sig = labels[i + 1], sigs[i]
        if labels[i] or not after or after.kind not in FURNITURE_KINDS or sig.list_item:
            continue
        if _fragment(sig) and i > 0:
            labels[i] = Label(after.kind, f"a heading right before a {after.kind} block")


def _trailer(sigs: list[Signals], labels: Labels) -> None:
    """Short blocks after a heading of links that ends the page are its items ("Also on HuffPost:", then a
    slideshow's captions): nothing after the heading reads as article text."""
    heading = next((i for i in range(len(sigs) - 1, -1, -1) if _links_heading(sigs[i], labels[i])), None)
    if heading is None:
        return
    rest = range(heading + 1, len(sigs))
    if all(labels[i] is not None or sigs[i].n_words <= TRAILER_WORDS for i in rest):
        item = Label("related-links", "a short block after a heading of links that ends the page")
        for i in rest:
            labels[i] = labels[i] or item


def _links_heading(sig: Signals, label: Label | None) -> bool:
    return label is not None and label.kind == "related-links" and _fragment(sig)


def _menus(sigs: list[Signals], labels: Labels) -> None:
    """One- to three-word items beside a menu item are menu items too."""
    changed = True
    while changed:
        changed = False
        for i, sig in enumerate(sigs):
            if labels[i] or sig.n_words > 3 or not sig.words or not sig.text[:1].isupper():
                continue
            if sig.ends_sentence or re.search(r"[,;:]", sig.text):
                continue
            if _beside(labels, i, ("navigation",)):
                labels[i] = Label("navigation", "a short item beside a menu")
                changed = True


def classify(sigs: list[Signals]) -> Labels:
    labels: Labels = [label_block(s) for s in sigs]
    _name_bylines(sigs, labels)
    _link_lists(sigs, labels)
    restated = _echoes(sigs, labels)
    _pull_quote_layout(sigs, labels, restated)
    _sandwiched(sigs, labels)
    _box_headings(sigs, labels)
    _trailer(sigs, labels)
    _menus(sigs, labels)
    return labels
