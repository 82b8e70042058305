"""CoNLL-2003's labels refined for training: LOC split into GPE and LOC, NORP found inside MISC."""

import shutil
from pathlib import Path

import pytest
from spacy.tokens import DocBin
from spacy.vocab import Vocab

from training.labels import is_demonym, relabel
from training.prepare import prepare


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Somalia", "LOC", "GPE"), ("ADDIS ABABA", "LOC", "GPE"), ("U.S.", "LOC", "GPE"),
        ("Texas", "LOC", "GPE"), ("South Africa", "LOC", "GPE"), ("Ivory Coast", "LOC", "GPE"),
        ("Europe", "LOC", "LOC"), ("Middle East", "LOC", "LOC"), ("Red Sea", "LOC", "LOC"),
        ("Gulf of Aden", "LOC", "LOC"), ("East Africa", "LOC", "LOC"), ("Nile River", "LOC", "LOC"),
        ("Ethiopian", "MISC", "NORP"), ("Somalis", "MISC", "NORP"), ("Dutch", "MISC", "NORP"),
        ("South African", "MISC", "NORP"), ("Sunni", "MISC", "NORP"), ("Bosnian Serb", "MISC", "NORP"),
        ("World Cup", "MISC", "MISC"), ("Windows", "MISC", "MISC"), ("GMT", "MISC", "MISC"),
        ("Abiy Ahmed", "PER", "PERSON"), ("African Union", "ORG", "ORG"),
    ],
)  # fmt: skip
def test_relabel(name, label, expected):
    words = name.split()
    assert relabel(words, 0, len(words), label) == expected


def test_demonyms_need_a_known_stem():
    assert is_demonym("Kenyan") and is_demonym("Egyptians") and is_demonym("Turkish")
    assert not is_demonym("Wimbledon") and not is_demonym("Olympic")


def test_prepare_writes_both_corpora_with_fine_labels(tmp_path):
    fixtures = Path(__file__).parent / "nlp_fixtures"
    for rel, name in [("ud-english-ewt/en_ewt-ud-train.conllu", "tiny.conllu"), ("ud-english-ewt/en_ewt-ud-dev.conllu", "tiny.conllu"),
                      ("conll2003/eng.train", "tiny.conll"), ("conll2003/eng.testa", "tiny.conll")]:  # fmt: skip
        (tmp_path / "data" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(fixtures / name, tmp_path / "data" / rel)
    written = prepare(tmp_path / "data", tmp_path / "corpus")
    assert sorted(written) == ["dev/ner", "dev/ud", "train/ner", "train/ud"]
    [ner] = DocBin().from_disk(written["train/ner"]).get_docs(Vocab())
    assert [(e.text, e.label_) for e in ner.ents] == [("Abiy Ahmed", "PERSON"), ("Mogadishu", "GPE"), ("African Union", "ORG")]
    [ud] = DocBin().from_disk(written["dev/ud"]).get_docs(Vocab())
    assert ud.has_annotation("DEP") and not ud.has_annotation("ENT_IOB")
