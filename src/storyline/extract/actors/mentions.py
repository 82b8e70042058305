"""Mentions of actors in one parsed document: names, the posts stated beside them, and descriptions."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...types import Mention
from ..lexicon import SPEECH_VERBS
from ..parse import AGREEMENTS, noun_before
from .places import capital_of, country_named, nationality

LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC"}
EDGE_PUNCTUATION = " \"'“”‘’«»()[],.;:—–-"
# words that make a name a person's ("Mr Shoigu", "the reigning Miss Kenya"), without their full stop
HONORIFIC_WORDS = ("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "sheikh", "mullah")
HONORIFICS = re.compile(rf"^(?:{'|'.join(HONORIFIC_WORDS)})\.?\s+", re.IGNORECASE)
TITLES = re.compile(
    r"^(?:(?:Vice\s+)?President|Senator|Sen\.|Rep\.|Gov\.|Governor|Secretary|Minister|General|Gen\.|Democrat|Republican)\s+"
)
ROLE_NOUNS = {
    "minister", "president", "premier", "chancellor", "ambassador", "envoy", "diplomat", "spokesman",
    "spokeswoman", "spokesperson", "secretary", "official", "leader", "chief", "head", "director",
    "commander", "general", "governor", "mayor", "king", "queen", "emir", "negotiator", "representative",
    "adviser", "advisor", "founder", "co-founder", "chairman", "chair", "ruler", "foreign", "deputy",
}  # fmt: skip
PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
# What joins a person's name to another name of theirs: ", known as", " (also known as", ", nicknamed".
KNOWN_AS = re.compile(r",?\s*\(?(?:who is\s+)?(?:also\s+|better\s+|widely\s+|popularly\s+)?"
                      r"(?:known\s+as|nicknamed|dubbed)\s+")
# Pronouns for a country, a government or a group: what each can stand for ("it" no people, "they" no country),
# and where (a subject or a possessor: "made it clear", "as the paper put it" refer to nothing).
SUBJECT, POSSESSOR = ("nsubj", "nsubj:pass"), ("nmod:poss",)
BODY_PRONOUNS = {"it": (("GPE", "ORG"), SUBJECT), "its": (("GPE", "ORG"), POSSESSOR),
                 "they": (("ORG", "NORP"), SUBJECT), "their": (("ORG", "NORP"), POSSESSOR)}  # fmt: skip
QUOTE_MARKS = set('"“”')  # a pronoun inside a quotation speaks of no subject outside it
# Subjects that are a country's or a group's own body, and so stand for it: "Somaliland's government said its …"
# (whatever NER called the owner)
BODIES = {"GPE", "ORG", "NORP"}
BODY_NOUNS = {"government", "ministry", "cabinet", "administration", "parliament", "military", "army", "council",
              "authorities", "leadership", "regime", "office", "embassy", "presidency"}  # fmt: skip
# How a clause can hang from the one whose subject it speaks of: "said it would", "recalled its envoy and closed";
# a "that" clause only from a verb that tells or commits ("the budget office estimates that it would cost …").
CLAUSES = {"ccomp", "xcomp", "conj", "advcl"}
TELLING = SPEECH_VERBS - {"find", "show"} | {"pledge", "promise", "vow", "decide", "threaten", "signal", "expect"}
# Words that praise or place a person but are no part of the post.
EVALUATIVE = {"powerful", "influential", "veteran", "longtime", "long-time", "top", "senior", "new", "then", "current"}
# Dependencies of a place that acts: subject, object, possessor ("Moscow's"), agent, or one of several such.
ACTING = {"nsubj", "nsubj:pass", "nsubjpass", "obj", "dobj", "iobj", "nmod:poss", "poss", "obl", "obl:agent",
          "nmod", "conj", "appos"}
# Prepositions after which a capital is a place, not its government ("flew to Kabul").
PLACE_WORDS = {"to", "in", "into", "from", "at", "near", "outside", "inside", "across", "around", "via", "through",
               "reached", "visited", "visit", "arrived", "toward", "towards", "between"}  # fmt: skip

# Nouns whose "between" names the parties to them: "talks between Addis Ababa and Mogadishu"
PARTY_NOUNS = AGREEMENTS | {"talks", "dispute", "relations", "ties", "war", "tensions", "conflict", "negotiations",
                            "meeting", "summit", "rift", "row", "feud", "rivalry"}  # fmt: skip
# Where the words of a post set off before a name begin: after a verb, a preposition, a conjunction or a comma.
STOPS = {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PUNCT"}
# The last word of a name for an agreement, a law or a plan.
DOCUMENTS = AGREEMENTS | {"declaration", "accords", "protocol", "charter", "act", "bill", "plan", "doctrine",
                          "resolution", "amendment"}  # fmt: skip
# Where a one-word name that NER took for a person or an organisation is a place: after "in", "at" or "near", on a
# noun or a verb bound to a place ("the consulates in Hargeisa and Garowe", "sits in Puntland"); not "faith in
# Obama", "invested in Apple".
LOCATIVE = {"in", "at", "near", "outside", "inside"}
PLACE_BOUND = {"consulate", "embassy", "office", "official", "resident", "people", "force", "troop", "base", "port",
               "headquarters", "talk", "talks", "meeting", "summit", "rally", "ceremony", "election", "authority",
               "camp", "airport", "hospital", "fighting", "clash", "attack", "protest", "sit", "live", "stay", "arrive",
               "land", "gather", "remain", "lie", "reside", "settle", "meet", "open", "station", "deploy", "fight",
               "die", "hold", "locate"}  # fmt: skip
# An organisation's initials in brackets right after its name, which may run on past where NER cut it: "the
# Intergovernmental Authority[ on Development] (IGAD)".
BRACKETED = re.compile(r"(?:\s+(?:[A-Z][\w’'&-]*|on|of|for|and|the|&)){0,5}\s*\(([A-Z][A-Za-z]{1,9})\)")
# Those "in" a capital who are its country's government ("the embassy in Kabul" is another country's).
SEATED = BODY_NOUNS - {"embassy", "office"} | {"officials", "official"}


def find_mentions(doc: Doc) -> list[Mention]:
    """The actor mentions in a parsed document, in order."""
    names = [e for e in doc.ents if e.label_ in LABELS and _nominal(e) and not _modifier(e) and not _document(e)]
    places = _places(names)
    mentions = [_name(e, e.text in places) for e in names]
    taken = [(m.start, m.end) for m in mentions if m.label in ("PERSON", "ORG")]
    mentions += [d for d in _descriptions(doc) if not any(d.start < e and s < d.end for s, e in taken)]
    mentions.sort(key=lambda m: m.start)
    mentions = _known_as(doc.text, _initials(doc.text, mentions))
    return sorted(mentions + _pronouns(doc, mentions) + _bodies(doc, mentions), key=lambda m: m.start)


def _initials(text: str, mentions: list[Mention]) -> list[Mention]:
    """An organisation's name given with its initials in brackets ("the Intergovernmental Authority on Development
    (IGAD)"): the name runs to the bracket where its words give the initials, however short NER cut it, and the
    initials are another name of it, wherever they are used."""
    found = list(mentions)
    for i, mention in enumerate(mentions):
        bracket = BRACKETED.match(text, mention.end) if mention.label == "ORG" else None
        if bracket is None or not _gives(text[mention.start : bracket.start(1)], bracket[1]):
            continue
        name = text[mention.start : bracket.start(1)].rstrip(" (")
        found[i] = replace(mention, end=mention.start + len(name), text=name)
        acronym = Mention(bracket.start(1), bracket.end(1), bracket[1], "ORG", antecedent=mention.start)
        given = [j for j, m in enumerate(found) if (m.start, m.end) == (acronym.start, acronym.end)]
        if given:  # NER found the initials too
            found[given[0]] = acronym
        else:
            found.append(acronym)
    return sorted(found, key=lambda m: m.start)


def _gives(name: str, initials: str) -> bool:
    """Whether a name's letters give its initials in order, the first at the start of its first word (Schwartz and
    Hearst's test for an abbreviation's long form), the name reaching no further than that word."""
    words = name.split()
    letters, at = initials.lower(), len(name) - 1
    for n, letter in enumerate(reversed(letters)):
        first = n == len(letters) - 1
        while at >= 0 and (name[at].lower() != letter or first and at > 0 and name[at - 1].isalnum()):
            at -= 1
        if at < 0:
            return False
        at -= 1
    return bool(words) and at < len(words[0])


def _known_as(text: str, mentions: list[Mention]) -> list[Mention]:
    """A person's or an organisation's other name given right after the name: "Abdirahman Mohamed Abdullahi, known
    as Irro", "Islamic State, also known as ISIS", "nicknamed Irro" refers back to the name before it."""
    found = list(mentions)
    for i, mention in enumerate(mentions):
        before = mentions[i - 1] if i else None
        if (mention.label in ("PERSON", "ORG") and before is not None and before.label == mention.label
                and KNOWN_AS.fullmatch(text[before.end : mention.start])):  # fmt: skip
            found[i] = replace(mention, antecedent=before.start)
    return found


def _pronouns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """He, she, him, her, his: each refers to the last person named or described before it in its paragraph."""
    people = [m for m in mentions if m.label in ("PERSON", "DESC")]
    ends = [m.end for m in people]
    text = doc.text  # built anew on each access
    found = []
    for token in doc:
        if token.lower_ not in PRONOUNS or token.pos_ not in ("PRON", "DET"):
            continue
        last = bisect.bisect_right(ends, token.idx) - 1
        if last >= 0 and "\n\n" not in text[people[last].start : token.idx]:
            found.append(Mention(token.idx, token.idx + len(token.text), token.text, "PRON", antecedent=people[last].start))
    return found


def _bodies(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """It, its, they, their: the country, government or group that is the subject of the pronoun's clause or of one
    it hangs from ("The United States said it recognised …", "Somalia recalled its ambassador", "Somaliland's
    government said its memorandum …"). Only a subject named before the pronoun, and not for a person."""
    found: dict[int, Mention] = {}  # by the pronoun's start: "it recognised … within its borders" is one
    for token in doc:
        labels, roles = BODY_PRONOUNS.get(token.lower_, ((), ()))
        subject = _clause_subject(token) if token.dep_ in roles and token.pos_ in ("PRON", "DET") else None
        if subject is None or any(c.dep_ == "conj" for c in subject.children):
            continue  # "Ethiopia and Somalia said they …": no one actor
        body = subject.lower_ in BODY_NOUNS
        owners = {c.idx for c in subject.children if body and c.dep_ in ("nmod:poss", "compound")}
        named = next((m for m in mentions if m.label in labels and m.start <= subject.idx < m.end
                      or m.label in BODIES and any(m.start <= i < m.end for i in owners)), None)  # fmt: skip
        start = found[subject.idx].antecedent if subject.idx in found else named and named.start
        if start is not None:
            found[token.idx] = Mention(token.idx, token.idx + len(token.text), token.text, "PRON", antecedent=start)
    return list(found.values())


def _clause_subject(token: Token) -> Token | None:
    """The subject before ``token`` of the clause it is in (not one it is part of: "its memorandum remained"), or of
    a clause that one hangs from (three at most); none with a quotation mark between, nor for "they" or "their" with
    other plurals between ("the FBI warned officials to boost their security")."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")
                        and not c.left_edge.i <= token.i <= c.right_edge.i), None)  # fmt: skip
        if subject is not None:
            between = token.doc[subject.i + 1 : token.i]
            plural = token.lower_ in ("they", "their") and any(t.tag_ in ("NNS", "NNPS") for t in between)
            return subject if subject.i < token.i and not QUOTE_MARKS & set(between.text) and not plural else None
        if verb.dep_ not in CLAUSES or verb.head.i == verb.i:
            return None
        if verb.dep_ == "ccomp" and verb.head.lemma_ not in TELLING:
            return None
        if verb.dep_ == "xcomp" and any(c.dep_ in ("obj", "iobj") for c in verb.head.children):
            return None  # "warned officials to boost their security": the officials' own
        verb = verb.head
    return None


def _nominal(ent: Span) -> bool:
    """Whether an entity is headed by a name or noun: NER's "Fascinatingly" or "Either" names nobody."""
    if sum(c.isalpha() for c in ent.text) < 2:
        return False  # the "K" of "ISIS-K"
    return ent.label_ == "NORP" or any(t.pos_ in ("PROPN", "NOUN", "NUM", "X") for t in ent)


def _document(ent: Span) -> bool:
    """A name for an agreement, a law or a plan ("the Ankara Declaration", "the Clean Power Plan"), which NER often
    takes for an organisation: something actors make, not an actor."""
    return len(ent) >= 2 and ent[-1].lower_ in DOCUMENTS


def _modifier(ent: Span) -> bool:
    """A nationality used as an adjective ("Russian pipeline gas") names no actor; "the Russians" does."""
    if ent.label_ != "NORP" or nationality(ent.text) is None:
        return False
    return ent.root.dep_ in ("amod", "compound") and ent.root.head.pos_ in ("NOUN", "PROPN")


def _places(names: list[Span]) -> set[str]:
    """One-word names that NER took for a person or an organisation and that every time stand where something
    is (``LOCATIVE``, ``PLACE_BOUND``): "the consulates in Hargeisa and Garowe", "the consulate in Garowe"."""
    uses: dict[str, list[bool]] = {}
    for ent in names:
        if ent.label_ in ("PERSON", "ORG") and len(ent) == 1 and ent.text.istitle():
            uses.setdefault(ent.text, []).append(_located(ent.root) and not _title_before(ent))
    return {name for name, located in uses.items() if all(located)}


def _located(token: Token) -> bool:
    """Whether a name stands where something is: after a ``LOCATIVE`` preposition, on a ``PLACE_BOUND`` word
    or right after one, whichever of the verb and its object the parse hung the phrase on ("closed the consulates
    in Hargeisa")."""
    first = token.head if token.dep_ == "conj" else token  # "in Hargeisa and Garowe"
    cases = {c.lower_ for c in first.children if c.dep_ == "case"}
    if not cases & LOCATIVE or first.head.i == first.i:
        return False
    words = [first.head] + ([noun] if (noun := noun_before(first)) else [])
    return any({w.lemma_.lower(), w.lower_, w.lower_.removesuffix("s")} & PLACE_BOUND for w in words)


def _name(ent: Span, place: bool = False) -> Mention:
    """A name's mention; ``place``, a name that NER took for a person or an organisation where it is a place."""
    label = "GPE" if place else ent.label_
    role = (_title_before(ent) or _apposition(ent) or _post_before(ent)) if label == "PERSON" else None
    if label == "ORG" and _personal(ent) and (role := _post_before(ent) or _apposition(ent)):
        label = "PERSON"  # "Somaliland's leader, Muse Bihi Abdi,": a name with a post is a person's, whatever NER said
    political = label == "GPE" and _acts(ent)
    text = ent.text.strip(EDGE_PUNCTUATION)
    start = ent.start_char + ent.text.index(text[:1]) if text else ent.start_char
    return Mention(start, start + len(text), text, label, role, political)


def _title_before(ent: Span) -> str | None:
    """A post written before a name: "Russian Ambassador Dmitry Zhirnov", "Taliban spokesperson Zabihullah Mujahid"."""
    i = ent.start
    if i == 0 or doc_lower(ent.doc[i - 1]) not in ROLE_NOUNS:
        return None
    start = i - 1
    while start > max(0, i - 6) and not ent.doc[start].is_sent_start and (
        ent.doc[start - 1].is_title or doc_lower(ent.doc[start - 1]) in ROLE_NOUNS or ent.doc[start - 1].lower_ in ("of", "for")
    ):
        start -= 1
    while start < i and ent.doc[start].lower_ in ("of", "for"):
        start += 1
    return ent.doc[start:i].text or None


def doc_lower(token: Token) -> str:
    return token.lower_.rstrip(".")


def _apposition(ent: Span) -> str | None:
    """A post set off after a name: "Lena Okafor, the long-serving head of Kenya's treasury, …"."""
    doc = ent.doc
    if ent.end >= len(doc) - 1 or doc[ent.end].text != ",":
        return None
    end = ent.end + 1
    while end < len(doc) and doc[end].text not in (",", ";", ".", "(", ")", "—", "–") and end - ent.end < 16:
        end += 1
    words = [t for t in doc[ent.end + 1 : end]]
    if not words or not any(doc_lower(t) in ROLE_NOUNS for t in words) or len(words) > 12:
        return None
    if words[0].pos_ in ("CCONJ", "SCONJ", "ADP") or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # a clause or a list, not a post
    words = _bare(words)
    return doc[words[0].i : words[-1].i + 1].text if words else None


def _bare(words: list[Token]) -> list[Token]:
    """A post's words without the article and the praise before it: "the powerful secretary" is "secretary"."""
    while words and (words[0].lower_ in ("the", "a", "an") or words[0].lower_ in EVALUATIVE):
        words = words[1:]
    return words


def _personal(ent: Span) -> bool:
    """Whether a name could be a person's: two words or more, each a capitalised word ("Muse Bihi", not "FBI")."""
    return len(ent) >= 2 and all(t.is_title for t in ent)


def _post_before(ent: Span) -> str | None:
    """A post set off before a name that a comma closes: "Somaliland's leader, Muse Bihi Abdi, signed",
    "and Ethiopia's foreign minister, Taye Atske Selassie, before". It opens on "the", "a" or a possessor and is
    neither one of a list ("the premier, the deputy premier, Ana Ruiz,") nor a bare noun ("backing Bush for
    president, Mike Murphy,"); not "After meeting the president, Putin said", which no comma closes."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text != "," or ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    start = ent.start - 1
    while start > 0 and ent.start - start <= 8 and not doc[start].is_sent_start and doc[start - 1].pos_ not in STOPS:
        start -= 1
    words = list(doc[start : ent.start - 1])
    if not words or start and doc[start - 1].text == "," or any(t.is_space or t.tag_ in ("WP", "WDT") for t in words):
        return None
    owner = max((i for i, t in enumerate(words) if t.lower_ in ("'s", "’s")), default=None)
    if owner is not None:  # from the possessor's name on: "the year Lakeside Capital's founder" is the founder's
        first = owner - 1
        while first > 0 and words[first - 1].pos_ == "PROPN":
            first -= 1
        words = words[first - 1 if first and words[first - 1].tag_ == "PRP$" else first :]
    elif words[0].lower_ not in ("the", "a", "an") and words[0].tag_ != "PRP$":
        return None
    words = _bare(words)
    if not words or doc_lower(words[-1]) not in ROLE_NOUNS:
        return None
    return doc[words[0].i : words[-1].i + 1].text


def seated(body: Token, place: Token) -> bool:
    """Whether a body "in" a place is the government seated there and so stands for it: "the foreign ministry in
    Mogadishu", "a senior official in Mogadishu"; not "the embassy in Kabul" nor "US officials in Kabul"."""
    return body.lower_ in SEATED and not _foreign(body, place.text)


def _foreign(body: Token, capital: str) -> bool:
    """Whether a body in a capital is another country's: "US officials in Kabul", not "Somali officials in
    Mogadishu"."""
    country = capital_of(capital)
    modifiers = [c for c in body.children if c.dep_ in ("amod", "compound", "nmod:poss")]
    return any((code := nationality(c.text) or country_named(c.text)) and code != country for c in modifiers)


def _acts(ent: Span) -> bool:
    """Whether a place acts in its sentence (so stands for its government) rather than being where things happen.
    The first of places joined by "and" decides for them all ("flew to Kabul and Islamabad"); after "between", the
    parties to talks, a deal or a dispute act ("an agreement between Addis Ababa and Somaliland"), and after "in",
    the government seated there ("the foreign ministry in Mogadishu")."""
    doc, first = ent.doc, ent.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    start = first.i
    while start and doc[start - 1].dep_ in ("compound", "flat", "flat:name") and doc[start - 1].head.i == first.i:
        start -= 1
    before = doc[start - 1].lower_ if start else ""
    if before == "between" and first.head.lower_ in PARTY_NOUNS:
        return True
    if before == "in" and seated(first.head, first):
        return True  # "the foreign ministry in Mogadishu", "officials in Beijing": the government seated there
    if before in PLACE_WORDS:
        return False
    root = ent.root
    if ent.end < len(ent.doc) and ent.doc[ent.end].text in ("'s", "’s", "'"):
        return True  # "Moscow's approach"
    return root.dep_ in ACTING


def _descriptions(doc: Doc) -> list[Mention]:
    """Phrases that describe a person by post: "the former Russian defence minister", "the Kremlin official".

    Read from the words rather than the parse, which often misjudges such phrases.
    """
    found = []
    for the in (t for t in doc if t.lower_ == "the"):
        end = _post_end(doc, the.i + 1)
        if end is not None:
            span = doc[the.i : _tail(doc, end)]
            found.append(Mention(span.start_char, span.end_char, span.text, "DESC"))
    return found


def _post_end(doc: Doc, start: int) -> int | None:
    """Where a post noun ends a short run of modifiers from ``start``, or None."""
    for j in range(start, min(start + 5, len(doc))):
        token = doc[j]
        if doc_lower(token) in ROLE_NOUNS and token.tag_ not in ("NNS", "NNPS") and doc_lower(token) != "foreign":
            end = j + 1
            while end < len(doc) and doc_lower(doc[end]) in ROLE_NOUNS:
                end += 1
            return end
        if token.is_punct or token.pos_ in ("VERB", "AUX", "DET", "ADP", "PRON", "CCONJ") or token.like_num:
            return None
    return None


def _tail(doc: Doc, end: int) -> int:
    """A post's "of …" complement of capitalized words: "envoy of Russia on Afghanistan"."""
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and doc[end + 1].is_title:
        stop = end + 1
        while stop < len(doc) and stop - end < 6 and (doc[stop].is_title or doc[stop].lower_ in ("'s", "’s", "on")):
            stop += 1
        return stop if doc[stop - 1].is_title else end
    return end


def strip_honorific(name: str) -> str:
    """A name without "Mr", "Dr" and the like, or a title or party NER took in ("Democrat Hillary Clinton")."""
    name = HONORIFICS.sub("", name).strip()
    titled = TITLES.match(name)
    return name[titled.end() :] if titled and len(name[titled.end() :].split()) >= 2 else name
