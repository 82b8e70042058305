"""Figures: money, percentages and counts, their value as a number, and what each one measures.

"$340 million" is 340000000 USD; "12.5%" is 12.5 percent; "45 road and
rail projects" is 45 of that noun. The subject is read from the
parse: the subject of the clause the figure completes ("Kenya's trade with
Ethiopia came to just $340 million"), the name a bracketed figure follows
("Iran ($1.4 billion)"), or for a count the thing counted ("3.5 million Afghans" are people), and for a
measure what is measured ("1 million tonnes of wheat"). Dates are no figures.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..types import Figure
from .parse import clause_verb, name_span, preposition, subject_of

SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
          "trillion": 1e12, "tn": 1e12}  # fmt: skip
SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB"}
CURRENCY_WORDS = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "yen": "JPY", "yuan": "CNY", "rouble": "RUB",
                  "ruble": "RUB", "rupee": "rupees", "lira": "TRY", "birr": "ETB", "shilling": "shillings",
                  "usd": "USD", "eur": "EUR", "gbp": "GBP", "rub": "RUB", "cny": "CNY", "afghani": "AFN"}  # fmt: skip
PEOPLE = {"people", "persons", "civilians", "soldiers", "troops", "refugees", "migrants", "residents", "workers",
          "children", "women", "men", "fighters", "militants", "protesters", "voters", "students", "prisoners",
          "deaths", "casualties", "victims", "citizens", "members", "delegates", "officials", "diplomats"}  # fmt: skip
GAINS = {"win", "take", "get", "receive", "secure", "capture", "garner", "gain", "poll", "hold", "own", "control"}
ASIDES = {"acl", "acl:relcl", "appos", "parataxis"}  # what commas set off after a noun
DISTANCES = {"km": "km", "kilometres": "km", "kilometers": "km", "miles": "miles", "mi": "miles"}
# units of measure, whose "of" noun is what is measured: "1 million tonnes of wheat" is tonnes of wheat
MEASURES = {"tonnes": "tonnes", "tons": "tons", "barrels": "barrels", "kilograms": "kg", "kg": "kg", "litres": "litres",
            "liters": "litres", "hectares": "hectares", "acres": "acres", "megawatts": "MW", "gigawatts": "GW"}
PROPER_NAME = frozenset({"compound", "flat", "flat:name"})
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
SCALE = r"(?:thousand|million|billion|trillion|bn|mn|tn|[kmb])\b"
MONEY = re.compile(
    rf"(?P<symbol>US\$|\$|€|£|¥|₹|₽)\s?(?P<number>{NUMBER})(?:\s?(?P<scale>{SCALE}))?"
    rf"|(?P<number2>{NUMBER})(?:\s?(?P<scale2>{SCALE}))?\s+(?P<word>(?:US\s)?(?:dollars?|euros?|pounds?|yen|yuan|"
    r"roubles?|rubles?|rupees?|lira|birr|shillings?|afghanis?|USD|EUR|GBP|RUB|CNY)\b)",
    re.IGNORECASE,
)
PERCENT = re.compile(rf"(?P<number>{NUMBER})\s?(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
# before a word in lower case, or a people's name in the plural ("3.5 million Afghans")
COUNT = re.compile(
    rf"(?<![\w$€£.,])(?P<number>{NUMBER})(?:\s(?P<scale>thousand|million|billion)\b)?(?=\s+(?:[a-z]|[A-Z][a-z]+s\b))"
)


def find_figures(doc: Doc, dates: list[tuple[int, int]]) -> list[Figure]:
    """The figures in a parsed document, in order; numbers inside ``dates`` (temporal expressions) are left out."""
    text = doc.text
    found: list[Figure] = []
    taken = list(dates)
    for pattern, read in ((MONEY, _money), (PERCENT, _percent), (COUNT, _count)):
        for match in pattern.finditer(text):
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            figure = read(match, doc)
            if figure is not None:
                found.append(figure)
                taken.append((figure.start, figure.end))
    return sorted(found, key=lambda f: f.start)


def _number(text: str, scale: str | None) -> float:
    return float(text.replace(",", "")) * SCALES.get((scale or "").lower(), 1)


def _money(match: re.Match[str], doc: Doc) -> Figure:
    number, scale = match["number"] or match["number2"], match["scale"] or match["scale2"]
    if match["symbol"]:
        unit = SYMBOLS[match["symbol"].lower()]
    else:
        word = match["word"].lower().removeprefix("us ").rstrip("s") or match["word"].lower()
        unit = CURRENCY_WORDS.get(word, CURRENCY_WORDS.get(word.rstrip("e"), word))
    return Figure(match.start(), match.end(), match[0], _number(number, scale), unit, _subject(doc, match.start(), match.end()))


def _percent(match: re.Match[str], doc: Doc) -> Figure:
    subject = _share(doc, match.start(), match.end()) or _subject(doc, match.start(), match.end())
    return Figure(match.start(), match.end(), match[0], _number(match["number"], None), "percent", subject)


def _share(doc: Doc, start: int, end: int) -> str | None:
    """What a percentage of a whole measures: "won with 64 percent of the vote" is the winner's share of the vote,
    "64 percent of voters backed it" a share of voters."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    whole = next((c for c in span.root.children if c.dep_ in ("nmod", "obl") and c.i >= span.end
                  and preposition(c) == "of"), None)  # fmt: skip
    if whole is None or not whole.is_alpha:
        return None
    of = _noun_phrase(whole, {g.i for g in whole.children if g.dep_ == "case"})
    verb = clause_verb(span.root)
    holder = _holder(verb, span)
    if not holder:
        return f"share of {of}"
    if verb.lemma_ in GAINS:
        possessive = "'" if holder.endswith("s") else "'s"  # "Sanders' share"
        return f"{holder}{possessive} share of {of}"
    return f"{holder}: share of {of}"  # "the panel judged 41% of the party's claims false": whose, the verb leaves open


def _holder(verb: Token, span: Span) -> str | None:
    """Who or what a clause's figure belongs to: its subject, or the name a relative clause tells of ("Irro, who
    won …")."""
    subject = subject_of(verb)
    if subject is not None and subject.tag_ not in ("WP", "WDT"):
        if span.start <= subject.i < span.end or subject.pos_ == "PRON":
            return None  # "he won 94 percent of …": the figure says nothing of whose
        aside = {t.i for c in subject.rights if c.dep_ in ASIDES and _after_comma(c) for t in c.subtree}
        return _noun_phrase(subject, aside)  # not ", known as Irro,"
    if verb.dep_ not in ("acl:relcl", "acl") or verb.head.pos_ != "PROPN":
        return None  # "the firings, which hit 1 percent of …": a common noun is no holder
    return verb.doc.char_span(*name_span(verb.head, PROPER_NAME)).text


def _after_comma(token: Token) -> bool:
    edge = token.left_edge
    return edge.text == "," or edge.i > 0 and token.doc[edge.i - 1].text == ","


def _count(match: re.Match[str], doc: Doc) -> Figure | None:
    """A number counting the noun after it ("130 projects", "2,000 troops"); not a year, an age or a list number."""
    span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None:
        return None
    noun = _counted(span[-1])
    if noun is None:
        return None
    if match.string[match.end() :].lstrip()[:1].isupper() and noun.ent_type_ != "NORP":
        return None  # "12 Marines", "5 Stars": a name right after the number counts only where it names a people
    phrase = _phrase(noun, span[-1])
    measure = MEASURES.get(noun.lower_)
    if measure:  # what is measured: "1 million tonnes of wheat"; else as for money, "the farm covers 300 hectares"
        of = next((c for c in noun.children if c.dep_ == "nmod" and preposition(c) == "of"), None)
        measured = _noun_phrase(of, {g.i for g in of.children if g.dep_ == "case"}) if of is not None else None
        phrase = measured or _subject(doc, match.start(), noun.idx + len(noun.text), pronoun=False) or phrase
    people = noun.lower_ in PEOPLE or noun.ent_type_ == "NORP"
    unit = "people" if people else measure or DISTANCES.get(noun.lower_, "count")
    if re.fullmatch(r"1[89]\d\d|20\d\d", match["number"]) and unit == "count":
        return None  # "the 1960 borders": a year, whatever follows it
    end = noun.idx + len(noun.text)
    return Figure(match.start(), end, match.string[match.start() : end], _number(match["number"], match["scale"]), unit,
                  phrase)  # fmt: skip


def _counted(number: Token) -> Token | None:
    """The plural noun a number counts, if it counts one ("130 industry and infrastructure projects")."""
    if number.dep_ != "nummod" or number.head.i < number.i:
        return None
    head = number.head
    while head.tag_ not in ("NNS", "NNPS") and head.dep_ in ("compound", "conj", "amod") and head.head.i > head.i:
        head = head.head
    if head.tag_ not in ("NNS", "NNPS"):  # "130 industry and infrastructure projects" parsed with "industry" on top
        head = next((c for c in head.children if c.dep_ == "conj" and c.i > head.i and c.i - number.i <= 6), head)
    return head if head.pos_ in ("NOUN", "PROPN") and head.tag_ in ("NNS", "NNPS") else None


def _phrase(noun: Token, number: Token) -> str:
    """The counted noun with its modifiers and conjuncts, without the number: "industry and infrastructure projects"."""
    return number.doc[number.i + 1 : noun.i + 1].text


def _subject(doc: Doc, start: int, end: int, pronoun: bool = True) -> str | None:
    """What a money or percentage figure measures, from the parse; a pronoun only if ``pronoun``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    before = doc[span.start - 2] if span.start >= 2 else None
    if before is not None and doc[span.start - 1].text == "(" and before.pos_ in ("PROPN", "NOUN"):
        return doc.char_span(*name_span(before, PROPER_NAME)).text  # "Iran ($1.4 billion)"
    verb = clause_verb(span.root)
    subject = subject_of(verb)
    if subject is None or (subject.i >= span.start and subject.i < span.end) or not pronoun and subject.pos_ == "PRON":
        return None
    return _noun_phrase(subject)


def _noun_phrase(token: Token, leave: frozenset[int] | set[int] = frozenset()) -> str:
    """A subject with its modifiers (at most a dozen words, none of the tokens to ``leave``), on one line, without
    list bullets."""
    tokens = [t for t in token.subtree if not t.is_space and t.sent == token.sent and t.i not in leave]
    if len(tokens) > 12:
        tokens = [t for t in tokens if token.i - 6 <= t.i <= token.i]
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()  # the comma closing an aside left out, which the parse may hang on the name before it
    tokens = tokens or [token]
    text = Span(token.doc, tokens[0].i, tokens[-1].i + 1).text
    return " ".join(text.split()).strip(" ,•·–—-")

