"""Turn the shared corpora into spaCy's binary training format under ``training/corpus``."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from storyline.nlp.corpora import ner_docs, read_conllu, read_ner_sentences

from .labels import relabel

HERE = Path(__file__).parent
CORPUS = HERE / "corpus"


def sources(data: Path) -> dict[str, tuple[str, Path]]:
    ewt, conll = data / "ud-english-ewt", data / "conll2003"
    return {
        "train/ud": ("ud", ewt / "en_ewt-ud-train.conllu"),
        "dev/ud": ("ud", ewt / "en_ewt-ud-dev.conllu"),
        "train/ner": ("ner", conll / "eng.train"),
        "dev/ner": ("ner", conll / "eng.testa"),
    }


def prepare(data: Path, out: Path = CORPUS) -> dict[str, Path]:
    """Write ``train/`` and ``dev/`` folders, one ``.spacy`` file per corpus; return their paths.

    The two corpora train one shared tok2vec: EWT docs carry no entities and
    CoNLL docs no tags or trees, and spaCy treats what is absent as missing.
    """
    vocab = spacy.blank("en").vocab
    written = {}
    for name, (kind, path) in sources(data).items():
        if not path.is_file():
            sys.exit(f"{path} is missing: put the corpora in {data} (see its README) or pass --data")
        docs = read_conllu(path) if kind == "ud" else ner_docs(read_ner_sentences(path), vocab, relabel=relabel)
        target = out / f"{name}.spacy"
        target.parent.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a training run reading this folder never sees half a file.
        partial = target.with_suffix(".partial")
        DocBin(docs=docs, store_user_data=False).to_disk(partial)
        partial.replace(target)
        written[name] = target
    return written
