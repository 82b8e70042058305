"""Link: every mention in every document to one canonical actor, or to none rather than a guess.

Countries are one actor under all their names, their capitals when these act
("Moscow has …", not "flew to Moscow") and their seats of power ("the Kremlin").
People merge by full name (and the curated table's spellings); a surname alone,
or "Mr" and a surname, joins the one person with that surname in its document,
else in the corpus, and stays an actor of its own when two people share it.
Descriptions ("the former defence minister") join the one person of their
document whose posts, stated or curated, fit them; a pronoun joins the person
it refers back to in its paragraph, and another name a person or a group is
known by ("…, known as Irro") joins them wherever it is used.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from ...types import Actor, Mention, Place
from .known import Known, known, known_actors
from .mentions import PRONOUNS, ROLE_NOUNS, strip_honorific
from .places import capital_of, country_named, fold, nationality, seat_of_power, short_name, world_region

GOV_WORDS = {"minister", "president", "premier", "chancellor", "ambassador", "envoy", "diplomat", "spokesman",
             "spokeswoman", "spokesperson", "secretary", "official", "governor", "mayor", "king", "queen", "emir",
             "negotiator", "representative", "ruler", "prime"}  # fmt: skip
MIL_WORDS = {"general", "commander", "colonel", "admiral", "marshal", "army", "military"}
# What a described post may be called in a curated or stated post.
SYNONYMS = {"defense": "defence", "leader": "president|prime minister|leader|ruler|supreme leader|king",
            "premier": "prime minister|premier", "spokesperson": "spokes", "spokesman": "spokes",
            "spokeswoman": "spokes"}  # fmt: skip
POLITICAL_LABELS = {"GPE", "LOC", "NORP"}
MIDDLE_INITIAL = re.compile(r" [a-z]\. ")
FULL_NAME_WORDS = 3  # a person's name this long is no firm's or place's, in any document


@dataclass(frozen=True)
class Occurrence:
    """A mention where it occurs: its document and that document's date."""

    doc: str
    day: str | None
    mention: Mention


def link(documents: list[tuple[str, str | None, list[Mention]]]) -> list[Actor]:
    """The actors of a corpus given as (document id, document date, mentions), most mentioned first."""
    groups: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
    deferred: list[Occurrence] = []
    persons_by_doc = _person_names(documents)
    # a person's full name of three words or more is theirs in any document, whatever NER called it there ("the
    # incumbent, Muse Bihi Abdi, who signed" taken for an organisation); a shorter one may name a firm too
    full = {name for names in persons_by_doc.values() for name in names if len(name.split()) >= FULL_NAME_WORDS}
    for doc, day, mentions in documents:
        for mention in mentions:
            occurrence = Occurrence(doc, day, mention)
            key = _key(mention, persons_by_doc[doc], full)
            (groups[key].append(occurrence) if key else deferred.append(occurrence))
    _merge_partial_names(groups)
    people = People(groups)
    for occurrence in [o for o in deferred if o.mention.label != "PRON"]:
        key = _resolve(occurrence, groups, people)
        if key:
            groups[key].append(occurrence)
            people.add(key, occurrence.doc)
    _pronouns([o for o in deferred if o.mention.label == "PRON"], groups)
    _other_names(groups)
    actors = [_actor(key, occurrences) for key, occurrences in groups.items()]
    return sorted(actors, key=lambda a: (-len(a.mentions), a.name))


def _person_names(documents: list[tuple[str, str | None, list[Mention]]]) -> dict[str, set[str]]:
    """The full names of people in each document (folded), to catch their other uses that NER labelled otherwise."""
    names: dict[str, set[str]] = defaultdict(set)
    for doc, _, mentions in documents:
        names[doc] |= {fold(strip_honorific(m.text)) for m in mentions if m.label == "PERSON"}
    return {doc: {n for n in full if " " in n} for doc, full in names.items()}


def _part_of_a_name(name: str, full_names: set[str]) -> bool:
    """Whether ``name`` ends a person's full name of the document ("Shoigu", "Ghani Baradar")."""
    return any(full.endswith(" " + name) for full in full_names)


def _key(mention: Mention, full_names: set[str], people: set[str]) -> tuple[str, str] | None:
    """The group a mention belongs to on its own, or None when only the rest of the corpus can tell: ``full_names``
    are the people's full names in its document, ``people`` those long enough to be a person's in any."""
    name = strip_honorific(mention.text)
    curated = known(mention.text) or known(name)
    if curated:
        return ("known", curated.name)
    if mention.label == "DESC":
        return None
    if mention.label != "NORP" and world_region(name):
        return ("place", fold(name))  # "the Horn of Africa", whatever NER called it
    words, folded = name.split(), fold(name)
    if folded in people:
        return ("person", folded)
    part_of_a_name = _part_of_a_name(folded, full_names)
    if (mention.label == "PERSON" and len(words) == 1 and not part_of_a_name or mention.label == "ORG") and (
        _names_a_place(name)
    ):
        return _place_key(mention, name)  # "Somali", "Mogadishu" taken for a person, "Djibouti" for an organisation
    if mention.label == "PERSON" or part_of_a_name:
        return ("person", folded) if len(words) >= 2 else None
    if mention.label in POLITICAL_LABELS and not (len(words) >= 2 and _curated_by_ending(folded)):
        return _place_key(mention, name)
    if len(words) >= 2:
        curated = _curated_by_ending(folded)
        if curated:
            return curated  # "Ghani Baradar", the end of a curated person's name, whatever NER called it
    if mention.label == "ORG":
        return ("org", folded)
    return None


def _curated_by_ending(name: str) -> tuple[str, str] | None:
    endings = [k for k in _curated_people() if fold(k[1]).endswith(" " + name)]
    return endings[0] if len(endings) == 1 else None


def _names_a_place(name: str) -> bool:
    return any(f(name) for f in (country_named, nationality, capital_of, seat_of_power))


def _place_key(mention: Mention, name: str) -> tuple[str, str]:
    country = country_named(name)
    if country:
        return ("country", country)
    seat = seat_of_power(name)
    if seat:
        return ("country", seat[0])
    capital = capital_of(name)
    if capital and mention.political:
        return ("country", capital)
    people = nationality(name)
    if people:
        return ("people", people)
    return ("place", fold(name))


def _merge_partial_names(groups: dict[tuple[str, str], list[Occurrence]]) -> None:
    """A name that ends another, longer name of its document ("Ghani Baradar", "Abdul Ghani Baradar") is that
    person; so is a name with a middle initial ("Donald J. Trump") where the name without it is in the corpus."""
    people = {fold(key[1]): key for key in groups if key[0] in ("person", "known")}
    for key in [k for k in groups if k[0] == "person"]:
        plain = MIDDLE_INITIAL.sub(" ", key[1])
        if plain != key[1] and people.get(plain) in groups:
            groups[people[plain]] += groups.pop(key)
    for key in [k for k in groups if k[0] == "person"]:
        longer = [full for name, full in people.items() if name != key[1] and name.endswith(" " + key[1])]
        docs = {o.doc for o in groups[key]}
        longer = [full for full in longer if docs & {o.doc for o in groups[full]}]
        if len(longer) == 1:
            groups[longer[0]] += groups.pop(key)


def _pronouns(pronouns: list[Occurrence], groups: dict[tuple[str, str], list[Occurrence]]) -> None:
    """A pronoun joins the actor of the mention it refers back to, when that mention found one of its kind ("he" a
    person, "it" a country or a group)."""
    owner = {(o.doc, o.mention.start): key for key, occurrences in groups.items() for o in occurrences}
    for pronoun in pronouns:
        key = owner.get((pronoun.doc, pronoun.mention.antecedent))  # type: ignore[arg-type]
        if key and (_type(key, groups[key]) == "PERSON") == (pronoun.mention.text.lower() in PRONOUNS):
            groups[key].append(pronoun)


def _other_names(groups: dict[tuple[str, str], list[Occurrence]]) -> None:
    """A name given as another name of a person or an organisation ("Abdirahman Mohamed Abdullahi, known as Irro",
    "Islamic State, also known as ISIS") joins that actor, with every other use of it in the corpus."""
    owner = {(o.doc, o.mention.start): key for key, occurrences in groups.items() for o in occurrences}
    for key in list(groups):
        alias = next((o for o in groups.get(key, []) if o.mention.label in ("PERSON", "ORG")
                      and o.mention.antecedent is not None), None)  # fmt: skip
        target = owner.get((alias.doc, alias.mention.antecedent)) if alias else None
        if target is None or target == key or target not in groups:
            continue
        if _type(target, groups[target]) != _type(key, groups[key]):
            continue
        for o in groups[key]:
            owner[(o.doc, o.mention.start)] = target
        groups[target] += groups.pop(key)


class People:
    """Where the people of the corpus are: by first name or surname, and by document."""

    def __init__(self, groups: dict[tuple[str, str], list[Occurrence]]) -> None:
        self.by_word: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.by_doc: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for key, occurrences in groups.items():
            if key[0] in ("person", "known"):
                for word in _name_ends(key):
                    self.by_word[word].add(key)
                for o in occurrences:
                    self.add(key, o.doc)

    def add(self, key: tuple[str, str], doc: str) -> None:
        if key[0] in ("person", "known", "surname") and _name_ends(key) != ("", ""):
            self.by_doc[doc].add(key)


def _resolve(
    occurrence: Occurrence, groups: dict[tuple[str, str], list[Occurrence]], index: People
) -> tuple[str, str] | None:
    mention = occurrence.mention
    if mention.label == "DESC":
        return _described(occurrence, groups, index)
    word = fold(strip_honorific(mention.text))
    people = sorted(index.by_word.get(word, ()))
    here = [k for k in people if k in index.by_doc[occurrence.doc]]
    if len(here) == 1:
        return here[0]  # the one person of this document with that first name or surname
    if not here:
        everyone = set(people) | {k for k in _curated_people() if word in _name_ends(k)}
        fitting = [k for k in everyone if mention.role
                   and _fits(re.findall(r"[a-z]+", fold(mention.role)), k, groups.get(k, []), occurrence.day)]  # fmt: skip
        if len(fitting) == 1:
            return fitting[0]  # the one person of that name whose posts fit the one stated beside it
        if len(everyone) == 1 and word == _name_ends(next(iter(everyone)))[1]:
            return next(iter(everyone))  # the only person in the corpus, or the curated table, with that name
    return ("surname", word)


def _name_ends(key: tuple[str, str]) -> tuple[str, str]:
    """The first name and surname of a person's group key; empty for groups that are no person."""
    if key[0] == "known":
        curated = known(key[1])
        if curated is None or curated.type != "PERSON":
            return ("", "")
        words = fold(curated.name).split()
    elif key[0] in ("person", "surname"):
        words = key[1].split()
    else:
        return ("", "")
    return (words[0], words[-1])


def _curated_people() -> list[tuple[str, str]]:
    return [("known", k.name) for k in known_actors() if k.type == "PERSON"]


def _described(
    occurrence: Occurrence, groups: dict[tuple[str, str], list[Occurrence]], index: People
) -> tuple[str, str] | None:
    """The one person of the description's document whose posts fit it; the nearest before it when several do."""
    words = re.findall(r"[a-z]+", fold(occurrence.mention.text))
    candidates = []
    for key in sorted(index.by_doc[occurrence.doc]):
        occurrences = groups[key]
        # named before it, or right after it in apposition ("the special envoy, Zamir Kabulov")
        reach = occurrence.mention.end + 3
        before = [o for o in occurrences if o.doc == occurrence.doc and o.mention.start <= reach]
        if before and _fits(words, key, occurrences, occurrence.day):
            candidates.append((max(o.mention.start for o in before), key))
    if not candidates:
        return None
    return max(candidates)[1]


def _fits(words: list[str], key: tuple[str, str], occurrences: list[Occurrence], day: str | None) -> bool:
    curated = known(key[1]) if key[0] == "known" else None
    if curated is not None and curated.type != "PERSON":
        return False
    former = "former" in words
    posts = [o.mention.role for o in occurrences if o.mention.role]
    if curated:
        posts += [p.title for p in curated.posts if (p.end is not None and (day is None or p.end <= day)) == former]
    country = curated.country if curated else _country_in(posts)
    qualifiers = [w for w in words if w not in ("the", "former", "powerful", "then", "new", "top", "senior")]
    places = {nationality(w) or country_named(w) or (seat_of_power(w) or (None,))[0] for w in qualifiers} - {None}
    if places and country not in places:
        return False  # "the former Afghan president" is no Russian
    post_words = [w for w in qualifiers if w in ROLE_NOUNS or w in ("defense", "defence", "foreign", "interior")]
    text = " ".join(fold(p) for p in posts)
    if not post_words:
        return False
    if post_words == ["official"]:
        return bool(posts) or (curated is not None and curated.sector == "GOV")
    return all(re.search(SYNONYMS.get(w, w).replace("defence", "defen[cs]e"), text) for w in post_words)


def _country_in(posts: list[str]) -> str | None:
    for post in posts:
        for word in re.findall(r"[\w']+", post):
            place = country_named(word) or nationality(word)
            if place:
                return place
    return None


def _actor(key: tuple[str, str], occurrences: list[Occurrence]) -> Actor:
    kind, value = key
    aliases = sorted({o.mention.text for o in occurrences if o.mention.label not in ("DESC", "PRON")})
    roles = sorted({o.mention.role for o in occurrences if o.mention.role})
    latest = max((o.day for o in occurrences if o.day), default=None)
    places = [Place(o.doc, o.mention.start, o.mention.end, o.mention.text, o.mention.label) for o in occurrences]
    actor = Actor(_id(key), _name(key, occurrences), _type(key, occurrences), aliases=aliases, roles=roles,
                  mentions=sorted(places, key=lambda p: (p.doc, p.start)))  # fmt: skip
    if kind == "known":
        curated: Known = known(value)  # type: ignore[assignment]
        actor.country, actor.sector = curated.country, curated.sector_on(latest)
        actor.roles = sorted(set(roles) | {p.title for p in curated.posts if p.held_on(latest)})
    elif kind in ("country", "people"):
        actor.country = value
        actor.sector = "GOV" if kind == "country" and any(_acts(o.mention) for o in occurrences) else None
    elif kind in ("person", "surname", "org"):
        actor.country = _country_in(roles + aliases)
        actor.sector = _sector(roles) if kind != "org" else None
    return actor


def _acts(mention: Mention) -> bool:
    return mention.political or seat_of_power(strip_honorific(mention.text)) is not None


def _sector(roles: list[str]) -> str | None:
    words = {w for role in roles for w in re.findall(r"[a-z]+", role.lower())}
    if words & MIL_WORDS:
        return "MIL"
    return "GOV" if words & GOV_WORDS else None


def _name(key: tuple[str, str], occurrences: list[Occurrence]) -> str:
    """The curated name, the country's everyday name, or the commonest of the fullest names the text uses."""
    kind, value = key
    if kind == "known":
        return value
    if kind == "country":
        return short_name(value)
    names = Counter(strip_honorific(o.mention.text) for o in occurrences if o.mention.label not in ("DESC", "PRON"))
    if not names:
        return value
    fullest = min(max(len(n.split()) for n in names), 2)  # "Hillary Clinton" over "Calls Hillary Clinton"
    return max((n for n in names if len(n.split()) >= fullest), key=lambda n: (names[n], len(n), n))


def _type(key: tuple[str, str], occurrences: list[Occurrence]) -> str:
    kind, value = key
    if kind == "known":
        return known(value).type  # type: ignore[union-attr]
    if kind in ("person", "surname"):
        return "PERSON"
    if kind == "country":
        return "GPE"
    if kind == "people":
        return "NORP"
    if kind == "place" and world_region(value):
        return "LOC"
    if kind == "place":  # what NER took for a person or an organisation here is a place
        places = Counter(o.mention.label if o.mention.label in POLITICAL_LABELS else "GPE" for o in occurrences)
        return places.most_common(1)[0][0]
    labels = Counter(o.mention.label for o in occurrences if o.mention.label not in ("DESC", "PRON"))
    return labels.most_common(1)[0][0] if labels else "OTHER"


def _id(key: tuple[str, str]) -> str:
    return "e" + hashlib.sha1("\x1f".join(key).encode()).hexdigest()[:10]
