"""Near-duplicate and syndicated copies: MinHash signatures of word shingles, found through LSH.

A wire story republished by several outlets, trimmed or retitled, is one source
when sources are counted.
"""

from __future__ import annotations

import re

from datasketch import MinHash, MinHashLSH

SHINGLE = 5  # words per shingle: long enough that two reports of one story in their own words rarely share many
PERMUTATIONS = 128
THRESHOLD = 0.5  # estimated Jaccard similarity from which one text copies another (a copy cut by half still is)


def find_copies(texts: list[tuple[str, str]]) -> dict[str, tuple[str, float]]:
    """Each copy's id → (the earliest text it repeats, their estimated similarity), from (id, text) oldest first."""
    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=PERMUTATIONS)
    signatures: dict[str, MinHash] = {}
    copies: dict[str, tuple[str, float]] = {}
    for doc, text in texts:
        signature = _signature(text)
        similar = [(signature.jaccard(signatures[m]), m) for m in lsh.query(signature)]
        similar = [(sim, m) for sim, m in similar if sim >= THRESHOLD]
        if similar:
            sim, match = max(similar, key=lambda s: (s[0], s[1] not in copies))
            copies[doc] = (copies[match][0] if match in copies else match, round(sim, 3))
        if doc not in signatures:
            lsh.insert(doc, signature)
            signatures[doc] = signature
    return copies


def shingles(text: str) -> set[str]:
    """The text's runs of ``SHINGLE`` words, lowercased: what copies share."""
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}


def _signature(text: str) -> MinHash:
    signature = MinHash(num_perm=PERMUTATIONS)
    signature.update_batch([s.encode() for s in shingles(text)])
    return signature
