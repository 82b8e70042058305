"""Leave out of the shipped string table the words that only key a word vector.

``vectors.py`` adds every word it gives a vector to the pipeline's strings
(pruning the table reads them back), so they would ship in ``strings.json``:
about 150,000 strings, 1.7 MB. Nothing reads them at run time: vectors are
found by the hash of a token's text, and a text's own strings are added when
it is tokenized. What the components do need is kept: their labels (and the
parts of morphological labels), the parser's and recognizer's moves, and the
strings the lemmatizer's edit trees rewrite.
"""

from __future__ import annotations

from pathlib import Path

import srsly
from spacy.language import Language


def needed(nlp: Language) -> set[str]:
    """Strings the components look up at run time without adding them."""
    keep: set[str] = set()
    for _, pipe in nlp.pipeline:
        for label in getattr(pipe, "labels", ()) or ():
            if isinstance(label, str):  # the lemmatizer's labels are tree numbers
                keep.update(_label_parts(label))
        keep.update(getattr(pipe, "move_names", ()))
        keep.update(_tree_strings(nlp, getattr(pipe, "trees", None)))
    return keep


def _label_parts(label: str) -> list[str]:
    """A label and, for a morphological one ("Number=Sing|Person=3"), its features, names and values."""
    features = label.split("|")
    return [label, *features, *(part for feature in features for part in feature.split("="))]


def _tree_strings(nlp: Language, trees) -> list[str]:
    """The strings a lemmatizer's edit trees replace and put in (``EditTrees`` is indexed, not iterable)."""
    nodes = (trees[i] for i in range(len(trees))) if trees is not None else ()
    return [nlp.vocab.strings[node[key]] for node in nodes if "orig" in node for key in ("orig", "subst")]


def drop_vector_only(nlp: Language, saved: Path) -> int:
    """Rewrite ``saved``'s ``vocab/strings.json`` without strings that only key a vector; how many went."""
    path = saved / "vocab" / "strings.json"
    strings = srsly.read_json(path)
    keep, vectors = needed(nlp), nlp.vocab.vectors
    kept = [s for s in strings if s in keep or nlp.vocab.strings[s] not in vectors.key2row]
    srsly.write_json(path, kept)
    return len(strings) - len(kept)
