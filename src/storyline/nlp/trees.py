"""The best dependency tree of each sentence, from a graph parser's arc scores.

Row i of a sentence's scores holds word i's score for each head j, position 0
being the root. Most sentences' best heads already form a tree with one root;
the others are decoded by Chu-Liu-Edmonds with the one-root constraint, as in
Dozat and Manning's parser.
"""

from __future__ import annotations

import math

import numpy as np
import torch


def best_trees(scores: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
    """Heads of shape (batch, n + 1) for padded scores of shape (batch, n + 1, n + 1); 0 is the root."""
    size = scores.size(1)
    valid = torch.arange(size)[None, :] <= lengths[:, None]
    scores = scores.masked_fill(~valid[:, None, :] | torch.eye(size, dtype=torch.bool), -math.inf)
    heads = scores.argmax(-1).masked_fill(~valid, 0)
    heads[:, 0] = 0
    for i in torch.nonzero(~_are_trees(heads, valid)).flatten().tolist():
        n = int(lengths[i]) + 1
        heads[i, :n] = torch.from_numpy(mst(torch.log_softmax(scores[i, :n, :n], -1).numpy()))
    return heads


def _are_trees(heads: torch.Tensor, valid: torch.Tensor) -> torch.Tensor:
    """Whether each row's heads reach the root from every word (by pointer doubling) through one root."""
    one_root = ((heads[:, 1:] == 0) & valid[:, 1:]).sum(1) == 1
    reach = heads
    for _ in range(max(1, math.ceil(math.log2(heads.size(1)))) + 1):
        reach = reach.gather(1, reach)
    return one_root & (reach == 0).all(1)


def mst(scores: np.ndarray) -> np.ndarray:
    """The highest-scoring tree with one word on the root; scores[i, j] is word i's score for head j."""
    scores = scores.astype(np.float64)
    tree = _chu_liu_edmonds(scores.copy())
    roots = np.flatnonzero(tree[1:] == 0) + 1
    if len(roots) == 1:
        return tree
    best, best_tree = -np.inf, tree
    for root in roots:
        only = scores.copy()
        only[1:, 0] = -np.inf
        only[root] = -np.inf
        only[root, 0] = scores[root, 0]
        candidate = _chu_liu_edmonds(only.copy())
        total = only[np.arange(1, len(only)), candidate[1:]].sum()
        if total > best:
            best, best_tree = total, candidate
    return best_tree


def _chu_liu_edmonds(scores: np.ndarray) -> np.ndarray:
    np.fill_diagonal(scores, -np.inf)
    scores[0] = -np.inf
    scores[0, 0] = 0
    tree = scores.argmax(1)
    cycle = _cycle(tree)
    if cycle is None:
        return tree
    inside, outside = np.flatnonzero(cycle), np.flatnonzero(~cycle)
    kept = scores[cycle, tree[cycle]]
    # Entering the cycle at word c from outside word o breaks c's arc inside it.
    entering = scores[cycle][:, ~cycle] - kept[:, None] + kept.sum()
    leaving = scores[~cycle][:, cycle]
    enter_at, leave_from = entering.argmax(0), leaving.argmax(1)
    contracted = np.pad(scores[~cycle][:, ~cycle], ((0, 1), (0, 1)), constant_values=-np.inf)
    contracted[-1, :-1] = entering[enter_at, np.arange(len(outside))]
    contracted[:-1, -1] = leaving[np.arange(len(outside)), leave_from]
    sub = _chu_liu_edmonds(contracted)
    new = tree.copy()
    to_outside = sub[:-1] < len(outside)
    new[outside[to_outside]] = outside[sub[:-1][to_outside]]
    new[outside[~to_outside]] = inside[leave_from[~to_outside]]
    new[inside[enter_at[sub[-1]]]] = outside[sub[-1]]
    return new


def _cycle(tree: np.ndarray) -> np.ndarray | None:
    """A mask of the words on one cycle of ``tree`` (heads by index), or None when it has none."""
    state = np.zeros(len(tree), dtype=np.int8)  # 0 unseen, 1 on the current path, 2 done
    for start in range(1, len(tree)):
        path, node = [], start
        while node != 0 and state[node] == 0:
            state[node] = 1
            path.append(node)
            node = tree[node]
        if node != 0 and state[node] == 1:
            cycle = np.zeros(len(tree), dtype=bool)
            cycle[path[path.index(node):]] = True
            return cycle
        state[path] = 2
    return None
