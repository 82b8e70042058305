"""The graph-based parser: tree decoding, its stored weights, and what it sets on a document."""

from __future__ import annotations

import itertools
import json
import random

import numpy as np
import pytest
import spacy
import torch
from spacy.tokens import Doc

from storyline.nlp import load
from storyline.nlp.evaluate import unparsed
from storyline.nlp import graph_parser
from storyline.nlp.graph_parser import GraphParser, _packed, _unpacked
from storyline.nlp.model import SHIPPED_PATH
from storyline.nlp.trees import _like_lengths, best_trees, eisner
import training.graph_parser as training_graph_parser
from training.graph_parser import PIPE_BATCH, assemble, put_in, requoted, wrapped


def _brute_force(scores: np.ndarray) -> float:
    """The best total score of any projective tree with one word on the root."""
    n = len(scores) - 1
    best = -np.inf
    for heads in itertools.product(range(n + 1), repeat=n):
        tree = (0, *heads)
        if sum(h == 0 for h in heads) != 1 or any(tree[i] == i for i in range(1, n + 1)) or _crossing(tree):
            continue
        if all(_reaches_root(tree, i) for i in range(1, n + 1)):
            best = max(best, sum(scores[i, tree[i]] for i in range(1, n + 1)))
    return best


def _crossing(tree: tuple[int, ...]) -> bool:
    arcs = [(min(i, h), max(i, h)) for i, h in enumerate(tree) if i]
    return any(a < c < b < d for a, b in arcs for c, d in arcs)


def _reaches_root(tree: tuple[int, ...], word: int) -> bool:
    seen = set()
    while word and word not in seen:
        seen.add(word)
        word = tree[word]
    return word == 0


@pytest.mark.parametrize("seed", range(40))
def test_eisner_finds_the_best_projective_tree_with_one_root(seed):
    rng = np.random.default_rng(seed)
    n = 1 + seed % 6
    scores = rng.normal(size=(n + 1, n + 1))
    scores[:, 0] += rng.normal() * 2  # some matrices want several roots
    tree = eisner(scores[None], np.array([n]))[0]
    assert (tree[1:] == 0).sum() == 1 and all(_reaches_root(tuple(tree), i) for i in range(1, n + 1))
    assert not _crossing(tuple(tree))
    assert sum(scores[i, tree[i]] for i in range(1, n + 1)) == pytest.approx(_brute_force(scores))


def test_best_heads_stand_where_they_make_a_projective_tree_and_crossing_or_cycles_are_mended():
    tree_scores = torch.full((1, 5, 5), -5.0)
    tree_scores[0, 1, 0] = tree_scores[0, 2, 1] = tree_scores[0, 3, 1] = tree_scores[0, 4, 3] = 5.0
    cycle = torch.full((1, 5, 5), -5.0)
    cycle[0, 1, 2] = cycle[0, 2, 1] = 5.0  # words 1 and 2 each other's heads
    cycle[0, 1, 0], cycle[0, 3, 2], cycle[0, 4, 3] = 4.0, 5.0, 5.0
    crossing = torch.full((1, 5, 5), -5.0)
    crossing[0, 1, 0] = crossing[0, 3, 1] = crossing[0, 4, 1] = 5.0
    crossing[0, 2, 4], crossing[0, 2, 3] = 5.0, 4.0  # 2 -> 4 would cross 1 -> 3
    heads = best_trees(torch.cat([tree_scores, cycle, crossing]), torch.tensor([4, 4, 4]))
    assert heads.tolist() == [[0, 0, 1, 1, 3], [0, 0, 1, 2, 3], [0, 0, 3, 1, 1]]
    assert best_trees(tree_scores, torch.tensor([4])).tolist() == [[0, 0, 1, 1, 3]]  # nothing to mend
    punctuation = torch.tensor([[False, False, True, False, False]])  # word 2's arc may cross word 3's
    assert best_trees(crossing, torch.tensor([4]), punctuation).tolist() == [[0, 0, 4, 1, 1]]


def test_sentences_to_mend_are_decoded_with_others_of_like_length():
    lengths = torch.tensor([12, 5, 90, 6, 11, 40, 100, 5])
    groups = [group.tolist() for group in _like_lengths(torch.tensor([0, 1, 2, 3, 4, 6, 7]), lengths)]
    assert groups == [[1, 7, 3], [4, 0], [2, 6]]  # the longest two alone, not with the short ones


def test_padding_is_never_a_head():
    scores = torch.zeros(1, 5, 5)
    scores[0, :, 4] = 10.0  # the padded position scores best
    heads = best_trees(scores, torch.tensor([2]))
    assert heads[0, 1:3].max() <= 2


def test_stored_weights_come_back_within_a_rounding_step():
    state = {"matrix": torch.randn(8, 5), "cube": torch.randn(3, 4, 4), "bias": torch.randn(5)}
    back = _unpacked(_packed(state))
    step = state["matrix"].abs().max(1, keepdim=True).values / 127
    assert ((back["matrix"] - state["matrix"]).abs() <= step / 2 + 1e-6).all()
    assert back["cube"].shape == (3, 4, 4) and torch.allclose(back["bias"], state["bias"], atol=1e-2)


@pytest.fixture(scope="module")
def weights(tmp_path_factory):
    """A small, untrained graph parser's weights."""
    folder = tmp_path_factory.mktemp("weights")
    settings = {"labels": ["det", "nsubj", "obj", "punct"], "upos": ["DET", "NOUN", "PUNCT", "VERB"],
                "sizes": {"hidden": 8, "layers": 2, "arc": 8, "label": 4}}  # fmt: skip
    GraphParser("graph_parser", **settings).to_disk(folder)
    (folder / "settings.json").write_text(json.dumps(settings))
    return folder


@pytest.fixture(scope="module")
def nlp(weights, tmp_path_factory):
    """The shipped pipeline with that parser in place of its parser: what holds for any weights."""
    return load(str(assemble(SHIPPED_PATH, weights, tmp_path_factory.mktemp("pipeline"))))


def test_the_graph_parser_replaces_the_parser_after_the_ner(nlp):
    assert nlp.pipe_names == ["tok2vec", "tagger", "morphologizer", "trainable_lemmatizer", "ner", "pos_repairs",
                              "graph_parser"]


def test_a_pipeline_given_the_graph_parser_runs_small_batches_and_stores_them(weights, tmp_path):
    blank = spacy.blank("en")  # spaCy's default: a thousand documents a batch
    put_in(blank, weights).to_disk(tmp_path)
    assert blank.batch_size == spacy.load(tmp_path).batch_size == PIPE_BATCH < 100


def test_every_sentence_is_one_tree_and_spaces_start_none(nlp):
    doc = nlp("The ministers met in Ankara on Monday. They signed nothing, officials said.\n\nTalks resume in May")
    labels = set(nlp.get_pipe("graph_parser").labels) | {"ROOT", "dep"}
    space = next(t for t in doc if t.is_space)
    assert (space.dep_, space.head.text) == ("dep", ".")  # the word before it
    for sent in doc.sents:
        assert [t.dep_ for t in sent].count("ROOT") == 1 and not sent[0].is_space
        assert all(sent.start <= t.head.i < sent.end for t in sent) and {t.dep_ for t in sent} <= labels
        tree = (0, *(0 if t.dep_ == "ROOT" else t.head.i - sent.start + 1 for t in sent))
        assert all(_reaches_root(tree, i) for i in range(1, len(tree)))


def test_a_blank_line_ends_a_sentence_whatever_the_splitter_says(nlp):
    doc = nlp('O\'Neill said, "I will not go into that."\n\nPolice said a second bomb was found.\nIt was')
    assert "Police" in [s[0].text for s in doc.sents]
    assert not any(s[0].is_space for s in doc.sents)


def test_a_name_never_breaks_into_two_sentences(nlp):
    doc = nlp("Somali Foreign Minister Ahmed Moalim Fiqi said his country would not accept the talks.")
    assert not any(t.is_sent_start and t.pos_ == "PROPN" and doc[t.i - 1].pos_ == "PROPN" for t in doc[1:])


@pytest.mark.parametrize("text", [
    "President Lena Marsh Thursday condemned the shelling of two clinics and promised an inquiry.",
    "The insurer earned $4.2 million, or $1.37 a share, a year earlier, on sales of $61 million.",
    "Senator Ann Roe (D-Ore.) called the bill “a gift to lobbyists” on Tuesday.",
])
def test_a_lowercase_word_a_sum_or_an_opening_mark_starts_a_sentence_only_after_a_stop(nlp, text):
    assert not any(t.is_sent_start and (t.text[0].islower() or t.text[0] in "$(“") for t in nlp(text)[1:])


def test_a_lowercase_word_may_start_one_after_a_line_break(nlp):
    assert "three" in [s[0].text for s in nlp("Storm hits the coast\n\nthree ferries were sunk on Sunday.").sents]


def test_a_start_put_on_a_line_break_goes_to_the_word_after_it(nlp):
    doc = nlp.make_doc("The talks ended.\nPolice said nothing.")
    spaces = np.array([t.is_space for t in doc])

    def on_spaces(rows, vectors):  # a splitter that puts every start on the line break, as the trained one may
        return torch.tensor([[0.0, 1.0] if space else [1.0, 0.0] for space in spaces])

    nlp.get_pipe("graph_parser")._split(doc, on_spaces, torch.zeros(0), torch.zeros(0), spaces)
    assert [s[0].text for s in doc.sents] == ["The", "Police"]


def _split_at(nlp, text: str, starts: set[str]) -> list[str]:
    """The sentences of ``text`` as ``_split`` leaves them when the network puts a start on each token of ``starts``."""
    doc = nlp.make_doc(text)
    spaces = np.array([t.is_space for t in doc])

    def chosen(rows, vectors):  # sure of each token, as the trained network mostly is
        return torch.tensor([[0.0, 5.0] if t.text in starts else [5.0, 0.0] for t in doc])

    nlp.get_pipe("graph_parser")._split(doc, chosen, torch.zeros(0), torch.zeros(0), spaces)
    return [s.text for s in doc.sents]


@pytest.mark.parametrize("text, starts, sentences", [
    ("The mayor ran on “Less Talk.” He cut fares.", {"”"}, ["The mayor ran on “Less Talk.”", "He cut fares."]),
    ("It ended.'' Then he left.", {"''"}, ["It ended.''", "Then he left."]),
    ('The clerk left. "Nobody did wrong," he said.', {"Nobody"}, ["The clerk left.", '"Nobody did wrong," he said.']),
    ("He sat down. ``Enough,'' he said.", {"Enough"}, ["He sat down.", "``Enough,'' he said."]),
])  # fmt: skip
def test_a_start_beside_a_quotation_mark_goes_to_the_side_its_spacing_gives(nlp, text, starts, sentences):
    assert _split_at(nlp, text, starts) == sentences


@pytest.mark.parametrize("chances, sentences", [
    ({'"': 0.24, "But": 0.43}, ["Who works at the Institute for Coastal Studies?", '"But none of it is working."']),
    ({'"': 0.2, "But": 0.2}, ['Who works at the Institute for Coastal Studies? "But none of it is working."']),
])  # fmt: skip
def test_a_quotation_mark_and_the_word_after_it_share_the_chance_of_a_start(nlp, chances, sentences):
    # the network may share a start out between an opening mark and its word, neither over even on its own
    doc = nlp.make_doc('Who works at the Institute for Coastal Studies? "But none of it is working."')
    spaces = np.array([t.is_space for t in doc])
    logit = {text: float(np.log(p / (1 - p))) for text, p in chances.items()}

    def shared(rows, vectors):
        return torch.tensor([[0.0, logit.get(t.text, -9.0) if t.i else 9.0] for t in doc])

    nlp.get_pipe("graph_parser")._split(doc, shared, torch.zeros(0), torch.zeros(0), spaces)
    assert [s.text for s in doc.sents] == sentences


@pytest.mark.parametrize("text, sentences", [
    ('She said it was over." Mr. Hale left.', ['She said it was over."', "Mr. Hale left."]),
    ('He left.  "Mr. Hale is gone," she said.', ["He left.  ", '"Mr. Hale is gone," she said.']),
    # a stop kept in an initial ends nothing
    ('Rep. Ann C. "Annie" Hale spoke.', ['Rep. Ann C. "Annie" Hale spoke.']),
])  # fmt: skip
def test_a_full_stop_beside_a_quotation_mark_and_a_capital_ends_a_sentence_whatever_the_network_says(
    nlp, text, sentences
):
    assert _split_at(nlp, text, set()) == sentences


def test_wrapped_breaks_lines_past_the_width_and_keeps_every_offset():
    assert wrapped("one two three four", width=7) == "one two\nthree four"
    assert wrapped("a\nbb cc dd", width=4) == "a\nbb cc\ndd"


def test_requoted_types_straight_marks_in_another_style_and_moves_the_starts():
    text, starts = requoted('He said: "We won." Then ("Go")', [0, 19], "``", "''")
    assert text == "He said: ``We won.'' Then (``Go'')" and text[starts[1] :].startswith("Then")
    assert requoted('A "b" c', [0, 6], "“", "”") == ("A “b” c", [0, 6])


def test_titled_gives_a_share_of_people_a_title_with_no_stop(monkeypatch):
    sentences = [(["Talks", "with", "Ali", "Kaya", "ended"], ["O", "O", "B-PER", "I-PER", "O"])]
    monkeypatch.setattr(training_graph_parser, "TITLED_SHARE", 1.0)
    [words] = training_graph_parser._titled(sentences, random.Random(0))
    assert words[2] in training_graph_parser.TITLES
    assert words[:2] + words[3:] == ["Talks", "with", "Ali", "Kaya", "ended"]
    monkeypatch.setattr(training_graph_parser, "TITLED_SHARE", 0.0)
    assert training_graph_parser._titled(sentences, random.Random(0)) == [sentences[0][0]]


def test_given_sentence_starts_stand(nlp):
    gold = Doc(nlp.vocab, words="He said no . Then he left".split())
    assert len(list(nlp(unparsed(gold, given_sentence=True)).sents)) == 1
    starts = [True, False, False, False, True, False, False]
    doc = nlp(Doc(nlp.vocab, words="He said no . Then he left".split(), sent_starts=starts))
    assert [len(s) for s in doc.sents] == [4, 3]


def test_documents_are_parsed_in_pools_of_words_whatever_spacys_batch_size(nlp, monkeypatch):
    pools = []
    parser = nlp.get_pipe("graph_parser")
    monkeypatch.setattr(parser, "annotate", lambda docs: pools.append(len(docs)))
    monkeypatch.setattr(graph_parser, "POOL_WORDS", 12)
    docs = [Doc(nlp.vocab, words=["Talks", "resumed", "in", "May", "."]) for _ in range(7)]
    assert len(list(parser.pipe(docs, batch_size=1))) == 7
    assert pools == [3, 3, 1]  # sentences of three documents sorted by length together, not one at a time


def test_it_needs_the_tok2vec_before_it(nlp):
    with pytest.raises(ValueError, match="put it after tok2vec"):
        nlp.get_pipe("graph_parser")(Doc(nlp.vocab, words=["Talks", "resumed"]))


def test_plain_spacy_load_reads_it(nlp, tmp_path):
    nlp.to_disk(tmp_path / "copy")
    assert spacy.load(tmp_path / "copy")("Ethiopia signed the deal.").has_annotation("DEP")
