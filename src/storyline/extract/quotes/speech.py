"""Who said what: direct quotes with their speakers, and reported speech from the parse.

Direct quotes are read from the text: straight or curly marks, a quote carried
over paragraphs (each opens with a mark, only the last closes), bracketed
insertions kept. A quote is speech when a cue names its speaker next to it
(`"…," says Oz Hassan`; `Name said: "…"`; `"…," he said`; `"…" — Deputy PM
Overchuk`) or when it continues the previous paragraph's speaker; short quoted
phrases and titles in the writer's own voice are not. Reported speech ("X said
(that) …", "according to X, …", "X told reporters …") is read from the
dependency parse; a sentence that ends in its attribution ("…, says X." or
"…, X said.") from the order of its words. Quoted words inside reported speech
belong to it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from ...types import Quote
from ..inflect import forms_of
from ..lexicon import QUESTION_WORDS, SPEECH_VERBS
from ..parse import (
    NAME_PARTS, RELATIVE, denied, marker, name_span, of_time, particle, preposition, subject_of, text_of,
)  # fmt: skip

_CUE_FORMS = sorted(
    forms_of(SPEECH_VERBS) | {"said", "told", "wrote", "sang", "telling"},
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
    re.compile(rf"(?P<source>\b(?:[A-Z][\w.’'-]*|he|she|they|(?:the|a|an)\s+[\w’'-]+(?:\s+[\w’'-]+){{0,3}})"
               rf"(?:\s+[A-Z][\w.’'-]*){{0,4}}(?:\s*\([^)]{{1,30}}\))?)\s+(?:\w+ly\s+)?(?P<cue>{CUE})"
               r"(?:\s+[\w’'-]+){0,6}\s*[:,]?\s*$"),  # fmt: skip
    re.compile(r"[Aa]ccording\s+to\s+(?P<source>[^,“”\"]{2,60}),\s*$"),
]
OPENING, CLOSING = "“\"«", "”\"»"
MARKS = (*OPENING, *CLOSING, "``", "''")  # the last two: quotation marks typed as two characters
TWO_CHARACTER_MARKS = re.compile(r"``|''")
# Subjects of a speech verb that do not speak: "the fact that … suggests".
NOT_SPEAKERS = {"fact", "idea", "move", "situation", "trend", "decision", "development", "thing", "this", "there",
                "what", "which", "that", "evidence", "history", "experience"}  # fmt: skip
# Speech verbs that also lead other clauses ("continued to operate"): they cue quotes, not reported speech.
NOT_REPORTING = {"continue", "sing", "describe", "joke", "urge", "caution", "boast"}
# A speaker's words take in the post beside the name too: "the minister", "Zakharov, a research fellow".
SPEAKER_PARTS = NAME_PARTS | {"det", "appos", "nummod"}
# Verbs that attribute a finding only with a "that" clause: "a poll shows that …", "the report found that …", or,
# with a study for subject, a clause with a subject and a verb of its own ("one study found the levy would raise
# prices")
FINDINGS = {"find", "show"}
ASKING = QUESTION_WORDS | {"if"}  # what opens a question a finding may leave open: "will show if …"
STUDIES = {"study", "poll", "survey", "report", "analysis", "audit", "review", "research", "investigation", "probe",
           "census", "data"}  # fmt: skip
# Speech verbs whose object is the one spoken to ("told reporters that …"), not the start of what was said.
ADDRESSED = {"tell", "ask", "warn"}
# what a speech verb may say through: "said in a statement that …", "wrote in a letter on Monday that …"
MEANS_OF_SAYING = {"statement", "interview", "letter", "email", "post", "tweet", "release", "speech", "address",
                   "briefing", "conference", "memo", "filing", "message", "video", "broadcast", "op-ed", "column"}
POSTING = {"post"}  # what one writes online says as a speech verb does: '"It is historic," Muttaqi posted on X'
CUES = SPEECH_VERBS | POSTING
PHRASAL_SPEECH = {("point", "out")}  # speech verbs with their particle: "the auditors then pointed out that …"
# where one speaks, which the parse may take for what a "that" clause tells of: "said at an event in Denver that …"
OCCASIONS = {"event", "ceremony", "fundraiser", "dinner", "debate", "luncheon", "appearance", "stop"}
# those a speaker tells something to at once, whom the parse may take for what a "that" clause tells of: "told a
# meeting of donors that …", "told the rally that …"
AUDIENCES = {"meeting", "rally", "summit", "session", "forum", "hearing", "gathering", "assembly", "crowd", "audience",
             "conference", "briefing", "congress", "convention", "parliament"}
SPOKEN_AT = AUDIENCES | OCCASIONS
TOLD_THROUGH = MEANS_OF_SAYING | AUDIENCES  # a "that" right after one of these, hung on a speech verb, opens speech
DAYS = {"DATE", "TIME"}  # entity types of a day a parse may take for a speech verb's object ("said Tuesday")
# words after an attribution set off by commas that go on from the speaker, not from what was said: ", he said, adding"
FRAME_GOES_ON = {"and", "but", "who", "which", "adding", "saying", "though", "although", "because", "as"}
ACCORDING_BEFORE = re.compile(r"\s*[Aa]ccording\s+to\s+([^,]{2,80}),\s*")
ACCORDING_AFTER = re.compile(r"(?P<said>[^\s,][^\n]*?),\s+"
                             r"(?P<cue>according\s+to\s+(?P<source>[^,\n]{2,80}?))[.!?]?\s*$")
SENTENCE_ENDS = {".", "!", "?", ":", ";", "”", '"', "’"}
POSSESSIVE_BEFORE = re.compile(r"\w['’]s\s$")  # "NBC’s “Today”": an owner right before a quote
MIN_SPEECH_WORDS = 4  # fewer quoted words without a cue are a scare quote or a title
# How many words from a quote its speech verb may stand in its sentence: a speaker's post may run long ('"…,"
# Ruth Adler, an economist and the head of a research group in Washington, told me').
NEAR_CUE = 25


def find_quotes(doc: Doc) -> list[Quote]:
    """Direct quotes and reported speech in a parsed document, in order, reported speech not inside a quote."""
    text = text_of(doc)
    reported = _reported(doc)
    # "… beyond their “symbolic weight”, says Dr Okafor", "the mayor says a rigged count “would be a bitter
    # way to lose”": quoted words inside what was said are part of it
    quotes = [_parsed_speaker(doc, q) for q in _direct(text) if not _inside_speech(q, reported)]
    spans = [(q.start, q.end) for q in quotes]
    reported = [r for r in reported if not any(s <= r.start < e or r.start <= s < r.end for s, e in spans)]
    return sorted(quotes + reported, key=lambda s: s.start)


def _parsed_speaker(doc: Doc, quote: Quote) -> Quote:
    """A quote no pattern attributes, given the speaker of the speech verb right after it or before it in its
    sentence, as the parse reads it: '"…," IMF chief economist Ann Moyo said', 'Ann Moyo, speaking at a later
    briefing, said, "…"', 'defended the remark, saying, "…"'."""
    if quote.source_start is not None:
        return quote
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return quote
    first, last = span[0], span[-1]
    following = doc[last.i + 1 : last.i + 1 + NEAR_CUE]
    stop = next((t.i for t in following if t.is_space or t.text in (".", "!", "?")), following.end)
    after = [t for t in doc[last.i + 1 : stop] if _cue(t)][:1]
    before = [t for t in doc[max(_sentence_start(first), first.i - NEAR_CUE) : first.i] if _cue(t)][-1:]
    for cue in after + before:
        speaker = _speaker(cue)
        if speaker is not None and (speaker.i > last.i if cue.i > last.i else speaker.i < first.i):
            who = name_span(speaker, SPEAKER_PARTS)
            return replace(quote, source_start=who[0], source_end=who[1], speaker_text=_attribution(cue, who))
    return quote


def _cue(token: Token) -> bool:
    """A speech verb: one of the lexicon's, posting online, or a phrasal one ("pointed out that …")."""
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and (lemma in CUES or (lemma, particle(token)) in PHRASAL_SPEECH)


def _attribution(cue: Token, who: tuple[int, int]) -> str:
    """The words from the speaker's name to the speech verb, whichever comes first: "Zakharov says", "said Fidan"."""
    after = next((c for c in cue.children if c.dep_ == "compound:prt" and c.i == cue.i + 1), cue)  # "pointed out"
    return text_of(cue.doc)[min(who[0], cue.idx) : max(who[1], after.idx + len(after.text))]


def _inside_speech(quote: Quote, reported: list[Quote]) -> bool:
    """Whether quoted words are part of reported speech, some of the speech's own words before them (not only a
    colon: 'told reporters that: “…”' is a quote's); the stop that ends a sentence inside the marks ("… one of
    “toil and hope.”") is no word the speech must hold."""
    end = quote.start + len(quote.text.rstrip(".!?"))
    return any(r.start < quote.start and end <= r.end and any(c.isalnum() for c in r.text[: quote.start - r.start])
               for r in reported)  # fmt: skip


def one_character_marks(text: str) -> str:
    """The text with its quotation marks typed as two characters, as wire archives and some papers type them
    (``…'' and ''…''), written as one and a space, so that every offset stays: an opening mark as " “", a closing
    one as "” ". A "''" opens where a word follows it and none comes right before."""

    def one(mark: re.Match[str]) -> str:
        at, end = mark.start(), mark.end()
        follows = end < len(text) and not text[end].isspace()
        opens = mark[0] == "``" or follows and (at == 0 or text[at - 1].isspace() or text[at - 1] in "([—–-")
        return " “" if opens else "” "

    return TWO_CHARACTER_MARKS.sub(one, text)


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans inside quotation marks, a quote carried over paragraphs taken as one."""
    return _spans(one_character_marks(text))


def _spans(text: str) -> list[tuple[int, int]]:
    """``quoted_spans`` of a text whose marks are one character each."""
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
    text = one_character_marks(text)  # same offsets, so its quotes fit the document's text
    found: list[Quote] = []
    last: Quote | None = None  # the quote the next one may go on from, or a named work with the cue it came after
    for start, end in _spans(text):
        words = text[start:end].split()
        attributed = _after(text, end + 1) or _before(text, start - 1)
        if _named_work(text, start, words):
            # 'She told KBX’s “Morning Desk” the talk went well and added “a rough night lies ahead.”'
            last = Quote(start, end, text[start:end], True, *attributed) if attributed else last
            continue
        if attributed:
            source_start, source_end, speaker_text = attributed
        elif last and last.speaker_text and _continues(text, last, start):
            source_start, source_end, speaker_text = last.source_start, last.source_end, last.speaker_text
        elif len(words) >= MIN_SPEECH_WORDS and re.search(r"[.!?,]$", text[start:end].rstrip()) and not _title(text, start):
            source_start = source_end = speaker_text = None
        else:
            continue  # a scare quote, a quoted title or phrase in the writer's own voice
        end = len(text[:end].rstrip(" ,\xa0"))  # the comma before the closing mark belongs to the sentence
        found.append(Quote(start, end, text[start:end], True, source_start, source_end, speaker_text))
        last = found[-1]
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


def _named_work(text: str, start: int, words: list[str]) -> bool:
    """A name in title case quoted right after an owner: a show, a column or a book ("told NBC’s “Today”", "said on
    ABC's “This Week With …”"), not what was said. A quote that reads as words of one's own stays ("his campaign’s
    “Despite what they say, it was our best night”", "the court's “three liberal judges …”"), and so does a cry
    ("his “Look at my supporter over here!” line")."""
    if not words or words[-1][-1] in "!?" or not POSSESSIVE_BEFORE.search(text, max(0, start - 8), start - 1):
        return False
    long_words = [w.strip(".,;:!?") for w in words if len(w.strip(".,;:!?")) > 4]
    return words[0][:1].isupper() and all(w[:1].isupper() for w in long_words)


def _title(text: str, start: int) -> bool:
    """A quoted title: title case from the first word, as in a list of linked articles."""
    words = text[start : text.find(CLOSING[0], start) if CLOSING[0] in text[start:] else start + 80].split()
    capitals = sum(w[:1].isupper() for w in words if len(w) > 3)
    return len(words) >= 3 and capitals >= 0.8 * sum(len(w) > 3 for w in words)


def _reported(doc: Doc) -> list[Quote]:
    found = []
    text = text_of(doc)
    for cue in doc:
        spoken = _cue(cue)
        # a denied speech verb reports nothing: "Ethiopia did not say whether it still considered …"
        if not (spoken or _putting_it(cue)) or cue.lemma_.lower() in NOT_REPORTING or denied(cue):
            continue
        if framed := _as_frame(cue) or spoken and (_closing_frame(cue) or _parenthetical(cue)):
            found.append(framed)
            continue
        if not spoken:
            continue  # "put it" says something only in an "as" frame
        contents = [c for c in cue.children
                    if c.dep_ in ("ccomp", "parataxis") and not c.is_punct and not _framing(c, cue)]  # fmt: skip
        contents = contents or _hung_on_noun(cue) or _after_aside(cue)
        if cue.lemma_.lower() in FINDINGS:  # not "will show whether …"; "a study found the levy would …" does
            contents = [c for c in contents if c.left_edge.lower_ == "that" or _studied(cue, c)]
        content = contents[0] if contents else None
        source = _speaker(cue)
        if content is None or source is None:
            continue
        start, end = _content_span(cue, contents)
        start, end = _within_paragraph(text, cue.idx, start, end)  # the parser runs on over paragraph breaks
        if start <= cue.idx < end:
            start = _past_cue(cue, end)
        if start >= end:
            continue
        who = name_span(source, SPEAKER_PARTS)
        near = abs(cue.idx - who[0]) < 80 and cue.sent == source.sent
        attribution = _attribution(cue, who) if near else None
        found.append(Quote(start, end, text[start:end], False, who[0], who[1], attribution or text[slice(*who)]))
    found += _according_to(doc)
    return found


def _hung_on_noun(cue: Token) -> list[Token]:
    """A "that" clause the parser hung on a time, a means of saying or an audience after a speech verb, as if it
    told of that: "said last week that talks would resume", "said in a statement on Tuesday that the port would
    reopen", "told a briefing in Kabul that …", "told a meeting of donors that …", where the clause is what was
    said. Not a clause whose subject is its "that" ("told reporters last week that ended in a deal")."""
    nouns = [c for c in cue.children if c.i > cue.i and c.dep_.startswith(("obl", "nmod", "iobj", "obj"))]
    nouns += [n for noun in nouns for n in noun.children if n.dep_.startswith("nmod")]
    for noun in nouns:
        lemma = noun.lemma_.lower()
        # spoken at, not to ("replied to the governor's campaign jibe that …" tells what the jibe said)
        spoken_at = lemma in SPOKEN_AT and preposition(noun) in ("at", "during", "in", "before", "of")
        # whoever the verb tells is a listener ("told The Ledger that …"); an object only where it gathers listeners
        gathered = lemma in AUDIENCES if noun.dep_ == "obj" else lemma in MEANS_OF_SAYING or spoken_at
        told = noun.dep_ == "iobj" or gathered
        if not (of_time(noun) or told):
            continue
        for clause in noun.children:
            opening = clause.left_edge
            if clause.dep_ in ("acl", "acl:relcl") and opening.lower_ == "that" and clause.i > noun.i:
                if opening.dep_ == "mark" or _opens(clause, opening):
                    return [clause]
    return []


def _after_aside(cue: Token) -> list[Token]:
    """A "that" clause after an aside set off by commas after a speech verb, which the parse hung in the aside:
    "said, speaking to reporters in Kabul, that the deal was close", "said, citing reports, that …"."""
    doc = cue.doc
    for aside in cue.children:
        if aside.i < cue.i or aside.dep_ not in ("advcl", "obl") or doc[aside.left_edge.i].text != ",":
            continue
        for word in aside.subtree:
            clause = word.head
            if word.lower_ == "that" and word.dep_ == "mark" and doc[word.i - 1].text == "," and clause.i > word.i:
                return [clause] if clause.i != aside.i and _subject_besides(clause, word) else []
    return []


def _past_cue(cue: Token, end: int) -> int:
    """Where what was said starts after its own speech verb, which the parse took into it ("During his years in
    office, Obama said, the economy grew"); nowhere (``end``) when a quotation mark opens it: '” he said, “you now
    have …' is a quote's."""
    doc = cue.doc
    rest = next((t for t in doc[cue.i + 1 :] if not (t.is_punct or t.is_space)), None)
    if rest is None or rest.idx >= end or _quoted(text_of(doc)[cue.idx : rest.idx]):
        return end
    return rest.idx


def _quoted(text: str) -> bool:
    return any(mark in text for mark in MARKS)


def _framing(content: Token, cue: Token) -> bool:
    """Whether a complement before the speech verb only frames it: a phrase that opens on a preposition with no
    subject of its own ("During his years in office, Obama said …") or around a "what" ("In what both sides called
    the Ankara Declaration, the leaders said they would …"); not "Beyond that, she has other goals, he added"."""
    opening = content.left_edge
    if content.i > cue.i or opening.pos_ != "ADP":
        return False
    subject = any(c.dep_.startswith(("nsubj", "csubj")) for c in content.children)
    return not subject or opening.head.lower_ in ("what", "whatever", "which")


def _content_span(cue: Token, contents: list[Token]) -> tuple[int, int]:
    """What a speech verb's complements cover on the side of its first. "Says the first move towards closer
    ties would be for Kenya to lift …" is one clause the parser may split into an object and one or two
    complements; a verb that names whom it addresses ("told reporters") keeps its object out."""
    after = contents[0].i > cue.i
    parts = [c for c in contents if (c.i > cue.i) == after]
    if after and cue.lemma_.lower() not in ADDRESSED:
        parts += [c for c in cue.children if c.dep_ == "obj" and cue.i < c.i < contents[0].i]
    return min(_span(c)[0] for c in parts), max(_span(c)[1] for c in parts)


def _within_paragraph(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    """The part of ``start``–``end`` in the paragraph holding ``at``, without the spaces at either end or a comma
    left at its end ("… of time,” Hassan says" with the opening mark missing)."""
    begin, stop = text.rfind("\n\n", 0, at) + 1, text.find("\n\n", at)
    start, end = max(start, begin), min(end, len(text) if stop < 0 else stop)
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _closing_frame(cue: Token) -> Quote | None:
    """A sentence that ends in its attribution: "Sending an aide sends a message, says Aleksei Zakharov, a
    researcher." or "…, the minister said." The words before the comma are what the speaker said. The order of
    words decides, as the parser often takes a speaker after the verb for its complement."""
    doc = cue.doc
    if cue.tag_ == "VBG":
        return None  # "emailed supporters on Monday, telling them, …": the one telling is the one who emailed
    speaker = _speaker_after(cue) or _speaker_before(cue)
    if speaker is None or speaker.lower_ in NOT_SPEAKERS | RELATIVE:
        return None  # ", which experts say." leaves the speaker to the clause the relative word stands for
    comma = doc[cue.i - 1] if speaker.i > cue.i else _comma_before(speaker)
    words = [t for t in doc[_sentence_start(cue) : comma.i] if not t.is_space]
    if len(words) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    start, end = words[0].idx, comma.idx
    who = name_span(speaker, SPEAKER_PARTS)
    return Quote(start, end, text_of(doc)[start:end], False, who[0], who[1], _attribution(cue, who))


def _parenthetical(cue: Token) -> Quote | None:
    """An attribution set off by commas inside what was said, however the parse hangs it: "The archive, the minister
    said, would make readers face hard truths.", "The port, Mr. Omondi often says, is …", "The mill was a giant,
    Ms. Achieng said, until it closed", "The problem, the governor said then, was …". What was said is
    the whole sentence; not where the verb takes a clause of its own, nor where what follows the frame goes on from
    the speaker (", he said, adding …")."""
    doc, speaker = cue.doc, subject_of(cue)
    if speaker is None or speaker.lower_ in RELATIVE or not speaker.i < cue.i:
        return None
    if any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return None  # "In Kabul, the minister said, the talks would resume": the clause it takes is what was said
    opening, closing = _comma_before(speaker), _frame_end(cue)
    if opening is None or closing is None or closing.i + 1 >= len(doc):
        return None
    if any(t.pos_ != "ADV" for t in doc[speaker.right_edge.i + 1 : cue.i]):
        return None  # only an adverb between the speaker and the verb: "Mr. Omondi often says"
    after = doc[closing.i + 1]
    if after.tag_ == "VBG" or after.lower_ in FRAME_GOES_ON or after.is_punct or after.is_space:
        return None
    start = _sentence_start(cue)
    return None if start >= opening.i else _framed(cue, speaker, start, after.sent.end, closing.i)


def _framed(cue: Token, speaker: Token, start: int, end: int, frame_end: int, least: int = 1) -> Quote | None:
    """What ``speaker`` said in the tokens from ``start`` to ``end`` around the frame of ``cue``, without spaces and
    the closing stop; None where fewer than ``least`` words are left, none of them after the frame's last token,
    or they are quotes of their own ("“Talks will resume,” he said, “within a month.”")."""
    doc = cue.doc
    words = [t for t in doc[start:end] if not t.is_space]
    while words and words[-1].is_punct:
        words.pop()
    if len(words) < least or words[-1].i <= frame_end:
        return None
    begin, stop = words[0].idx, words[-1].idx + len(words[-1].text)
    if _quoted(text_of(doc)[begin:stop]):
        return None
    who = name_span(speaker, SPEAKER_PARTS)
    return Quote(begin, stop, text_of(doc)[begin:stop], False, who[0], who[1], _attribution(cue, who))


def _studied(cue: Token, content: Token) -> bool:
    """Whether a finding without "that" is a study's, its clause a subject and a verb: "a new poll shows Ruto
    leads", not "the audit will show whether …" nor "he found the room empty"."""
    subject = subject_of(cue)
    if subject is None or subject.lemma_.lower() not in STUDIES or content.dep_ != "ccomp":
        return False
    return content.left_edge.lower_ not in ASKING and any(c.dep_ == "nsubj" for c in content.children)


def _putting_it(verb: Token) -> bool:
    """"Put it" in "as one diplomat put it", a way of saying."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "obj" and c.lower_ == "it" for c in verb.children)


def _as_frame(cue: Token) -> Quote | None:
    """An attribution opened by "as" before what was said: "As one diplomat put it, the Taliban are here to stay",
    "As Lavrov said on Tuesday, the ban will be lifted": what follows the frame's comma is the speaker's; or closing
    it: "The movement is here to stay, as one envoy put it in a memoir": what comes before."""
    doc, speaker = cue.doc, subject_of(cue)
    opener = cue.left_edge if cue.left_edge.text != "," else doc[cue.left_edge.i + 1]  # the parse may take the comma
    if cue.dep_ != "advcl" or marker(cue) != "as" or opener.lower_ != "as" or speaker is None:
        return None
    if any(c.dep_ in ("obj", "ccomp", "xcomp") and c.lower_ != "it" or c.dep_ == "obl" and preposition(c) == "to"
           for c in cue.children) or cue.lemma_.lower() in FINDINGS:  # fmt: skip
        return None  # "As Trump demands a wall, …", "as voters responded to it": while, the verb has its own object
    if speaker.pos_ == "PRON" and speaker.lower_ == "it":
        return None  # "As it said …" reports nothing of a speaker
    start = _sentence_start(cue)
    if cue.head.i < cue.i:
        comma, after = doc[opener.i - 1], doc[cue.right_edge.i + 1 : cue.right_edge.i + 2]
        closes = comma.text == "," and (not after or after[0].text in SENTENCE_ENDS)
        return _framed(cue, speaker, start, comma.i, start - 1, least=3) if closes else None
    if opener.i != start:
        return None  # a frame inside a sentence frames something else
    closing = next((t for t in doc[cue.right_edge.i + 1 : cue.head.i] if t.text == ","), None)
    closing = closing or (doc[cue.right_edge.i] if doc[cue.right_edge.i].text == "," else None)
    return _framed(cue, speaker, closing.i + 1, cue.head.sent.end, closing.i, least=3) if closing is not None else None


def _frame_end(cue: Token) -> Token | None:
    """The comma closing an attribution set off inside what was said, right after its verb or after a few words of
    when ("the governor said then,", "she said on Tuesday,"); None where the verb's clause goes on."""
    doc = cue.doc
    for token in doc[cue.i + 1 : min(cue.i + 5, len(doc))]:
        if token.text == ",":
            return token
        if not (token.pos_ in ("ADV", "ADP", "DET", "NUM") or of_time(token)):
            return None
    return None


def _sentence_start(token: Token) -> int:
    """Where the sentence holding ``token`` starts, past the parser's breaks that no stop or paragraph ends
    ("Sending an envoy as senior as | Mr Fidan to talks …")."""
    doc, start = token.doc, token.sent.start
    while start > 0 and not doc[start - 1].is_space and doc[start - 1].text not in SENTENCE_ENDS:
        start = doc[start - 1].sent.start
    return start


def _comma_before(subject: Token) -> Token | None:
    """The comma that opens a subject's words, the parser taking it into them or not."""
    first = subject.left_edge
    comma = first if first.text == "," else subject.doc[first.i - 1] if first.i else None
    return comma if comma is not None and comma.text == "," else None


def _speaker_after(cue: Token) -> Token | None:
    """", says Dr Hassan." or ", said the minister, who …": a name right after the verb, nothing but its post or a
    clause after a comma following it."""
    doc, sentence = cue.doc, cue.sent
    if cue.i < 2 or doc[cue.i - 1].text != "," or cue.i + 1 >= sentence.end:
        return None
    first = doc[cue.i + 1]
    speaker = first if first.head == cue else first.head
    if speaker.head != cue or speaker.i < first.i or speaker.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    before = subject_of(cue)
    if not speaker.dep_.startswith("nsubj") and before is not None and before.i < cue.i:
        return None  # "The mill, which cut jobs, reported a loss.": an object, told of the subject before the verb
    name_end = next((t.i for t in doc[speaker.i : sentence.end] if t.text == ","), sentence.end)
    return None if any(t.pos_ in ("VERB", "AUX") for t in doc[cue.i + 1 : name_end]) else speaker


def _speaker_before(cue: Token) -> Token | None:
    """", the minister said." or ", he told reporters.": the verb's subject opens right after a comma, and no
    clause follows the verb."""
    doc, sentence = cue.doc, cue.sent
    subject = subject_of(cue)
    subject = subject if subject is not None and subject.i < cue.i else None
    comma = _comma_before(subject) if subject is not None else None
    if comma is None or comma.i < _sentence_start(cue) + 1 or subject.right_edge.i != cue.i - 1:
        return None
    if cue.i - comma.i > 7:
        return None  # a subject of more than six words is a clause of its own, not an attribution
    tail = doc[cue.i + 1 : sentence.end]
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ in ("ccomp", "xcomp") for t in tail):
        return None
    # "…, the doctor noted the wound's size.": what the verb says is its object; "…, he told reporters." names
    # whom it was said to
    said = [c for c in cue.children if c.dep_ in ("obj", "dobj") and c.i > cue.i and c.ent_type_ not in DAYS]
    return None if said and cue.lemma_.lower() not in ADDRESSED else subject


def _speaker(cue: Token) -> Token | None:
    """The subject of a speech verb when it can speak (not "the fact") and the verb is not inside a clause
    completing a noun; "who said" takes the person the relative clause is about."""
    subject = subject_of(cue)
    if subject is not None and subject.lower_ in RELATIVE and cue.dep_.startswith("acl"):
        subject = cue.head
    elif cue.dep_ == "acl":
        return None  # a clause that completes a noun ("the fact that talks … suggests") is told, not said
    # "mocked the complaint, saying …", "condemned the attack and said …": who mocked or condemned it says it
    joined = cue.dep_ == "conj" or cue.tag_ == "VBG" and cue.dep_ == "advcl"
    if subject is None and joined and cue.head.pos_ == "VERB":
        return _speaker(cue.head)
    if subject is None:
        return _named_before(cue)
    return None if subject.lemma_.lower() in NOT_SPEAKERS else subject


def _named_before(cue: Token) -> Token | None:
    """A person's name set off by commas right before a main speech verb the parse gave no subject, having misread
    the post before it ("The Taliban's acting foreign minister, Amir Khan Muttaqi, said …", "acting" as a verb)."""
    doc = cue.doc
    end = cue.i - 1
    if cue.dep_ != "ROOT" or end < 2 or doc[end].text != ",":
        return None
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    if start == end or start == 0 or doc[start - 1].text != ",":
        return None
    return next((t for t in doc[start:end] if not start <= t.head.i < end), None)


def _span(token: Token) -> tuple[int, int]:
    """The characters a token's subtree covers, without a leading "that" or trailing punctuation."""
    subtree = _unhung(list(token.subtree))
    right_edge = subtree[-1].i
    # 'the deal was “a betrayal”' keeps the mark that closes a quote opened inside it
    opened = any(t.text in OPENING for t in subtree if t.i != token.left_edge.i)
    tokens = [t for t in subtree if not t.is_punct or t.i not in (token.left_edge.i, right_edge)
              or opened and t.text in CLOSING and t.i == right_edge]  # fmt: skip
    if tokens and tokens[0].lower_ == "that" and (tokens[0].dep_ == "mark" or _opens(token, tokens[0])):
        tokens = tokens[1:]  # a "that" the parse took for an object or a pronoun opens the clause all the same
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _opens(clause: Token, word: Token) -> bool:
    """Whether a "that" the parse took for a word of the clause opens it: hung on the clause's verb, as its object,
    beside a subject of its own ("that talks would resume"), or right after a speech verb or a time, a means of
    saying or an audience hung on one, even taken for a determiner ("claiming that ballot theft is …", "said
    Tuesday that aid would …"); not a determiner elsewhere ("That strife is …, he says")."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    told = before is not None and (of_time(before) or before.lemma_.lower() in TOLD_THROUGH)
    after_cue = before is not None and (_cue(before) or told and (_cue(before.head) or _cue(before.head.head)))
    return (word.head.i == clause.i or after_cue) and _subject_besides(clause, word)


def _subject_besides(clause: Token, word: Token) -> bool:
    """Whether a clause has a subject other than ``word``: "that talks would resume", not "that was wrong". Where a
    quotation follows "that", which the parse may have cut short ('that “nobody knows yet” who won …'), the subject
    must be quoted and the clause's verb come after the quotation ('that "a blast" had shaken the port')."""
    subjects = [c for c in clause.children if c.dep_.startswith("nsubj") and c.i != word.i]
    if word.i + 1 < len(word.doc) and word.nbor().is_punct:
        mark = word.nbor()
        close = next((t.i for t in word.doc[mark.i + 1 : clause.i] if t.text in CLOSING), None)
        return mark.text in OPENING and close is not None and any(mark.i < s.i < close for s in subjects)
    return bool(subjects)


def _unhung(subtree: list[Token]) -> list[Token]:
    """A subtree without the punctuation the parse hangs on it from beyond words outside it: where a sentence break
    is missed ('"…," said Ann Moyo, an economist. "But …'), the stop and the mark after the speaker's post may hang
    on the quote's verb, and the clause would run over its speaker."""
    last_word = max((k for k, t in enumerate(subtree) if not t.is_punct), default=len(subtree) - 1)
    end = last_word + 1
    while end < len(subtree) and subtree[end].i == subtree[end - 1].i + 1:
        end += 1
    return subtree[:end]


def _according_to(doc: Doc) -> list[Quote]:
    """"According to X, …" and "…, according to X.": X is the source and the rest of the sentence the content."""
    found = []
    for sentence in doc.sents:
        text, at = sentence.text, sentence.start_char
        if match := ACCORDING_BEFORE.match(text):
            start, said = at + match.end(), text[match.end() :].rstrip(" .")
            cue = match.group(0).strip().rstrip(",")  # "\n\nAccording to the Kremlin," opening a paragraph
            found.append(Quote(start, start + len(said), said, False, at + match.start(1), at + match.end(1), cue))
        elif (match := ACCORDING_AFTER.search(text)) and len(match["said"].split()) >= MIN_SPEECH_WORDS:
            found.append(Quote(at + match.start("said"), at + match.end("said"), match["said"], False,
                               at + match.start("source"), at + match.end("source"), match["cue"]))  # fmt: skip
    return found
