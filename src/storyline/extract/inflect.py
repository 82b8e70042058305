"""Regular English verb forms, for matching words the lemmatizer reads wrongly or not at all."""

from __future__ import annotations

from collections.abc import Iterable


def verb_forms(lemma: str) -> set[str]:
    """The inflected forms of a regular verb: say → says, sayed, saying; expel → expelled; deny → denied."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    kept = lemma if lemma.endswith(("ee", "oe", "ye")) else stem  # "agreeing", "hoeing", not "agreing"
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", kept + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms | {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}


def forms_of(lemmas: Iterable[str]) -> set[str]:
    """The regular forms of each of ``lemmas``, to match a word whose lemma the lemmatizer missed ("assailed")."""
    return {form for lemma in lemmas for form in verb_forms(lemma)}
