"""Train the graph-based parser and sentence splitter over a trained pipeline's frozen tok2vec.

    .venv/bin/python -m training.graph_parser [--model FOLDER] [--output FOLDER] [--pipeline FOLDER]
    .venv/bin/python -m training.graph_parser --no-train    # assemble and score earlier weights
    .venv/bin/python -m training.graph_parser --splitter-only    # the shipped parser, a new splitter

Features are the pipeline's own (tok2vec rows, word vectors, predicted UPOS),
as ``storyline.nlp.graph_parser`` reads them in use. The parser learns from UD
English EWT train, one gold sentence at a time; the splitter from its documents
ten sentences at a time and from CoNLL-2003's news rebuilt as running text
(``--splitter-only`` trains it alone, over the parser of ``--model``). Each keeps
the epoch that scores best on dev (EWT's; for the splitter, with CoNLL's).
Writes the weights and ``settings.json`` (labels, UPOS tags, sizes) to ``--output``,
then ``--pipeline``: the model with the graph parser in place of its transition-based
one, which ``storyline`` uses when named (``model = "FOLDER"``), and prints the
scores ``storyline model evaluate --json`` gives it.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path
from typing import Any

import numpy as np
import spacy
import torch
from spacy.language import Language
from spacy.tokens import Doc
from torch import nn

from storyline.nlp import load
from storyline.nlp.corpora import news_texts, read_conllu, read_ner_sentences
from storyline.nlp.evaluate import DEFAULT_DATA, evaluate, unparsed
from storyline.nlp.graph_parser import GraphParser, Splitter
from storyline.nlp.model import SHIPPED_PATH

HERE = Path(__file__).parent
OUTPUT = HERE / "output" / "graph_parser"
PIPELINE = HERE / "output" / "graph_pipeline"
EWT = "ud-english-ewt/en_ewt-ud-{}.conllu"
SIZES = {"hidden": 160, "layers": 2, "arc": 256, "label": 96}
EPOCHS, SPLITTER_EPOCHS = 20, 6
CONLL = "conll2003/eng.{}"
WRAPPED_SHARE, WRAP_WIDTH = 0.3, 72  # news documents whose lines the splitter learns to read past
TITLED_SHARE, TITLES = 0.15, ("Mr", "Mrs", "Ms", "Dr")
QUOTE_STYLES = (('"', '"'), ("“", "”"), ("``", "''"))  # straight, curly, and as wire archives type them
FEATURES = ["tok2vec", "tagger", "morphologizer"]  # what the features need: rows and UPOS


def _golds(nlp: Language, data: Path, split: str, n_sents: int) -> list[tuple[Doc, Doc]]:
    """(gold, predicted) pairs: the predicted doc has the pipeline's features (and is one sentence if n_sents is 1)."""
    golds = [Doc(nlp.vocab).from_bytes(g.to_bytes()) for g in read_conllu(data / EWT.format(split), n_sents=n_sents)]
    given = n_sents == 1
    with nlp.select_pipes(enable=FEATURES):
        return list(zip(golds, nlp.pipe(unparsed(g, given_sentence=given) for g in golds)))


class _Sentences:
    """Gold sentences as the parser's inputs and targets."""

    def __init__(self, parser: GraphParser, pairs: list[tuple[Doc, Doc]]) -> None:
        self.parser, self.docs = parser, [doc for _, doc in pairs]
        self.features = {id(doc): parser.features(doc) for doc in self.docs}
        index = {label: i for i, label in enumerate(parser.labels)}
        self.heads = [torch.tensor([0 if t.head.i == t.i else t.head.i + 1 for t in gold]) for gold, _ in pairs]
        self.labels = [torch.tensor([index[t.dep_.lower()] for t in gold]) for gold, _ in pairs]

    def batches(self, words: int, shuffle: bool) -> list[list[int]]:
        jitter = (lambda: random.random() * 3) if shuffle else (lambda: 0.0)
        order = sorted(range(len(self.docs)), key=lambda i: len(self.docs[i]) + jitter())
        out, current, count = [], [], 0
        for i in order:
            current.append(i)
            count += len(self.docs[i])
            if count >= words:
                out.append(current)
                current, count = [], 0
        out += [current] if current else []
        if shuffle:
            random.shuffle(out)
        return out

    def inputs(self, chosen: list[int]) -> tuple[torch.Tensor, ...]:
        spans = [(self.docs[i], np.arange(len(self.docs[i]))) for i in chosen]
        *inputs, lengths = self.parser.batch(spans, self.features)
        heads = torch.zeros(len(chosen), int(lengths.max()) + 1, dtype=torch.long)
        labels = torch.zeros_like(heads)
        for row, i in enumerate(chosen):
            heads[row, 1 : len(self.heads[i]) + 1] = self.heads[i]
            labels[row, 1 : len(self.labels[i]) + 1] = self.labels[i]
        words = (torch.arange(heads.size(1))[None, :] <= lengths[:, None]) & (torch.arange(heads.size(1)) > 0)
        return (*inputs, lengths, heads, labels, words)


def _parser_loss(network: nn.Module, batch: tuple[torch.Tensor, ...]) -> tuple[torch.Tensor, torch.Tensor]:
    rows, vectors, upos, lengths, heads, labels, words = batch
    states = network.encode(rows, vectors, upos, lengths)
    scores = network.arcs(states)
    positions = torch.arange(scores.size(1))
    scores = scores.masked_fill((positions[None, None, :] > lengths[:, None, None]), -1e9)
    loss = nn.functional.cross_entropy(scores[words], heads[words])
    loss = loss + nn.functional.cross_entropy(network.labels(states, heads)[words], labels[words])
    predicted = scores.argmax(-1)
    right = ((predicted == heads) & (network.labels(states, predicted).argmax(-1) == labels) & words).sum()
    return loss, right


def train_parser(parser: GraphParser, train: _Sentences, dev: _Sentences, epochs: int = EPOCHS) -> float:
    """Train ``parser.network`` in place; keeps the epoch with the best dev LAS (every word, best heads)."""
    network = parser.network
    optimizer = torch.optim.Adam(network.parameters(), lr=2e-3, betas=(0.9, 0.9))
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda step: 0.75 ** (step / 5000))
    best, best_state = -1.0, None
    for epoch in range(epochs):
        start = time.perf_counter()
        network.train()
        for chosen in train.batches(2500, shuffle=True):
            loss, _ = _parser_loss(network, train.inputs(chosen))
            optimizer.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(network.parameters(), 5.0)
            optimizer.step()
            schedule.step()
        network.eval()
        with torch.no_grad():
            right = sum(int(_parser_loss(network, dev.inputs(c))[1]) for c in dev.batches(5000, shuffle=False))
        las = right / sum(len(doc) for doc in dev.docs)
        seconds = time.perf_counter() - start
        print(f"parser epoch {epoch + 1}: dev LAS {las:.4f} (every word, best heads), {seconds:.0f} s")
        if las > best:
            best, best_state = las, {k: v.clone() for k, v in network.state_dict().items()}
    network.load_state_dict(best_state)
    return best


def train_splitter(parser: GraphParser, train: list[tuple[Doc, Doc]], dev: list[tuple[Doc, Doc]]) -> float:
    """Train ``parser.splitter`` in place; keeps the epoch with the best dev F1 on sentence starts."""

    def tensors(pairs: list[tuple[Doc, Doc]]) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        rows = [Splitter.inputs(*parser.features(doc)[:2]) for _, doc in pairs]
        starts = torch.cat([torch.tensor([bool(t.is_sent_start) for t in gold]) for gold, _ in pairs]).long()
        first = torch.cat([torch.arange(len(doc)) == 0 for _, doc in pairs])  # always a start: not scored
        return torch.cat(rows), starts, first

    x, y, _ = tensors(train)
    dev_x, dev_y, dev_first = tensors(dev)
    splitter = parser.splitter
    optimizer = torch.optim.Adam(splitter.parameters(), lr=1e-3)
    best, best_state = -1.0, None
    for epoch in range(SPLITTER_EPOCHS):
        splitter.train()
        order = torch.randperm(len(x))
        for start in range(0, len(x), 512):
            chosen = order[start : start + 512]
            loss = nn.functional.cross_entropy(splitter.layers(x[chosen]), y[chosen])
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        splitter.eval()
        with torch.no_grad():
            predicted = splitter.layers(dev_x).argmax(-1)[~dev_first]
        gold = dev_y[~dev_first]
        hits = int(((predicted == 1) & (gold == 1)).sum())
        f1 = 2 * hits / max(1, int((predicted == 1).sum()) + int((gold == 1).sum()))
        print(f"splitter epoch {epoch + 1}: dev sentence-start F1 {f1:.4f}")
        if f1 > best:
            best, best_state = f1, {k: v.clone() for k, v in splitter.state_dict().items()}
    splitter.load_state_dict(best_state)
    return best


def wrapped(text: str, width: int = WRAP_WIDTH) -> str:
    """``text`` with its lines broken past ``width`` columns, as mail and wire copy break them."""
    out, column = list(text), 0
    for i, char in enumerate(text):
        if char == " " and column >= width:
            out[i], column = "\n", 0
        else:
            column = 0 if char == "\n" else column + 1
    return "".join(out)


def requoted(text: str, starts: list[int], opening: str, closing: str) -> tuple[str, list[int]]:
    """``text`` with its straight quotation marks typed as ``opening`` and ``closing`` (a mark opens after a space,
    a line break, a bracket or nothing), and ``starts`` moved with the characters they stand on."""
    out, moved, at = [], [], 0
    for i, char in enumerate(text):
        moved.append(at)
        if char == '"':
            char = opening if i == 0 or text[i - 1] in " \n(" else closing
        out.append(char)
        at += len(char)
    return "".join(out), [moved[start] for start in starts]


def _titled(sentences: list[tuple[list[str], list[str]]], rng: random.Random) -> list[list[str]]:
    """The words of the sentences, a share of their people given a title with no stop, as British papers write
    them ("Mr Shoigu"): Reuters names people bare, and the splitter took such a title for a sentence's start."""
    return [[word for word, tag in zip(words, tags)
             for word in ([rng.choice(TITLES), word] if tag == "B-PER" and rng.random() < TITLED_SHARE else [word])]
            for words, tags in sentences]  # fmt: skip


def _news(nlp: Language, data: Path, split: str) -> list[tuple[Doc, Doc]]:
    """(gold, predicted) pairs of CoNLL-2003 news as running text, its quotation marks typed in one of the
    ``QUOTE_STYLES`` a document, a share of them with wrapped lines: a line break alone is no sentence start.
    Tokens are the pipeline's own; a token starts a sentence where one begins."""
    rng = random.Random(0)
    documents = [requoted(text, starts, *rng.choice(QUOTE_STYLES))
                 for text, starts in news_texts(_titled(read_ner_sentences(data / CONLL.format(split)), rng))]
    texts = [(wrapped(text) if rng.random() < WRAPPED_SHARE else text, set(starts)) for text, starts in documents]
    with nlp.select_pipes(enable=FEATURES):
        docs = nlp.pipe(text for text, _ in texts)
        return [(Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                     sent_starts=[t.i == 0 or t.idx in starts for t in doc]), doc)
                for (_, starts), doc in zip(texts, docs)]  # fmt: skip


def _train_splitter(parser: GraphParser, nlp: Language, data: Path) -> float:
    """The splitter trained on EWT's web text and CoNLL-2003's news, both ten sentences a document."""
    train = _golds(nlp, data, "train", 10) + _news(nlp, data, "train")
    return train_splitter(parser, train, _golds(nlp, data, "dev", 10) + _news(nlp, data, "testa"))


def _write(parser: GraphParser, settings: dict[str, Any], output: Path) -> Path:
    parser.to_disk(output)
    (output / "settings.json").write_text(json.dumps(settings, indent=1), encoding="utf-8")
    return output


def build(model: Path, data: Path, output: Path = OUTPUT) -> Path:
    """Train both networks over ``model``'s features and write them to ``output``."""
    torch.manual_seed(0)
    random.seed(0)
    nlp = load(str(model))
    train_pairs, dev_pairs = _golds(nlp, data, "train", 1), _golds(nlp, data, "dev", 1)
    labels = sorted({t.dep_.lower() for gold, _ in train_pairs + dev_pairs for t in gold})
    upos = sorted({t.pos_ for gold, _ in train_pairs for t in gold})
    parser = GraphParser("graph_parser", labels, upos, SIZES)
    train_parser(parser, _Sentences(parser, train_pairs), _Sentences(parser, dev_pairs))
    _train_splitter(parser, nlp, data)
    return _write(parser, {"labels": labels, "upos": upos, "sizes": SIZES}, output)


def build_splitter(model: Path, data: Path, output: Path = OUTPUT) -> Path:
    """Train the splitter anew over ``model``'s graph parser, whose network stays as it is; write both."""
    torch.manual_seed(0)
    random.seed(0)
    nlp = load(str(model))
    parser = nlp.get_pipe("graph_parser")
    parser.splitter = Splitter()
    _train_splitter(parser, nlp, data)
    settings = {key: nlp.get_pipe_config("graph_parser")[key] for key in ("labels", "upos", "sizes")}
    return _write(parser, settings, output)


# Part-of-speech repairs before the parser, which reads the morphologizer's UPOS. The tagger often takes a word
# that opens a clause for a preposition ("after Ethiopia and Somalia agreed"), and the parser then takes the
# clause's subject for the object of "after": a noun phrase followed by a verb with a tense makes it a clause.
# Where the morphologizer's verb is the tagger's noun ("Ethiopia's need for the sea"), or its noun the tagger's
# verb with a tense, the tagger is more often right. EWT dev LAS 0.8540 -> 0.8543 -> 0.8552.
FINITE = ["VBD", "VBZ", "VBP", "MD"]
CLAUSE_OPENER = [
    {"LOWER": {"IN": ["after", "before", "since", "until", "till", "once", "unless", "because", "while", "whereas"]},
     "POS": "ADP"},
    {"POS": {"IN": ["DET", "ADJ", "PROPN", "NOUN", "NUM", "PRON", "PART", "CCONJ"]}, "TAG": {"NOT_IN": FINITE},
     "OP": "{1,6}"},
    {"TAG": {"IN": FINITE}},
]
POS_REPAIRS = [
    (CLAUSE_OPENER, {"POS": "SCONJ"}),
    ([{"POS": "VERB", "TAG": {"IN": ["NN", "NNS"]}}], {"POS": "NOUN"}),
    ([{"POS": "NOUN", "TAG": {"IN": ["VB", "VBD", "VBZ", "VBP"]}}], {"POS": "VERB"}),
]


PIPE_BATCH = 16  # documents per batch of nlp.pipe: 12,015 words/s against 8,000 to 9,000 at 1,000


def put_in(nlp: Language, weights: Path) -> Language:
    """``nlp`` with the graph parser of ``weights`` in place of its parser (or an earlier graph parser), after
    the part-of-speech repairs it reads."""
    settings = json.loads((weights / "settings.json").read_text(encoding="utf-8"))
    for name in ("parser", "graph_parser", "pos_repairs"):
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    # Last: the NER was trained on documents without sentence starts, which it must not cross.
    repairs = nlp.add_pipe("attribute_ruler", name="pos_repairs")
    for pattern, attributes in POS_REPAIRS:
        repairs.add([pattern], attributes, index=0)
    nlp.add_pipe("graph_parser", config=settings).from_disk(weights)
    # Small batches for the components before it, whose arrays for a thousand documents leave the cache;
    # the graph parser pools documents of its own.
    nlp.batch_size = nlp.config["nlp"]["batch_size"] = PIPE_BATCH
    return nlp


def assemble(model: Path, weights: Path, target: Path = PIPELINE) -> Path:
    """Write ``model`` with the graph parser of ``weights`` in place of its parser."""
    put_in(spacy.load(model), weights).to_disk(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=SHIPPED_PATH, help="the pipeline whose features it reads")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where the weights go")
    parser.add_argument("--pipeline", type=Path, default=PIPELINE, help="where the assembled pipeline goes")
    parser.add_argument("--no-train", action="store_true", help="assemble and score the weights in --output")
    parser.add_argument("--splitter-only", action="store_true",
                        help="train only the sentence splitter anew, over the graph parser of --model")  # fmt: skip
    args = parser.parse_args()
    if not args.no_train:
        start = time.perf_counter()
        written = (build_splitter if args.splitter_only else build)(args.model, args.data, args.output)
        print(f"wrote {written} in {(time.perf_counter() - start) / 60:.1f} min")
    target = assemble(args.model, args.output, args.pipeline)
    print(f"assembled {target}")
    print(json.dumps(evaluate(load(str(target)), args.data, progress=print)))


if __name__ == "__main__":
    main()
