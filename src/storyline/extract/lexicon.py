"""Words the extractors share, read from a parse or from plain text: the verbs that report speech."""

from __future__ import annotations

# Verbs that report what someone said, wrote or found.
SPEECH_VERBS = frozenset({
    "say", "tell", "add", "ask", "explain", "claim", "argue", "state", "note", "announce", "insist", "warn",
    "write", "tweet", "reply", "recall", "declare", "stress", "suggest", "acknowledge", "admit", "conclude",
    "observe", "remark", "report", "reveal", "confirm", "deny", "predict", "assert", "emphasize", "emphasise",
    "complain", "urge", "caution", "boast", "respond", "continue", "sing", "testify", "contend", "maintain",
    "demand", "quip", "shout", "exclaim", "concede", "recount", "describe", "joke", "agree", "find", "show",
})  # fmt: skip
