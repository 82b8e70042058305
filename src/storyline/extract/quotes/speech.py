"""Who said what: direct quotes with their speakers, and reported speech from the parse.

Direct quotes are read from the text: straight or curly marks, a quote carried
over paragraphs (each opens with a mark, only the last closes), bracketed
insertions kept. A quote is speech when a cue names its speaker next to it
(`"…," says Oz Hassan`; `Name said: "…"`; `"…," he said`; `"…" — Deputy PM
Overchuk`) or when it continues the previous paragraph's speaker; short quoted
phrases and titles in the writer's own voice are not. Reported speech ("X said
(that) …", "according to X, …", "X told reporters …") is read from the
dependency parse.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...types import Quote
from ..inflect import verb_forms
from ..parse import NAME_PARTS, name_span

CUE_LEMMAS = {
    "say", "tell", "add", "ask", "explain", "claim", "argue", "state", "note", "announce", "insist", "warn",
    "write", "tweet", "reply", "recall", "declare", "stress", "suggest", "acknowledge", "admit", "conclude",
    "observe", "remark", "report", "reveal", "confirm", "deny", "predict", "assert", "emphasize", "emphasise",
    "complain", "urge", "caution", "boast", "respond", "continue", "sing", "testify", "contend", "maintain",
    "demand", "quip", "shout", "exclaim", "concede", "recount", "describe", "joke",
}  # fmt: skip
_CUE_FORMS = sorted(
    {form for lemma in CUE_LEMMAS for form in verb_forms(lemma)} | {"said", "told", "wrote", "sang", "telling"},
    key=len,
    reverse=True,
)
CUE = r"(?:" + "|".join(_CUE_FORMS) + r")"
# A speaker named after a quote: a pronoun, "the minister", or a capitalized name with its post.
SOURCE_AFTER = (
    r"(?P<source>(?:he|she|they|we|I|it|(?:the|a|an|one|another)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})(?:\s*\([^)]{1,30}\))?)"
)
DASH = "—–―-"
AFTER = [
    re.compile(rf"^\s*,?\s*(?P<cue>{CUE})\s+{SOURCE_AFTER}(?=[\s,.;:!?]|$)"),  # ," said Caddell
    re.compile(rf"^\s*,?\s*{SOURCE_AFTER}\s+(?:\w+ly\s+)?(?P<cue>{CUE})\b"),  # ," he said / ," Figueroa told
    re.compile(rf"^\s*[{DASH}]\s*(?P<source>[A-Z][^\n“”\".]{{1,60}}?)[\s.\xa0]*$", re.MULTILINE),  # ” — Deputy PM Overchuk
]
BEFORE = [
    re.compile(rf"(?P<source>(?:[A-Z][\w.’'-]*|he|she|they|(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,3}})"
               rf"(?:\s+[A-Z][\w.’'-]*){{0,4}}(?:\s*\([^)]{{1,30}}\))?)\s+(?:\w+ly\s+)?(?P<cue>{CUE})"
               r"(?:\s+[\w’'-]+){0,6}\s*[:,]?\s*$"),  # fmt: skip
    re.compile(r"[Aa]ccording\s+to\s+(?P<source>[^,“”\"]{2,60}),\s*$"),
]
OPENING, CLOSING = "“\"«", "”\"»"
RELATIVE = {"who", "which", "that"}
# Subjects of a speech verb that do not speak: "the fact that … suggests".
NOT_SPEAKERS = {"fact", "idea", "move", "situation", "trend", "decision", "development", "thing", "this", "there",
                "what", "which", "that", "evidence", "history", "experience"}  # fmt: skip
# Speech verbs that also lead other clauses ("continued to operate"): they cue quotes, not reported speech.
NOT_REPORTING = {"continue", "sing", "describe", "joke", "urge", "caution", "boast"}
# A speaker's words take in the post beside the name too: "the minister", "Zakharov, a research fellow".
SPEAKER_PARTS = NAME_PARTS | {"det", "appos", "nummod"}
MIN_SPEECH_WORDS = 4  # fewer quoted words without a cue are a scare quote or a title


def find_quotes(doc: Doc) -> list[Quote]:
    """Direct quotes and reported speech in a parsed document, in order, reported speech not inside a quote."""
    text = doc.text
    quotes = _direct(text)
    spans = [(q.start, q.end) for q in quotes]
    reported = [r for r in _reported(doc) if not any(s <= r.start < e or r.start <= s < r.end for s, e in spans)]
    return sorted(quotes + reported, key=lambda s: s.start)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans inside quotation marks, a quote carried over paragraphs taken as one."""
    spans = []
    i = 0
    while i < len(text):
        if text[i] not in OPENING or (text[i] == '"' and i and text[i - 1].isalnum()):
            i += 1
            continue
        close = _closing(text, i + 1)
        if close is None:
            i += 1
            continue
        spans.append((i + 1, close))
        i = close + 1
    return spans


def _closing(text: str, start: int) -> int | None:
    """Where the quote opened before ``start`` closes; across a paragraph only when the next one reopens it."""
    at = start
    while at < len(text):
        ch = text[at]
        if ch in CLOSING and (ch != '"' or at + 1 == len(text) or not text[at + 1].isalnum()):
            return at
        if ch in OPENING and ch != '"':
            return None  # a new quote opens first: this one was never closed
        if text.startswith("\n\n", at):
            resume = at + 2
            if resume < len(text) and text[resume] in OPENING:
                at = resume + 1  # the speaker goes on in the next paragraph
                continue
            return None
        at += 1
    return None


def _direct(text: str) -> list[Quote]:
    found: list[Quote] = []
    for start, end in quoted_spans(text):
        words = text[start:end].split()
        attributed = _after(text, end + 1) or _before(text, start - 1)
        if attributed:
            source_start, source_end, speaker_text = attributed
        elif found and found[-1].speaker_text and _continues(text, found[-1], start):
            source_start, source_end, speaker_text = found[-1].source_start, found[-1].source_end, found[-1].speaker_text
        elif len(words) >= MIN_SPEECH_WORDS and re.search(r"[.!?,]$", text[start:end].rstrip()) and not _title(text, start):
            source_start = source_end = speaker_text = None
        else:
            continue  # a scare quote, a quoted title or phrase in the writer's own voice
        end = len(text[:end].rstrip(" ,\xa0"))  # the comma before the closing mark belongs to the sentence
        found.append(Quote(start, end, text[start:end], True, source_start, source_end, speaker_text))
    return found


def _after(text: str, at: int) -> tuple[int, int, str] | None:
    window = text[at : at + 120].split("\n\n")[0]
    for pattern in AFTER:
        match = pattern.match(window)
        if match:
            source = _trim_source(match["source"])
            start = at + match.start("source")
            return start, start + len(source), window[: match.end()].strip(" ,—–-") if "cue" in match.groupdict() else source
    return None


def _before(text: str, at: int) -> tuple[int, int, str] | None:
    """A cue right before a quote, on its line or ending the paragraph before it ("Caddell continued:")."""
    end = len(text[:at].rstrip())
    if "\n" in text[end:at] and not text[:end].endswith(":"):
        return None  # a paragraph break stands between, and nothing announces the quote
    begin = max(text.rfind("\n", 0, end), text.rfind(". ", 0, end), end - 140) + 1
    window = text[begin:end]
    for pattern in BEFORE:
        match = pattern.search(window)
        if match:
            source = _trim_source(match["source"])
            start = begin + match.start("source")
            return start, start + len(source), window[match.start() :].strip(" :,")
    return None


def _trim_source(source: str) -> str:
    """The speaker's name without a post or clause trailing it ("Caddell, speaking of" → "Caddell")."""
    return re.split(r",|\s+(?:who|which|that|in|at|on|of)\s", source.strip())[0].strip()


def _continues(text: str, previous: Quote, start: int) -> bool:
    """Whether a quote goes on from the previous speaker: later in its paragraph, or opening the next one
    with nothing but that speaker's attribution between."""
    between = text[previous.end + 1 : start - 1]
    lines = [line.strip(" \xa0") for line in between.split("\n")]
    return len(lines) == 1 or (between.count("\n") <= 2 and sum(bool(line) for line in lines) <= 1 and not lines[-1])


def _title(text: str, start: int) -> bool:
    """A quoted title: title case from the first word, as in a list of linked articles."""
    words = text[start : text.find(CLOSING[0], start) if CLOSING[0] in text[start:] else start + 80].split()
    capitals = sum(w[:1].isupper() for w in words if len(w) > 3)
    return len(words) >= 3 and capitals >= 0.8 * sum(len(w) > 3 for w in words)


def _reported(doc: Doc) -> list[Quote]:
    found = []
    text = doc.text  # built anew on each access
    for cue in doc:
        if cue.lemma_.lower() not in CUE_LEMMAS - NOT_REPORTING or cue.pos_ != "VERB":
            continue
        content = next((c for c in cue.children if c.dep_ in ("ccomp", "parataxis")), None)
        source = _speaker(cue)
        if content is None or source is None:
            continue
        start, end = _span(content)
        who = name_span(source, SPEAKER_PARTS)
        near = abs(cue.idx - who[0]) < 80 and cue.sent == source.sent
        attribution = text[min(who[0], cue.idx) : max(who[1], cue.idx + len(cue.text))] if near else None
        found.append(Quote(start, end, text[start:end], False, who[0], who[1], attribution or text[slice(*who)]))
    found += _according_to(doc)
    return found


def _speaker(cue: Token) -> Token | None:
    """The subject of a speech verb when it can speak (not "the fact") and the verb is not inside a clause
    completing a noun; "who said" takes the person the relative clause is about."""
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subject is not None and subject.lower_ in RELATIVE and cue.dep_.startswith("acl"):
        subject = cue.head
    elif cue.dep_ == "acl":
        return None  # a clause that completes a noun ("the fact that talks … suggests") is told, not said
    if subject is None:
        return None
    return None if subject.lemma_.lower() in NOT_SPEAKERS else subject


def _span(token: Token) -> tuple[int, int]:
    """The characters a token's subtree covers, without a leading "that" or trailing punctuation."""
    tokens = [t for t in token.subtree if not t.is_punct or t.i not in (token.left_edge.i, token.right_edge.i)]
    if tokens and tokens[0].lower_ == "that" and tokens[0].dep_ in ("mark",):
        tokens = tokens[1:]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _according_to(doc: Doc) -> list[Quote]:
    """"According to X, …": X is the source and the rest of the sentence the content."""
    found = []
    for sentence in doc.sents:
        text = sentence.text
        match = re.match(r"\s*[Aa]ccording\s+to\s+([^,]{2,80}),\s*", text)
        if match:
            start = sentence.start_char
            found.append(Quote(start + match.end(), start + len(text.rstrip(" .")), text[match.end() :].rstrip(" ."),
                                False, start + match.start(1), start + match.end(1), match.group(0).strip(" ,")))  # fmt: skip
    return found
