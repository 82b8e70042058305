"""The best dependency tree of each sentence, from a graph parser's arc scores.

Row i of a sentence's scores holds word i's score for each head j, position 0
being the root. Most sentences' best heads already form a projective tree with
one root; the others are decoded by Eisner's algorithm with one word on the
root. Projective decoding suits English, whose trees seldom cross: on EWT dev
it read LAS 0.8556 against 0.8552 for Chu-Liu-Edmonds, which allows crossing
arcs ("its memorandum … remained valid, a day after Ethiopia and Somalia
agreed" made "memorandum" a subject of "agreed").
"""

from __future__ import annotations

import math

import numpy as np
import torch

EISNER_GROUP = 16  # sentences decoded together, at most
LIKE_LENGTH = 1.25  # and the longest of them at most this much longer than the shortest
_LEFT, _RIGHT = 0, 1  # a span headed at its last word, or at its first

def best_trees(scores: torch.Tensor, lengths: torch.Tensor, punctuation: torch.Tensor | None = None) -> torch.Tensor:
    """Heads of shape (batch, n + 1) for padded scores of shape (batch, n + 1, n + 1); 0 is the root.

    Arcs to words marked in ``punctuation`` (batch, n + 1) may cross others: such a tree stands as it is.
    """
    size = scores.size(1)
    valid = torch.arange(size)[None, :] <= lengths[:, None]
    scores = scores.masked_fill(~valid[:, None, :] | torch.eye(size, dtype=torch.bool), -math.inf)
    heads = scores.argmax(-1).masked_fill(~valid, 0)
    heads[:, 0] = 0
    arcs = valid if punctuation is None else valid & ~punctuation
    mend = torch.nonzero(~(_are_trees(heads, valid) & _projective(heads, arcs))).flatten()
    for group in _like_lengths(mend, lengths):
        n = int(lengths[group].max()) + 1
        # a padded row has no head to choose: its log-probabilities are all NaN, and no span of the words uses it;
        # -inf stays -inf, where float32's lowest number would overflow in Eisner's sums
        chances = torch.log_softmax(scores[group, :n, :n], -1).nan_to_num(nan=-math.inf, neginf=-math.inf)
        heads[group, :n] = torch.from_numpy(eisner(chances.numpy(), lengths[group].numpy()))
    return heads


def _like_lengths(rows: torch.Tensor, lengths: torch.Tensor) -> list[torch.Tensor]:
    """``rows`` in groups of like length: Eisner's work grows with the cube of the longest in a group, so one
    long sentence among short ones would cost as much as all of them at its length."""
    sizes = lengths.tolist()
    groups: list[list[int]] = []
    for row in sorted(rows.tolist(), key=sizes.__getitem__):
        if not groups or len(groups[-1]) == EISNER_GROUP or sizes[row] > LIKE_LENGTH * sizes[groups[-1][0]]:
            groups.append([])
        groups[-1].append(row)
    return [torch.tensor(group) for group in groups]


def _are_trees(heads: torch.Tensor, valid: torch.Tensor) -> torch.Tensor:
    """Whether each row's heads reach the root from every word (by pointer doubling) through one root."""
    one_root = ((heads[:, 1:] == 0) & valid[:, 1:]).sum(1) == 1
    reach = heads
    for _ in range(max(1, math.ceil(math.log2(heads.size(1)))) + 1):
        reach = reach.gather(1, reach)
    return one_root & (reach == 0).all(1)


def _projective(heads: torch.Tensor, arcs: torch.Tensor) -> torch.Tensor:
    """Whether no two of a row's ``arcs`` (a mask of their dependents) cross: one starts strictly inside the
    other and ends outside it."""
    words = torch.arange(heads.size(1))[None, :].expand_as(heads)
    low, high = torch.minimum(words, heads), torch.maximum(words, heads)
    live = arcs.clone()
    live[:, 0] = False
    crossing = (low[:, :, None] < low[:, None, :]) & (low[:, None, :] < high[:, :, None])
    crossing &= (high[:, :, None] < high[:, None, :]) & live[:, :, None] & live[:, None, :]
    return ~crossing.flatten(1).any(1)


def eisner(scores: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The highest-scoring projective tree with one word on the root of each sentence of a padded batch;
    ``scores[b, i, j]`` is word i's score for head j, and ``lengths[b]`` the sentence's number of words.

    Spans of words s..t are built from shorter ones, all spans of one length in every sentence at once. Complete
    spans are headed at t (``_LEFT``) or at s (``_RIGHT``); incomplete ones hold the arc between s and t. Each table
    is kept by (start, length) and by (end, length), so that the spans a longer one is made of are slices, not
    gathers. The root then takes the word whose two complete spans cover the sentence.
    """
    batch, size = scores.shape[:2]
    arc = scores.transpose(0, 2, 1).astype(np.float32)  # arc[b, h, d]: head h, dependent d
    # each [complete, incomplete][_LEFT, _RIGHT]; float32, as the scores come, sums half as much memory
    by_start, by_end = np.full((2, 2, 2, batch, size, size), -np.inf, dtype=np.float32)
    by_start[0, :, :, :, 0] = by_end[0, :, :, :, 0] = 0.0
    splits = np.zeros((3, batch, size, size), dtype=np.int64)  # complete left, complete right, incomplete; by start
    for k in range(1, size - 1):
        s, t = slice(1, size - k), slice(1 + k, size)
        starts = np.arange(1, size - k)[None, :]
        joined = by_start[0, _RIGHT, :, s, :k] + by_end[0, _LEFT, :, t, k - 1 :: -1]
        best = joined.argmax(2)
        top = _picked(joined, best)
        splits[2, :, s, k] = starts + best
        by_start[1, _LEFT, :, s, k] = by_end[1, _LEFT, :, t, k] = top + np.diagonal(arc, -k, 1, 2)[:, 1:]
        by_start[1, _RIGHT, :, s, k] = by_end[1, _RIGHT, :, t, k] = top + np.diagonal(arc, k, 1, 2)[:, 1:]
        left = by_start[0, _LEFT, :, s, :k] + by_end[1, _LEFT, :, t, k:0:-1]  # split at s + j, j < k
        right = by_start[1, _RIGHT, :, s, 1 : k + 1] + by_end[0, _RIGHT, :, t, k - 1 :: -1]  # at s + j, 0 < j <= k
        for side, spans, first in ((_LEFT, left, 0), (_RIGHT, right, 1)):
            pick = spans.argmax(2)
            splits[side, :, s, k] = starts + pick + first
            by_start[0, side, :, s, k] = by_end[0, side, :, t, k] = _picked(spans, pick)
    heads = np.zeros((batch, size), dtype=np.int64)
    for b, n in enumerate(lengths.tolist()):
        words = np.arange(1, n + 1)
        rooted = by_start[0, _LEFT, b, 1, words - 1] + by_start[0, _RIGHT, b, words, n - words] + arc[b, 0, words]
        _backtrack(heads[b], splits[:, b], int(words[rooted.argmax()]), n)
    return heads


def _picked(values: np.ndarray, index: np.ndarray) -> np.ndarray:
    """``values[b, i, index[b, i]]`` for every b and i."""
    return np.take_along_axis(values, index[..., None], 2)[..., 0]


def _backtrack(heads: np.ndarray, splits: np.ndarray, root: int, n: int) -> None:
    """Write into ``heads`` the arcs of the spans Eisner's tables chose under the root's word."""
    spans = [(1, root, _LEFT, True), (root, n, _RIGHT, True)]
    while spans:
        s, t, side, whole = spans.pop()
        if s == t:
            continue
        r = splits[side if whole else 2, s, t - s]
        if whole:
            spans += [(s, r, _LEFT, True), (r, t, _LEFT, False)] if side == _LEFT else [
                (s, r, _RIGHT, False), (r, t, _RIGHT, True)]
        else:
            if side == _LEFT:
                heads[s] = t
            else:
                heads[t] = s
            spans += [(s, r, _RIGHT, True), (r + 1, t, _LEFT, True)]
