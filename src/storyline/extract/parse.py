"""Reading the dependency parse: the words that name a participant, and those that deny a verb."""

from __future__ import annotations

from spacy.tokens import Token

# Dependents that belong to a name or a participant's noun: "Russian Ambassador Dmitry Zhirnov", "Russia's".
NAME_PARTS = frozenset({"compound", "flat", "flat:name", "amod", "nmod:poss"})
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "no"})  # the typographic apostrophe too


def name_span(token: Token, parts: frozenset[str] = NAME_PARTS) -> tuple[int, int]:
    """The characters of a token and the dependents in ``parts`` that make up its name, not its clauses."""
    attached = [token] + [c for c in token.children if c.dep_ in parts and not c.is_space]
    first, last = min(attached, key=lambda t: t.i), max(attached, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)
