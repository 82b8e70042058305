"""A graph-based dependency parser and sentence splitter over the shared tok2vec.

Dozat and Manning's biaffine parser: a BiLSTM reads each sentence's tok2vec
rows, static word vectors and predicted UPOS; every word scores every other as
its head, and the best projective tree (Eisner's algorithm, one root) is kept
where the best head of each word does not already make one. Labels come from
a bilinear scorer over the word and its head; spaces stay out of the network
and hang from the word before them. A small network over the tok2vec rows
first marks where sentences start, except where the caller already has; the
word after a blank line always starts one, and no name breaks in two. It takes the place of spaCy's transition-based
parser in the shipped pipeline: ``training/graph_parser.py`` trains it, and
training/MODEL_CARD.md gives its scores.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import torch
from spacy.attrs import DEP, HEAD, IS_SPACE, ORTH, POS, SENT_START, SPACY
from spacy.language import Language
from spacy.parts_of_speech import IDS
from spacy.pipeline.dep_parser import parser_score
from spacy.tokens import Doc
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from .trees import best_trees

WIDTH = 96  # the tok2vec's and the word vectors' columns
UPOS_WIDTH = 32
WEIGHTS = "weights.npz"
LABEL_SLICE = 256  # words whose label scores are computed at once: their block stays in the cache
POOL_WORDS = 50_000  # words of the documents parsed together, whose sentences are batched by length
STOPS = frozenset(".!?:;…")  # what may end a sentence
CLOSING = frozenset("\"'`”’»")  # what may close a quote that a stop ends
WITHIN = frozenset("$€£“(-")  # what opens a word inside a sentence unless a stop comes before; digits open lists
QUOTES = CLOSING | frozenset("“‘«")  # quotation marks, typed straight or curly, one or two to a mark


class _Layer(nn.Module):
    def __init__(self, width: int, out: int, dropout: float) -> None:
        super().__init__()
        self.linear, self.dropout = nn.Linear(width, out), nn.Dropout(dropout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.dropout(nn.functional.leaky_relu(self.linear(x), 0.1))


class Network(nn.Module):
    """Arc and label scores for padded batches of sentences; position 0 is the root."""

    def __init__(self, n_upos: int, n_labels: int, hidden: int, layers: int, arc: int, label: int,
                 dropout: float = 0.33) -> None:  # fmt: skip
        super().__init__()
        width = 2 * WIDTH + UPOS_WIDTH
        self.upos = nn.Embedding(n_upos + 1, UPOS_WIDTH)  # the last row pads
        self.root = nn.Parameter(torch.zeros(width))
        self.dropout = nn.Dropout(dropout)
        self.lstm = nn.LSTM(width, hidden, layers, batch_first=True, bidirectional=True, dropout=dropout)
        self.arc_dep, self.arc_head = _Layer(2 * hidden, arc, dropout), _Layer(2 * hidden, arc, dropout)
        self.label_dep, self.label_head = _Layer(2 * hidden, label, dropout), _Layer(2 * hidden, label, dropout)
        self.arc_weight, self.arc_bias = nn.Parameter(torch.zeros(arc, arc)), nn.Parameter(torch.zeros(arc))
        # A bilinear form per label, held as one linear map: one matrix product scores every label.
        self.label_map = nn.Linear(label + 1, n_labels * (label + 1), bias=False)
        nn.init.zeros_(self.label_map.weight)

    def encode(self, rows: torch.Tensor, vectors: torch.Tensor, upos: torch.Tensor,
               lengths: torch.Tensor) -> torch.Tensor:  # fmt: skip
        x = torch.cat([rows, vectors, self.upos(upos)], -1)
        x = self.dropout(torch.cat([self.root.expand(x.size(0), 1, -1), x], 1))
        packed = pack_padded_sequence(x, lengths + 1, batch_first=True, enforce_sorted=False)
        return pad_packed_sequence(self.lstm(packed)[0], batch_first=True)[0]

    def arcs(self, states: torch.Tensor) -> torch.Tensor:
        """Scores[b, i, j]: word i's head is j."""
        dep, head = self.arc_dep(states), self.arc_head(states)
        return (dep @ self.arc_weight) @ head.transpose(1, 2) + (head @ self.arc_bias).unsqueeze(1)

    def labels(self, states: torch.Tensor, heads: torch.Tensor) -> torch.Tensor:
        """Scores[b, i, label] of word i with the head ``heads[b, i]``."""
        dep, head = self.label_dep(states), self.label_head(states)
        head = head.gather(1, heads.unsqueeze(-1).expand(-1, -1, head.size(-1)))
        one = torch.ones_like(dep[..., :1])
        dep, head = torch.cat([dep, one], -1).flatten(0, 1), torch.cat([head, one], -1).flatten(0, 1)
        # In slices of words, which bound the (words, labels, width) block.
        scores = [self.label_map(d).view(len(d), -1, d.size(1)).mul(h.unsqueeze(1)).sum(-1)
                  for d, h in zip(dep.split(LABEL_SLICE), head.split(LABEL_SLICE))]  # fmt: skip
        return torch.cat(scores).view(*states.shape[:2], -1)


class Splitter(nn.Module):
    """Whether each token starts a sentence, from its tok2vec row, its neighbours' and its vector."""

    def __init__(self, hidden: int = 64, dropout: float = 0.2) -> None:
        super().__init__()
        self.layers = nn.Sequential(nn.Linear(4 * WIDTH, hidden), nn.ReLU(), nn.Dropout(dropout), nn.Linear(hidden, 2))

    @staticmethod
    def inputs(rows: torch.Tensor, vectors: torch.Tensor) -> torch.Tensor:
        pad = rows.new_zeros(1, rows.size(1))
        return torch.cat([torch.cat([pad, rows[:-1]]), rows, torch.cat([rows[1:], pad]), vectors], 1)

    def forward(self, rows: torch.Tensor, vectors: torch.Tensor) -> torch.Tensor:
        return self.layers(self.inputs(rows, vectors))


Sentence = tuple[Doc, np.ndarray]  # a document, and where a sentence's words are in it (its spaces left out)


def bounds(doc: Doc) -> list[tuple[int, int]]:
    """Where each sentence starts and ends, read from ``doc``'s sentence starts without making spaCy spans."""
    starts = np.flatnonzero(doc.to_array(SENT_START).astype("int64") == 1).tolist()
    starts = starts if starts and starts[0] == 0 else [0, *starts]
    return list(zip(starts, [*starts[1:], len(doc)]))


def _marks(doc: Doc) -> list[int]:
    """Where the quotation marks are, in order."""
    return [t.i for t in doc if set(t.text) <= QUOTES]


def _gaps(doc: Doc, spaces: np.ndarray) -> np.ndarray:
    """Whether a space comes after each token: in its own whitespace, or as the token after it."""
    gap = doc.to_array(SPACY).astype(bool) | spaces
    gap[:-1] |= spaces[1:]
    return gap


def _placed(found: np.ndarray, spaces: np.ndarray, gap: np.ndarray, marks: list[int]) -> np.ndarray:
    """``found`` with each start beside a quotation mark put on the side its spacing gives: a mark stuck to the word
    before it and spaced from the next closes a quote ('Less Talk." | He'), one spaced before and stuck to the word
    after opens it ('left. | "Nobody'). The splitter reads no spacing, and straight marks do both. ``gap`` is
    ``_gaps``."""
    found, last = found.copy(), len(found) - 1
    marked = set(marks)
    for i in reversed(marks):  # right to left, so a start climbs over both marks of ``
        spaced_before = i == 0 or gap[i - 1]
        if found[i] and not spaced_before and (gap[i] or i == last):
            found[i] = False
            words = np.flatnonzero(~spaces[i + 1 :])
            if len(words):
                found[i + 1 + words[0]] = True
        elif i < last and found[i + 1] and not gap[i] and (spaced_before or i - 1 in marked):
            found[i], found[i + 1] = True, False
    return found


def _paired(chances: np.ndarray, marks: list[int]) -> np.ndarray:
    """Which tokens start a sentence, each quotation mark and the token after it read as one place: the network may
    share a start out between them ('Studies. "But': 0.24 on the mark, 0.43 on the word) that ``_placed`` puts on
    one side anyway. The pair starts one where its chances sum to more than even, on the likelier of the two."""
    found = chances > 0.5
    for i in (i for i in marks if i + 1 < len(chances)):
        if not (found[i] or found[i + 1]) and chances[i] + chances[i + 1] > 0.5:
            found[i + int(chances[i + 1] > chances[i])] = True
    return found


def _quoted_stop(doc: Doc, spaces: np.ndarray, gap: np.ndarray, marks: list[int]) -> np.ndarray:
    """Which tokens start a sentence for certain beside a quotation mark and a full stop: a capital after a stop,
    a closing mark and a space ('said it was over." Mr. Hale'), or an opening mark after a stop and a space, a
    capital stuck after it ('left. "Mr. Hale'). The network, which reads no spacing, misses a few of these where a
    title follows."""
    starts = np.zeros(len(doc), dtype=bool)
    for i in (i for i in marks if 0 < i < len(doc) - 1):
        before, after = i - 1 - int(spaces[i - 1]), i + 1 + int(spaces[i + 1])  # past a space token
        if before < 0 or after >= len(doc) or not doc[after].text[:1].isupper():
            continue
        # a stop the tokenizer split off ends a sentence (one it kept ends "C." or "Calif."); a question or a cry may
        # be followed by its speaker ('"Why now?" Hale asked')
        if doc[before].text != ".":
            continue
        if not gap[i - 1] and gap[i]:  # a mark that closes: 'over." Mr.'
            starts[after] = True
        elif gap[i - 1] and not gap[i]:  # one that opens: 'left. "Mr.'
            starts[i] = True
    return starts


def _unstopped(doc: Doc, spaces: np.ndarray) -> np.ndarray:
    """Which tokens are a lowercase word, a sum or an opening mark with no stop or line break before them, and so
    go on the sentence before: "earned $1.61 | a share", "the minister Friday | condemned", "Sen. Ann Roe |
    (D-Ore.)". The splitter learned from web text, often unstopped; news stops its sentences."""
    unstopped = np.zeros(len(doc), dtype=bool)
    stopped = True
    for token in doc:  # a stop may close an abbreviation ("Co."); a closing mark stops only after one: 'said.”'
        first, last = token.text[0], token.text[-1]
        unstopped[token.i] = token.i > 0 and not stopped and (first.islower() or first in WITHIN)
        stopped = spaces[token.i] or last in STOPS or last in CLOSING and stopped
    return unstopped


class GraphParser:
    """The pipeline component: sets sentence starts left open, then heads and labels."""

    def __init__(self, name: str, labels: list[str], upos: list[str], sizes: dict[str, int]) -> None:
        self.name = name
        self.labels, self.upos = labels, upos
        self.network = Network(len(upos), len(labels), **sizes)
        self.splitter = Splitter()
        # spaCy's part-of-speech ids to the network's rows; a tag it never learnt reads as the first
        self._upos_index = np.zeros(max(IDS.values()) + 1, dtype="int64")
        self._upos_index[[IDS[tag] for tag in upos]] = np.arange(len(upos))
        self._punctuation = upos.index("PUNCT") if "PUNCT" in upos else -1  # whose arcs may cross others
        self._quantized: nn.Module | None = None  # the splitter with int8 weights

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int | None = None) -> Iterator[Doc]:
        """Documents parsed in pools of ``POOL_WORDS`` words, whatever spaCy's ``batch_size`` (a count of
        documents, best small for the components before): the more sentences sorted by length, the less padding."""
        pool: list[Doc] = []
        words = 0
        for doc in docs:
            pool.append(doc)
            words += len(doc)
            if words >= POOL_WORDS:
                self.annotate(pool)
                yield from pool
                pool, words = [], 0
        self.annotate(pool)
        yield from pool

    def annotate(self, docs: list[Doc]) -> None:
        docs = [doc for doc in docs if len(doc)]
        if not docs:
            return
        network, splitter = self._running()
        features = {id(doc): self.features(doc) for doc in docs}
        spaces = {id(doc): doc.to_array(IS_SPACE).astype(bool) for doc in docs}
        with torch.no_grad():
            for doc in docs:
                self._split(doc, splitter, *features[id(doc)][:2], spaces[id(doc)])
            sentences = [(doc, start, end) for doc in docs for start, end in bounds(doc)]
            spans = [(doc, start + np.flatnonzero(~spaces[id(doc)][start:end])) for doc, start, end in sentences]
            trees = iter(self.parse(network, [span for span in spans if len(span[1])], features))
        strings = docs[0].vocab.strings
        label_ids = np.array([strings.add(label) for label in [*self.labels, "ROOT", "dep"]], dtype="uint64")
        arrays = {id(doc): (np.arange(len(doc)), np.full(len(doc), label_ids[-1])) for doc in docs}
        for (doc, start, end), (_, words) in zip(sentences, spans):
            heads, deps = arrays[id(doc)]
            if not len(words):  # nothing but spaces: they hang from the first
                heads[start:end], deps[start] = start, label_ids[-2]
                continue
            head, label = next(trees)
            heads[words] = np.where(head == 0, words, words[head - 1])
            deps[words] = np.where(head == 0, label_ids[-2], label_ids[label])
            # A space hangs from the word before it, or from the first word ("dep", as spaCy's parser has it).
            between = start + np.flatnonzero(spaces[id(doc)][start:end])
            heads[between] = words[np.maximum(np.searchsorted(words, between) - 1, 0)]
        for doc in docs:
            heads, deps = arrays[id(doc)]
            relative = (heads - np.arange(len(doc))).astype("int64").astype("uint64")
            doc.from_array([HEAD, DEP], np.stack([relative, deps], 1))

    def features(self, doc: Doc) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Each token's tok2vec row, word vector (zeros when it has none) and UPOS index."""
        if doc.tensor is None or doc.tensor.shape != (len(doc), WIDTH):
            raise ValueError(f"{self.name} needs the tok2vec's {WIDTH} columns in doc.tensor; put it after tok2vec")
        vectors = doc.vocab.vectors
        found = vectors.find(keys=doc.to_array(ORTH))
        table = np.where((found >= 0)[:, None], vectors.data[np.maximum(found, 0)], 0.0).astype("float32")
        upos = torch.from_numpy(self._upos_index[doc.to_array(POS).astype("int64")])
        return torch.from_numpy(np.asarray(doc.tensor, dtype="float32")), torch.from_numpy(table), upos

    def _split(self, doc: Doc, splitter: nn.Module, rows: torch.Tensor, vectors: torch.Tensor,
               spaces: np.ndarray) -> None:  # fmt: skip
        starts = doc.to_array(SENT_START).astype("int64")
        if (starts != 0).all():
            return
        newlines = np.zeros(len(doc), dtype="int64")  # how many line breaks each space holds
        newlines[spaces] = [doc[int(i)].text.count("\n") for i in np.flatnonzero(spaces)]
        marks, gap = _marks(doc), _gaps(doc, spaces)
        found = _placed(_paired(splitter(rows, vectors).softmax(-1)[:, 1].numpy(), marks), spaces, gap, marks)
        found |= _quoted_stop(doc, spaces, gap, marks)
        found[1:] |= found[:-1] & (newlines[:-1] > 0)  # a start put on a line break goes to the word after it
        predicted = np.where(found, 1, -1)
        predicted[spaces] = -1  # a space belongs to the sentence before it
        names = doc.to_array(POS) == IDS["PROPN"]
        predicted[1:][names[1:] & names[:-1]] = -1  # nor does a name break: "Foreign Minister Ahmed | Moalim Fiqi"
        predicted[_unstopped(doc, spaces)] = -1
        # A blank line ends a paragraph, and its sentence: the splitter learned from web text that has none.
        after = np.flatnonzero(newlines[:-1] >= 2) + 1
        predicted[after] = np.where(spaces[after], -1, 1)
        starts = np.where(starts == 0, predicted, starts)
        starts[0] = 1
        doc.from_array([SENT_START], starts.astype("uint64")[:, None])

    def batch(self, spans: list[Sentence], features: dict[int, tuple[torch.Tensor, ...]]) -> tuple[torch.Tensor, ...]:
        """Padded rows, vectors, UPOS and lengths of the sentences."""
        lengths = [len(words) for _, words in spans]
        rows, vectors = torch.zeros(len(spans), max(lengths), WIDTH), torch.zeros(len(spans), max(lengths), WIDTH)
        upos = torch.full((len(spans), max(lengths)), len(self.upos))
        for i, (doc, words) in enumerate(spans):
            doc_rows, doc_vectors, doc_upos = features[id(doc)]
            index = torch.from_numpy(words)
            rows[i, : len(words)] = doc_rows[index]
            vectors[i, : len(words)] = doc_vectors[index]
            upos[i, : len(words)] = doc_upos[index]
        return rows, vectors, upos, torch.tensor(lengths)

    def parse(self, network: nn.Module, spans: list[Sentence], features: dict[int, tuple[torch.Tensor, ...]],
              size: int = 256) -> list[tuple[np.ndarray, np.ndarray]]:  # fmt: skip
        """Each sentence's heads (0: the root; i: its i-th word) and label indexes, in the order given."""
        trees: list[tuple[np.ndarray, np.ndarray]] = [(np.zeros(0), np.zeros(0))] * len(spans)
        order = sorted(range(len(spans)), key=lambda i: len(spans[i][1]))  # alike lengths pad little
        for first in range(0, len(order), size):
            chosen = order[first : first + size]
            *inputs, lengths = self.batch([spans[i] for i in chosen], features)
            states = network.encode(*inputs, lengths)
            punctuation = nn.functional.pad(inputs[-1] == self._punctuation, (1, 0))
            heads = best_trees(network.arcs(states), lengths, punctuation)
            labels = network.labels(states, heads).argmax(-1)
            for row, i in enumerate(chosen):
                n = int(lengths[row])
                trees[i] = (heads[row, 1 : n + 1].numpy(), labels[row, 1 : n + 1].numpy())
        return trees

    def _running(self) -> tuple[nn.Module, nn.Module]:
        """The parser in float32 and the splitter with 8-bit weights in its matrices. Torch's dynamic int8 scales
        each batch by its own largest values: the parser, which pools the sentences of many documents, would give a
        sentence a tree that hangs on the others (10 of the 12 example articles parsed apart and together differed);
        the splitter reads one document at a time."""
        if self._quantized is None:
            self.network.eval()
            self.splitter.eval()
            with warnings.catch_warnings():  # torch 2.13 marks its int8 tensors deprecated; they work as pinned
                warnings.simplefilter("ignore", (UserWarning, DeprecationWarning))
                quantize = torch.ao.quantization.quantize_dynamic
                self._quantized = quantize(self.splitter, {nn.Linear}, dtype=torch.qint8)
        return self.network, self._quantized

    def score(self, examples: Iterable[Any], **kwargs: Any) -> dict[str, Any]:
        return parser_score(examples, **kwargs)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        state = {f"network.{k}": v for k, v in self.network.state_dict().items()}
        state |= {f"splitter.{k}": v for k, v in self.splitter.state_dict().items()}
        np.savez_compressed(path / WEIGHTS, **_packed(state))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> GraphParser:
        with np.load(Path(path) / WEIGHTS) as stored:
            state = _unpacked(dict(stored))
        self.network.load_state_dict({k[8:]: v for k, v in state.items() if k.startswith("network.")})
        self.splitter.load_state_dict({k[9:]: v for k, v in state.items() if k.startswith("splitter.")})
        self._quantized = None
        return self


def _packed(state: dict[str, torch.Tensor]) -> dict[str, np.ndarray]:
    """Matrices as int8 with a scale per row, the rest as float16: a quarter and a half of float32's size."""
    out = {}
    for key, value in state.items():
        array = value.detach().float().numpy()
        if array.ndim < 2:
            out[key] = array.astype("float16")
            continue
        rows = array.reshape(array.shape[0], -1)
        scale = np.maximum(np.abs(rows).max(1, keepdims=True), 1e-12) / 127
        out[key + ".int8"] = np.round(rows / scale).astype("int8").reshape(array.shape)
        out[key + ".scale"] = scale.astype("float32")
    return out


def _unpacked(stored: dict[str, np.ndarray]) -> dict[str, torch.Tensor]:
    out = {}
    for key, array in stored.items():
        if key.endswith(".scale"):
            continue
        if key.endswith(".int8"):
            name = key[: -len(".int8")]
            rows = array.reshape(array.shape[0], -1).astype("float32") * stored[name + ".scale"]
            out[name] = torch.from_numpy(rows.reshape(array.shape))
        else:
            out[key] = torch.from_numpy(array.astype("float32"))
    return out


@Language.factory(
    "graph_parser",
    assigns=["token.dep", "token.head", "token.is_sent_start", "doc.sents"],
    requires=["doc.tensor", "token.pos"],
    default_config={"labels": [], "upos": [], "sizes": {}},
    default_score_weights={"dep_uas": 0.5, "dep_las": 0.5, "dep_las_per_type": None, "sents_f": 0.0},
)
def make_graph_parser(nlp: Language, name: str, labels: list[str], upos: list[str],
                      sizes: dict[str, int]) -> GraphParser:  # fmt: skip
    return GraphParser(name, labels, upos, sizes)
