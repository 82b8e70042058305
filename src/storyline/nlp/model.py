"""Loading the language pipeline: the one shipped in the package, or another spaCy pipeline by name."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps, get_current_ops, use_ops

from ..errors import ModelError

SHIPPED = "storyline"
SHIPPED_PATH = Path(__file__).with_name("en_storyline")


def load(name: str = SHIPPED) -> Language:
    """The pipeline called ``name``: ``storyline`` (the shipped one), an installed spaCy package, or a folder.

    Loaded once per process; every stage that needs sentences, tags, trees or
    entities gets its pipeline from here.
    """
    return _load(name)


def location(name: str) -> str | Path:
    """What ``spacy.load`` is given for ``name``: the shipped folder, or the name itself."""
    return SHIPPED_PATH if name == SHIPPED else name


@lru_cache(maxsize=4)
def _load(name: str) -> Language:
    target = location(name)
    try:
        if not isinstance(get_current_ops(), NumpyOps):  # a GPU the caller chose: leave it be
            return spacy.load(target)
        # On the CPU, numpy's OpenBLAS beats thinc's bundled BLIS and uses every core
        # (bench/nlp_throughput.py measures both).
        with use_ops("numpy", use_blis=False):
            return spacy.load(target)
    except (OSError, ImportError, ValueError) as err:
        raise ModelError(name, str(err).splitlines()[0]) from err


def size_on_disk(folder: Path) -> int:
    """Bytes in every file under ``folder``: a pipeline's size as shipped."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def describe(nlp: Language) -> dict[str, object]:
    """What a loaded pipeline is: name, version, components, entity labels, size on disk."""
    meta = nlp.meta
    path = nlp.path if getattr(nlp, "path", None) else None
    size = size_on_disk(Path(path)) if path else None
    labels = list(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else []
    return {
        "name": f"{meta.get('lang', '')}_{meta.get('name', '')}",
        "version": meta.get("version"),
        "spacy_version": meta.get("spacy_version"),
        "path": str(path) if path else None,
        "size_mb": round(size / 1e6, 1) if size else None,
        "pipeline": list(nlp.pipe_names),
        "entity_labels": labels,
        # Rounded again: metadata floats come back from JSON as 0.9581000000000001.
        "performance": {k: round(v, 4) if isinstance(v, float) else v for k, v in meta.get("performance", {}).items()},
    }


def analysis(doc: Doc) -> dict[str, list[dict[str, object]]]:
    """A parsed doc as plain data: sentences of tokens, and entities with character offsets."""
    sentences = [
        {"text": sent.text, "tokens": [
            {"i": t.i, "text": t.text, "lemma": t.lemma_, "pos": t.pos_, "tag": t.tag_, "morph": str(t.morph),
             "dep": t.dep_, "head": t.head.i, "ent": f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else ""}
            for t in sent
        ]}
        for sent in doc.sents
    ]  # fmt: skip
    entities = [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in doc.ents]
    return {"sentences": sentences, "entities": entities}
