"""Measuring a pipeline: UD scores on EWT test, NER F1 on CoNLL and UNER, and words per second.

Tagging and parsing are scored on gold tokens and gold sentence boundaries
(the usual "gold tokenization" setting); sentence splitting on gold tokens,
ten sentences per document, and on CoNLL's news rebuilt as running text;
entities on gold tokens, ten sentences per document. Speed is the whole
pipeline on raw text, one process.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from ..errors import StorylineError
from .corpora import ner_docs, news_texts, read_conllu, read_ner_sentences

DEFAULT_DATA = Path("../shared/data")
EWT_TEST = "ud-english-ewt/en_ewt-ud-test.conllu"
CONLL_DEV = "conll2003/eng.testa"
UNER_TEST = "uner-english-ewt/en_ewt-ud-test.iob2"
SPEED_TEXTS = "polnear/test/text"

# Labels of any scheme folded onto CoNLL's four, so predictions and gold meet.
COARSE = {"PERSON": "PER", "PER": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC", "MISC": "MISC"}

Progress = Callable[[str], None]


def _require(data: Path, relative: str) -> Path:
    path = data / relative
    if not path.exists():
        raise StorylineError(f"{path} is missing", f"Pass --data with the folder that holds {relative}")
    return path


def unparsed(gold: Doc, given_sentence: bool) -> Doc:
    """The words of ``gold`` with nothing predicted; ``given_sentence`` marks them as one sentence.

    A sentence start set to False forbids the parser's break there, as a gold
    boundary should: otherwise it may cut a gold sentence in two.
    """
    words = [t.text for t in gold]
    spaces = [bool(t.whitespace_) for t in gold]
    starts = [i == 0 for i in range(len(words))] if given_sentence else None
    return Doc(gold.vocab, words=words, spaces=spaces, sent_starts=starts)


def ud_scores(nlp: Language, conllu: Path, n_sents: int = 1) -> dict[str, float]:
    """UPOS, XPOS, morphology, lemma, UAS, LAS and sentence F1 of ``nlp`` against a CoNLL-U file.

    With ``n_sents`` 1 every document is one gold sentence and the parser is told
    so; with ``n_sents`` > 1 the pipeline must find where sentences end.
    """
    examples = []
    for gold in read_conllu(conllu, n_sents=n_sents):
        gold = Doc(nlp.vocab).from_bytes(gold.to_bytes())  # the scorer looks labels up in nlp's strings
        examples.append(Example(unparsed(gold, given_sentence=n_sents == 1), gold))
    scores = nlp.evaluate(examples)
    keys = {"upos": "pos_acc", "xpos": "tag_acc", "morph": "morph_acc", "lemma": "lemma_acc",
            "uas": "dep_uas", "las": "dep_las", "sents_f": "sents_f"}  # fmt: skip
    return {key: round(scores[name], 4) for key, name in keys.items() if scores.get(name) is not None}


def ner_scores(nlp: Language, path: Path, n_sents: int = 10) -> dict[str, float | int]:
    """Exact-span precision, recall and F1 against a CoNLL-format NER file, labels folded by ``COARSE``.

    Predictions whose label the file never uses (MISC against UNER, say) are
    left out, so a richer label set is not counted against the model.
    """
    gold_docs = list(ner_docs(read_ner_sentences(path), nlp.vocab, n_sents))
    gold = {(i, e.start, e.end, COARSE.get(e.label_, e.label_)) for i, doc in enumerate(gold_docs) for e in doc.ents}
    labels = {label for *_, label in gold}
    docs = nlp.pipe(unparsed(doc, given_sentence=False) for doc in gold_docs)
    predicted = {(i, e.start, e.end, COARSE.get(e.label_, e.label_)) for i, doc in enumerate(docs) for e in doc.ents}
    predicted = {p for p in predicted if p[3] in labels}
    precision, recall, f1 = _scored(len(gold & predicted), len(predicted), len(gold))
    return {"ner_f1": round(f1, 4), "ner_precision": round(precision, 4), "ner_recall": round(recall, 4), "entities": len(gold)}


def news_sentence_scores(nlp: Language, path: Path) -> dict[str, float | int]:
    """Precision, recall and F1 of sentence starts on a CoNLL-format news file read as running text
    (``news_texts``): where the words of each sentence begin, spaces left out, the first of a document not counted."""
    documents = news_texts([words for words, _ in read_ner_sentences(path)])
    hits = found = gold = 0
    for (_, starts), doc in zip(documents, nlp.pipe(text for text, _ in documents)):
        firsts = (next((t for t in sentence if not t.is_space), None) for sentence in doc.sents)
        predicted = {t.idx for t in firsts if t is not None} - {0}
        hits, found, gold = hits + len(predicted & set(starts[1:])), found + len(predicted), gold + len(starts) - 1
    precision, recall, f1 = _scored(hits, found, gold)
    return {"sents_f": round(f1, 4), "sents_p": round(precision, 4), "sents_r": round(recall, 4), "sentences": gold}


def _scored(hits: int, found: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``hits`` among ``found`` predictions and ``gold`` answers; 0 where none."""
    precision, recall = hits / max(found, 1), hits / max(gold, 1)
    return precision, recall, 2 * precision * recall / (precision + recall) if hits else 0.0


def words_per_second(nlp: Language, texts: list[str], repeat: int = 3) -> dict[str, float | int]:
    """Whole-pipeline throughput on raw texts in this process: the best of ``repeat`` passes.

    The best pass, as ``timeit`` reports, is the one least disturbed by the rest of
    the machine; the first pass also pays for warming up memory.
    """
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        words = sum(sum(not t.is_space for t in doc) for doc in nlp.pipe(texts))
        best = min(best, time.perf_counter() - start)
    return {"words_per_second": round(words / best), "speed_words": words}


def speed_texts(data: Path) -> list[str]:
    """Real news for the speed test: PolNeAR's test articles."""
    folder = _require(data, SPEED_TEXTS)
    return [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()) if p.is_file()]


def evaluate(nlp: Language, data: Path = DEFAULT_DATA, progress: Progress | None = None) -> dict[str, float | int]:
    """Every figure the model card reports, measured on the corpora under ``data``."""
    step = progress or (lambda _: None)
    paths = {name: _require(data, rel) for name, rel in (("ewt", EWT_TEST), ("conll", CONLL_DEV), ("uner", UNER_TEST))}
    texts = speed_texts(data)
    step("EWT test: tags and trees")
    result: dict[str, float | int] = dict(ud_scores(nlp, paths["ewt"]))
    result["sents_f"] = ud_scores(nlp, paths["ewt"], n_sents=10)["sents_f"]
    step("CoNLL-2003 dev: entities, and sentences in running text")
    result["ner_f1_conll_dev"] = ner_scores(nlp, paths["conll"])["ner_f1"]
    result["sents_f_conll_dev"] = news_sentence_scores(nlp, paths["conll"])["sents_f"]
    step("UNER EWT test: entities")
    result["ner_f1_uner_test"] = ner_scores(nlp, paths["uner"])["ner_f1"]
    step("Speed on PolNeAR test articles")
    result.update(words_per_second(nlp, texts))
    return result
