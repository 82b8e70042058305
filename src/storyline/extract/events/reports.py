"""Event reports in one parsed document: who did what to whom, when, and whether it happened.

A report is one sentence telling of one event, read from the dependency parse:
a verb of the lexicon with its subject as source and its object, or the
object of "with", "to", "against" or "on", as target (a passive swaps them);
an event noun with its possessor as source ("Shoigu's trip to Kabul") and its
"of"/"to" complement as target ("the invasion of Ukraine"); a verb whose event
depends on what it takes is read by its reader (``readers``). Its status comes
from negation, modal verbs and the verbs that govern it ("is considering
removing" is considered), its date from the sentence's own expression or its
dated-list item, else the document's date when the verb is in the present.
Quotes are dated here too, by the clause of their speech verb (``date_speech``), and figures by the clause
they are given in (``date_figures``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from ...types import Figure, Published, Quote, Report, Timex
from ..time import calendar, counted_from, date_of, when
from ..time.bases import SPANNED, compared_with, span_end_at
from ..time.when import after_published, first_day, period, point, timeline_key
from ..actors.mentions import HONORIFIC_WORDS, ROLE_NOUNS, seated
from ..actors.places import city
from ..inflect import forms_of
from ..lexicon import SPEECH_VERBS
from ..parse import (
    NEGATIONS, RELATIVE, RELATIVE_CLAUSE, auxiliaries, clause_verb, day_of_month, denied, finite, infinitive, marker,
    name_span, noun_before, next_word, not_only, of_time, openers, particle, preposition, spelled_out, subject_of,
    text_of,
)  # fmt: skip
from ..time.lexicon import UNITS
from ..time.sentences import Sentences
from .lexicon import (
    ASKED_FOR, ASKED_HOW, ASKED_OBJECTS, BACKING, BELIEVING, CLAIMED, COMPLEMENT_STATUS, CONFLICT, DECIDED, DEONTIC,
    DONE_WHEN_PAST, FORETELLING, FUTURE, GAINSAYING, HEARSAY, HYPOTHETICAL, IMPLICATIVE, MEDIUM, NEEDED_FOR,
    NOUN_MOODS, NOUNS,
    OBJECT_PARTY_PREPOSITIONS, OBLIGING, OCCASIONS, PARTY_PREPOSITIONS, PHRASE_STATUS, PLACES, PLAYED, RANKED, RESOLVED,
    SCHEDULED, SEIZED, SEIZING, SIDE_TAKING, SPORT, STATUS_ADJECTIVES, STATUS_FORMS, STATUS_NOUNS, STATUS_VERBS,
    TARGET_PREPOSITIONS, TOLD_SINCE, UNREALIZED, VERB_FORMS, VIOLENCE, VERBS, VISITING,
)  # fmt: skip
from .readers import (
    GATHERINGS, PLACE_NOUNS, POLITY_NOUNS, acted_on, agents_of, among, called, goers, noun_kind, reading,
    visited_places,
)  # fmt: skip

# What one holds to act by, whose infinitive is the holder's act: "has no plans to meet", "the capability to strike"
HELD_MEANS = {"plan", "capability", "ability", "right", "power", "intention", "means"}
# A meeting's or an agreement's nouns, whose city before them names where it was held, not a party: "the Doha
# agreement", "the Minsk accords", "the Geneva talks" (a country stays one: "the Iran deal")
VENUE_NOUNS = {lemma for lemma, (kind, _) in NOUNS.items() if kind in ("AGREE", "CONSULT")} | {
    "talk", "accord", "treaty", "pact", "process", "format", "declaration", "conference", "negotiation", "protocol",
    "ceasefire", "truce", "framework", "communique", "round"}  # fmt: skip
# What an event noun's verb tells of it as its subject: "the talks were cancelled" (called off), "the summit was
# postponed" (put off), "the meeting will take place" or "will begin" (happens)
CALLED_OFF = {"cancel", "scrap", "abandon", "shelve", "scuttle", "scupper", "axe"}
PUT_OFF = {"postpone", "delay", "defer", "reschedule"}
HAPPENS = {"happen", "occur", "begin", "start", "open", "resume", "proceed", "convene"}
# Verbs of trying, whose infinitive is only meant, but an attempted use of force is a use of force, however it ended
# (as CAMEO codes an attempted killing): "gunmen tried to kill the mayor" attacked him
ATTEMPTS = {"try", "attempt"}
# Verbs of coming whose infinitive is what one came for, done when the coming was: "came to see the minister"
COMING = {"come", "travel", "fly", "return", "arrive", "head"}
ARRIVALS = {("go", "on"), ("turn", "out")}  # verbs with a particle that take an infinitive as done, as COMING do
# "two days after the attack", "six months after the agreement": the span (a duration's value, told exactly) an
# event is set apart from another by, unless the words before make it a span the event lasts or falls within; a span
# of days or weeks gives the day, one of months or years only the month or the year
SPAN_APART = re.compile(r"P(\d+)([DWMY])")
APART_BY = {"D": ("day", "day"), "W": ("week", "day"), "M": ("month", "month"), "Y": ("year", "year")}
LASTING = re.compile(r"\b(?:for|within|in|over)\s+$", re.IGNORECASE)

QuoteOrFigure = TypeVar("QuoteOrFigure", Quote, Figure)
# The relations that make a word the head of a clause of its own, whatever its part of speech
CLAUSES = {"ROOT", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj"}
# Verbs of taking part in a meeting, which happen when it is held ("attended Thursday's summit"), unlike talk of it
TAKING_PART = {"attend", "host"}
# How a verb takes whom it speaks to, and the verbs: "told a news briefing", "addressed a rally", "briefed a meeting"
SPOKEN_TO = {"iobj", "obj", "dobj"}
ADDRESSING = {"tell", "address", "brief"}
# What an event is done at, whose day is the event's: "talked at last month's ball"
GATHERED_AT = GATHERINGS | {"ball", "gala", "rally", "debate", "festival", "banquet", "luncheon"}
# Where what is sent goes: "sent troops to the border", "into Ukraine"
SENT_TO = {"to", "into"}
# What a verb joined to another shares with it ("will travel and meet", "if Kenya invites and hosts"), besides its
# subject
SHARED = {"aux", "aux:pass", "advmod", "mark"}
NO_ONE = {"none", "nobody", "neither"}  # subjects that say no one did it
CLAUSE_SUBJECTS = ("nsubj", "nsubj:pass", "expl")  # what gives a clause a subject of its own, "there" too
# Markers of a clause that gives a ground or a concession, which the main clause's mood does not reach
GROUNDS = {"because", "since", "although", "though", "whereas"}
# Markers of a clause of the time something else is told in: in the past or the perfect, it happened
WHILE = {"when", "while", "as"}
# Prepositions of the circumstances a clause is told in, which happened whatever the clause's mood
CIRCUMSTANCES = {"amid", "despite", "after", "following", "during"}
# The kinds of verb whose object event stands on its own: "condemned the invasion", "protested the visit", and verbs
# of no kind of ours that judge one ("downplayed his attack on the judge"); not support, which may back a plan
REACTIONS = {"ACCUSE", "PROTEST"}
REACTION_NOUNS = {"opposition", "objection", "anger", "outrage", "backlash", "resistance", "reaction", "response"}
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}  # "which", "what", "whose", "where"
# a relative clause's noun that tells how or when, not what is acted on: "the way they met", "the minute you endorse"
MANNER_NOUNS = {"way", "manner", "time", "moment", "minute", "hour", "reason", "extent"}
JUDGING_EVENTS = {"downplay", "dismiss", "defend", "justify", "excuse", "mock", "ridicule", "minimize", "minimise"}
# Verbs that tell of, look into or remember an event, which happened before they do: "the film highlights the
# killings", "investigators examine the raid", "mourners recalled the attack"
RECOUNTING_EVENTS = {"highlight", "recall", "remember", "recount", "describe", "detail", "document", "depict",
                     "chronicle", "investigate", "probe", "examine", "review", "revisit", "commemorate", "mourn",
                     "mention", "cite"}  # fmt: skip
STANDALONE_TAKERS = JUDGING_EVENTS | RECOUNTING_EVENTS  # verbs whose event object stands on its own
# Feelings about what one does as one tells it: "proud to back the senator", "pleased to host the talks"
PROUD = {"proud", "pleased", "delighted", "thrilled", "honored", "honoured", "saddened", "relieved"}
# Verbs with a particle that ease, end or raise what is under way: "dial back its protest", "step up its attacks"
EASED = {("dial", "back"), ("scale", "back"), ("wind", "down"), ("tone", "down"), ("step", "up"), ("ramp", "up"),
         ("keep", "up")}  # fmt: skip
# Talk that weighs what it is about when that is a deed: "talked about sending troops"
TALK_WORDS = {"talk", "speak", "talks", "discussion", "conversation", "negotiation", "negotiations", "think", "joke"}
# Verbs whose object event is under way or over, whatever their own mood: "refused to halt the attacks", "plans to
# end the war", "will investigate the raid"
GOING_EVENTS = {"end", "stop", "halt", "cease", "suspend", "investigate", "probe", "escalate", "intensify",
                "continue"}
# Particles that make a verb of asking one of bringing: "called in", "called up", "called out"
FETCHED = {"in", "up", "out", "back"}
# Nouns of happenings that are no event of ours but have a day, which the deed their relative clause tells shares:
# "the 2019 raid that freed the hostages"
HAPPENINGS = {"raid", "strike", "airstrike", "operation", "war", "election", "vote", "shooting", "massacre", "coup",
              "uprising", "crackdown", "offensive", "ambush", "assault", "incursion", "revolution", "explosion",
              "blast"}  # fmt: skip
CALLED_EVENTS = HAPPENINGS | GATHERINGS  # what is called, a purpose its infinitive: "a strike called to protest"
OWN_DAYS = HAPPENINGS | GATHERED_AT  # nouns besides event nouns that have a day of their own: "after the raid Monday"
# Words with their regular forms, which ``among`` matches by lemma or form, as the lemmatizer leaves some ("hinte" for
# "hinted", "persuad" for "persuaded", "assailed" as it is); each lemma is one of its forms
FORETELLING_FORMS = forms_of(FORETELLING)
IMPLICATIVE_FORMS = forms_of(IMPLICATIVE)
# Verbs that judge someone for a deed, told after "of", "for" or "over": "accused the rebels of raiding the depot"
JUDGING = {"accuse", "blame", "criticize", "criticise", "condemn", "denounce", "praise", "thank", "fault", "attack",
           "rebuke", "punish", "sanction", "arrest", "charge", "indict", "convict", "sue", "commend", "applaud",
           "assail", "slam", "shun", "scold", "chastise", "lambaste", "lambast", "reward", "fine", "jail"}
JUDGING_FORMS = forms_of(JUDGING)  # for ``among``, as FORETELLING_FORMS
GROUND_WORDS = {"of", "for", "over"}
# Nouns of judging someone for a deed: "faced criticism for backing the strike", "came under fire for his visit"
JUDGING_NOUNS = {"criticism", "praise", "blame", "condemnation", "rebuke", "flak", "fire", "heat", "credit", "scorn"}
ACCOUNTS = {"contempt", "account", "responsible", "accountable"}  # what one is held in, to or as for a deed
# Whom words attack, besides the people a name gives: "attack my wife", "attacking his rivals", "attacked his
# personal life" (where "an attack on his life" in a sentence of guns is fought)
PERSONAL = {"him", "her", "them", "me", "us", "you", "himself", "herself", "themselves"}
PEOPLE = {"rival", "opponent", "wife", "husband", "father", "mother", "son", "daughter", "friend", "critic", "voter",
          "moderator", "candidate", "nominee", "journalist", "reporter", "media", "press", "colleague", "predecessor",
          "successor", "challenger", "incumbent", "senator", "governor", "congressman", "congresswoman", "people",
          "lawmaker", "legislator", "politician", "life", "secretary", "minister", "president", "official",
          "leader", "chairman"}  # fmt: skip
# What only arms attack, whatever else the sentence tells: "an attack on a police compound in Gao"
STRUCTURES = {"compound", "embassy", "consulate", "base", "barracks", "headquarters", "building", "school", "hospital",
              "church", "mosque", "synagogue", "temple", "market", "station", "checkpoint", "convoy", "camp",
              "airport", "port", "ship", "vessel", "tanker", "plant", "facility", "pipeline", "bridge", "hotel",
              "outpost", "village", "town", "city", "center", "centre", "shelter", "clinic", "prison", "jail",
              "factory", "refinery", "warehouse", "shrine"}  # fmt: skip
PLACE_WORDS = STRUCTURES | PLACE_NOUNS  # what a place is called: "the capital of Jubaland", "the embassy"
# What only words attack: "attacks on his record and plans", "attacked loopholes"
STANCES = {"biography", "record", "platform", "policy", "plan", "proposal", "loophole", "comment", "remark",
           "character", "credibility", "skill", "position", "view", "stance", "decision", "idea", "argument",
           "claim", "statement", "speech", "ad", "agenda", "bill", "legislation", "budget", "deal", "reform",
           "approach", "judgment", "judgement", "honesty", "integrity", "competence", "leadership",
           "tenure", "scandal", "fitness", "temperament", "process", "program", "principle",
           "candidacy", "reputation", "function", "health", "right", "freedom", "heritage", "ancestry", "faith",
           "religion", "patriotism", "motive", "appearance", "provision"}  # fmt: skip
# How only words attack: "a phony attack", "his caustic attacks on the press", "publicly attacked the plan"
SPOKEN = {"phony", "populist", "caustic", "xenophobic", "verbal", "verbally", "personal", "scathing", "blistering",
          "withering", "rhetorical", "negative", "partisan", "racist", "sexist", "misogynistic", "nasty", "stinging",
          "sarcastic", "snide", "baseless", "unfounded", "unfair", "publicly", "sharply", "sharp",
          "legislative"}  # fmt: skip
# Where a person's attack is fought: "Putin's attack on Ukraine", "a gunman's attack on a nightclub"
FOUGHT_OVER = {"GPE", "LOC", "FAC"}
# Words that set an event told in the past before the time of the story around it: "he had earlier met them"
BACKGROUND = {"earlier", "previously", "once", "already", "before", "formerly", "ago", "long", "first", "originally"}
DONE_BEFORE = BACKGROUND | {"recently", "just"}  # "after recently accusing her": done before what comes after it
ORDERING = {"after", "before", "since", "until", "till", "following", "ahead", "prior", "by"}  # "after the attack"
# before an event, "by" gives its means ("dealt a blow by rejecting the treaty"), not a deadline as before a date
ORDERING_EVENTS = ORDERING - {"by"}
LATER = {"later", "afterwards", "afterward", "eventually", "subsequently", "then", "soon"}
# Words right before "after" or "before" that set two events on one day: "right after meeting the caucus"
CLOSE_BY = {"right", "just", "shortly", "immediately", "hours", "minutes", "moments"}
# the prepositions of a place or a target in an event noun's phrase, and of a date there: "the attack on a consulate"
PLACED = {"in", "at", "on", "to", "against", "during"}
HELD_IN = {"at", "in", "during"}  # what an event is done at, in or during, it is done on the day of: "at the summit"
NAMED_PARTIES = FOUGHT_OVER | {"NORP", "ORG", "PERSON"}  # the entities that may be a party
BARE = {"appos", "nmod:unmarked", "nmod:tmod"}  # how the parse may hang a day with no preposition from a noun
# a figure a change starts from or a comparison is made with (not "than", which is mostly "more than $900 million"),
# and what may stand between it and its date
_BASE = r"\b(?:from|versus|vs\.?|compared\s+(?:with|to))\s+"
_BASE_DATED = r"\s+(?:(?:in|on|at)\s+)?"
BASE_BEFORE = re.compile(rf"{_BASE}$", re.IGNORECASE)
BASE_DATED = re.compile(_BASE_DATED)
BARE_BASE = re.compile(rf"{_BASE}\d[\d,.]*{_BASE_DATED}$", re.IGNORECASE)  # a bare number's date: "up from 12 in May"
POSSESSIVE = {"'s", "’s"}
NAMING = {"", ","} | POSSESSIVE  # between a date and the event noun it names: "Tuesday's talks"
PRESENT_TAGS = {"VBZ", "VBP"}
PERFECT = {"has", "have", "'ve", "’ve"}
PERFECTS = PERFECT | {"had"}  # the past perfect too
# Verbs that keep someone "from" a deed, which so did not happen: "barred Arafat from travelling"
PREVENTING = {"prevent", "bar", "stop", "block", "ban", "keep", "forbid", "prohibit", "deter", "dissuade", "restrain",
              "discourage", "preclude", "hinder"}  # fmt: skip
# Words that open a deed not done, done without or in the place of another, and the status they give it; "with or
# without" leaves it open, and comes first, before its "without" is read alone
FORGOING = {("with", "or", "without"): "hypothetical", ("without",): "denied", ("rather", "than"): "denied",
            ("instead", "of"): "denied", ("as", "opposed", "to"): "denied", ("short", "of"): "denied",
            ("clear", "of"): "denied"}  # fmt: skip
PREVENTING_FORMS = forms_of(PREVENTING)  # for ``among``, as FORETELLING_FORMS
# What an event noun does as it happens, which a present tells of now: "the talks resume today", "the visit comes
# amid tensions", "the attack marks the deadliest this year"; what else it does, it does after ("his attacks have
# alarmed them")
NOW_DOING = HAPPENS | GOING_EVENTS | {"come", "take", "be", "remain", "mark"}
# What sets an event noun before now: "his recent attacks", "the previous talks"
EARLIER_MOODS = {mood for mood, status in NOUN_MOODS.items() if status == "occurred"} | {"former"}
STILL = {"already", "now", "currently", "still"}  # a state that holds as it is told: "delegates already backing her"
# What tells a present of things that happen again and again: "often meets", "his frequent visits", "every year"
HABITUAL = {"often", "usually", "always", "sometimes", "frequently", "regularly", "routinely", "typically", "rarely",
            "seldom", "occasionally", "normally", "traditionally", "habitually", "constantly", "repeatedly",
            "consistently", "persistently", "continually"}  # fmt: skip
RECURRING = {"frequent", "regular", "occasional", "routine", "periodic", "annual", "weekly", "monthly", "daily",
             "yearly", "intermittent", "sporadic", "repeated", "recurring", "constant", "continual"}  # fmt: skip
WHENEVER = {"when", "whenever", "if", "once", "unless"}  # "when I visit Kampala": whenever it happens
AWAITING = {"after", "once"}  # the time of something to come: "will leave after she meets them"
# Works whose story is told in the present, as it happens each time it is read or watched: "a film in which she
# talks to farmers", "in the novel, a soldier attacks his commander" (not a video, an ad or a letter, which tell
# what their makers say now)
WORKS = {"film", "movie", "documentary", "novel", "book", "memoir", "play", "musical", "opera", "series", "sitcom",
         "episode", "song", "poem", "comedy", "drama", "thriller", "biopic"}  # fmt: skip
ANYONE = {"anyone", "anybody", "everyone", "everybody", "whoever", "anything", "everything", "whatever"}
REPLIES = {"protest", "retaliation", "reprisal", "defiance", "solidarity"}  # after "in": why a deed was done
ANY = {"any", "every", "each", "no"}  # "any content that praises terrorism"
PRESENT_AUXILIARIES = {"is", "are", "am", "'s", "’s", "'re", "’re", "'m", "’m"} | PERFECT
TENSED_AUXILIARIES = PRESENT_AUXILIARIES | {"was", "were", "had", "did", "does", "do"}
# Verbs whose object noun is the event and whose subject is its actor: "launched an invasion", "paid a visit",
# "imposed sanctions", "slapped sanctions on the bank".
LIGHT_VERBS = {"launch", "begin", "start", "conduct", "stage", "carry", "make", "pay", "hold", "undertake", "mount",
               "order", "announce", "continue", "complete", "reach", "strike", "do", "impose", "slap", "levy",
               "introduce", "extend", "tighten", "resume", "restart", "revive", "reopen", "renew"}  # fmt: skip
LIGHT_FORMS = forms_of(LIGHT_VERBS)  # for ``among``: "slapped", which the lemmatizer may miss
# Verbs whose "towards" is a goal not yet reached: "working towards an agreement", "moving toward talks"
APPROACHING = {"work", "move", "head", "edge", "inch", "step", "progress", "strive", "push", "march"}
# What a light verb's own phrase names the event's other party with: "paid a visit to Kabul", "held talks with
# Russia"; and for a conflict, "imposed sanctions on the bank", "mounted an attack against the town"
LIGHT_PARTIES = {"to", "with", "between"}
# A speech verb's clauses that tell what was said, or something more, not when it was said
SAID_CLAUSES = {"ccomp", "parataxis", "xcomp", "conj", "csubj"}


def find_reports(doc: Doc, timexes: list[Timex], published: Published) -> list[Report]:
    """The event reports of a parsed document, in order."""
    found: list[tuple[Token, Report]] = []
    text = text_of(doc)
    sentences = Sentences(text)
    sport = _sport_words(text)
    for token in doc:
        lemma = _verb_lemma(token) if token.pos_ == "VERB" else token.lemma_.lower()
        awaited = None  # who is due where: "Lavrov is due in Ankara"
        if token.pos_ == "VERB" and lemma in VERBS:
            kind_read = reading(token, lemma)
            if kind_read is None:
                continue  # "sends a message": nothing is sent
            sources, targets = _verb_roles(token)
            kind, intensity = kind_read
            if lemma == "send":
                sources, targets = _sent_roles(token, sources, kind)
        elif token.pos_ == "NOUN" and (lemma in NOUNS or token.lower_ in NOUNS) and not _no_event_noun(token):
            sources, targets = _noun_roles(token)
            kind, intensity = NOUNS.get(lemma) or NOUNS[token.lower_]
        elif awaited := _due_in(token):
            sources, targets = _participants([awaited[0]]), _participants([awaited[1]])
            kind, intensity = VERBS["visit"]
        else:
            continue
        if not sources and not targets or _unsaid(token) or _titled(token) or _hyphened(token):
            continue
        # a day's number beside its month keeps a noun with no party as an event, dated ("the bombings on Aug. 7"),
        # but is no party itself ("protested on 28 July against the bill")
        targets = [(start, end) for start, end in targets if not _day_number(doc, start, end)]
        if _played(kind, token.sent.text, sport):
            continue
        if lemma == "attack" and _in_words(token, sources, targets):
            kind, intensity = VERBS["criticize"]
        sentence = token.sent
        status = _status(token)
        if status == "occurred" and awaited:
            status = "planned"  # "is due in Ankara": the visit is to come
        if status == "planned" and kind.split("/")[0] in CONFLICT and (attempt := _attempted(token)) is not None:
            status = _status(attempt)  # "tried to kill the mayor", "will try to seize the port"
        own = _date(doc, timexes, token, status, published, sentences)
        # what is set some time apart from a dated event ("six months after a port agreement") is no line of a story
        dated = own or _apart_from(doc, timexes, token, published, sentences) or _after_told(doc, timexes, token, found)
        # an undated event told in the present happens now, but what a verb only asks for, plans, wants or works
        # towards ("demanded that Ethiopia withdraw", "plans to send troops", "favors closing the border", "working
        # towards a deal", "wants a deal") has no day yet, nor what only might be ("if Somalia expels the envoy")
        asked = status == "hypothetical" or status != "occurred" and (
            _complement(token) or _backed_deed(token) or _approached(token) or _sought(token))
        # nor is an event that a verb of blame or protest takes ("condemns the invasion") one of the day it is told
        unsaid = asked or _reacted_to(token) or _sided_on(token)
        # nor what is told in the perfect ("has endorsed Cruz"): done at some time before the writing
        perfect = not (dated or unsaid) and _perfect(_told_by(token))
        if dated or unsaid or perfect or _said_before(doc, timexes, token, published):
            point = when(dated, published)  # none where it is unsaid or done before, or told in what was said before
        else:
            point = _now(token, published)
        if status == "occurred" and not published.inferred and after_published(point["value"], published):
            status = "planned"  # "the board meets June 16", "the premier's Dec. 28 meeting", told before the day
        found.append((token, Report(kind, status, intensity, token.idx, token.idx + len(token.text),
                                    sentence.start_char, sentence.end_char, sources, targets,
                                    point["value"], point["precision"], point["text"],
                                    status == "occurred" and dated is own and _narrative(token, dated),
                                    perfect)))  # fmt: skip
    return _carried_out(found)


def _apart_from(doc: Doc, timexes: list[Timex], trigger: Token, published: Published,
                sentences: Sentences) -> Timex | None:  # fmt: skip
    """The date of what a clause or a phrase sets some days, weeks, months or years after or before what it hangs
    on, where that is dated by a day: in "Kenya closed the border on Friday, two days after gunmen attacked a post"
    the attack is of Wednesday, and in "Ankara hosted talks on Monday, six months after a port agreement" the
    agreement is of the month six months before. The date's words are the span and its "after" or "before"; not a
    span it lasts ("for two days after the vote"), nor one told loosely ("nearly six months after")."""
    order = _ordered_by(trigger)
    apart = _span_before(doc, timexes, order) if order is not None else None
    if apart is None or trigger.dep_ not in ("advcl", "obl", "nmod"):
        return None
    anchor = _date(doc, timexes, trigger.head, _status(trigger.head), published, sentences)
    day, precision = point(anchor.value, published) if anchor else (None, None)
    if anchor is None or day is None or precision != "day":
        return None
    measure, span = apart
    end = order.idx + len(order.text)
    moved = _moved(day, span, order.lower_ != "after")
    return Timex(measure.start, end, text_of(doc)[measure.start : end], "DATE", moved, guess=anchor.guess)


def _after_told(doc: Doc, timexes: list[Timex], trigger: Token, found: list[tuple[Token, Report]]) -> Timex | None:
    """The date of a deed set some days, weeks, months or years after or before an event that the story has dated by
    a day and names again by "the" and an event noun: in "Gunmen attacked a post on Monday. Two days after the
    attack, Kenya expelled the envoy" the envoy was expelled on Wednesday. The event is the last of the noun's kind
    told, with a day, in an earlier sentence."""
    for noun in trigger.children:
        order = _ordered_by(noun)
        if order is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue
        kind = noun_kind(noun).split("/")[0]
        if not kind or (apart := _span_before(doc, timexes, order)) is None:
            continue
        told = [r for _, r in found if r.trigger_end <= trigger.sent.start_char and r.status == "occurred"
                and r.when_precision == "day" and r.type.split("/")[0] == kind]  # fmt: skip
        if told:
            measure, span = apart
            end = noun.idx + len(noun.text)
            return Timex(measure.start, end, text_of(doc)[measure.start : end], "DATE",
                         _moved(told[-1].when_value, span, order.lower_ == "after"))
    return None


def _span_before(doc: Doc, timexes: list[Timex], order: Token) -> tuple[Timex, re.Match[str]] | None:
    """The span of days, weeks, months or years right before an "after" or "before" ("two days after"), and its
    amount and unit; not a span it lasts ("for two days after the vote"), nor one told loosely ("nearly six months
    after")."""
    if order.lower_ not in ("after", "before"):
        return None
    measure = next((t for t in timexes if t.type == "DURATION" and t.end <= order.idx
                    and not text_of(doc)[t.end : order.idx].strip()), None)  # fmt: skip
    if measure is None:
        return None
    span = SPAN_APART.fullmatch(measure.value)
    # the words right before it, not the whole text up to it, which each "after" would read again
    lasting = LASTING.search(text_of(doc), max(0, measure.start - 20), measure.start)
    return None if span is None or measure.mod or lasting else (measure, span)


def _moved(day: str, span: re.Match[str], forward: bool) -> str:
    """The value of the day, or its month or year for a span of months or years, some span from ``day``."""
    unit, granularity = APART_BY[span[2]]
    return calendar.value_at(calendar.shift(date.fromisoformat(day), unit, int(span[1]) * (1 if forward else -1)),
                             granularity)


def _said_before(doc: Doc, timexes: list[Timex], trigger: Token, published: Published) -> bool:
    """Whether an event is told in what a speech verb, dated by words of its own to before the document's week, says
    ("reported last month that the group has funded trips"): a present or perfect there is of that time, not of
    the document's."""
    clause = _clause_of(trigger if trigger.pos_ != "NOUN" else _teller(trigger))
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS or published.value is None:
        return False
    days = [period(value)[1] for t in timexes if _hangs_from(doc, t, speech) and (value := point(t.value)[0])]
    return any((first_day(published.value) - day).days > TOLD_SINCE for day in days)


def _verb_lemma(verb: Token) -> str:
    """A verb's lemma as the lexicon knows it, which the lemmatizer may have missed ("supplies", "condemning")."""
    lemma = verb.lemma_.lower()
    return lemma if lemma in VERBS else VERB_FORMS.get(verb.lower_, lemma)


def date_speech(doc: Doc, quotes: list[Quote], timexes: list[Timex], published: Published) -> list[Quote]:
    """The quotes with the date the clause of their speech verb gives the speech, as it gives an event's: "Fidan
    said on Tuesday that …", '"…," the minister told reporters on Friday'; never a date in quoted words or in what
    the verb says was said, nor in a clause joined to it ("and urged them to resume talks abandoned in 2009"). A
    speech told in the present ("says Hassan") is of the document's date, with no words of its own to show."""
    sentences = Sentences(text_of(doc))
    # nor a span the words count over ("reported 412 thefts between March 3 and July 1")
    unsaid = [t for t in timexes if not any(q.direct and q.start <= t.start < q.end for q in quotes)
              and not SPANNED.search(sentences.text, max(0, t.start - 60), t.start)]  # fmt: skip
    found = []
    for quote in quotes:
        verb = speech_verb(doc, quote)
        dated = None
        if verb is not None:
            clauses = [c for c in verb.children if c.dep_ in SAID_CLAUSES]
            spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in clauses]
            if quote.end <= verb.idx:  # "Talks could resume this week, said Baker"
                spans.append((quote.start, quote.end))
            elif quote.start <= verb.idx and quote.source_start is not None:
                # "The goal, he said on Tuesday, is a truce": only the words set off around the verb date the saying
                close = text_of(doc).find(",", verb.idx, quote.end)
                spans += [(quote.start, quote.source_start), (close if close >= 0 else quote.end, quote.end)]
            own = [t for t in unsaid if not any(start <= t.start < end for start, end in spans)
                   or any(c.left_edge.idx <= t.start and _between_teller_and_told(t, c) for c in clauses)]  # fmt: skip
            if quote.direct and _told_past(doc, quote):
                own = [t for t in own if not _in_recounted_when(doc, t, verb)]
            dated = _date(doc, own, verb, "occurred", published, sentences)
        if dated or verb is None:
            point_ = when(dated, published)
        elif auxiliaries(verb) & PERFECT:
            point_ = when(None)  # "has said", "have been demanding": at some time before the writing
            quote = replace(quote, perfect=True)
        else:
            point_ = _now(verb, published)  # "says" is told as the document is written, as an event in the present is
        found.append(_with_when(quote, point_))
    return found


def _told_past(doc: Doc, quote: Quote) -> bool:
    """Whether quoted words are told in the past: their first tensed word is a past one ("we were stunned")."""
    words = doc.char_span(quote.start, quote.end, alignment_mode="expand") or []
    return next((w.tag_ for w in words if w.tag_ in ("VBD", "VBZ", "VBP", "MD")), None) == "VBD"


def _in_recounted_when(doc: Doc, timex: Timex, verb: Token) -> bool:
    """Whether a date lies in a "when" clause set before a speech verb whose quoted words recount that time: in
    'When the board met on Monday to sell the port, Okafor said, "We were stunned"' Monday is of the shock, not
    the saying; not "When asked on Monday, …", the asking of the saying."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i > verb.i or clause.lemma_.lower() in SPEECH_VERBS:
            continue
        if any(c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children):
            if clause.left_edge.idx <= timex.start < clause.right_edge.idx + len(clause.right_edge):
                return True
    return False


def _with_when(item: QuoteOrFigure, point_: dict[str, str | None]) -> QuoteOrFigure:
    """A quote or a figure with the contract's ``when``, or as it was where that has no value."""
    if point_["value"] is None:
        return item
    return replace(item, when_value=point_["value"], when_precision=point_["precision"], when_text=point_["text"])


def date_figures(doc: Doc, figures: list[Figure], timexes: list[Timex], published: Published) -> list[Figure]:
    """The figures with the date the clause they are given in gives what they measure, as it gives an event its
    date: "trade reached $289 million in 2023", "In March the floods displaced 3,000 people"; not the day a
    telling outside that clause gives ("rose to $2 billion, officials said on Monday"), nor the date of a base figure
    ("rose to $1.12 from $1.10 the day before": only $1.10 is of the day before)."""
    sentences = Sentences(text_of(doc))
    text = sentences.text
    timexes = [t for t in timexes if not compared_with(text, t.start, t.end)]
    spans = [doc.char_span(figure.start, figure.end, alignment_mode="expand") for figure in figures]
    bases = [(i, f) for i, f in enumerate(figures) if BASE_BEFORE.search(text, max(0, f.start - 20), f.start)]
    owners = {id(t): _owner(doc, text, t, bases, spans) for t in timexes}
    found = []
    for i, (figure, span) in enumerate(zip(figures, spans)):
        dated = None
        if span is not None:
            # a base figure's date is not this one's: "rose to $1.12 from $1.10 the day before"
            own = [t for t in timexes if owners[id(t)] in (None, i)]
            verb = clause_verb(span.root)
            dated = next((t for t in own if owners[id(t)] == i), None) or _measured_on(doc, own, span.root)
            dated = dated or _date(doc, own, verb, "occurred", published, sentences)
        found.append(_with_when(figure, when(_span_end(text, dated, timexes), published)))
    return found


def _span_end(text: str, timex: Timex | None, timexes: list[Timex]) -> Timex | None:
    """The date a figure was reached by: the last of a span the given date opens ("road deaths fell 31 percent from
    2008 to 2013", "surveyed 1,200 farmers between May 6-9"), none where the text gives no such date; else the
    date."""
    if timex is None or (at := span_end_at(text, timex.start, timex.end)) is None:
        return timex
    return next((t for t in timexes if t.start == at), None)


def _owner(doc: Doc, text: str, timex: Timex, bases: list[tuple[int, Figure]], spans: list[Span | None]) -> int | None:
    """The base figure a date is of, if any, of the ``bases`` (a change starts from or a comparison is made with, with
    their places among the figures): the one the date's words follow or hang on in the parse ("from $1.10 the day
    before", "up from 8 percent in January"); -1 for a bare number's ("up from 12 in May"), no figure's."""
    if bases:
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        hung = {t.head.i for t in span if not span.start <= t.head.i < span.end} if span is not None else set()
        for i, figure in bases:
            words = spans[i]
            if words is not None and words.root.i in hung or BASE_DATED.fullmatch(text, figure.end, timex.start):
                return i
    return -1 if BARE_BASE.search(text, max(0, timex.start - 40), timex.start) else None


def _measured_on(doc: Doc, timexes: list[Timex], figure: Token) -> Timex | None:
    """A date hung on a figure's word, or on a word up its heads to the head of its clause: "up from 4 percent in
    February" (not the clause's "in March"), "rose to $1 billion last year" where the parse took "rose" for a
    noun."""
    hung = {}
    sentence = figure.sent
    for timex in timexes:
        if not sentence.start_char <= timex.start < sentence.end_char or not point(timex.value)[0]:
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        if span.root.dep_ != "nmod:poss" or span.root.head.i == figure.i:  # not "win Monday's debate -- 44 percent"
            hung.setdefault(span.root.head.i, timex)
    token = figure
    while token.i not in hung and token.pos_ not in ("VERB", "AUX") and token.dep_ not in CLAUSES:
        if token.head.i == token.i:
            break  # a root the parse left unlabelled
        token = token.head
    return hung.get(token.i)


def speech_verb(doc: Doc, quote: Quote) -> Token | None:
    """The speech verb that attributes a quote: the one whose subject the words naming its source hold ("the
    minister said", "Unisys, which said"), else one right beside them ("said Fidan"); none for "according to
    Fidan"."""
    if quote.source_start is None or quote.source_end is None:
        return None
    source = doc.char_span(quote.source_start, quote.source_end, alignment_mode="expand")
    if source is None or not len(source):
        return None
    # a reported speech may hold its own attribution ("The goal, he said, is …"); a direct quote's words are its own
    verbs = [t for t in source.sent if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS
             and not (quote.direct and quote.start <= t.idx < quote.end)]  # fmt: skip
    for verb in verbs:
        subject = subject_of(verb)
        if subject is not None and subject.lower_ in RELATIVE and verb.dep_ in RELATIVE_CLAUSE:
            subject = verb.head  # the noun the relative clause tells of
        if subject is not None and source.start <= subject.i < source.end:
            return verb
    return next((v for v in verbs if v.i in (source.start - 1, source.end)), None)


def _date(
    doc: Doc, timexes: list[Timex], trigger: Token, status: str, published: Published, sentences: Sentences
) -> Timex | None:
    """The expression that dates a trigger: its dated-list item's date, else the one of its sentence the parse
    hangs on it (``_dating``)."""
    dated = date_of(sentences.text, timexes, trigger.idx, trigger.idx + len(trigger.text), sentences)
    if not dated or dated.role != "text":
        return dated
    return _dating(doc, timexes, _joined_past(trigger) or trigger, status, published, sentences)


def _joined_past(verb: Token) -> Token | None:
    """The verb that a past form the parse joined to a modal's verb goes with: in "announced on Tuesday that he would
    urge Somalia to lift the embargo and blamed Kenya", "blamed" is no "would blamed" but a second deed of the one
    who announced, on Tuesday."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or auxiliaries(verb) or head.tag_ != "VB":
        return None
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    return head.head if modal and head.dep_ == "ccomp" and head.head.pos_ == "VERB" else None


def _in_words(trigger: Token, sources: list[tuple[int, int]], targets: list[tuple[int, int]]) -> bool:
    """Whether an attack is made in words. A word for speech ("a phony attack", "publicly attacked", "a line of
    attack") or a stance attacked ("attacks on his biography", "attacked loopholes", "attacks on his military
    reputation") says so whatever else the sentence tells. Otherwise it needs nothing of violence in its sentence but
    in the reason it is made for, nothing attacked that only arms attack (a compound, an embassy), and a person
    attacked ("stop attacking Machado", "attack my wife", "attacking his rivals", "the reigning Miss Kenya"), a
    reason it is made for or over ("attacked the candidates for accepting donations", "attacked the senator for
    his vote on the war"), a medium it is made in ("In a June speech, the mayor attacked the cartels"), or a person
    attacking what is no place ("the senator's attacks on migrants", "the governor attacked the program")."""
    found = (trigger.doc.char_span(start, end, alignment_mode="expand") for start, end in targets)
    spans = [span for span in found if span is not None]
    roots = [span.root for span in spans]
    if any(r.lemma_.lower() in STANCES for r in roots) or _spoken(trigger):
        return True
    reasons = [c for c in trigger.children if (preposition(c) or marker(c)) in ("for", "over")]
    sentence = trigger.sent
    told = [t.text_with_ws for t in sentence if not any(r.left_edge.i <= t.i <= r.right_edge.i for r in reasons)]
    if VIOLENCE.search("".join(told)) or any(r.lemma_.lower() in STRUCTURES for r in roots):
        return False
    person = any(r.ent_type_ == "PERSON" or r.lower_ in PERSONAL or r.lemma_.lower() in PEOPLE for r in roots)
    person = person or any(t.lower_.rstrip(".") in HONORIFIC_WORDS for span in spans for t in span)
    medium = bool(MEDIUM.search(sentence.text))
    return person or bool(reasons) or medium or _by_person(trigger.doc, sources, roots)


def _spoken(trigger: Token) -> bool:
    """Whether a word says an attack is made in words: "a phony attack", "publicly attacked", "a line of attack",
    "attacked the governor, saying she had misled the voters"."""
    if any(c.lower_ in SPOKEN for c in trigger.children if c.dep_ in ("amod", "advmod", "compound")):
        return True
    if any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in SPEECH_VERBS for c in trigger.children):
        return True
    return trigger.dep_ == "nmod" and preposition(trigger) == "of" and trigger.head.lemma_.lower() == "line"


def _by_person(doc: Doc, sources: list[tuple[int, int]], targets: list[Token]) -> bool:
    """Whether a person named attacks what is no place: a person's own attack is in words, where a leader's on a
    country or a gunman's on a club is fought."""
    found = (doc.char_span(start, end, alignment_mode="expand") for start, end in sources)
    named = any(span is not None and span.root.ent_type_ == "PERSON" for span in found)
    placed = any(_place(t) for t in targets)
    return named and not placed


def _carried_out(found: list[tuple[Token, Report]]) -> list[Report]:
    """The reports less each event noun that a verb of the same kind carries out: "Ankara hosted the first round of
    talks between Ethiopia and Somalia" is one consultation, Turkey's, not that and the talks again."""
    verbs = {token.i: report.type.split("/")[0] for token, report in found if token.pos_ == "VERB"}
    return [report for token, report in found
            if token.pos_ != "NOUN" or _carrier(token, verbs) != report.type.split("/")[0]]


def _carrier(noun: Token, verbs: dict[int, str]) -> str | None:
    """The kind of event the verb reports that a noun is the object of, also through the "of" of its object
    ("hosted the first round of talks"), if that verb reports one."""
    if noun.dep_ == "nmod" and preposition(noun) == "of" and noun.head.dep_ in ("obj", "dobj"):
        noun = noun.head
    return verbs.get(noun.head.i) if noun.dep_ in ("obj", "dobj") else None


def _dating(
    doc: Doc, timexes: list[Timex], trigger: Token, status: str, published: Published, sentences: Sentences
) -> Timex | None:
    """The expression of the trigger's sentence that dates it by the parse: the first, or a later one that hangs from
    the trigger itself ("Monday" in "PHILADELPHIA, July 25 (UPI) — The committee released the detainees … Monday");
    none in "removing … before the forum next week", whose date is the forum's."""
    begin, stop = sentences.around(trigger.idx, trigger.idx + len(trigger.text))
    dated = [t for t in timexes if begin <= t.start < stop and point(t.value)[0]]
    opener = _opener(trigger)
    opened = [_opened_by(doc, t, opener) for t in dated]
    # the date whose "when" clause the trigger's is comes first ("On Monday he recalled 2014, when Russia annexed …");
    # the sentence's first date is no date of a "when" clause on another time after it ("80 years on from the famine's
    # first winter, when troops killed …", "and later, when Ethiopia signed …")
    when_at = opener.idx if opener is not None and opener.lower_ == "when" else -1
    loose = [i == 0 and t.start >= when_at for i, t in enumerate(dated)]
    # a date hanging from the trigger itself comes before the sentence's others: "In the 1990s he served in Nairobi;
    # later, in 2003, Kenya expelled him" expelled him in 2003
    own = [_hangs_from(doc, t, trigger) for t in dated]
    # and one in the trigger's own words before one outside them: "revealed on Tuesday that the ministry asked Uganda
    # for the records in a letter on Friday" asked on Friday
    edge = trigger.right_edge
    inside = [trigger.left_edge.idx <= t.start < edge.idx + len(edge) for t in dated]
    ranked = sorted(range(len(dated)), key=lambda i: (not opened[i], not own[i], not inside[i]))
    dates = (i for i in ranked if _dates(doc, dated[i], trigger, status, published, loose[i], opened[i]))
    found = next((dated[i] for i in dates), None)
    if found is not None and _names(doc, found, trigger):
        return counted_from(found)  # "two days after Monday's attack": the attack is of Monday
    clause = _teller(trigger)
    if found is not None or any(clause.left_edge.idx <= t.start <= clause.right_edge.idx for t in dated):
        return found
    placed = (t for t in dated if _placed_then(doc, t, clause, opener))
    return next((t for t in placed if not _not_then(trigger, status, point(t.value)[0], published)), None)


def _names(doc: Doc, timex: Timex, trigger: Token) -> bool:
    """Whether a date comes right before an event noun, naming it: "the premier's Dec. 28 meeting", "Tuesday's
    talks", and "the Oct. 23 killing", whose -ing word the tagger may take for a verb after a date it seldom saw."""
    if not (timex.end <= trigger.idx and text_of(doc)[timex.end : trigger.idx].strip() in NAMING):
        return False
    return trigger.pos_ == "NOUN" or trigger.tag_ == "VBG" and _owned(doc, timex)


def _owned(doc: Doc, timex: Timex) -> bool:
    """Whether a determiner or an owner comes right before a date: "the Oct. 23", "the court's May 2"."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].tag_ in ("DT", "PRP$", "POS")


def _names_another(doc: Doc, timex: Timex, span: Span, trigger: Token) -> bool:
    """Whether a date set between "the" (or an owner) and a noun outside the trigger's words names that noun
    (``_names``), whatever the parse made of it: "recalled the March 9, 2011, terrorist attacks … and was criticized"
    was not criticized in 2011; but "won the Nov. 8 election" was won then, and a deed the noun holds was done then."""
    before = doc[span.start - 1] if span.start else None
    if before is None or not (before.lower_ == "the" or before.tag_ in ("POS", "PRP$")):
        return False
    after = span.end + int(span.end < len(doc) and doc[span.end].text == ",")
    if after >= len(doc) or not _names(doc, timex, doc[after]):
        return False
    if trigger.left_edge.i <= after <= trigger.right_edge.i:
        return False
    named = doc[after]
    while named.dep_ == "compound":
        named = named.head
    return not named.is_ancestor(trigger)  # "the envoy's Tuesday speech faulting the plan" faulted it then


def _hangs_from(doc: Doc, timex: Timex, trigger: Token) -> bool:
    """Whether the parse hangs a date on the trigger itself."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and span.root.head.i == trigger.i


def _placed_then(doc: Doc, timex: Timex, clause: Token, opener: Token | None) -> bool:
    """Whether a clause with no date of its own tells what happened at a place, by "where", that the verb the date
    hangs from names: "spent Friday evening in Mombasa, where she visited …", "moved on Monday to Geneva, where the
    envoy met …"."""
    place = clause.head
    if opener is None or opener.lower_ != "where" or clause.dep_ not in RELATIVE_CLAUSE:
        return False
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or timex.end > place.idx or preposition(place) not in ("in", "at", "to"):
        return False
    if preposition(span.root) in ORDERING or any(c.dep_ == "advmod" and c.lower_ in LATER for c in clause.children):
        return False  # "born in 1950 in Paris, where he later met her"
    return span.root.head.i == place.head.i


def _dates(
    doc: Doc,
    timex: Timex,
    trigger: Token,
    status: str,
    published: Published,
    loose: bool = True,
    opened: bool = False,
) -> bool:
    """Whether a temporal expression dates the event, by the parse.

    It does when it comes right before an event noun ("the Dec. 28 meeting"),
    when it hangs from the trigger, or from its subject or a phrase of it
    (``_adjunct``), when it names the meeting the trigger takes part in
    (``_gathering_of``), and when it dates the event noun whose deed the
    trigger's relative clause tells (``_done_by``). Unless the trigger is told
    in the present and the date is past, or is an infinitive told as planned,
    wanted or judged ("wants to send troops"), or is an event noun that a verb
    only asked for takes, outside that verb's clause ("called on the cabinet
    Wednesday to block the visit"), it also does when the trigger's clause opens with "when" or
    "where" right after it (``opened``, as ``_opened_by`` reads it); and
    ``loose``, with no other noun between ("invaded
    Ukraine in 2022"), when the event sits in a clause on the date ("in July,
    when he called …"), or when the trigger depends on the verb the date hangs
    from ("launched its invasion in February 2022"). "Removing … before the forum
    next week", "oversaw … until May" and "information for 2014" date something
    else, and so does the main clause for a relative clause. ``status`` is the
    event's, as ``_status`` reads it.
    """
    if _names(doc, timex, trigger):
        return True  # "the premier's Dec. 28 meeting", "Tuesday's talks", whatever the parse made of it
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or _dates_another(span.root, trigger, timex, published):
        return False
    if span.root.dep_ == "advcl" and marker(span.root) in ORDERING | GROUNDS:
        return False  # "rejected it because the final was later that night": a clause of its own, on its own time
    if _compared(timex, trigger):
        return False  # "sent more troops than it did in 2010": the time it is measured against
    if _invited_to(trigger, span.root):
        return False  # "invited him to a rally in September", "was invited to speak in November": the rally's month
    if _in_ground(trigger, span.root):
        return False  # "accused the rebels of raiding the depot in May 2019": the raid's month
    if _earlier_when(span.root, trigger):
        return False  # "attacked him when he had vowed in March that …": the vow came before
    if (participle := _set_beside_subject(span.root, trigger)) is not None:
        # "Omondi, held in 2019, is accused of …": what the subject went through before; "the minister, speaking on
        # Thursday, accused …": what the subject did as it acted
        return participle.tag_ == "VBG"
    if (ground := _ground_of(trigger)) is not None and not ground.left_edge.i <= span.root.i <= ground.right_edge.i:
        return False  # "on Sunday faulted him for backing the strike": the backing came before
    if _reacted_to(trigger) and not trigger.left_edge.i <= span.root.i <= trigger.right_edge.i:
        return False  # "on Wednesday downplayed his attack on the judge": the attack came before
    if _between_teller_and_told(timex, trigger):
        return False  # "told reporters on Monday it would send aid": the parse may hang the telling's day on the told
    if _done_before_then(trigger, span.root):
        return False  # "said on Friday that Somalia had attacked its troops": the attack came before the telling
    # "Earlier this week Shoigu reached Kabul": a date the parse left on its own, with no comma, is the main verb's
    verb = _main(trigger) if span.root.head.i == span.root.i else span.root.head
    while (_place(verb) or _day_in_phrase(span.root, verb, trigger, timex)) and verb.head.i != verb.i:
        verb = verb.head  # "spoke to reporters at State House Tuesday": a place has no day; what was done there has
    if verb.i == trigger.i or _one_occasion(verb, trigger, timex):
        return True
    if _adjunct(span.root, trigger, timex, published) or _gathering_of(span.root, trigger):
        return True
    if trigger.pos_ == "NOUN" and verb == _taking_place(trigger):
        return True  # "a meeting with him, which took place this morning"
    # "the 2014 attack that killed six soldiers": what the attack did, it did on the day of its phrase
    event = _done_by(trigger)
    if event is not None and event.left_edge.i <= span.root.i < trigger.left_edge.i:
        return _dates(doc, timex, event, status, published, loose)
    if not opened and _names_another(doc, timex, span, trigger):
        return False  # but "at the 2012 summit, when he urged …" was urged then
    if _not_then(trigger, status, point(timex.value)[0], published):
        return False
    # "called on the cabinet Wednesday to block the general's visit": an event noun is not done on a date outside the
    # clause of the verb that takes it when that verb is not
    told = _teller(trigger)
    outside = not told.left_edge.i <= span.root.i <= told.right_edge.i
    if told.i != trigger.i and outside and _not_then(told, _status(told), point(timex.value)[0], published):
        return False
    if verb.pos_ in ("NOUN", "PROPN") and preposition(verb) in ORDERING_EVENTS:
        return False  # "since after the 2006 war to shield them from any raid": the war's year, which orders it
    if _set_against(trigger, span.root, verb, timex):
        return False
    return opened or loose and _in_its_clause(span, trigger, verb)


def _set_against(trigger: Token, root: Token, verb: Token, timex: Timex) -> bool:
    """Whether the trigger's clause is set by "but" or "yet", with a subject of its own, against an earlier one whose
    verb a month or a year hangs from: "quit the board in 2009, but he said he felt tied to it" was said since. A
    day may be the answer's too ("hosted the summit on June 4, but Somalia criticized the talks"), and so may a
    month be an answer's to what was told then ("reported in October that …, but her team denied it")."""
    contrast = any(c.dep_ == "cc" and c.lower_ in ("but", "yet") for c in trigger.children)
    ahead = trigger.dep_ == "conj" and trigger.head.i == verb.i and verb.i < root.i < trigger.i
    told = verb.lemma_.lower() in SPEECH_VERBS
    return contrast and ahead and not told and _own_clause(trigger) and point(timex.value)[1] != "day"


def _one_occasion(verb: Token, trigger: Token, timex: Timex) -> bool:
    """Whether a day after the second of two past deeds joined by "and", which the parse hangs on that one, is the
    first's too, as one occasion: "six guards were killed and nine others injured in a bomb attack on Friday",
    "arrested two men and seized rifles at a meeting on Friday". Not where the second has an auxiliary of its own
    ("and will charge them on Friday"), nor a year or a month, which may hold deeds far apart ("studied law and became
    mayor in 2010")."""
    past = ("VBD", "VBN")
    return (verb.dep_ == "conj" and verb.head.i == trigger.i and verb.tag_ in past and trigger.tag_ in past
            and timex.start > verb.idx and not auxiliaries(verb) and point(timex.value)[1] == "day")  # fmt: skip


def _compared(timex: Timex, trigger: Token) -> bool:
    """Whether a date comes after a clause that sets the trigger beside another time: one of "than", or of "as" or
    "like" with "do" standing for the trigger ("sent more troops than it did in 2010", "none of them faulted him, as
    they had at a rally in May")."""
    verb = trigger.head if trigger.pos_ == "NOUN" else trigger
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.left_edge.idx < timex.start]
    return any(marker(c) == "than" or marker(c) in ("as", "like") and c.lemma_ == "do" for c in clauses)


def _day_in_phrase(root: Token, word: Token, trigger: Token, timex: Timex) -> bool:
    """Whether the parse hung a day, bare or after "on", after a noun in the trigger's phrase, which tells when the
    trigger's deed was done, not that noun's day: "endorsed Ruto during a call with reporters Tuesday morning", "at
    a yearly meeting of the mayors' association in Alabama on Tuesday". Not a year or a month, which may well
    be the noun's ("a candidate for president this year"), nor the day of an event or a gathering that the deed was
    not done at or in, which has one of its own ("sent troops after the attack on Tuesday"), nor one of a phrase
    that orders the deed after or before it ("after a night of speeches by senators on Wednesday, he said …"), unless
    close by ("just before the governor's speech Friday")."""
    hung = root.dep_ in BARE - {"appos"} or root.dep_ == "nmod" and preposition(root) == "on"
    if not hung or word.pos_ not in ("NOUN", "PROPN") or root.i <= word.i or point(timex.value)[1] != "day":
        return False
    path = _phrase_path(word, trigger)
    if path is None:
        return False
    own_day = _happening(word) and not any(preposition(w) in HELD_IN for w in path)
    return not own_day and not any((order := _ordered_by(w)) is not None and not _close_by(order) for w in path)


def _phrase_path(word: Token, trigger: Token) -> list[Token] | None:
    """The words from a word of the trigger's phrase up to the trigger, which is left out: "Association", "meeting" for
    "criticized" in "at a yearly meeting of the association …, he criticized"; None for a word outside its phrase."""
    path = []
    while word.i != trigger.i:
        if word.head.i == word.i:
            return None
        path.append(word)
        word = word.head
    return path


def _place(word: Token) -> bool:
    """Whether a word names a place: "Kismayo", "the capital of Jubaland", "State House", "the embassy"."""
    return word.ent_type_ in FOUGHT_OVER or word.lemma_.lower() in PLACE_WORDS


def _in_ground(trigger: Token, root: Token) -> bool:
    """Whether a date lies in the ground that a verb of blame or praise gives with "of", "for" or "over" ("accused
    the rebels of raiding the depot in May 2019", "praised him for his visit to Kabul in May"), which tells an act
    of its own; "will meet for talks on March 17" and "called for a ban in March" give none."""
    if not _judging(trigger):
        return False
    grounds = [c for c in trigger.children if c.i > trigger.i and (preposition(c) or marker(c)) in GROUND_WORDS]
    return any(c.is_ancestor(root) for c in grounds)


def _earlier_when(root: Token, trigger: Token) -> bool:
    """Whether a date lies in a "when" clause told in the past perfect, outside the trigger's own words, which
    tells of a time before the event."""
    clause = next((a for a in [root, *root.ancestors] if a.dep_ == "advcl"), None)
    if clause is None or clause.left_edge.i <= trigger.i <= clause.right_edge.i:
        return False
    return "when" in openers(clause) and "had" in auxiliaries(clause)


def _set_beside_subject(root: Token, trigger: Token) -> Token | None:
    """The bare participle a date lies in, if it is set between the trigger's subject and the trigger and so tells of
    the subject ("Omondi, held in 2019 and later freed, is accused", "the minister, speaking on Thursday, accused");
    not one that opens the sentence ("Asked on Monday about the raid, the minister said")."""
    subject = subject_of(trigger)
    if subject is None:
        return None
    # the parse hangs it from the verb (advcl) or from the subject (acl)
    participle = next((a for a in root.ancestors if a.head.i in (trigger.i, subject.i)), None)
    if participle is None or participle.tag_ not in ("VBN", "VBG") or participle.dep_ not in ("advcl", "acl"):
        return None
    return participle if not marker(participle) and subject.i < participle.i < trigger.i else None


def _ground_of(trigger: Token) -> Token | None:
    """The ground a verb or noun of blame or praise gives with "of", "for" or "over" that the trigger lies in
    ("thanked him for backing the bill", "held the minister responsible for the attack", "faced criticism for
    threatening them"), if it does."""
    word, ground = trigger, None
    for _ in range(3):
        judge = word.head
        if judge.i == word.i:
            return None
        if (preposition(word) or marker(word)) in GROUND_WORDS and word.i > judge.i:
            ground = word  # the phrase the judging takes, not one inside it: "charged over the bombing of a hotel"
        # the parse may hang the ground on the verb beside the noun: "faced criticism | for backing the strike"
        noun = judge if judge.pos_ == "NOUN" else noun_before(word)
        judging = _judging(judge) or noun is not None and noun.lemma_.lower() in JUDGING_NOUNS
        if ground is not None and (judging or _held_to_account(judge)):
            return ground
        word = judge
    return None


def _judging(verb: Token) -> bool:
    """Whether a verb judges someone for a deed."""
    return verb.pos_ == "VERB" and among([verb], JUDGING_FORMS)


def _held_to_account(verb: Token) -> bool:
    """Whether a verb holds someone in contempt, to account, or responsible."""
    held = verb.lemma_.lower() == "hold"
    return held and any(c.lemma_.lower() in ACCOUNTS for c in verb.children)


def _invited_to(trigger: Token, root: Token) -> bool:
    """Whether a date lies in or after what an invitation is to, its "to" phrase or its infinitive, which comes after
    the invitation ("invited him on Monday to a summit in March")."""
    if trigger.lemma_.lower() != "invite":
        return False
    to = [c for c in trigger.children if c.dep_ in ("xcomp", "advcl") or c.dep_ == "obl" and preposition(c) == "to"]
    return any(c.left_edge.i <= root.i for c in to if c.i > trigger.i)


def _done_by(trigger: Token) -> Token | None:
    """The event noun whose deed a relative clause in the simple past tells ("the raid that freed the hostages"),
    if the trigger's is one; for a killing or an attack told of the place an attack struck, that attack, as no place
    kills ("the 2019 bombing of a hotel in Mombasa that killed 20 guests")."""
    noun = trigger.head
    if trigger.dep_ not in RELATIVE_CLAUSE or noun.pos_ not in ("NOUN", "PROPN") or not _told_in_past(trigger):
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in trigger.children):
        return None
    if VERBS.get(_verb_lemma(trigger), ("",))[0] == "ASSAULT":
        noun = _struck_by(noun)
    return noun if noun.pos_ == "NOUN" and (noun_kind(noun) or noun.lemma_.lower() in HAPPENINGS) else None


def _struck_by(place: Token) -> Token:
    """The attack or blast whose phrase names a place ("the bombing of a hotel in Mombasa", "a raid on a village";
    the parse may set the place beside it), else the place itself."""
    noun = place
    while noun.dep_ in ("nmod", "appos") and _place(noun) and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    struck = noun_kind(noun) == "ASSAULT" or noun.lemma_.lower() in HAPPENINGS
    return noun if noun.i != place.i and struck else place


def _gathering_of(root: Token, trigger: Token) -> bool:
    """Whether a date names the meeting that the trigger takes part in as its object ("attended Thursday's summit",
    "hosted the 2012 talks", "will attend next month's meeting", "hosted the summit of 2012"), is done at ("talked
    at last month's ball", "at a rally in Kisumu last week") or speaks to ("told a news briefing on Tuesday"),
    which is when the trigger happens."""
    meeting = root.head
    named = root.dep_ in ("nmod:poss", "compound", "nummod", "amod")
    named = named or root.dep_ == "nmod" and preposition(root) == "of"
    at = meeting.dep_ == "obl" and preposition(meeting) in ("at", "during")
    if (named or root.dep_ in BARE) and at:  # "at a rally in Kisumu last week"
        return meeting.head.i == trigger.i and meeting.lemma_.lower() in GATHERED_AT
    if meeting.head.i == trigger.i and meeting.dep_ in SPOKEN_TO and trigger.lemma_.lower() in ADDRESSING:
        # "told a news briefing on Tuesday", "addressed a rally in Kano Sunday": the parse hangs the day on it
        dated = root.dep_ in BARE or root.dep_ == "nmod" and preposition(root) == "on"
        return (named or dated) and meeting.lemma_.lower() in GATHERED_AT
    if not named or meeting.dep_ not in ("obj", "dobj"):
        return False
    return meeting.head.i == trigger.i and trigger.lemma_.lower() in TAKING_PART and noun_kind(meeting) == "CONSULT"


def _opener(trigger: Token) -> Token | None:
    """The "when" or "where" that opens the trigger's clause, if one does."""
    clause = _teller(trigger)
    opener = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ in ("when", "where")), None)
    if opener is None or any(not t.is_punct for t in clause.subtree if t.i < opener.i):
        return None
    return opener


def _teller(trigger: Token) -> Token:
    """The verb whose clause tells of the trigger: the one that takes an event noun as its object ("unleashed attacks
    on Rubio"), else the trigger itself."""
    return trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ in ("obj", "dobj") else trigger


def _opened_by(doc: Doc, timex: Timex, opener: Token | None) -> bool:
    """Whether ``opener``, the "when" or "where" that opens the trigger's clause, comes right after the date or after
    the phrase the date dates ("became clear in 2014, when ministers urged …", "a speech at the 1992 convention, when
    he called for …", "taught at a college in the 1970s, where she urged …"): the clause tells what happened then,
    wherever the parse hangs it."""
    if opener is None or opener.idx < timex.end:
        return False
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    named = span.root.head if span.root.dep_ in ("nummod", "compound", "amod") else span.root
    # the phrase up to the clause, which may hang from it ("a June 2011 phone call where the envoy asked …")
    end = max(timex.end, *(t.idx + len(t) for t in named.subtree if t.i < opener.i))
    return text_of(doc)[end : opener.idx].strip() in ("", ",", "-", "–", "—")


def _dates_another(root: Token, trigger: Token, timex: Timex, published: Published) -> bool:
    """Whether a date names what the event pertains to, a deadline or a bound, or a later day the event, told in the
    past, only looked to."""
    value, precision = point(timex.value)
    if precision == "year" and any(c.dep_ == "case" and c.lower_ == "for" for c in root.children):
        return True  # "release the funds for 2014 on Friday": what it pertains to, not when
    ordered = any(c.dep_ == "case" and c.lower_ in ORDERING for c in root.children)
    if ordered and root.i not in {t.i for t in trigger.ancestors} and all(c.lower_ != "when" for c in trigger.children):
        # "urged the agency to release the detainees by July 31": a deadline or a bound, not when; but "since January
        # 2012, when the singer hosted it" dates the clause on it
        return True
    # "invited the Taliban to the conference on January 9" told on the 4th, "had agreed to meet him in September":
    # the conference's day, the meeting's month
    told = _told_in_past(trigger) or _told_before(trigger) or _in_asked(trigger, root)
    return after_published(value, published) and told


def _in_asked(verb: Token, word: Token) -> bool:
    """Whether a word lies in the infinitive that a verb of asking, promising or agreeing takes, which tells the
    asked act: "used the ad to urge voters to turn out on Election Day" urged them before that day."""
    if verb.lemma_.lower() not in COMPLEMENT_STATUS:
        return False
    asked = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and infinitive(c)]
    return any(c.i == word.i or c.is_ancestor(word) for c in asked)


def _not_then(trigger: Token, status: str, value: str | None, published: Published) -> bool:
    """Whether the event, in a clause that a date may date, did not happen on it: it came before the day, it is told
    in the present of a past day, or it is only possible, refused, planned, wanted or judged."""
    ordering = _ordered_by(trigger)
    if ordering is not None and not _close_by(ordering):
        # "hosted talks on Monday, six months after a port agreement", "said on Thursday …, a day after Ethiopia and
        # Somalia agreed": that came before the day
        return True
    if _present(trigger) and value is not None and timeline_key(value) < (published.value or ""):
        return True  # "pointing to her win on March 1 as she urges voters to unite": that is now
    if auxiliaries(trigger) & (HYPOTHETICAL | FUTURE | DEONTIC):
        return True  # "stressing in his remarks on Tuesday that Trump would sign laws": not then, maybe never
    if infinitive(trigger) and _taker(trigger).pos_ == "NOUN" and _taker(trigger).lemma_.lower() in UNREALIZED:
        return True  # "turned on the mayor on Wednesday over her refusal to publish the audit": not then, maybe never
    # "said on Wednesday she would meet the unions to talk about…", "said Tuesday it was wrong for the judge to
    # fault the mayor": what is planned, wanted or judged is not done on the day it is told
    return infinitive(trigger) and (status != "occurred" or _for_to(trigger))


def _ordered_by(trigger: Token) -> Token | None:
    """The word that orders an event against another: "after" in "six months after a port agreement", and in "after
    visiting 12 cities, raising $20 million and …" for each deed it opens the list of."""
    while True:
        word = next((c for c in trigger.children if c.dep_ in ("case", "mark") and c.lower_ in ORDERING_EVENTS), None)
        if word is not None or trigger.dep_ != "conj" or marker(trigger) or preposition(trigger):
            return word  # a deed opened by a word of its own is not in the list
        trigger = trigger.head


def _close_by(ordering: Token) -> bool:
    """Whether an event ordered against another by ``ordering`` ("after", "before") came so close to it that it shares
    its date: "spoke on Tuesday right after meeting the caucus", "hours after talking to him"."""
    return ordering.i > 0 and ordering.nbor(-1).lower_ in CLOSE_BY


def _main(word: Token) -> Token:
    """The root of the parse ``word`` lies in."""
    while word.head.i != word.i:
        word = word.head
    return word


def _in_its_clause(span: Span, trigger: Token, verb: Token) -> bool:
    """Whether the date's word lies on the trigger's path up the parse, or hangs from ``verb``, the verb of the
    trigger's own clause; not the main clause of a relative clause, nor a verb whose subject is the event noun."""
    root = span.root
    if root.i in {t.i for t in trigger.ancestors} or _reaches(root, trigger, span):
        return True
    if trigger.dep_ in RELATIVE_CLAUSE:  # "Mohamud, who signed the Ankara accord, was … during the 1990s"
        return False
    if trigger.dep_ == "acl" and marker(trigger) == "that":
        return False  # "disputed on Monday a claim that both camps had agreed …": what the claim tells
    if trigger.pos_ == "NOUN" and trigger.dep_.startswith("nsubj") and trigger.head.i != verb.i:
        return False  # "said on Thursday that its memorandum with Ethiopia remained valid": the memorandum is older
    if trigger.pos_ == "NOUN" and preposition(trigger) == "under":
        return False  # "withdrew on Friday under a truce deal": what they acted under came before
    in_view = verb.lemma_.lower() in STATUS_VERBS or verb.lemma_.lower() in COMPLEMENT_STATUS
    if in_view and _own_clause(trigger) and verb.i < root.i < trigger.i:
        return False  # "proposed a meeting on June 4, but Kenya rejected it": the day of what was proposed
    # "said on Monday that Somalia had managed to sign": the managing has a time of its own, and so has what a clause
    # set beside by "with" takes ("With Ruto facing accusations of graft, Odinga spoke on Monday")
    beside = _told_apart(trigger.head) or _absolute(trigger.head)
    return trigger.head.i == verb.i or trigger.head.head.i == verb.i and not beside


def _told_apart(clause: Token) -> bool:
    """Whether a verb is a complement clause with a subject of its own, which tells its own time; one told before
    its verb of saying has one, wherever the parse hung it ("A girl blackmailed two women …, police said")."""
    fronted = clause.i < clause.head.i and finite(clause)
    return clause.dep_ == "ccomp" and (fronted or subject_of(clause, CLAUSE_SUBJECTS) is not None)


def _between_teller_and_told(timex: Timex, clause: Token) -> bool:
    """Whether a date lies after the verb that tells a complement clause and before the clause opens, by "that", its
    subject or its first auxiliary: "told reporters on Monday it would send aid", "the posts it said a month ago
    would go", not "pledged that in 2000 it would lift the limits"."""
    if clause.dep_ != "ccomp" or not clause.head.i < clause.i:
        return False
    subject = subject_of(clause, CLAUSE_SUBJECTS)
    openings = [c.idx for c in clause.children if c.dep_ in ("mark", "aux", "aux:pass", "cop") and c.i < clause.i]
    openings += [subject.left_edge.idx] if subject is not None else []
    return bool(openings) and clause.head.idx < timex.start and timex.end <= min(openings)


def _own_clause(verb: Token) -> bool:
    """Whether a verb joined to another, or set beside it by "with", a semicolon or as a speech frame, has a subject
    of its own, so tells a clause of its own ("Clinton proposed a debate but Sanders rejected it", "denied the report,
    with officials accusing Somalia of lying", "backed the plan; Somalia rejected it", "…, police said Friday")."""
    beside = verb.dep_ in ("conj", "parataxis") or verb.dep_ in ("advcl", "acl") and marker(verb) == "with"
    return beside and any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children)


def _absolute(verb: Token) -> bool:
    """Whether a verb with a subject of its own is set beside another by "with": "with officials accusing Somalia"."""
    return verb.dep_ != "conj" and _own_clause(verb)


def _adjunct(root: Token, trigger: Token, timex: Timex, published: Published) -> bool:
    """Whether a day (or a month or year after "in") hangs from the subject or a prepositional phrase of a trigger
    told in the past, no later than the telling, or told with "will", no earlier; it then dates the trigger whichever
    word the parse hangs it from: "recalled its ambassador for consultations on Tuesday", "Sanders on Wednesday
    morning called …", "called the plan reckless in a post Sunday", "first met the envoy in 1996", "praised her in an
    interview aired Saturday", "will meet for talks on Friday", and a bare day after its object ("visited the region
    Aug. 19"). The subject or phrase may be one joined to another, or a place in it ("In her speech at the Monday
    rally, she accused …"); the trigger may share the time of the verb it is joined to or follows as a bare
    participle (``_sharer``). Not "removing … before the forum next week", nor
    "sent troops after the attack on Tuesday", whose preposition orders the two; nor the subject's own date
    ("Tuesday's talks were praised"), nor a year of what the trigger is for ("criticized him for votes in 1994")."""
    noun = root.head
    if noun.dep_ == "acl" and noun.tag_ == "VBN" and root.dep_.startswith("obl"):
        noun = noun.head  # "praised the plan in an interview aired Saturday"
    elif not root.dep_.startswith("nmod") and root.dep_ not in ("compound", "nummod", "appos"):
        return False  # "in an August speech" is a compound
    # "The clinic and its founder in 2011 agreed …", "In his speech at the Friday rally, the mayor accused …": the
    # phrase the noun belongs to
    while noun.dep_ in ("conj", "appos") or noun.dep_ == "nmod" and preposition(noun) in ("at", "in"):
        noun = noun.head
    # an event noun is told in the tense of the verb that takes it, and a phrase of either dates it: "unleashed
    # attacks against the mayor in Saturday's debate"
    told = _teller(trigger)
    event_noun = told.i != trigger.i
    told = _sharer(told)
    # a gerund a past verb takes was done by then: "regretted supporting him in the 2008 primaries"
    past = _told_in_past(told) or told.tag_ == "VBG" and told.dep_ == "xcomp" and _told_in_past(told.head)
    if not (past or auxiliaries(told) & FUTURE) or noun.head.i not in (trigger.i, told.i):
        return False
    value, precision = point(timex.value)
    # "visited the region Aug. 19": a bare day after the object, which the parse may hang from it
    bare = noun.dep_ in ("obj", "dobj") and root.dep_ in BARE and not preposition(root) and root.i > noun.i
    # "agreed a deal in Abuja on Saturday": a day after "on" that the parse hangs from the object, with no verb
    # between ("the claim to have tested a missile on Monday")
    on_day = noun.dep_ in ("obj", "dobj") and preposition(root) == "on" and root.i > noun.i and precision == "day"
    on_day = on_day and of_time(root) and not any(t.pos_ in ("VERB", "AUX") for t in root.doc[noun.i : root.i])
    phrase = noun.dep_ in ("obl", "nsubj", "nsubj:pass") or event_noun and noun.dep_ == "nmod"
    if not (phrase or bare or on_day):
        return False
    subject = noun.dep_.startswith("nsubj")
    after_doer = subject and _time_after_doer(noun, root)
    if subject and (preposition(root) in POSSESSIVE or not preposition(root)) and not after_doer:
        return False  # "Tuesday's talks were praised", "the 2014 accord collapsed": the subject's own date
    if any(c.dep_ == "case" and c.lower_ in ORDERING for word in (noun, root) for c in word.children):
        return False
    reason = preposition(noun) == "for" and any(c.dep_ in ("obj", "dobj") for c in noun.head.children)
    if precision != "day" and reason:
        return False  # "criticizing him for votes in the 1990s": the reason's time; but "called for a ban in May"
    if value is None or published.precision != "day" or not published.value:
        return False
    today = first_day(published.value)
    if past and period(value)[0] > today or not past and period(value)[1] < today:
        return False
    # a month or year only with a preposition of time, its own or, before the noun it names, the noun's: "met Osei
    # for the first time in 1996", "In a September letter, the mayor asked"; not "a scandal of 2019"
    cases = {c.lower_ for c in root.children if c.dep_ == "case"}
    if not cases and root.i < noun.i:
        cases = {c.lower_ for c in noun.children if c.dep_ == "case"}
    return precision == "day" or after_doer or not bare and bool(cases & {"in", "during"})


def _time_after_doer(noun: Token, root: Token) -> bool:
    """Whether a bare time stands between a subject and its verb, the subject a doer with no day of its own and not
    a happening, as wire copy sets the time of the deed: "President Lena Marsh Thursday condemned …", "Kenya last
    week expelled …"; not a year in a title after the verb ("said Ali Musa, the mayor's 2019 campaign chief")."""
    return noun.i < root.i < noun.head.i and not preposition(root) and not _happening(noun)


def _happening(noun: Token) -> bool:
    """Whether a noun tells of something that happens, and so has a day of its own: "the raid", "the rally"."""
    return bool(noun_kind(noun)) or noun.lemma_.lower() in OWN_DAYS


def _sharer(verb: Token) -> Token:
    """The verb whose subject and time a clause shares: the first of verbs joined with no subject or auxiliary of
    their own ("on Thursday said … and urged …"), the one a bare participle follows ("criticized him in an email
    Saturday, accusing him of …") or the one that ranks an infinitive ("on Wednesday became the first senator to
    endorse him"); else the verb itself."""
    if verb.pos_ == "VERB" and infinitive(verb) and _ranked(verb):
        verb = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb)
    while verb.head.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark")
                                               for c in verb.children):
        joined = verb.dep_ == "conj" and any(c.dep_ == "cc" for c in verb.children)
        if not (joined or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            break
        verb = verb.head
    return verb


def _narrative(trigger: Token, dated: Timex | None) -> bool:
    """Whether a report tells the line of a story. Dated by its own words, any in the main clause does, a noun the
    main verb takes too ("was joined on Monday at a meeting"), and sets the story's date. Undated, a verb or the
    light verb that makes an event noun ("He held talks with Abiy") tells what happened next: a simple past in the
    main clause, or joined to it ("He met the envoy and signed the deal"), that no word puts before the story's
    time ("had met", "earlier met")."""
    if dated is not None:
        verb = clause_verb(trigger)
    else:
        light = _taken_by(trigger) if trigger.pos_ == "NOUN" and _made_by(trigger) else trigger
        if light is None or light.pos_ != "VERB" or not _told_in_past(light) or _backgrounded(light):
            return False
        verb = light
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _backgrounded(verb: Token) -> bool:
    """Whether an adverb sets a verb before the time it is told in: "had earlier met", "has previously called", "in
    the past has faulted"."""
    if any(c.dep_ == "advmod" and c.lower_ in BACKGROUND for c in verb.children):
        return True
    subject = subject_of(verb)  # "Odinga in the past has faulted": the parse may hang it on the subject
    phrases = [*verb.children, *(subject.children if subject is not None else ())]
    return any(c.lower_ == "past" and preposition(c) == "in" for c in phrases)


def _told_before(verb: Token) -> bool:
    """Whether a clause is told in the simple past or a perfect ("when Kenya has been holding drills")."""
    helping = auxiliaries(verb)
    return verb.tag_ == "VBD" and not helping or bool(helping & PERFECTS)


def _told_in_past(verb: Token) -> bool:
    """A simple past, a past passive ("was recalled"), or a main verb tagged as a participle with no auxiliary
    ("The White House on Monday urged …")."""
    helping = auxiliaries(verb)
    if verb.tag_ == "VBD":
        return not helping
    return verb.tag_ == "VBN" and (helping in ({"was"}, {"were"}) or not helping and verb.dep_ == "ROOT")


def _reaches(token: Token, trigger: Token, span: Span) -> bool:
    """Whether the date's word climbs to the trigger through no other noun than a place or a target, nor out of a
    clause that its marker orders against the trigger ("praise him, after most voters said so in December") or gives
    as its ground ("rejected the idea because the final was that night"), nor out of a complement clause with a
    subject of its own, which tells its own time ("protested that Somalia had attacked its troops on Monday"), nor
    out of a relative clause on another word ("urged a cap of $900, about where it stood in 1998"), nor out of a
    clause joined to the trigger's with a subject of its own ("agreed to a truce, but when the envoy landed in May 2019
    he found the talks over")."""
    while token.i != trigger.i:
        if token.head.i == token.i or token.dep_ == "advcl" and marker(token) in ORDERING | GROUNDS:
            return False
        if _own_clause(token):
            return False
        if _told_apart(token) or token.dep_ in RELATIVE_CLAUSE and token.head.i != trigger.i:
            return False
        below, token = token, token.head
        if token.i == trigger.i or span.start <= token.i < span.end or token.pos_ not in ("NOUN", "PROPN"):
            continue
        # "their meeting with the mayor in a neutral venue on Tuesday night", "the attack on a consulate in Mombasa on
        # Sept. 3": a place or a target has no date of its own; nor has the occasion of "her attack in Sunday's debate"
        placed = below.dep_ == token.dep_ == "nmod" and {preposition(below), preposition(token)} <= PLACED
        occasion = below.dep_ == "nmod:poss" and token.dep_ == "nmod" and preposition(token) in PLACED
        if not (placed or occasion):
            return False
    return True


def _complement(verb: Token) -> bool:
    """Whether a verb is an infinitive or a bare "that" clause under another verb: "urged them to withdraw", "called
    for Egypt to withdraw", "demanded that Ethiopia withdraw", "demanded that the envoy be expelled". The parse
    often hangs such an infinitive as a purpose (advcl), so a purpose is taken too ("called an aide to ask"), the
    rarer case."""
    if verb.head.i == verb.i or verb.head.pos_ != "VERB":
        return False
    bare = verb.tag_ in ("VB", "VBP") or any(c.dep_ == "aux:pass" and c.tag_ == "VB" for c in verb.children)
    return infinitive(verb) or bare and marker(verb) == "that"


def _called_event(verb: Token) -> bool:
    """Whether "call" takes an event called, whose infinitive is its purpose, not what someone is asked to do: "a
    strike was called to protest the killings", "a general strike, called by unions to denounce …" (not "urged the
    congress to condemn it")."""
    if verb.lemma_.lower() != "call":
        return False
    return any(w.pos_ == "NOUN" and (w.lemma_.lower() in CALLED_EVENTS or noun_kind(w)) for w in acted_on(verb))


def _for_to(verb: Token) -> bool:
    """Whether an infinitive has its subject after "for" ("for Ginsburg to criticize"), which the parse may hang on
    the verb or on the subject."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(c.lower_ == "for" and c.dep_ in ("mark", "case") for w in (verb, *subjects) for c in w.children)


def _participants(tokens: list[Token]) -> list[tuple[int, int]]:
    """Each participant and the ones joined to it by "and"; a time is none ("met the minister on Wednesday")."""
    spans = []
    for token in tokens:
        for part in [token] + [_misjoined(c) for c in token.children if c.dep_ == "conj"]:
            spans += [_party_span(named) for named in _named(part) if not of_time(named)]
    return spans


def _misjoined(part: Token) -> Token:
    """The name a joined part stands for where the parse made the name and a past verb after it modifiers of the
    next noun: in "an agreement between Addis Ababa and Somaliland plunged relations into crisis" the tagger may
    read "Somaliland plunged" as describing "relations", which it joins to Addis Ababa."""
    if part.pos_ != "NOUN":
        return part
    first = next(t for t in part.subtree if t.dep_ not in ("cc", "punct"))
    name = next((e for e in part.doc.ents if e.start == first.i and e.label_ in NAMED_PARTIES), None)
    if name is None or name.end >= len(part.doc):
        return part
    after = part.doc[name.end]
    return name.root if after.tag_ == "VBD" and after.dep_ == "amod" and after.head == part else part


def _party_span(token: Token) -> tuple[int, int]:
    """A participant's name, less the city that names where a meeting or an agreement was held ("signed the Doha
    agreement" is signed with no one named); two names before it are its parties ("the Moscow-Kabul accord")."""
    start, end = name_span(token)
    if token.pos_ == "NOUN" and token.lemma_.lower() in VENUE_NOUNS:
        names = [c for c in token.children if c.dep_ == "compound" and c.i < token.i and c.ent_type_]
        if len(names) == 1 and _venue(names[0]):
            start = token.doc[names[0].i + 1].idx
    return start, end


def _venue(name: Token) -> bool:
    """Whether a name before a meeting or an agreement is a city's, alone ("Doha", not "Croatia-Yugoslavia")."""
    return name.ent_type_ in ("GPE", "LOC") and name_span(name)[0] == name.idx and city(name.text)


def _named(token: Token) -> list[Token]:
    """The names a participant stands for: a place or polity noun's "of" name (capitalised, as the tagger may
    take a name for an adjective) and those joined to it ("the governments of Ethiopia and Somalia", "the city of
    Kharkiv and the town of Izium"), a government's seat ("officials in Beijing"), the states office holders come
    from ("ministers from Russia and Iran"), else the participant itself."""
    if token.pos_ != "NOUN":
        return [token]
    polity = token.lemma_.lower() in POLITY_NOUNS
    role = token.lemma_.lower() in ROLE_NOUNS
    of = next((c for c in token.children if c.dep_ == "nmod" and c.text[:1].isupper() and (
        polity and preposition(c) == "of" or preposition(c) == "in" and seated(token, c)
        or role and preposition(c) == "from")), None)  # fmt: skip
    return [of] + [n for c in of.children if c.dep_ == "conj" for n in _named(c)] if of else [token]


def _verb_roles(verb: Token) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    # "Its president is due to visit": the parse may give the one scheduled as the outer subject
    scheduled = any(c.lemma_.lower() in SCHEDULED for c in verb.children if c.i < verb.i)
    found = subject_of(verb, ("nsubj", "nsubj:outer") if scheduled else ("nsubj",))
    if found is None and verb.dep_ == "parataxis" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN":
        found = verb.head if verb.head.i < verb.i else None  # "Somalia, which claims it, recalled": the name is root
    if found is not None and of_time(found):  # "Kenya this week recalled …": the parse takes the time for a subject
        found = next((c for c in verb.children if c.dep_ == "nsubj" and not of_time(c)), None)
    subjects = [found] if found is not None else []
    passive = [c for c in verb.children if c.dep_ in ("nsubj:pass", "nsubjpass")]
    objects = [c for c in verb.children if c.dep_ in ("obj", "dobj", "iobj")]
    agents = agents_of(verb)
    obliques = [c for c in verb.children if c.dep_ == "obl" and preposition(c) in TARGET_PREPOSITIONS]
    if verb.lemma_.lower() in VISITING:  # "arrived in Kabul on a surprise visit": the place, not the visit
        obliques = visited_places(verb)
    if verb.dep_.startswith("acl"):  # "the embassy, which evacuated …": the relative pronoun is the noun it follows
        subjects = [(_done_by(verb) or verb.head) if c.lower_ in RELATIVE else c for c in subjects]
    if not passive and agents and verb.dep_ == "acl" and verb.tag_ == "VBN":
        passive = [verb.head]  # "a plan backed by Kenya", "the envoy expelled by Somalia"
    if not passive and not subjects and verb.dep_ == "xcomp" and any(c.dep_ == "aux:pass" for c in verb.children):
        passive = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "the guard appeared to have been killed"
    if not passive and not objects and subjects and subjects[0].tag_ == "CD" and _done_to(verb):
        passive, subjects = subjects, []  # a headline's "Two killed in shelling": a count is who it was done to
    if passive:
        return _participants(agents), _participants(passive)
    if not subjects and verb.dep_ in ("acl", "advcl") and infinitive(verb):
        subjects = _resolved_by(verb)
    if not subjects and (verb.dep_ in ("xcomp", "conj") or verb.dep_ in ("acl", "advcl") and not finite(verb)):
        subjects = [c for c in _clause_head(verb).children if c.dep_ == "nsubj"]  # "Russia wants to remove them"
    if not subjects and verb.dep_ == "acl" and infinitive(verb) and _held(verb.head):
        subjects = [c for c in verb.head.head.children if c.dep_ == "nsubj"]  # "Somaliland took the chance to ask"
    objects = objects[:1] if called(verb) else objects
    # "a request the judges turned down": a clause with no word to open it acts on its noun, which stands before it
    fronted = not objects and bool(subjects) and verb.dep_ in RELATIVE_CLAUSE and not _opened(verb)
    objects = [verb.head] if fronted else objects
    # a common noun's own participants: "recalled its ambassador to Ethiopia", "hosted talks between Ethiopia and
    # Somalia", "signed a memorandum of understanding with Somaliland"
    named = [c for o in objects if o.pos_ == "NOUN" for c in _complements(o)]
    # the parse may hang such a phrase on the verb instead, right after the object, or after the verb where the object
    # stands before it ("the memorandum Ethiopia signed with Somaliland")
    named += [c for c in obliques if fronted and c.pos_ != "NUM"
              or (noun := noun_before(c)) and any(noun.i == o.right_edge.i for o in objects)]  # fmt: skip
    named = [c for c in named if preposition(c) in OBJECT_PARTY_PREPOSITIONS]
    return _participants(subjects), _participants(objects + named or obliques)


def _day_number(doc: Doc, start: int, end: int) -> bool:
    """Whether the participant at ``start``…``end`` is a day's number beside its month: "28" in "on 28 July"."""
    span = doc.char_span(start, end)
    return span is not None and len(span) == 1 and day_of_month(span[0])


def _due_in(word: Token) -> tuple[Token, Token] | None:
    """Who is awaited in which named place, where a word says one is due or expected there: "Lavrov is due in Ankara
    on Monday", "Putin is expected in Kabul"; not "payment is due in March", "rain is expected in Nairobi",
    "elections are due in Kenya", nor one "due back in Washington", coming home."""
    if word.lower_ != "due" and not (word.pos_ == "VERB" and word.lemma_.lower() == "expect"):
        return None
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if after is None or after.lower_ not in ("in", "at") or after.head.ent_type_ not in PLACES:
        return None  # a place's name, not any name: "due in March"
    place = after.head
    subjects = [c for w in (word, place) for c in w.children if c.dep_ in ("nsubj", "nsubj:pass")]
    return (subjects[0], place) if subjects and goers(subjects) else None


def _opened(verb: Token) -> bool:
    """Whether a relative clause opens with a word of its own ("which", "whom", "whose members", "where"); or its
    noun is what the verb's clause or infinitive tells of ("the reasons Israel refuses to …"), or when or how it
    happens ("the minute you endorse", "the way they met"), not what it acts on."""
    if of_time(verb.head) or verb.head.lemma_.lower() in MANNER_NOUNS or verb.head.tag_ in WH_TAGS:
        return True  # "what people have talked about" names nothing acted on
    opening = (t for t in verb.subtree if t.i < verb.i)
    return any(c.dep_ in ("xcomp", "ccomp") for c in verb.children) or any(
        t.lower_ in RELATIVE or t.tag_ in WH_TAGS for t in opening
    )


def _resolved_by(verb: Token) -> list[Token]:
    """Whose decision, plan or bid an infinitive carries out: the noun's possessor ("Uganda's decision to quit the
    union", "Kenya's bid to join the bloc"), where the parse hangs the infinitive on the noun or on the verb beside."""
    noun = verb.head if verb.dep_ == "acl" else noun_before(verb)
    if noun is None or noun.lemma_.lower() not in RESOLVED:
        return []
    return [c for c in noun.children if c.dep_ == "nmod:poss"]


def _clause_head(verb: Token) -> Token:
    """The verb whose subject a verb without one shares: its head, but the main verb for a participle set off by a
    comma that the parse hangs on an infinitive ("Niger ordered the envoy to leave, accusing him of bias": Niger
    accuses, not the envoy)."""
    head = verb.head
    set_off = verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
    return head.head if set_off and head.dep_ == "xcomp" and head.i < verb.i else head


def _done_to(verb: Token) -> bool:
    """Whether a verb is one that is only done to someone, which a count with no object before it undergoes: "two
    killed", "five arrested" (not "Ethiopia and Somalia agreed", "two met")."""
    kind = VERBS.get(verb.lemma_.lower(), ("",))[0]
    return kind.split("/")[0] in ("ASSAULT", "COERCE", "SANCTION")


def _no_event_noun(noun: Token) -> bool:
    """Whether an event noun measures out what follows ("a great deal of trouble", "a good deal of the cost"), is
    the fuss made ("has made a big deal of his plan"; not "made a big deal with China") or the profit ("made a
    killing on the market")."""
    if noun.lower_ == "killing" and noun.head.lemma_.lower() == "make" and noun.dep_ in ("obj", "dobj"):
        return True
    sized = {c.lower_ for c in noun.children if c.dep_ == "amod"}
    parties = any(preposition(c) in ("with", "between") for c in noun.children)
    if sized & {"big", "huge"} and noun.head.lemma_.lower() == "make" and not parties:
        return True
    return bool(sized & {"good", "great"}) and any(c.dep_ == "nmod" and preposition(c) == "of" for c in noun.children)


def _held(noun: Token) -> bool:
    """Whether a noun is a chance or a means its verb's subject holds, with no owner of its own: "grabbed the chance",
    "has no plans", "has the capability"; not "the NRA's refusal", "a proposal by Fischler"."""
    owned = any(c.dep_ in ("nmod:poss", "poss") or c.dep_ == "nmod" and preposition(c) == "by" for c in noun.children)
    return noun.dep_ in ("obj", "dobj") and noun.lemma_.lower() in SEIZED | HELD_MEANS and not owned


def _sent_roles(
    verb: Token, senders: list[tuple[int, int]], kind: str
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """What is sent goes to where it is sent ("to Kabul", "into Ukraine"), which is the target; envoys and troops go
    for their senders ("Kenya sent its envoy to Mogadishu", "Russian troops were sent to Syria"), goods do not. With
    no destination ("By sending its envoy, …") there is no target."""
    sent = acted_on(verb)
    to = [c for w in (verb, *sent) for c in w.children if c.dep_ in ("obl", "nmod") and preposition(c) in SENT_TO]
    return senders + (_participants(sent) if kind != "AID" else []), _participants(to)


def _noun_roles(noun: Token) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The possessor acts ("Shoigu's trip"); with none, or only "its" or "their", the subject of a light verb
    whose object the noun is ("Russia launched its invasion of Ukraine"), else the agent after "by" ("a visit to
    Cairo by President Hassan"; "Russia launched an attack by drones" is still Russia's)."""
    possessors = [c for c in noun.children if c.dep_ in ("nmod:poss", "poss") and c.pos_ != "PRON" and not of_time(c)]
    light = _light(noun)
    if not possessors and light is not None:
        # its subject, or the subject of the verb it completes: "is planning to launch an attack"
        controlled = light.dep_ in ("xcomp", "conj") and not any(c.dep_ == "nsubj" for c in light.children)
        possessors = [c for c in (light.head if controlled else light).children if c.dep_ == "nsubj"]
    possessors = possessors or [c for c in noun.children if c.dep_ == "nmod" and preposition(c) == "by"]
    complements = _complements(noun)
    if light is not None and not complements:  # "imposed sanctions on the bank": the parse hangs the party on the verb
        conflict = noun_kind(noun).split("/")[0] in CONFLICT
        parties = LIGHT_PARTIES | ({"on", "against"} if conflict else set())  # not "paid a visit on a tour"
        complements = [c for c in light.children if c.dep_ == "obl" and preposition(c) in parties]
    between = [c for c in complements if c.head == noun and preposition(c) == "between"]
    if not possessors and between:  # "talks between Ethiopia and Somalia": the first party with the others
        parties = _participants(between)
        return parties[:1], parties[1:] + _participants([c for c in complements if c not in between])
    return _participants(possessors), _participants(complements)


def _complements(noun: Token) -> list[Token]:
    """The participants a noun names through a preposition, also through an "of" noun: "invasion of Ukraine",
    "talks between Ethiopia and Somalia", "a round of talks between …", "a memorandum of understanding with …"."""
    found = [c for c in noun.children if c.dep_ == "nmod" and preposition(c) in PARTY_PREPOSITIONS]
    for of in [c for c in found if preposition(c) == "of" and c.pos_ == "NOUN"]:
        found += [c for c in of.children if c.dep_ == "nmod" and preposition(c) in PARTY_PREPOSITIONS]
    return found


def _status(trigger: Token) -> str:
    """What the text says of the event: it happened, or is planned, proposed, considered, denied or hypothetical.

    The trigger's own negation and modal verbs decide first; then, up to three
    words up the parse, a condition ("if"), a modal ("would be for Kenya to
    remove"), or a verb or adjective that puts the event in view ("is
    considering removing", "propose to remove", "keen to cooperate").
    """
    if _asked(trigger) or _awaited(trigger):
        return "hypothetical"  # "Did the foundation refuse to hand over the papers?", "before we strike back"
    if _imperative(trigger):
        return "proposed"  # "Talk to them.", '"Support our troops," he said'
    if (deed := _replied_by(trigger)) is not None:
        status = _status(deed)  # "will boycott the vote in protest" is planned; "did not attend in protest" protested
        return "occurred" if status == "denied" else status
    clause = _clause_of(trigger)
    if _gainsaid(clause):
        return "denied"  # "denied that Putin would visit Kabul", "rejected claims that troops attacked the village"
    # not a name or a noun among them: the month in "praised Somalia in May" is no "may", "at will" no "will"
    words = {spelled_out(c) for c in trigger.children
             if c.pos_ not in ("PROPN", "NOUN") and not not_only(c) and not _hedges_adverb(c)}  # fmt: skip
    words |= {spelled_out(c) for c in clause.children
              if c.dep_ in SHARED and not not_only(c) and not _hedges_adverb(c)}  # fmt: skip
    if clause.i != trigger.i and any(c.lower_ in ("instead", "rather") for c in trigger.children):
        words -= NEGATIONS  # "should not endorse him and instead support her": the support is urged, not denied
    # A modal the parser hung on the subject ("the first step would be for Kenya to remove …").
    words |= {spelled_out(a) for c in trigger.children if c.dep_ == "nsubj" for a in c.children if a.dep_ == "aux"}
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if _of_anyone(clause) and (clause.tag_ in PRESENT_TAGS or auxiliaries(clause) & (HYPOTHETICAL | FUTURE)):
        return "hypothetical"  # "anyone who attacks the convoy", "anyone who will not condemn it": whoever may
    if words & {"if", "unless"} and words & NEGATIONS or _as_long_as(clause):
        return "hypothetical"  # "if Kenya does not withdraw", "so long as it does not threaten": a condition
    # "sent little aid" sent some; "had no choice but to agree" had one
    objects = [c for c in trigger.children if c.dep_ in ("obj", "dobj") and not any(_but_to(w) for w in c.children)]
    if words & NEGATIONS or any(_says_no(w) for w in [trigger, *subjects]) or any(_says_none(o) for o in objects):
        return "denied"  # "there is no recognition", "no country has recognized the Taliban", "sent no troops"
    if _yet_to(trigger):
        return "denied"  # "Kenya is yet to recognize Somaliland"
    if forgone := _forgone(trigger):
        return forgone  # "won the seat without spending on ads" did not spend
    if _foretold(clause, words):
        return "planned"  # "said he would meet them": the future of a past day
    # "asked whether the candidates supported the bill": in question, not told ("whether to ban him" is weighed)
    questioned = "whether" in words and not infinitive(clause)
    if words & HYPOTHETICAL or "if" in words or questioned or _on_condition(trigger):
        return "hypothetical"
    if words & FUTURE:
        return "planned"
    if words & DEONTIC:
        return "proposed"
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in trigger.children):
        return "hypothetical"  # "to shield the villagers from any raid": whichever may come
    if trigger.pos_ == "NOUN" and (fate := _fate(trigger)):
        return fate
    mood = next((NOUN_MOODS[c.lower_] for c in trigger.children if c.lower_ in NOUN_MOODS), None)
    if trigger.pos_ == "NOUN" and mood:
        return mood  # "the proposed deal", "future talks"
    if trigger.pos_ == "NOUN" and _approached(trigger):
        return "planned"  # "moved closer to a deal", "working towards an agreement": not reached yet
    # "urged Ethiopia to withdraw", "demanded that Ethiopia withdraw"; not "soldiers called in to evacuate villagers"
    # … and so is a bare verb joined to the complement: "urged Ethiopia to withdraw and sign the deal"
    if _complement(clause) and particle(clause.head) not in FETCHED and not _called_event(clause.head):
        if status := COMPLEMENT_STATUS.get(clause.head.lemma_.lower()):
            return status
    if _asked_for(trigger) or _backed_deed(trigger):
        return "proposed"
    if _made_by(trigger):
        return _status(trigger.head)  # "will launch an attack", "is going to hold talks", "urged them to carry out …"
    if _done_before(trigger):
        return "occurred"  # "wants to address the concerns after recently accusing her": what came before is done
    governor = trigger
    for _ in range(3):
        if _reacted_to(governor) or _under_way(governor):
            break  # "avoids condemning Russia's invasion": the invasion happened, whatever the condemning
        if governor.head.i == governor.i or governor.dep_ in RELATIVE_CLAUSE or governor.dep_ == "parataxis":
            break  # "allies who will not censure him for his invasion": what the allies are sought for is theirs;
            # a clause set beside another keeps its own mood ("Jumbish denies the report; two leaders meet in Baghdad")
        if _own_clause(governor):
            break  # "Clinton proposed a debate but Sanders rejected it": the rejection is no proposal
        if _own_mood(governor):
            break
        if _describes_subject(governor) or _done_by_agent(governor) or _standing(governor):
            break  # "a militia backing Kenya may attack them": the backing is told, whatever the militia may do
        # a means told by a finite verb happened: "By sending its envoy, Kenya wants to show …" wants "show"
        means = governor.dep_ == "advcl" and marker(governor) == "by" and finite(governor.head)
        if _talked_about(governor):
            return "considered"  # "talked about sending troops", "talks about endorsing her"
        beside = _told_beside(governor)
        subject = governor.dep_ in ("nsubj", "nsubj:pass")
        child, governor = governor, _taker(governor)
        urged = child.tag_ in ("VB", "VBG") and _verb_lemma(governor) not in GOING_EVENTS
        if urged and _imperative(governor):
            return "proposed"  # "Please join us in backing her", "help us fight them": urged; "stop attacking" is so
        # "careful not to upset him by pressing him to step aside": no pressing, as no upsetting; not so a means told
        # first ("By sending its envoy, Kenya did not want to anger them"), nor one of a verb told as done ("did not
        # win votes by declining to debate" declined)
        if child.dep_ == "advcl" and marker(child) == "by" and child.i > governor.i and _not_to(governor):
            return "denied"
        if child.i in (trigger.i, clause.i) and _disbelieved(child, governor):
            return "denied"
        # what an event does is told of it as done: "his accusations could galvanize extremists", "hope his visits
        # may win him the post"; not whether it happens ("talks could resume", "a deal would be a victory")
        if subject and governor.pos_ == "VERB" and not _befalls(governor):
            break
        # "the envoy's trip was probably more useful": an adverb hedges what is said of a subject, not the subject;
        # a verb with a tense of its own takes no modal from the verb beside it, only a condition ("would like him to
        # explain but supports him" supports him; "if he went in and killed them" is a condition for both)
        hedged = ("mark",) if beside else ("aux", "mark") if subject else ("aux", "mark", "advmod")
        lemma = governor.lemma_.lower()
        # "has no plans to meet", "no intention of sending troops"; "no right to criticize" and "had no choice but to
        # agree" did
        if governor.pos_ == "NOUN" and _says_no(governor) and lemma not in ("right", "business") and not _but_to(child):
            return "denied"
        status = STATUS_VERBS.get(lemma) or STATUS_VERBS.get(STATUS_FORMS.get(governor.lower_, ""))
        status = status or (STATUS_NOUNS.get(lemma) if governor.pos_ == "NOUN" else None)
        status = status or (STATUS_ADJECTIVES.get(lemma) if governor.pos_ == "ADJ" else None)
        status = status or next((PHRASE_STATUS[lemma, c.lower_] for c in governor.children
                                 if (lemma, c.lower_) in PHRASE_STATUS), None)  # fmt: skip
        wishing = lemma in ("like", "love", "prefer", "happy", "glad") or among([governor], PROUD)
        if wishing and "would" in auxiliaries(governor):
            status = "considered"  # "would like to fly out to meet its mayors", "would be honored to host" want it
        if lemma == "lead" and (governor.tag_ == "VBD" or preposition(child) != "to"):
            status = None  # "the snub led to a meeting" happened; "a poll showing Trump leading" leads to nothing
        if status == "proposed" and child.dep_ == "ccomp" and _indicative(child):
            status = None  # "suggested that the mayor was losing his grip" says so; "suggested he leave" asks
        if child.pos_ == "NOUN" and preposition(child) == "at":
            status = None  # "as she proposed at the board's meeting": where the proposing was done
        if marker(child) == "from" and among([governor], PREVENTING_FORMS):
            status = "denied"  # "barred the envoy from travelling", "kept the troops from attacking": not done
        # a bare participle beside a verb is a deed of its own: "offers reasonableness, urging voters to …"
        aside = child.dep_ == "advcl" and child.tag_ == "VBG" and not marker(child) and child.i > governor.i
        no_one = any(_says_no(c) for c in governor.children if c.dep_ in ("nsubj", "nsubj:pass"))
        if status in ("planned", "considered", "proposed") and (denied(governor) or no_one):
            status = "denied"  # "does not intend to endorse him", "neither of them is inclined to attack her"
        if status and not means and not beside and not aside:
            return status
        above = {spelled_out(c) for c in governor.children if c.dep_ in hedged}
        if above & HYPOTHETICAL or "if" in above:  # "said it would give aid": planned
            return "planned" if _foretold(governor, above) else "hypothetical"
        alternatives = any(t.lower_ == "or" for t in governor.subtree)  # "whether …, or …" concedes either
        if "whether" in above and not infinitive(governor) and not alternatives:
            return "hypothetical"  # "whether the rebels choose to launch attacks"
    return _meant(trigger) or "occurred"


def _sought(noun: Token) -> bool:
    """Whether an event noun is what a verb of wanting, planning or proposing takes: "wants a deal", "craves
    recognition", "is seeking talks", "proposes talks"."""
    verb = _taken_by(noun)
    return verb is not None and STATUS_FORMS.get(verb.lower_, verb.lemma_.lower()) in STATUS_VERBS


def _approached(noun: Token) -> bool:
    """Whether an event noun is a goal drawn nearer: "moved closer to a deal", "edged nearer to a truce", "working
    towards an agreement"."""
    case = next((c for c in noun.children if c.dep_ == "case"), None)
    if case is None or case.lower_ not in ("to", "toward", "towards"):
        return False
    before = noun.doc[case.i - 1] if case.i else None
    nearer = before is not None and before.lower_ in ("closer", "nearer")
    return nearer or case.lower_ != "to" and noun.head.lemma_.lower() in APPROACHING


def _done_before(trigger: Token) -> bool:
    """Whether an event is one something else comes after, told as done before it: "after recently accusing her",
    "since previously backing him"."""
    ordering = _ordered_by(trigger)
    after = ordering is not None and ordering.lower_ in ("after", "since", "following")
    return after and any(c.dep_ == "advmod" and c.lower_ in DONE_BEFORE for c in trigger.children)


def _hedges_adverb(word: Token) -> bool:
    """Whether a hedge only hedges the adverb after it, which the parse hung on the verb: "Perhaps not
    coincidentally, he met them" met them."""
    if word.lower_ not in HYPOTHETICAL or word.tag_ != "RB":
        return False  # a modal verb hedges its verb: "may only meet them"
    after = [t for t in word.doc[word.i + 1 : word.i + 3] if t.lower_ != "not"]
    return bool(after) and after[0].tag_ == "RB" and after[0].lower_.endswith("ly") and after[0].lower_ != "only"


def _indicative(verb: Token) -> bool:
    """Whether a clause tells what is or was, by a tense: "was seizing", "had met", "backs"; not "leave" after
    "suggested that", nor "voters back him", which may be either (the tagger may call a bare "withdraw" a VBZ)."""
    third = verb.tag_ == "VBZ" and verb.lower_.endswith("s")
    return verb.tag_ == "VBD" or third or bool(auxiliaries(verb) & TENSED_AUXILIARIES)


def _told_beside(word: Token) -> bool:
    """Whether a conjunct has a tense of its own, so is no complement of the verb beside it, nor a noun of the noun
    beside it: "considered the offer and met Somalia" met it; "a debate and an inquiry into the attacks" debated no
    attack; but "wants to talk and not spend months attacking" may share the wanting, as may a conjunct of an
    infinitive or an -ing form (not of "would like", which has its modal)."""
    bare = infinitive(word.head) or word.head.tag_ == "VBG"
    told = word.pos_ in ("VERB", "NOUN") and word.tag_ not in ("VB", "VBG") and not bare
    return word.dep_ == "conj" and told


def _befalls(verb: Token) -> bool:
    """Whether a verb tells of its subject that it happens or is done to it: "resume", "take place", "come", "be
    reached", rather than what it does ("galvanize")."""
    lemma = verb.lemma_.lower()
    passive_or_copula = any(c.dep_ in ("cop", "aux:pass") for c in verb.children)
    return lemma in HAPPENS or lemma in ("come", "take", "go", "be") or passive_or_copula


def _done_by_agent(verb: Token) -> bool:
    """Whether a verb is a past participle on a noun with its agent ("the accords signed by both countries", "a plan
    endorsed by the Democrats"), which tells what was done to the noun, whatever is said of the noun; the tagger may
    take the participle for a past ("a debate fueled by attacks")."""
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and bool(agents_of(verb)) and not marker(verb)


def _describes_subject(verb: Token) -> bool:
    """Whether a verb is a bare participle on a subject ("a militia backing Kenya", "troops stationed in
    Kenya"), which tells what the subject is, not what its verb says of it; not a clause of its own ("evidence that
    a source got killed")."""
    own = any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark") for c in verb.children)
    return verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and not own and verb.head.dep_ in ("nsubj", "nsubj:pass")


def _standing(verb: Token) -> bool:
    """Whether a bare participle is told as so already, or now ("would need delegates already supporting her to
    switch", "persuade the voters now backing him"), whatever the verb above it says."""
    own = any(c.dep_ in ("aux", "aux:pass", "mark") for c in verb.children)
    return verb.tag_ in ("VBG", "VBN") and not own and any(c.lower_ in STILL for c in verb.children)


def _foretold(clause: Token, words: set[str]) -> bool:
    """Whether "would" tells the future of a past day, under a word of telling ("said he would meet them", "saying he
    would deploy troops", "the news that the PAC would endorse her"), not a condition ("would have met", "said he
    would meet them if they asked", "says he would", "asked whether he would")."""
    if words & (HYPOTHETICAL | {"if", "whether"}) != {"would"} or "have" in auxiliaries(clause):
        return False
    teller = clause.head
    if clause.dep_ not in ("ccomp", "acl") or not among([teller], FORETELLING_FORMS):
        return False
    if teller.i > clause.i or any(t.dep_ == "mark" and t.lower_ in ("if", "unless") for t in clause.subtree):
        return False  # '"Americans would support it," he added' is no backshifted future; a condition stays one
    would = next((c.i for c in clause.children if c.lower_ == "would"), clause.i)
    if any(t.is_quote for t in clause.doc[teller.i + 1 : would]):
        return False  # 'adding: "I would welcome his support"', where 'she would "support the nominee"' is told
    return teller.pos_ == "NOUN" or teller.tag_ in ("VBD", "VBN") or (
        teller.tag_ == "VBG" and not auxiliaries(teller) & PRESENT_AUXILIARIES
    )


def _made_by(noun: Token) -> bool:
    """Whether an event noun is the object of a light verb that makes it, so has that verb's status: "launch an
    attack", "hold talks" (not "make the agreement binding", which makes something of it)."""
    light = _light(noun)
    if light is None:
        return False
    made_into = any(c.dep_ in ("xcomp", "ccomp") and not infinitive(c) for c in light.children)
    return light.lemma_.lower() not in GOING_EVENTS and not made_into


def _light(noun: Token) -> Token | None:
    """The light verb an event noun is the object of, which makes the event ("launched an attack", "slapped
    sanctions"), if one is."""
    verb = _taken_by(noun)
    return verb if verb is not None and among([verb], LIGHT_FORMS) else None


def _talked_about(word: Token) -> bool:
    """Whether a gerund is what talk is about ("talked about sending troops", "in talks about backing
    her"), which weighs it; a noun talked about may have happened ("spoke about the attack")."""
    opened = marker(word) == "about" or any(c.dep_ == "case" and c.lower_ == "about" for c in word.children)
    return word.tag_ == "VBG" and opened and word.head.lemma_.lower() in TALK_WORDS


def _under_way(noun: Token) -> bool:
    """Whether an event noun is what a verb that ends or looks into it takes as its object: "refused to halt the
    attacks", "plans to end the war", "will investigate the raid"."""
    verb = _taken_by(noun)
    if verb is None:
        return False
    # the parse may take the particle for an adverb: "dial(back/advmod) its protest"
    particles = {c.lower_ for c in verb.children if c.dep_ in ("compound:prt", "advmod") and c.i == verb.i + 1}
    return _verb_lemma(verb) in GOING_EVENTS or any((verb.lemma_.lower(), p) in EASED for p in particles)


def _replied_by(noun: Token) -> Token | None:
    """The deed an event noun after "in" tells why of ("boycott the vote in protest of the tax", "in retaliation for
    the raid"), the nearest verb above it, wherever the parser hung it; the reply is that deed done or left undone
    ("did not attend in protest", "kept their sons from sitting the exams in protest"), so it stands unless that
    deed is only planned or possible."""
    if noun.pos_ != "NOUN" or preposition(noun) != "in" or noun.lemma_.lower() not in REPLIES:
        return None
    return next((a for a in noun.ancestors if a.pos_ == "VERB"), None)


def _reacted_to(noun: Token) -> bool:
    """Whether an event noun is what a verb of blame or protest takes as its object ("condemn the invasion", "protest
    the visit"), or one that recounts it ("highlights the killings"), or a noun of reaction takes ("opposition to the
    agreement", "outrage over the raid"): the event it names stands on its own. The parse may hang the phrase on the
    verb beside ("trigger opposition | to the deal")."""
    head = noun.head if noun.head.pos_ == "NOUN" else noun_before(noun)
    if noun.pos_ == "NOUN" and head is not None and preposition(noun) in ("to", "of", "over", "against"):
        return head.lemma_.lower() in REACTION_NOUNS or noun_kind(head) in REACTIONS
    verb = _taken_by(noun)
    if verb is None:
        return False
    lemma = _verb_lemma(verb)
    return VERBS.get(lemma, ("", 0))[0] in REACTIONS or lemma in STANDALONE_TAKERS


def _sided_on(noun: Token) -> bool:
    """Whether an event noun is what a verb of taking a side takes as its object: "backs the truce", "opposes the
    deal" name an event whatever its day, not one done on the day the side is taken."""
    verb = _taken_by(noun)
    return verb is not None and _verb_lemma(verb) in BACKING


def _taken_by(noun: Token) -> Token | None:
    """The verb an event noun is the object of, if it is one."""
    verb = noun.head
    return verb if noun.pos_ == "NOUN" and noun.dep_ in ("obj", "dobj") and verb.pos_ == "VERB" else None


def _imperative(verb: Token) -> bool:
    """Whether a verb is a command: a bare form that opens a sentence or a quoted clause, with no subject,
    auxiliary or marker of its own."""
    if verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return False
    first = next((t for t in verb.sent if not t.is_punct and t.lower_ != "please"), verb)
    own = any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "expl") for c in verb.children)
    return first.i == verb.i and not own


def _fate(noun: Token) -> str | None:
    """What the verb an event noun is the subject of says of it: "the talks were cancelled" and "the meeting did not
    take place" did not happen; "the summit was postponed" and "the meeting will take place in Arusha" are to come.
    As an object too: "Kenya called off the talks" did not happen, "postponed the summit" is to come (what was halted,
    "halted the shelling of the port", went on before)."""
    if noun.dep_ in ("obj", "dobj"):
        verb, lemma = noun.head, noun.head.lemma_.lower()
        if lemma in CALLED_OFF or lemma == "call" and particle(verb) == "off":
            return "denied"
        if lemma in PUT_OFF or lemma == "put" and particle(verb) == "off":
            return "planned"
    if noun.dep_ not in ("nsubj", "nsubj:pass"):
        clause = _taking_place(noun)  # "a meeting, which took place …", "which never took place"
        return None if clause is None else "denied" if denied(clause) else "occurred"
    verb, passive = noun.head, noun.dep_ == "nsubj:pass"
    lemma, words = verb.lemma_.lower(), {c.lower_ for c in verb.children}
    if passive and (lemma in CALLED_OFF or lemma == "call" and particle(verb) == "off"):
        return "denied"
    if passive and (lemma in PUT_OFF or lemma == "put" and particle(verb) == "off"):
        return "planned"
    happens = lemma in HAPPENS or lemma == "take" and "place" in words or lemma == "go" and "ahead" in words
    if not (happens or passive and lemma == "hold"):
        return None
    return "denied" if words & NEGATIONS else "planned" if words & FUTURE else None


def _taking_place(noun: Token) -> Token | None:
    """The relative clause in an event noun's phrase that tells whether it took place, whatever else is said of it:
    "requested a meeting with him, which took place this morning" (the parse may hang the clause on the last noun of
    the phrase); not "a group that began a war", which tells of the group."""
    for clause in noun.subtree:
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if clause.dep_ not in RELATIVE_CLAUSE or subject is None or subject.lower_ not in ("which", "that"):
            continue
        done = any(c.dep_ in ("obj", "dobj") for c in clause.children)
        lemma, words = clause.lemma_.lower(), {c.lower_ for c in clause.children}
        if clause.tag_ == "VBD" and (lemma in HAPPENS and not done or lemma == "take" and "place" in words):
            return clause
    return None


def _clause_of(verb: Token) -> Token:
    """The verb whose subject and auxiliaries a verb joined to it shares: "will travel to Mogadishu and meet the
    president" plans the meeting too; a verb with a subject, an auxiliary or a form of its own keeps them ("did not
    sign the deal and withdrew its envoy" withdrew it)."""
    while verb.dep_ == "conj" and _joined_form(verb, verb.head):
        if any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass") for c in verb.children):
            break
        verb = verb.head
    return verb


def _joined_form(verb: Token, head: Token) -> bool:
    """Whether a verb joined to another has the form that shares its auxiliaries: the same bare form, participle or
    gerund, or what the tagger took for a tense where only that form fits: a past joined to a perfect ("would have
    found them and killed them"), a present joined to a bare "be" ("should be grateful and even agree to pay")."""
    if verb.tag_ in ("VB", "VBN", "VBG") and verb.tag_ == head.tag_:
        return True
    auxiliaries = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if verb.tag_ == "VBD" and head.tag_ == "VBN":
        return bool(auxiliaries & PERFECTS)
    bare_be = any(c.dep_ == "cop" and c.tag_ == "VB" for c in head.children)
    return verb.tag_ in ("VB", "VBP") and head.pos_ in ("ADJ", "NOUN") and bare_be and bool(auxiliaries)


def _played(kind: str, sentence: str, sport: set[str]) -> bool:
    """Whether a meeting, a visit, a signing or a withdrawal is play: its sentence tells of sport, or names it in a
    text that does (``SPORT``; ``sport``: the text's words of sport)."""
    if kind.split("/")[0] not in PLAYED:
        return False
    words = _sport_words(sentence)
    return len(words) >= 2 or bool(words) and len(sport) >= 3


def _sport_words(text: str) -> set[str]:
    return {word.lower() for word in SPORT.findall(text)}


def _asked_for(noun: Token) -> bool:
    """Whether an event noun is what a verb or a noun of asking takes: "called for Ruto's withdrawal", "demanded the
    release of the hostages", "pressed for a ceasefire", "it was time for talks" ask for it and do not tell it
    happened; so do "called for banning them", "pressed for sending troops"."""
    if noun.tag_ == "VBG" and marker(noun) == "for":  # not "called voters stupid for supporting him"
        named = any(c.dep_ in ("obj", "iobj", "xcomp") for c in noun.head.children)
        return noun.head.lemma_.lower() in ASKED_FOR and not named
    if noun.pos_ != "NOUN":
        return False
    head = noun.head.lemma_.lower()
    if noun.dep_ in ("obj", "dobj"):
        return head in ASKED_OBJECTS
    if preposition(noun) != "for":
        return False
    return noun.dep_ == "obl" and head in ASKED_FOR or noun.dep_ == "nmod" and head in NEEDED_FOR


def _asked(trigger: Token) -> bool:
    """Whether the trigger's clause asks a yes-or-no question, its auxiliary before its subject ("Has Kenya signed
    the deal?", "Will Russia recognize the Taliban?"); a question for a reason or a time ("Why did Russia invade
    Ukraine?") takes the event as given, and a tag ("…, didn't it?") asks nothing."""
    clause = trigger
    while clause.dep_ == "xcomp" and clause.head.i != clause.i:
        clause = clause.head
    sentence = [t for t in clause.sent if not t.is_space]
    subjects = [c.i for c in clause.children if c.dep_ in ("nsubj", "nsubj:pass", "expl")]
    auxiliary = next((c.i for c in clause.children if c.dep_ in ("aux", "aux:pass")), None)
    if not sentence or sentence[-1].text != "?" or not subjects or auxiliary is None or auxiliary > min(subjects):
        return False
    return not any(t.tag_.startswith("W") for t in sentence if t.i < auxiliary)


def _awaited(trigger: Token) -> bool:
    """Whether the trigger's clause tells what has not happened yet: "unless Somalia expels the envoy", "before" or
    "until" in the present ("How many must die before we strike back?", "will wait until Kenya withdraws"), and
    "after" or "once" in the present under a "will" ("will fly to Nairobi after the president meets the rebels",
    "talks will resume once the ministers meet"); "before police arrived" happened."""
    if trigger.dep_ != "advcl":
        return False
    opener = marker(trigger)
    if opener == "unless":
        return True
    if opener in ("before", "until", "till"):
        return _present(trigger) or trigger.tag_ == "VB"
    return bool(openers(trigger) & AWAITING) and _present(trigger) and bool(auxiliaries(trigger.head) & FUTURE)


def _says_no(word: Token) -> bool:
    """Whether a word says none (``_says_none``) or takes a bare "little": "have little interest in deploying
    troops" (not "a little")."""
    little = any(c.dep_ == "amod" and c.lower_ == "little" for c in word.children)
    return _says_none(word) or little and not any(c.dep_ == "det" for c in word.children)


def _says_none(word: Token) -> bool:
    """Whether a word is "none" or "no one", or takes "no" or "neither": "none of them will support him", "no country
    has recognized the Taliban", "neither Kenya nor Uganda signed", "sent no troops"."""
    if word.lower_ in NO_ONE or any(c.dep_ == "det" and c.lower_ == "no" for c in word.children):
        return True
    first = word.left_edge  # however the parse hangs it: "neither Speaker Ryan nor his team has asked"
    return first.lower_ == "neither" and first.dep_ in ("det", "cc:preconj")


def _own_mood(word: Token) -> bool:
    """Whether a clause or phrase keeps its own status whatever the mood of what it hangs from: a ground or a
    concession ("could not attend because Somalia had expelled its envoy", "now that Kenya has left"), circumstances
    ("amid attacks"), a time told in the past or the perfect ("This can be shown when Kenya has been holding
    drills"), or a "while" told in the present, which goes on as it is told."""
    if preposition(word) in CIRCUMSTANCES or _now_that(word):  # the parse may take "now that" for "that" of speech
        return True
    if word.pos_ == "NOUN" and preposition(word) in ORDERING_EVENTS:
        return True  # "denied requests before the 2012 attack": the attack is no denial
    if word.dep_ == "ccomp" and _told_before(word) and any(c.lower_ in ASKED_HOW for c in word.children):
        return True  # "refused to explain why Kenya had attacked them": the killing is told, not denied
    if word.dep_ != "advcl":
        return False
    opener = openers(word)
    if marker(word) == "while" and _present(word):  # "might hold back while Kenya negotiates with Somalia"
        return True
    return marker(word) in GROUNDS or bool(opener & WHILE) and _told_before(word)


def _now_that(clause: Token) -> bool:
    """Whether a clause opens with "now that", a ground ("the talk may fade now that Kenya has left")."""
    that = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    return that is not None and that.i > 0 and that.nbor(-1).lower_ == "now"


def _taker(word: Token) -> Token:
    """The word that takes ``word``: its head, but for an infinitive the parse hung on the verb, right after the
    verb's noun that takes one ("condemned the refusal to withdraw the troops")."""
    if (seizer := _seizer(word)) is not None:
        return seizer  # "used the debate to attack": the using decides, not "debate"
    if infinitive(word) and (judged := _judged_as(word.head)) is not None and judged.i < word.i:
        return judged  # "made it impossible for Kenya to sign": the adjective decides, not "made"
    noun = noun_before(word)
    if noun is None or not infinitive(word) or word.dep_ != "advcl" or noun.head.i != word.head.i:
        return word.head
    return noun if noun.lemma_.lower() in UNREALIZED or noun.lemma_.lower() in STATUS_VERBS else word.head


def _judged_as(verb: Token) -> Token | None:
    """The adjective a verb makes or finds "it", what its infinitive stands for: "impossible" in "made it impossible
    to sign", "found it hard to attend"."""
    if not any(c.lower_ == "it" and c.dep_ in ("expl", "obj") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "ADJ"), None)


def _meant(trigger: Token) -> str | None:
    """The status of a "to" infinitive (or a verb joined to one) that no word above decides. What a verb aims at or
    expects is planned ("is going to support him", "talks open in February, to be concluded within four months"),
    what an adjective or a noun allows is hypothetical ("likely to support", "an incentive to provide"); a purpose,
    or an occasion taken, has the status of its verb ("sent its envoy to Cairo on Tuesday to discuss the dam"
    discussed it, "took the opportunity to thank" thanked); none where the verb it completes or a rank says it was
    done ("managed to reach", "used to support", "the first state to recognise")."""
    verb = _infinitive_of(trigger)
    done = among([verb.head], IMPLICATIVE_FORMS) or _hearsay(verb.head) or _came_to(verb.head)
    # the parse may hang it as a clause of a participle it took for an adjective ("was devoted to criticizing him")
    taken = verb.dep_ == "xcomp" or verb.dep_ == "advcl" and verb.head.pos_ == "ADJ"
    if taken and done and (infinitive(verb) or verb.tag_ == "VBG"):
        # "began to withdraw" withdrew, "will begin to withdraw" plans it, and so does "promised to continue supporting"
        return _unless_done(_status(verb.head))
    if not infinitive(verb):
        return None
    if _ranked(verb):  # "will become the first state to recognise": planned, as the becoming is
        return "planned" if {a for w in (verb.head, verb.head.head) for a in auxiliaries(w)} & FUTURE else None
    if _taker(verb).lemma_.lower() == "failure":
        return "denied"  # "seized on his failure to condemn them"; "the failure of the talks" tells they were held
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    purpose = verb.dep_ == "advcl" and verb.head.pos_ == "VERB" and not passive
    if purpose or (seizer := _seizer(verb)) is not None:
        return _unless_done(_status(verb.head if purpose else seizer))
    if verb.head.lower_ == "way" and any(c.lower_ == "out" for c in verb.head.children):
        return _unless_done(_status(verb.head.head))  # "went out of her way to praise them" did
    if verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in DECIDED:
        return _unless_done(_status(verb.head))  # "her decision to meet him" met him; "a possible decision to" may
    if _but_to(verb):  # "had no choice but to agree" did, and so did "did not have any choice"
        return _unless_done(_status(verb.head.head), ("occurred", "denied"))
    head = verb.head.lemma_.lower()
    if verb.dep_ == "xcomp" and head in SCHEDULED:
        return "planned"  # "is set to meet", "appears set to veto"
    # "have promises to support" holds something; it is no "have to"
    held = head == "have" and any(c.dep_ in ("obj", "dobj") and c.pos_ in ("NOUN", "PROPN") for c in verb.head.children)
    if verb.dep_ == "xcomp" and head in OBLIGING and not held:
        return _obliged(verb.head)
    if among([verb.head], PROUD):
        return None  # "we are proud to back the senator" backs him
    if head in DONE_WHEN_PAST and any(c.dep_ == "cop" and c.tag_ == "VBD" for c in verb.head.children):
        return "denied" if denied(verb.head) else None  # "were able to take the town" took it; "were not able" not
    if verb.head.pos_ in ("ADJ", "NOUN"):
        return "hypothetical"
    return "denied" if denied(verb.head) else "planned"  # "is not going to attack" will not


def _infinitive_of(trigger: Token) -> Token:
    """The infinitive a trigger is, or the one a bare verb is joined to: "meet" for "sign" in "to meet and sign it"."""
    return trigger.head if trigger.dep_ == "conj" and not infinitive(trigger) else trigger


def _came_to(verb: Token) -> bool:
    """Whether a verb of coming, "go on" or "turn out", told in the past, takes its infinitive as what it came, went
    on or turned out to do: "came to see the minister", "went on to thank the envoy", "voters turned out in force to
    back her", "the deal turned out to help Kenya" (not "arrives to sign the treaty", which has yet to, nor "is going
    to meet them")."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("advmod", "compound:prt")}
    return lemma in COMING or any((lemma, p) in ARRIVALS for p in particles)


def _attempted(trigger: Token) -> Token | None:
    """The verb of trying whose infinitive the trigger is (or is joined to): "tried" in "tried to seize the port"."""
    verb = _infinitive_of(trigger)
    if verb.dep_ == "xcomp" and infinitive(verb) and verb.head.lemma_.lower() in ATTEMPTS:
        return verb.head
    return None


def _unless_done(status: str, done: tuple[str, ...] = ("occurred",)) -> str | None:
    """The status a word above gives an infinitive, or none where that word's status tells it done."""
    return None if status in done else status


def _but_to(verb: Token) -> bool:
    """Whether an infinitive is all that a noun of no choice leaves: "had no choice but to agree", "little choice"."""
    but = any(c.lower_ == "but" and c.dep_ in ("mark", "cc") for c in verb.children)
    return but and infinitive(verb) and _says_no(verb.head)


def _as_long_as(clause: Token) -> bool:
    """Whether a clause is a condition told by "as long as" or "so long as" (the parse hangs it from "long")."""
    return marker(clause) == "as" and clause.head.lower_ == "long"


def _gainsaid(clause: Token) -> bool:
    """Whether a clause is a claim someone gainsays: the "that" clause of a verb of gainsaying ("denied that Putin
    would visit Kabul") or of a claim it takes ("rejected claims that troops attacked the village", "dismissed
    reports that …"); not where the gainsaying is itself denied ("did not dispute that they met")."""
    head = clause.head
    if clause.dep_ in ("acl", "acl:relcl") and marker(clause) == "that" and head.lemma_.lower() in CLAIMED:
        claim, head = head, head.head
        if claim.dep_ not in ("obj", "dobj"):
            return False
    elif clause.dep_ != "ccomp" or head.i == clause.i:
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in GAINSAYING and not denied(head)


def _disbelieved(clause: Token, verb: Token) -> bool:
    """Whether a clause is what a denied verb of belief takes, so denied itself: "does not believe Kenya ever sent
    troops", "does not think they met"; not a clause with a modal ("never thought he would attack us")."""
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in BELIEVING or not denied(verb):
        return False
    return not auxiliaries(clause) & (HYPOTHETICAL | FUTURE | DEONTIC)


def _not_to(verb: Token) -> bool:
    """Whether a verb is a denied infinitive: "careful not to anger him"."""
    return infinitive(verb) and denied(verb)


def _hearsay(verb: Token) -> bool:
    """Whether a verb is a passive of hearsay ("is said to", "are believed to"), which tells its infinitive."""
    return verb.lemma_.lower() in HEARSAY and any(c.dep_ == "aux:pass" for c in verb.children)


def _backed_deed(trigger: Token) -> bool:
    """Whether a deed is the bare "-ing" object of a verb that takes a side on it: "supports temporarily banning
    them" (the parse may hang it as a clause of its own), not "backs the bill, saying …"; or an "-ing" form that
    "against" opens, or "to" or "for" after a word of taking a side ("is against sending troops", "objected to
    sending", "its opposition to lifting the sanctions", "support for sending"), however the parse hangs it."""
    if trigger.tag_ != "VBG":
        return False
    opener = next((c for c in trigger.children if c.dep_ in ("mark", "case") and c.i == trigger.i - 1), None)
    if opener is not None:
        side = trigger.doc[opener.i - 1].lower_ if opener.i else ""
        return opener.lower_ == "against" or opener.lower_ in ("to", "for") and side in SIDE_TAKING
    head = trigger.head
    if marker(trigger) or head.i >= trigger.i or head.lemma_.lower() not in BACKING:
        return False
    return all(w.pos_ == "ADV" for w in trigger.doc[head.i + 1 : trigger.i])


def _on_condition(verb: Token) -> bool:
    """Whether a verb in the present is told only on a condition of its own: "parties release their delegates if
    the candidate quits" (not "even if", nor a verb with a modal, which tells its own mood, nor asking, which is
    done in the saying: "if you want him gone, I ask you to vote")."""
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)
    if not present or any(c.dep_ == "aux" for c in verb.children) or verb.lemma_.lower() in ASKED_FOR:
        return False
    conditions = [c for c in verb.children if c.dep_ == "advcl" and marker(c) in ("if", "unless")]
    return any(not {w.lower_ for w in c.children if w.dep_ in ("advmod", "mark")} & {"even", "as"} for c in conditions)


def _forgone(trigger: Token) -> str | None:
    """``denied`` for a deed told as not done, done without or in the place of another: "won without spending on
    ads", "fined them rather than arresting them", "instead of talks", "as opposed to attacking", "stopped short of
    calling for", "steered clear of criticizing"; ``hypothetical`` for what "with or without" leaves open; none for
    what "nothing short of" stresses, or where what it goes with is denied ("did not leave without meeting him" met
    him). The words may open the deed's phrase or stand right before it, as the parse hangs them."""
    doc, start = trigger.doc, trigger.left_edge.i
    for words, status in FORGOING.items():
        for at in range(max(0, start - len(words)), trigger.i - len(words) + 1):
            said = tuple(t.lower_ for t in doc[at : at + len(words)])
            if said != words or not _leads_to(doc[at + len(words)], trigger):
                continue
            stressed = words[0] == "short" and at > 0 and doc[at - 1].lower_ in ("nothing", "little")
            return None if stressed or denied(trigger.head) else status
    return None


def _leads_to(word: Token, trigger: Token) -> bool:
    """Whether a word only leads up to a trigger it belongs to ("an immediate visit", "directly supporting"), with
    no noun or verb of its own: "building" in "Instead of building on the win, they withdrew" is not the
    withdrawing."""
    while word.i != trigger.i:
        if word.pos_ in ("NOUN", "PROPN", "VERB") or word.head.i == word.i:
            return False
        word = word.head
    return True


def _yet_to(verb: Token) -> bool:
    """Whether a verb takes "yet" right before "to": "is yet to recognize", "has yet to endorse"."""
    return any(c.lower_ == "yet" and next_word(c) == "to" for c in verb.children)


def _obliged(verb: Token) -> str | None:
    """What "need to" or "have to" says of its infinitive: it is urged ("you need to bomb the site", "we have to
    talk"), done when it was forced ("had to withdraw the bill"), left open when it is not needed ("did not need to
    meet him"), and not done at all when it is yet to be ("has yet to endorse her")."""
    if _yet_to(verb):
        return "denied"
    if denied(verb):
        return "hypothetical"
    return None if verb.lemma_.lower() == "have" and _told_in_past(verb) else "proposed"


def _seizer(verb: Token) -> Token | None:
    """The verb that took, had or used the occasion an infinitive is for: "took" in "took the opportunity to thank",
    "had" in "once she had a chance to speak", "used" in "used the debate to attack" or "used most of the session to
    criticize"; not "missed the chance to ask". What is used is any noun; what is taken, had or seized is a chance or
    the like."""
    if verb.dep_ != "acl" or not infinitive(verb):
        return None
    occasion = verb.head
    taken = occasion.head if occasion.dep_ == "nmod" and preposition(occasion) == "of" else occasion
    if taken.dep_ not in ("obj", "dobj") or taken.head.pos_ != "VERB":
        return None
    seizer, lemma = taken.head, taken.head.lemma_.lower()
    used = lemma == "use" and occasion.pos_ in ("NOUN", "PROPN")
    return seizer if used or lemma in SEIZING and occasion.lemma_.lower() in SEIZED else None


def _ranked(verb: Token) -> bool:
    """Whether an infinitive follows a ranked one, by the words, as the parse may hang it on the verb before: "the
    first state to recognise", "the only foreign envoy to meet", "the first to visit"."""
    to = next(c for c in verb.children if c.lower_ == "to" and c.dep_ in ("aux", "mark"))
    words = list(reversed(verb.doc[max(0, to.i - 6) : to.i]))
    if words and words[0].pos_ == "NOUN" and words[0].lemma_.lower() in OCCASIONS:
        return False
    for word in words:
        if word.lower_ in RANKED:
            return True
        if word.pos_ not in ("NOUN", "PROPN", "ADJ") and word.dep_ != "amod" and word.lower_ not in ("of", "the"):
            return False  # "the first serving members of the Senate to endorse him" ranks them
    return False


def _hyphened(trigger: Token) -> bool:
    """Whether a word opens a compound joined by hyphens, which names a thing, not an event: "a talk-to-me style",
    "attack-helicopters" (a "counter-attack" is one)."""
    after = trigger.doc[trigger.i + 1 : trigger.i + 2]
    return not trigger.whitespace_ and bool(after) and after[0].text == "-" and not after[0].whitespace_


def _titled(trigger: Token) -> bool:
    """Whether a verb is a word of a title or a name: capitalized, with the other words of a short quote ("told ''Meet
    the Voters'' on Sunday", not '"Support our troops," he said'), or inside a sentence told in lower case ("told Meet
    the Voters on Sunday"); not a word in capitals ("10 KILLED IN BLAST")."""
    if trigger.pos_ != "VERB" or not trigger.text[:1].isupper() or trigger.text.isupper():
        return False
    before = trigger.nbor(-1) if trigger.i > 0 else None
    if before is not None and before.is_quote:
        closing = next((t.i for t in trigger.doc[trigger.i + 1 : trigger.i + 7] if t.is_quote), None)
        if closing is None:
            return False
        words = [t for t in trigger.doc[trigger.i + 1 : closing] if t.is_alpha and len(t) > 3]
        return bool(words) and all(t.text[:1].isupper() for t in words)
    if trigger.is_sent_start or before is None or before.text in (".", ":", "?", "!", "—", "-"):
        return False  # a clause opened anew: "Update: Somalia recalled its envoy"
    words = [t for t in trigger.sent if t.is_alpha and len(t) > 3 and t.pos_ != "PROPN"]
    return sum(t.is_lower for t in words) > len(words) / 2


def _unsaid(trigger: Token) -> bool:
    """Whether the event is only in what someone is said not to have said: "Ethiopia has never said that it will
    recognise Somaliland" reports no recognition, not even a planned one."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    while verb.dep_ == "ccomp":
        verb = verb.head
        if verb.lemma_.lower() in SPEECH_VERBS and denied(verb):
            return True
    return False


def _now(trigger: Token, published: Published) -> dict[str, str | None]:
    """The document's date for an event told in the present ("Russia invites the Taliban"), else no date."""
    verb = _told_by(trigger)
    if _present(verb) and not _before_now(trigger, verb) and not _timeless(trigger, verb) and published.value:
        return {"value": published.value, "precision": published.precision, "text": None}
    return {"value": None, "precision": None, "text": None}


def _told_by(trigger: Token) -> Token:
    """The verb whose tense tells an event's time: its own, or for a noun the one it depends on, in the clause
    that verb joins ("should be grateful and agree")."""
    return _clause_of(trigger if trigger.pos_ == "VERB" else trigger.head)


def _perfect(verb: Token) -> bool:
    """Whether a verb is told in the present perfect ("has sent", "women who have accused him", "have been
    killed"), as a speech told so is, a deed done at some time before the writing; not its progressive, which goes
    on now ("has been holding talks")."""
    return _perfect_verb(verb, PERFECT) is not None


def _perfect_verb(verb: Token, perfects: set[str]) -> Token | None:
    """The verb that tells a verb's time in one of the ``perfects`` (``_tensed``: an "-ing" form shares it, "has
    angered his allies by backing Ruto"), not in its progressive."""
    tensed = _tensed(verb)
    return tensed if tensed is not None and tensed.tag_ != "VBG" and auxiliaries(tensed) & perfects else None


def _done_before_then(trigger: Token, root: Token) -> bool:
    """Whether an event told in a perfect ("has attacked", "had attacked") lies in a clause the date is outside of
    ("On Friday, Kenya said Somalia has attacked its troops"): it was done before that day's telling. Not where the
    date is of the clause that tells it in the perfect ("had amassed that morning, calling for his firing")."""
    verb = _perfect_verb(_told_by(trigger), PERFECTS)
    return verb is not None and not verb.left_edge.i <= root.i <= verb.right_edge.i


def _before_now(trigger: Token, verb: Token) -> bool:
    """Whether a present tells of an event done before now: "has previously called for", "his recent attacks have
    alarmed them", "has complained since her trip", "his attacks now echo through the race", "is faulted for
    backing the strike" (what one is judged for was done before; not what a relative clause in it tells of now,
    "faulted them for mocking women who back her")."""
    if _backgrounded(verb) or _ground_of(trigger) is not None and trigger.dep_ not in RELATIVE_CLAUSE:
        return True
    if trigger.pos_ != "NOUN":
        return False
    if preposition(trigger) in ORDERING_EVENTS or any(c.lower_ in EARLIER_MOODS for c in trigger.children):
        return True
    return trigger.dep_ in ("nsubj", "nsubj:pass") and trigger.head.lemma_.lower() not in NOW_DOING


def _timeless(trigger: Token, verb: Token) -> bool:
    """Whether a present tells what happens again and again or whenever something does, not what happens now: "he
    often meets donors", "meets them every year", "on his frequent visits", "when I visit Kampala",
    "anyone who attacks us", the story of a work ("a film in which she talks to farmers"); or a span up to now:
    "have killed with impunity for years", "since 1992"."""
    if any(c.lower_ in HABITUAL for c in (*verb.children, *trigger.children)) or _joined_to_habit(verb):
        return True
    spans = [c for c in verb.children if c.i != trigger.i and preposition(c) in ("since", "for")]
    if any(preposition(c) == "since" or c.lemma_.lower() in UNITS for c in spans):
        return True
    if any(c.dep_ == "amod" and c.lower_ in RECURRING for c in trigger.children):
        return True
    if any(d.dep_ == "det" and d.lower_ in ("every", "each") for c in verb.children for d in c.children):
        return True  # "meets them every year"
    if verb.dep_ in RELATIVE_CLAUSE and verb.head.lemma_.lower() in WORKS:
        return True
    if any(preposition(c) == "in" and c.lemma_.lower() in WORKS for c in verb.children):
        return True
    if verb.tag_ not in PRESENT_TAGS or auxiliaries(verb):
        return False  # "when he has met them", "anyone who is attacking us" tell of now
    if verb.dep_ == "advcl":
        return bool(openers(verb) & WHENEVER)
    return _of_anyone(verb)


def _joined_to_habit(verb: Token) -> bool:
    """Whether a verb is joined by "and" to one that tells a habit, by an adverb or by what it does again and again:
    "often tours the border and praises the troops", "holds regular rallies and praises the troops"."""
    while verb.dep_ == "conj":
        verb = verb.head
        objects = [c for c in verb.children if c.dep_ == "obj"]
        if any(c.lower_ in HABITUAL for c in verb.children):
            return True
        if any(d.dep_ == "amod" and d.lower_ in RECURRING for c in objects for d in c.children):
            return True
    return False


def _of_anyone(verb: Token) -> bool:
    """Whether a verb tells a relative clause on anyone at all: "anyone who attacks us", "any content that praises
    terrorism"."""
    antecedent = verb.head
    return verb.dep_ in RELATIVE_CLAUSE and (
        antecedent.lower_ in ANYONE or any(c.dep_ == "det" and c.lower_ in ANY for c in antecedent.children)
    )


def _present(verb: Token) -> bool:
    """Whether a verb is told in the present: a present form, a perfect with "has", a progressive with "is" (an
    "-ing" form with no auxiliary as ``_tensed`` reads it: "made his comments days after hosting the debate" is
    past, "Clinton is calling for" and "they are endorsing" present)."""
    tensed = _tensed(verb)
    if tensed is None:
        return False
    helping = auxiliaries(tensed)
    if tensed.tag_ == "VBG":
        return bool(helping & PRESENT_AUXILIARIES)
    return tensed.tag_ in PRESENT_TAGS or bool(helping & PERFECT)


def _tensed(verb: Token) -> Token | None:
    """The verb whose tense a verb is told in: itself, or for an "-ing" form with no auxiliary the verb it depends
    on; none for one after "after" or "before" ("is sizing up the field eight years after backing Obama": not at
    the time of its verb) or hung on no verb."""
    while verb.tag_ == "VBG" and not auxiliaries(verb):
        if marker(verb) in ORDERING_EVENTS or verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
            return None
        verb = verb.head
    return verb
