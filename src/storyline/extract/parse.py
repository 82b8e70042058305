"""Reading the dependency parse: the words that name a participant, the verbs that report speech, the words
that deny a verb, and the nouns that name an agreement."""

from __future__ import annotations

from spacy.tokens import Token

# Dependents that belong to a name or a participant's noun: "Russian Ambassador Dmitry Zhirnov", "Russia's".
NAME_PARTS = frozenset({"compound", "flat", "flat:name", "amod", "nmod:poss"})
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no"})  # the typographic apostrophe too
# Nouns that name an agreement between parties.
AGREEMENTS = frozenset({"agreement", "accord", "treaty", "memorandum", "pact", "deal", "ceasefire", "truce",
                        "contract"})
# Verbs that report what someone said, wrote or found.
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "ask", "explain", "claim", "argue", "state", "note", "announce", "insist", "warn",
    "write", "tweet", "reply", "recall", "declare", "stress", "suggest", "acknowledge", "admit", "conclude",
    "observe", "remark", "report", "reveal", "confirm", "deny", "predict", "assert", "emphasize", "emphasise",
    "complain", "urge", "caution", "boast", "respond", "continue", "sing", "testify", "contend", "maintain",
    "demand", "quip", "shout", "exclaim", "concede", "recount", "describe", "joke", "agree", "find", "show",
})  # fmt: skip


def name_span(token: Token, parts: frozenset[str] = NAME_PARTS) -> tuple[int, int]:
    """The characters of a token and the dependents in ``parts`` that make up its name, not its clauses."""
    attached = [token] + [c for c in token.children if c.dep_ in parts and not c.is_space]
    first, last = min(attached, key=lambda t: t.i), max(attached, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def denied(verb: Token) -> bool:
    """Whether a verb is denied by a word of its own: "did not say", "has never said"."""
    return any(c.dep_ in ("advmod", "neg") and c.lower_ in NEGATIONS for c in verb.children)
