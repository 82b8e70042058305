"""Words the extractors share, read from a parse or from plain text: the verbs that report speech, the words that
open a question."""

from __future__ import annotations

# Verbs that report what someone said, wrote or found.
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "ask", "explain", "claim", "argue", "state", "note", "announce", "insist", "warn",
    "write", "tweet", "reply", "recall", "declare", "stress", "suggest", "acknowledge", "admit", "conclude",
    "observe", "remark", "report", "reveal", "confirm", "deny", "predict", "assert", "emphasize", "emphasise",
    "complain", "urge", "caution", "boast", "respond", "continue", "sing", "testify", "contend", "maintain",
    "demand", "quip", "shout", "exclaim", "concede", "recount", "describe", "joke", "agree", "find", "show",
})  # fmt: skip
# The words that open a question, which tells of no deed and no finding: "asked how likely she was to win", "will
# show whether the funds were misused"
QUESTION_WORDS = frozenset({"how", "why", "where", "when", "what", "which", "who", "whom", "whether"})
