"""Count events, not reports: reports of one event, in one document or many, become one event; quotes with
a speaker become STATEMENT events.

A report's participants become actors through the linked mentions inside their
words (a visit to a capital is a visit to its country, which hosts it); reports
with the same type, status, source and target actors and date are one event,
each report one evidence entry.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from ...types import Actor, Event, Place, Published, Quote, Report
from ..actors.link import GOV_WORDS
from ..actors.places import capital_of, city, fold, nationality, short_name
from ..quotes import wording
from ..time.when import after_published, compatible, timeline_key
from .lexicon import TOLD_SINCE, VERB_FORMS, polarity

Key = tuple[str, str, tuple[str, ...], tuple[str, ...], str | None]
Said = tuple[str, str, tuple[str, ...], str | None]  # a statement: document, speaker, the actors spoken of, date
Day = tuple[str | None, str | None, str | None]  # the contract's when: value, precision, the words it came from
VISIT = "CONSULT/visit"
PHRASE_WORDS = 16  # an event's summary quotes its report up to this many words, else names its actors
STRAY = " •·,;:–—-"
SAME_WORDS = 4  # a speaker's quote in as many words or more, word for word, is one statement wherever told
# Events whose sides can be told either way round: "Ethiopia signed a deal with Somaliland", "Somaliland's leader
# signed it with Ethiopia"
MUTUAL = {"AGREE", "CONSULT", "CONSULT/meet", "COOPERATE", "COOPERATE/economic"}
PARAGRAPH_BREAK = re.compile(r"\n\s*")  # a blank line or a single line break, as texts set paragraphs apart
STORY_TIMES = {"day", "week", "month"}  # the dates a story is told on, which what it tells next shares
PRONOUNS = {"it", "he", "she", "they", "we", "i", "that", "which", "who", "whom", "its", "his", "her", "their", "our"}
# The posts of a polity's government that a role names it with: "Somaliland's leader", "the president of Puntland"
POLITY_POSTS = GOV_WORDS | {"leader"}
OUT_OF_POWER = {"opposition", "rebel", "exiled"}  # "Somaliland's opposition leader" speaks for no government
# A party called only by what it is, a polity within or split from a country, named before: "signed with the
# region", "talks with the breakaway territory"
REGION_WORDS = r"(?:(?:breakaway|self-declared|semi-autonomous|autonomous|separatist)\s+)*(?:region|territory|enclave)"
THE_REGION = re.compile(rf"\bthe\s+(?:{REGION_WORDS})$", re.IGNORECASE)
REGION_SPAN = re.compile(rf"(?:the\s+)?{REGION_WORDS}", re.IGNORECASE)
REGION_REACH = 300  # how many characters before such words the polity may be named


@dataclass
class _Told:
    """An event as its reports are gathered: the key of the first, the reports, its sides (the first report's, a
    side it leaves out filled by later ones) and whether the first is told as of its document's day: dated by it
    alone ("signs") or done before it ("has signed")."""

    key: Key
    reports: list[tuple[str, str, Report]]
    sides: tuple[set[str], set[str]]
    now: bool


def merge(reports: list[tuple[str, str, Report]], actors: list[Actor],
          dates: dict[str, Published] | None = None) -> list[Event]:  # fmt: skip
    """Events from (document id, document text, report) triples and the linked actors, in date order; ``dates``,
    the documents' own, keep a report of what was done from an event dated after its document."""
    index = mention_index(actors)
    names = {a.id: a.name for a in actors}
    countries = _countries(actors)
    hosts = _hosts(actors, countries)
    officials = standing(actors)
    regions = {a.id for a in actors if a.type == "GPE" and not a.country and not city(a.name)}
    dates = dates or {}
    told: list[_Told] = []
    kinds: dict[tuple[str, str], list[_Told]] = defaultdict(list)  # the events so far, by type and status
    keyed = _keyed(reports, index, countries, regions, hosts, officials, dates)
    for doc, text, report, key in sorted(keyed, key=_lead):
        sources, targets = list(key[2]), list(key[3])
        now = _verb(text, report) and (report.perfect or report.when_value is not None and report.when_text is None)
        published = dates.get(doc, Published())
        same = [e for e in kinds[key[:2]] if _same_event(e.key, key, officials, (e.now, now))
                and not _loosely_told(e, (doc, text, report, key), officials, now)
                and not _told_too_soon(e.key, key, published)]
        if same:
            event = min(same, key=lambda e: _closeness(e, key, doc))
        else:
            event = _Told(key, [], (set(sources), set(targets)), now)
            told.append(event)
            kinds[key[:2]].append(event)
        event.reports.append((doc, text, report))
        # a side the first report leaves out, from a report that names the other side alike ("Somalia expels" in a
        # dated list, "Mogadishu expelled Ethiopia's ambassador" in a story); not from one that names it otherwise
        if not event.key[3] and tuple(sources) == event.key[2]:
            event.sides[1].update(targets)
        if not event.key[2] and tuple(targets) == event.key[3]:
            event.sides[0].update(sources)
    named = mention_index(actors, pronouns=False)
    keys: set[Key] = set()  # an event told apart from another with the same key takes its document into its id
    events = []
    for event in told:
        seed = repr(event.key) if event.key not in keys else repr((event.key, event.reports[0][0]))
        keys.add(event.key)
        events.append(_event(event, seed, names, named[event.reports[0][0]]))
    return sorted(events, key=lambda e: (timeline_key(e.when_value), e.id))


def _countries(actors: list[Actor]) -> dict[str, str]:
    """The actor that is each country (by its ISO code), among those linked."""
    return {a.country: a.id for a in actors if a.type == "GPE" and a.country and a.name == short_name(a.country)}


def standing(actors: list[Actor]) -> dict[str, str]:
    """Each official of a government and the polity they serve: a person with a post (``sector`` GOV) of a country
    ("Prime Minister Abiy Ahmed signed" tells Ethiopia's signing), or with a role that names a polity without a
    country code, one that acts as a government ("Somaliland's leader, Muse Bihi Abdi, signed" tells
    Somaliland's)."""
    countries = _countries(actors)
    polities = {fold(a.name): a.id for a in actors if a.type == "GPE" and a.sector == "GOV" and not a.country}
    served = {}
    for actor in actors:
        if actor.type != "PERSON":
            continue
        if actor.sector == "GOV" and actor.country in countries:
            served[actor.id] = countries[actor.country]
        elif polity := _polity_of(actor.roles, polities):
            served[actor.id] = polity
    return served


def _polity_of(roles: list[str], polities: dict[str, str]) -> str | None:
    """The polity a role names with a post of its government ("Somaliland's leader"), if one does."""
    for role in roles:
        folded = fold(role)
        words = set(re.findall(r"[a-z]+", folded))
        if words & POLITY_POSTS and not words & OUT_OF_POWER:
            named = [p for name, p in polities.items() if re.search(rf"\b{re.escape(name)}\b", folded)]
            if len(named) == 1:
                return named[0]
    return None


def _loosely_told(event: _Told, told: tuple[str, str, Report, Key], officials: dict[str, str], now: bool) -> bool:
    """Whether a report and an event told only in other documents are too loosely told to be one. Each that no day
    or week of its own words dates must name the doer and another party, and where either has no date at all, both
    must; the report must then fit all the sides the event's reports name, and the actors of one be among the
    other's ("Kenya and Tanzania agreed" is no deal of Kenya's with Uganda). "Trump has attacked loopholes", dated by
    its document, "Trump called for lower taxes", undated, or "Schlafly backed Trump in 2016" fits many a deed told
    elsewhere. Not where the report tells it in the same sentence as one of the event's (a copy of a story) or by
    the same event noun with the same one acted upon ("the invasion of Ukraine")."""
    doc, text, report, key = told
    if any(d == doc for d, _, _ in event.reports):
        return False
    word, sentence = _trigger_word(text, report), _sentence(text, report)
    noun = word not in VERB_FORMS and bool(key[3] and event.key[3])
    if any(_sentence(t, r) == sentence or noun and _trigger_word(t, r) == word for _, t, r in event.reports):
        return False
    undated = key[4] is None or event.key[4] is None  # a perfect is told as of its document's day
    own = _own_day(report) and not undated
    theirs = any(_own_day(r) for _, _, r in event.reports) and not undated
    if own and theirs:
        return False
    known = (*event.key[:2], tuple(sorted(event.sides[0])), tuple(sorted(event.sides[1])), event.key[4])
    named = (own or _parties(key)) and (theirs or bool(event.key[2]) and _parties(known))
    mine, its = (set(k[2] + k[3]) for k in (_standing(key, officials), _standing(known, officials)))
    nested = mine <= its or its <= mine
    return not (named and nested and _same_event(known, key, officials, (event.now, now)))


def _own_day(report: Report) -> bool:
    """Whether a report's own words date it by a day or a week: "in 2016" fits many a deed of the year."""
    return report.when_text is not None and report.when_precision in ("day", "week")


def _told_too_soon(event: Key, key: Key, published: Published) -> bool:
    """Whether an event lies wholly after the day the document of a report of what was done was published: "a day
    after Ethiopia and Somalia agreed", told in December, is no agreement of January."""
    return key[1] == "occurred" and not published.inferred and after_published(event[4], published)


def _trigger_word(text: str, report: Report) -> str:
    return text[report.trigger_start : report.trigger_end].lower()


def _sentence(text: str, report: Report) -> str:
    return " ".join(text[report.sentence_start : report.sentence_end].split())


def _parties(key: Key) -> bool:
    """Whether an event's sides name the doer and another party: a target, or a second doer of a mutual event."""
    return bool(key[2]) and (bool(key[3]) or key[0] in MUTUAL and len(key[2]) > 1)


def _closeness(event: _Told, key: Key, doc: str) -> tuple[bool, int]:
    """How close an event that a report fits is to it, closest first: one told in the report's own document, then
    one sharing more of its actors ("its memorandum with Ethiopia remained valid", undated, fits every agreement
    with Ethiopia)."""
    return all(d != doc for d, _, _ in event.reports), -len(set(event.key[2] + event.key[3]) & set(key[2] + key[3]))


def _keyed(reports: list[tuple[str, str, Report]], index: dict[str, list[tuple[int, int, str]]],
           countries: dict[str, str], regions: set[str], hosts: dict[str, str], officials: dict[str, str],
           dates: dict[str, Published]) -> list[tuple[str, str, Report, Key]]:  # fmt: skip
    """The reports that name an actor, each with its key: type, status, source and target actors, date. A report
    told in the perfect ("has signed") is undated, but compared as of its document's day (``dates``), in the days
    before which the deed was done; it dates no event."""
    keyed = []
    for doc, text, report in reports:
        sources, targets = ((_actors(index[doc], spans) or _nationals(text, spans, countries)
                             or _region_told(text, spans, index[doc], regions))
                            for spans in (report.sources, report.targets))  # fmt: skip
        targets = [a for a in targets if a not in sources]
        if report.type == VISIT:
            targets = sorted({hosts.get(a, a) for a in targets} - set(sources))
        if sources or targets:  # else no actor named: nothing to put on a timeline
            day = dates.get(doc, Published()).value if report.perfect else report.when_value
            keyed.append((doc, text, report, (report.type, report.status, tuple(sources), tuple(targets), day)))
    return _narrated(keyed, officials)


def _narrated(keyed: list[tuple[str, str, Report, Key]],
              officials: dict[str, str]) -> list[tuple[str, str, Report, Key]]:  # fmt: skip
    """The reports with a story's time given to what its actors did next: an undated report told as the story goes
    on (``Report.narrative``), in the paragraph of the last report its document dates by a day, week or month of
    its own words or the one after, whose doer is one of that report's actors or an official of one of their
    countries (``officials``), takes that date and its words ("On 4 June Fidan arrived in Mogadishu. | He met the
    president"; "Somalia and Ethiopia agreed on Saturday. | Hassan Sheikh Mohamud held talks with Abiy Ahmed"). Only
    what the story itself tells sets its date, not a clause beside it ("ending a rift that began when Mogadishu
    expelled the envoy last April"); a date of another precision ends the story."""
    found = []
    story: tuple[str, Report, set[str]] | None = None  # (document, its latest dated report, the actors in it)
    for doc, text, report, key in keyed:
        if story is not None and story[0] != doc:
            story = None
        if report.when_text is not None and report.narrative:
            story = (doc, report, set(key[2] + key[3])) if report.when_precision in STORY_TIMES else None
        elif report.narrative and report.when_value is None and story is not None:
            told = story[1]
            doers = _serving(key[2], officials) & _serving(story[2], officials)
            if doers and len(PARAGRAPH_BREAK.findall(text, told.sentence_end, report.sentence_start)) <= 1:
                report = replace(report, when_value=told.when_value, when_precision=told.when_precision,
                                 when_text=told.when_text)  # fmt: skip
                key = (*key[:4], report.when_value)
                story = (doc, report, story[2] | set(key[2] + key[3]))
        found.append((doc, text, report, key))
    return found


def _serving(actors: Iterable[str], officials: dict[str, str]) -> set[str]:
    """Actors with the countries their officials serve."""
    return set(actors) | {officials[a] for a in actors if a in officials}


def _lead(keyed: tuple[str, str, Report, Key]) -> tuple[int, bool, bool]:
    """Which report of an event tells it first: the most precise date, then one naming both sides, then a date of
    its own words before one its document gives."""
    report, key = keyed[2], keyed[3]
    return -len(key[4] or ""), not (key[2] and key[3]), report.when_text is None


def _verb(text: str, report: Report) -> bool:
    """Whether a report's trigger is a verb's form ("has signed"), not an event noun ("our agreement … has not
    been cancelled" names an older one)."""
    return _trigger_word(text, report) in VERB_FORMS


def _hosts(actors: list[Actor], countries: dict[str, str]) -> dict[str, str]:
    """Capitals (as places) and the country actors that host a visit to them: "a visit to Cairo" is Egypt's."""
    capitals = {a.id: capital_of(a.name) for a in actors if a.type == "GPE" and not a.country}
    return {place: countries[code] for place, code in capitals.items() if code in countries}


def _region_told(text: str, spans: list[tuple[int, int]], mentions: list[tuple[int, int, str]],
                 regions: set[str]) -> list[str]:  # fmt: skip
    """For a participant called only "the region" or "the breakaway territory", the polity within or split from a
    country (``regions``) named last before it, not far back: "did not mention Somaliland or the memorandum Ethiopia
    signed with the region"."""
    for start, end in spans:
        if REGION_SPAN.fullmatch(text, start, end) and THE_REGION.search(text, max(0, start - 60), end):
            named = [(s, actor) for s, e, actor in mentions
                     if actor in regions and start - REGION_REACH <= s < e <= start]  # fmt: skip
            if named:
                return [max(named)[1]]
    return []


def _nationals(text: str, spans: list[tuple[int, int]], countries: dict[str, str]) -> list[str]:
    """For participants no actor is named in, the country their nationality word gives ("Russian ministries")."""
    found = []
    for start, end in spans:
        for word in text[start:end].split():
            country = countries.get(nationality(word) or "")
            if country and country not in found:
                found.append(country)
                break
    return sorted(found)


def statements(quotes: list[tuple[str, Quote]], actors: list[Actor], dates: dict[str, Published]) -> list[Event]:
    """STATEMENT events: what each speaker said about whom (a place that is only where things happen is no one),
    dated by the words that attribute it ("said on Tuesday"), else by the document; one per speaker, document, date
    and set of actors spoken of, with each quote as evidence. A speaker's same words in several documents (a copy,
    a wire story other outlets ran) are one statement, dated by the earliest of them."""
    index = mention_index(actors)
    names = {a.id: a.name for a in actors}
    places = {a.id for a in actors if a.type in ("GPE", "LOC") and not a.country and not a.sector}
    grouped: dict[Said, list[Place]] = defaultdict(list)
    spoken_on: dict[Said, Day] = {}
    for (doc, quote), day in zip(quotes, _speech_days(quotes, dates)):
        if quote.speaker is None:
            continue
        spoken = _actors(index[doc], [(quote.start, quote.end)], every=True)
        about = tuple(a for a in spoken if a != quote.speaker and a not in places)
        key = (doc, quote.speaker, about, day[0])
        grouped[key].append(Place(doc, quote.start, quote.end, " ".join(quote.text.split())))
        spoken_on.setdefault(key, day)
    events = []
    for (doc, speaker, _, _), joined in _said_again(grouped).items():
        about = tuple(sorted({a for key in joined for a in key[2]}))
        summary = f"{names[speaker]} on {' and '.join(names[a] for a in about)}" if about else f"{names[speaker]} said"
        key = ("STATEMENT", *joined[0])
        events.append(Event("v" + hashlib.sha1(repr(key).encode()).hexdigest()[:10], "STATEMENT", summary, "occurred",
                            "neutral", 0, [speaker], list(about), *spoken_on[joined[0]],
                            [p for k in joined for p in grouped[k]]))  # fmt: skip
    return events


def _speech_days(quotes: list[tuple[str, Quote]], dates: dict[str, Published]) -> list[Day]:
    """Each quote's date: its own words' ("said on Tuesday"), else that of the same speaker's nearest quote in its
    document with such words, the one before first ('Fidan said on Tuesday …; "…," he added' is one speech), else
    its document's (a "says" is dated by it too, with no words of its own). A speech told in the perfect ("has
    said") was made at some time before the writing: it has no date but its own words'."""
    dated: dict[tuple[str, str | None], list[int]] = defaultdict(list)  # (document, speaker) -> quotes with a date
    for i, (doc, quote) in enumerate(quotes):
        if quote.when_text and quote.speaker is not None:
            dated[(doc, quote.speaker)].append(i)
    days: list[Day] = []
    for i, (doc, quote) in enumerate(quotes):
        own = dated.get((doc, quote.speaker))
        if quote.perfect:
            days.append((None, None, None))
        elif own:
            nearest = quotes[min(own, key=lambda j: (abs(j - i), j > i))][1]
            days.append((nearest.when_value, nearest.when_precision, nearest.when_text))
        else:
            published = dates.get(doc, Published())
            days.append((published.value, published.precision, None))
    return days


def _said_again(grouped: dict[Said, list[Place]]) -> dict[Said, list[Said]]:
    """The statements by the earliest told (its own key first), with those of later documents that give one of its
    quotes in the same words (at least ``SAME_WORDS`` of them)."""
    first: dict[tuple[str, str], Said] = {}  # (speaker, words) -> the statement
    joined: dict[Said, list[Said]] = {}
    for key in sorted(grouped, key=lambda k: (timeline_key(k[3]), k[:3])):
        said = {(key[1], w) for w in (wording(p.text) for p in grouped[key]) if w.count(" ") + 1 >= SAME_WORDS}
        earlier = next((first[s] for s in sorted(said) if s in first and first[s][0] != key[0]), None)
        owner = earlier or key
        joined.setdefault(owner, [owner]).extend([key] if earlier else [])
        for s in said:
            first.setdefault(s, owner)
    return joined


def _standing(key: Key, officials: dict[str, str]) -> Key:
    """An event's key with each official in the place of the country they serve (``officials``, from ``standing``)."""
    sources = tuple(sorted({officials.get(a, a) for a in key[2]}))
    return key[0], key[1], sources, tuple(sorted({officials.get(a, a) for a in key[3]} - set(sources))), key[4]


def _same_event(first: Key, second: Key, officials: dict[str, str], told_now: tuple[bool, bool]) -> bool:
    """Whether two reports can tell of one event: same type and status, actors that fit (one report may leave a
    side unnamed, or name part of it) with one in common on the same side, and dates that fit. Where both are
    dated, an official may stand for the country they serve (``officials``) and a mutual event's sides may be told
    either way round. ``told_now`` says for each whether its date is its document's ("signs", "has signed")."""
    if first[:2] != second[:2]:
        return False
    if first[4] and second[4]:
        first, second = _standing(first, officials), _standing(second, officials)
    mutual = first[0] in MUTUAL and bool(first[4] and second[4])
    sides = _fit([(first[2], second[2]), (first[3], second[3])])
    sides = sides or mutual and _fit([(first[2] + first[3], second[2] + second[3])])
    return sides and (compatible(first[4], second[4]) or _told_since(first[4], second[4], told_now))


def _fit(pairs: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> bool:
    """Whether each pair of sides fits (one unnamed, or one part of the other) and one actor is named on the same
    side by both: "Obama called for lower taxes" and "Schiff called on Obama" share none."""
    fits = all(not a or not b or set(a) <= set(b) or set(b) <= set(a) for a, b in pairs)
    return fits and any(set(a) & set(b) for a, b in pairs)


def _told_since(first: str | None, second: str | None, told_now: tuple[bool, bool]) -> bool:
    """Whether one date is a document's, for an event it tells in the present ("has signed"), and the other a day in
    the week before it."""
    if told_now[0] == told_now[1] or not first or not second:
        return False
    now, told = (first, second) if told_now[0] else (second, first)
    if len(now) != 10 or len(told) != 10:
        return False
    return 0 <= (date.fromisoformat(now) - date.fromisoformat(told)).days <= TOLD_SINCE


def mention_index(actors: list[Actor], pronouns: bool = True) -> dict[str, list[tuple[int, int, str]]]:
    index: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for actor in actors:
        for m in actor.mentions:
            if pronouns or m.label != "PRON":
                index[m.doc].append((m.start, m.end, actor.id))
    return index


def _actors(mentions: list[tuple[int, int, str]], spans: list[tuple[int, int]], every: bool = False) -> list[str]:
    """The actors named inside the participants' words: one per participant (the last named, its head, as in
    "Taliban spokesman Zabihullah Mujahid"), or ``every`` one named."""
    found: list[str] = []
    for start, end in spans:
        inside = [actor for _, actor in sorted((s, actor) for s, e, actor in mentions if s < end and start < e)]
        for actor in inside if every else inside[-1:]:
            if actor not in found:
                found.append(actor)
    return sorted(found)


def _phrase(text: str, report: Report, actors: tuple[str, ...], named: list[tuple[int, int, str]]) -> str | None:
    """The words of the report that tell the event, from the first participant or the trigger to the last ("Ankara
    hosted the first round of talks between Ethiopia and Somalia"), a name they cut into whole. None where they run
    past ``PHRASE_WORDS``, open on a pronoun ("it recognised …", "that Egypt and Somalia signed") or leave out the
    name of one of the event's ``actors`` ("He held talks …", "a visit to Cairo" as Egypt's)."""
    spans = [(report.trigger_start, report.trigger_end), *report.sources, *report.targets]
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    start = min([start] + [s for s, e, _ in named if s < start < e])  # "Muse Bihi Abdi, who signed …"
    words = text[start:end].split()
    inside = {actor for s, e, actor in named if start <= s and e <= end}
    if len(words) > PHRASE_WORDS or words[0].lower() in PRONOUNS or not set(actors) <= inside:
        return None
    return " ".join(words).strip(STRAY)  # a bullet or a comma the parse took in at either end


def _event(told: _Told, seed: str, names: dict[str, str], named: list[tuple[int, int, str]]) -> Event:
    """One event from its reports: the first (the most precise date) tells it; its id is the hash of ``seed``."""
    kind, status = told.key[:2]
    sources, targets = tuple(sorted(told.sides[0])), tuple(sorted(told.sides[1] - told.sides[0]))
    doc, text, first = told.reports[0]
    # the most precise date the words give, before one the document gives ("has signed" beside "on Monday")
    dating = min((r for _, _, r in told.reports), key=lambda r: (-len(r.when_value or ""), r.when_text is None))
    trigger = text[first.trigger_start : first.trigger_end]
    summary = _phrase(text, first, sources + targets, named) or " ".join(
        p for p in (" and ".join(names[s] for s in sources), trigger, " and ".join(names[t] for t in targets)) if p
    )
    evidence = sorted({Place(d, r.sentence_start, r.sentence_end, _sentence(t, r)) for d, t, r in told.reports},
                      key=lambda p: (p.doc, p.start))  # fmt: skip
    event_id = "v" + hashlib.sha1(seed.encode()).hexdigest()[:10]
    return Event(event_id, kind, summary, status, polarity(kind), first.intensity, list(sources), list(targets),
                 dating.when_value, dating.when_precision, dating.when_text, evidence)  # fmt: skip
