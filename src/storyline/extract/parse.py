"""Reading the dependency parse: the words that name a participant, the words that deny a verb, and the nouns
that name an agreement."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .time.lexicon import MONTHS, WEEKDAYS
from .time.patterns import DAY_DIGITS

TEXT_KEY = "storyline.text"  # where ``text_of`` keeps a document's text
# Dependents that belong to a name or a participant's noun: "Russian Ambassador Dmitry Zhirnov", "Russia's".
NAME_PARTS = frozenset({"compound", "flat", "flat:name", "amod", "nmod:poss"})
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no"})  # the typographic apostrophe too
RELATIVE = frozenset({"who", "whom", "which", "that"})  # the words that open a relative clause and stand for its noun
RELATIVE_CLAUSE = frozenset({"acl:relcl", "relcl", "advcl:relcl"})
# The words of a subject's noun phrase: "Prime Minister Abiy Ahmed and President Hassan Sheikh Mohamud".
SUBJECT_WORDS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "CCONJ", "PART", "NUM"})
# Words that name a time, as a parse's noun: "last night's attacks", "said last week that …".
TIME_OWNERS = frozenset({"today", "yesterday", "tomorrow", "tonight", "day", "night", "week", "weekend", "month",
                         "year", "morning", "afternoon", "evening", "decade", "century"})
# Nouns that name an agreement between parties.
AGREEMENTS = frozenset({"agreement", "accord", "treaty", "memorandum", "pact", "deal", "ceasefire", "truce",
                        "contract"})


def text_of(doc: Doc) -> str:
    """A parsed document's text, read once: spaCy builds ``Doc.text`` anew from every token on each read, so that
    reading it for each event or quote of a long document would take the square of its length."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def name_span(token: Token, parts: frozenset[str] = NAME_PARTS) -> tuple[int, int]:
    """The characters of a token and the dependents in ``parts`` that make up its name, not its clauses, nor the
    names right before it that the parse made a second dependent of its head ("Hakan | Fidan said")."""
    attached = [token] + [c for c in token.children if c.dep_ in parts and not c.is_space]
    before = token.doc[token.i - 1] if token.i and token.pos_ == "PROPN" else None
    while before is not None and before.pos_ == "PROPN" and (before.head.i, before.dep_) == (token.head.i, token.dep_):
        attached.append(before)
        before = token.doc[before.i - 1] if before.i else None
    first, last = min(attached, key=lambda t: t.i), max(attached, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def subject_of(verb: Token, labels: tuple[str, ...] = ("nsubj", "nsubj:pass")) -> Token | None:
    """A verb's subject; of several the parse gave it, the nearest before it ("IMF chief economist Ann Moyo
    said": one clause has one subject) that is not within another's words ("The fact that talks resumed
    suggests")."""
    found = [c for c in verb.children if c.dep_ in labels and not c.is_space]
    found = [c for c in found if not any(o.left_edge.i < c.i < o.right_edge.i for o in found if o.i != c.i)]
    before = [c for c in found if c.i < verb.i]
    return before[-1] if before else next(iter(found), None) or _lost_subject(verb)


def _lost_subject(verb: Token) -> Token | None:
    """The names or nouns between a comma and a verb with a tense that the parse left without a subject, which it
    hung elsewhere: "In what both sides called the Ankara Declaration, Prime Minister Abiy Ahmed and President
    Hassan Sheikh Mohamud said"."""
    doc, start = verb.doc, verb.i
    while start > 0 and doc[start - 1].pos_ in SUBJECT_WORDS:
        start -= 1
    if start in (0, verb.i) or doc[start - 1].text != "," or "Fin" not in verb.morph.get("VerbForm"):
        return None
    heads = [t for t in doc[start : verb.i] if not start <= t.head.i < verb.i]
    return heads[0] if len(heads) == 1 and heads[0].pos_ in ("PROPN", "NOUN") else None


def noun_before(phrase: Token) -> Token | None:
    """The noun right before a phrase's words, which the phrase may belong to where the parse hung it on the verb
    beside ("closed the consulates | in Hargeisa", "condemned the refusal | to withdraw")."""
    i = phrase.left_edge.i
    before = phrase.doc[i - 1] if i else None
    return before if before is not None and before.pos_ == "NOUN" else None


def denied(verb: Token) -> bool:
    """Whether a verb is denied by a word of its own: "did not say", "has never said"."""
    return any(c.dep_ in ("advmod", "neg") and c.lower_ in NEGATIONS and not not_only(c) for c in verb.children)


def not_only(word: Token) -> bool:
    """Whether a word is the "not" of "not only did Kenya shell the town", which adds, not denies."""
    return word.lower_ == "not" and next_word(word) == "only"


def next_word(word: Token) -> str:
    """The word after ``word``, lower-cased, or "" at the end of the text."""
    return word.doc[word.i + 1 : word.i + 2].text.lower()


def preposition(token: Token) -> str:
    """The preposition a noun's phrase opens with ("on" in "on Friday"), or ""."""
    return next((c.lower_ for c in token.children if c.dep_ == "case"), "")


def marker(verb: Token) -> str:
    """The word that opens a verb's clause ("because", "that", "to"), or ""."""
    return next((c.lower_ for c in verb.children if c.dep_ == "mark"), "")


def openers(clause: Token) -> set[str]:
    """The words that may open a clause, its marker and its adverbs: the parse takes "when" for either."""
    return {marker(clause)} | {c.lower_ for c in clause.children if c.dep_ == "advmod"}


def infinitive(verb: Token) -> bool:
    return any(c.lower_ == "to" and c.dep_ in ("aux", "mark") for c in verb.children)


def auxiliaries(verb: Token) -> set[str]:
    return {spelled_out(c) for c in verb.children if c.dep_ in ("aux", "aux:pass")}


def spelled_out(word: Token) -> str:
    """A word in lower case, with a "would" clipped to "'d" written out: "they'd support him" ("they'd met him" is
    a "had")."""
    if word.lower_ in ("'d", "’d") and word.head.tag_ == "VB":
        return "would"
    return word.lower_


def finite(verb: Token) -> bool:
    """Whether a verb has a tense, and so a subject of its own even where the parse lost it ("a day after Ethiopia
    and Somalia agreed"), unlike "to resolve" or "before leaving"."""
    return "Fin" in verb.morph.get("VerbForm")


def clause_verb(token: Token) -> Token:
    """The verb of the clause a word is in: the first verb or auxiliary up its heads, else the sentence's root
    ("$289 million" in "trade reached $289 million" is "reached"'s; "only $289 million" after "was" is "was"'s)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def particle(verb: Token) -> str:
    """The particle of a phrasal verb ("up" in "sign up", "out" in "called him out"), or ""."""
    return next((c.lower_ for c in verb.children if c.dep_ == "compound:prt"), "")


def of_time(word: Token) -> bool:
    """Whether a word names a time, which takes no part in an event it owns or falls on: "last night's attacks",
    "Thursday's meeting", "will meet on Wednesday"."""
    return word.text in WEEKDAYS or word.text in MONTHS or word.lower_ in TIME_OWNERS


def day_of_month(word: Token) -> bool:
    """Whether a number is the day of a month named beside it: "28 July", "March 17", "June 4th"."""
    if not DAY_DIGITS.fullmatch(word.text):
        return False
    beside = [word.doc[i] for i in (word.i - 1, word.i + 1) if 0 <= i < len(word.doc)]
    return any(t.text.rstrip(".") in MONTHS for t in beside)
