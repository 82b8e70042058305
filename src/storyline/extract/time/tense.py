"""The words that tell the tense of the clause around a temporal expression, as ``Context`` reads it: past
and future cues, the clauses that have their own tense, and the words that put a date ahead of its clause's time.
"""

from __future__ import annotations

import re

from ..lexicon import SPEECH_VERBS
from .lexicon import DETERMINERS, ONES, UNITS, WEEKDAY_NAME
from .words import not_after

# Irregular past forms that are not also present ones ("put", "cut" and "set" are both).
IRREGULAR_PAST = (
    "said|was|were|had|did|began|became|brought|bought|came|chose|drew|drove|fell|fought|flew|found|gave|got|grew"
    "|held|kept|knew|led|left|lost|made|meant|met|paid|ran|rose|sank|saw|sent|shot|sold|spent|spoke|stood|struck"
    "|swore|took|taught|thought|told|threw|understood|went|won|wrote|taken|broke|built|caught|dealt|drank"
    "|fled|forgot|forgave|froze|heard|hid|hung|rang|rode|sought|shook|slept|slid|sprang|stole|stuck|swept|swam"
    "|swung|tore|woke|wore|wept|withdrew|overthrew|undertook|overtook|foresaw|upheld|withheld"
)
# after a modal, what looks back: "would have won", and "the role he could have Tuesday", its participle left out
_HAVE_DONE = (
    rf"\s+have\s+(?:been|{IRREGULAR_PAST}|\w+ed)\b"
    rf"|\s+have(?=(?:\s+(?:on\s+)?(?:{WEEKDAY_NAME}|today|yesterday))?(?:\s*[,.;:!?]|\s+(?:but|and)\b))"
)
# words of a plan or schedule
_PLAN = r"set\s+(?:to|for)|slated|scheduled|due\s+(?:to|in|on|by)"
# What "the last" counts back over: "the last few weeks", "the last two years", "the last time", "the last election"
_PERIODS_BACK = "|".join([r"\d+", *ONES, "few", "several", "couple", "dozen", *(rf"{unit}s?" for unit in UNITS),
                          "times?", "season", "session", "election", "cycle"])
FUTURE = re.compile(
    r"\b(?:will|won['’]t|wo\s+n['’]t|['’]ll|shall|going\s+to|plans?\s+to|planned\s+for"
    # "expects the deal to close", "they expect growth in 1997"
    r"|expect(?:s|ed)?\s+(?:[\w'-]+\s+){0,3}?to|expects?\b|(?:is|are)\s+(?:not\s+)?expected"
    r"|is\s+to|are\s+to|(?:is|are)\s+due\b|upcoming|forthcoming|planned|planning|likely\s+to|poised\s+to"
    # what is postponed is to come, not the day it was postponed on: "was postponed on Sunday", "postponed Sunday"
    r"|postponed(?!\s+(?:(?:late|early|again|once\s+more|(?:once|yet)\s+again|\w+ly)\s+)?"
    rf"(?:(?:on|in|at|during|last|yesterday|earlier|today)\b|{WEEKDAY_NAME}\b(?!['’])))"
    # "with a ruling expected by June", "a decision, expected in May,": what is awaited (not "than expected in May")
    r"|(?<!\bthan\s)(?<!\bas\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)(?<!\bbeen\s)(?<!\bbe\s)"
    r"\bexpected(?=\s+(?:by|in|on|before|within|around|later|next|early|late)\b)"
    r"|(?:forecast|forecasted|predicted)\s+for"  # "more storms forecast for the weekend": what is foretold is to come
    # "more rain was likely through Wednesday", "frost is likely overnight": a forecast (not "a deal looked more likely
    # on Monday")
    r"|\b(?:is|are|was|were|be)\s+(?:also\s+|very\s+)?likely\s+"
    r"(?=(?:through|on|by|until|till|into|over|before)\s|overnight\b)"
    # "asked for a delay until January", as "postponed until January": what is put off to a day looks ahead to it
    r"|\b(?:a|an|the)\s+(?:delay|postponement|extension|adjournment|reprieve)\s+(?:until|till)\b"
    r"|\bput\s+(?:off|back)(?=\s+(?:until|till|to)\b)"  # "the vote was put off until Tuesday"
    r"|(?<!was\s)(?<!were\s)on\s+(?:pace|track|course)\s+to"  # "is on pace to finish the count on Monday"
    r"|stands?\s+(?:a|an|no|little|every)\s+(?:[\w-]+\s+)?chance"  # "we stand a fine chance to take it on Tuesday"
    # a contest's day told in the present: "Maine, which holds its caucus on Saturday"
    r"|(?<!\bnot\s)\bhold(?:s)?\s+(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:primary|primaries|caucus(?:es)?|elections?|vote|referendum|run-?off|contests?)\b"
    r"|await|awaits|awaiting"
    r"|(?<=['’]s\s)(?:[\w-]+\s+){1,3}?(?:approaching|looming|nearing)\b"  # "with Monday's debate approaching"
    rf"|(?<!been\s)(?:{_PLAN})"  # "had been due to…" looks back
    # an aim lies ahead: "hopes to", "hoping to" (not the noun's "Africans seeking to…")
    r"|(?:(?:aim|intend|seek|vow|want|threaten)s?|(?:aim|intend|vow|threaten)ing|(?:hop|promis|pledg)(?:e|es|ing)"
    r"|agreed|decided|determined|projected|forecast)\s+to|in\s+(?:the\s+)?hopes?\s+of"  # "in hopes of seeing…"
    # a schedule told in the present: "the measure expires on Sept. 30", "the rules take effect in May", "the
    # administration ends on December 30" (not the habit of "its fiscal year ends in June")
    r"|(?<!\bnot\s)(?<!n['’]t\s)(?<!\bto\s)"
    r"(?:expires?|takes?\s+(?:effect|place)|(?:comes?|goes?)\s+into\s+(?:force|effect)|runs?\s+out"
    r"|(?<!year\s)(?<!quarter\s)(?:ends|begins|starts|opens|closes|resumes|concludes|meets"
    # "polls open on Tuesday", "talks resume on Monday", "ministers meet on Friday", "they meet on Friday" (not "was
    # open on Sunday")
    r"|(?:(?<=s\s)|(?<=\bthey\s)|(?<=\bwe\s))(?<!\bwas\s)(?<!\bis\s)(?<!\bhas\s)(?<!\bdoes\s)"
    r"(?:open|close|begin|start|resume|reopen|meet|gather))"
    r"(?=\s+(?:on|in|at|by)\b|\s+(?-i:[A-Z])))"
    # "would have won" looks back, "would have trouble" ahead, as does "we'd better be careful"
    rf"|(?:would|should|must|(?-i:may)|might|can)(?!{_HAVE_DONE})"
    r"|(?:['’]d|had)\s+better"
    # "could meet on Tuesday", "could have consequences in November", "could be signed by June"; not "could not be
    # reached Saturday", nor what could be sensed or found then ("smoke could be seen on Friday", "could be located
    # Wednesday")
    r"|could(?!\s+(?:not|hardly)\b"
    rf"|\s+be\s+(?:seen|heard|felt|found|spotted|smelled|reached|located|contacted|traced)\b|{_HAVE_DONE}))\b",
    re.IGNORECASE,
)
# the past forms that ``FUTURE`` takes as a plan, which after a day told before them are the verbs of the past
TIED_PAST = ("postponed", "planned")
IRREGULAR_FORMS = set(IRREGULAR_PAST.split("|"))
# A verb joined by "and" right before the expression, in no past form, is no longer the past verb's clause: "markets
# were closed Monday and reopen Friday", "began Monday and runs through Saturday" (not "closed Monday and again
# Friday", "and then on Friday")
_NOT_JOINED_VERBS = (
    "again|also|then|later|earlier|early|late|only|even|still|the|a|an|this|that|last|next|every|each|on|by|in|until"
    "|till|through|from|since|at|before|after|during|into|to|for|of|with"
)
JOINED_PRESENT = re.compile(
    rf"\band\s+(?!(?:{IRREGULAR_PAST}|{_NOT_JOINED_VERBS})\b)(?-i:[a-z]+)(?<!ed)(?<!ing)\s+"
    r"(?:(?:on|through|until|till|into)\s+)?$",
    re.IGNORECASE,
)
# A verb in the present progressive before the expression, in its stretch of the clause, governs it, not a form after
# it that may be past or a bare infinitive: "a union is buying radio ads over the next week to let the mayor beat her
# challenger" (not "while they are counting on it, Thursday's vote was a shock")
PROGRESSIVE_BEFORE = re.compile(
    r"\b(?:is|are|am)\s+(?:[a-z]+ly\s+)?(?!being\b)[a-z]+ing\b(?:[^,;:]|,\d)*$", re.IGNORECASE  # "$200,000" goes on
)
# A verb in the present between a past verb and the expression: what is, not what was ("talk about the voters who are
# entitled to vote in November", "the dire situation the senator is facing in Tuesday's primary", "the survey,
# done in July, shows he needs to win in November"); "has" may begin a perfect, a past
PRESENT = re.compile(
    r"\b(?:is|are|am)\b(?!\s+(?:not\s+)?(?:due|expected|set|slated|scheduled|planned)\b)"
    r"|\b(?:shows|needs|seems|remains|appears|means|says|thinks|believes|knows|wants)\b"
    # a clause of its own, told in the present: "as they sit atop the polls", "while he campaigns"
    r"|\b(?:as|while|when|because|now\s+that)\s+(?:(?:he|she|it)\s+(?!(?:was|has|does|is)\b)[a-z]+s"
    rf"|(?:they|we|you|I)\s+(?!(?:{IRREGULAR_PAST}|had|have|did|do|would|could|should|might|must|may|will|can|also"
    r"|still|never|just|already|then|all|both)\b)(?!\w+ed\b)[a-z]+)\b",
    re.IGNORECASE,
)
# What comes before a finite past verb: its subject (a pronoun or a name), an auxiliary, or the comma of an aside,
# perhaps with an adverb between ("Cruz first stirred crowds in March")
FINITE_BEFORE = re.compile(
    r"(?:\b(?:was|were|had|has|have|he|she|they|it|we|I|who|that|which|[A-Z][\w'’.-]*)|,)\s+"
    r"(?:(?:\w+ly|first|also|then|later|again|never|already|just|once)\s+)?$"
)
# A subject with its article right before a past form, and an object after it, show the form finite: "the bank cut
# rates in January", "a storm hit the coast in May" (not "the funds raised in January", "a yet unnamed day in January",
# "the newly elected council")
ARTICLE_SUBJECT = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w'’-]*\s+)?"
    r"(?!(?:still|yet|now|also|just|already|never|only|even|so|not|very|then|once|long|first|last)\b)"
    r"(?-i:[a-z])[\w'’-]*(?<!ly)\s+$",
    re.IGNORECASE,
)
# such a form's object, where ``OBJECT_AFTER`` finds none: a bare noun or a figure ("cut rates", "hit $100")
BARE_OBJECT = re.compile(
    r"\s+(?:\$\d|(?!(?:in|on|at|by|for|with|from|to|during|since|over|after|before|into|under|as|of|about|through|and"
    r"|or|but|that|which|who|when|while|than|then|up|down|out|off|back|away|last|this|next|early|late)\b|\w+ly\b)"
    r"(?-i:[a-z])[\w'’-]*\s)",
    re.IGNORECASE,
)
FIRM_FUTURE = {"will", "shall", "'ll", "’ll", "won't", "won’t", "wo n't", "wo n’t"}
# Words that put what follows ahead of the clause's own time ("until Friday", "ahead of the vote"):
# a sign of the future only where no verb says otherwise ("until Friday they had not…").
_FORWARD = (
    r"ahead\s+of|in\s+advance\s+of|heading\s+into|going\s+into|lead(?:ing)?[-\s]up\s+to|run-up\s+to|looking\s+ahead\s+to"
    r"|(?:marching|heading|moving|looking|racing)\s+towards?|(?:set|sets|setting)\s+the\s+stage\s+for"
    r"|prospects?\s+(?:of|for)|look(?:s|ed|ing)?\s+(?:way\s+|far\s+|well\s+)?(?:past|beyond)"
)
FORWARD = re.compile(rf"\b(?:{_FORWARD})\b", re.IGNORECASE)
AHEAD_WORDS = rf"{_FORWARD}|as\s+soon\s+as|until|till"
AHEAD = re.compile(rf"\b(?:{AHEAD_WORDS})\b", re.IGNORECASE)
# what leads into the time of a clause's subject, right before its verb: "sales in January rose", "exports in
# January-March fell", the end of a range after its start
SUBJECT_TIME = re.compile(r"\b(?:in|during)\s+(?:\S+\s*(?:[-–]|\bto\b|\bthrough\b)\s*)?$", re.IGNORECASE)
# a time a clause opens with as the start of what it tells, where no verb gives a tense: "Starting Monday, the rules
# change", "From Monday, flights resume"
STARTING_FROM = re.compile(r"\W*(?:starting|beginning|from)\s+(?:(?:on|in)\s+)?", re.IGNORECASE)
# a time a thing is at, told in the present, is to come: "the vote is in the autumn", "the deadline is Sunday"
BEING_AT = re.compile(r"\b(?:is|are)\s+(?:(?:in|on|at|during)\s+(?:the\s+)?)?$", re.IGNORECASE)
# right before a day's event, which may not have come: "ahead of Monday's vote", "a debate before Monday's caucus",
# "grid positions for Sunday's Grand Prix"
AWAITING = re.compile(rf"\b(?:{AHEAD_WORDS}|before|for)\s+(?:the\s+)?$", re.IGNORECASE)
# an event named or set up, not held, by a verb in the past: "called November's election a test of trust",
# "teeing up the November showdown"
NAMED_OR_SET_UP = re.compile(
    r"\b(?:called|described|dubbed|labell?ed|framed|billed|(?:teeing|tee|tees|teed|setting|set|sets)\s+up)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A side picked or set to take part: "named the side to face Andorra in Saturday's qualifier"; a guest asked
# to come: "the letter to invite a rival's widow to Monday's debate"
PLAYING_IN = re.compile(
    r"\bto\s+(?:play|face|meet|host|take\s+on|compete|race|fight)\b[^.;:!?]{0,40}\b(?:in|at|for)\s+$"
    r"|\binvit(?:e|es|ed|ing|ation)\b[^.;:!?]{0,40}\bto\s+$",
    re.IGNORECASE,
)
# between a word that looks ahead and the day: "the", or whose the day's event is ("ahead of Ohio's
# delegate-rich Tuesday primary")
_WHOSE = r"(?:the\s+|(?:(?-i:[A-Z])[\w.-]*\s+){0,2}(?-i:[A-Z])[\w.-]*['’]s\s+(?:[\w-]+\s+)?)?"
# the words of those that look ahead from the clause's own time: "ahead of Tuesday's primary", "before Monday's caucus"
LOOKING_AHEAD = re.compile(rf"\b(?:{_FORWARD}|(?P<before>before))\s+{_WHOSE}$", re.IGNORECASE)
# A thing that is held or comes into force from a day on: "a series with Kenya starting on Sunday", "a strike
# beginning Monday"; not "she campaigned on radio beginning Monday night", which tells when the campaigning began
_STARTS = (
    r"(?:series|championships?|tournament|games|season|tour|visit|talks|strike|walkout|session|conference|summit"
    r"|trial|hearings?|festival|campaign|program|programme|sale|ban|curfew|ceasefire|truce|rules?|cuts?|service"
    r"|mourning|holidays?|recess|shutdown|closure|boycott|embargo|moratorium|freeze|lockdown)"
    r"(?:\s+(?:against|with|in|at|for|of|on)(?:\s+[\w.'’-]+){1,2}?)?\s+(?:beginning|starting)(?:\s+on)?"
)
# A prospect told in the past right before the time it is for, as reported speech shifts "is likely" back: "said talks
# were possible in November", "a cut was likely in December"; not "it was possible in May to…", the time it was so
PROSPECT = re.compile(
    r"(?<!\bit\s)(?<!\bthis\s)(?<!\bthat\s)\b(?:was|were)\s+(?:(?:still|also|now|very|quite|more|less|highly)\s+)?"
    r"(?:possible|likely|unlikely|probable)\s+(?:in|on|by|before|around|during|at|until)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A verb of a scheduled happening in the present, right before the time it happens at, tells of it to come, as "will"
# does: "leaves office in January", "the law takes effect on Monday", "the treaty expires in March", "talks are
# scheduled for March 12"
SCHEDULED = re.compile(
    r"\b(?:(?:takes|leaves)\s+office|takes\s+(?:effect|place)|goes\s+into\s+effect|expires|resumes|reopens|convenes"
    rf"|(?:is|are)\s+(?:now\s+|also\s+)?(?:{_PLAN}|planned)"
    r"|retires|steps\s+down|kicks\s+off|premieres|matures|(?:goes|heads)\s+to\s+the\s+polls"
    # the plural's, where no modal, "to" or "not" makes it an infinitive: "voters go to the polls on Sunday", "talks
    # resume Monday" (not "agreed to resume Monday", "would expire in May")
    rf"|{not_after('would', 'could', 'might', 'to', 'not', 'did')}"
    r"(?:resume|reopen|convene|expire|(?:go|head)\s+to\s+the\s+polls))"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:(?:in|on|at|from)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# A state in force now, told in the present, lasts until a time to come: "schools are closed until January 15", "the
# ban is in force till March", "roads remain shut until Friday" (not "it is not until…", nor "through", which often
# bounds a period gone: "figures are adjusted through June")
HELD_UNTIL = re.compile(
    r"\b(?:is|are|remains?|stays?)\s+(?:\w+ly\s+)?(?:[\w-]+ed|shut|open|valid|effective|in\s+(?:force|place|effect)"
    r"|on\s+hold)\s+(?:until|till)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A day kept, told in the present right before the weekday it falls on, is the coming one: "Russia marks National Unity
# Day on Monday", "the party celebrates its anniversary on Friday" (before a date, "marks Victory Day on December 16",
# it tells of a yearly habit)
KEEPS_DAY = re.compile(
    r"\b(?:marks|celebrates|commemorates|observes)\s+(?:[\w'’-]+\s+){0,4}?(?:Day|anniversary|holiday)\s+(?:on\s+)?$"
)
KEPT_ON = re.compile(rf"{WEEKDAY_NAME}\b")
# A fixture or a visit told in the present, with the side or place it names, is to come as a schedule is: "Federer
# plays Nadal on Sunday", "Spain face Italy at 8pm on Sunday", "the pope visits Kenya in May" (not "their visit on
# Saturday", nor "faces charges filed in May", whose gap holds no name; "host" before a name is as often the title of
# "radio host Jane Roe" as a fixture)
# in lower case only: not the shows "Meet the Press", "Face the Nation"
_FIXTURE_VERB = r"\b(?-i:hosts|visits|meets|plays|faces|visit|meet|play|face)"
_NO_FIXTURE_BEFORE = not_after("would", "could", "might", "to", "not", "did", *sorted(DETERMINERS))
FIXTURE = re.compile(  # the verb looked for first, as the lookbehinds before it are many
    rf"(?={_FIXTURE_VERB}){_NO_FIXTURE_BEFORE}{_FIXTURE_VERB}"
    r"\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}(?:(?:in|on|at)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
AHEAD_OF = re.compile(rf"\b(?:{_FORWARD}|effective|{_STARTS})\s+{_WHOSE}$", re.IGNORECASE)
# Past forms that are present ones too: past after a subject ("prices hit a high"), not after "will", "to", "did"…
BOTH_TENSES = "hit|cut|put|shut|spread|cost|quit|hurt|beat|bid|split|upset|shed|broadcast|forecast"
BOTH_FORMS = frozenset(BOTH_TENSES.split("|"))
# after these the word is a noun ("a bid", "the upset", "its cost") or no past ("will beat", "getting beat up")
AUXILIARIES = ("to", "will", "would", "could", "can", "may", "might", "must", "should", "did", "do", "does", "not",
                "be", "is", "are", "was", "were", "been", "being", "get", "gets", "getting", "has", "have", "had",
                "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "one", "no", "another", "any",
                "each", "every", "further")  # fmt: skip
# such a form after an article and a noun that a preposition or a verb of expecting governs, with no object after it,
# is a noun: "expect a rate cut by September", "bets on a tax cut in May", "pricing in a rate cut by January" (not
# "said a storm hit in May", "after a storm hit in May", "a storm hit the coast")
ARTICLE_NOUN_BEFORE = re.compile(
    r"\b(?:about|against|amid|at|despite|for|from|in|into|like|of|on|over|than|to|toward|towards|with|without"
    r"|expect|expects|expected|expecting|see|sees|predict|predicts|predicted|want|wants|wanted|need|needs|seek|seeks"
    r"|sought)\s+an?\s+[\w-]+\s+$",
    re.IGNORECASE,
)
# a modal and an adverb before such a form: "would probably cut rates", "will also hit", "may not quit"
MODAL_ADVERB_BEFORE = re.compile(
    r"\b(?:will|would|could|can|may|might|must|should|won['’]t|wouldn['’]t)\s+"
    r"(?:[a-z]+ly|also|then|soon|still|again|never|not|even|just|only|each|all|both)\s+$",
    re.IGNORECASE,
)
# "won't hit", "they'll cut" too; and after an object pronoun the form is a bare infinitive ("helped them beat back a
# challenge", "let him cut"); "one" is a pronoun, not a count, after an ordinal, "other" or "no": "a second one hit"
_ONE_NOUN = r"(?<!(?<!\bsecond\s)(?<!\bthird\s)(?<!\bfirst\s)(?<!\bnext\s)(?<!\bother\s)(?<!\bno\s)\bone\s)"
_NO_AUXILIARY = (
    not_after(*(word for word in AUXILIARIES if word != "one"), "him", "them", "us", "me") + _ONE_NOUN
    + r"(?<!n['’]t\s)(?<!['’]ll\s)"
)
# before "last" that is no past: "will last", "the last day", "its last session"
_NOT_FINAL = not_after("to", "will", "not", *sorted(DETERMINERS - {"a", "an"}))
# Words ending in "ed" that are no past forms.
NOT_PAST = (
    r"\w*ceed|need|indeed|deed|reed|weed|shed|speed|feed|breed|bleed|seed|heed|greed|hundred"
    # the weather's adjectives: "scattered showers Sunday through Tuesday"
    r"|(?:scattered|isolated)(?=\s+(?:showers|storms|thunderstorms|clouds|rain|snow|flurries|frost|fog)\b)"
    # a purpose's participle: "events designed to dim the glow", "a bill aimed at cutting costs"
    r"|(?:designed|intended|meant|aimed|supposed|poised|geared|tailored)(?=\s+(?:to|at)\b)"
)
# A participle after "be", "is", "not"… is a passive, no past: "will be named", "is not expected", "would be held".
PAST = re.compile(
    r"\b(?:despite|since)\s+(?-i:[a-z])\w+ing\b|"  # "despite winning the primary in February": it has happened
    r"\b(?:ago|since|(?<!\bno\s)earlier)\b"  # "no earlier than March" sets a bound, at any time
    # "last week", "the vote last Tuesday"; not "will last", nor "Monday's last day", "its last session before a
    # recess", nor "last season's winners"
    rf"|(?<!['’]s\s){_NOT_FINAL}\blast\b"
    r"(?!\s+(?:until|till|through|into|beyond|longer)\b|\s+\w+['’]s\b)"
    # "over the last two weeks", "the last election"; not "the last such release", which is the final one, nor "the
    # last two weeks of June", the final ones of a period
    rf"|(?<=\bthe\s)last(?=\s+(?:{_PERIODS_BACK})\b)(?!(?:\s+[\w-]+){{1,2}}\s+of\b)"
    rf"|(?<!\bbe\s)(?<!\bbeing\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bnot\s)\b(?!(?:{NOT_PAST})\b)"
    # nor after a verb of staying in the present: "will stay closed through the end of the month"
    r"(?<!\bstay\s)(?<!\bstays\s)(?<!\bremain\s)(?<!\bremains\s)"
    # "didn't" too; "delegate-packed", "a contested convention" and "a lost weekend" hold no verb
    rf"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?:(?:{IRREGULAR_PAST})(?:n['’]t)?|(?<!-)(?-i:[a-z])\w+ed)\b"
    # "inflation hit a high"; not "will hit", "cost-cutting" (the lookahead first, as the lookbehinds are many)
    rf"|(?<!-)\b(?=(?:{BOTH_TENSES})\b(?!-)(?!\s+(?:to|for)\b)){_NO_AUXILIARY}(?:{BOTH_TENSES})\b",
    re.IGNORECASE,
)
# Nothing but a preposition between a verb and the expression, with a part of the day before a date: "signed in
# October", "met on Friday", "flared over Easter", "raided on the night of 11 November"
_PART_OF = r"(?:(?:early\s+|small\s+|wee\s+)?(?:night|morning|evening|afternoon|hours)\s+of\s+(?:the\s+)?)?"
_PREPOSITION = rf"(?:(?:in|on|at|during|since|over|throughout)\s+(?:the\s+)?{_PART_OF})?"
_THEN = rf"\s+{_PREPOSITION}"
# "said in a brief statement late on Wednesday it would…": the wire's frame around the day still leaves the verb
# governing it, as do its agent or partner ("approved by Kenya and Uganda on Thursday could…", "reached with Iran in
# July"), which ends where a verb of the clause begins ("talks mediated by Turkey will be held on April 20")
_AUXILIARY = r"will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|has|have|had"
GOVERNED = re.compile(
    r"\s+(?:(?:down|up|out|off|back|away|over)\s+)?"  # a particle of the verb's: "handed down late Monday"
    rf"(?:(?:by|with)\s+(?:(?!(?:{_AUXILIARY})\b)[\w'’.-]+\s+){{1,4}}?)?"
    r"(?:in\s+an?\s+(?:[\w-]+\s+)?(?:statement|interview|letter|speech|report)\s+)?"
    rf"(?:(?:late|early)\s+)?{_PREPOSITION}"
)
# the past forms of the commonest speech verbs: an object after one ("told reporters on Monday") does not make the
# expression after it the verb's
SPEECH_PAST = {"said", "told", "wrote", "added", "announced", "reported"}
# The noun after a time that "said the" comes before, the subject of the clause "said" reports: "said the Thursday
# talks would…" (not "said Thursday the talks would…")
SPOKEN_SUBJECT = re.compile(r"\s+(?-i:[a-z]+)\s")
# A short object between the verb and the expression: "took office in February", "asked about them in May", "who
# signed the sea-access memorandum with Ethiopia in January", "flew to Kabul in April", "rose 5% to $3 billion in
# January", "made the same claims against the lobby in February"; no infinitive, clause, conjunction or word that looks
# ahead in it ("to" before a noun or a name is a place gone to, before a figure a level reached)
_NOT_IN_OBJECT = (
    r"to(?!\s+(?:(?:the|an?|his|her|their|its)\b|(?-i:[A-Z])|[$£€\d]))"
    "|for|that|which|who|and|or|but|until|before|after|will|would|could|should|next|this|upcoming|looming|coming"
)
OBJECT_THEN = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its)\s+)?"
    rf"(?:(?!(?:{_NOT_IN_OBJECT})\s)(?:[\w'’-]+|[$£€]?\d[\d,.]*%?)\s+){{1,6}}"
    rf"(?:in|on|during)\s+(?:the\s+)?{_PART_OF}"
)
# A date in a sentence's opening phrase ("In October,", "When asked in an interview in October,") whose main
# clause follows the comma: its subject, perhaps with an aside, then the verb ("…, Mrs. Clinton, the nominee, proposed")
FRONTED = re.compile(
    r"\W*(?:(?:back|earlier|later|then|and|but)\s+){0,2}(?:(?:(?:in|on|during|at|by|since|from|over)\b"
    r"|(?:when|after|before|while)\s+(?-i:[a-z])\w+(?:ed|ing)\b)[^,;:]*|(?:about|around)\s+)",
    re.IGNORECASE,
)
FRONTED_SUBJECT = re.compile(r"\W*,?\s+(?:[\w'’.-]+\s+){0,15}[\w'’.-]+(?:,\s+[^,;:]{1,60},)?\s+")
# A phrase set off by commas right after an opening one that orders the main clause: "In January, a week after the
# talks collapsed, a bomb …"
INSERTED = re.compile(
    r",\s+(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|just|only)\s+)?"
    r"(?:(?:hours?|days?|weeks?|months?)\s+)?(?:after|before|since|when|while|following|amid)\b[^,;:]{1,100},",
    re.IGNORECASE,
)
# The subject of a clause that "that" or "which" opens, before its verb: "a pact that the coastal states reached
# in Lisbon in December"
CLAUSE_SUBJECT = re.compile(r"\b(?:that|which)\s+(?:the|a|an|his|her|its|their)\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
AGENT_AFTER = re.compile(r",?\s+by\s+(?!(?:then|now|the\s+(?:end|time|middle|start))\b)", re.IGNORECASE)
# The end of a sentence or of a clause right after a date a past verb governs: "The talks collapsed in August." or
# "… in August, and troops went home" leave no main verb after the date for the past form to be a participle before
# ("ads reserved in July will run"); not a second date ("in July and August")
CLAUSE_ENDS = re.compile(
    r"[.!?;]+[\"”’')]*(?:\s|$)|,?\s+(?:and|but|when|while|because|although|though|as|after|before|until)\s+(?-i:[a-z])"
)
# What follows a verb that has an object, so is no participle after its subject: "…, a bomb killed a guard"
OBJECT_AFTER = re.compile(r"\s+(?:(?i:the|a|an|his|her|its|their|our|him|them|us|me|\d[\d,.]*)\b|(?-i:[A-Z]))")
MOVED = "postponed|delayed|moved|rescheduled|pushed|shifted|changed|extended|brought|put|set|scheduled|planned"
PAST_GOVERNS = re.compile(
    # "since taking office in January", "since he announced his candidacy in March": what a span runs from has happened
    rf"\b(?:(?:was|were|had)\s+(?:{IRREGULAR_PAST}|(?-i:[a-z])\w+ed)|since\s+(?-i:[a-z])\w+ing(?:\s+[\w'’-]+){{0,2}}?"
    rf"|since\s+(?:he|she|they|it|we|I|(?-i:[A-Z])[\w'’.-]+)\s+(?:{IRREGULAR_PAST}|(?-i:[a-z])\w+ed)"
    rf"(?:\s+[\w'’-]+){{0,3}}?"
    # "since the summit in June", "since his election in November": an event that has been
    rf"|since\s+(?:the|his|her|their|its|our|a|an)(?:\s+(?-i:[a-z])[\w'’-]*){{1,4}}?)"
    rf"{_THEN}$",
    re.IGNORECASE,
)
# A past verb, with at most a short object or figure, right before "from" or "between": what it governs has begun
# ("prices rose 5% from January to March", "rose from 1 January", "was held from June 3 to June 9"); not an
# auxiliary, nor a move, whose old date may lie ahead ("was postponed from June 3 to June 9", "postponed the vote
# from December to March")
FROM_GOVERNED = re.compile(
    rf"\b(?!(?:{MOVED}|was|were|had|did)\b)(?:[a-z]+ed|{IRREGULAR_PAST})\s+(?:[\w%$.,'’-]+\s+){{0,3}}?"
    r"(?:from|between)\s+$",
    re.IGNORECASE,
)
# A state that went on until the expression has ended, so it has come: "the truce lasted until October", "he waited
# until March to announce" (not "the vote was postponed until October", which may lie ahead); one that went on from
# it has begun: "the ban ran from 1 April to 30 June", told in March, is last year's
LASTED = re.compile(
    r"\b(?:lasted|continued|stayed|remained|waited|served|lived|worked|ruled|reigned|persisted|survived|endured|fought"
    r"|ran|stretched|spanned|took\s+place|went\s+on)"
    r"\b(?:\s+[\w'’-]+){0,3}?\s+(?:until|till|through|into|from|between)\s+$",
    re.IGNORECASE,
)
# ", backed by the party", ", compared with 2005": a participle after the expression is no verb of its clause
PARTICIPLE_AFTER = re.compile(r",\s(?:(?-i:[a-z])\w+ed\s+by|compared\s+(?:with|to))\b")
# "the lift needed for": "needed" or "required" right after a noun its article opens, and "for", names what the noun
# serves, no deed of the clause ("hopes the debate gives her the lift needed for a win on Friday"); not "the board
# asked for"
NOUN_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?-i:[a-z])[\w-]*\s+$", re.IGNORECASE)
SERVING = re.compile(r"(?:needed|required)\s+for\b", re.IGNORECASE)
# "would be conditionally released": a passive with an adverb in it is no past
PASSIVE_ADVERB = re.compile(r"\b(?:be|being|been|is|are)\s+\w+ly\s+$", re.IGNORECASE)
# The state a thing is kept in or stays in, a participle and no past: "will keep the posts closed through Saturday",
# "would remain shut until Monday" (not "keep the files that arrived on Monday")
KEPT_STATE_BEFORE = re.compile(
    r"\b(?:keep|keeps|keeping|stay|stays|staying|remain|remains|remaining)\s+"
    r"(?:(?!(?:that|which|who|and|but|as|when|after|before)\b)[\w'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)
# ", signed in March,": a participle's aside that dates what its noun names, not the story
PARTICIPLE_ASIDE = re.compile(r",\s+(?-i:[a-z])\w+(?:ed|en)\s+(?:in|on|during)\s+$", re.IGNORECASE)
# "in March, a widely watched event": a participle after an article and an adverb modifies a noun
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
# A call or a choice to act, told in the past, before a day: "urged them to vote Tuesday", "voted on Friday to reopen
# the plant on Monday" (but "On Wednesday, Trump urged hackers to…" dates the call)
AIMED_AT = re.compile(rf"\bto\s+{_VERB}\w+\s+(?:the\s+)?$", re.IGNORECASE)  # "to influence the", not "to the"
CALLED_TO = re.compile(
    rf"\b(?:(?:{_DIRECTED})\s+(?:[\w'’-]+\s+){{1,3}}?|(?:{_DECIDED})\s+(?:[\w'’-]+\s+){{0,3}}?)to\s+{_VERB}",
    re.IGNORECASE,
)
# Past verbs whose object lies ahead of them
PROMISED = {
    "promised", "pledged", "vowed", "predicted", "forecast", "guaranteed", "proposed", "signalled", "signaled",
    "projected", "pencilled", "penciled", "warned", "threatened",
}
# Past verbs whose object lies ahead of them when they take it so, as read between the verb and the date: "called for a
# general strike on Thursday", "invited envoys to a meeting on Thursday", a push to another day, "the ban was
# extended until December 31", "extended the truce to the end of the month", "the launch slipped to no earlier than
# March", "the vote was pushed back to March", and a deadline, "gave the firm until the end of the month", "had until
# Friday to reply" (not "had troops there until May")
_OBJECT_UP_TO = r"\s+(?:[\w'’.-]+\s+){0,3}?"  # at most three words
_UNTIL_THE_DAY = re.compile(rf"{_OBJECT_UP_TO}(?:until|till|to)\s+(?:no\s+(?:earlier|later)\s+than\s+)?$")
_GIVEN_UNTIL = re.compile(rf"{_OBJECT_UP_TO}(?:until|till)\s+$")
# verbs that move a happening to another time, which is still to come however far off it lies: "the hearing was
# moved to Thursday", "brought forward to Tuesday", "adjourned until Monday", "rescheduled for Tuesday", "the vote was
# postponed until October" (told in December, next October), "put off until Tuesday"
MOVES = {"delayed", "deferred", "adjourned", "rescheduled", "pushed", "moved", "shifted", "slipped", "brought",
         "postponed", "put off", "put back"}  # fmt: skip
OBJECT_AHEAD = dict.fromkeys(MOVES | {"extended", "suspended", "prolonged"}, _UNTIL_THE_DAY) | {
    "called": re.compile(r"\s+for\b"),
    "invited": re.compile(r"\s+(?:[\w'’.-]+\s+){0,4}?to\s+(?:a|an|the)\b", re.IGNORECASE),
    "had": re.compile(r"\s+(?:until|till)\s+$"),
    "rescheduled": re.compile(rf"{_OBJECT_UP_TO}(?:until|till|to|for)\s+$"),
} | dict.fromkeys(("gave", "given", "granted", "allowed"), _GIVEN_UNTIL)
# A speech frame that ends the sentence ("…, the minister said on Monday.") dates the saying, not what it reports.
REPORTING_FRAME = re.compile(
    r",[^,.;]{0,40}?\b(?:said|says|told|added|announced|reported|wrote|writes|argued|argues|tweeted)\b"
    r"(?:\s+[\w'-]+){0,4}\W*$",
    re.IGNORECASE,
)
# The last "if", "unless", "what", "that", ", and then", ", but then", semicolon, colon or closed relative clause
# before an expression opens its clause: "promised reform if they take office in January", "one lesson is that the
# routes they plan to the conventions in July…", "a year that was already kind to them: the party has seats up in
# November", "the envoy, who arrived on Monday, leaves on Saturday", "if you look at what he said this week", "held up
# well, and then about May 1 it quit".
_RELATIVE = rf",\s+(?:who|which|where|{_PLAN}|expected\s+to)\b[^,]*"  # ", due to be held on…," too
# "that" opens no clause before a noun it points at: "will hit that mark on Tuesday"
_POINTED = r"number|figure|goal|mark|level|amount|point|day|night|week|month|year|time|date"
CLAUSE_OPENER = re.compile(
    rf"\b(?:if|unless|what|(?<!,\s)who|that(?!\s+(?:{_POINTED})\b))\b|;|(?<!\d):|{_RELATIVE},(?![^,]*\b(?:and|or)\b)"
    r"|,\s+(?:and|but)\s+then\b",
    re.IGNORECASE,
)
# Before a "that" that points at a noun and opens no clause: a preposition, or a verb that takes no clause after an
# auxiliary ("will keep that support in the fall", "after that meeting on Monday"; not "will say that", "hopes that")
_CLAUSE_VERBS = "|".join(sorted(SPEECH_VERBS | {  # and the verbs of thought, will and proof
    "think", "believe", "know", "hope", "expect", "ensure", "mean", "learn", "realize", "decide", "promise", "prove",
    "indicate", "recognize", "understand", "feel", "fear", "doubt", "guarantee", "assume", "see", "hear", "recommend",
    "require", "propose", "signal", "determine", "remember", "forget", "worry", "imagine", "accept", "vow", "pledge",
    "swear", "be",
}))  # fmt: skip
POINTING_THAT = re.compile(
    r"(?:\b(?:in|on|at|of|for|about|with|from|by|to|after|before|during|since|until|over|into|against|like)"
    r"|\b(?:will|would|could|can|may|might|must|should|shall|to|['’]ll)\s+(?:not\s+)?"
    rf"(?!(?:{_CLAUSE_VERBS})\b)[a-z]+)"
    r"\s+$",
    re.IGNORECASE,
)
# A speech frame set off by commas inside what was said, which dates the saying only: "Kasich, he said, can win in
# November", "the vote, Smith told reporters Monday, will be close"; not "In May, Trump said, “It's…”", which frames
# the quote after it
SPEECH_ASIDE = re.compile(
    r",\s+(?:[\w'’.-]+\s+){1,3}?(?:said|says|added|adds|wrote|writes|told\s+[\w'’-]+(?:\s+[\w'’-]+)?)"
    r"(?:\s+(?:on\s+)?\w+day)?,(?!\s*(?:''|``|[\"“]))",
    re.IGNORECASE,
)
# A relative clause on the noun an expression dates, right after it: "an essay in May, in which she urged…", "a day on
# Nov. 1 during which leaders will…"
RELATIVE_AFTER = re.compile(
    r",\s+(?:(?:in|at|during|on|for|after|before)\s+which|when|where)\b|\s+(?:in|at|during|on)\s+which\b", re.IGNORECASE
)
# A relative clause on the noun a date stands before: "the February debate that sank him", "the March vote which will"
NOUN_RELATIVE_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*)*\s+[a-z][\w-]*(?:\s+that|,?\s+which)\b")
# A relative clause set off by commas after the subject of a main clause: "Sanders, who had not endorsed, decided"
RELATIVE_ASIDE = re.compile(r"(?<=,\s)(?:who|which)\b[^,;:]{1,80},", re.IGNORECASE)
# An expression inside ", who …," or ", which …,": the main clause after the closing comma has its own tense.
RELATIVE_OPEN = re.compile(rf"{_RELATIVE}$")
# "told reporters Monday that he would…", "wants a deal in May but said…", "struggled on Sunday with how he
# would…", "…; talks resume", "winning in November is hard: they lost…", "detained him on Friday and would not
# say…", "play on Sunday in Colombo where they beat Zimbabwe": another clause, with its own tense.
CLAUSE_AFTER = re.compile(
    r"\b(?:that|but|whether|how|why|what|who|which|where)\b|[“\";]|(?<!\d):"
    r"|\band\s+(?:would|will|could|should|might|may)\b"
    r"|\band\s+(?-i:[a-z])\w+ed\b"  # "would declare it by March and suggested that…": another predicate
    r"|,\s+(?:saying|adding|telling|arguing|insisting|noting|warning|claiming|predicting)\b"  # what was said then
)
# A quote closed within a few words: "“Morning Desk,”", "“farewell address”"
SHORT_QUOTE = re.compile(r"“[^“”\"]{1,40}”|\"[^“”\"]{1,40}\"")
# A speech verb right before a day, with nothing quoted between: "she wrote on her campaign blog on Sunday"
_SPEECH_VERBS = r"said|says|told|wrote|writes|added|posted|tweeted"
SPOKEN_ON = re.compile(rf"\b(?:{_SPEECH_VERBS})\b[^“”\"'.;]{{0,40}}$", re.IGNORECASE)
# A day that dates a saying, by a speech verb or noun before it, for a quote in its sentence or the next: "spoke in
# Accra on Monday", "In a statement on Monday, she said, “…”"; not a day of what was said ("said that the strike
# began on Monday")
SPOKE_ON = re.compile(
    rf"\b(?:{_SPEECH_VERBS}|spoke|addressed|speech|interview|statement|briefing|remarks)\b"
    r"(?![^“”\"'.;]*\b(?:that|when|after|before|since)\b)[^“”\"'.;,]{0,30}$",
    re.IGNORECASE,
)
# or opens it with the day: "On Monday, the minister addressed parliament."
OPENING_ON = re.compile(r"\W*(?:on\s+)?", re.IGNORECASE)
_SPEAKER = r"(?:[\w'’.-]+\s+){1,4}?"  # a speaker named in one to four words: "she", "the foreign minister"
SAID_AFTER = re.compile(rf",?\s+{_SPEAKER}(?:said|told|spoke|addressed|wrote)\b", re.IGNORECASE)
# A quote's own frame, with no day: "“…,” she said.", "“…,” the minister added, “…”"
BARE_FRAME = re.compile(rf"(?:[”\"]|'')\s*,?\s+{_SPEAKER}(?:said|added|wrote|told\s+[\w'’-]+)\s*[.,]", re.IGNORECASE)
# What was said, without "that", right after the day: "told farmers this weekend he would weigh…"
REPORTED_SUBJECT = re.compile(r",?\s+(?-i:he|she|they|we|I|it|you)\s")
# A speech verb's participle right before the day dates the saying, not what follows: "joined the row, announcing
# on Wednesday she would veto the bill"
SAYING_BEFORE = re.compile(
    r"\b(?:saying|announcing|adding|telling(?:\s+\w+)?|arguing|insisting|noting|warning|claiming|declaring|predicting)"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
