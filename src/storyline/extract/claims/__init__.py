"""Across sources: statements of fact become claims, linked across documents by meaning, gated by actors,
event types and dates; claims that conflict are contested, and those a later statement changes are superseded.

Near-duplicate copies count once when a claim's outlets are counted: a claim is
corroborated when two or more independent outlets make it.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator

import numpy as np

from ...clean.blocks import BULLET
from ...types import Claim, Place, Statement
from ..time.when import point
from .copies import find_copies
from .embed import embed, key
from .relate import FLOOR, INVERSE, SAME, relation
from .statements import find_statements

__all__ = ["embed", "find_copies", "find_statements", "key", "link_claims"]

BLOCK = 1024  # rows of the similarity matrix computed at once, so memory stays flat on large stores
ORDER = {"contested": 0, "superseded": 1, "corroborated": 2, "single-source": 3}


def link_claims(
    statements: list[Statement], vectors: np.ndarray, copies: dict[str, tuple[str, float]], outlets: dict[str, str | None]
) -> list[Claim]:
    """Claims from every stored statement (``vectors``: their unit-length embeddings, one row each), given the
    near-duplicate copies and each document's outlet."""
    groups = _Groups(len(statements))
    conflicts: list[tuple[int, int, str]] = []
    origin = [copies.get(s.doc, (s.doc, 1.0))[0] for s in statements]

    def related(i: int, j: int, similarity: float) -> str | None:
        if origin[i] == origin[j]:  # a copy repeats its original's sentences: the same claims, no new conflicts
            return "same" if similarity >= SAME else None
        return relation(statements[i], statements[j], similarity)

    for i, j, similarity in sorted(_close_pairs(statements, vectors), key=lambda p: -p[2]):
        found = related(i, j, similarity)
        if found != "same":
            if found:
                conflicts.append((i, j, found))
            continue
        a, b = groups.find(i), groups.find(j)
        # Each group is held to its first statement, so that a chain of close sentences cannot drift off the fact.
        if a != b and related(a, b, float(vectors[a] @ vectors[b])) == "same":
            groups.join(a, b)
    conflicts += [(i, j, "contradicts") for i, j in _disputed(statements, origin)]
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(statements)):
        members[groups.find(i)].append(i)
    claims = {root: _claim([statements[i] for i in indices]) for root, indices in members.items()}
    for i, j, found in conflicts:  # statement to statement, lifted to their claims, both ways
        a, b = claims[groups.find(i)], claims[groups.find(j)]
        if a is not b:
            _relate(a, b.id, found)
            _relate(b, a.id, INVERSE[found])
    for claim in claims.values():
        claim.status = _status(claim, copies, outlets)
    return sorted(claims.values(), key=lambda c: (ORDER[c.status], -len(c.sources), c.id))


def _close_pairs(statements: list[Statement], vectors: np.ndarray) -> Iterator[tuple[int, int, float]]:
    """(i, j, similarity) for statements of different documents close enough in meaning to compare."""
    for top in range(0, len(statements), BLOCK):
        similarity = vectors[top : top + BLOCK] @ vectors.T
        for row, j in zip(*np.nonzero(similarity >= FLOOR)):
            i = top + int(row)
            if i < j and statements[i].doc != statements[j].doc:
                yield i, int(j), float(similarity[row, j])


def _disputed(statements: list[Statement], origin: list[str]) -> Iterator[tuple[int, int]]:
    """Statements from different sources that name an agreement alike and say it holds and that it does not, about
    actors in common, however far apart their words are ("its memorandum … remained valid", "described the
    memorandum as null and void")."""
    said: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(statements):
        if statement.holds:
            said[statement.holds[0]].append(i)
    for indices in said.values():
        for n, i in enumerate(indices):
            for j in indices[n + 1 :]:
                first, second = statements[i], statements[j]
                if (origin[i] != origin[j] and first.holds != second.holds
                        and set(first.actors) & set(second.actors)):  # fmt: skip
                    yield i, j


def _claim(statements: list[Statement]) -> Claim:
    # The earliest statement names the claim, a sentence of prose before an item of a dated list.
    ordered = sorted(statements, key=lambda s: (bool(BULLET.match(s.text)), s.time or "9999", s.doc, s.start))
    evidence = [Place(s.doc, s.start, s.end, s.text) for s in ordered]
    first = ordered[0]
    claim_id = "c" + hashlib.sha1(f"{first.doc}:{first.start}:{first.end}".encode()).hexdigest()[:10]
    claim = Claim(claim_id, " ".join(first.text.split()), "single-source", sorted({s.doc for s in ordered}), evidence)
    # the fact holds when the first statement that dates it in its own words says, not on its documents' days
    dated = next((s for s in ordered if s.when), None)
    if dated is not None:
        claim.when_value, claim.when_precision = point(dated.when)
        claim.when_text = dated.time_text
    return claim


def _relate(claim: Claim, other: str, how: str) -> None:
    if (other, how) not in claim.related:
        claim.related.append((other, how))


def _status(claim: Claim, copies: dict[str, tuple[str, float]], outlets: dict[str, str | None]) -> str:
    relations = {how for _, how in claim.related}
    if "superseded-by" in relations:
        return "superseded"
    if "contradicts" in relations:
        return "contested"
    return "corroborated" if len(independent(claim.sources, copies, outlets)) >= 2 else "single-source"


def independent(docs: list[str], copies: dict[str, tuple[str, float]], outlets: dict[str, str | None]) -> set[str]:
    """The independent sources among ``docs``: a copy counts as its original, and one outlet counts once."""
    originals = {copies.get(doc, (doc, 1.0))[0] for doc in docs}
    return {(outlets.get(doc) or doc).casefold() for doc in originals}


class _Groups:
    """Union-find over statement indices: statements of one fact end in one group."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)
