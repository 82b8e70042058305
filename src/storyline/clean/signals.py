"""Signals that tell page furniture from article text, chosen to hold on outlets never seen.

The vocabularies are the generic words of web-page furniture (appeals, comment
sections, disclaimers, promos, link lists, bios), not phrases of any
one site. Shape signals (length, punctuation, case, list structure) and voice
(a page speaking to its reader as "you", or of itself as "we", outside quotation
marks) carry as much weight as words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property


def _lexicon(*patterns: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


VOCABULARY: dict[str, re.Pattern[str]] = {
    "donation-appeal": _lexicon(
        r"donat(?:e|es|ed|ion|ions|ing)",
        r"contribut(?:e|ion|ions)",
        r"support (?:us|our|independent|quality|the work|journalism)",
        r"your support",
        r"^support\b[\w ’'-]{0,40}$",
        r"(?:our|the) readers",
        r"readers like you",
        r"independent (?:reporting|journalism)",
        r"free (?:for everyone|to read)",
        r"paywalls?",
        r"journalism",
        r"journalists",
        r"reporters",
        r"afford",
        r"keep (?:us|it) (?:free|going|afloat|independent)",
        r"keep afloat",
        r"help(?:s)? us",
        r"voluntary payment",
        r"paypal|patreon|bitcoin|upi",
        r"become a (?:member|supporter|patron)",
        r"make a (?:gift|contribution)",
        r"reader[- ]funded",
        r"one-off|monthly gift",
    ),
    "comments": _lexicon(
        r"comments?",
        r"commenting",
        r"leave a (?:reply|comment)",
        r"repl(?:y|ies)",
        r"email address will not be published",
        r"required fields",
        r"log(?:ged)? in",
        r"sign(?:ed)? in",
        r"register(?:ing|ed)?",
        r"refresh (?:the|your) (?:page|browser)",
        r"forum",
        r"join the (?:conversation|discussion|debate)",
        r"conversations",
        r"community (?:guidelines|standards)",
        r"moderat(?:ed|ion|or)",
    ),
    "disclaimer": _lexicon(
        r"disclaimer",
        r"(?:opinions|views) expressed",
        r"do(?:es)? not (?:necessarily )?(?:reflect|represent)",
        r"solely those of",
        r"the author'?s? own",
        r"informational purposes",
        r"editorial (?:policy|independence)",
        r"all rights reserved",
        r"copyright",
    ),
    "promo": _lexicon(
        r"newsletters?",
        r"sign up",
        r"subscribe",
        r"subscription",
        r"podcasts?",
        r"(?:download|get) (?:our|the) app",
        r"follow us",
        r"in your inbox",
        r"advertisement",
        r"sponsored",
        r"free trial",
        r"breaking news alerts",
    ),
    "related-links": _lexicon(
        r"related(?: posts| articles| stories| video| videos| coverage| content| reading|:)",
        r"also on (?:[\w.-]+ ){0,3}[\w.-]+(?=:)",  # "Also on HuffPost:", a box of the outlet's other stories
        r"read more",
        r"more (?:from|on|stories)",
        r"see also",
        r"recommended(?: for you)?",
        r"you (?:may|might) also like",
        r"most (?:read|popular|viewed)",
        r"also read",
        r"further reading",
        r"trending",
    ),
    "navigation": _lexicon(
        r"home",
        r"menu",
        r"skip to (?:main )?content",
        r"back to top",
        r"share (?:this|on)",
        r"print",
        r"tweet",
        r"facebook|whatsapp|linkedin|telegram",
        r"next|previous",
        r"tags?|topics",
        r"cookies?",
        r"privacy policy",
        r"terms of (?:use|service)",
    ),
    "author-bio": _lexicon(
        r"joined",
        r"served",
        r"prior to",
        r"previously",
        r"vice president",
        r"editor",
        r"correspondent",
        r"columnist",
        r"is an? (?:[a-z-]+ ){0,2}(?:writer|journalist|reporter|analyst|researcher|freelance)",
        r"based in",
        r"graduated",
        r"degree",
        r"has written (?:for|about)",
        r"author of",
        r"career",
        r"follow (?:him|her|them) on",
        r"roles?",
        r"company",
    ),
}

DOUBLE_QUOTES = re.compile(r"[“\"](.*?)(?:[”\"]|$)", re.DOTALL)
CLOSE_ONLY = re.compile(r"^[^“\"]*?”")
SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.IGNORECASE)
FIRST_PLURAL = re.compile(r"\b(?:we|our|us|ours)\b", re.IGNORECASE)
WORD = re.compile(r"[\w’'-]+")
SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*\s*$")
SENTENCE_BREAK = re.compile(r"[.!?][”\"’')\]]*\s+(?=[“\"A-Z])")
STOPWORDS = frozenset(
    "a an the and or but of in on at to for from by with as is are was were be been it its this that these those "
    "into over than then so if not no nor up out about after before under between".split()
)


def outside_quotes(text: str) -> str:
    """The writer's own words: text with quoted speech taken out.

    A paragraph that only closes a quotation (its opening mark sits in the
    paragraph before) counts as quoted up to that closing mark.
    """
    text = CLOSE_ONLY.sub("", text)
    return DOUBLE_QUOTES.sub(" ", text)


def content_words(text: str) -> set[str]:
    return {w.lower().strip("’'") for w in WORD.findall(text) if w.lower() not in STOPWORDS and len(w) > 2}


@dataclass(frozen=True)
class Signals:
    """What one block looks like, computed once and read by every rule."""

    text: str
    list_item: bool

    @cached_property
    def words(self) -> list[str]:
        return WORD.findall(self.text)

    @cached_property
    def n_words(self) -> int:
        return len(self.words)

    @cached_property
    def own_voice(self) -> str:
        return outside_quotes(self.text)

    @cached_property
    def addresses_reader(self) -> bool:
        return bool(SECOND_PERSON.search(self.own_voice))

    @cached_property
    def speaks_as_we(self) -> bool:
        return bool(FIRST_PLURAL.search(self.own_voice))

    @cached_property
    def ends_sentence(self) -> bool:
        return bool(SENTENCE_END.search(self.text))

    @cached_property
    def n_sentences(self) -> int:
        return len(SENTENCE_BREAK.split(self.text))

    @cached_property
    def lowercase_fragment(self) -> bool:
        """Image alt text and tags: a few lowercase words, no punctuation."""
        return self.n_words <= 8 and self.text[:1].islower() and not re.search(r"[.,;:!?]", self.text)

    @cached_property
    def title_case(self) -> bool:
        """Every content word capitalized, as link titles and headings are."""
        content = [w for w in self.words if w.lower() not in STOPWORDS and w[:1].isalpha()]
        return len(content) >= 3 and all(w[:1].isupper() for w in content if len(w) >= 4)

    @cached_property
    def _hits(self) -> dict[str, list[str]]:
        return {kind: sorted({h.lower() for h in pattern.findall(self.text)}) for kind, pattern in VOCABULARY.items()}

    def hits(self, kind: str) -> list[str]:
        """The distinct words of ``kind``'s vocabulary in this block, computed once per block."""
        return self._hits[kind]
