"""The publication's name, as its own furniture reveals it.

Appeals, disclaimers and comment prompts name the outlet in a few set
constructions ("Support X", "X is trusted by", "other X readers", "the views of
X"). A name counts only when it appears in one of them; among those, the one
named most often wins.
"""

from __future__ import annotations

import re
from collections import Counter

_NAME = r"(?:The\s+)?[A-Z][\w&.-]*[\w](?:\s+[A-Z][\w&.-]*[\w]){0,3}"
CONSTRUCTIONS = [
    re.compile(
        rf"\b(?:[Ss]upport|[Ss]ubscribe to|[Ss]ign up (?:for|to)|[Dd]onate to|[Cc]ontribute to|[Ff]ollow|©|[Cc]opyright)"
        rf"\s+(?:the\s+)?({_NAME})"
    ),
    re.compile(rf"({_NAME})\s+(?:is|are|has|relies|depends|needs)\b"),
    re.compile(rf"({_NAME})(?:’s|'s)?\s+(?:readers|subscribers|journalism|journalists|newsroom|reporters|editors|team|(?:\w+ )?newsletter)\b"),
    re.compile(rf"\b(?:views|policies|policy|position|opinions|those)\s+of\s+(?:the\s+)?({_NAME})"),
]
NOT_NAMES = {
    "your", "our", "we", "you", "this", "that", "it", "they", "he", "she", "please", "thank", "join", "leave",
    "required", "comments", "comment", "disclaimer", "support", "related", "read", "the", "all", "any", "if",
    "us", "when", "what", "who", "why", "how", "there", "here", "every", "each", "one",
}  # fmt: skip


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.IGNORECASE).casefold()


def find_outlet(boilerplate: list[str]) -> str | None:
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for text in boilerplate:
        for pattern in CONSTRUCTIONS:
            for match in pattern.finditer(text):
                name = match.group(1).strip(" .")
                key = _key(name)
                if not key or key.split()[0] in NOT_NAMES:
                    continue
                counts[key] += 1
                # Prefer the form with "The" when the page uses it ("The Independent").
                if key not in shown or (name.startswith("The ") and not shown[key].startswith("The ")):
                    shown[key] = name
    if not counts:
        return None
    best, _ = counts.most_common(1)[0]
    return shown[best]
