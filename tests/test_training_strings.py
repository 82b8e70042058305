"""The shipped string table leaves out words that only key a vector, and keeps what the components read."""

import numpy as np
import spacy
import srsly
from spacy.training import Example
from spacy.vectors import Vectors

from training.strings import drop_vector_only


def test_vector_only_words_go_and_labels_stay(tmp_path):
    nlp = spacy.blank("en")
    words = ["apple", "pear", "plum"]
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=np.ones((3, 4), dtype=np.float32), keys=words)
    for word in words + ["zebra"]:
        nlp.vocab.strings.add(word)
    tagger = nlp.add_pipe("tagger")
    example = Example.from_dict(nlp.make_doc("plum apple"), {"tags": ["pear", "NN"]})
    nlp.initialize(lambda: [example])
    assert set(tagger.labels) == {"pear", "NN"}
    nlp.to_disk(tmp_path)
    assert drop_vector_only(nlp, tmp_path) == 2
    kept = set(srsly.read_json(tmp_path / "vocab" / "strings.json"))
    assert {"pear", "NN", "zebra"} <= kept and not {"apple", "plum"} & kept
    reloaded = spacy.load(tmp_path)
    doc = reloaded("plum apple")
    assert [t.tag_ for t in doc] and doc[0].has_vector
