"""Actors: mentions found in parsed sentences and linked across documents, on sentences we wrote."""

import json

import pytest
from spacy.tokens import Doc

from storyline.cli import app
from storyline.extract.actors import find_mentions, link
from storyline.extract.actors.known import known
from storyline.extract.actors.places import capital_of, country_named, fold, nationality, seat_of_power
from storyline.types import Mention


def m(text: str, label: str, start: int = 0, role: str | None = None, political: bool = False) -> Mention:
    return Mention(start, start + len(text), text, label, role, political)


def actors_of(*documents: tuple[str, str | None, list[Mention]]) -> dict[str, object]:
    return {a.name: a for a in link(list(documents))}


def test_places_from_the_packages():
    assert country_named("the Russian Federation") == country_named("Russia") == "RUS"
    assert country_named("U.S.") == "USA" and nationality("Afghans") == "AFG" and nationality("Somali") == "SOM"
    assert capital_of("Islamabad") == "PAK" and seat_of_power("the Kremlin") == ("RUS", "GOV")
    assert fold("The Kremlin’s") == "kremlin"


def test_a_country_is_one_actor_under_all_its_names():
    actors = actors_of(("d1", "2024-05-01", [
        m("Russia", "GPE", 0), m("the Russian Federation", "GPE", 10), m("Kremlin", "GPE", 40, political=True),
        m("Moscow", "GPE", 60, political=True),
    ]))  # fmt: skip
    russia = actors["Russia"]
    assert (russia.type, russia.country, russia.sector, len(russia.mentions)) == ("GPE", "RUS", "GOV", 4)


def test_a_capital_is_a_place_where_it_does_not_act():
    actors = actors_of(("d1", None, [m("Kabul", "GPE", 0), m("Islamabad", "GPE", 20, political=True)]))
    assert actors["Kabul"].country is None and actors["Kabul"].type == "GPE"
    assert actors["Pakistan"].mentions[0].text == "Islamabad"


def test_name_variants_join_the_full_name_in_their_document():
    actors = actors_of(("d1", None, [m("Lena Okafor", "PERSON", 0), m("Okafor", "PERSON", 30),
                                     m("Ms Okafor", "PERSON", 60), m("Okafor", "GPE", 90)]))  # fmt: skip
    assert list(actors) == ["Lena Okafor"] and len(actors["Lena Okafor"].mentions) == 4


def test_a_middle_initial_or_a_party_in_the_name_changes_nobody():
    actors = actors_of(("d1", None, [m("Donald Trump", "PERSON")]),
                       ("d2", None, [m("Donald J. Trump", "PERSON"), m("Democrat Lena Okafor", "PERSON", 30)]),
                       ("d3", None, [m("Lena Okafor", "PERSON")]))  # fmt: skip
    assert len(actors["Donald Trump"].mentions) == 2 and len(actors["Lena Okafor"].mentions) == 2


def test_a_shared_surname_stays_unresolved():
    actors = actors_of(("d1", None, [m("Imran Khan", "PERSON", 0), m("Ali Khan", "PERSON", 20), m("Khan", "PERSON", 40)]))
    assert set(actors) == {"Imran Khan", "Ali Khan", "Khan"}
    assert [len(actors[n].mentions) for n in ("Imran Khan", "Ali Khan", "Khan")] == [1, 1, 1]


def test_ghani_and_baradar_stay_apart():
    actors = actors_of(("d1", None, [m("Ashraf Ghani", "PERSON", 0), m("Abdul Ghani Baradar", "PERSON", 20),
                                     m("Ghani", "PERSON", 50), m("Baradar", "PERSON", 70)]))  # fmt: skip
    assert [t.text for t in actors["Ashraf Ghani"].mentions] == ["Ashraf Ghani", "Ghani"]
    assert [t.text for t in actors["Abdul Ghani Baradar"].mentions] == ["Abdul Ghani Baradar", "Baradar"]


def test_a_part_of_a_name_labelled_as_a_place_joins_the_person():
    actors = actors_of(("d1", None, [m("Abdul Ghani Baradar", "PERSON", 0), m("Ghani Baradar", "GPE", 40)]))
    assert list(actors) == ["Abdul Ghani Baradar"]


def test_a_persons_full_name_of_three_words_is_theirs_in_another_document_whatever_its_label():
    actors = actors_of(("d1", None, [m("Amina Warsame Duale", "PERSON"), m("Hassan Farah", "PERSON", 30)]),
                       ("d2", None, [m("Amina Warsame Duale", "ORG"), m("Hassan Farah", "ORG", 30)]))  # fmt: skip
    assert actors["Amina Warsame Duale"].type == "PERSON" and len(actors["Amina Warsame Duale"].mentions) == 2
    # two words may name a firm as well as a person: NER's label stands in the other document
    apart = link([("d1", None, [m("Hassan Farah", "PERSON")]), ("d2", None, [m("Hassan Farah", "ORG")])])
    assert sorted(a.type for a in apart) == ["ORG", "PERSON"]


def test_the_end_of_a_curated_name_is_that_person_whatever_its_label():
    actors = actors_of(("d1", None, [m("Ghani Baradar", "GPE")]), ("d2", None, [m("Doha", "PERSON")]))
    assert actors["Abdul Ghani Baradar"].type == "PERSON" and actors["Doha"].type == "GPE"


def test_a_country_or_a_capital_taken_for_an_organisation_is_the_place():
    actors = actors_of(("d1", None, [m("Djibouti", "ORG", 0), m("Mogadishu", "ORG", 20, political=True),
                                     m("Mogadishu", "ORG", 40), m("Turkish Airlines", "ORG", 60)]))  # fmt: skip
    assert (actors["Djibouti"].type, actors["Djibouti"].country) == ("GPE", "DJI")
    assert actors["Somalia"].mentions[0].start == 20 and actors["Mogadishu"].type == "GPE"
    assert actors["Turkish Airlines"].type == "ORG"


def test_a_state_iso_does_not_list_is_a_place_whatever_its_label():
    actors = actors_of(("d1", None, [m("Somaliland", "NORP", 0), m("Somaliland", "GPE", 20),
                                     m("Republic of Somaliland", "ORG", 40)]))  # fmt: skip
    somaliland = actors["Somaliland"]
    assert (somaliland.type, somaliland.country, somaliland.sector, len(somaliland.mentions)) == ("GPE", None, "GOV", 3)


def test_a_surname_alone_in_another_document_stays_apart_unless_curated():
    actors = actors_of(("d1", None, [m("Oz Hassan", "PERSON", 0)]), ("d2", None, [m("Hassan", "PERSON", 0)]))
    assert set(actors) == {"Oz Hassan", "Hassan"}
    actors = actors_of(("d1", None, [m("Sergei Shoigu", "PERSON", 0)]), ("d2", None, [m("Mr Shoigu", "PERSON", 0)]))
    assert list(actors) == ["Sergei Shoigu"]


def test_curated_spellings_merge_and_posts_are_dated():
    actors = actors_of(("d1", "2024-08-01", [m("Sergey Shoigu", "PERSON", 0)]),
                       ("d2", "2024-08-02", [m("Sergei Shoigu", "PERSON", 0)]))  # fmt: skip
    shoigu = actors["Sergei Shoigu"]
    assert (shoigu.country, shoigu.sector, len(shoigu.mentions)) == ("RUS", "GOV", 2)
    assert shoigu.roles == ["secretary of the Security Council"]  # defence minister until May 2024


def test_a_groups_sector_changes_with_the_date():
    assert known("the Taliban").sector_on("2020-01-01") == "REB"
    assert actors_of(("d1", "2019-03-01", [m("Taliban", "ORG")]))["Taliban"].sector == "REB"
    assert actors_of(("d1", "2024-03-01", [m("Taliban", "ORG")]))["Taliban"].sector == "GOV"


def test_descriptions_resolve_through_posts_and_country():
    doc = [m("Sergei Shoigu", "PERSON", 0), m("Vladimir Putin", "PERSON", 20),
           m("The former Russian defence minister", "DESC", 60), m("The Russian leader", "DESC", 120),
           m("the former Afghan president", "DESC", 160)]  # fmt: skip
    actors = actors_of(("d1", "2024-11-27", doc))
    assert [t.text for t in actors["Sergei Shoigu"].mentions][-1] == "The former Russian defence minister"
    assert [t.text for t in actors["Vladimir Putin"].mentions][-1] == "The Russian leader"
    assert not any(t.text == "the former Afghan president" for a in actors.values() for t in a.mentions)


def test_stated_posts_give_country_and_sector():
    actors = actors_of(("d1", None, [m("Lena Okafor", "PERSON", 0, role="Kenyan Foreign Minister"),
                                     m("Tom Reed", "PERSON", 30, role="army commander")]))  # fmt: skip
    assert (actors["Lena Okafor"].country, actors["Lena Okafor"].sector) == ("KEN", "GOV")
    assert actors["Tom Reed"].sector == "MIL"


def test_ids_are_stable():
    first = actors_of(("d1", None, [m("Russia", "GPE")]))["Russia"].id
    assert first == actors_of(("d9", None, [m("Russia", "GPE", 5)]))["Russia"].id


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load

    return load()


def found(nlp, text: str) -> list[tuple[str, str, str | None, bool]]:
    return [(x.text, x.label, x.role, x.political) for x in find_mentions(nlp(text))]


def test_posts_beside_names(nlp):
    text = "Foreign Minister Sergey Lavrov met Abiy Ahmed, the prime minister of Ethiopia, in Moscow on Tuesday."
    mentions = {t: (label, role) for t, label, role, _ in found(nlp, text)}
    assert mentions["Sergey Lavrov"] == ("PERSON", "Foreign Minister")
    assert mentions["Abiy Ahmed"] == ("PERSON", "prime minister of Ethiopia")


def test_descriptions_are_found(nlp):
    text = "Talks stalled. The former Russian defence minister then flew home, and the Kremlin official said little."
    descriptions = [t for t, label, _, _ in found(nlp, text) if label == "DESC"]
    assert descriptions == ["The former Russian defence minister", "the Kremlin official"]


def test_a_capital_that_acts_is_political(nlp):
    acting = {t: p for t, label, _, p in found(nlp, "Washington accused Beijing of spying.") if label == "GPE"}
    assert acting == {"Washington": True, "Beijing": True}
    place = {t: p for t, label, _, p in found(nlp, "The envoy flew to Kabul.") if label == "GPE"}
    assert place == {"Kabul": False}
    # the first of places joined by "and" decides; the parties "between" which a deal or talks are act
    place = {t: p for t, label, _, p in found(nlp, "He flew to Kabul and Islamabad.") if label == "GPE"}
    assert place == {"Kabul": False, "Islamabad": False}
    text = "The agreement between Addis Ababa and Somaliland angered Mogadishu. The road between Kabul and Islamabad."
    assert {t: p for t, label, _, p in found(nlp, text) if label == "GPE"} == {
        "Addis Ababa": True, "Mogadishu": True, "Kabul": False, "Islamabad": False
    }


ARTICLES = {
    "a.txt": "Envoys meet in Mogadishu\n\nTurkey and Somalia held talks in Mogadishu on Monday. "
    "Hakan Fidan, the foreign minister of Turkey, led the delegation.\n",
    "b.txt": "Ankara courts Mogadishu\n\nMr Fidan met Somali ministers again on Tuesday, "
    "and Ankara said the talks went well.\n",
}


def test_actors_and_actor_commands(runner, db, tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db)]).exit_code == 0
    listing = json.loads(runner.invoke(app, ["actors", "--db", str(db), "--json"]).stdout)
    names = {a["name"]: a for a in listing}
    assert len(names["Hakan Fidan"]["documents"]) == 2 and names["Turkey"]["country"] == "TUR"
    shown = runner.invoke(app, ["actor", "fidan", "--db", str(db)])
    assert shown.exit_code == 0
    assert shown.stdout.splitlines()[0] == "name      Hakan Fidan"
    assert "foreign minister of Turkey" in shown.stdout
    missing = runner.invoke(app, ["actor", "Nobody", "--db", str(db)])
    assert (missing.exit_code, missing.stderr) == (2, "error: no actor is called 'Nobody'. List them with 'storyline actors'\n")


def test_pronouns_join_the_person_they_refer_to(nlp):
    text = "Sergei Shoigu arrived in Kabul on Monday. He met the ministers.\n\nShe left early."
    mentions = find_mentions(nlp(text))
    pronouns = [(x.text, x.antecedent) for x in mentions if x.label == "PRON"]
    assert pronouns == [("He", 0)]  # "She" opens a paragraph with no one named before it
    (shoigu,) = [a for a in link([("d1", None, mentions)]) if a.type == "PERSON"]
    assert [p.text for p in shoigu.mentions] == ["Sergei Shoigu", "He"] and shoigu.aliases == ["Sergei Shoigu"]


def test_it_and_its_join_the_country_or_group_that_is_the_subject(nlp):
    text = ("The United States said it recognised Somalia's sovereignty within its 1960 borders. Egypt's government "
            "said "
            "its troops would stay. The Taliban promised to keep their word. It is unclear whether Russia will come. "
            "Russia warned officials to boost their security. Ethiopia and Somalia said they would meet. The IMF "
            "estimates that it would cost billions.")  # fmt: skip
    mentions = find_mentions(nlp(text))
    pronouns = [(x.text, text[x.antecedent :].split()[0]) for x in mentions if x.label == "PRON"]
    assert pronouns == [("it", "United"), ("its", "United"), ("its", "Egypt's"), ("their", "Taliban")]
    (usa,) = [a for a in link([("d1", None, mentions)]) if a.name == "United States"]
    assert [p.text for p in usa.mentions] == ["United States", "it", "its"] and usa.aliases == ["United States"]


def test_a_capital_stands_for_the_government_seated_in_it(nlp):
    def political(text: str) -> list[tuple[str, bool]]:
        return [(m.text, m.political) for m in find_mentions(nlp(text)) if m.label == "GPE"]

    assert political("The foreign ministry in Mogadishu accused Ethiopia of interfering.")[0] == ("Mogadishu", True)
    assert political("The Russian embassy in Kabul protested.") == [("Kabul", False)]
    assert political("He lived in Kabul for years.") == [("Kabul", False)]
    assert political('"The memorandum is dead," a senior official in Mogadishu said.') == [("Mogadishu", True)]
    assert ("Kabul", False) in political("US officials in Kabul said little.")  # another country's officials
    assert political("Somali officials in Mogadishu said little.") == [("Mogadishu", True)]


def test_a_post_set_off_before_a_name(nlp):
    def posts(text: str) -> list[tuple[str, str, str | None]]:
        return [(m.text, m.label, m.role) for m in find_mentions(nlp(text)) if m.label == "PERSON"]

    text = ("Fidan met Somalia's foreign minister, Ahmed Moalim Fiqi, and Ethiopia's foreign minister, Taye Atske "
            "Selassie, on Monday.")
    assert posts(text) == [("Ahmed Moalim Fiqi", "PERSON", "Somalia's foreign minister"),
                           ("Taye Atske Selassie", "PERSON", "Ethiopia's foreign minister")]  # fmt: skip
    assert posts("After meeting the president, Putin said he was pleased.") == [("Putin", "PERSON", None)]
    listed = posts("He thanked the premier, the deputy premier, Ana Ruiz, and others.")
    assert listed == [("Ana Ruiz", "PERSON", None)]
    founder = posts("He got wrong the year Lakeside Capital's founder, Daniel K. Osei, began.")
    assert founder[0][2] == "Lakeside Capital's founder"


def test_a_name_a_person_is_known_by_joins_them_wherever_it_is_used(nlp):
    text = "Somaliland's opposition leader Abdirahman Mohamed Abdullahi, known as Irro, won the election."
    mentions = find_mentions(nlp(text))
    assert [(m.text, m.antecedent) for m in mentions if m.label == "PERSON"] == [
        ("Abdirahman Mohamed Abdullahi", None), ("Irro", 31)]  # fmt: skip
    later = [Mention(0, 4, "Irro", "PERSON"), Mention(30, 34, "Irro", "PERSON")]  # another document, the name alone
    (person,) = [a for a in link([("d1", None, mentions), ("d2", None, later)]) if a.type == "PERSON"]
    assert person.name == "Abdirahman Mohamed Abdullahi" and len(person.mentions) == 4


def test_agreements_laws_and_plans_are_no_actors(nlp):
    words = ["Ethiopia", "and", "Somalia", "signed", "the", "Ankara", "Declaration", "under", "the", "Patriot", "Act",
             "."]  # fmt: skip
    ents = ["B-GPE", "O", "B-GPE", "O", "O", "B-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "O"]
    pos = ["PROPN", "CCONJ", "PROPN", "VERB", "DET", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, pos=pos, ents=ents)
    assert [x.text for x in find_mentions(doc)] == ["Ethiopia", "Somalia"]


def test_entities_without_a_name_in_them_are_no_actors(nlp):
    words = ["Fascinatingly", ",", "Aleksei", "Zakharov", "of", "ISIS", "-", "K", "spoke", "."]
    pos = ["ADV", "PUNCT", "ADJ", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"]
    ents = ["B-ORG", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O", "B-PERSON", "O", "O"]
    doc = Doc(nlp.vocab, words=words, pos=pos, ents=ents, spaces=[False, True, True, True, True, False, False, True, False, False])
    assert [(x.text, x.label) for x in find_mentions(doc)] == [("Aleksei Zakharov", "PERSON"), ("ISIS", "ORG")]


def test_a_name_ner_took_for_a_person_or_an_organisation_is_a_place_where_every_use_places_something(nlp):
    text = ("Somalia closed the Ethiopian consulates in Hargeisa and Garowe. The consulate in Garowe sits in "
            "Puntland. Officials in Hargeisa have insisted on it.")
    labels = {t: label for t, label, _, _ in found(nlp, text) if t in ("Hargeisa", "Garowe", "Puntland")}
    assert labels == {"Hargeisa": "GPE", "Garowe": "GPE", "Puntland": "GPE"}
    # faith, money and a name with a title are no places; nor a name used once as a person
    text = "Voters have faith in Obama. He invested in Apple. He yelled at President Barack. Smith met Jones in Rome."
    labels = {t: label for t, label, _, _ in found(nlp, text)}
    assert labels.items() >= {"Obama": "PERSON", "Apple": "ORG", "Smith": "PERSON"}.items()
    assert "GPE" not in {label for t, label in labels.items() if t != "Rome"}


def test_an_organisations_initials_in_brackets_complete_its_name_and_are_another_name_of_it(nlp):
    text = "The African Union and the Intergovernmental Authority on Development (IGAD) urged restraint."
    names = [(t, label) for t, label, _, _ in found(nlp, text)]
    assert names == [("African Union", "ORG"), ("Intergovernmental Authority on Development", "ORG"), ("IGAD", "ORG")]
    mentions = find_mentions(nlp(text))
    assert mentions[2].antecedent == mentions[1].start
    # a dateline's agency is no one's initials
    assert [t for t, _, _, _ in found(nlp, "WASHINGTON (AFP) - The talks ended.")][:2] == ["WASHINGTON", "AFP"]
    actors = link([("d1", None, mentions), ("d2", None, [Mention(0, 4, "IGAD", "ORG")])])
    assert [(a.name, len(a.mentions)) for a in actors if "IGAD" in a.aliases] == [
        ("Intergovernmental Authority on Development", 3)]


def test_a_part_of_the_world_is_a_location_whatever_ner_called_it():
    actors = actors_of(("d1", None, [m("Horn of Africa", "ORG", 0), m("Central Asia", "GPE", 30),
                                     m("South Africa", "GPE", 60), m("Fox News Channel", "ORG", 90)]))  # fmt: skip
    assert {name: a.type for name, a in actors.items()} == {"Horn of Africa": "LOC", "Central Asia": "LOC",
                                                            "South Africa": "GPE", "Fox News Channel": "ORG"}
