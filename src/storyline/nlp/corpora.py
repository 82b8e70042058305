"""Readers for the annotated corpora the models are trained and measured on.

UD treebanks come in CoNLL-U; NER sets in the CoNLL family of column formats
(CoNLL-2003's ``word POS chunk TAG`` lines or UNER's ``index word TAG …``
lines, IOB1 or IOB2). Both become spaCy ``Doc`` objects with gold annotation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.tokens import Doc, Span
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

from ..errors import InputError

Sentence = tuple[list[str], list[str]]


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(str(path), f"cannot read it: {err}", "Give the path of a UTF-8 corpus file") from err


def read_conllu(path: Path, n_sents: int = 10) -> list[Doc]:
    """Gold docs from a CoNLL-U file, ``n_sents`` sentences per doc."""
    return list(conllu_to_docs(_read_text(path), n_sents=n_sents, no_print=True))


Rows = list[tuple[int, list[str]]]


def _indexed(sentences: list[Rows]) -> bool:
    """True when every sentence's first column counts 1, 2, 3… (UNER: index, word, tag, …).

    Otherwise the word comes first and the tag last (CoNLL-2003). Decided for
    the whole file, since a CoNLL sentence can be the lone number "1".
    """
    return all(len(cols) >= 3 and cols[0] == str(i) for rows in sentences for i, (_, cols) in enumerate(rows, 1))


def _sentence(path: Path, rows: Rows, indexed: bool) -> Sentence:
    words, tags = [], []
    for number, cols in rows:
        word, tag = (cols[1], cols[2]) if indexed else (cols[0], cols[-1])
        if tag != "O" and tag[:2] not in ("B-", "I-"):
            raise InputError(str(path), f"line {number}: {tag!r} is not an IOB tag", "Put the NER tag last (or third after an index)")
        words.append(word)
        tags.append(tag)
    return words, _to_iob2(tags)


def read_ner_sentences(path: Path) -> list[Sentence]:
    """Sentences of (words, IOB2 tags) from a CoNLL-style NER file."""
    sentences: list[Rows] = []
    rows: Rows = []
    for number, line in enumerate(_read_text(path).splitlines() + [""], 1):
        line = line.strip()
        if line.startswith("-DOCSTART-") or line.startswith("#"):
            continue
        if line:
            rows.append((number, line.split("\t") if "\t" in line else line.split()))
        elif rows:
            sentences.append(rows)
            rows = []
    if not sentences:
        raise InputError(str(path), "no sentences found", "Give a CoNLL-format file: one token per line, blank lines between sentences")
    indexed = _indexed(sentences)
    return [_sentence(path, rows, indexed) for rows in sentences]


# How CoNLL-2003's tokens were cut from the text: these stuck to the word before or after them.
STUCK_BEFORE = frozenset({",", ".", ";", ":", "?", "!", ")", "]", "%", "'", "'s", "'S", "n't", "'re", "'ve", "'ll",
                          "'d", "'m"})
STUCK_AFTER = frozenset({"(", "[", "$"})
QUOTED_END = frozenset({".", "?", "!"})
STOPPED = re.compile(r"[.?!][\"']?$")


def _detokenized(words: list[str]) -> str:
    """The words as running text. A straight quote closes one opened before it, or one after a stop (a quote may
    open in an earlier sentence)."""
    text, quoted = "", False
    for i, word in enumerate(words):
        spaced = i > 0 and word not in STUCK_BEFORE and words[i - 1] not in STUCK_AFTER
        if word == '"':
            closing = quoted or i > 0 and words[i - 1] in QUOTED_END
            spaced, quoted = spaced and not closing, not closing
        elif i > 0 and words[i - 1] == '"' and quoted:
            spaced = False
        text += " " * spaced + word
    return text


def news_texts(sentences: list[list[str]], n_sents: int = 10) -> list[tuple[str, list[int]]]:
    """Tokenized news sentences (CoNLL-2003's) as running text, ``n_sents`` to a document, with where each starts.

    A stopped sentence runs on after a space, an unstopped line (headline, dateline, table row) after a line
    break. Reuters tables wrap long rows, which the corpus cut as sentences: a line that goes on in lowercase
    joins the one before.
    """
    joined: list[list[str]] = []
    for words in sentences:
        if joined and words[0][:1].islower() and not STOPPED.search(joined[-1][-1]):
            joined[-1] = joined[-1] + words
        else:
            joined.append(words)
    documents = []
    for first in range(0, len(joined), n_sents):
        text, starts = "", []
        for words in joined[first : first + n_sents]:
            if text:
                text += " " if STOPPED.search(text) else "\n"
            starts.append(len(text))
            text += _detokenized(words)
        documents.append((text, starts))
    return documents


def _to_iob2(tags: list[str]) -> list[str]:
    """IOB1 starts entities with I-; make every entity start with B-."""
    out = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or tags[i - 1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
    return out


def entity_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans from IOB2 tags."""
    spans: list[tuple[int, int, str]] = []
    for i, tag in enumerate(tags):
        if tag.startswith("B-"):
            spans.append((i, i + 1, tag[2:]))
        elif tag.startswith("I-") and spans and spans[-1][1] == i and spans[-1][2] == tag[2:]:
            spans[-1] = (spans[-1][0], i + 1, tag[2:])
    return spans


Relabel = Callable[[list[str], int, int, str], str]


def ner_docs(sentences: list[Sentence], vocab: Vocab, n_sents: int = 10, relabel: Relabel | None = None) -> Iterator[Doc]:
    """Docs of ``n_sents`` sentences each, entities set; ``relabel(words, start, end, label)`` may rename a label."""
    for first in range(0, len(sentences), n_sents):
        group = sentences[first : first + n_sents]
        words = [w for ws, _ in group for w in ws]
        doc = Doc(vocab, words=words, sent_starts=[i == 0 for ws, _ in group for i in range(len(ws))])
        ents, offset = [], 0
        for ws, tags in group:
            for s, e, label in entity_spans(tags):
                label = relabel(ws, s, e, label) if relabel else label
                ents.append(Span(doc, offset + s, offset + e, label=label))
            offset += len(ws)
        doc.ents = ents
        yield doc
