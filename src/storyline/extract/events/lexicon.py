"""Which words report which kind of event (the contract's PLOVER types), and how strongly.

Verbs and event nouns by lemma, each with its type (and a mode after a slash
where it helps) and a Goldstein-style intensity from -10 (most hostile) to +10
(most cooperative). Status words say what only might happen.
"""

from __future__ import annotations

import re

from ..inflect import verb_forms
from ..lexicon import QUESTION_WORDS

# lemma → (type, intensity)
VERBS = {
    "sign": ("AGREE", 6), "agree": ("AGREE", 5), "conclude": ("AGREE", 5), "ratify": ("AGREE", 6),
    "meet": ("CONSULT/meet", 3), "visit": ("CONSULT/visit", 3), "host": ("CONSULT/host", 3),
    "arrive": ("CONSULT/visit", 3), "travel": ("CONSULT/visit", 3), "reach": ("CONSULT/visit", 3),
    "fly": ("CONSULT/visit", 3), "land": ("CONSULT/visit", 3),
    "talk": ("CONSULT", 2), "discuss": ("CONSULT", 2), "attend": ("CONSULT", 2), "negotiate": ("CONSULT", 3),
    "recognize": ("SUPPORT/diplomatic", 8), "recognise": ("SUPPORT/diplomatic", 8),
    "accredit": ("SUPPORT/diplomatic", 7), "accept": ("SUPPORT/diplomatic", 7), "praise": ("SUPPORT", 4),
    "endorse": ("SUPPORT", 4),
    "back": ("SUPPORT", 4), "support": ("SUPPORT", 4), "welcome": ("SUPPORT", 3), "court": ("SUPPORT", 3),
    "lift": ("CONCEDE", 5), "release": ("CONCEDE", 4), "ease": ("CONCEDE", 4), "remove": ("CONCEDE", 5),
    "suspend": ("CONCEDE", 4),
    "delist": ("CONCEDE", 5), "invite": ("COOPERATE/invite", 4), "cooperate": ("COOPERATE", 5),
    "trade": ("COOPERATE/economic", 4), "invest": ("COOPERATE/economic", 5), "supply": ("AID", 5),
    "donate": ("AID", 6), "send": ("AID", 4), "provide": ("AID", 5), "fund": ("AID", 5),
    "withdraw": ("RETREAT", -1), "leave": ("RETREAT", -1), "quit": ("RETREAT", -1), "exit": ("RETREAT", -1),
    "evacuate": ("RETREAT", -1), "recall": ("RETREAT/diplomatic", -3),
    "ask": ("REQUEST", -1), "urge": ("REQUEST", -1), "appeal": ("REQUEST", -1), "request": ("REQUEST", -1),
    "call": ("REQUEST", -1), "accuse": ("ACCUSE", -4), "condemn": ("ACCUSE", -4), "criticize": ("ACCUSE", -3),
    "criticise": ("ACCUSE", -3), "blame": ("ACCUSE", -3), "denounce": ("ACCUSE", -4), "reject": ("REJECT", -4),
    "refuse": ("REJECT", -4), "veto": ("REJECT", -5), "threaten": ("THREATEN", -6), "warn": ("THREATEN", -4),
    "protest": ("PROTEST", -4), "sanction": ("SANCTION", -6), "expel": ("SANCTION/diplomatic", -6),
    "order": ("SANCTION/diplomatic", -6),
    "ban": ("COERCE/restrict", -5), "arrest": ("COERCE", -5), "seize": ("COERCE", -6), "deploy": ("MOBILIZE", -5),
    "attack": ("ASSAULT", -9), "invade": ("ASSAULT", -10), "bomb": ("ASSAULT", -10), "shell": ("ASSAULT", -9),
    "kill": ("ASSAULT", -10), "strike": ("ASSAULT", -9),
    "turn": ("REJECT", -4), "crack": ("COERCE", -5),  # with their particle (PARTICLES)
    "pull": ("RETREAT", -1),  # troops, or out of what is named ("pulled out of the deal")
}  # fmt: skip
# Verbs of the lexicon that report their event only with this particle: "turned down the request", "cracked down on
# protesters"
PARTICLES = {"turn": "down", "crack": "down"}
# Event nouns: "Shoigu's trip to Kabul", "the invasion of Ukraine", "Kenya's accreditation of a Somaliland envoy".
NOUNS = {
    "visit": ("CONSULT/visit", 3), "trip": ("CONSULT/visit", 3), "talks": ("CONSULT", 2), "meeting": ("CONSULT", 2),
    "summit": ("CONSULT", 3), "agreement": ("AGREE", 5), "deal": ("AGREE", 5), "memorandum": ("AGREE", 5),
    "recognition": ("SUPPORT/diplomatic", 8), "accreditation": ("SUPPORT/diplomatic", 7),
    "invitation": ("COOPERATE/invite", 4), "aid": ("AID", 5), "withdrawal": ("RETREAT", -1),
    "invasion": ("ASSAULT", -10), "attack": ("ASSAULT", -9), "bombing": ("ASSAULT", -10),
    "killing": ("ASSAULT", -10), "assassination": ("ASSAULT", -10),
    "sanctions": ("SANCTION", -6), "drills": ("MOBILIZE", -4), "exercises": ("MOBILIZE", -4),
    "accusation": ("ACCUSE", -4), "protest": ("PROTEST", -4),
}  # fmt: skip
# "call X an ally": the second object of "call", "name" or "label" decides the type; a name called in abuse accuses
# ("called us liars", "labelled him a traitor")
CALLED = {"ally": ("SUPPORT", 5), "partner": ("SUPPORT", 4), "friend": ("SUPPORT", 4), "hero": ("SUPPORT", 4),
          "champion": ("SUPPORT", 4), "enemy": ("ACCUSE", -5), "threat": ("ACCUSE", -5), "terrorist": ("ACCUSE", -6),
          "terrorists": ("ACCUSE", -6)} | {
    abuse: ("ACCUSE", -4) for abuse in ("liar", "racist", "bigot", "fraud", "crook", "criminal", "traitor",
                                        "hypocrite", "disgrace", "puppet", "dictator", "thug", "clown", "loser",
                                        "idiot", "extremist", "demagogue", "menace", "danger")
}  # fmt: skip
COOPERATION = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID"}
CONFLICT = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# Verbs that put the event they govern in another status: "is considering removing", "propose to remove".
STATUS_VERBS = {
    "consider": "considered", "debate": "considered", "weigh": "considered", "mull": "considered",
    "discuss": "considered", "propose": "proposed", "suggest": "proposed", "offer": "proposed",
    "plan": "planned", "intend": "planned", "prepare": "planned", "aim": "planned", "seek": "planned",
    "deny": "denied", "refuse": "denied", "refrain": "denied", "avoid": "denied", "abstain": "denied",
    "forgo": "denied", "forego": "denied", "eschew": "denied",
    "want": "considered", "wish": "considered", "hope": "considered",
    "keen": "considered", "ready": "considered", "readiness": "considered", "willing": "considered",
    "inclined": "considered", "amenable": "considered", "receptive": "considered",
    "unwilling": "denied", "reluctant": "denied", "unable": "denied", "inability": "denied", "impossible": "denied",
    "may": "hypothetical", "lead": "hypothetical", "proposal": "proposed", "refusal": "denied", "intention": "planned",
    "intent": "planned", "willingness": "considered", "desire": "considered", "interest": "considered",
    "ought": "proposed", "crave": "considered",
    "covet": "considered", "yearn": "considered", "eager": "considered", "expect": "planned", "anticipate": "planned",
}  # fmt: skip
# Verbs whose adverb or particle puts the event they govern in view: "is looking forward to meeting them"
PHRASE_STATUS = {("look", "forward"): "planned"}
# Adjectives that tell an event noun's status: "the proposed deal", "future talks", "a possible strike"; not
# "planned", which may tell a plan carried out ("it was a planned attack")
NOUN_MOODS = {"proposed": "proposed", "future": "planned", "upcoming": "planned",
              "forthcoming": "planned", "scheduled": "planned", "possible": "hypothetical", "potential": "hypothetical",
              "prospective": "hypothetical", "hypothetical": "hypothetical",
              # what is already done, whatever is said of it: "declined to discuss his latest attacks"
              "latest": "occurred", "recent": "occurred", "previous": "occurred", "earlier": "occurred",
              "past": "occurred"}  # fmt: skip
# Verbs whose infinitive or "that" complement is asked for, promised, agreed, threatened or declined, not done:
# "urged Ethiopia to withdraw", "demanded that Ethiopia withdraw", "vowed to retaliate", "threatened to impose a tax",
# "declined to provide". Only the verb's own complement: "asked for talks and sent troops" sent them.
COMPLEMENT_STATUS = {
    "urge": "proposed", "ask": "proposed", "call": "proposed", "demand": "proposed", "request": "proposed",
    "appeal": "proposed", "invite": "proposed", "press": "proposed", "encourage": "proposed", "push": "proposed",
    "pressure": "proposed", "lobby": "proposed", "beg": "proposed", "implore": "proposed", "order": "proposed",
    "tell": "proposed", "instruct": "proposed", "advise": "proposed", "challenge": "proposed", "solicit": "proposed",
    "petition": "proposed", "exhort": "proposed", "entreat": "proposed", "plead": "proposed", "promise": "planned",
    "pledge": "planned", "vow": "planned", "agree": "planned",
    "threaten": "hypothetical", "fail": "denied", "decline": "denied",
}  # fmt: skip
# What a verb or a noun of asking takes is asked for, not done. The verbs that ask with an infinitive ask with "for"
# too ("called for the withdrawal", "pressed for talks"), as do a few more; some take the event as their object
# ("demanded the release of the hostages", "urged a ceasefire"), where the others take whom they ask ("asked Kenya").
ASKED_FOR = {verb for verb, status in COMPLEMENT_STATUS.items() if status == "proposed"} | {
    "plead", "campaign", "clamor", "clamour"
}  # fmt: skip
ASKED_OBJECTS = {"urge", "demand", "request", "encourage"}
# Nouns that ask with "for" alone ("time for talks", "the need for a ceasefire"); "a call for talks" asks whatever
# its preposition (STATUS_NOUNS)
NEEDED_FOR = {"time", "need", "case", "pressure"}
# Verbs under which a "to" infinitive did happen ("managed to reach", "proceeded to sign", "used to support", "forced
# him to resign", "prompted him to accuse her"), or will when they will ("will begin to withdraw"); under any other
# word an infinitive is meant, expected or possible, not done
IMPLICATIVE = {"manage", "proceed", "continue", "begin", "start", "use", "tend", "rush", "hasten", "dare", "bother",
               "devote", "dedicate", "take", "help", "appear", "seem", "force", "compel", "prompt", "spur",
               "cause", "like", "love", "decide", "persuade", "convince"}  # fmt: skip
# The words that open a question told of a past deed, which the deed keeps apart from the asking: "how he killed"
ASKED_HOW = {"how", "why", "where", "when"}
# Nouns whose possessor does what their infinitive says: "Uganda's decision to quit", "Kenya's bid to join"
RESOLVED = {"decision", "plan", "bid", "move", "attempt", "effort", "refusal", "threat", "pledge", "promise", "offer",
            "readiness", "willingness", "intention", "determination", "failure", "choice", "vote", "push"}
# Nouns whose infinitive is done, as "decided to" is, though not on the day they are told: "her decision to meet him"
DECIDED = {"decision"}
# Adjectives whose infinitive was done when they are told in the past: "were able to take the town", "was quick to
# condemn it" (not "is able to strike at will", which only may)
DONE_WHEN_PAST = {"able", "quick", "swift", "slow"}
# Verbs of belief whose denial denies the clause they take: "does not believe Kenya ever sent troops"
BELIEVING = {"think", "believe", "suppose", "imagine", "recall"}
# Verbs that gainsay a claim, and the claims they gainsay, whose "that" clause is denied: "denied that Putin would
# visit", "rejected claims that troops attacked the village", "dismissed reports that …"
GAINSAYING = {"deny", "reject", "dismiss", "refute", "rebut", "dispute"}
CLAIMED = {"report", "claim", "allegation", "accusation", "suggestion", "rumor", "rumour", "speculation", "charge",
           "assertion", "story"}  # fmt: skip
# Verbs of hearsay whose passive tells its infinitive as done, as far as it is known: "are thought to be backing him",
# "are believed to have seized the town"
HEARSAY = {"say", "report", "believe", "think", "know", "allege", "rumor", "rumour", "understand", "reckon"}
# Verbs of taking a side on a deed, told as their bare "-ing" object, which is backed or fought as a proposal:
# "voters favor temporarily closing the border", "opposes sending troops"
BACKING = {"support", "back", "favor", "favour", "oppose", "endorse", "advocate", "champion"}
# Words of taking a side whose "to" or "for" opens the deed backed or fought, as written: "opposition to lifting the
# sanctions", "objected to sending troops", "support for sending"
SIDE_TAKING = {"support", "backing", "opposition", "objection", "objections", "object", "objects", "objected",
               "objecting", "opposed", "endorsement", "advocacy"}  # fmt: skip
# Nouns whose infinitive has not happened when they are told: "his refusal to release", "a proposal to ban"
UNREALIZED = {
    "refusal", "proposal", "plan", "threat", "promise", "pledge", "bid", "effort", "attempt", "offer", "request",
    "demand", "call", "push", "vow", "failure", "decision",
}  # fmt: skip
# "became the first state to recognise", "the only envoy to meet them": an infinitive after a ranked one tells
# what that one did, unless the noun is an occasion for it ("the first step to end", "the only way to win")
RANKED = {"first", "last", "only", "sole", "second", "third"}
OCCASIONS = {"chance", "opportunity", "step", "time", "way", "thing", "move", "priority", "task", "job", "place",
             "option", "stage", "order", "item"} | UNREALIZED  # fmt: skip
# "seized the chance to ask", "took the opportunity to thank", "had a chance to speak to him": the infinitive of an
# occasion seized or had is done, as is that of anything used ("used the debate to attack"); seizing the chance is no
# coercion
SEIZED = {"chance", "opportunity", "occasion", "moment", "initiative", "momentum"}
SEIZING = {"take", "grab", "seize", "use", "have", "get"}
# An attack in words has no weapon, wound or armed force in its sentence ("Trump attacked Machado"), where "gunmen
# attacked the senator" and "Russia attacked Kyiv with drones" fight; a medium marks one too ("in a speech", "tweeted")
VIOLENCE = re.compile(
    r"\b(?:kill\w*|murder\w*|massacre\w*|wound\w*|injur\w*|dead|deaths?|bomb\w*|shoot\w*|shot|shots|gun\w*|knife|"
    r"knives|machetes?|bottles?|stones|stabb?\w*|missiles?|rockets?|drones?|air ?strikes?|shell\w*|troops|soldiers|"
    r"forces|militar\w*|militants?|"
    r"army|armed|weapons?|explosi\w*|terror\w*|raid\w*|fire|hostages?|casualt\w*|suicide|assault\w*|invasion|war)\b",
    re.IGNORECASE,
)
MEDIUM = re.compile(
    r"\b(?:tweet\w*|Twitter|speech\w*|ads?|advert\w*|debates?|interviews?|remarks|comments|rhetoric|statements?|"
    r"rall(?:y|ies)|op-ed|column|letter|campaign\w*|television|TV|radio|podcast|press conference|on stage|Facebook|"
    r"(?<!police )(?<!border )(?<!army )(?<!guard )(?<!military )(?<!trading )posts?)\b",  # not "a police post"
    re.IGNORECASE,
)
# Words that only sport uses (not "striker", who may be on strike): a sentence with two of them, or one in a text
# with three, tells of play, where rivals "meet", teams "visit", clubs "sign" players and players "withdraw" from a
# squad ("the top seed will meet her rival in the quarter-final", "Friday's grand prix meeting in Nairobi"), none of it
# between the actors of world affairs
SPORT = re.compile(
    r"\b(?:matches|tournaments?|championships?|semi-?finals?|semi-?finalists?|quarter-?finals?|seeded|top seed|"
    r"grand prix|athletics|athletes?|fixtures?|innings|hurdles?|medals?|medallists?|Olympics?|World Cup|midfielders?|"
    r"goalkeepers?|batters?|pitchers?|home runs?|wickets?|soccer|tennis|golf|cricket|rugby|baseball|basketball|"
    r"football|cyclists?|Grand Slam|qualifying|squad|Champions['’]? League|Premier League|UEFA|FIFA|penalties|"
    r"half-?time|strikers?|return match|(?:games?|meetings?) against|Formula One|Wimbledon|Australian Open|"
    r"Roland Garros|"
    r"\d+-\d+ (?:victory|win|defeat|draw))\b",
    re.IGNORECASE,
)
PLAYED = {"CONSULT", "AGREE", "RETREAT", "CONCEDE"}  # the kinds of event sport tells of in other words
# Modal verbs and hedging adverbs: "could remove", "potentially provides".
# "ca" and "wo" are what the tokenizer leaves of "can't" and "won't"
HYPOTHETICAL = {"could", "might", "may", "would", "can", "ca", "potentially", "possibly", "perhaps", "probably",
                "conceivably"}  # fmt: skip
FUTURE = {"will", "wo", "shall", "'ll", "’ll"}  # the typographic apostrophe too
# Words of telling under which "would" is the future of a past day, not a condition: "said he would meet them",
# "the announcement that the ban would be lifted"
FORETELLING = {"say", "tell", "announce", "confirm", "pledge", "promise", "vow", "insist", "declare", "state", "add",
               "write", "tweet", "signal", "indicate", "suggest", "hint", "decide", "report", "predict", "news",
               "announcement", "word", "assurance", "statement"}  # fmt: skip
DEONTIC = {"should", "must"}  # "Washington should release the assets": urged, not done
OBLIGING = {"need", "have"}  # "Kenya needs to withdraw", "we have to talk": urged too
# Words that put the infinitive they take on a timetable: "is set to meet", "is due to sign", "was poised to sign"
SCHEDULED = {"set", "due", "poised", "scheduled", "slated"}


def polarity(event_type: str) -> str:
    kind = event_type.split("/")[0]
    return "cooperation" if kind in COOPERATION else "conflict" if kind in CONFLICT else "neutral"


# Inflected form → lemma, for when the lemmatizer misses one ("expelled" read as "expell", "debating" as "debat").
VERB_FORMS = {form: lemma for lemma in VERBS for form in verb_forms(lemma)}
STATUS_FORMS = {form: lemma for lemma in STATUS_VERBS for form in verb_forms(lemma)}
# Nouns that ask for what they name, as their verbs do: "a call for providing weapons", "his call to ban"
STATUS_NOUNS = {"call": "proposed", "demand": "proposed", "plea": "proposed", "appeal": "proposed",
                "push": "proposed", "request": "proposed", "promise": "planned", "pledge": "planned",
                "vow": "planned", "commitment": "planned", "goal": "planned", "objective": "planned"}  # fmt: skip
# Words that put an event in view only as adjectives, being verbs of their own too: "open to talks", not "opened talks"
STATUS_ADJECTIVES = {"open": "considered"}
# The prepositions whose object a verb acts on: "met with the envoy", "sanctions against Iran"
TARGET_PREPOSITIONS = {"with", "to", "against", "on", "for", "of", "from"}
# Verbs of going to a place, which is the one they visit, by the prepositions that name it: "arrived in Kabul",
# "landed at Bagram", "flew to Asmara" (not "for talks", "with his aides"); and the kinds of name a place goes by
VISITING = {"arrive": ("in", "at"), "land": ("in", "at"), "travel": ("to",), "fly": ("to",)}
PLACES = {"GPE", "LOC", "FAC"}
# "talks between Ethiopia and Somalia": the parties a noun names; an object's own words name them only with "to",
# "with" or "between" ("its ambassador to Ethiopia", not "the families of terrorists")
PARTY_PREPOSITIONS = TARGET_PREPOSITIONS | {"between"}
OBJECT_PARTY_PREPOSITIONS = {"to", "with", "between"}
TOLD_SINCE = 7  # days: "has signed" in a story dated by the document is the signing on a day of the week before
