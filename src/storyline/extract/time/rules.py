"""What each pattern's match means: a TIMEX3 type, value and modifier, anchored to a reference date.

The reference is the document's date. Expressions that need it ("last week")
get an unknown value (``XXXX-WXX``) when a document has none. A month or day
named without a year takes the year the tense makes likeliest, marked as a guess.
"""

from __future__ import annotations

import calendar as monthdays
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property

from . import calendar
from .lexicon import DAY_ORDINALS, DECADE_WORDS, EASTER_HOLIDAYS, ELECTION_YEAR_DAYS, HEBREW_HOLIDAYS, HOLIDAYS
from .lexicon import ISLAMIC_HOLIDAYS, LUNAR_NEW_YEAR
from .lexicon import DETERMINERS, MONTH_LONG, MONTHS, POSSESSIVES
from .lexicon import MOVABLE_HOLIDAYS, NUMBER_WORDS, VOTE_DAYS, ONES, ORDINALS, PARTS_OF_DAY, SEASONS, SETS, TENS, UNITS, WEEKDAYS
from .patterns import DAY_AFTER, MONTH, PATTERNS
from .sentences import Sentences


@dataclass(frozen=True)
class Reading:
    """What one expression means."""

    type: str
    value: str
    mod: str | None = None
    guess: bool = False


class Unanchored(Exception):
    """The expression needs a reference date and the document has none."""


# Irregular past forms that are not also present ones ("put", "cut" and "set" are both).
IRREGULAR_PAST = (
    "said|was|were|had|did|began|became|brought|bought|came|chose|drew|drove|fell|fought|flew|found|gave|got|grew"
    "|held|kept|knew|led|left|lost|made|meant|met|paid|ran|rose|sank|saw|sent|shot|sold|spent|spoke|stood|struck"
    "|swore|took|taught|thought|told|threw|understood|went|won|wrote|taken|broke|built|caught|dealt|drank"
    "|fled|forgot|forgave|froze|heard|hid|hung|rang|rode|sought|shook|slept|slid|sprang|stole|stuck|swept|swam"
    "|swung|tore|woke|wore|wept|withdrew|overthrew|undertook|overtook|foresaw|upheld|withheld"
)
# words of a plan or schedule
_PLAN = r"set\s+(?:to|for)|slated|scheduled|due\s+(?:to|in|on|by)"
FUTURE = re.compile(
    r"\b(?:will|won['’]t|wo\s+n['’]t|['’]ll|shall|going\s+to|plans?\s+to|planned\s+for"
    # "expects the deal to close", "they expect growth in 1997"
    r"|expect(?:s|ed)?\s+(?:[\w'-]+\s+){0,3}?to|expects?\b|(?:is|are)\s+(?:not\s+)?expected"
    r"|is\s+to|are\s+to|(?:is|are)\s+due\b|upcoming|forthcoming|planned|planning|postponed|likely\s+to|poised\s+to"
    r"|(?<!was\s)(?<!were\s)on\s+(?:pace|track|course)\s+to"  # "is on pace to complete it on Monday"
    r"|stands?\s+(?:a|an|no|little|every)\s+(?:[\w-]+\s+)?chance"  # "we stand an excellent chance to win it on Tuesday"
    # a contest's day told in the present: "New Jersey, which also holds its primary Tuesday"
    r"|(?<!\bnot\s)\bhold(?:s)?\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:primary|primaries|caucus(?:es)?|elections?|vote|referendum|run-?off|contests?)\b"
    r"|await|awaits|awaiting"
    rf"|(?<!been\s)(?:{_PLAN})"  # "had been due to…" looks back
    # an aim lies ahead: "hopes to", "hoping to" (not the noun's "Africans seeking to…")
    r"|(?:(?:aim|intend|seek|vow|want|threaten)s?|(?:aim|intend|vow|threaten)ing|(?:hop|promis|pledg)(?:e|es|ing)"
    r"|agreed|decided|determined|projected|forecast)\s+to"
    # a schedule told in the present: "the measure expires on Sept. 30", "the rules take effect in May", "the
    # administration ends on December 30" (not the habit of "its fiscal year ends in June")
    r"|(?<!\bnot\s)(?<!n['’]t\s)(?<!\bto\s)"
    r"(?:expires?|takes?\s+(?:effect|place)|(?:comes?|goes?)\s+into\s+(?:force|effect)|runs?\s+out"
    r"|(?<!year\s)(?<!quarter\s)(?:ends|begins|starts|opens|closes|resumes|concludes)"
    r"(?=\s+(?:on|in|at|by)\b|\s+(?-i:[A-Z])))"
    # "would have won" looks back, "would have trouble" ahead, as does "we'd better be careful"
    rf"|(?:would|should|must|(?-i:may)|might|can)(?!\s+have\s+(?:been|{IRREGULAR_PAST}|\w+ed)\b)"
    r"|(?:['’]d|had)\s+better"
    # "could meet on Tuesday", "could have consequences in November"; not "could not be reached Saturday"
    rf"|could(?!\s+(?:not|be|hardly)\b|\s+have\s+(?:been|{IRREGULAR_PAST}|\w+ed)\b))\b",
    re.IGNORECASE,
)
IRREGULAR_FORMS = set(IRREGULAR_PAST.split("|"))
# A verb in the present between a past verb and the expression: what is, not what was ("talk about the voters who are
# eligible to cast a ballot in November", "the dire situation Clinton is facing in Tuesday's primary")
PRESENT = re.compile(
    r"\b(?:is|are|am)\b(?!\s+(?:not\s+)?(?:due|expected|set|slated|scheduled|planned)\b)", re.IGNORECASE
)
# What comes before a finite past verb: its subject (a pronoun or a name), an auxiliary, or the comma of an aside,
# perhaps with an adverb between ("Cruz first stirred crowds in March")
FINITE_BEFORE = re.compile(
    r"(?:\b(?:was|were|had|has|have|he|she|they|it|we|I|who|[A-Z][\w'’.-]*)|,)\s+"
    r"(?:(?:\w+ly|first|also|then|later|again|never|already|just|once)\s+)?$"
)
FIRM_FUTURE = {"will", "shall", "'ll", "’ll", "won't", "won’t", "wo n't", "wo n’t"}
# Words that put what follows ahead of the clause's own time ("until Friday", "ahead of the vote"):
# a sign of the future only where no verb says otherwise ("until Friday they had not…").
_FORWARD = (
    r"ahead\s+of|in\s+advance\s+of|heading\s+into|going\s+into|lead(?:ing)?[-\s]up\s+to|run-up\s+to|looking\s+ahead\s+to"
    r"|(?:marching|heading|moving|looking|racing)\s+towards?|(?:set|sets|setting)\s+the\s+stage\s+for"
    r"|prospects?\s+(?:of|for)"
)
FORWARD = re.compile(rf"\b(?:{_FORWARD})\b", re.IGNORECASE)
_AHEAD = rf"{_FORWARD}|as\s+soon\s+as|until"
AHEAD = re.compile(rf"\b(?:{_AHEAD})\b", re.IGNORECASE)
# right before a day's event, which may not have come: "ahead of Monday's vote", "a debate before Monday's caucus",
# "grid positions for Sunday's Grand Prix"
AWAITING = re.compile(rf"\b(?:{_AHEAD}|before|for)\s+(?:the\s+)?$", re.IGNORECASE)
# A side picked or set to take part: "named the team to play Liechtenstein in Saturday's qualifier"
PLAYING_IN = re.compile(
    r"\bto\s+(?:play|face|meet|host|take\s+on|compete|race|fight)\b[^.;:!?]{0,40}\b(?:in|at|for)\s+$", re.IGNORECASE
)
# the words of those that look ahead from the clause's own time: "ahead of Tuesday's primary", "before Monday's caucus"
LOOKING_AHEAD = re.compile(rf"\b(?:{_FORWARD}|(?P<before>before))\s+(?:the\s+)?$", re.IGNORECASE)
# Right before a date, whatever the verb: "campaigned ahead of the Nov. 8 election", "a post effective Feb. 1".
AHEAD_OF = re.compile(rf"\b(?:{_FORWARD}|effective)\s+(?:the\s+)?$", re.IGNORECASE)
# Words that make a weekday part of a name: "Super Tuesday", "Black Friday", "Bloody Sunday", the football club
# "Sheffield Wednesday".
WEEKDAY_NAMES = re.compile(
    r"\b(?:Super|Black|Cyber|Bloody|Ash|Palm|Maundy|Holy|Easter|Good|Shrove|Giving|Sheffield)\s+$"
)
# A newspaper named for the day it comes out: "The Sunday Times", "the Sunday Telegraph", "the Mail on Sunday"
MASTHEAD_AFTER = re.compile(
    r"[ \t]+(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Star|Mail|Independent|Observer)\b"
)
MASTHEAD_BEFORE = re.compile(r"\b(?:Mail|Independent)[ \t]+on[ \t]+$")
# Another nation than the US, by its name's possessive or its adjective: "Ukraine's", "Indian", "Pakistani", "Irish"
OTHER_NATION_BEFORE = re.compile(r"\b(?!America)[A-Z][a-z]+(?:['’]s|(?<=an)|(?<=ese)|(?<=sh)|(?<=[a-z]i))\s+$")
# A capitalized word after a feast that makes it the name of an event, "the Easter Rising", "the Christmas Truce", or
# of a place, "Easter Island", "Christmas Island"
NAMED_EVENT_AFTER = re.compile(
    r"\s+(?:Rising|Uprising|Rebellion|Offensive|War|Truce|Massacre|Accords?|Agreement|Revolution|Bombings?|Attacks?"
    r"|Raid|Battle|Siege|Tsunami|Earthquake|Flood|Crisis|Coup|Islands?)\b"
)
# Past forms that are present ones too: past after a subject ("prices hit a high"), not after "will", "to", "did"…
BOTH_TENSES = "hit|cut|put|shut|spread|cost|quit|hurt|beat|bid|split|upset|shed|broadcast|forecast"
# after these the word is a noun ("a bid", "the upset", "its cost") or no past ("will beat", "getting beat up")
_AUXILIARIES = ("to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "do", "does", "not",
                "be", "is", "are", "was", "were", "been", "being", "get", "gets", "getting", "has", "have", "had",
                "a", "an", "the", "its", "his", "her", "their", "our", "my", "your")  # fmt: skip
# "won't hit", "they'll cut" too
_NO_AUXILIARY = "".join(rf"(?<!\b{w}\s)" for w in _AUXILIARIES) + r"(?<!n['’]t\s)(?<!['’]ll\s)"
# Words ending in "ed" that are no past forms.
NOT_PAST = (
    r"\w*ceed|need|indeed|deed|reed|weed|shed|speed|feed|breed|bleed|seed|heed|greed|hundred"
    # the weather's adjectives: "scattered showers Sunday through Tuesday"
    r"|(?:scattered|isolated)(?=\s+(?:showers|storms|thunderstorms|clouds|rain|snow|flurries|frost|fog)\b)"
)
# A participle after "be", "is", "not"… is a passive, no past: "will be named", "is not expected", "would be held".
PAST = re.compile(
    r"\b(?:despite|since)\s+(?-i:[a-z])\w+ing\b|"  # "despite winning the primary in February": it has happened
    r"\b(?:ago|since|earlier)\b"
    # "last week", "the vote last Tuesday"; not "will last", nor "Monday's last day", nor "last season's winners"
    r"|(?<!\bto\s)(?<!\bwill\s)(?<!\bnot\s)(?<!['’]s\s)\blast\b(?!\s+(?:until|till|through|into|beyond|longer)\b"
    r"|\s+\w+['’]s\b)"
    rf"|(?<!\bbe\s)(?<!\bbeing\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bnot\s)\b(?!(?:{NOT_PAST})\b)"
    # "didn't" too; "delegate-packed", "a contested convention" and "a lost weekend" hold no verb
    rf"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:(?:{IRREGULAR_PAST})(?:n['’]t)?|(?<!-)(?-i:[a-z])\w+ed)\b"
    # "inflation hit a high"; not "will hit", "cost-cutting" (the lookahead first, as the lookbehinds are many)
    rf"|(?<!-)\b(?=(?:{BOTH_TENSES})\b(?!-)(?!\s+(?:to|for)\b)){_NO_AUXILIARY}(?:{BOTH_TENSES})\b",
    re.IGNORECASE,
)
# Nothing but a preposition between a verb and the expression: "signed in October", "met on Friday"
_PREPOSITION = r"(?:(?:in|on|at|during|since)\s+(?:the\s+)?)?"
_THEN = rf"\s+{_PREPOSITION}"
# "said in a statement late on Wednesday it would…": the wire's frame around the day still leaves the verb governing
# it, as do its agent or partner ("announced by Zaire and Rwanda on Thursday could…", "reached with Iran in July")
GOVERNED = re.compile(
    r"\s+(?:(?:by|with)\s+(?:[\w'’.-]+\s+){1,4}?)?"
    r"(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|interview|letter|speech|report)\s+)?"
    rf"(?:(?:late|early)\s+)?{_PREPOSITION}"
)
SPEECH_VERBS = {"said", "told", "wrote", "added", "announced", "reported"}
# A short object between the verb and the expression: "took office in February", "asked about them in May", "who
# signed the sea-access memorandum with Ethiopia in January"; no infinitive, clause or conjunction in it
_NOT_IN_OBJECT = "to|for|that|which|who|and|or|but|until|before|after|will|would|could|should|next|this"
OBJECT_THEN = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    rf"(?:(?!(?:{_NOT_IN_OBJECT})\s)[\w'’-]+\s+){{1,5}}"
    r"(?:in|on|during)\s+(?:the\s+)?"
)
# A date in a sentence's opening phrase ("In October,", "When asked in an interview in October,") whose main
# clause follows the comma: its subject, perhaps with an aside, then the verb ("…, Mrs. Clinton, the nominee, proposed")
FRONTED = re.compile(
    r"\W*(?:(?:back|earlier|later|then|and|but)\s+)?(?:(?:in|on|during|at|by|since|from|over)\b"
    r"|(?:when|after|before|while)\s+(?-i:[a-z])\w+(?:ed|ing)\b)[^,;:]*",
    re.IGNORECASE,
)
# A sentence that opens on a year: "In 2008, …", "But in 2012, …"
YEAR_OPENING = re.compile(r"\W*(?:(?:and|but|back)\s+)?in\s+(?P<year>1[89]\d\d|20\d\d),", re.IGNORECASE)
FRONTED_SUBJECT = re.compile(r"\W*,\s+(?:[\w'’.-]+\s+){0,15}[\w'’.-]+(?:,\s+[^,;:]{1,60},)?\s+")
# A phrase set off by commas right after an opening one that orders the main clause: "In January, a week after the
# talks collapsed, a bomb …"
INSERTED = re.compile(
    r",\s+(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|just|only)\s+)?"
    r"(?:(?:hours?|days?|weeks?|months?)\s+)?(?:after|before|since|when|while|following|amid)\b[^,;:]{1,100},",
    re.IGNORECASE,
)
# The subject of a clause that "that" or "which" opens, before its verb: "an agreement that the nations of the world
# reached in Paris in December"
CLAUSE_SUBJECT = re.compile(r"\b(?:that|which)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
AGENT_AFTER = re.compile(r",?\s+by\s+(?!(?:then|now|the\s+(?:end|time|middle|start))\b)", re.IGNORECASE)
# What follows a verb that has an object, so is no participle after its subject: "…, a bomb killed a guard"
OBJECT_AFTER = re.compile(r"\s+(?:(?i:the|a|an|his|her|its|their|our|him|them|us|me|\d[\d,.]*)\b|(?-i:[A-Z]))")
PAST_GOVERNS = re.compile(
    # "since taking office in January", "since he announced his candidacy in March": what a span runs from has happened
    rf"\b(?:(?:was|were|had)\s+(?:{IRREGULAR_PAST}|(?-i:[a-z])\w+ed)|since\s+(?-i:[a-z])\w+ing(?:\s+[\w'’-]+){{0,2}}?"
    rf"|since\s+(?:he|she|they|it|we|I|(?-i:[A-Z])[\w'’.-]+)\s+(?:{IRREGULAR_PAST}|(?-i:[a-z])\w+ed)"
    rf"(?:\s+[\w'’-]+){{0,3}}?)"
    rf"{_THEN}$",
    re.IGNORECASE,
)
# ", backed by the party", ", compared with 2005": a participle after the expression is no verb of its clause
PARTICIPLE_AFTER = re.compile(r",\s(?:(?-i:[a-z])\w+ed\s+by|compared\s+(?:with|to))\b")
# "would be conditionally released": a passive with an adverb in it is no past
PASSIVE_ADVERB = re.compile(r"\b(?:be|being|been|is|are)\s+\w+ly\s+$", re.IGNORECASE)
# "in March, a nationally televised event": a participle after an article and an adverb modifies a noun
APPOSITION = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+)?\w+ly\s+")
# a verb after "to", as far as a word shows it: "to report", not "to the border", "to 5 percent"
_VERB = (
    r"(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|me|us|it|some|about|date)\b)"
    r"(?-i:[a-z])"
)
# past verbs that call on someone to act after them
_DIRECTED = r"urged|asked|called\s+on|encouraged|reminded|invited|pressed|implored|begged|challenged|instructed|ordered"
# A plan told in the past: "was set to headline Tuesday", "were planning to march on Monday", "was going to go back
# to work on Wednesday", "was to report earnings on Wednesday", "originally scheduled for Tuesday", "protesters planned
# a rally on Saturday" (not "a planned visit", "is planned for")
PLAN_TOLD = re.compile(
    rf"\b(?:was|were)\s+(?:{_PLAN}|planning|going\s+to|expected\s+to|to\s+{_VERB})"
    rf"|\b(?:originally|initially|previously|first)\s+(?:{_PLAN}|planned)"
    r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!ly\s)(?<!-)\bplanned"
    r"(?!\s+to\b)(?:\s+for)?",  # "he planned to visit before January" still looks ahead
    re.IGNORECASE,
)
# past verbs of a choice to act after them
_DECIDED = r"voted|agreed|decided|resolved|chose|opted|offered|threatened"
# A call or a choice to act, told in the past, before a day: "urged them to vote Tuesday", "voted on Friday to return to
# work on Monday" (but "On Wednesday, Trump urged hackers to…" dates the call)
CALLED_TO = re.compile(
    rf"\b(?:(?:{_DIRECTED})\s+(?:[\w'’-]+\s+){{1,3}}?|(?:{_DECIDED})\s+(?:[\w'’-]+\s+){{0,3}}?)to\s+{_VERB}",
    re.IGNORECASE,
)
# Past verbs whose object lies ahead of them
PROMISED = {"promised", "pledged", "vowed", "predicted", "forecast", "guaranteed", "proposed"}
# Past verbs whose object lies ahead of them when they take it so, as read between the verb and the date: "called for a
# general strike on Thursday", "invited leaders to a meeting on Thursday", and a push to a later day, "the ban was
# extended until December 31"
_UNTIL_THE_DAY = re.compile(r"\s+(?:until|till|to)\s+$")
OBJECT_AHEAD = {
    "called": re.compile(r"\s+for\b"),
    "invited": re.compile(r"\s+(?:[\w'’.-]+\s+){0,4}?to\s+(?:a|an|the)\b", re.IGNORECASE),
} | dict.fromkeys(
    ("extended", "suspended", "delayed", "deferred", "adjourned", "prolonged", "rescheduled"), _UNTIL_THE_DAY
)
# A speech frame that ends the sentence ("…, the minister said on Monday.") dates the saying, not what it reports.
REPORTING_FRAME = re.compile(
    r",[^,.;]{0,40}?\b(?:said|says|told|added|announced|reported)\b(?:\s+[\w'-]+){0,3}\W*$", re.IGNORECASE
)
# The last "if", "unless", "what", "that", semicolon, colon or closed relative clause before an expression opens its
# clause: "promised reform if they take office in January", "one lesson learned is that the paths they map to the
# conventions in July…", "a year that already had a favorable landscape: Republicans have seats up in November",
# "the envoy, who arrived on Monday, leaves on Saturday", "if you watch what he said this week".
_RELATIVE = rf",\s+(?:who|which|{_PLAN}|expected\s+to)\b[^,]*"  # ", due to be held on…," too
# "that" opens no clause before a noun it points at: "will reach that number on Tuesday"
_POINTED = r"number|figure|goal|mark|level|amount|point|day|night|week|month|year|time|date"
CLAUSE_OPENER = re.compile(
    rf"\b(?:if|unless|what|that(?!\s+(?:{_POINTED})\b))\b|;|(?<!\d):|{_RELATIVE},(?![^,]*\b(?:and|or)\b)", re.IGNORECASE
)
# A relative clause on the noun an expression dates, right after it: "an op-ed in May, in which she called…"
RELATIVE_AFTER = re.compile(r",\s+(?:(?:in|at|during|on|for|after|before)\s+which|when|where)\b", re.IGNORECASE)
# A relative clause set off by commas after the subject of a main clause: "Sanders, who had not endorsed, decided"
RELATIVE_ASIDE = re.compile(r"(?<=,\s)(?:who|which)\b[^,;:]{1,80},", re.IGNORECASE)
# An expression inside ", who …," or ", which …,": the main clause after the closing comma has its own tense.
RELATIVE_OPEN = re.compile(rf"{_RELATIVE}$")
# "told reporters Monday that he would…", "wants a deal in May but said…", "struggled on Sunday with how he
# would…", "…; talks resume", "winning in November is hard: they lost…", "detained him on Friday and would not
# say…": another clause, with its own tense.
CLAUSE_AFTER = re.compile(
    r"\b(?:that|but|whether|how|why|what|who|which)\b|[“\";]|(?<!\d):|\band\s+(?:would|will|could|should|might|may)\b"
    r"|\band\s+(?-i:[a-z])\w+ed\b"  # "would declare it by March and suggested that…": another predicate
    r"|,\s+(?:saying|adding|telling|arguing|insisting|noting|warning|claiming|predicting)\b"  # what was said then
)
# A quote closed within a few words: "“New Day,”", "“farewell address”"
SHORT_QUOTE = re.compile(r"“[^“”\"]{1,40}”|\"[^“”\"]{1,40}\"")
# A speech verb right before a day, with nothing quoted between: "she wrote on her Facebook page on Sunday"
SPOKEN_ON = re.compile(r"\b(?:said|says|told|wrote|writes|added|posted|tweeted)\b[^“”\"'.;]{0,40}$", re.IGNORECASE)
# What was said, without "that", right after the day: "told African-Americans this weekend he would consider…"
REPORTED_SUBJECT = re.compile(r",?\s+(?-i:he|she|they|we|I|it|you)\s")
# A speech verb's participle right before the day dates the saying, not what follows: "joined the debate, announcing
# on Wednesday he would meet the NRA"
SAYING_BEFORE = re.compile(
    r"\b(?:saying|announcing|adding|telling(?:\s+\w+)?|arguing|insisting|noting|warning|claiming|declaring|predicting)"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# "13 of the past 19 contests": a count of things, no time
COUNTED = re.compile(rf"\s+(?:\d|(?:{'|'.join(ONES[2:] + TENS[2:])}|few|several|many)\b)", re.IGNORECASE)
SENTENCE_START = re.compile(r"(?:^|[.!?:;\n][\"'“‘]?|[\"“‘])\s*$")
NAME_BESIDE = re.compile(r"\s+[A-Z]")
WORD_BEFORE = re.compile(r"\w[ \t]+$")
NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[ \t]+$")
NUMBERS_TO_LINE_END = re.compile(r"(?:[ \t]+\d+)+[ \t]*(?:\n|$)")
# A title in quotes after a name or a preposition, "ABC's “This Week With David Brinkley”", "on ''This Week''", "in
# charge of ''Today,''", not a quote that opens with "Today we…"
QUOTED_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w'’-]*|\b(?:on|of|in|for|from|at))[ \t]+(?:[\"“]|''|``)$")
FRACTION_OF = re.compile(r"\s+of\b")
# The words of a title, small words between capitalized ones too: "This Week with George Stephanopoulos"
_TITLE_WORD = r"\s+(?:[A-Z][\w'’-]*|(?:of|the|and|with|in|on|for|a|to|from)(?=\s+[A-Z]))"
TITLE_AFTER = re.compile(rf"(?:{_TITLE_WORD})*[.,]?(?:''|[\"”])")
# A quote that opens on the expression and goes on in capitals: "the show “Last Week Tonight”", "“Monday Night Football”"
QUOTED_TITLE_AFTER = re.compile(rf"(?:{_TITLE_WORD})+[.,]?(?:''|[\"”])")
# A quote in capitals that closes on the expression: "“How the Grinch Stole Christmas,”", "“Last Days of August”"
TITLE_BEFORE = re.compile(
    r"[“\"](?:[A-Z][\w'’-]*\s+|(?:of|the|and|with|in|on|for|a|to|from)\s+(?=[A-Z]))+(?:(?:of|in)\s+)?$"
)
CLOSING_QUOTE = re.compile(r"[.,!?]?(?:''|[\"”])")
# A capitalized expression in quotes before a noun is a title: "the “Today” show", "the ''Today'' program"
QUOTE_BEFORE = re.compile(r"(?:''|``|[\"“])$")
QUOTED_BEFORE_NOUN = re.compile(r"(?:''|[\"”])\s+[a-z]")
# "slower in the third quarter than in the first half": what a part of the year is compared with
THAN = re.compile(r"\bthan\s+(?:(?:in|during|for)\s+)?$", re.IGNORECASE)
# "second quarter growth estimates will be released": the figures of a part of the year come after it
FIGURES_OF = re.compile(
    r"[-\s]+(?:[\w-]+\s+)?(?:results|figures|data|numbers|statistics|estimates|earnings)\b", re.IGNORECASE
)
# "the quarter ended June 30": the quarter is the one that holds the month it ends in
ENDED_IN = re.compile(rf",?\s+(?:ended|ending)\s+(?:in\s+)?{MONTH}", re.IGNORECASE)
# "the quarter-finals", "the quarterfinal" are rounds of a contest
QUARTER_FINAL = re.compile(r"-?finals?\b", re.IGNORECASE)
WRITTEN_YEAR = re.compile(r"\d{4}")  # in a full date's text: its year is written out, not guessed
STORY_REACH = 400  # characters back to a full date that a yearless day may continue
STORY_AGE = timedelta(days=180)  # how long before the reference that date must be
STORY_STEP = timedelta(days=60)  # how soon after it the yearless day must fall
# Where a story's year is given: written out, or named from the reference ("next year")
YEAR_NAMED = re.compile(r"\b(?:19|20)\d\d\b|\b(?P<rel>(?:next|last|this)\s+year)\b", re.IGNORECASE)
QUARTERLY = re.compile(r"\bquarter|\bperiod\b", re.IGNORECASE)
# what a company's results report: "a quarter of voters" and a poll's "first-quarter average" report none
EARNINGS = re.compile(
    r"\b(?:earnings|net\s+(?:income|loss|of)|profits?|revenues?|sales|(?:per|a)\s+share\b(?!\s+of))", re.IGNORECASE
)
# "the first half of the game", "the last half of the '80s": a part of something other than a year
PART_OF_OTHER = re.compile(r"\s+of\s+(?!fiscal\b|(?:19|20)\d\d\b)")
# A market report, and the goods and papers traded for delivery in a month: "December bonds", "October crude"
MARKET_REPORT = re.compile(r"\b(?:futures?|contracts?|NYMEX|COMEX|CBOT|LIFFE|MATIF|bushels?|barrels?)\b", re.IGNORECASE)
# papers named by the month or year they are due or mature in: "December bonds", "a January 1999 FRN"
SECURITIES = r"T-bills?|bonds?|notes|futures?|FRNs?|warrants?|debentures?|Eurodollars?|bunds?|gilts?"
CONTRACT_AFTER = re.compile(
    rf"\s+(?:calendar\s+spread|{SECURITIES}|contracts?|crude|gasoline|unleaded|heating\s+oil"
    r"|cotton|corn|wheat|soy(?:beans|meal|oil)|sugar|coffee|cocoa|cattle|hogs|copper|gold"
    r"|silver|platinum|palladium|delivery|natural\s+gas)\b",
    re.IGNORECASE,
)
# A text that writes "29/8/96" writes "1/9/95" day first too, unless it also writes "8/29/96"
DAY_FIRST = re.compile(r"(?<![\d/.])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d\d(?:\d\d)?(?![\d/])")
MONTH_FIRST = re.compile(r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d\d(?:\d\d)?(?![\d/])")
# A game's report, or a sentence about play: its "first half" and "second half" are the game's, not the year's
GAME_REPORT = re.compile(
    r"\bhalf[- ]?time\b|\b(?:injury|stoppage)\s+time\b|\b(?:before|after)\s+the\s+(?:interval|break)\b"
    r"|\b\d{1,3}(?:st|nd|rd|th)\s+minute\b",
    re.IGNORECASE,
)
GAME_PLAY = re.compile(
    r"\b(?:substitut\w*|penalt(?:y|ies)|equali[sz]\w*|(?:\d+|two|three|four|five)\s+tries|stretchered|touchdowns?"
    r"|(?:out)?scored|(?:half|quarter)[\s-]+(?:goals?|header|strike|touchdown))\b"  # "a second-half goal"
    r"|(?<![\d-])\d{1,3}-\d{1,3}(?![\d-]|\s*/)",  # a score, not a date or a fraction ("12-1/2p")
    re.IGNORECASE,
)
# "the year ended June 30", "the year since the coup": a year-long span, not the current year
YEAR_SPAN = re.compile(r"\s+(?:ended|ending|since|through|to)\b")
# An amount before "a day", "a year": a rate ("$1.76 a year", "5,000 cars a week"), not a span of time
RATE = re.compile(
    r"(?:\d|\b(?:million|billion|trillion|thousand|hundred|percent|cents?|dollars?))[\w.,%]*(?<![,.])(?:\s+[a-z]+)?\s+$"
)
REPORTING_LAG = timedelta(days=45)  # results come out some weeks after the quarter they report on
SECONDS = {"second": 1, "minute": 60, "hour": 3600}
GRANULARITIES = ("day", "week", "month", "quarter", "year", "decade", "century")  # finest first
ATTACKS = re.compile(
    r"\b(?:attack|attacks|terror\w*|hijack\w*|World Trade Center|Pentagon|al[- ]Qaeda)\b", re.IGNORECASE
)
# "the Sept. 11 attacks", "the 9/11 Commission": named for the attacks
ATTACKS_AFTER = re.compile(
    r",?\s+(?:terror\w*\s+)?(?:attacks?|attackers|hijack\w*|commission|victims|plot\w*)\b", re.IGNORECASE
)
# between "June 3" and "10 a.m.", "the following day" and "about 5:15 a.m."
DAY_GROUPS = ("month", "weekday", "rel", "then")  # the groups of a clock time's pattern that name its day
CLOCK_AFTER_DATE = re.compile(
    r",?\s+(?:at\s+|time:\s*)?(?:(?:about|around|approximately|shortly\s+after|just\s+after)\s+)?", re.IGNORECASE
)
DATE_AFTER_CLOCK = re.compile(r",?\s+(?:on\s+)?")  # between "midnight" and "31 December"
# "overnight" as "all at once" ("it won't happen overnight", "almost overnight") or a kind of thing ("overnight
# hours", "the overnight rate", "an overnight success") names no night
SUDDENLY_BEFORE = re.compile(r"\b(?:nearly|happen(?:s|ed|ing)?)\s+$", re.IGNORECASE)
SUDDENLY = re.compile(
    r"\b(?:not|never|cannot|almost|virtually|practically|literally|seemingly|transform\w*)\b|n['’]t\b", re.IGNORECASE
)
KIND_AFTER = re.compile(
    r"\s+(?:hours?|stays?|shifts?|confinement|flights?|trips?|bags?|guests?|camps?|visits?|success(?:es)?"
    r"|sensations?|stars?|celebrit(?:y|ies)|rates?|lending|interbank|deposits?|money|funds|repos?|swaps?)\b",
    re.IGNORECASE,
)
CLAUSE_MARK = re.compile(r"[,;:]")
# Between a date and a count set beside it, and after the count: "for October 2014, just eight months later," restates
# the date instead of counting from it (not to be confused with RESTATED, a clock time given again in brackets)
COUNT_BESIDE = re.compile(r",\s+(?:(?:just|only|barely|some|about|nearly|almost|roughly)\s+)?")
COUNT_BESIDE_END = re.compile(r"\s*[,.;)]")
# "10:35 a.m. (0735 GMT)", "1400 EDT / 1800 GMT": the time in another zone
RESTATED = re.compile(r"\s*(?:\([^()]{1,25}\)|/\s*(?:[01]\d|2[0-3])[0-5]\d\s+[A-Z]{2,4}\b)")
# "the year" set beside a year or said to be one: "in 2010, the year the court ruled", "2016 will be the year…"
YEAR_NAMED_BEFORE = re.compile(r"\b(?P<year>1[5-9]\d\d|20\d\d)(?:,|\s+(?:will\s+be|would\s+be|was|is))\s+$")
# a newspaper named for how often it comes out: what it said, or "the daily" before its name or a stop
PAPER_AFTER = re.compile(
    r"\s+(?P<said>said|says|reported|reports|wrote|writes|quoted|added)\b|\s+(?-i:[A-Z])|\s*[.,;:]"
)
PAPER_BEFORE = re.compile(r"\bthe\s+(?:news\s+|business\s+|local\s+|national\s+)?$", re.IGNORECASE)
# the month or year a day lies in, right after it: "that day in April", "that day back in March 2010"
PERIOD_AFTER = re.compile(r"\s+(?:back\s+)?(?:in|of)\s+")
YEAR_OR_MONTH = re.compile(r"\d{4}(?:-\d\d)?")  # a value known to the year or the month, no finer
ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
DASH_ASIDE = re.compile(r"\s(?:--|—|–)\s")  # "B shares -- issued in January 1994 -- rose": an aside's dashes
# between "April 19" and "June 1", "Thursday" or "Friday"
DAY_RANGE = re.compile(r"\s*(?:[-–]|to|until|till|through|and|or)\s+")
# between "2 p.m." and "9 p.m. on Wednesday"
CLOCK_RANGE = re.compile(r"\s*(?:[-–]|to|until|till|and)\s*", re.IGNORECASE)
YEAR_NUMBER = re.compile(r"1[6-9]\d\d|20\d\d")
PREPOSITIONS = {"in", "since", "until", "till", "by", "of", "from", "through", "during", "before", "after", "to",
                "beyond", "into", "throughout", "around", "toward", "towards", "within", "for", "and", "or", "between",
                "on", "as", "that", "than", "late", "early", "mid", "last", "next", "this"}  # fmt: skip
# A march with a name: "and March on the RNC", "the Women's March for Equality"; "in March on the Hill" is a month
MARCH_NAME = re.compile(r"\s+(?:on|for|against)\s+(?:the\s+)?[A-Z]")
NAME_JOINERS = {"and", "or", "of", "to"}
LEVELS = {"low", "lower", "high", "higher", "upper"}
# A vote after a month: "the November election", "November's general election"
_VOTES = r"elections?|ballot|vote|polls|run-?off|referendum|primary|primaries|caucus(?:es)?"
VOTE_AFTER = re.compile(
    rf"(?:['’]s)?\s+(?:(?:U\.S\.|US|national|state|general|presidential|midterm|parliamentary|legislative)\s+){{0,2}}"
    rf"(?:{_VOTES})\b",
    re.IGNORECASE,
)
# A vote right before the month: "faces re-election in November", "goes to the polls in May", "winning in November",
# "a victory in November"
VOTE_BEFORE = re.compile(
    rf"\b(?:re-?elections?|{_VOTES}|win|wins|winning|victory|defeat|lose|loses|losing"
    rf"|(?:re-?)?elected(?:\s+[\w.-]+){{0,3}}?)\s+in\s+$",
    re.IGNORECASE,
)
# A scheduled event after a day's name: "Tuesday's New Hampshire primary", "Saturday's debate", "Tuesday's
# first-in-the-nation primary", "Thursday's final debate"
_EVENT_WORDS = r"[A-Z][\w.-]*|\w+-[\w-]+|final|first|second|third|next|crucial|key|televised|general|presidential"
EVENT_AFTER = re.compile(
    rf"['’]s\s+(?:(?:{_EVENT_WORDS})\s+)*(?:{_VOTES}|debates?|summit|deadline|meeting|match|game|race|grand\s+prix"
    r"|tournament|ceremony|parade|hearing)\b"
)
# The same event named before the day, after a word that looks ahead to it, whatever the clause's tense: "reports
# that track spending before the New Hampshire primary on Tuesday"
AWAITED_EVENT = re.compile(
    rf"\b(?:{_AHEAD}|before)\s+(?:the\s+)?(?:(?:{_EVENT_WORDS})\s+)*(?:{_VOTES}|debates?|summit|deadline)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# An event that cannot be scheduled, or a result, named before its day: "the terrorist attacks in Paris on Friday",
# "the shooting at the club on Sunday", "her victories in Maryland and Delaware on Tuesday" have come, whatever the
# clause's tense ("a win on Tuesday would…" has not)
HAPPENED_EVENT = re.compile(
    r"\b(?:attacks?|shootings?|bombings?|crash(?:es)?|killings?|massacres?|explosions?|blasts?|earthquakes?|quakes?"
    r"|murders?|assassinations?|stabbings?|slayings?"
    r"|(?i:the|his|her|its|their)\s+(?:wins?|victor(?:y|ies)|loss(?:es)?))"
    r"\s+(?:(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w.'’-]+,?\s+){1,5})?(?:on\s+|last\s+)?$"
)
# "one day" after these, or before these, counts a day: "for one day", "one day after the vote", "one day a week"
ONE_DAY_SPANS = {"in", "for", "within", "than", "just", "only", "about", "every", "per", "a", "least", "after",
                 "before", "first", "last", "same", "each", "of"}  # fmt: skip
ONE_DAY_COUNTED = re.compile(
    r"\s+(?:after|before|ago|later|earlier|of|to\s+go|until|till|a\s+week|as|in\s+[A-Z]|visit|trip|strike|event)\b"
)
ONE_DAY_MODAL = re.compile(r",?\s+(?:[\w'’-]+\s+){0,2}(?:would|will|could|might|may)\b")  # "one day China would pay"
HOPED = re.compile(
    r"\b(?:hopes?|hoped|hoping|dreams?|dreamed|dreaming|wish(?:es|ed)?|believes?|predicts?)\b", re.IGNORECASE
)
# In a sentence with these, "the 90s" is a reading on a scale
MEASURES = re.compile(
    r"\btemperatures?\b|\bdegrees\b|°|\bfahrenheit\b|\bcelsius\b|\bmph\b|\bapproval\b", re.IGNORECASE
)
AGES = re.compile(rf"\b(?:{'|'.join(POSSESSIVES)})\s+\d0s(?:\s*,\s*\d0s)*\s*,?\s*(?:and|or|to)?\s+$", re.IGNORECASE)
APPROX_MODS = {"about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
               "nearly": "LESS_THAN", "almost": "LESS_THAN", "under": "LESS_THAN", "less than": "LESS_THAN",
               "fewer than": "LESS_THAN", "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
               "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS"}  # fmt: skip
EDGE_MODS = {"early": "START", "beginning": "START", "start": "START", "earlier": "START", "mid": "MID",
             "middle": "MID", "late": "END", "end": "END", "later": "END"}  # fmt: skip
# A fraction of a unit in the next smaller one: (letter, timed) → (how many, letter, whether that one is timed).
FRACTION_UNITS = {("Y", False): (12, "M", False), ("D", False): (24, "H", True), ("H", True): (60, "M", True),
                  ("M", True): (60, "S", True)}  # fmt: skip
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
ANAPHORIC = {"that", "following", "previous", "same", "that same"}
DIRECTION = {"this": 0, "that": 0, "current": 0, "same": 0, "that same": 0, "last": -1, "past": -1, "this past": -1,
             "previous": -1, "next": 1, "coming": 1, "following": 1, "this coming": 1}  # fmt: skip


PRECISIONS = ("year", "month", "day")  # how finely a stated date of 1, 2 or 3 parts is known


class Context:
    """The text an expression sits in and the date it is read against."""

    def __init__(self, text: str, reference: date | None, inferred: bool = False) -> None:
        self.text = text
        # a date in the calendar's first or last year leaves no room to count from ("yesterday" of 1 January 1)
        self._reference = reference if reference and 1 < reference.year < 9999 else None
        # an inferred date is the latest development the text reports, so it may have been written well after it
        self.inferred = inferred
        words = QUARTERLY.findall(text)
        quarters = len(words) >= 2 and any(word.lower().startswith("quarter") for word in words)
        self.quarterly = quarters and bool(EARNINGS.search(text))
        self.game_report = bool(GAME_REPORT.search(text))
        self.market_report = bool(MARKET_REPORT.search(text))
        self.day_first = bool(DAY_FIRST.search(text)) and not MONTH_FIRST.search(text)
        # the dates the text states, by offset, and how many parts they name (3: to the day, 2: the month, 1: the year)
        self.points: list[tuple[int, int, date, int]] = []  # start, end, the date, its parts
        self.anchored = False
        self.sentences = Sentences(text)

    @property
    def reference(self) -> date | None:
        """The reference date; a reading that reads it is marked, to be flagged when the date was inferred."""
        self.anchored = self.anchored or self._reference is not None
        return self._reference

    @cached_property
    def vote_months(self) -> set[int]:
        """The months the text names as a coming vote's: "the November election", "if Trump can win in November"."""
        return {
            _month(found["month"])
            for found in PATTERNS["month"].finditer(self.text)
            if _capitalized(found["month"], found[0])
            and (VOTE_AFTER.match(self.text, found.end()) or self.ends_before(VOTE_BEFORE, found.start()))
            and self.tense(found.start(), found.end()) != "past"
        }

    def anchor(self) -> date:
        reference = self.reference
        if reference is None:
            raise Unanchored
        return reference

    def tense(self, start: int, end: int) -> str:
        return self._tenses(start, end)[0]

    def said_on(self, start: int, end: int) -> date:
        """The day ``start``…``end`` is told from: the day its quote was spoken on (``speech_day``), else the reference
        date, read first so that an inferred one marks the reading, as the day spoken on may rest on it too."""
        reference = self.anchor()
        return self.speech_day(start, end) or reference

    def speech_day(self, start: int, end: int) -> date | None:
        """The day a quote was spoken on, when ``start``…``end`` lies inside it and its sentence dates the saying
        outside it: "''… and again today,'' she wrote on Sunday", "Durbin said on Thursday he “delivered a letter
        today”"."""
        begin, stop = self.sentences.around(start, end)
        if not _quote_open(self.text[begin:start]):
            return None
        for at, _, day, parts in self.points:
            if parts == 3 and begin <= at < stop and SPOKEN_ON.search(self.text, begin, at):
                if not _quote_open(self.text[begin:at]):
                    return day
        return None

    def firm_tense(self, start: int, end: int) -> str:
        """The tense, made 'firm future' by a "will" before the expression ("the final will be played on 14 July",
        told in October) and 'firm past' by a finite past verb right before it ("Trump said in August", told in
        May) or after the subject of the clause an opening phrase leads into ("In October, Clinton proposed"): no
        date on the other side of the reference fits, where "would" and "expected" may report a past plan, a "will"
        after the expression may be another clause's ("a poll in January shows voters will…") and a participle may
        look ahead ("ads reserved in July will run"). Against an inferred date, which the text may have been
        written well after, the tense."""
        tense, firm = self._tenses(start, end)
        return tense if self.inferred else firm

    def _tenses(self, start: int, end: int) -> tuple[str, str]:
        """The tense and the firm tense (see ``firm_tense``). The tense is 'future', 'past' or 'none': the tense cue
        nearest the expression within its clause, those before it preferred; a closing speech frame ("…, an aide
        said."), a clause after "that", "how", "but" or a quote ("told reporters Monday that he would…"), what precedes
        an "if", "that" or a colon, and the main clause after a relative one are left out. A verb right before the
        expression ("signed in October") is nearest of all. Right after "ahead of", future; a past cue with "ahead of"
        between it and the expression, or a past "promised" not right before it, 'none'; without a cue, future after
        "until" or "ahead of" and in an "if" or "unless" clause, else 'none' ("Her fate in November hinges on…")."""
        if self.ends_before(AHEAD_OF, start):
            return "future", "future"
        begin, stop = self.sentences.around(start, end)
        told_from, condition = begin, False
        for opening in CLAUSE_OPENER.finditer(self.text, begin, start):
            begin, condition = opening.end(), opening[0].lower() in ("if", "unless")
        nearest, tense, cue_start, cue_end, cue_word = float("inf"), None, start, start, ""
        # "In October, Trump said it was discussed": after an opening phrase the speech verb is the main clause's
        fronted_phrase = FRONTED.fullmatch(self.text, begin, start)
        inserted = INSERTED.match(self.text, end) if fronted_phrase else None  # its verbs are not the main clause's
        frame = None if fronted_phrase else REPORTING_FRAME.search(self.text[end:stop].rstrip())
        limit = end + frame.start() if frame else stop
        clause = self._clause_after(end, limit)
        # "On June 4, Sanders, who had not endorsed, decided…": the main clause goes on after the subject's aside
        aside = RELATIVE_ASIDE.match(self.text, clause.start()) if fronted_phrase and clause else None
        clause = self._clause_after(aside.end(), limit) if aside else clause
        limit = clause.start() if clause else limit
        limit = end if SAYING_BEFORE.search(self.text, max(begin, start - 40), start) else limit
        if REPORTED_SUBJECT.match(self.text, end) and SPOKEN_ON.search(self.text, begin, start):
            limit = end
        if RELATIVE_OPEN.search(self.text, begin, start):
            # "Clinton, who announced a plan on Monday, plans to…": the main clause after the comma is another's
            comma = self.text.find(",", end, limit)
            limit = comma if comma >= 0 else limit
        skipped = [span for span in (inserted, aside) if span]
        for pattern, kind in ((FUTURE, "future"), (PAST, "past")):
            for match in pattern.finditer(self.text, begin, limit):
                if any(span.start() <= match.start() < span.end() for span in skipped):
                    continue
                if kind == "past" and PASSIVE_ADVERB.search(self.text, max(0, match.start() - 30), match.start()):
                    continue
                # a cue after the expression counts twice its distance: the verb before a day mostly governs it
                # ("announced Monday would…", "ended a meeting on Friday by announcing it would…")
                distance = start - match.end() if match.end() <= start else (match.start() - end) * 2 + 1
                if match.end() <= start and GOVERNED.fullmatch(self.text, match.end(), start):
                    distance = 0  # "the deal signed in October would…": the verb right before governs the date
                elif match.start() >= end and kind == "past" and (
                    PARTICIPLE_AFTER.match(self.text, match.start() - 2)
                    or APPOSITION.fullmatch(self.text, end, match.start())
                ):
                    continue  # "faces Deacon on Tuesday, backed by the party": a participle, no verb of the clause
                # "On June 4, Sanders decided to back Obama": the deciding after the date is past, "decided to" the
                # aim a date after it would serve
                after_tie = distance == nearest and match.start() >= end and cue_word == f"{match[0].lower()} to"
                if 0 <= distance < nearest or after_tie and kind == "past":
                    nearest, tense, cue_end, cue_word = distance, kind, match.end(), match[0].lower()
                    cue_start = match.start()
        if tense == "past" and cue_end <= start and PRESENT.search(self.text, cue_end, start):
            tense = None
        # "encouraged them in advance of the summit in October", "promised a decision by June": after that past, not
        # before it ("promised in May" dates the promise, though in "proposed September 18 as the date" the day is
        # what was proposed)
        object_ahead = cue_word in OBJECT_AHEAD and OBJECT_AHEAD[cue_word].match(self.text, cue_end, start)
        promised = (cue_word in PROMISED or object_ahead) and (
            nearest > 0 or cue_end <= start and not self.text[cue_end:start].strip()
        )
        ahead = promised or FORWARD.search(self.text, cue_end, start)
        if tense == "past" and cue_end < start and ahead:
            return "none", "none"
        # "the fundraiser he was set to headline Tuesday", "protesters were planning to march on Monday": a plan told
        # in the past, for a day either side of it
        plans = PLAN_TOLD.finditer(self.text, max(begin, cue_start - 30), min(stop, cue_end + 30))
        if tense and any(plan.start() == cue_start or plan.end() == cue_end for plan in plans):
            return "none", "none"
        if tense == "past" and (call := CALLED_TO.match(self.text, cue_start)) and call.end() <= start:
            return "none", "none"
        # "said talks on Monday would focus on…": a future told in the past, for a day either side of it
        if tense == "future" and cue_word == "would" and cue_start >= end and PAST.search(self.text, told_from, start):
            return "none", "none"
        # "if the November election does not break their way": a condition in the present looks ahead, though not
        # at "his Tuesday wins"
        condition = condition and self.word_before(start) not in POSSESSIVES | {"its"}
        if condition and tense == "past":
            return "none", "none"  # "if he won the election on Nov. 8": a past that supposes, no past
        subject_from = inserted.end() - 1 if inserted else end  # the main clause's subject follows what is inserted
        fronted = fronted_phrase and FRONTED_SUBJECT.fullmatch(self.text, subject_from, cue_start)
        # a participle with its agent after the date tells what was done: "an accord forged in December by 200 nations"
        if tense == "past" and (
            nearest == 0 and AGENT_AFTER.match(self.text, end)
            or self._finite_past(start, cue_start, cue_end, cue_word, nearest == 0, bool(fronted))
        ):
            return tense, "firm past"
        if tense == "future" and cue_end <= start and cue_word in FIRM_FUTURE:
            return tense, "firm future"
        tense = tense or ("future" if condition or AHEAD.search(self.text, begin, start) else "none")
        if tense == "none" and (relative := RELATIVE_AFTER.match(self.text, end)):
            tense = self._relative_tense(relative.end(), stop)
        return tense, tense

    def _relative_tense(self, start: int, stop: int) -> str:
        """The tense of the relative clause from ``start`` to the next clause mark, by its first cue: "an op-ed in
        May, in which she called for…" was written; "a summit in May, at which they will sign…" is to come."""
        mark = CLAUSE_MARK.search(self.text, start, stop)
        limit = mark.start() if mark else stop
        cues = [(m.start(), kind) for pattern, kind in ((FUTURE, "future"), (PAST, "past"))
                for m in pattern.finditer(self.text, start, limit)]  # fmt: skip
        return min(cues)[1] if cues else "none"

    def _clause_after(self, end: int, limit: int) -> re.Match[str] | None:
        """Where another clause begins after ``end``; a short quote with no tense in it is a title or a scare quote
        within the clause ("Friday on CNN's “New Day,” Sen. Gillibrand told…"), not a quoted clause."""
        clause = CLAUSE_AFTER.search(self.text, end, limit)
        while clause and (title := SHORT_QUOTE.match(self.text, clause.start())) and title.end() < limit:
            if FUTURE.search(title[0]) or PAST.search(title[0]):
                break
            clause = CLAUSE_AFTER.search(self.text, title.end(), limit)
        return clause

    def _finite_past(
        self, start: int, cue_start: int, cue_end: int, cue_word: str, governs: bool, fronted: bool
    ) -> bool:
        """Whether a past cue is a finite verb right before the expression, or with a short object between:
        "Trump said in August", "Labott posted on January 23", "the deal, signed in November,", "took office in
        February"; not "ads reserved in July will run", where the participle may look ahead, nor "said the
        gathering in September would be the last". After an opening phrase (``fronted``) the verb follows the
        main clause's subject: "In January, a bomb killed a guard", where an object after it shows it finite."""
        finite = cue_word in IRREGULAR_FORMS or FINITE_BEFORE.search(self.text, max(0, cue_start - 30), cue_start)
        finite = finite or CLAUSE_SUBJECT.search(self.text, max(0, cue_start - 60), cue_start)
        if not finite and not (fronted and OBJECT_AFTER.match(self.text, cue_end)):
            return False
        object_between = cue_end <= start and OBJECT_THEN.fullmatch(self.text, cue_end, start)
        return governs or fronted or bool(object_between) and cue_word not in SPEECH_VERBS

    def looks_back(self, start: int) -> bool:
        """Whether what comes right before ``start`` puts it in the past for certain: "since", or a passive or
        perfect past with at most a preposition between ("was held in July", "had met on March 3"; not "ads
        reserved in December", which may be reserved for it)."""
        return self.word_before(start) == "since" or bool(PAST_GOVERNS.search(self.text, max(0, start - 70), start))

    def narrative(self, start: int, to_the_day: bool = False) -> date:
        """The last date the text itself gave before ``start`` (see ``tagger.find_timexes``), else the
        reference date; ``to_the_day``: the last that names a day."""
        return self._last_point(start, to_the_day)[0]

    def narrative_known(self, start: int) -> tuple[date, str]:
        """``narrative``'s date and how finely the text gave it: 'day', 'month' or 'year'."""
        day, parts = self._last_point(start)
        return day, PRECISIONS[parts - 1]

    def _last_point(self, start: int, to_the_day: bool = False) -> tuple[date, int]:
        for at, stop, day, parts in reversed(self.points):
            if at < start and (parts == 3 or not to_the_day) and not self._in_closed_aside(at, stop, start):
                return day, parts
        return self.anchor(), 3

    def _in_closed_aside(self, at: int, stop: int, start: int) -> bool:
        """Whether the date at ``at``…``stop`` lies in a bracket or a pair of dashes that closes before ``start`` in
        its sentence: "B shares -- issued in January 1994 -- rose from $106.375 a day earlier" counts from the
        telling."""
        begin, end = self.sentences.around(at, stop)
        if start >= end:
            return False
        before, after = self.text[begin:at], self.text[stop:start]
        bracket = before.count("(") > before.count(")") and ")" in after
        return bracket or len(DASH_ASIDE.findall(before)) % 2 == 1 and bool(DASH_ASIDE.search(after))

    def restated(self, start: int, end: int) -> tuple[date, str] | None:
        """The date a count at ``start``…``end`` stands beside as a restatement, and how finely it is known."""
        earlier = [(stop, day, parts) for at, stop, day, parts in self.points if at < start]
        if not earlier or not COUNT_BESIDE_END.match(self.text, end):
            return None
        stop, day, parts = earlier[-1]
        return (day, PRECISIONS[parts - 1]) if COUNT_BESIDE.fullmatch(self.text, stop, start) else None

    def recent_day(self, start: int) -> tuple[int, date] | None:
        """The last day the text named before ``start`` in its paragraph or the one before it, and where it ends."""
        line = self.text.rfind("\n", 0, start)
        begin = self.text[: max(line, 0)].rstrip().rfind("\n") + 1
        days = [(stop, day) for at, stop, day, parts in self.points if begin <= at < start and parts == 3]
        return days[-1] if days else None

    def stated_before(self, start: int, in_sentence: bool = False) -> bool:
        """Whether the text states a date before ``start``; ``in_sentence``: in the sentence that holds it."""
        begin = self.sentences.around(start, start)[0] if in_sentence else 0
        return any(begin <= at < start for at, _, _, _ in self.points)

    def named_year(self, rely: str, start: int) -> int:
        """The year "this/last/next year" names, from the document's date; "that year", "the following year",
        from the last date the text gave."""
        words = rely.lower().split()
        reference = self.narrative(start) if words[0] in ("that", "the") else self.anchor()
        return reference.year + DIRECTION[words[-1]]

    def in_game(self, start: int, end: int) -> bool:
        """Whether ``start``…``end`` tells of a game: the text reports one, or its sentence tells of play."""
        return self.game_report or bool(GAME_PLAY.search(self.text, *self.sentences.around(start, end)))

    def word_before(self, start: int) -> str:
        words = re.findall(r"[\w'-]+", self.text[max(0, start - 30) : start])
        return words[-1].lower() if words else ""

    def ends_before(self, pattern: re.Pattern[str], start: int) -> bool:
        """Whether ``pattern``, anchored with ``$``, matches the text just before ``start``."""
        return bool(pattern.search(self.text, max(0, start - 30), start))

    def year_guess(self, start: int) -> int | None:
        """Without a reference date: the last year written out before ``start``."""
        years = re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", self.text[:start])
        return int(years[-1]) if years else None


def number(text: str) -> float | None:
    """The value of a number in digits or words; None for vague amounts ("several")."""
    text = re.sub(r"[\s-]+", " ", text.lower().strip())  # "half-a-dozen" as "half a dozen", "twenty-one" split below
    if text.endswith(" and a half"):
        whole = number(text[: -len(" and a half")])
        return whole + 0.5 if whole is not None else None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", text):
        return float(text.replace(",", ""))
    fraction = re.fullmatch(r"(\d+)[ -](\d)/(\d)", text)
    if fraction:
        return int(fraction[1]) + int(fraction[2]) / int(fraction[3])
    if text in NUMBER_WORDS:
        return float(NUMBER_WORDS[text])
    scaled = re.fullmatch(r"(.+) (hundred|thousand)", text)
    if scaled:
        base = number(scaled[1])
        return base * (100 if scaled[2] == "hundred" else 1000) if base is not None else None
    parts = text.split(" ")
    if len(parts) == 2 and parts[0] in TENS and parts[1] in ONES:
        return float(TENS.index(parts[0]) * 10 + ONES.index(parts[1]))
    return None


def _capitalized(word: str | None, whole: str) -> bool:
    return bool(word) and (word[0].isupper() or whole.isupper())  # type: ignore[index]


def _month(word: str) -> int:
    return MONTHS[word.rstrip(".").title()]


def _day(word: str) -> int:
    """A day of the month, written "8", "8th" or "eighth"."""
    digits = re.sub(r"\D", "", word)
    return int(digits) if digits else DAY_ORDINALS[re.sub(r"[\s-]+", "-", word.lower())]


def _weekday(word: str) -> int:
    return WEEKDAYS[word.rstrip(".").title()]


def _weekday_named(word: str | None, whole: str) -> bool:
    """A capitalized weekday; a three-letter short form only with its full stop ("Sun" is a newspaper)."""
    return _capitalized(word, whole) and (len(word.rstrip(".")) > 3 or word.endswith("."))  # type: ignore[union-attr]


def _title_cased(word: str, whole: str) -> bool:
    """A capital where running text has none, all-capital text aside: "13 Hours", "Saturday Night Live"."""
    return word[0].isupper() and not whole.isupper()


def _capital_inside(word: str, match: re.Match[str], ctx: Context) -> bool:
    """A capitalized word where no sentence starts: part of a name ("the book 13 Hours", "the Midnight Crew")."""
    return _title_cased(word, match[0]) and not ctx.ends_before(SENTENCE_START, match.start())


def _in_title(match: re.Match[str], ctx: Context) -> bool:
    """A capitalized expression right after a name is part of a title: "USA Today", "CBS This Morning",
    "Real News Right Now"; so is one in a quoted title (``_quoted_title``)."""
    if not match[0][0].isupper():
        return False
    return _quoted_title(match, ctx) or ctx.ends_before(NAME_BEFORE, match.start())


def _quoted_title(match: re.Match[str], ctx: Context) -> bool:
    """A capitalized expression that is, or is part of, a quoted title: "NBC's “Today”", "ABC's “This Week.”",
    "the ''Today'' show" (not "the “Super Tuesday” primary", see ``holiday``) and ``_within_quoted_title``."""
    quoted = ctx.ends_before(QUOTED_NAME_BEFORE, match.start()) and TITLE_AFTER.match(ctx.text, match.end())
    before_noun = ctx.ends_before(QUOTE_BEFORE, match.start()) and QUOTED_BEFORE_NOUN.match(ctx.text, match.end())
    return bool(quoted or before_noun) or _within_quoted_title(match, ctx)


def _within_quoted_title(match: re.Match[str], ctx: Context) -> bool:
    """An expression inside a longer quoted title: "“Last Week Tonight”", "“How the Grinch Stole Christmas”"."""
    titled = ctx.ends_before(QUOTE_BEFORE, match.start()) and QUOTED_TITLE_AFTER.match(ctx.text, match.end())
    closed = CLOSING_QUOTE.match(ctx.text, match.end()) and TITLE_BEFORE.search(
        ctx.text, max(0, match.start() - 80), match.start()
    )
    return bool(titled or closed)


def _edge(match: re.Match[str]) -> str | None:
    """The TIMEX3 mod an edge word gives: "early", "the end of", "mid-"."""
    edge = match.groupdict().get("edge") or match.groupdict().get("adv") or ""
    return next((EDGE_MODS[w] for w in re.findall(r"[a-z]+", edge.lower()) if w in EDGE_MODS), None)


def _approx(match: re.Match[str], ctx: Context) -> str | None:
    """The mod an approximator gives; "about", left outside the expression as TimeBank leaves it, still counts."""
    word = (match["approx"] or ctx.word_before(match.start())).lower()
    return APPROX_MODS.get(word) if match["approx"] or word == "about" else None


def _amount(value: float | None) -> str:
    if value is None:
        return "X"
    return str(int(value)) if value == int(value) else f"{value:g}"


def duration(value: float | None, unit: str) -> str:
    """An ISO 8601 duration: ``P3Y``, ``PT5H``, ``PXM`` when the amount is vague, ``PT5H30M`` for 5 1/2 hours."""
    letter, timed, _ = UNITS[unit.lower().rstrip("s") if unit.lower() != "centuries" else "centurie"]
    scaled = {"CE": (100, "Y"), "DE": (10, "Y"), "WE": (2, "D"), "FN": (2, "W")}
    if letter in scaled:
        factor, letter = scaled[letter]
        value = value * factor if value is not None else None
    if value is not None and value != int(value) and (letter, timed) in FRACTION_UNITS:
        count, small, small_timed = FRACTION_UNITS[(letter, timed)]
        rest = (value - int(value)) * count
        if rest == int(rest):
            big = [(str(int(value)), letter, timed)] if int(value) else []
            return iso_duration(big + [(str(int(rest)), small, small_timed)])
    return iso_duration([(_amount(value), letter, timed)])


def iso_duration(parts: list[tuple[str, str, bool]]) -> str:
    """An ISO 8601 duration of (amount, unit letter, timed) parts, largest first: ``[("5", "H", True), ("30", "M",
    True)]`` is ``PT5H30M``; the parts of a day or longer come before the ``T``."""
    days = "".join(amount + letter for amount, letter, timed in parts if not timed)
    times = "".join(amount + letter for amount, letter, timed in parts if timed)
    return f"P{days}" + (f"T{times}" if times else "")


def _granularity(unit: str) -> str:
    key = unit.lower().rstrip("s") if unit.lower() != "centuries" else "centurie"
    return UNITS[key][2]


def unknown(granularity: str) -> str:
    """The value of a date whose anchor is unknown, at its granularity."""
    return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "quarter": "XXXX-QX"}.get(granularity, "XXXX")


def reporting_quarter(reference: date) -> date:
    """A day in the quarter that company results published on ``reference`` most likely report on."""
    return reference - REPORTING_LAG


def _day_of(match: re.Match[str], ctx: Context) -> date:
    """The day a weekday, or today/yesterday/tomorrow, names."""
    reference = ctx.anchor()
    rel = (match.groupdict().get("rel") or "").lower()
    if rel:
        return reference + timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[rel])
    weekday = match.groupdict().get("weekday") or match.groupdict().get("then")
    if not weekday:
        return reference
    if joined := _joined_day(match, ctx):
        return calendar.weekday_near(joined + timedelta(days=1), _weekday(weekday), 1)
    if ctx.text.startswith(("'s", "’s"), match.end()):
        tense = _possessive_tense(match, ctx)
    elif AWAITED_EVENT.search(ctx.text, max(0, match.start() - 80), match.start()):
        tense = "none"
    elif HAPPENED_EVENT.search(ctx.text, max(0, match.start() - 100), match.start()):
        tense = "past"
    else:
        tense = ctx.tense(match.start(), match.end())
    return _weekday_for(reference, _weekday(weekday), tense)


def _joined_day(match: re.Match[str], ctx: Context) -> date | None:
    """The weekday another is joined to as the next of a pair or a span ("declared Thursday and Friday days of
    prayer", "late Saturday or early Sunday", "Sunday through Tuesday"): the later follows it, whatever the tense. A
    span from a date ("from May 13 through Sunday") may be longer than a week."""
    for at, stop, day, _ in ctx.points:
        if DAY_RANGE.fullmatch(ctx.text, stop, match.start()) and PATTERNS["weekday"].fullmatch(ctx.text, at, stop):
            return day
    return None


def _possessive_tense(match: re.Match[str], ctx: Context) -> str:
    """The tense a day's event ("Wednesday's ruling") is read in: one that has come ('past'), unless something
    awaits it. "As he barnstorms there ahead of Tuesday's primary" is the coming one ('future') unless the clause is
    told in the past ("Clinton had more delegates heading into Tuesday's primaries"); after "before", only in a
    clause that looks ahead ("whether he'll drop out before Tuesday's primary", not "her share before Friday's
    purchases is…"). "For Sunday's Grand Prix", "Tuesday's primary" not told in the past, a day in a clause that
    looks ahead ("if they complete victory on Monday's last day") and a side's part in it ("the team to play
    Liechtenstein in Saturday's qualifier") are the nearest ('none'), as the clause may be told before the day or
    after it; "until Monday's announcement, stocks were trading…" one that has come."""
    forward = LOOKING_AHEAD.search(ctx.text, max(0, match.start() - 40), match.start())
    if forward:
        told = ctx.tense(forward.start(), forward.start())
        ahead = told == "future" if forward["before"] else told != "past"
        return "future" if ahead else "none"
    tense = ctx.tense(match.start(), match.end())
    awaiting = ctx.ends_before(AWAITING, match.start()) and not (
        tense == "past" and ctx.word_before(match.start()) == "until"
    )
    planned = PLAYING_IN.search(ctx.text, max(0, match.start() - 60), match.start())
    awaited = awaiting or planned or tense == "future" or EVENT_AFTER.match(ctx.text, match.end()) and tense != "past"
    return "none" if awaited else "past"


def _weekday_for(reference: date, weekday: int, tense: str) -> date:
    """The ``weekday`` on or before ``reference`` in the past tense, on or after it in the future, and without a
    tense ("if he rolls through the caucuses Monday") the nearer of the two."""
    days = [calendar.weekday_near(reference, weekday, step) for step in (-1, 1)]
    if tense == "none":
        return calendar.nearest(reference, days, tense)
    return days[1] if tense == "future" else days[0]


def clock(match: re.Match[str], ctx: Context) -> Reading | None:
    hour, minute = int(match["hour"]), int(match["minute"] or match.groupdict().get("minute2") or 0)
    ampm = (match.groupdict().get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23 or match.groupdict().get("then") and not _weekday_named(match["then"], match[0]):
        return None
    if match.groupdict().get("month"):
        reading = month_day(match, ctx)
        day = reading.value if reading else None
    elif beside := _day_beside(match, ctx):
        day = beside
    elif until := _range_end(match, ctx):
        day = until.value[:10]
    elif since := _range_start(match, ctx, hour):
        day = since
    elif told := _told_day(match, ctx, hour):
        day = told
    else:
        try:
            day = _day_of(match, ctx).isoformat()
        except Unanchored:
            day = "XXXX-XX-XX"
    second = f":{match['second']}" if match.groupdict().get("second") else ""
    return Reading("TIME", f"{day}T{hour:02d}:{minute:02d}{second}") if day else None


def _told_day(match: re.Match[str], ctx: Context, hour: int) -> str | None:
    """The day a story told in the past has just named, for a clock time that names none: "Clinton conceded when
    polls closed at 8 p.m." after "Tuesday's primary" in the paragraph before, told on Wednesday. Not in the small
    hours, which may be the night after it ("hijacked on Monday evening, … landed at 4.30 a.m."), nor after a "today"
    ("on the agenda of today's talks. … the meeting, which started around 10.45 a.m.")."""
    recent, reference = ctx.recent_day(match.start()), ctx.reference
    if hour < 6 or recent is None or reference is None or any(match.groupdict().get(part) for part in DAY_GROUPS):
        return None
    stop, day = recent
    if not day < reference or DAY_WORD.search(ctx.text, stop, match.start()):
        return None
    return day.isoformat() if ctx.tense(match.start(), match.end()) == "past" else None


def _range_end(match: re.Match[str], ctx: Context) -> Reading | None:
    """The reading of the clock time that ends a range whose start names no day: "from 2 p.m. until 9 p.m. on
    Wednesday" is Wednesday's from end to end."""
    if any(match.groupdict().get(part) for part in DAY_GROUPS):
        return None
    joint = CLOCK_RANGE.match(ctx.text, match.end())
    end = PATTERNS["clock"].match(ctx.text, joint.end()) if joint else None
    if end is None or not (any(end.groupdict().get(p) for p in ("month", "rel", "then")) or _day_beside(end, ctx)):
        return None
    return clock(end, ctx)


def _range_start(match: re.Match[str], ctx: Context, hour: int) -> str | None:
    """The day of a clock time that ends a range whose start names one, or the next day when the end comes round
    past midnight: "June 12, 2005, 2:00 p.m. to 2:00 a.m." ends on 13 June; "from 7 a.m. on March 1 until 8 p.m."."""
    if any(match.groupdict().get(part) for part in DAY_GROUPS):
        return None
    for start in PATTERNS["clock"].finditer(ctx.text, max(0, match.start() - 40), match.start()):
        if CLOCK_RANGE.fullmatch(ctx.text, start.end(), match.start()):
            reading = clock(start, ctx)
            if reading is None or not ISO_DAY.match(reading.value):
                return None
            began = date.fromisoformat(reading.value[:10])
            return (began + timedelta(days=hour < int(reading.value[11:13]))).isoformat()
    return None


def _day_beside(match: re.Match[str], ctx: Context) -> str | None:
    """The day a date right before or after a clock time that names none gives it: "on June 3 at 10 a.m.", "27
    November 2024 12:03 GMT", "07/30/2001 05:17 PM", "at midnight on 31 December", "the following day, about 5:15
    a.m."."""
    if match.groupdict().get("month") or match.groupdict().get("weekday") or match.groupdict().get("rel"):
        return None
    for name in ("month_day", "day_month", "that_day", "numeric", "numeric_dmy", "iso"):
        for before in PATTERNS[name].finditer(ctx.text, max(0, match.start() - 50), match.start()):
            if CLOCK_AFTER_DATE.fullmatch(ctx.text, before.end(), match.start()):
                return _day_value(READERS[name](before, ctx))
    after = DATE_AFTER_CLOCK.match(ctx.text, match.end())
    if after and (day := _day_at(after.end(), ctx)):
        return day
    # "at about 10:35 a.m. (0735 GMT) Friday": the day after the time restated in brackets
    restated = RESTATED.match(ctx.text, match.end())
    after = DATE_AFTER_CLOCK.match(ctx.text, restated.end()) if restated else None
    if after is None:
        return None
    weekday = PATTERNS["weekday"].match(ctx.text, after.end())
    return _day_value(READERS["weekday"](weekday, ctx)) if weekday else _day_at(after.end(), ctx)


def _day_at(at: int, ctx: Context) -> str | None:
    """The day (YYYY-MM-DD) a date named with its month right at ``at`` gives: "June 1", "31 December"."""
    for name in ("month_day", "day_month"):
        if found := PATTERNS[name].match(ctx.text, at):
            return _day_value(READERS[name](found, ctx))
    return None


def _day_value(reading: Reading | None) -> str | None:
    return reading.value[:10] if reading and ISO_DAY.match(reading.value) else None


def _year_for(match: re.Match[str], ctx: Context, month: int, day: int | None) -> tuple[int | None, bool]:
    """The stated year, or the likeliest one and True for a guess."""
    groups = match.groupdict()
    stated = groups.get("year") or groups.get("range_year") or groups.get("old_year")
    if stated:
        return int(stated), False
    rely = (groups.get("rely") or "").lower()
    if ctx.reference is None:
        return ctx.year_guess(match.start()), True
    if rely:
        return ctx.named_year(rely, match.start()), False
    weekday = groups.get("weekday")
    if weekday and day:
        for year in (ctx.reference.year, ctx.reference.year - 1, ctx.reference.year + 1):
            if _valid(year, month, day) and date(year, month, day).isoweekday() == _weekday(weekday):
                return year, False
    if day and (again := _named_again(match, ctx, month, day)):
        return again, True
    if day and (end := _range_end_day(match, ctx)):  # "from April 19 to June 1": the start comes before the end
        return end.year - ((month, day) > (end.month, end.day)), True
    if ctx.looks_back(match.start()):  # "fallen since January", "was revealed in March": the last one begun
        begun = (month, day or 1) <= (ctx.reference.month, ctx.reference.day)
        return ctx.reference.year - (not begun), True
    tense = ctx.firm_tense(match.start(), match.end())
    if day and not tense.endswith("future") and (told := _story_year(match, ctx, month, day)):
        return told, True
    if not day and not tense.endswith("future") and (opened := _opening_year(match, ctx)):
        return opened, True
    return calendar.month_year(ctx.reference, month, tense, day), True


def _named_again(match: re.Match[str], ctx: Context, month: int, day: int) -> int | None:
    """The year of the same day named earlier with its year written out, which a story names again without it:
    "the consulate was attacked on Sept. 11, 2012. Days after the Sept. 11 attack, …"."""
    for at, stop, told, parts in reversed(ctx.points):
        if at < match.start() and parts == 3 and (told.month, told.day) == (month, day):
            return told.year if WRITTEN_YEAR.search(ctx.text, at, stop) else None
    return None


def _opening_year(match: re.Match[str], ctx: Context) -> int | None:
    """The year a sentence opens with, which its months fall in: "In 2008, Obama's campaign began airing ads in
    mid-September"."""
    begin = ctx.sentences.around(match.start(), match.end())[0]
    opening = YEAR_OPENING.match(ctx.text, begin)
    return int(opening["year"]) if opening and opening.end() <= match.start() else None


def _story_year(match: re.Match[str], ctx: Context, month: int, day: int) -> int | None:
    """The year of a story told in another year that a yearless day continues: "On March 2, 2015, the Times
    revealed …, and the following day … On March 25, Platte River …", told in 2016; a tour "starting on May 13 next
    year" and its itinerary "May 14 Practice at Lord's … June 5-9 First test". The day must come within weeks
    after the last full date more than half a year from the reference, stated just before, and the story's year
    must be written out or named where it began ("2015", "next year"), not a "September 11 attack" read as 2001:
    each full date of the story lies within reach of the next."""
    reference = ctx.anchor()
    # dates near the reference between are the telling's ("…, the board said on Friday."), not the story's
    points = [
        (at, d)
        for at, _, d, parts in ctx.points
        if parts == 3 and at < match.start() and abs(reference - d) >= STORY_AGE
    ]
    if not points:
        return None
    at, told = points[-1]
    if match.start() - at > STORY_REACH or not _valid(told.year, month, day):
        return None
    if not timedelta(0) <= date(told.year, month, day) - told <= STORY_STEP:
        return None
    reach = match.start()
    for at, day_ in reversed(points):
        if reach - at > STORY_REACH or day_.year != told.year:
            return None
        named = YEAR_NAMED.search(ctx.text, at, at + 25)
        if named and named[0] in (str(told.year), named["rel"]):
            return told.year
        reach = at
    return None


def _range_end_day(match: re.Match[str], ctx: Context) -> date | None:
    """The day that ends a range of days named with their months: "from April 19 to June 1", "between 3 March
    and 5 May"."""
    joint = DAY_RANGE.match(ctx.text, match.end())
    day = _day_at(joint.end(), ctx) if joint else None
    return date.fromisoformat(day) if day else None


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= day <= monthdays.monthrange(year, month)[1]


def month_day(match: re.Match[str], ctx: Context) -> Reading | None:
    if not _capitalized(match["month"], match[0]):
        return None
    if match["day"][0].isalpha() and match.start("day") < match.start("month") and " of " not in match[0]:
        return None  # "the second March on Washington"; "the second of March" is a date
    if _name_after_short_month(match, ctx):
        return None  # "beat Ondruska 6-2 7-5 Jan Siemerink beat…": a name, not January
    month, day = _month(match["month"]), _day(match["day"])
    if (month, day) == (9, 11) and _the_attacks(match, ctx):
        return Reading("DATE", "2001-09-11")
    year, guess = _coming_vote(match, ctx, month) or _year_for(match, ctx, month, day)
    if year is not None and not _valid(year, month, day):
        return None
    if year is None:
        return Reading("DATE", f"XXXX-{month:02d}-{day:02d}", guess=True)
    return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}", guess=guess)


def _name_after_short_month(match: re.Match[str], ctx: Context) -> bool:
    """Whether a month cut short without a full stop is followed by a capitalized word: "Jan Siemerink", "Mar
    Roxas" are names."""
    word = match["month"]
    return len(word) == 3 and word.lower() != "may" and bool(NAME_BESIDE.match(ctx.text, match.end("month")))


def _the_attacks(match: re.Match[str], ctx: Context) -> bool:
    """Whether a yearless "Sept. 11", told years after 2001, names the attacks: "after Sept. 11", "the Sept. 11
    attacks"; when the document's own Sept. 11 is within two months of it, only as "the 11 September hijackers";
    not after the text named another year's ("on Sept. 11, 2012 … the Sept. 11 attack")."""
    if match.groupdict().get("year") or match.groupdict().get("rely") or ctx.reference is None:
        return False
    if _named_again(match, ctx, 9, 11):
        return False
    reference = ctx.reference
    if ATTACKS_AFTER.match(ctx.text, match.end()):
        return reference.year > 2002
    recent = abs((date(reference.year, 9, 11) - reference).days) <= 60
    sentence = ctx.text[slice(*ctx.sentences.around(match.start(), match.end()))]
    return reference.year > 2002 and not recent and bool(
        ATTACKS.search(sentence) or ctx.word_before(match.start()) in ("after", "since")
    )


def day_end(match: re.Match[str], ctx: Context) -> Reading | None:
    """The last day of "July 25-28" or "Nov. 6 to 10", in the first day's month and year."""
    first = DAY_AFTER.search(ctx.text, max(0, match.start() - 30), match.start())
    reading = month_day(first, ctx) if first else None
    day = int(match["end"])
    if reading is None or day <= _day(first["day"]):  # type: ignore[index]
        return None
    value = f"{match['year'] or reading.value[:4]}{reading.value[4:8]}{day:02d}"
    if not value.startswith("X") and not _valid(int(value[:4]), int(value[5:7]), day):
        return None
    return replace(reading, value=value, guess=reading.guess and not match["year"])


def nth_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """"On the 16th": after a stated date, the first such day from it on (the story moves on: "began on 28 April.
    On the 3rd…" is 3 May); else the one around the document's date that fits the tense. A guess either way."""
    day = int(match["day"])
    try:
        reference = ctx.narrative(match.start())
    except Unanchored:
        return Reading("DATE", f"XXXX-XX-{day:02d}", guess=True)
    stated = ctx.stated_before(match.start())
    firsts = [calendar.add_months(reference.replace(day=1), n) for n in ((0, 1) if stated else (-1, 0, 1))]
    days = [first.replace(day=day) for first in firsts if _valid(first.year, first.month, day)]
    if not days:
        return None
    if stated:
        chosen = next((d for d in days if d >= reference), days[-1])
    else:
        chosen = calendar.nearest(reference, days, ctx.firm_tense(match.start(), match.end()))
    return Reading("DATE", chosen.isoformat(), guess=True)


def week_of(match: re.Match[str], ctx: Context) -> Reading | None:
    """"The week of March 6": the ISO week that day falls in."""
    reading = month_day(match, ctx)
    if reading is None or reading.value.startswith("X"):
        return reading and replace(reading, value=unknown("week"))
    return replace(reading, value=calendar.value_at(date.fromisoformat(reading.value), "week"))


def _nth_in_month(match: re.Match[str], ctx: Context) -> tuple[int | None, int, bool, int]:
    """For "the first … of April": the likeliest year (and whether it is a guess), the month and which one is
    meant (-1: the last)."""
    nth = match["nth"].lower()
    if match.groupdict().get("relmonth"):  # "the first week of next month"
        named = calendar.add_months(ctx.anchor(), DIRECTION[match["relmonth"].lower()])
        return named.year, named.month, False, -1 if nth in ("last", "final") else ORDINALS[nth]
    month = _month(match["month"])
    year, guess = _year_for(match, ctx, month, None)
    return year, month, guess, -1 if nth in ("last", "final") else ORDINALS[nth]


def nth_week(match: re.Match[str], ctx: Context) -> Reading | None:
    """"The first week of April": the ISO week that holds the middle of the month's first seven days."""
    if not match["relmonth"] and not _capitalized(match["month"], match[0]):
        return None
    try:
        year, month, guess, nth = _nth_in_month(match, ctx)
    except Unanchored:
        return Reading("DATE", unknown("week"))
    if year is None:
        return Reading("DATE", unknown("week"), guess=True)
    day = monthdays.monthrange(year, month)[1] - 3 if nth < 0 else 7 * nth - 3
    return Reading("DATE", calendar.value_at(date(year, month, day), "week"), guess=guess)


def nth_weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    """"The last Friday in August", "the first Tuesday of November": that day of the month."""
    if not (_capitalized(match["weekday"], match[0]) and _capitalized(match["month"], match[0])):
        return None
    year, month, guess, nth = _nth_in_month(match, ctx)
    if year is None:
        return Reading("DATE", unknown("day"), guess=True)
    return Reading("DATE", calendar.nth_weekday(year, month, _weekday(match["weekday"]), nth).isoformat(), guess=guess)


def month_year(match: re.Match[str], ctx: Context) -> Reading | None:
    if not _capitalized(match["month"], match[0]):
        return None
    month = _month(match["month"])
    year, guess = _year_for(match, ctx, month, None)
    return Reading("DATE", f"{year:04d}-{month:02d}", _edge(match), guess) if year else None


def _modifies(match: re.Match[str], ctx: Context) -> bool:
    """Whether a month or day names the time of the noun after it ("the October slaying", "a Sunday night
    service"), not an event ("the March on") or a day on its own ("on a Sunday in March")."""
    after = re.match(r"\s+([a-z]+)\b", ctx.text[match.end() :])
    return bool(after) and after[1] not in PREPOSITIONS


def month(match: re.Match[str], ctx: Context) -> Reading | None:
    word = match["month"]
    if not _capitalized(word, match[0]) or (len(word) <= 3 and word != "May"):
        return None  # "Jan" and "Mar" are names as well; "in Oct." is a month
    if _within_quoted_title(match, ctx):
        return None  # the novel "In the Year of January"
    det = (match["det"] or "").lower()
    before = ctx.word_before(match.start())
    if not det and not match["edge"] and before not in PREPOSITIONS and not (before in DETERMINERS and _modifies(match, ctx)):
        return None
    number_ = _month(word)
    if number_ == 3 and before in NAME_JOINERS and MARCH_NAME.match(ctx.text, match.end()):
        return None  # "the Coalition to Stop Trump and March on the RNC", "the Women's March for Equality"
    if ctx.reference is None:
        year = ctx.year_guess(match.start())
        return Reading("DATE", f"{year:04d}-{number_:02d}" if year else f"XXXX-{number_:02d}", _edge(match), True)
    reference = ctx.reference
    if det == "this":
        return Reading("DATE", f"{reference.year:04d}-{number_:02d}")
    if det == "that" and ctx.stated_before(match.start()):  # "the 1968 convention … his loss that November"
        return Reading("DATE", f"{ctx.narrative(match.start()).year:04d}-{number_:02d}")
    if det in ("last", "next", "this coming"):
        step = -1 if det == "last" else 1
        year = reference.year + (step if (number_ - reference.month) * step <= 0 else 0)
        return Reading("DATE", f"{year:04d}-{number_:02d}")
    if end := _range_end_month(match, ctx):  # "between July and December 1995": the start comes before the end
        return Reading("DATE", f"{end.year - (number_ > end.month):04d}-{number_:02d}", _edge(match))
    if ctx.market_report and CONTRACT_AFTER.match(ctx.text, match.end()):
        # "December bonds blew through the July 30 low", "March T-bills were down": a contract, due this month or ahead
        return Reading("DATE", f"{reference.year + (number_ < reference.month):04d}-{number_:02d}", guess=True)
    year, guess = _coming_vote(match, ctx, number_) or _year_for(match, ctx, number_, None)
    return Reading("DATE", f"{year:04d}-{number_:02d}", _edge(match), guess=guess and not det)


def _range_end_month(match: re.Match[str], ctx: Context) -> date | None:
    """The month, with its year, that ends a range of months: "between July and December 1995", "from May to
    August 2016"."""
    joint = DAY_RANGE.match(ctx.text, match.end())
    end = PATTERNS["month_year"].match(ctx.text, joint.end()) if joint else None
    reading = month_year(end, ctx) if end else None
    return date.fromisoformat(f"{reading.value}-01") if reading else None  # its value is always YYYY-MM


def _coming_vote(match: re.Match[str], ctx: Context, month: int) -> tuple[int, bool] | None:
    """A month or yearless day that names a vote ("the November election", "the Nov. 8 U.S. election",
    "re-election in November"), or the month of one the text names ("an advantage in November", told after "the
    November election"), is the coming one, unless the clause is told in the past or the last such month ended a few
    weeks ago (told in December)."""
    if match.groupdict().get("year") or match.groupdict().get("rely"):
        return None  # "the October 16, 1994 general election"
    try:
        reference = ctx.anchor()
    except Unanchored:
        return None
    voted = VOTE_AFTER.match(ctx.text, match.end()) or ctx.ends_before(VOTE_BEFORE, match.start())
    if not (voted or month in ctx.vote_months) or ctx.tense(match.start(), match.end()) == "past":
        return None
    last = reference.year - (month > reference.month)
    ended = calendar.add_months(date(last, month, 1), 1)
    if month == reference.month or (reference - ended).days <= 45:
        return None
    return last + 1, True


def numeric(match: re.Match[str], ctx: Context) -> Reading | None:
    """A date written month first, as in American text ("8/29/96"), unless the text writes the day first."""
    month, day = int(match["mon"]), int(match["day"])
    return iso(match, ctx, (day, month) if ctx.day_first and day <= 12 else (month, day))


def iso(match: re.Match[str], ctx: Context, month_day: tuple[int, int] | None = None) -> Reading | None:
    groups = match.groupdict()
    year_text = groups["year"] or groups.get("dyear")  # "01.03.2016": written with dots, day first
    year = int(year_text) if len(year_text) == 4 else _full_year(int(year_text), ctx)
    month, day = month_day or (int(groups["mon"] or groups["dmon"]), int(groups["day"] or groups["dday"]))
    if not _valid(year, month, day):
        return None
    if match.groupdict().get("hour"):
        return Reading("TIME", f"{year:04d}-{month:02d}-{day:02d}T{match['hour']}:{match['minute']}")
    return Reading("DATE", f"{year:04d}-{month:02d}-{day:02d}")


YEAR_NOT_FOLLOWED_BY = re.compile(
    r"\s*(?:[a-z]+s\b(?<!\bis)(?<!\bwas)(?<!\bhas)(?<!\bas)(?<!\bthis)(?<!\bits)(?<!\bdoes)(?<!\bsays)"
    r"|[-–]\s*\d|:\d|\)|\s*[A-Z]{2,})"
)


# before a number that names a thing, not a year: "Resolution 1973", "Co. 1691", "Room 2010", "No. 1999", "(EC) No
# 1663/96"
NUMBERED = re.compile(
    r"\b(?:(?:resolutions?|number|room|flight|route|highway|interstate|suite|unit|box|apartment|item|pages?)\s+"
    r"|(?:no|nos|co|apt|pp?)\.\s*|(?<=[a-z)]\s)(?-i:No|Nos)\s+)#?\s*$|#\s*$",
    re.IGNORECASE,
)
# "a poll of 2047 registered voters", "more than 1800 people": a count of people or things, not a year
PEOPLE_COUNTED = re.compile(r"\s+(?:[a-z]+\s+)?(?:[a-z]+s|people|men|women|children|personnel|staff)\b")
# "1915.00 1915.00 2000 3830.000": a figure among the decimals of a table's row, not a year
DECIMAL_BEFORE = re.compile(r"\d\.\d+[ \t]+$")
DECIMAL_AFTER = re.compile(r"[ \t]+\d+\.\d")
# "Sydney 21 15 1 5 2067 1687 122.5": a figure after a count in a table's row
COUNT_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}[ \t]+(?:\d+[ \t]+)?$")
FIGURE_AFTER = re.compile(r"[ \t]+\d")
COUNT_LEADS = {"of", "among", "than", "some", "about", "nearly", "almost", "approximately", "roughly", "only"}


def year(match: re.Match[str], ctx: Context) -> Reading | None:
    value = int(match["year"])
    qualified = match["fiscal"] or match["edge"] or match["period"]
    if not qualified and YEAR_NOT_FOLLOWED_BY.match(ctx.text, match.end()):
        return None
    if not qualified and ctx.word_before(match.start()) in COUNT_LEADS and PEOPLE_COUNTED.match(ctx.text, match.end()):
        return None
    if not qualified and NUMBERED.search(ctx.text, max(0, match.start() - 20), match.start()):
        return None
    if _in_figures_row(match, ctx):
        return None
    period = (match["period"] or "").lower()
    if (period == "quarter" or period == "period" and ctx.quarterly) and ctx.reference:
        return Reading("DATE", f"{value:04d}-Q{calendar.quarter(reporting_quarter(ctx.reference))}")
    return Reading("DATE", f"{value:04d}", _edge(match))


def _in_figures_row(match: re.Match[str], ctx: Context) -> bool:
    """Whether a year-like number stands among a table's figures: between decimals ("1915.00 1915.00 2000
    3830.000") or after a count ("Sydney 21 15 1 5 2067 1687 122.5")."""
    start, end = match.start(), match.end()
    if DECIMAL_BEFORE.search(ctx.text, max(0, start - 20), start) and DECIMAL_AFTER.match(ctx.text, end):
        return True
    return ctx.ends_before(COUNT_BEFORE, start) and bool(FIGURE_AFTER.match(ctx.text, end))


def year_range(match: re.Match[str], ctx: Context) -> Reading | None:
    """Either end of "1979-89" or "2009-2013" as a year; "2024-01" (a month) and "1990-1985" are no range."""
    is_start = bool(match.groupdict().get("year"))
    first = int(match["year"] if is_start else ctx.text[match.start() - 5 : match.start() - 1])
    end = int(match["end"])
    last = end if end >= 100 else first // 100 * 100 + end
    if not first < last < first + 100:
        return None
    opening = match.start() if is_start else match.start() - 5
    if NUMBERED.search(ctx.text, max(0, opening - 20), opening):
        return None  # "Regulation (EC) No 1663/96"
    return Reading("DATE", f"{first if is_start else last:04d}")


def spoken_year(match: re.Match[str], ctx: Context) -> Reading | None:
    words = re.sub(r"^the\s+year\s+", "", match["spoken"].lower())
    if words.startswith("nineteen"):
        rest = number(words[len("nineteen") :].strip(" -"))
        if not rest or rest < 10:
            return None
        value = f"19{int(rest):02d}"
    else:
        rest = number(words.split(" and ")[1]) if " and " in words else 0
        value = f"{2000 + int(rest or 0):04d}"
    if match["month"]:
        return Reading("DATE", f"{value}-{_month(match['month']):02d}") if _capitalized(match["month"], match[0]) else None
    return Reading("DATE", f"{value}-{SEASONS[match['season'].lower()]}" if match["season"] else value)


def decade(match: re.Match[str], ctx: Context) -> Reading | None:
    if match["word"]:
        if not match[0].lower().startswith("the"):
            return None
        return Reading("DATE", f"19{DECADE_WORDS[match['word'].lower()]}", _edge(match))
    if not match["century"] and (ctx.word_before(match.start()) in POSSESSIVES or ctx.ends_before(AGES, match.start())):
        return None  # "in his 30s", "in their 30s, 40s and 50s" are ages
    if match["decade"] and not match["century"] and (
        ctx.word_before(match.start()) in LEVELS
        or (match["edge"] or "").lower().startswith("mid")
        or MEASURES.search(ctx.text, *ctx.sentences.around(match.start(), match.end()))
    ):
        return None  # "an approval rating in the low 50s", "temperatures will reach the 90s": numbers
    digit = match["decade"] or match["short"]
    century = match["century"] or ("20" if digit in "012" and ctx.reference and ctx.reference.year >= 2010 else "19")
    return Reading("DATE", f"{century}{digit}", _edge(match))


def century(match: re.Match[str], ctx: Context) -> Reading | None:
    if match[0].endswith("Century") and NAME_BESIDE.match(ctx.text, match.end()):
        return None  # "21st Century Fox"
    return Reading("DATE", f"{int(match['nth']) - 1:02d}", _edge(match))


def quarter(match: re.Match[str], ctx: Context) -> Reading | None:
    nth = match["nth"].lower()
    part = match["part"].lower()
    granularity = "half" if part == "half" else "quarter"
    if PART_OF_OTHER.match(ctx.text, match.end()):
        return None
    stated = match["year"] or match["ofyear"]
    rel = (match["rely"] or match["ofrel"] or "").lower()
    unbound = not (stated or rel or match["ago"] or match["fiscal"]) and nth not in ("year-earlier", "year-ago")
    if unbound and ctx.in_game(match.start(), match.end()):
        return None  # "early in the second half", "a 32-8 lead going into the last quarter": the game's
    try:
        reported = reporting_quarter(ctx.anchor())
    except Unanchored:
        return Reading("DATE", unknown("quarter"))
    if nth in ("year-earlier", "year-ago") or match["ago"]:
        return Reading("DATE", calendar.value_at(calendar.shift(reported, "year", -1), granularity))
    if nth == "current":
        return Reading("DATE", calendar.value_at(ctx.anchor(), granularity))
    if nth in ("latest", "same", "fiscal", "past", "previous", "final") or (nth == "last" and part == "quarter"):
        return Reading("DATE", calendar.value_at(reported, granularity))
    index = 2 if nth == "last" else ORDINALS[nth]  # "the last half" is the second
    if granularity == "half" and index > 2:
        return None
    if stated:
        year_ = int(stated)
    elif rel and rel != "the":
        year_ = reported.year + DIRECTION[rel]
    elif ended := ENDED_IN.match(ctx.text, match.end()):  # "its fourth quarter, ended June 30": a fiscal one
        year_ = _ended_year(ended, ctx)
    else:  # "the third quarter of the year", told in January, is last year's, as "the third quarter" is
        # what is compared with, or whose figures are told, has no tense of its own
        told = not ctx.ends_before(THAN, match.start()) and not FIGURES_OF.match(ctx.text, match.end())
        tense = ctx.tense(match.start(), match.end()) if told else "none"
        year_ = _unstated_year(index, granularity, reported, tense)
    letter = "Q" if granularity == "quarter" else "H"
    return Reading("DATE", f"{year_:04d}-{letter}{index}")


def _ended_year(ended: re.Match[str], ctx: Context) -> int:
    """The year of the month a quarter "ended in", the last such month; of the one it is "ending in", the nearest."""
    month, anchor = _month(ended["month"]), ctx.anchor()
    if "ended" in ended[0].lower():
        return anchor.year - (month > anchor.month)
    return calendar.month_year(anchor, month, "none")


def _part_of_year(day: date, granularity: str) -> int:
    return calendar.quarter(day) if granularity == "quarter" else (1 if day.month <= 6 else 2)


def _begun(index: int, granularity: str, reported: date) -> bool:
    """Whether the ``index``th quarter or half of the reported quarter's year had begun when the text was written."""
    written = reported + REPORTING_LAG
    return written.year > reported.year or _part_of_year(written, granularity) >= index


def _unstated_year(index: int, granularity: str, reported: date, tense: str) -> int:
    """The year of the ``index``th quarter or half named without one, seen from the quarter results report on."""
    current = _part_of_year(reported, granularity)
    if index > current + 1 and tense != "future" or tense == "past" and not _begun(index, granularity, reported):
        return reported.year - 1  # "profit fell in the third quarter", told in May, is last year's
    if index < current and tense == "future":
        return reported.year + 1  # "to be completed by the end of the first quarter", told in November
    return reported.year


def fiscal_year(match: re.Match[str], ctx: Context) -> Reading | None:
    short = int(match["short"])
    if match["century"]:
        return Reading("DATE", f"{match['century']}{short:02d}")
    return Reading("DATE", f"{_full_year(short, ctx):04d}", guess=ctx.reference is None)


# how far ahead of the document's date a year written in two digits may lie: "fiscal '90" told in 1989
SHORT_YEAR_AHEAD = 20


def _full_year(short: int, ctx: Context) -> int:
    """The year two digits name: the latest no more than ``SHORT_YEAR_AHEAD`` years after the document's date, or
    after 2000 without one ("fiscal '90" told in 1989 is 1990, "1/1/69" told in 2020 is 1969, "5/1/20" 2020)."""
    near = ctx.reference.year if ctx.reference else 2000
    candidates = (near // 100 * 100 + short + step for step in (-100, 0, 100))
    return max(year_ for year_ in candidates if year_ <= near + SHORT_YEAR_AHEAD)


def month_span(match: re.Match[str], ctx: Context) -> Reading | None:
    if not _capitalized(match["month"], match[0]):
        return None
    first, last = _month(match["month"]), _month(match["last"])
    months = (last - first) % 12 + 1
    if first % 3 != 1 or months not in (3, 6) or months == 6 and first not in (1, 7):
        return None
    year_, _ = _year_for(match, ctx, last, None)
    if year_ is None:
        return Reading("DATE", unknown("quarter"))
    if months == 3:
        return Reading("DATE", f"{year_:04d}-Q{first // 3 + 1}")
    return Reading("DATE", f"{year_:04d}-H{first // 6 + 1}")


def q_year(match: re.Match[str], ctx: Context) -> Reading | None:
    letter = match["letter"] or match["letter2"] or match["letter3"]
    index = int(match["q"] or match["q2"] or match["q3"])
    if letter.islower() or letter == "H" and index > 2:
        return None  # "q3" in lower case is no quarter, "H3" no half
    year_ = match["year"] or match["qyear"]
    if not year_:
        if letter == "H" or ctx.reference is None:
            return None  # "H2" alone is hydrogen as often as a half
        tense = ctx.tense(match.start(), match.end())
        year_ = _unstated_year(index, "quarter", reporting_quarter(ctx.reference), tense)
    return Reading("DATE", f"{int(year_):04d}-{letter}{index}")


def period(match: re.Match[str], ctx: Context) -> Reading | None:
    which = (match["which"] or match["adj"] or "").lower()
    try:
        reported = reporting_quarter(ctx.anchor())
    except Unanchored:
        return Reading("DATE", unknown("quarter"))
    if which.replace(" ", "-") == "year-end":
        # "the percentage change is since year-end": the last one; "to close by year-end": the coming one
        # told in December, a past year-end may be this year's: "a year-end budget deal" struck last week
        past = ctx.tense(match.start(), match.end()) == "past" and ctx.anchor().month < 12
        return Reading("DATE", f"{ctx.anchor().year - past:04d}-12-31")
    if match["bare"]:
        if not ctx.quarterly or PART_OF_OTHER.match(ctx.text, match.end()) or QUARTER_FINAL.match(ctx.text, match.end()):
            return None  # "the quarter of caucus voters" is a share
        ended = ENDED_IN.match(ctx.text, match.end())
        if ended:
            return Reading("DATE", f"{_ended_year(ended, ctx):04d}-Q{(_month(ended['month']) - 1) // 3 + 1}")
        return Reading("DATE", calendar.value_at(reported, "quarter"))
    if which in ("year-earlier", "year-ago"):
        granularity = "quarter" if ctx.quarterly else "year"
        return Reading("DATE", calendar.value_at(calendar.shift(reported, "year", -1), granularity))
    if which == "latest":
        return Reading("DATE", calendar.value_at(reported, "quarter"))
    return None


# "Now, 60 days later, he had a chance to talk about it again": the count ends at the telling
NOW_BEFORE = re.compile(r"\bnow,?\s+$", re.IGNORECASE)


def ago(match: re.Match[str], ctx: Context) -> Reading | None:
    unit = match["unit"]
    if not match["num"] and not match["the"] and not unit.lower().endswith("s"):
        return None  # "years ago" is vague; "year ago" no expression
    amount = 1 if match["the"] else number(match["num"]) if match["num"] else None  # "from the year earlier"
    if amount is not None and match["half"]:
        if _granularity(unit) in SECONDS:
            return None  # "a minute and a half later": TimeBank's span of time
        amount += 0.5  # "a year and a half later"
    direction = "later" if match["dir"].lower() == "on" else match["dir"].lower()  # "a year on" is a year later
    later = direction in ("later", "hence") or direction.startswith("from")
    mod = _approx(match, ctx)
    if amount is None:
        if direction in ("later", "earlier"):
            return None  # "a few days later" counts from the story's time, not now: a span, as TimeBank has it
        return Reading("DATE", "FUTURE_REF" if later else "PAST_REF", mod)
    granularity = _granularity(unit)
    since = (match["since"] or "").split()
    if since and direction != "ago":
        return None  # "a year later today" is no expression
    if unit.lower().startswith("fortnight"):
        amount *= 2  # counted in weeks
    if granularity in ("second", "minute", "hour"):
        # "an hour later" is most likely the same day; "36 hours later" the next
        amount, granularity = int(amount * SECONDS[granularity] // 86400), "day"
    if direction == "later" and ctx.ends_before(NOW_BEFORE, match.start()) and ctx.reference:
        return Reading("DATE", calendar.value_at(ctx.reference, granularity), mod)  # "Now, 60 days later, …"
    restated = ctx.restated(match.start(), match.end()) if direction in ("later", "earlier") else None
    if restated:
        day, known = restated
        return Reading("DATE", calendar.value_at(day, max(granularity, known, key=GRANULARITIES.index)), mod)
    # "a decade later, HP remains…": later than what? ("an hour later" is the same day, whatever came before)
    unanchored = direction == "later" and amount and not ctx.stated_before(match.start())
    if unanchored and ctx.tense(match.start(), match.end()) != "future":
        return Reading("DATE", unknown(granularity), mod)
    # "ratified eight months later" counts from the last date the text gave, "from now" from the document's, and
    # "6.7% in September, from 6.3% a month earlier" from the date stated before it in its sentence
    told = direction == "earlier" and (
        ctx.stated_before(match.start(), in_sentence=True)
        or ctx.ends_before(SENTENCE_START, match.start()) and ctx.stated_before(match.start())
    )
    try:
        reference, known = ctx.narrative_known(match.start()) if direction == "later" or told else (ctx.anchor(), "day")
    except Unanchored:
        return Reading("DATE", unknown(granularity), mod)
    if granularity == "year" and amount == 1 and ctx.quarterly and not later:  # the year-ago quarter
        return Reading("DATE", calendar.value_at(calendar.shift(reporting_quarter(reference), "year", -1), "quarter"))
    if amount != int(amount):
        granularity, amount = {"year": ("month", amount * 12), "day": ("day", round(amount))}.get(
            granularity, (granularity, round(amount))
        )
    steps = int(amount) * (1 if later else -1)
    far = calendar.shifted_year(reference, granularity, steps)
    if not 0 < far < 10000:  # "4,500 years ago" is BC2505; no date goes past 9999
        return Reading("DATE", calendar.year_value(far) if far < 1 else unknown("year"), mod)
    moved = calendar.shift(reference, granularity, steps)
    finer = {"today": "day"}.get(since[-1], since[-1]) if since else None
    if finer and granularity in GRANULARITIES and GRANULARITIES.index(finer) < GRANULARITIES.index(granularity):
        granularity = finer  # "a year ago this month" is that month a year back, "a year ago today" that day
    if direction == "later" and ctx.reference and moved.year > ctx.reference.year:
        if ctx.tense(match.start(), match.end()) != "future":
            # "the government we live under today, more than 200 years later": later than a date not given
            return Reading("DATE", unknown(granularity), mod)
    if granularity in GRANULARITIES and GRANULARITIES.index(granularity) < GRANULARITIES.index(known):
        # "1870 - … after his surrender two days earlier": no finer than the year it counts from
        return Reading("DATE", calendar.value_at(reference, known), mod)
    return Reading("DATE", calendar.value_at(moved, granularity), mod)


def duration_(match: re.Match[str], ctx: Context) -> Reading | None:
    if match["old"] or _title_cased(match["unit"], match[0]):
        return None  # "a five-year-old"; "the book 13 Hours" is a title
    raw = match["num"].lower()
    amount = number(raw)
    unit = match["unit"]
    plural = unit.lower().endswith("s") and unit.lower() != "centuries" or unit.lower() == "centuries"
    if YEAR_NUMBER.fullmatch(raw) and not plural and "-" not in (match["hyphen"] or ""):
        return None  # "the 1988 quarter" is a year's quarter
    if raw in ("a", "an") and (plural or unit.lower() == "second" or match["long"]):
        return None  # "a second term" is no duration; in "a week-long visit" the span is "week-long"
    if amount == 1 and plural and raw != "1":
        return None
    if amount is None and not plural:
        return None
    if raw in ("a", "an") and not match["span"] and not match["approx"] and (
        ctx.word_before(match.start()) in ("once", "twice", "times", "per") or ctx.ends_before(RATE, match.start())
    ):
        return None  # "twice a year", "$1.76 a year", "600 million shares a day" are rates
    if unit.lower() == "quarters" and match["hyphen"] == "-":
        return None  # "three-quarters" is a fraction
    fraction = FRACTION_OF.match(ctx.text, match.end()) or ctx.word_before(match.start()) == "and"
    if unit.lower() == "quarter" and fraction:
        return None  # "a quarter of the electorate", "a quarter of a mile", "one and a quarter lengths"
    if match["hyphen"] and "and-a-half" in match["hyphen"] or match["half"]:
        amount = (amount or 0) + 0.5
    span = (match["span"] or "").lower()
    if amount is None and span in ("past", "last", "recent"):
        return Reading("DATE", "PAST_REF")
    if match[0].lower() == "one day" and _someday(match, ctx):
        return Reading("DATE", "FUTURE_REF")
    return Reading("DURATION", duration(amount, unit), _approx(match, ctx))


def _someday(match: re.Match[str], ctx: Context) -> bool:
    """Whether "one day" means some day to come, as TimeBank has it (FUTURE_REF): "researchers hope one day to harness
    it", "one day China would pay"; not "just one day after", "one day a week", "for one day", "in one day"."""
    if ctx.word_before(match.start()) in ONE_DAY_SPANS or ONE_DAY_COUNTED.match(ctx.text, match.end()):
        return False
    begin = ctx.sentences.around(match.start(), match.end())[0]
    hoped = HOPED.search(ctx.text, begin, match.start())
    modal = ONE_DAY_MODAL.match(ctx.text, match.end())
    return bool(hoped or modal) or ctx.tense(match.start(), match.end()) == "future"


def long_(match: re.Match[str], ctx: Context) -> Reading | None:
    unit = match["unit"]
    return Reading("DURATION", duration(None if unit.lower().endswith("s") else 1, unit))  # "dayslong": some days


def units(match: re.Match[str], ctx: Context) -> Reading | None:
    unit = match["unit"].lower()
    if unit in ("seconds", "minutes", "nights", "weekends", "fortnights", "quarters") and not match["span"]:
        return None
    if _capital_inside(match["unit"], match, ctx):
        return None  # "the book 13 Hours"
    if unit == "hours" and ctx.word_before(match.start()) in ("early", "small", "wee"):
        return None  # "in the early hours of Sunday" is a time of night, no span
    return Reading("DURATION", duration(None, unit))


def relative(match: re.Match[str], ctx: Context) -> Reading | None:
    det = re.sub(r"\s+", " ", match["det"].lower())
    weekday = match["weekday"]
    if weekday and not _weekday_named(weekday, match[0]) or not weekday and _in_title(match, ctx):
        return None
    if weekday and det == "following":
        return None  # "Following Wednesday's leak": a preposition before the day
    unit = (match["unit"] or "").lower()
    if unit == "fortnight":
        return Reading("DURATION", duration(1, unit))  # "over the next fortnight": no calendar unit, a span
    if unit == "quarter" and ctx.in_game(match.start(), match.end()):
        return None  # "a 32-8 lead going into the last quarter"
    # "met the next month", told in the past, counts from the story's time as "the following month" does
    told = det == "the next" and ctx.tense(match.start(), match.end()) == "past"
    if det.startswith("the "):
        if det in ("the past", "the last") and unit in ("week", "month", "year", "decade", "century", "weekend"):
            return Reading("DURATION", duration(1, unit))
        det = det[4:]
    step = DIRECTION[det]
    mod = _edge(match)
    try:
        # "the following year", "that month": the last date the text gave, else the document's date
        reference = ctx.narrative(match.start()) if det in ANAPHORIC or told else ctx.anchor()
    except Unanchored:
        return Reading("DATE", unknown("day" if weekday else _granularity(unit) if unit in UNITS else "year"), mod)
    if weekday:
        target = _weekday(weekday)
        if step == 0:
            day = _weekday_for(reference, target, ctx.tense(match.start(), match.end()))
            return Reading("DATE", day.isoformat(), mod)
        day = calendar.weekday_near(reference + timedelta(days=step), target, step)
        return Reading("DATE", day.isoformat(), mod)
    if unit in SEASONS:
        code = SEASONS[unit]
        year_ = reference.year
        over = reference.month >= SEASON_START[code] + 3 or (code == "WI" and reference.month < 3)
        if step < 0 and not over:
            year_ -= 1
        elif step > 0 and (over or reference.month >= SEASON_START[code]):
            year_ += 1
        elif det == "this" and over and code != "WI" and ctx.tense(match.start(), match.end()) == "future":
            year_ += 1  # "expected to welcome a child this summer", told in December
        return Reading("DATE", f"{year_:04d}-{code}", mod)
    granularity = "weekend" if unit == "weekend" else _granularity(unit)
    if granularity in ("week", "weekend"):
        step = _week_step(match, ctx, det, granularity, reference, step)
    return Reading("DATE", calendar.value_at(calendar.shift(reference, granularity, step), granularity), mod)


def _week_step(match: re.Match[str], ctx: Context, det: str, granularity: str, reference: date, step: int) -> int:
    """How many weeks from the reference's a week or weekend lies, as news tells them around a weekend: "this past
    week" and "last week" told on the Sunday are the week now ending, as the Sunday papers tell it; "this week's
    convention", told on the Sunday, is in the week that begins; "won two contests this weekend", told on the
    Monday, is the weekend just gone; "the coming weekend" is the next to begin."""
    weekday = reference.isoweekday()
    if granularity == "week" and (det == "this past" and weekday >= 6 or det == "last" and weekday == 7):
        return 0
    if granularity == "weekend" and det in ("coming", "this coming"):
        return 0 if weekday <= 5 else 1  # "the coming weekend", told on a Tuesday, is the one at this week's end
    if det != "this" or granularity == "week" and weekday != 7 or granularity == "weekend" and weekday >= 6:
        return step
    past = ctx.tense(match.start(), match.end()) == "past"
    if granularity == "week":
        return step if past else 1
    return -1 if past else step


def that_day(match: re.Match[str], ctx: Context) -> Reading | None:
    """A day named from the last date the text gave (else the document's): "the next day", "that morning"; "that day
    in April" is some day of the month or year named right after it, unless that holds the last date."""
    step = DIRECTION[(match["det"] or "that").lower()]
    unit = match["unit"].lower()
    within = PERIOD_AFTER.match(ctx.text, match.end()) if step == 0 and unit == "day" else None
    try:
        day = (ctx.narrative(match.start(), to_the_day=True) + timedelta(days=step)).isoformat()
    except Unanchored:
        day = unknown("day")
    period = _period_at(within.end(), ctx) if within else None
    if period and not day.startswith(period):  # "June 27, 2014 … that same day in 2014" is June 27 still
        day = period + ("-XX" if len(period) == 7 else "-XX-XX")
    if unit == "day":
        return Reading("DATE", day, _edge(match))
    return Reading("TIME", f"{day}T{PARTS_OF_DAY[unit]}", _edge(match))


def _period_at(at: int, ctx: Context) -> str | None:
    """The month or year (YYYY-MM, YYYY) a date named right at ``at`` gives: "April", "May 2015", "1944"."""
    for name in ("month_year", "month", "year"):
        if (found := PATTERNS[name].match(ctx.text, at)) and (reading := READERS[name](found, ctx)):
            return reading.value if YEAR_OR_MONTH.fullmatch(reading.value) else None
    return None


def this_time(match: re.Match[str], ctx: Context) -> Reading | None:
    try:
        day = calendar.shift(ctx.anchor(), match["unit"].lower(), DIRECTION[match["dir"].lower()])
    except Unanchored:
        return Reading("DATE", unknown("day"))
    return Reading("DATE", day.isoformat())


def unit_before(match: re.Match[str], ctx: Context) -> Reading | None:
    """"The day before", "the year after": one unit from the last date the text gave, else from the document's."""
    granularity = match["unit"].lower()
    step = -1 if match["dir"].lower() == "before" else 1
    last = (match["last"] or "").strip().lower()
    if last and (last == "last") != (step < 0):
        return None  # "the week after last", "the week before next" name nothing
    try:
        reference = ctx.narrative(match.start(), to_the_day=granularity == "day")
        if last:
            reference, step = ctx.anchor(), 2 * step  # "the week before last", "the week after next"
    except Unanchored:
        return Reading("DATE", unknown(granularity))
    return Reading("DATE", calendar.value_at(calendar.shift(reference, granularity, step), granularity))


def the_unit(match: re.Match[str], ctx: Context) -> Reading | None:
    whole = (match["whole"] or "").lower()
    if _title_cased(match["unit"], match[0]) and (
        whole != "new" or ctx.text.startswith(("'s", "’s"), match.end()) or _modifies(match, ctx)
    ):
        return None  # "the Winter Olympics", "The Week" magazine, "the New Year celebrations"; not "in the New Year"
    unit = match["unit"].lower()
    if unit in ("decade", "quarter") and not match["edge"]:
        return None  # "over the decade" is a span, a bare "the quarter" is read by `period`
    if unit == "year" and not match["edge"] and whole in ("", "fiscal") and YEAR_SPAN.match(ctx.text, match.end()):
        return Reading("DURATION", "P1Y")
    if unit == "year" and not match["edge"] and not whole:
        if named := YEAR_NAMED_BEFORE.search(ctx.text, max(0, match.start() - 30), match.start()):
            return Reading("DATE", named["year"])
    try:
        reference = ctx.anchor()
    except Unanchored:
        return Reading("DATE", unknown("week" if unit in ("week", "weekend") else unit))
    if whole == "new":
        return Reading("DATE", f"{reference.year + (reference.month >= 9):04d}")  # told in the autumn, the next one
    if whole:
        return Reading("DATE", f"{reference.year:04d}")  # "earnings for the full year": the current one
    if unit == "weekend":
        # told on the Sunday, "the weekend" is the one ending that day, whatever is still to come in it ("expects the
        # deal to be finalized over the weekend and staff to return to work next week")
        tense = "past" if reference.isoweekday() == 7 else ctx.tense(match.start(), match.end())
        saturday = _weekday_for(reference, 6, tense)
        return Reading("DATE", calendar.value_at(saturday, "weekend"))
    if unit == "quarter":
        return Reading("DATE", calendar.value_at(reporting_quarter(reference), unit), _edge(match))
    if unit in SEASONS:
        # "the primaries in early June of 1992 and his convention later in the summer": another year its sentence named
        tense = ctx.tense(match.start(), match.end())
        named = _named_period(match, ctx, "year", reference, tense)
        if named and named.year != reference.year:
            return Reading("DATE", f"{named.year:04d}-{SEASONS[unit]}", _edge(match))
        return Reading("DATE", _the_season(SEASONS[unit], reference, tense), _edge(match))
    if unit in ("year", "month") and match["edge"]:
        tense = ctx.tense(match.start(), match.end())
        reference = _named_period(match, ctx, unit, reference, tense) or _current_or_last(match, unit, reference, tense)
    return Reading("DATE", calendar.value_at(reference, unit), _edge(match))


def _named_period(match: re.Match[str], ctx: Context, unit: str, reference: date, tense: str) -> date | None:
    """A day in the year or month its sentence has just named, where the tense allows: "adding data in January 2016,
    done by the end of the month", "the primaries in June of 1992 and the convention later in the summer"."""
    begin = ctx.sentences.around(match.start(), match.end())[0]
    finest = 1 if unit == "year" else 2
    named = [day for at, _, day, parts in ctx.points if begin <= at < match.start() and parts >= finest]
    if not named:
        return None
    named_at, now = calendar.value_at(named[-1], unit), calendar.value_at(reference, unit)
    return None if tense == "future" and named_at < now or tense == "past" and named_at > now else named[-1]


def _current_or_last(match: re.Match[str], unit: str, reference: date, tense: str) -> date:
    """The current year or month, or the last one for an end told in the past before the current one's end has
    come: "sold its shares at the end of the year", told in March."""
    ahead = _edge(match) == "END" and (reference.month < 10 if unit == "year" else reference.day < 20)
    return calendar.shift(reference, unit, -1) if tense == "past" and ahead else reference


def _the_season(code: str, reference: date, tense: str) -> str:
    """"Over the summer": the latest one begun by ``reference``; "into the summer": the next one not yet over;
    without a tense ("the winter season beginning"), the nearer of those two."""
    starts = [date(year, SEASON_START[code], 1) for year in range(reference.year - 1, reference.year + 2)]
    ahead = next(s for s in starts if calendar.add_months(s, 3) > reference)
    begun = [s for s in starts if s <= reference][-1]
    if tense == "none":
        gone = max(0, (reference - calendar.add_months(begun, 3)).days)  # days since the begun one ended
        start = ahead if (ahead - reference).days < gone else begun
    else:
        start = ahead if tense == "future" else begun
    return f"{start.year:04d}-{code}"


def weekday(match: re.Match[str], ctx: Context) -> Reading | None:
    word = match["weekday"]
    if not _weekday_named(word, match[0]) or ctx.ends_before(WEEKDAY_NAMES, match.start()):
        return None
    short = len(word.rstrip(".")) <= 3
    if ctx.ends_before(NAME_BEFORE, match.start()) and (short or CLOSING_QUOTE.match(ctx.text, match.end())):
        return None  # "the Las Vegas Sun.", "on ''Fox News Sunday.''"
    if ctx.ends_before(NAME_BEFORE, match.start()) and NUMBERS_TO_LINE_END.match(ctx.text, match.end()):
        return None  # "Newcastle 1 Sheffield Wednesday 2", "Sheffield Wednesday 3 3 0 0 6 2 9": a team in a score
    if MASTHEAD_AFTER.match(ctx.text, match.end()) or ctx.ends_before(MASTHEAD_BEFORE, match.start()):
        return None  # "The Sunday Times", "the Mail on Sunday": a newspaper
    if match["part"] and _title_cased(match["part"], match[0]):
        return None  # "Saturday Night Live", "Sunday Morning Futures": a title
    # "Kabul fell on a Sunday", "One Sunday in 2001": some Sunday; "a Sunday night service" was that Sunday's
    some_day = f"XXXX-WXX-{_weekday(word)}"
    indefinite = ctx.word_before(match.start()) in ("a", "one") and not _modifies(match, ctx)
    try:
        day = some_day if indefinite else _day_of(match, ctx).isoformat()
    except Unanchored:
        day = some_day
    part = (match["part"] or "").lower()
    if match["plural"]:
        return Reading("SET", f"XXXX-WXX-{_weekday(word)}T{PARTS_OF_DAY[part]}")  # "our Friday nights"
    if part:
        return Reading("TIME", f"{day}T{PARTS_OF_DAY[part]}", _edge(match))
    return Reading("DATE", day, _edge(match))


DEICTIC = {"now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
           "presently": "PRESENT_REF", "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
           "these days": "PRESENT_REF", "at the moment": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
           "the past": "PAST_REF", "the other day": "PAST_REF", "the other night": "PAST_REF",
           "the other week": "PAST_REF", "the future": "FUTURE_REF",
           "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF", "the near term": "FUTURE_REF"}  # fmt: skip
# after "the future" that is a fate ("the future of the planet") or an adjective ("the future president", "the
# future Trump administration"): a name or a word that is neither a function word nor a verb ending in -s or -d
_CLAUSE_WORDS = "|".join(sorted(
    PREPOSITIONS | set(_AUXILIARIES) | {"but", "nor", "if", "which", "who", "where", "when", "at", "with", "without",
                                        "so", "because", "while", "though", "although", "unless", "now", "then", "too",
                                        "shall", "i", "we", "you", "he", "she", "it", "they", "these", "those",
                                        "there", "here", "together", "ahead", "again", "alone"}
))  # fmt: skip
FUTURE_NOT_TIME = re.compile(rf"\s+(?:of\b|[A-Z]|(?!(?:{_CLAUSE_WORDS})\b)[a-z]+\b(?<![sd]))")
# before "tomorrow" that is the future at large, not the end or start of a day
AT_LARGE = re.compile(
    r"(?:\b(?:a|better|brighter)|(?<!\bend\s)(?<!\bstart\s)(?<!\bclose\s)(?<!\bmorning\s)(?<!\bevening\s)\bof)\s+$",
    re.IGNORECASE,
)
DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "day before yesterday": -2,
             "the day before yesterday": -2, "day after tomorrow": 2, "the day after tomorrow": 2}  # fmt: skip
DAY_WORD = re.compile(rf"\b(?:{'|'.join(DAY_WORDS)})\b", re.IGNORECASE)  # a day named from the telling


def deictic(match: re.Match[str], ctx: Context) -> Reading | None:
    word = re.sub(r"\s+", " ", match["word"].lower())
    part = (match["part"] or "").lower()
    if _in_title(match, ctx) or word == "the past" and COUNTED.match(ctx.text, match.end()):
        return None
    if word.startswith("the ") and _capital_inside(match["word"].split()[-1], match, ctx):
        return None  # "Back to the Future"
    if word.endswith("future") and FUTURE_NOT_TIME.match(ctx.text, match.end()):
        if ctx.word_before(match.start()) not in ("in", "into", "for", "until"):
            return None  # but "In the near future collective choices…" is a time
    if word in DEICTIC:
        return None if part else Reading("DATE", DEICTIC[word])
    if word == "overnight":
        return None if part else _overnight(match, ctx)
    if word == "tomorrow" and not part and ctx.ends_before(AT_LARGE, match.start()):
        return None  # "the leaders of tomorrow", "imagine a tomorrow where…": the future at large, no day
    try:
        day = (ctx.said_on(match.start(), match.end()) + timedelta(days=DAY_WORDS[word])).isoformat()
    except Unanchored:
        day = unknown("day")
    if word == "tonight":
        return Reading("TIME", f"{day}TNI")
    return Reading("TIME", f"{day}T{PARTS_OF_DAY[part]}") if part else Reading("DATE", day, _edge(match))


def _quote_open(text: str) -> bool:
    """Whether a quotation opened in ``text`` is still open at its end. Counted within a sentence, with the ``''``
    quotes of wire and TimeML text too, which ``quotes.speech.quoted_spans`` (whole texts, “” and ") does not read."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1 or text.count("''") % 2 == 1


def _overnight(match: re.Match[str], ctx: Context) -> Reading | None:
    """The night before the story's day ("rebels attacked overnight"); the coming one in a text of what will be."""
    begin = ctx.sentences.around(match.start(), match.end())[0]
    clause = ctx.text[begin : match.start()]
    clause = clause[max((mark.end() for mark in CLAUSE_MARK.finditer(clause)), default=0) :]
    if ctx.ends_before(SUDDENLY_BEFORE, match.start()) or SUDDENLY.search(clause):
        return None
    if KIND_AFTER.match(ctx.text, match.end()):
        return None
    try:
        night = ctx.anchor() - timedelta(days=0 if ctx.tense(match.start(), match.end()) == "future" else 1)
    except Unanchored:
        return Reading("TIME", f"{unknown('day')}TNI")
    return Reading("TIME", f"{night.isoformat()}TNI")


def noon(match: re.Match[str], ctx: Context) -> Reading | None:
    if match["weekday"] and not _weekday_named(match["weekday"], match[0]):
        return None
    if _capital_inside(match["word"], match, ctx) or _in_title(match, ctx):
        return None  # "the Midnight Crew", "High Noon", the unit known as the “Midnight Crew”
    midnight = match["word"].lower() == "midnight"
    try:
        # noon, like a clock time, may fall on the day the story told in the past has just named ("a midday rally"
        # after "on Monday"), though in a market report it is the day's trading; which midnight is meant is less clear
        day = (
            _day_beside(match, ctx)
            or (None if midnight or ctx.market_report else _told_day(match, ctx, 12))
            or _day_of(match, ctx).isoformat()
        )
        if midnight and not (match["weekday"] or match["rel"]) and ctx.tense(match.start(), match.end()) == "past":
            # "his nomination was made shortly after midnight": the midnight that began the day, not the one ending it
            day = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
    except Unanchored:
        day = unknown("day")
    return Reading("TIME", f"{day}T{'24:00' if midnight else '12:00'}")


def part_of_day(match: re.Match[str], ctx: Context) -> Reading | None:
    if _in_title(match, ctx):
        return None
    det = match["det"].lower().split()[-1]
    try:
        # inside a quote, from the day it was spoken on: "“I spoke to him this morning,” she said Tuesday"
        told = ctx.said_on(match.start(), match.end())
        day = (told + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(det, 0))).isoformat()
    except Unanchored:
        day = unknown("day")
    if det == "last" and match["part"].lower() == "night":
        day = (date.fromisoformat(day) - timedelta(days=1)).isoformat() if ctx.reference else day
    return Reading("TIME", f"{day}T{PARTS_OF_DAY[match['part'].lower()]}", _edge(match))


def season(match: re.Match[str], ctx: Context) -> Reading | None:
    at = match.start()
    if match[0].startswith("fall") and ctx.ends_before(WORD_BEFORE, at) and ctx.word_before(at) not in PREPOSITIONS:
        return None  # "both holidays fall this year", "prices fall next year": the verb
    year_, _ = _year_for(match, ctx, 1, None)
    if year_ is None:
        return None
    return Reading("DATE", f"{year_:04d}-{SEASONS[match['season'].lower()]}", _edge(match))


def set_(match: re.Match[str], ctx: Context) -> Reading | None:
    if match["weekdays"]:
        if not _capitalized(match["weekdays"], match[0]):
            return None
        part = f"T{PARTS_OF_DAY[match['part'].lower()]}" if match["part"] else ""
        return Reading("SET", f"XXXX-WXX-{_weekday(match['weekdays'][:-1])}{part}")  # "on Mondays"
    if match["adverb"]:
        # "the New York Daily News", "Palo Alto Weekly": a capitalized adverb beside a name is part of it
        named = NAME_BESIDE.match(ctx.text, match.end()) or ctx.ends_before(NAME_BEFORE, match.start())
        if match["adverb"][0].isupper() and named:
            return None
        after = PAPER_AFTER.match(ctx.text, match.end())
        if after and (after["said"] or ctx.ends_before(PAPER_BEFORE, match.start())):
            return None  # "Zycie Warszawy daily said", "the news weekly Der Spiegel", "the daily said": a newspaper
        return Reading("SET", SETS[match["adverb"].lower()])
    if match["each"]:
        if match["weekday"]:
            if not _capitalized(match["weekday"], match[0]):
                return None
            return Reading("SET", f"XXXX-WXX-{_weekday(match['weekday'])}")
        if match["season"]:
            return Reading("SET", f"XXXX-{SEASONS[match['season'].lower()]}")
        if match["month"]:
            if match["each"].lower() == "per":
                return None  # "per September financials": as the month's figures have it
            return Reading("SET", f"XXXX-{_month(match['month']):02d}") if _capitalized(match["month"], match[0]) else None
        every = 2 if match["other"] else number(match["every_n"] or "1")  # "every other week" is fortnightly
        return Reading("SET", duration(every, match["unit"].rstrip("s")))
    return Reading("SET", duration(1, match["unit_a"]))


def _holiday_days(name: str, year: int) -> list[date]:
    """The days in ``year`` a holiday falls on: one, or for the Islamic feasts, which move through the seasons,
    one or two (Eid al-Fitr fell twice in 2000); none for a lunisolar feast at the calendar's ends."""
    if name in HOLIDAYS:
        return [date(year, *HOLIDAYS[name])]
    if name in EASTER_HOLIDAYS:
        return [calendar.easter(year) + timedelta(days=EASTER_HOLIDAYS[name])]
    if name in ISLAMIC_HOLIDAYS:
        return sorted(day for month, nth in ISLAMIC_HOLIDAYS[name] for day in calendar.hijri_days(year, month, nth))
    if (name in HEBREW_HOLIDAYS or name in LUNAR_NEW_YEAR) and not 1 < year < 9999:
        return []  # Hanukkah reads the next year's length, the Lunar New Year the last year's solstice
    if name in LUNAR_NEW_YEAR:
        return [calendar.lunar_new_year(year)]
    if name in HEBREW_HOLIDAYS:
        anchor, days = HEBREW_HOLIDAYS[name]
        return [(calendar.hanukkah(year) if anchor == "hanukkah" else calendar.rosh_hashanah(year)) + timedelta(days)]
    if name in ELECTION_YEAR_DAYS and year % 4:
        return []
    month, weekday, nth, after = MOVABLE_HOLIDAYS.get(name) or ELECTION_YEAR_DAYS[name]
    return [calendar.nth_weekday(year, month, weekday, nth) + timedelta(days=after)]


def nine_eleven(match: re.Match[str], ctx: Context) -> Reading | None:
    """The day of the attacks; not in a title after a name ("Fahrenheit 9/11"), though "Since 9/11" opens sentences."""
    name = NAME_BEFORE.search(ctx.text, max(0, match.start() - 30), match.start())
    if name and not ctx.ends_before(SENTENCE_START, name.start()):
        return None
    return Reading("DATE", "2001-09-11")


def holiday(match: re.Match[str], ctx: Context) -> Reading | None:
    if not _capitalized(match["holiday"], match[0]) or _within_quoted_title(match, ctx):
        return None
    name = re.sub(r"\s+", " ", match["holiday"].lower())
    if name in VOTE_DAYS and not all(_capitalized(word, match[0]) for word in match["holiday"].split()):
        return None  # "Election day for those living inside Bosnia": any vote's day, not the US one
    if name == "independence day" and ctx.ends_before(OTHER_NATION_BEFORE, match.start()):
        return None  # "Ukraine's Independence Day", "Indian Independence Day": only the US one's day is known here
    if not match["span"] and NAMED_EVENT_AFTER.match(ctx.text, match.end()):
        return None  # "the Easter Rising", "the Yom Kippur War": an event of its own year, named for the feast
    if name in ISLAMIC_HOLIDAYS and ctx.ends_before(NAME_BEFORE, match.start()):
        if ctx.word_before(match.start()) not in PREPOSITIONS:
            return None  # "Tariq Ramadan", "Mohamed Eid" are people
    det = (match["det"] or "").lower()
    # "Easter week", "Thanksgiving weekend": the week that holds the day; "during Ramadan": its month
    granularity = (match["span"] or ("month" if name in MONTH_LONG else "day")).lower()
    written = match["year"] or match["year_before"]  # "Christmas 2015", "the 1968 Christmas holidays"
    stated = int(written) if written else None
    if match["rely"] and ctx.reference is not None:  # "Christmas last year"
        stated = ctx.named_year(match["rely"], match.start())
    if stated is not None or ctx.reference is None:
        year_ = ctx.year_guess(match.start()) if stated is None else stated
        if year_ is None:
            if name not in HOLIDAYS:  # Easter, Thanksgiving, the lunar feasts: a day that moves with the year
                return Reading("DATE", unknown(granularity), guess=True)
            return Reading("DATE", f"XXXX-{date(2000, *HOLIDAYS[name]).strftime('%m-%d')}", guess=True)
        days = _holiday_days(name, year_)
        if not days:
            return None  # "Super Tuesday 2017" names no day
        day, guess = days[0], stated is None
    else:
        reference = ctx.reference
        days = [day for k in (-1, 0, 1) for day in _holiday_days(name, reference.year + k)]
        if not days:
            return None  # no election year around the document's
        behind, ahead = [d for d in days if d <= reference], [d for d in days if d >= reference]
        tense = ctx.firm_tense(match.start(), match.end())
        if (det == "last" or ctx.looks_back(match.start())) and behind:  # "in hiding since Christmas"
            day = max(behind)
        elif (det == "next" or name in VOTE_DAYS and tense != "firm past") and ahead:
            day = min(ahead)  # "as Election Day nears", told in February
        else:
            day = calendar.nearest(reference, days, tense)
        guess = not det
    if granularity == "weekend" and day.weekday() == 0:
        day -= timedelta(days=1)  # "Labor Day weekend" ends on the Monday's eve
    return Reading("DATE", calendar.value_at(day, granularity), guess=guess)


# Pattern name → reader, in order of preference when two readings cover the same span.
READERS = {
    "set": set_, "clock": clock, "clock24": clock, "month_day": month_day, "day_month": month_day, "day_start": month_day, "day_end": day_end,
    "day_mon_year": month_day, "nth_day": nth_day,
    "month_year": month_year, "iso": iso, "numeric": numeric, "numeric_dmy": iso, "season": season, "nine_eleven": nine_eleven, "holiday": holiday,
    "quarter": quarter, "month_span": month_span, "fiscal_year": fiscal_year, "q_year": q_year, "period": period,
    "ago": ago, "relative": relative, "part_of_day": part_of_day,
    "deictic": deictic, "noon": noon, "weekday": weekday, "decade": decade, "century": century, "year": year,
    "range_start": year_range, "range_end": year_range, "spoken_year": spoken_year, "month": month, "week_of": week_of, "nth_week": nth_week,
    "week_of_day_month": week_of, "nth_weekday": nth_weekday, "that_day": that_day, "this_time": this_time,
    "duration": duration_, "long": long_, "units": units, "unit_before": unit_before, "the_unit": the_unit,
}  # fmt: skip
