"""Readers of the verbs whose event depends on what they take: "sends troops" is a build-up and "sends a message"
nothing, "met the Taliban" a meeting and "met the deadline" none, "signed the accord" an agreement and "signed the
bill into law" none. Each reader takes the verb's token and gives its (type, intensity), or None for no event.
"""

from __future__ import annotations

from collections.abc import Iterable, Set as AbstractSet

from spacy.tokens import Token

from ..actors.mentions import BODY_NOUNS, ROLE_NOUNS
from ..inflect import forms_of
from ..parse import (
    RELATIVE, RELATIVE_CLAUSE, auxiliaries, finite, infinitive, marker, of_time, openers, particle, preposition,
    subject_of,
)  # fmt: skip
from ..time.lexicon import UNITS
from .lexicon import (
    CALLED, FUTURE, HYPOTHETICAL, NOUNS, OBJECT_PARTY_PREPOSITIONS, PARTICLES, PLACES, QUESTION_WORDS, SEIZED, VERBS,
    VIOLENCE, VISITING,
)  # fmt: skip

# What goes as aid: "supplied wheat", "provided Kyiv with missiles", "sent fuel"
GOODS = {"aid", "wheat", "grain", "fuel", "food", "supply", "supplies", "weapon", "weapons", "arms", "money",
         "medicine", "vaccine", "vaccines", "equipment", "ammunition", "oil", "gas", "assistance", "shipment",
         "funding", "fund", "loan", "credit", "grant", "cash", "relief", "shelter", "blanket", "water",
         "electricity", "training", "intelligence", "medicines", "tent", "missile", "tank", "drone", "jet", "route",
         "corridor", "transit", "base", "airspace", "instructor", "trainer", "doctor", "medic"}  # fmt: skip
# What "meet" can take that is no one met: "met the demand", "met with criticism"
UNMET = {"need", "demand", "target", "goal", "deadline", "condition", "requirement", "criterion", "criteria",
         "expectation", "standard", "obligation", "threshold", "quota", "cost", "challenge", "criticism",
         "resistance", "skepticism", "scepticism", "opposition", "protest", "silence", "approval", "applause",
         "disbelief", "bar", "benchmark", "mark", "level", "test", "qualification", "payroll", "mandate",
         "objective", "aim", "growth", "commitment", "shortfall", "payment", "debt", "estimate", "forecast",
         "schedule", "mockery", "derision", "ridicule", "scorn", "contempt", "outrage", "anger", "hostility",
         "suspicion", "indifference", "enthusiasm", "cheer", "boo", "jeer", "laughter", "praise", "condemnation",
         "dismay", "alarm", "concern", "success", "failure", "fanfare", "acclaim", "backlash", "violence",
         "force", "limit", "pledge", "promise", "rule", "definition", "specification", "eligibility"}  # fmt: skip
# What one arrives in to hold a seat or a post, no place visited
SEATS = {"congress", "senate", "house", "parliament", "office", "power", "legislature", "assembly", "cabinet"}
# What is won in a contest, not seized from anyone: "seized two wickets", "seized the lead"
WON = {"wicket", "lead", "title", "crown", "trophy", "medal", "victory", "win", "advantage"}
# Events one meets by facing them: "met a counter-attack", "met accusations"
FACED = {word for word, (kind, _) in NOUNS.items() if kind.split("/")[0] in ("ASSAULT", "THREATEN", "COERCE", "ACCUSE")}
# Whom one meets in private life, no consultation: "met his wife", "excited to meet our grandchild"
KIN = {"wife", "husband", "spouse", "girlfriend", "boyfriend", "fiancee", "fiance", "child", "son", "daughter",
       "grandchild", "grandson", "granddaughter", "baby", "friend"}  # fmt: skip
# What one agrees to that binds no one: "agreed to a short interview"
APPEARANCES = {"interview", "appearance", "photo", "profile", "podcast"}
# Prices and currencies a bank props up, no side backed: "supporting the won"
MARKETS = {"currency", "won", "yen", "dollar", "euro", "pound", "rupee", "peso", "ruble", "rouble", "lira", "yuan",
           "franc", "shekel", "rand", "naira", "shilling", "price", "market", "share", "stock", "bond",
           "rate"}  # fmt: skip
# What a source asks not to be, as reporters tell: "asked not to be named"
UNNAMED = {"name", "identify", "quote", "cite"}
# What bears a claim out, no side that backs it: "the evidence supports their account"
PROOFS = {"evidence", "data", "footage", "study", "research", "finding", "findings", "survey", "analysis", "fact",
          "facts", "science", "testimony", "experience", "history"}  # fmt: skip
# What one supports that is no side: "supporting himself on a stick"
SELVES = {"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves"}
# What a market trades, no commerce between parties: "2,000 shares were traded"
SECURITIES = {"share", "stock", "bond", "security", "future", "option", "lot", "contract", "currency"}
# What one declines to do that is only declining comment: "declined to comment", "refused to say if"
UNSAID = {"comment", "elaborate", "speculate", "confirm", "say", "respond", "specify"}
# What kills with no one killing: "Cholera kills 21", "the earthquake killed 300"
CAUSES = {"cholera", "disease", "outbreak", "epidemic", "virus", "flu", "influenza", "malaria", "measles", "ebola",
          "illness", "cancer", "famine", "hunger", "drought", "flood", "floods", "earthquake", "quake", "storm",
          "hurricane", "typhoon", "cyclone", "tornado", "avalanche", "landslide", "lightning", "heatwave", "heat",
          "cold", "crash", "accident", "tsunami", "mudslide", "rain", "rains", "snow", "wave", "blaze", "inferno",
          "collision", "derailment", "stampede", "shipwreck",
          # animals, which no one sends (not those that name fighters or states: Tigers, a lone wolf, the bear)
          "dog", "rottweiler", "shark", "crocodile", "alligator", "leopard", "elephant", "hippo", "hippopotamus",
          "snake"}  # fmt: skip
# What goes wrong by accident, killing those it kills: "the ferry capsized, killing 40"
ACCIDENTS = {"crash", "capsize", "overturn", "derail", "collide", "sink", "collapse", "plunge", "skid"}
# their forms, as the lemmatizer leaves some ("collided")
ACCIDENT_FORMS = forms_of(ACCIDENTS) | {"sank", "sunk"}
# What runs people down by accident: "was killed when she stepped in front of a train" (not "a car bomb")
VEHICLES = {"car", "truck", "lorry", "bus", "minibus", "van", "train", "tram", "vehicle", "motorcycle", "taxi",
            "tractor"}  # fmt: skip
# The words of a time, besides weekdays and months, that may own an event noun ("last night's attacks") or follow "on"
# What is endangered, not threatened by anyone: "threatened the truce", "threatens national security"
ENDANGERED = {"plan", "process", "security", "peace", "stability", "economy", "future", "recovery", "growth", "deal",
              "agreement", "truce", "ceasefire", "talk", "life", "health", "livelihood", "existence", "work",
              "progress", "gain", "effort", "job", "safety", "democracy", "lead", "majority"}  # fmt: skip
# Who can threaten, besides a name, a person's pronoun or a word for one who does something ("miners", "lawmakers",
# "activists", "employees"): people, posts, bodies and groups, and what a threat is sent in ("letters threatening
# death", "a video threatening an attack"). Not a case, a debate or a disease.
FOES = ROLE_NOUNS | BODY_NOUNS | {
    "party", "group", "union", "company", "firm", "organization", "organisation", "side", "camp", "ally", "enemy",
    "rival", "opposition", "coalition", "rebel", "militant", "insurgent", "guerrilla", "militia", "gunman", "man",
    "woman", "boy", "girl", "mob", "gang", "police", "attorney", "court", "judge", "committee", "panel", "staff",
    "campaign", "majority", "minority", "candidate", "bank", "agency", "captor", "student", "resident",
    "message", "video", "email", "note", "statement", "tweet", "resolution", "ultimatum",
}  # fmt: skip
AGENT_ENDINGS = ("er", "or", "ist", "ian", "crat", "ee")
# Things whose names end as a doer's does
NOT_AGENTS = {"weather", "matter", "number", "disaster", "danger", "water", "winter", "cancer", "fever", "error",
              "factor", "sector", "terror", "horror", "rumor", "rumour", "order", "border", "tumor", "corner",
              "center", "centre", "chapter", "paper", "computer", "manner", "barrier"}  # fmt: skip
# Pronouns for things, which do not travel: "once it arrives in port"
THINGS = {"it", "this", "that", "which", "these", "those"}
# Where rivals meet to play, not to consult: "will meet in the final"
CONTESTS = {"final", "finals", "semifinal", "semi-final", "quarterfinal", "quarter-final", "match", "game", "round",
            "playoff", "playoffs", "tournament", "derby", "tie"}  # fmt: skip
# What is killed with no one hurt: "killed the bill", "that killed his hopes"
KILLED_FIGURES = {"enthusiasm", "bill", "deal", "plan", "idea", "chance", "hope", "proposal", "measure", "talk",
                  "momentum", "mood", "story", "legislation", "amendment", "project", "time", "buzz", "conversation",
                  "engine", "light", "lights", "process", "agreement"}  # fmt: skip
# Beasts killed for food or by rite, no foe: "killed 40 goats for the feast"
LIVESTOCK = {"animal", "sheep", "goat", "cattle", "cow", "livestock", "lamb", "chicken", "camel"}
KILLED_BY_NO_ASSAULT = KILLED_FIGURES | LIVESTOCK
# What one attends or hosts to consult: "attended the summit"; not "attends the public school", nor a campaign's
# events, rallies and parades ("the candidate will host events in Kisumu")
GATHERINGS = {"meeting", "summit", "conference", "session", "forum", "ceremony", "funeral", "inauguration",
              "gathering", "convention", "dinner", "briefing", "hearing", "negotiation", "reception", "congress",
              "assembly", "celebration", "commemoration", "talk", "consultation", "discussion"}  # fmt: skip
# Who and what is held until released: "released the prisoners", "released frozen assets"
HELD = {"prisoner", "hostage", "detainee", "captive", "inmate", "soldier", "journalist", "citizen", "national",
        "worker", "crew", "sailor", "fisherman", "activist", "dissident", "suspect", "man", "woman", "child", "people",
        "person", "asset", "fund", "money", "cash", "reserve", "aid", "grain", "vessel", "ship", "tanker", "body",
        "remains", "delegate", "executive", "he", "she", "him", "her"}  # fmt: skip
# What is concluded as an accord: "concluded a treaty", "the talks were concluded"
SETTLED = {"agreement", "deal", "treaty", "accord", "pact", "contract", "memorandum", "talk", "talks", "negotiation",
           "alliance", "ceasefire", "truce", "armistice", "convention", "protocol", "arrangement"}  # fmt: skip
# What a state recognizes of another: "a claim not recognized abroad", "recognized its independence"
CLAIMS = {"claim", "sovereignty", "independence", "annexation", "border", "borders", "statehood", "rule"}
# Who goes for a government: "sent its envoy to Cairo", "the delegation arrived"
ENVOYS = {"envoy", "delegation", "diplomat", "minister", "official", "aide", "president", "leader", "secretary",
          "ambassador", "premier", "chancellor", "king", "prince", "emissary"}  # fmt: skip
# Whom one hosts: "hosted a delegation", "will host his counterpart"
GUESTS = ENVOYS | {"counterpart", "counterparts", "guest", "guests", "visitor", "visitors", "leaders", "delegate"}
# Those one speaks to who are no party to talks: "talking to voters", "talk to the nation"
PUBLIC = {"voter", "people", "nation", "crowd", "audience", "supporter", "reporter", "journalist", "press", "public",
          "student", "fan", "resident", "american", "citizen", "viewer", "listener", "reader", "other", "everyone",
          "everybody", "anyone", "anybody", "camera", "medium", "media"}  # fmt: skip
# Armed forces sent, a build-up where they go: "sent troops to the border"
TROOPS = {"troops", "troop", "force", "forces", "soldier", "soldiers", "warship", "warships", "peacekeeper",
          "peacekeepers", "contingent"}  # fmt: skip
# What is deployed in a build-up, besides troops: "deployed missiles", "police were deployed" (not "deployed paid
# staff", "a strategy deployed by the campaign")
ARMS = {"weapon", "missile", "warhead", "jet", "aircraft", "plane", "warplane", "ship", "submarine", "tank", "drone",
        "officer", "guard", "unit", "battalion", "brigade", "division", "marine", "battery", "bomber", "fighter",
        "gunboat", "carrier", "system", "bomb", "rocket", "shell", "mortar", "bullet", "grenade",
        "airstrike"}  # fmt: skip
ARMED = TROOPS | ARMS | {form + "s" for form in ARMS} | {"police", "army", "navy", "artillery", "armor", "armour"}
VIOLENT = {"terrorism", "gunfire", "fire", "violence", "shelling", "bombing"}  # what strikes as an attack does
# What rivals trade that is no commerce: "traded charges", "traded the microphone", "traded places"
EXCHANGED = {"charge", "insult", "barb", "jab", "blow", "punch", "shot", "word", "accusation", "place", "microphone",
             "glance", "joke", "compliment", "fire", "attack", "criticism", "jibe", "quip", "view", "idea", "story",
             "tip", "line", "seat", "position", "role", "vow", "pleasantry", "greeting", "hug", "kiss"}  # fmt: skip
# What a projection calls for a candidate: "called the race for Sanders"
RACES = {"race", "state", "primary", "caucus", "caucuses", "election", "contest", "vote", "seat"}
# Strains one side eases for another: "eased tensions", "eased the blockade"
EASED_STRAINS = {"tension", "tensions", "pressure", "control", "controls", "rule", "rules"}
# Whom a government recalls from abroad: "recalled its ambassador", "the troops were recalled"
SENT_OUT = ENVOYS | TROOPS | {"diplomats", "staff", "personnel", "mission", "representative"}
# Papers one side signs alone, which bind no other party: "signed the bill into law", "signed the letter"
SIGNED_ALONE = {"bill", "law", "legislation", "letter", "statement", "petition", "order", "budget", "decree", "book",
                "autograph", "copy", "check", "cheque", "card", "ballot", "poster", "measure", "act"}  # fmt: skip
# What a warning threatens when the one who warns would do it: "warned of sanctions", "warned of retaliation"
ACTIONS_WARNED = {"sanction", "sanctions", "consequence", "consequences", "retaliation", "response", "action",
                  "measure", "measures", "strike", "strikes", "war", "force", "reprisal", "reprisals", "intervention",
                  "countermeasure", "countermeasures", "attack", "attacks", "punishment", "escalation"}  # fmt: skip
# What one spends that is no money: "invested a lot of time in the valley"
EFFORTS = {"time", "energy", "effort", "hope", "faith", "attention", "emotion", "heart", "soul", "pride"}
# What "strike" takes that it does not hit: "struck a chord", "struck the right tone"
STRUCK_FIGURES = {"chord", "tone", "note", "balance", "pose", "nerve", "blow", "match", "bargain", "compromise",
                  "theme", "century", "boundary"}  # fmt: skip
# What is lifted when removed, a concession: "removed the tariffs", "remove sanctions on Iran"
RESTRICTIONS = {"sanction", "sanctions", "tariff", "tariffs", "ban", "restriction", "restrictions", "barrier",
                "barriers", "embargo", "curb", "curbs", "blockade", "checkpoint", "checkpoints", "designation", "cap",
                "duty", "duties", "obstacle", "obstacles", "limit", "limits", "freeze", "curfew", "siege",
                "regulation", "regulations"}  # fmt: skip
PERSON_SUBJECTS = {"i", "you", "he", "she"}  # the subject pronouns that stand for a person alone
# What a state pulls out of by leaving it: "Mali left ECOWAS", "quit the grain deal", "exit the talks"
BLOCS = {"bloc", "alliance", "union", "organization", "organisation", "treaty", "pact", "coalition", "accord",
         "agreement", "deal", "federation", "commonwealth", "league", "convention", "talks", "negotiations"}
# Lists one is taken off: "took the rebel movement off its blacklist", "removed the group from its register"
LISTS = {"list", "blacklist", "register", "registry", "roster"}
# Nouns that stand for the place or polity they name through "of": "the breakaway region of Somaliland".
PLACE_NOUNS = {"region", "province", "city", "town", "village", "territory", "enclave", "island", "capital", "port",
               "district", "county"}  # fmt: skip
POLITY_NOUNS = PLACE_NOUNS | {"state", "country", "nation", "republic", "kingdom", "government", "regime",
                              "administration", "authorities", "leadership", "people", "emirate", "leader"}  # fmt: skip
PARTY_NOUNS = POLITY_NOUNS | {"junta"}  # the nouns for a party that may leave a bloc: "the junta quit ECOWAS"


def reading(verb: Token, lemma: str) -> tuple[str, float] | None:
    """The event a verb of the lexicon reports, by what it takes; None for none. ``lemma`` is the verb's lemma as
    the lexicon knows it, which the lemmatizer may have missed ("supplies")."""
    if lemma in PARTICLES and particle(verb) != PARTICLES[lemma]:
        return None  # "turned to the appeal", "cracked a joke": no event without the particle
    found = called(verb) or (READERS[lemma](verb, lemma) if lemma in READERS else VERBS[lemma])
    return None if found and found[0] == "REQUEST" and _unnamed(verb) else found


def _unnamed(verb: Token) -> bool:
    """Whether a source asks only not to be named: "who requested anonymity", "asked for anonymity", "asked not to be
    identified", a reporter's word on whom they quote."""
    asked = acted_on(verb) + [c for c in verb.children if preposition(c) == "for"]
    named = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in UNNAMED]
    passive = any(d.dep_ == "aux:pass" for c in named for d in c.children)  # not "asked Somalia to name its envoy"
    return any(w.lower_ in ("anonymity", "anonymous") for w in asked) or passive


def called(verb: Token) -> tuple[str, float] | None:
    """"Called the Taliban an ally": what the second object of "call" names the first decides the event."""
    if verb.lemma_.lower() not in ("call", "name", "label", "describe"):
        return None
    objects = [c for c in verb.children if c.dep_ in ("iobj", "obj", "xcomp", "obl")]  # "called Clinton(iobj) a liar"
    return next((CALLED[o.lemma_.lower()] for o in objects[1:] if o.lemma_.lower() in CALLED), None)


def _sent(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Send" is aid when goods go, a visit when an envoy or a named person goes, a build-up when troops do;
    "sends a message" sends nothing, and a player "sent off" leaves the field."""
    sent = next(iter(acted_on(verb)), None)
    if sent is None or particle(verb) == "off":  # a player "sent off" after a foul
        return None
    if sent.lemma_.lower() in TROOPS:
        return ("MOBILIZE", -5)
    if sent.lemma_.lower() in GOODS:  # before a name: "Aid was sent", which the tagger may take for one
        return ("AID", 4)
    if sent.pos_ == "PROPN" or sent.lemma_.lower() in ENVOYS:
        return ("CONSULT/visit", 3)
    return None


def acted_on(verb: Token) -> list[Token]:
    """What a verb acts on: its objects and passive subjects, the noun a relative word stands for ("the convention,
    which most nations signed"), and the noun a participle describes ("a poll released Tuesday", "a claim not
    recognized abroad", "a quota met only by the north")."""
    relative = verb.dep_ in RELATIVE_CLAUSE
    acted_on = [verb.head if relative and c.lower_ in RELATIVE else c for c in verb.children
                if c.dep_ in ("obj", "dobj", "nsubj:pass", "nsubjpass")]  # fmt: skip
    return acted_on + [verb.head] if verb.dep_ == "acl" else acted_on


def agents_of(verb: Token) -> list[Token]:
    """Who does what a passive verb tells: its agent, after "by" ("a plan backed by Kenya")."""
    return [c for c in verb.children if c.dep_ == "obl:agent" or c.dep_ == "obl" and preposition(c) == "by"]


def noun_kind(word: Token) -> str:
    """The kind of event a noun names, by its lemma or its form ("talks"), or "" for a noun that names none."""
    kind, _ = NOUNS.get(word.lemma_.lower()) or NOUNS.get(word.lower_) or ("", 0)
    return kind


def among(words: Iterable[Token], vocabulary: AbstractSet[str]) -> bool:
    """Whether any of ``words`` is in ``vocabulary``, by its lemma or, where the lemmatizer missed it, its form."""
    return any(w.lemma_.lower() in vocabulary or w.lower_ in vocabulary for w in words)


def _provided(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Provide" and "supply" aid with goods ("provide food, blankets and medicine", "supplied weapons to Kyiv",
    "provided Kyiv with missiles"); "provides a perspective", "provided an opening", "did not supply a cost estimate"
    give nothing."""
    given = acted_on(verb) + [c for c in verb.children if c.dep_ == "obl" and preposition(c) == "with"]
    given += [c for g in given for c in g.children if c.dep_ == "conj"]
    return VERBS[lemma] if among(given, GOODS) else None


def _arrived(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Shoigu arrived in Kabul", "the delegation arrived", "we arrived in Cleveland" visit; "voters arrived at the
    polls", "the results arrive", "the money arrived in February" do not: the one who arrives is named, a pronoun,
    or an envoy. Arriving in a seat ("arrived in Parliament in 2002", "arrived in office") is taking it, no visit."""
    if any(c.dep_ == "obl" and preposition(c) == "in" and c.lemma_.lower() in SEATS for c in verb.children):
        return None
    return VERBS["arrive"] if _goer(verb) else None


def _goer(verb: Token) -> bool:
    """Whether the one who goes is named, a pronoun for a person, or an envoy (``goers``)."""
    return goers([c for c in verb.children if c.dep_ == "nsubj"])


def goers(subjects: list[Token]) -> bool:
    """Whether any of ``subjects`` is one who may go to visit: named, a pronoun for a person, or an envoy: "Shoigu",
    "the delegation", "we"; not "voters", "the results", "the money", "it" ("once it arrives in port")."""
    person = any(s.pos_ == "PRON" and s.lower_ not in THINGS for s in subjects)
    return person or any(s.pos_ == "PROPN" or s.ent_type_ or s.lemma_.lower() in ENVOYS for s in subjects)


def _flew(verb: Token, lemma: str) -> tuple[str, float] | None:
    """One who flies to a named place visits it ("the envoy flew to Kabul", "Lavrov will fly to Ankara"); not
    "the jets flew to the border", "prices flew", "flew home"."""
    return VERBS[lemma] if visited_places(verb) and _goer(verb) else None


def _landed(verb: Token, lemma: str) -> tuple[str, float] | None:
    """One who lands in or at a named place visits it ("the delegation landed in Moscow"); not "landed a contract",
    "landed in jail", "the plane landed", "the missile landed in a field", nor one who "lands back in Washington"."""
    back = any(c.lower_ == "back" for c in verb.children)
    return VERBS[lemma] if visited_places(verb) and not back and not acted_on(verb) and _goer(verb) else None


def visited_places(verb: Token) -> list[Token]:
    """The named places a verb of going goes to, by the prepositions it names them with (``VISITING``): "Kabul" in
    "arrived in Kabul on a surprise visit", "flew to Asmara with his aides"."""
    prepositions = VISITING.get(verb.lemma_.lower(), ())
    return [c for c in verb.children
            if c.dep_ == "obl" and preposition(c) in prepositions and (c.ent_type_ in PLACES or c.pos_ == "PROPN")]


def _visited(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Visiting visits somewhere or someone ("visited Kabul", "the visiting minister", "will visit"); a grandson
    "who was visiting" names no one visited and no one who matters to a timeline."""
    places = any(c.dep_ == "obl" for c in verb.children)
    return VERBS[lemma] if acted_on(verb) or places or verb.dep_ not in RELATIVE_CLAUSE else None


def _recalled(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Recalled its ambassador", "the envoy was recalled", "recalled its troops from the border" withdraw someone
    sent; "recalled the meeting", "recalled thinking …", "Rendell recalled" remember."""
    return VERBS["recall"] if among(acted_on(verb), SENT_OUT) else None


def _blamed(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Kenya blamed Somalia" accuses; "the rebels are to blame" says who is at fault, with no one blaming."""
    be = [c for c in verb.children if c.dep_ == "cop"] + [verb.head]  # where the parse hangs "are"
    return None if infinitive(verb) and any(w.lemma_.lower() == "be" for w in be) else VERBS["blame"]


def _warned(verb: Token, lemma: str) -> tuple[str, float] | None:
    """A warning threatens only an action of the one who warns: "warned that it would retaliate", "warned of
    sanctions"; telling someone to act or refrain asks it ("warned the rebels to refrain from more raids");
    a forecast ("warned that the vote could depress growth", "warned of a ferocious battle") is neither."""
    warned = [c for o in acted_on(verb) for c in o.children if c.dep_ == "nmod"]  # "warned Egypt of consequences"
    for child in list(verb.children) + warned:
        if child.dep_ in ("xcomp", "advcl") and infinitive(child):
            return VERBS["urge"]
        if child.dep_ in ("obl", "nmod") and preposition(child) == "of" and child.lemma_.lower() in ACTIONS_WARNED:
            return VERBS["warn"]
        if child.dep_ == "ccomp" and auxiliaries(child) & (FUTURE | HYPOTHETICAL):
            subject = subject_of(child)
            warner = subject_of(verb)
            own = subject is not None and (subject.lower_ in ("it", "we", "i", "they", "he", "she") or
                                          warner is not None and subject.lower_ == warner.lower_)  # fmt: skip
            people = warner is not None and _personal(warner)  # "aides who warned it could backfire": no "it" of theirs
            if own and not (subject.lower_ == "it" and people):
                return VERBS["warn"]
    return None


def _invested(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Invested $10 million in the mine", "has invested in the companies" put money in; "invested a lot of time",
    "the political capital invested in the nation's future", "are invested in calming the feud" do not."""
    spent = acted_on(verb)
    spent += [c for w in spent for c in w.children if c.dep_ == "nmod" and preposition(c) == "of"]  # "a lot of time"
    if any(w.lemma_.lower() in EFFORTS or any(a.lower_ == "political" for a in w.children) for w in spent):
        return None
    doing = any((preposition(c) or marker(c)) == "in" and c.tag_ == "VBG" for c in verb.children)
    # "a senator deeply invested in the cause": a person invested in something cares for it
    person = any(c.dep_ in ("nsubj:pass", "nsubjpass") and _personal(c) for c in verb.children)
    return None if doing or person else VERBS["invest"]


def _personal(word: Token) -> bool:
    """Whether a word stands for a person or people: a personal pronoun, "who", a person's name or a word for people
    (not "it", "money", "funds")."""
    if word.lower_ in ("who", "he", "she", "they", "i", "we", "you") or word.ent_type_ == "PERSON":
        return True
    return word.pos_ == "NOUN" and _foe(word)


def _traveled(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Travelling visits only somewhere it goes to: "traveled to New York"; not "traveled the globe", "travels with
    the candidate", "traveled around this country"."""
    to = any(c.dep_ == "obl" and preposition(c) == "to" and c.pos_ in ("PROPN", "NOUN") for c in verb.children)
    return VERBS["travel"] if to else None


def _recognized(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Recognition is diplomatic for a polity or its claim: "recognized the Taliban's government", "recognize
    Somaliland", "a claim not recognized abroad"; "recognized that the plan had failed", "recognize this
    person", "recognizes a holiday" see or acknowledge."""
    recognized = acted_on(verb)
    polities = POLITY_NOUNS | CLAIMS
    polity = any(c.ent_type_ in ("GPE", "ORG", "NORP") or c.lemma_.lower() in polities for c in recognized)
    return VERBS["recognize"] if polity else None


def _reached(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Reached Kabul" is a visit; "reached an agreement" is the agreement's event (a light verb), and reaching
    anything else is no event."""
    reached = next((c for c in verb.children if c.dep_ in ("obj", "dobj")), None)
    if reached is not None and (reached.ent_type_ in ("GPE", "LOC") or reached.pos_ == "PROPN"):
        return VERBS["visit"]
    return None


def _met(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Met the Taliban" is a meeting; meeting a need, a target or a deadline is none, nor is a plan "met with
    criticism", nor meeting one's wife or friends, nor rivals who "meet in the semi-final", nor troops who "met a
    counter-attack" (an event of its own), nor a sentence that opens on "Meet the …"."""
    met = acted_on(verb)
    met += [c for c in verb.children if c.dep_ == "obl" and preposition(c) == "with"]
    if agents_of(verb):  # "a bar met so far just by Ruto", which the parse may take for a past with a subject
        met += [c for c in verb.children if c.dep_ == "nsubj"]
    # "meet education or work requirements", "meet the target figure"
    met += [c for m in met for c in m.children if c.dep_ in ("conj", "compound")]
    if among(met, UNMET | KIN | FACED):
        return None
    passive = any(c.dep_ in ("nsubj:pass", "aux:pass") for c in verb.children)
    if passive and any(c.dep_ == "obl" and preposition(c) == "with" for c in verb.children):
        return None  # "was met with skepticism": how it was taken
    contest = any(c.dep_ == "obl" and preposition(c) == "in" and c.lemma_.lower() in CONTESTS for c in verb.children)
    return None if contest or _presented(verb, met) else VERBS["meet"]


def _presented(verb: Token, met: list[Token]) -> bool:
    """Whether "meet" opens its sentence to present what it takes: one told of by a clause ("Meet the robots that wait
    tables") or a name with nothing else ("Meet the Press", a show); not "meet people twice", "meet the rebels at
    the border" or "Meet the Taliban in Doha"."""
    first = next((t for t in verb.sent if not t.is_punct), verb)
    if first.i != verb.i or verb.tag_ != "VB":
        return False
    bare = all(c.is_punct or c in met for c in verb.children)
    told = [m for m in met if bare and (m.pos_ == "PROPN" or m.is_title) or any(c.dep_ in ("acl", "acl:relcl")
                                                                                  for c in m.children)]
    return any(c.lower_ == "the" for m in told for c in m.children)


def _struck(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Missiles struck Kyiv" assault it; "struck a deal" is the deal's event (a light verb); "struck down the law",
    "struck out five batters", "struck up a friendship", "struck a chord", "striking a theme", "struck many as odd",
    "is striking" assault nothing; "struck the group off its list" gives way, as removing it from the list does."""
    if particle(verb) in ("down", "out", "up"):  # "struck down the law", a pitcher who "struck out five"
        return None
    if _off_list(verb, ("off", "from")):
        return VERBS["remove"]  # "struck the group off its list of banned groups": taken off it, as removed from it
    struck = [c for c in verb.children if c.dep_ in ("obj", "dobj")]
    if any(c.lemma_.lower() in NOUNS or c.lemma_.lower() in STRUCK_FIGURES for c in struck):
        return None
    if any(c.dep_ == "xcomp" for c in verb.children):
        return None
    bare = not any(c.dep_ in ("obj", "dobj", "obl", "compound:prt") for c in verb.children)
    if verb.tag_ == "VBG" and bare and any(c.dep_ == "aux" for c in verb.children):
        return None  # "the likeness is striking": how it strikes one; not "by striking back"
    if any(preposition(c) == "as" for word in (verb, *struck) for c in word.children):  # "struck many as odd"
        return None
    agents = agents_of(verb)
    violent = [a for a in agents if noun_kind(a) == "ASSAULT" or among([a], VIOLENT)]
    if agents and not violent and not any(_foe(a) or among([a], ARMED) for a in agents):
        return None  # "struck by the tale", "struck by lightning"; not "struck by terrorism", "by gunfire"
    return VERBS["strike"]


def _talked(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Talk" and "discuss" consult only with someone: "talked with the mayor", "discussed Afghanistan with Baradar",
    "the two leaders discussed the violence", "leaders gathered to discuss"; "Clinton talked about reform",
    "Trump discussed his plan", "talking to voters", "what she has talked about for years", "Taliban officials talked
    about joining the projects" speak of a topic to no one in particular, or to the public."""
    partner = any(_party(c, OBJECT_PARTY_PREPOSITIONS) for c in verb.children)
    if not finite(verb) and verb.head.i != verb.i:  # "sent its envoy to Cairo to discuss": where the envoy went
        partner = partner or any(_party(c, {"to"}) for c in verb.head.children)
    # talk about a topic with no one named is talk in public, unless the talkers are two sides, joined or counted:
    # "officials talked about joining", not "Russia and China talked about trade", "the two talked about it"
    public = lemma == "talk" and any(preposition(c) == "about" or marker(c) == "about" for c in verb.children)
    paired = any(s.tag_ == "CD" or any(c.dep_ in ("conj", "nummod") for c in s.children) for s in _subjects(verb))
    return VERBS[lemma] if partner or _several(verb) and (paired or not public) else None


def _party(word: Token, prepositions: set[str]) -> bool:
    """Whether a verb's phrase names a party by one of ``prepositions`` ("with the mayor", "to Cairo"), not the
    public ("to the nation")."""
    return word.dep_ == "obl" and preposition(word) in prepositions and word.lemma_.lower() not in PUBLIC


def _several(verb: Token) -> bool:
    """Whether a verb has two or more subjects: joined ("Ethiopia and Somalia agreed"), plural ("leaders gathered to
    discuss", the subject of the verb a non-finite one hangs from, or the object that does it: "Fans want us to
    talk" is our talk) or counted ("the two discussed")."""
    return any(s.tag_ in ("NNS", "NNPS", "CD") or any(c.dep_ == "conj" for c in s.children) for s in _subjects(verb))


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, or for a non-finite one those of the verb it hangs from or the object that does it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and not finite(verb):
        controlled = verb.dep_ == "xcomp"
        doers = [c for c in verb.head.children if controlled and c.dep_ in ("obj", "iobj") and c.i < verb.i]
        subjects = doers or [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _attended(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Attended the summit" consults; "attends the public school" does not."""
    attended = [c.lemma_.lower() for c in verb.children if c.dep_ in ("obj", "dobj")]
    return VERBS["attend"] if any(a in GATHERINGS or a in NOUNS for a in attended) else None


def _released(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Released the prisoners", "released frozen assets" give way; "released his tax returns", "a poll released
    Tuesday" publish, which concedes nothing."""
    released = acted_on(verb)
    held = among(released, HELD) or any(c.ent_type_ in ("PERSON", "NORP") for c in released)
    return VERBS["release"] if held else None


def _removed(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Removing or lifting gives way when it lifts a restriction or pulls troops back ("removed the tariffs", "the
    city lifted a curfew", "remove its troops from the border") or takes someone off a list ("removed the movement
    from its blacklist"); "police removed the candidate from the hall", "removing voters from the rolls", "remove
    loopholes", "lift a family out of debt", "a phrase lifted from an old speech" do not."""
    removed = acted_on(verb)
    # a headline's passive, which the parse may read as active, names it as subject: "Curfew lifted"
    restrictions = removed + [c for c in verb.children if c.dep_ == "nsubj"]
    lifted = among(restrictions, RESTRICTIONS) or among(removed, TROOPS)
    return VERBS[lemma] if lifted or _off_list(verb, ("from",)) else None


def _off_list(verb: Token, prepositions: tuple[str, ...]) -> bool:
    """Whether a verb takes something off a list: "removed the movement from its blacklist", "struck the party off
    the register"."""
    return any(c.dep_ == "obl" and preposition(c) in prepositions and c.lemma_.lower() in LISTS for c in verb.children)


def _traded(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Trading is commerce ("has traded with China for decades"), not a swap ("traded his rallies for small meetings")
    nor a market's dealing in securities ("2,000 shares were traded", "its stock was trading at a low")."""
    traded = acted_on(verb)
    traded += [c for c in verb.children if c.dep_ == "nsubj" and verb.tag_ == "VBG"]  # a price, what trades itself
    swapped = [c for w in (verb, *traded) for c in w.children if c.dep_ in ("obl", "nmod")]
    swap = any(preposition(c) == "for" and c.lemma_.lower() not in UNITS and not c.ent_type_ for c in swapped)
    return None if swap or among(traded, SECURITIES | EXCHANGED) else VERBS[lemma]


def _refused(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Refusing rejects what is asked ("refused to release the prisoners"), but refusing to comment, to say or to
    confirm is only declining comment ("the firm refused to comment on the report")."""
    said = any(c.dep_ == "xcomp" and c.lemma_.lower() in UNSAID for c in verb.children)
    return None if said else VERBS[lemma]


def _killed(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Killing assaults when someone kills someone; a disease, a disaster, an accident or an animal that kills
    ("Cholera kills 21", "killed by the floods", "killed in a road crash", "the ferry capsized, killing 40", "were
    killed when their minibus overturned", "a crocodile killed a fisherman") assaults no one, nor does killing a
    bill, a deal or one's enthusiasm."""
    joined = [verb, *(c for c in verb.children if c.dep_ == "conj")]  # "was killed and 14 were injured when …"
    killers = [c for c in verb.children if c.dep_ == "nsubj"]
    killers += [c for w in joined for c in w.children
                if c.dep_ in ("obl", "obl:agent") and preposition(c) in ("by", "in")]  # fmt: skip
    # what comes before the killer in its words: "killed in the flood-hit city", not "in an attack on a flood camp"
    killers += [c for k in killers for c in k.subtree if c.dep_ == "compound" and c.i < k.i]
    if verb.dep_ == "advcl" and among([verb.head], ACCIDENT_FORMS):
        return None  # "a minibus crashed into a lorry, killing three passengers"
    clauses = [c for w in joined for c in w.children if c.dep_ == "advcl"]
    if among(clauses, ACCIDENT_FORMS) or any(_run_down(c) for c in clauses if "when" in openers(c)):
        return None  # "were killed when a bus collided with a truck", "when she stepped in front of a train"
    # a verb joined after shares its object: "will kill and then offer up goats"
    killed = acted_on(verb) or [o for c in verb.children if c.dep_ == "conj" for o in acted_on(c)]
    return None if among(killers, CAUSES) or among(killed, KILLED_BY_NO_ASSAULT) else VERBS[lemma]


def _run_down(clause: Token) -> bool:
    """Whether a clause tells of a vehicle and no weapon: "when she stepped in front of a train"."""
    words = list(clause.subtree)
    vehicle = any(w.lemma_.lower() in VEHICLES and w.dep_ != "compound" for w in words)
    return vehicle and not VIOLENCE.search(" ".join(w.text for w in words))


def _supported(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Supporting a side, a plan or a cause backs it; a central bank "supporting the won" props up a price, and one
    "supporting himself on a stick" or "on odd jobs" keeps himself up, and "the evidence supports their account"
    bears a claim out."""
    taken = acted_on(verb)
    propped = among([w for w in taken if w.pos_ == "NOUN"], MARKETS)  # a common noun: "Rand Paul" is no currency
    subject = subject_of(verb, ("nsubj",))
    proof = subject is not None and among([subject, *(c for c in subject.children if c.dep_ == "conj")], PROOFS)
    return None if propped or proof or any(w.lower_ in SELVES for w in taken) else VERBS[lemma]


def _threatened(verb: Token, lemma: str) -> tuple[str, float] | None:
    """A threat is someone's: "threatened to fire the nurses", "threatened Moscow"; endangering ("the fighting has
    put the truce at risk", "threatens national security"), weather "threatening to spoil the day" and a runner who
    "looked threatening" threaten no one."""
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("look", "seem", "appear"):
        return None
    if among(acted_on(verb), ENDANGERED) or not _foe(_threatener(verb)):
        return None
    return VERBS[lemma]


def _threatener(verb: Token) -> Token | None:
    """Who threatens: the verb's subject, the noun a relative word or a participle stands for ("a row that
    threatened to", "diseases threatening the aging"), or the subject of the clause a bare participle hangs from
    ("the pressure is growing, threatening further losses")."""
    subject = subject_of(verb, ("nsubj",))
    if subject is not None and subject.lower_ in RELATIVE and verb.dep_ in RELATIVE_CLAUSE:
        return verb.head
    if subject is None and verb.dep_ == "acl" and not marker(verb):  # not "the chance to threaten", "of threatening"
        return verb.head
    if subject is None and verb.dep_ in ("advcl", "conj") and not finite(verb):
        return subject_of(verb.head, ("nsubj",))
    return subject


def _foe(word: Token | None) -> bool:
    """Whether a threatener can be a foe: a name, a person's or a group's pronoun, or a word for people or for what
    a threat is sent in; a threat with no threatener named is someone's."""
    named = [word] + [c for c in word.children if c.dep_ == "appos"] if word is not None else []
    if not named or any(w.pos_ in ("PROPN", "NUM") or w.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for w in named):
        return True  # "One of the firms, Acme Health, has threatened"
    if word.pos_ == "PRON":
        return word.lower_ not in THINGS - {"it", "which"}  # "it" may be a country; "which" a relative
    lemma = word.lemma_.lower()
    agent = lemma.endswith(AGENT_ENDINGS) and lemma not in NOT_AGENTS
    return agent or among([word], FOES | GUESTS | PUBLIC | TROOPS | POLITY_NOUNS)


def _deployed(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Deploying troops, arms or police builds up force; deploying staff, a strategy or a technology does not. With
    nothing deployed named, troops are ("the troops deployed to the border" names them as its subject)."""
    deployed = acted_on(verb) or [c for c in verb.children if c.dep_ == "nsubj"]
    deployed += [c for w in deployed for c in w.children if c.dep_ in ("compound", "amod")]  # "a special forces team"
    if not deployed or any(w.pos_ == "PRON" and w.lower_ not in RELATIVE for w in deployed):
        return VERBS[lemma]  # "deploy them on missiles": what "them" is, the sentence before tells
    return VERBS[lemma] if among(deployed, ARMED) else None


def _backed(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Backed the plan" supports it; "backing out of the lease", "backed away", "backed down" do not."""
    # the particle, or the first word of a phrase, as the parse may take "out" for the case of "out of"
    words = {particle(verb)} | {preposition(c) or c.lower_ for c in verb.children if c.dep_ in ("obl", "advmod")}
    return None if words & {"out", "away", "down", "off"} else VERBS[lemma]


def _hosted(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Hosting consults when guests or a gathering are hosted: "hosted Putin", "hosted a delegation", "will host the
    talks", "a discussion hosted by the centre"; "hosts a talk show", "will host the closest race", "help host its
    coverage of the vote" do not, nor does a side that hosts another "for a match"."""
    if any(c.dep_ == "obl" and preposition(c) == "for" and c.lemma_.lower() in CONTESTS for c in verb.children):
        return None
    hosted = acted_on(verb)
    hosted += [c for h in hosted for c in h.children if c.dep_ == "nmod" and preposition(c) == "of"]  # "a round of"
    guests = any(c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("PERSON", "NORP", "GPE", "ORG") for c in hosted)
    gathering = among(hosted, GATHERINGS | GUESTS) or any(c.lemma_.lower() in NOUNS for c in hosted)
    return VERBS["host"] if guests or gathering else None


def _agreed(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Agreed to withdraw", "agreed to a ceasefire", "agreed a deal", "agreed on an inquiry", "Ethiopia and Somalia
    agreed" settle something; "agreed with Trump on everything", "agreed that the plan was costly", "62 percent
    agreed" share a view, and what stands before the verb is no term of it ("In different ways, all agreed that
    …", "whatever I propose, she agrees with me") but a relative word for it ("the truce both sides agreed"). Agreeing
    to an interview binds no one."""
    for child in verb.children:
        after = child.i > verb.i or child.lower_ in RELATIVE
        if child.dep_ in ("obj", "dobj") and after or child.dep_ == "xcomp" and infinitive(child):
            return VERBS["agree"]
        if child.dep_ == "obl" and preposition(child) in ("to", "upon") and after:
            return None if child.lemma_.lower() in APPEARANCES else VERBS["agree"]
    if any(c.dep_ == "ccomp" or c.dep_ == "obl" and preposition(c) == "with" for c in verb.children):
        return None
    on = any(c.dep_ == "obl" and preposition(c) == "on" for c in verb.children)
    return VERBS["agree"] if on or _several(verb) else None


def _welcomed(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Welcomed the decision", "welcomes Ethiopia's offer" support it; welcoming guests or a crowd is hospitality."""
    return None if among(acted_on(verb), GUESTS | PUBLIC) else VERBS[lemma]


def _accepted(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Accepting an envoy or his credentials accredits him ("accepted a Taliban ambassador", "accepted the credentials
    of the new envoy"); "accepted the offer", "accepted defeat" accredit no one."""
    accepted = acted_on(verb)
    credentials = [c for a in accepted if a.lemma_.lower() == "credential"
                   for c in a.children if preposition(c) == "of"]  # fmt: skip
    return VERBS[lemma] if among(accepted + credentials, ENVOYS) else None


def _shelled(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Shelled the town" fights; one who "shells out" $449,400 pays it."""
    return None if particle(verb) == "out" else VERBS[lemma]


def _seized_on(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Seized Crimea", "seized the tanker" coerce; "seizing on his rival's comments" and "seized the chance" make
    use of them, and "seized two wickets" or "the lead" win them."""
    if any(_on_someone(c) for c in verb.children) or among(acted_on(verb), SEIZED | WON):
        return None
    return VERBS["seize"]


def _concluded(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Concluded a treaty", "the talks were concluded", "talks open in February, to be concluded" settle them; "he
    concluded, …", "the FBI concluded that …" say or judge."""
    concluded = acted_on(verb)
    if not concluded and not finite(verb):  # "Talks open in February, to be concluded within four months"
        concluded = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return VERBS["conclude"] if any(c.lemma_.lower() in SETTLED for c in concluded) else None


def _signed(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Signed the accord", "the convention, which most nations signed" agree to it; "sign up for our newsletter"
    enrols, and a law, a letter or a statement signed ("signed the bill into law") is no accord between parties."""
    if particle(verb) == "up":
        return None
    signed = acted_on(verb)
    signed += [c for c in verb.children if c.dep_ == "obl" and preposition(c) == "into"]  # "into law"
    return None if any(w.lemma_.lower() in SIGNED_ALONE for w in signed) else VERBS["sign"]


def _requested(verb: Token, lemma: str) -> tuple[str, float] | None:
    """"Ask" and "call" request only what they ask for: "asked Russia for help", "asked the crowd to welcome him",
    "asked that the court delay", "called for a ban", "called on Congress to act"; not a question ("asked whether",
    "asked them how likely she was to win", "Asked about the bomb"), a name ("called him a con artist", "what he
    calls hell") nor a telephone call ("called Machado on Friday to thank her"). "Called him out" criticizes him.
    "Appeal" likewise: "appealed for calm", "appealed to the UN to intervene"; not "appeals to some of the
    voters"."""
    if lemma == "call" and particle(verb) == "out":
        return VERBS["criticize"]
    if lemma == "call" and any(c.dep_ == "xcomp" and not infinitive(c) for c in verb.children):
        return None  # "called the senator a friend of its members": a name, whatever it is for
    if lemma == "call" and (among(acted_on(verb), CONTESTS | RACES) or _passive_place(verb)):
        return None  # "calling the race for Sanders", "Texas was called for Cruz": a result projected
    for child in verb.children:
        case = preposition(child) if child.dep_ == "obl" else marker(child)  # "called for taxing income"
        if case == "for" or lemma != "ask" and _on_someone(child) and not _object_before(verb, child):
            return VERBS[lemma]  # "asked on Fox News" asks no one, nor "called the attack on its troops cowardly"
        if lemma in ("ask", "appeal") and child.dep_ in ("xcomp", "ccomp", "advcl") and (
            infinitive(child) or marker(child) == "that"
        ) and child.left_edge.lower_ not in QUESTION_WORDS:  # "asked voters how likely she was to win" asks a question
            return VERBS[lemma]
    return None


def _passive_place(verb: Token) -> bool:
    """Whether a verb's passive subject is a place, as when a state "was called for" a candidate."""
    return any(c.dep_ in ("nsubj:pass", "nsubjpass") and c.ent_type_ == "GPE" for c in verb.children)


def _eased(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Easing sanctions, curbs or tensions concedes; easing worries or debt does not."""
    return VERBS[lemma] if among(acted_on(verb), RESTRICTIONS | EASED_STRAINS) else None


def _object_before(verb: Token, word: Token) -> bool:
    """Whether the verb's object stands before ``word``, which then most likely belongs to it."""
    return any(c.dep_ in ("obj", "dobj") and c.i < word.i for c in verb.children)


def _on_someone(word: Token) -> bool:
    """Whether a verb's phrase is "on" or "upon" someone or something ("called on Congress", "seizing on his
    comments"), not a day ("on Friday", "on June 3"), or the bare "upon" of a passive ("a gaffe seized upon by
    rivals"), which the parse may take for a phrase."""
    if word.lower_ in ("on", "upon") and word.i == word.head.i + 1:
        return True
    return word.dep_ == "obl" and preposition(word) in ("on", "upon") and not (of_time(word) or word.like_num)


def _left(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Leaving, quitting or exiting a bloc, a treaty or talks pulls out of it ("Mali left ECOWAS", "Russia quit the
    grain deal", "Democrats left the talks"); a place or a job left does not ("the envoy left Kabul", "Ms. Roe left
    the State Department"), nor what leaves something in a state ("left the GOP with a muddled field", "left the
    convention open")."""
    in_a_state = any(c.dep_ == "xcomp" or c.dep_ == "obl" and preposition(c) in ("with", "on") and not of_time(c)
                     for c in verb.children)  # fmt: skip
    if in_a_state or not _a_party(verb):
        return None
    left = acted_on(verb)
    named = any(o.ent_type_ == "ORG" or o.text.isupper() and len(o.text) > 1 and o.ent_type_ not in ("GPE", "LOC")
                for o in left)  # fmt: skip
    return VERBS[lemma] if named or among(left, BLOCS) else None


def _a_party(verb: Token) -> bool:
    """Whether a verb's doer may be a party to a bloc or talks: a name, a state or government noun, "they", or none
    (an infinitive: "Uganda's decision to quit"); not a person ("she", "Ms. Roe"), a thing ("the vote"), nor the
    unnamed doer of a bare participle, most often a person ("after leaving the RNC")."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers:
        return verb.tag_ != "VBG"
    return not any(d.ent_type_ == "PERSON" or d.lower_ in PERSON_SUBJECTS
                   or d.pos_ == "NOUN" and d.lemma_.lower() not in PARTY_NOUNS for d in doers)  # fmt: skip


def _ordered_out(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Ordering someone to leave expels them ("ordered the UN coordinator to leave the country"); ordering one's
    own troops out ("ordered troops to leave Kherson") or anything else is no event here."""
    leave = any(c.dep_ == "xcomp" and c.lemma_.lower() in ("leave", "depart", "quit") for c in verb.children)
    ordered = acted_on(verb)
    return VERBS[lemma] if leave and ordered and not among(ordered, TROOPS) else None


def _turned(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Turning down what is asked or offered rejects it ("turned down the request", "a request the judges turned
    down", "turned the offer down"); not turning something upside down."""
    if any(c.lower_ == "upside" for c in verb.children):
        return None
    return VERBS[lemma] if acted_on(verb) or verb.dep_ in RELATIVE_CLAUSE else None


def _pulled(verb: Token, lemma: str) -> tuple[str, float] | None:
    """Pulling one's troops out, or pulling out of a bloc, a deal or a named place or body, withdraws ("pulled out of
    the grain deal", "pulled its forces out of the town", "pulled out of Syria"); not "pulled out a gun", nor "would
    pull out of its slump"."""
    pulled = acted_on(verb)
    if pulled:
        return VERBS[lemma] if among(pulled, TROOPS) and _a_party(verb) else None
    left = [c for c in verb.children if c.dep_ == "obl" and preposition(c) == "out"]
    named = any(c.ent_type_ in PLACES | {"ORG"} or c.lemma_.lower() in BLOCS for c in left)
    return VERBS[lemma] if particle(verb) in ("out", "") and named and _a_party(verb) else None


# Verbs whose event depends on what they take: a reader gives it, or None for no event.
READERS = {"send": _sent, "reach": _reached, "meet": _met, "sign": _signed, "ask": _requested, "call": _requested,
           "appeal": _requested, "strike": _struck, "talk": _talked, "discuss": _talked, "attend": _attended,
           "release": _released, "agree": _agreed, "provide": _provided, "supply": _provided, "seize": _seized_on,
           "conclude": _concluded, "arrive": _arrived, "recognize": _recognized, "recognise": _recognized,
           "recall": _recalled, "blame": _blamed, "warn": _warned, "invest": _invested, "travel": _traveled,
           "remove": _removed, "lift": _removed, "suspend": _removed, "host": _hosted, "welcome": _welcomed,
           "trade": _traded, "back": _backed, "refuse": _refused, "kill": _killed, "visit": _visited,
           "support": _supported, "threaten": _threatened, "shell": _shelled, "deploy": _deployed, "ease": _eased,
           "accept": _accepted, "leave": _left, "quit": _left, "exit": _left, "order": _ordered_out, "turn": _turned,
           "pull": _pulled, "fly": _flew, "land": _landed}
