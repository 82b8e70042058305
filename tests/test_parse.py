"""Reading the parse: a verb's subject where the parse gave it several, or none, on trees we built by hand."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from storyline.extract.parse import name_span, subject_of, text_of


def tree(rows: list[tuple[str, int, str, str]], verb_form: str = "Fin") -> Doc:
    """A doc from (word, head, dependency, part of speech) rows; verbs get ``verb_form``."""
    words, heads, deps, pos = zip(*rows)
    morphs = [f"VerbForm={verb_form}" if p == "VERB" else "" for p in pos]
    return Doc(Vocab(), words=list(words), heads=list(heads), deps=list(deps), pos=list(pos), morphs=morphs)


def test_of_two_subjects_the_nearest_before_the_verb_speaks():
    doc = tree([("IMF", 2, "amod", "PROPN"), ("chief", 2, "amod", "ADJ"), ("economist", 5, "nsubj", "NOUN"),
                ("Ann", 5, "nsubj", "PROPN"), ("Moyo", 3, "flat", "PROPN"), ("said", 5, "ROOT", "VERB")])  # fmt: skip
    assert subject_of(doc[5]).text == "Ann"


def test_a_subject_within_another_subjects_words_is_not_the_verbs():
    doc = tree([("The", 1, "det", "DET"), ("fact", 5, "nsubj", "NOUN"), ("that", 4, "mark", "SCONJ"),
                ("talks", 5, "nsubj", "NOUN"), ("resumed", 1, "acl", "VERB"),
                ("suggests", 5, "ROOT", "VERB")])  # fmt: skip
    assert subject_of(doc[5]).text == "fact"


FRAMED = [("In", 1, "case", "ADP"), ("what", 10, "obl", "PRON"), ("sides", 3, "nsubj", "NOUN"),
          ("called", 10, "advcl", "VERB"), ("the", 5, "det", "DET"), ("declaration", 3, "obj", "NOUN"),
          (",", 3, "punct", "PUNCT"), ("Prime", 8, "amod", "ADJ"), ("Minister", 9, "compound", "PROPN"),
          ("Abiy", 5, "appos", "PROPN"), ("said", 10, "ROOT", "VERB")]  # fmt: skip


def test_names_between_a_comma_and_a_verb_left_without_a_subject_are_its_subject():
    assert subject_of(tree(FRAMED)[10]).text == "Abiy"


def test_a_verb_without_a_tense_or_a_comma_before_the_names_takes_no_lost_subject():
    assert subject_of(tree(FRAMED, verb_form="Inf")[10]) is None
    no_comma = FRAMED[:6] + [("and", 3, "cc", "CCONJ")] + FRAMED[7:]
    assert subject_of(tree(no_comma)[10]) is None


def test_a_name_the_parse_split_into_two_subjects_is_one_name():
    doc = tree([("Hakan", 2, "nsubj", "PROPN"), ("Fidan", 2, "nsubj", "PROPN"), ("said", 2, "ROOT", "VERB"),
                ("so", 2, "advmod", "ADV")])  # fmt: skip
    speaker = subject_of(doc[2])
    assert doc.text[slice(*name_span(speaker))] == "Hakan Fidan"


def test_a_documents_text_is_built_once_and_kept():
    doc = Doc(Vocab(), words=["Talks", "resumed", "."], spaces=[True, False, False])
    assert text_of(doc) == doc.text == "Talks resumed."
    assert text_of(doc) is text_of(doc)  # spaCy joins ``Doc.text`` from the tokens anew on every read
