"""Events: reports read from sentences we wrote, merged across documents, on a timeline."""

import json
from datetime import date

import pytest

from storyline.cli import app
from storyline.extract.events import date_speech, find_reports
from storyline.extract.events.lexicon import polarity
from storyline.extract.quotes import find_quotes
from storyline.extract.time import find_timexes
from storyline.extract.time.when import timeline_key
from storyline.types import Actor, Place, Published, Timex


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load

    return load()


def reports(nlp, text: str, published: Published = Published()) -> list[tuple[str, str, list[str], list[str]]]:
    return [(r.type, r.status, [text[a:b] for a, b in r.sources], [text[a:b] for a, b in r.targets])
            for r in find_reports(nlp(text), [], published)]  # fmt: skip


def statuses(nlp, text: str) -> dict[str, str]:
    """The status each report's trigger takes in a text, by the trigger's words."""
    return {text[r.trigger_start : r.trigger_end]: r.status for r in find_reports(nlp(text), [], Published())}


def dating(nlp, day: date):
    """The date each report's trigger takes in a text told on ``day``, by the trigger's words."""

    def dated(text: str) -> dict[str, str | None]:
        found = find_reports(nlp(text), find_timexes(text, day), Published(day.isoformat(), "day"))
        return {text[r.trigger_start : r.trigger_end]: r.when_value for r in found}

    return dated


def _span(text: str, words: str) -> tuple[int, int]:
    """Where some words first stand in a text."""
    start = text.index(words)
    return start, start + len(words)


def _named(texts: dict[str, str], *names: str) -> list[Actor]:
    """A country for each name (its id the name's first two letters), with a mention in every text it stands in."""
    return [Actor(n[:2].lower(), n, "GPE", mentions=[Place(d, *_span(t, n), n) for d, t in texts.items() if n in t])
            for n in names]  # fmt: skip


def test_verbs_with_source_and_target(nlp):
    assert reports(nlp, "Russia invited the Taliban.") == [("COOPERATE/invite", "occurred", ["Russia"], ["Taliban"])]


def test_a_passive_swaps_source_and_target(nlp):
    (found,) = reports(nlp, "The Taliban were invited by Russia.")
    assert found[2] == ["Russia"] and found[3] == ["Taliban"]


def test_event_nouns(nlp):
    (found,) = reports(nlp, "Shoigu's trip to Kabul surprised many.")
    assert found[:2] == ("CONSULT/visit", "occurred") and found[2] == ["Shoigu"] and "Kabul" in found[3][0]
    invasion = [r for r in reports(nlp, "Relations worsened after Russia launched its invasion of Ukraine.") if r[0] == "ASSAULT"]
    assert [(r[2], r[3]) for r in invasion] == [(["Russia"], ["Ukraine"])]  # the light verb's subject acts


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kenya is considering removing the rebels from its blacklist.", "considered"),
        ("Russian ministries proposed to remove the Taliban from the list.", "proposed"),
        ("Russia did not recognize the Taliban government.", "denied"),
        ("Russia doesn’t recognize the Taliban government.", "denied"),
        ("Russia could recognize the Taliban government.", "hypothetical"),
        ("Russia will recognize the Taliban government.", "planned"),
        ("“We’ll recognize the Taliban government,” Moscow said.", "planned"),
        ("Kenya potentially supplies fuel to Somalia.", "hypothetical"),
        ("Diplomats argue the first step would be for Kenya to remove the rebels from its blacklist.", "hypothetical"),
        ("Kenya appeared to blame Somalia for the attack.", "occurred"),  # it did, as it seemed
        ("Party leaders can support any candidate.", "hypothetical"),
        ("The palace says the King has no plans to meet the envoy.", "denied"),
        ("No country has recognized the Taliban government.", "denied"),
        ("Neither Speaker Wetang'ula nor his aides have ever asked Ruto for support.", "denied"),
        ("Neither Kenya nor Uganda signed the pact.", "denied"),
        ("Kenya has sent no troops to Haiti.", "denied"),
        ("Most voters in Kisumu are inclined to support Odinga.", "considered"),
        ("Odinga pleaded with voters to reject the finance bill.", "proposed"),
        ("Costs must fall, as the chairman suggested at the annual meeting with analysts.", "occurred"),
        ("Kenya plans to raise the issue at the summit with Uganda.", "planned"),
        # suggesting that something was so tells it; suggesting that it be done proposes it
        ("The aide suggested that the governor was seizing control of the party.", "occurred"),
        ("The envoy suggested that Kenya withdraw its troops.", "proposed"),
        ("The spokesman declined to discuss the senator's latest attacks on Odinga.", "occurred"),
        ("Several banks are forgoing funding the party's convention.", "denied"),
        ("The judge went out of her way to criticize the police, though they were not on trial.", "occurred"),
        ("Ruto insisted that the bishop had no right to condemn him.", "hypothetical"),  # no denial that he did
        ("The war upended the cabinet's goal of withdrawing from Somalia.", "planned"),
        ("The two ministers will discuss future talks on the border.", "planned"),
        ("The militia has since threatened little Kisumu with rockets.", "occurred"),  # a bare "little" of a name
        ("Somaliland craves international recognition of its statehood.", "considered"),
        ("Kenya wants to show its resolve amid attacks from Somalia.", "occurred"),  # what it is told amid
        ("Did the ministry refuse to hand over the papers?", "hypothetical"),
        ("How many soldiers must die before Kenya strikes back?", "hypothetical"),
        ("Kenya will attend unless Somalia expels its envoy.", "hypothetical"),
        ("Kenya is content so long as Somalia does not expel its envoy.", "hypothetical"),
        ("Anyone who will not condemn the raid has no place in the cabinet.", "hypothetical"),  # whoever may
        ("The bishop does not intend to endorse Ruto from the pulpit.", "denied"),
        ("Odinga is not ready to support the budget.", "denied"),
        ("The pastor was persuaded to support Ruto.", "occurred"),
        ("The deal holds as long as Somalia withdraws its troops by May.", "hypothetical"),
        ("The talks ended before Somalia expelled the envoy.", "occurred"),
        ("The envoy will stay in Nairobi after the president meets the rebel leaders.", "hypothetical"),
        ("Talks will resume once the two ministers meet in Addis Ababa.", "hypothetical"),
        ("The envoy stayed in Nairobi after the president met the rebel leaders.", "occurred"),
        ("Peacekeepers patrol the border to shield the villagers from any attack by the militias.", "hypothetical"),
        ("Will Russia recognize the Taliban government?", "hypothetical"),
        ("Why did Russia invade Ukraine?", "occurred"),  # the question takes the invasion as given
        ("Russia recognized the Taliban government, didn't it?", "occurred"),
        ("By sending its envoy, Kenya wants to show its goodwill.", "occurred"),  # wanting takes "show"
        ("Kenya wants to show its goodwill by sending its envoy.", "considered"),
        ("The ministry denies the report; two Kenyan leaders meet in Nairobi.", "occurred"),  # a clause beside
        ("Kenya issued a call for sending troops to Somalia.", "proposed"),
        ("Kenya wants peace, its envoy met the rebels on Monday.", "occurred"),
        ("The governor opposes sending troops to Somalia.", "proposed"),  # a side taken on a deed proposes it
        ("Two aides are believed to be urging Ruto to resign.", "occurred"),
        ("Kenya had no choice but to recall its envoy from Mogadishu.", "occurred"),
        ("Kenya will have no choice but to recall its envoy from Mogadishu.", "planned"),
        ("The minister was careful not to anger Uganda by criticizing its president.", "denied"),
        ("Her decision to visit Kampala in June surprised her aides.", "occurred"),
        ("Kenya is looking forward to hosting the Somali delegation.", "planned"),
        ("The envoy hinted that Kenya would withdraw from the pact.", "planned"),  # a would foretold
        ("The governor does not believe Kenya ever sent troops to Somalia.", "denied"),
        ("The governor never thought Kenya would send troops to Somalia.", "hypothetical"),  # no denial
        # a claim gainsaid is denied, whatever its modal
        ("The ministry denied that Kenya would send troops to Somalia.", "denied"),
        ("The ministry dismissed reports that Kenya would send troops to Somalia.", "denied"),
        ("The ministry did not dispute that Kenya sent troops to Somalia.", "occurred"),
    ],
)
def test_status_from_modality_negation_and_governing_verbs(nlp, text, status):
    assert [r[1] for r in reports(nlp, text)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kenya voiced its opposition to sending troops to Somalia.", "proposed"),
        ("Kenya is against sending troops to Somalia.", "proposed"),
        ("Kenya objected to sending troops to Somalia.", "proposed"),
        ("Kenya's support for sending troops to Somalia pleased Ethiopia.", "proposed"),
        ("Kenya was fined for sending troops to Somalia.", "occurred"),  # a ground, not a side taken
        ("Kenya got used to sending troops to Somalia.", "occurred"),
    ],
)
def test_a_deed_a_noun_or_a_preposition_of_taking_a_side_opens_is_proposed(nlp, text, status):
    assert statuses(nlp, text)["sending"] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Washington should release Afghanistan's frozen assets.", "proposed"),
        ("Russia must withdraw its troops from Ukraine.", "proposed"),
        ("Russia ought to recognize the Taliban.", "proposed"),
    ],
)
def test_what_should_or_must_happen_is_proposed(nlp, text, status):
    assert [r[1] for r in reports(nlp, text)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Turkey became the first state to recognise the new government in Tripoli.", "occurred"),
        ("The ambassador was the only foreign diplomat to publicly meet the Taliban.", "occurred"),
        ("Ankara was the first to meet the new leaders of Niamey.", "occurred"),
        ("Two senators became the first serving members of the Senate to endorse Ruto.", "occurred"),
        ("He would be the first president to visit Kabul.", "hypothetical"),
        ("Turkey will become the first state to recognise the new government in Tripoli.", "planned"),
        ("Russia saw the first chance to recognize the Taliban government.", "hypothetical"),
    ],
)
def test_an_infinitive_after_a_ranked_one_tells_what_it_did(nlp, text, status):
    assert [r[1] for r in reports(nlp, text)] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kenya could not attend because Somalia had expelled its envoy.", "occurred"),
        ("Kenya would attend although Somalia had expelled its envoy.", "occurred"),
        ("Kenya will not attend if Somalia expels its envoy.", "hypothetical"),
        ("This can be seen when Somalia has expelled Kenya's envoy.", "occurred"),  # a time told in the perfect
        ("The talk may die down now that Somalia has expelled Kenya's envoy.", "occurred"),
        ("Uganda might hold back while Somalia expels Kenya's envoys.", "occurred"),  # it goes on
    ],
)
def test_a_ground_or_a_concession_keeps_its_own_mood(nlp, text, status):
    assert [r[1] for r in reports(nlp, text) if r[0].startswith("SANCTION")] == [status]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Somaliland's leaders grabbed the chance to ask Ethiopia for loans.", "occurred"),
        ("Lavrov took the opportunity to criticize Washington.", "occurred"),
        ("Lavrov will take the opportunity to criticize Washington.", "planned"),
        ("Somaliland's leaders missed the chance to ask Ethiopia for loans.", "hypothetical"),
        # what is used is any noun, and the using decides ("debate" would make it considered)
        ("The governor used the debate to attack Somalia's president.", "occurred"),
        ("The envoys debated first and used most of the session to criticize Kenya.", "occurred"),
        ("The governor will use the debate to attack Somalia's president.", "planned"),
    ],
)
def test_an_occasion_taken_is_used(nlp, text, status):
    assert [r[1] for r in reports(nlp, text)] == [status]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("Somaliland's leaders grabbed the chance to ask Ethiopia for loans.", ["Somaliland's leaders"]),
        ("The Kenyan envoy has no plans to meet the rebels.", ["Kenyan envoy"]),
    ],
)
def test_who_holds_a_chance_or_a_plan_acts_on_it(nlp, text, sources):
    assert [s for r in reports(nlp, text) for s in r[2]] == sources


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # the possessor of a decision, a bid or a refusal does what its infinitive says
        ("Talks stalled after Uganda's decision to recall its envoy to Kenya.", ["Uganda"]),
        ("Hopes faded after Peru's refusal to recognize the government of Bolivia.", ["Peru"]),
        # a participle set off by a comma is the main clause's, where the parse hangs it on an infinitive
        ("Chad ordered the French envoy to leave, accusing Paris of meddling.", ["Chad", "Chad"]),
    ],
)
def test_who_decided_or_set_off_a_deed_does_it(nlp, text, sources):
    assert [s for r in reports(nlp, text) for s in r[2]] == sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mali left ECOWAS in January; Russia quit the grain deal.",
         [("RETREAT", "occurred", ["Mali"], ["ECOWAS"]), ("RETREAT", "occurred", ["Russia"], ["grain deal"])]),
        ("The envoy left Kabul; Ms. Roe left the State Department; the vote left the union in tatters.", []),
        ("The defeats left the Labour Party on its back.", []),
        ("Chad ordered the French ambassador to leave the country; the court ordered the firm to pay.",
         [("SANCTION/diplomatic", "occurred", ["Chad"], ["French ambassador"])]),
        ("The general ordered his troops to leave the town.", []),
        ("Moscow sent military instructors to Bamako.", [("AID", "occurred", ["Moscow"], ["Bamako"])]),
        # office holders "from" states stand for them; resuming, restarting or reviving talks holds them
        ("Diplomats from Peru and Chile resumed talks on Monday.", [("CONSULT", "occurred", ["Peru", "Chile"], [])]),
        # the one due to do something, which the parse may hang outside the clause
        # a name set off before its verb, which the parse leaves as the root
        ("Somalia, which regards Somaliland as its own, recalled its ambassador.",
         [("RETREAT/diplomatic", "occurred", ["Somalia"], ["its ambassador"])]),
        ("Its president is due to visit Lima, an aide said.", [("CONSULT/visit", "planned", ["Its president"], ["Lima"])]),
        # suspending a ban gives way; talks called off did not happen, a summit put off is to come
        ("The court suspended the ban on the movement.", [("CONCEDE", "occurred", ["court"], ["ban"])]),
        ("Kenya called off talks with Uganda. Kenya postponed the summit with Somalia.",
         [("CONSULT", "denied", [], ["Uganda"]), ("CONSULT", "planned", [], ["Somalia"])]),
        ("Peru agreed to revive talks with Chile.",
         [("AGREE", "occurred", ["Peru"], []), ("CONSULT", "planned", ["Peru"], ["Chile"])]),
    ],
)  # fmt: skip
def test_what_states_leave_order_out_send_and_resume(nlp, text, expected):
    assert reports(nlp, text) == expected


def test_what_a_ranked_one_did_is_dated_by_its_clause(nlp):
    text = "On June 3, 2025, Turkey became the first state to recognise the new government in Tripoli."
    (found,) = find_reports(nlp(text), find_timexes(text, None), Published())
    assert (found.status, found.when_value) == ("occurred", "2025-06-03")


def test_what_a_ranked_one_did_takes_the_day_set_on_its_subject(nlp):
    dated = dating(nlp, date(2016, 2, 24))  # a Wednesday
    assert dated("Senator Lena Marsh on Wednesday became the first member of the house to endorse the bid of Ann Roe.")[
        "endorse"] == "2016-02-24"


def test_a_date_that_names_a_noun_outside_the_trigger_does_not_date_it(nlp):
    dated = dating(nlp, date(2016, 2, 3))
    assert dated("The minister recalled the March 9, 2011, terrorist attacks and was criticized on Twitter.")[
        "criticized"] is None
    assert dated("The minister's Nov. 2 visit angered Kenya.")["visit"] == "2015-11-02"
    assert dated("Kenya answered the minister's Tuesday speech denouncing its policies.")["denouncing"] == "2016-02-02"


def test_there_is_no_recognition_is_denied(nlp):
    assert reports(nlp, "For now there is no recognition of Somaliland.")[0][:2] == ("SUPPORT/diplomatic", "denied")


def test_reaching_a_place_is_a_visit_and_reaching_a_deal_an_agreement(nlp):
    assert [r[:3] for r in reports(nlp, "Shoigu reached Kabul on Monday.")] == [("CONSULT/visit", "occurred", ["Shoigu"])]
    assert [r[:3] for r in reports(nlp, "Iran and Iraq reached an agreement on water.")] == [("AGREE", "occurred", ["Iran", "Iraq"])]
    assert reports(nlp, "Prices reached a record high.") == []


def test_a_relative_clause_is_not_dated_by_its_main_clause(nlp):
    text = "Mohamud, who signed the Ankara accord, was a leading figure in the talks during the 1990s."
    decade = text.index("1990s")
    timexes = [Timex(decade - 4, decade + 5, "the 1990s", "DATE", "199X")]
    (report,) = find_reports(nlp(text), timexes, Published("2024-11-27", "day"))
    assert (report.type, text[report.trigger_start : report.trigger_end], report.when_value) == ("AGREE", "signed", None)


def test_a_main_clause_is_not_dated_by_a_relative_clause_on_another_word(nlp):
    text = "The union urged the ministry to lift the wage floor to $900 a month, which is about where it stood in 1998."
    year = text.index("1998")
    (report,) = find_reports(nlp(text), [Timex(year, year + 4, "1998", "DATE", "1998")], Published("2024-05-02", "day"))
    assert (text[report.trigger_start : report.trigger_end], report.when_value) == ("urged", None)


def test_a_clause_joined_with_a_subject_of_its_own_does_not_date_the_first(nlp):
    text = "Kenya agreed to a truce, but when the envoy visited Nairobi in March 2010, he found the talks over."
    dated = {text[r.trigger_start : r.trigger_end]: r.when_value
             for r in find_reports(nlp(text), find_timexes(text, date(2015, 11, 10)), Published("2015-11-10", "day"))}
    assert dated == {"agreed": None, "visited": "2010-03"}


def test_what_is_set_some_days_after_or_before_a_dated_event_takes_its_day(nlp):
    dated = dating(nlp, date(2024, 12, 13))  # a Friday
    assert dated("Kenya expelled the envoy on Friday, two days after gunmen attacked a police post.") == {
        "expelled": "2024-12-13", "attacked": "2024-12-11"}
    assert dated("Three weeks after Somalia recalled its ambassador, Kenya expelled the envoy on Friday.") == {
        "recalled": "2024-11-22", "expelled": "2024-12-13"}
    # a span of months or years gives only the month or the year
    assert dated("Kenya expelled the envoy on Friday, six months after gunmen attacked a police post.")[
        "attacked"] == "2024-06"
    assert dated("Kenya expelled the envoy on Friday, two years after gunmen attacked a police post.")[
        "attacked"] == "2022"
    # a span the event lasts, one told loosely or an undated anchor give no date
    assert dated("Kenya expelled the envoy on Friday, for two days after gunmen attacked a police post.")[
        "attacked"] is None
    assert dated("Kenya expelled the envoy on Friday, nearly six months after gunmen attacked a police post.")[
        "attacked"] is None
    assert dated("Kenya expelled the envoy two days after gunmen attacked a police post.")["attacked"] is None
    # a deed after "after" is not of the day of what comes after it, nor is any deed of the list "after" opens
    assert dated("On Friday, after meeting the envoy and backing the plan, Kenya shelled the camps.") == {
        "meeting": None, "backing": None, "shelled": "2024-12-13"}


def test_what_is_set_some_days_after_an_event_the_story_dated_before_takes_its_day(nlp):
    dated = dating(nlp, date(2024, 12, 13))  # a Friday
    told = "Gunmen attacked a police post near the border on Monday. "
    assert dated(told + "Two days after the attack, Kenya expelled the Somali envoy.")["expelled"] == "2024-12-11"
    assert dated(told + "Kenya expelled the Somali envoy two days after the attack.")["expelled"] == "2024-12-11"
    assert dated(told + "A day before the attack, the governor visited the post.")["visited"] == "2024-12-08"
    # not after an event of another kind, nor a span it lasts, nor an event named by "an"
    assert dated(told + "Two days after the summit, Kenya expelled the Somali envoy.")["expelled"] is None
    assert dated(told + "For two days after the attack, Kenya expelled Somali traders.")["expelled"] is None
    assert dated(told + "Two days after an attack, Kenya expelled the Somali envoy.")["expelled"] is None


def test_a_time_between_the_doer_and_the_deed_dates_it(nlp):
    # wire style: the splitter once cut the sentence after the day, leaving the deed without its doer or day
    dated = dating(nlp, date(2024, 12, 13))  # a Friday
    text = "President Lena Marsh Thursday condemned the shelling of two clinics near the border."
    assert dated(text)["condemned"] == "2024-12-12"
    assert reports(nlp, text)[0][2] == ["Lena Marsh"]
    assert dated("The senator last week invited Russia to hand over the files.")["invited"] == "2024-W49"
    assert dated("The raid Thursday was condemned by the mayor.")["condemned"] is None  # the raid's own day


def test_a_date_of_the_time_an_event_is_compared_with_does_not_date_it(nlp):
    text = "Kenya sent more troops than it did in 2010. None of the envoys criticized him, as they did last week."
    dated = {text[r.trigger_start : r.trigger_end]: r.when_value
             for r in find_reports(nlp(text), find_timexes(text, date(2016, 3, 12)), Published("2016-03-12", "day"))}
    assert dated == {"sent": None, "criticized": None}


def test_a_date_on_a_noun_the_event_is_ordered_against_does_not_date_it(nlp):
    text = "Peacekeepers have patrolled the border since shortly after the 2006 war to shield the villagers from any " \
           "attack by the militias."
    year = text.index("2006")
    (report,) = find_reports(nlp(text), [Timex(year, year + 4, "2006", "DATE", "2006")], Published("2024-05-02", "day"))
    assert (text[report.trigger_start : report.trigger_end], report.when_value) == ("attack", None)


def test_a_present_tense_event_takes_the_document_date(nlp):
    (report,) = find_reports(nlp("Russia invites the Taliban to the forum."), [], Published("2024-05-27", "day"))
    assert (report.when_value, report.when_precision) == ("2024-05-27", "day")


def test_an_ing_form_takes_the_tense_of_its_auxiliary_or_of_the_verb_it_hangs_from(nlp):
    def dated(text: str) -> dict[str, str | None]:
        reports = find_reports(nlp(text), [], Published("2024-05-27", "day"))
        return {text[r.trigger_start : r.trigger_end]: r.when_value for r in reports}

    assert dated("Egypt is supporting Somalia.") == {"supporting": "2024-05-27"}
    assert dated("The minister went after Ethiopia, calling it a threat.")["calling"] is None
    assert dated("The president was threatening Ethiopia.") == {"threatening": None}
    assert dated("Egypt has been threatening Ethiopia.") == {"threatening": "2024-05-27"}
    # an "-ing" form after "after" or "before" is not at its verb's time; one after "by" is its means
    assert dated("Eight years after backing Kenyatta, the governor is weighing the field again.")["backing"] is None
    assert dated("The mayor angers his allies by backing Ruto.")["backing"] == "2024-05-27"
    assert dated("The mayor has angered his allies by backing Ruto.")["backing"] is None  # done before, as "angered"


def test_a_present_of_what_happens_again_and_again_or_whenever_takes_no_date(nlp):
    dated = dating(nlp, date(2024, 5, 27))
    assert dated("The envoy often meets the rebel leaders.") == {"meets": None}
    # a verb joined to one that tells a habit shares it
    assert dated("The envoy often tours the border and praises the troops.") == {"praises": None}
    assert dated("The envoy holds regular rallies and praises the troops.") == {"praises": None}
    assert dated("The envoy has repeatedly called on Somalia to talk.")["called"] is None
    assert dated("Voters consistently reject the ruling party.") == {"reject": None}
    assert dated("The two chiefs still meet every year in Mombasa.") == {"meet": None}
    assert dated("On his frequent visits to Juba, he talks with the generals.")["visits"] is None
    assert dated("When I visit other capitals, I keep quiet about their votes.") == {"visit": None}
    assert dated("The police will arrest anyone who attacks the convoy.")["attacks"] is None
    assert dated("The militia has since launched sporadic attacks on the camps.") == {"attacks": None}
    # nor the story of a film or a book, told in the present each time it is watched or read; a video's threat is news
    assert dated("Her new documentary, in which she talks to farmers, opened in Nakuru.")["talks"] is None
    assert dated("In the novel, a young soldier attacks his commander.") == {"attacks": None}
    assert dated("In a video, the gang threatens the mayor.") == {"threatens": "2024-05-27"}
    # and what a book says in its author's words was written when the book was
    text = "“The envoy never saw the letter,” Okafor writes in his memoir. “We meet again,” the mayor says."
    doc = nlp(text)
    quotes = date_speech(doc, find_quotes(doc), [], Published("2024-05-27", "day"))
    assert [(q.text, q.when_value) for q in quotes] == [("The envoy never saw the letter", None),
                                                         ("We meet again", "2024-05-27")]
    # nor does a perfect that spans a time up to now, nor an event it is told since
    assert dated("Bandits have attacked herders along the Kerio valley for years.") == {"attacked": None}
    assert dated("The rebels have killed some 900 people since the late 1990s.") == {"killed": None}
    assert dated("The senator has complained of headaches since his trip to Kampala.") == {"trip": None}


def test_a_deed_told_in_the_perfect_was_done_before_the_writing_and_takes_no_date_but_its_own_words(nlp):
    doc = nlp("Kenya has expelled the Somali envoy. The militia has been attacking the camps. Uganda has recalled "
              "its envoy on Tuesday.")  # fmt: skip
    told = {doc.text[r.trigger_start : r.trigger_end]: (r.when_value, r.perfect)
            for r in find_reports(doc, find_timexes(doc.text, date(2024, 5, 16)), Published("2024-05-16", "day"))}
    # a perfect progressive goes on now; a perfect with a day of its own words is of that day
    assert told == {"expelled": (None, True), "attacking": ("2024-05-16", False), "recalled": ("2024-05-14", False)}


def test_a_deed_told_in_a_perfect_outside_the_clause_of_its_date_was_done_before_that_day(nlp):
    dated = dating(nlp, date(2016, 4, 2))
    assert dated("On Friday, Kenya said that Somalia had attacked its troops.")["attacked"] is None
    assert dated("Kenya responded on Friday, saying Somalia has attacked its troops.")["attacked"] is None
    # a date of the perfect's own clause dates it, and an "-ing" form that shares its time
    assert dated("On Friday, Kenya has expelled the envoy.") == {"expelled": "2016-04-01"}
    assert dated("On Friday a crowd had gathered at the embassy, calling for the envoy's expulsion.") == {
        "calling": "2016-04-01"
    }


def test_a_past_the_parse_joined_to_a_modals_verb_is_a_deed_of_the_one_who_said_it(nlp):
    dated = dating(nlp, date(2016, 1, 21))
    assert dated("Ruto announced on Tuesday that he would urge Somalia to lift the embargo and blamed Kenya for "
                 "stalling the talks.")["blamed"] == "2016-01-19"  # fmt: skip
    # the day of what would be done is no day of it
    assert dated("Ruto said he would visit Somalia on Friday and accused Kenya of delaying the talks.") == {
        "visit": "2016-01-22", "accused": None
    }


def test_an_event_noun_named_by_the_day_a_span_is_counted_from_takes_that_day(nlp):
    dated = dating(nlp, date(2024, 3, 8))
    assert dated("Kenya expelled the envoy two days after Monday's attack on a police post.") == {
        "expelled": "2024-03-06", "attack": "2024-03-04"
    }


def test_a_day_the_parse_hangs_after_a_noun_of_the_events_phrase_dates_the_event(nlp):
    dated = dating(nlp, date(2016, 1, 21))
    assert dated("The mayor endorsed Ruto during a call with reporters Tuesday morning.") == {"endorsed": "2016-01-19"}
    # after "on" as well: the parse hangs the day on the association, whose meeting it was
    assert dated("At a yearly meeting of the Southern Mayors Association in Alabama on Tuesday, Mr. Kane "
                 "criticized Clinton.") == {"meeting": "2016-01-19", "criticized": "2016-01-19"}  # fmt: skip
    # on an event the deed was done during, whatever phrase the parse made of it; not on one it came after
    assert dated("Ruto and Abiy talked during a Group of 77 session in Geneva on Tuesday.") == {"talked": "2016-01-19"}
    assert dated("Kenya sent troops to Somalia after the attack on Tuesday.") == {"sent": None}
    # nor the day of a phrase that orders the deed after it
    assert dated("After a night of speeches by senators on Wednesday, Mr. Kane criticized Clinton.") == {
        "criticized": None
    }
    assert dated("Ruto criticized Somalia just prior to the governor's announcement Friday that she would run.") == {
        "criticized": "2016-01-15"  # unless close by
    }


def test_a_present_that_tells_of_an_event_done_before_now_takes_no_date(nlp):
    dated = dating(nlp, date(2024, 5, 27))
    assert dated("The envoy has previously called on Somalia to talk.")["called"] is None
    assert dated("Odinga in the past has accused Ruto of lying about his trips.")["accused"] is None
    assert dated("Odinga criticizes Ruto for his trips abroad.")["criticizes"] == "2024-05-27"
    # an event a side is taken on is not done on the day the side is taken
    assert dated("The senators oppose the deal with Somalia.") == {"deal": None}
    # a present told in what was said at a time before the document's week is of that time
    assert dated("Kenya said last month that it backs the talks with Somalia.")["backs"] is None
    assert dated("Kenya said on Friday that it backs the talks with Somalia.")["backs"] == "2024-05-27"
    assert dated("Ruto's recent attacks on Odinga have alarmed his allies.") == {"attacks": None}
    assert dated("Ruto's attacks on Odinga are now echoing through the race.") == {"attacks": None}
    # what an event noun does as it happens is told of now
    assert dated("The president's visit to Nairobi comes amid tensions with Somalia.") == {"visit": "2024-05-27"}
    # told of now: a present with no such word, and one that goes on now
    assert dated("The envoy meets the rebel leaders in Juba.") == {"meets": "2024-05-27"}
    assert dated("The police will arrest the gang that is attacking the convoy.")["attacking"] == "2024-05-27"


def test_polarity_and_sorting():
    assert (polarity("AGREE"), polarity("ASSAULT"), polarity("STATEMENT")) == ("cooperation", "conflict", "neutral")
    assert sorted(["2024-11-27", "2024-W23", None, "198X"], key=timeline_key) == ["198X", "2024-W23", "2024-11-27", None]


ARTICLES = {
    "a.txt": "Invitation\n\nRussia invited the Taliban to the economic forum on 27 May 2024.\n",
    "b.txt": "Forum invitation\n\nOn 27 May 2024, Russia invited the Taliban to its economic forum, officials said.\n",
}


def test_one_event_told_twice_is_one_event_with_two_reports(runner, db, tmp_path):
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db)]).exit_code == 0
    events = json.loads(runner.invoke(app, ["timeline", "--db", str(db), "--json"]).stdout)
    invites = [e for e in events if e["type"] == "COOPERATE/invite"]
    assert len(invites) == 1 and len(invites[0]["evidence"]) == 2
    assert invites[0]["when"]["value"] == "2024-05-27" and invites[0]["polarity"] == "cooperation"
    only = json.loads(runner.invoke(app, ["timeline", "--actor", "Taliban", "--since", "2024-05", "--db", str(db), "--json"]).stdout)
    assert [e["id"] for e in only] == [invites[0]["id"]]


STORY = ("Fidan in Mogadishu\n\nOn 4 June 2024, Turkish Foreign Minister Hakan Fidan arrived in Mogadishu.\n\n"
         "Fidan met President Hassan Sheikh Mohamud and signed a defence pact with Somalia. He had met Mohamud in "
         "Ankara a year before.\n\nIn 2019, Fidan visited Nairobi.\n\nFidan met President William Ruto.\n")


def test_what_a_story_tells_next_takes_its_date(runner, db, tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    events = json.loads(runner.invoke(app, ["timeline", "--db", str(db), "--json"]).stdout)
    dated = {e["summary"]: e["when"]["value"] for e in events}
    # what Fidan did next, in the simple past, is dated by the arrival told before it, with the words that date it
    assert dated["Fidan met President Hassan Sheikh Mohamud"] == "2024-06-04"
    assert dated["Fidan met President Hassan Sheikh Mohamud and signed a defence pact with Somalia"] == "2024-06-04"
    assert {e["when"]["text"] for e in events if e["when"]["value"] == "2024-06-04"} == {"4 June 2024"}
    # not what had happened before the story, nor what comes after a year that ends it
    before = [e for e in events if any("had met" in place["text"] for place in e["evidence"])]
    assert [e["when"]["value"] for e in before] == [None]
    assert dated["Fidan met President William Ruto"] is None


def test_a_story_goes_on_with_an_official_of_its_countries_and_not_from_a_clause_beside_it(runner, db, tmp_path):
    (tmp_path / "a.txt").write_text(
        "NAIROBI, January 13, 2025 /Example Newswire/ -- Kenya and Uganda agreed on Saturday to reopen their border, "
        "ending a rift that began when Kampala expelled Kenya's envoy last April.\n\nKenyan President William Ruto "
        "held talks with Ugandan President Yoweri Museveni at State House.\n")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    events = json.loads(runner.invoke(app, ["timeline", "--db", str(db), "--json"]).stdout)
    dated = {e["type"]: e["when"]["value"] for e in events}
    # Ruto serves Kenya, a party to Saturday's agreement; the expulsion last April is no part of the story told
    assert dated == {"SANCTION/diplomatic": "2024-04", "AGREE": "2025-01-11", "CONSULT": "2025-01-11"}


@pytest.mark.parametrize(
    ("between", "dated"), [("\n", "2024-06-04"), ("\n\n", "2024-06-04"), ("\nIt rained.\n", None)]
)
def test_a_story_goes_on_into_the_next_paragraph_only(between, dated):
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    text = "On 4 June Fidan arrived in Mogadishu." + between + "Fidan met Abiy."
    met = text.index("Fidan met")
    fidan = [Place("d", 10, 15, "Fidan"), Place("d", met, met + 5, "Fidan")]
    actors = [Actor("fi", "Hakan Fidan", "PERSON", mentions=fidan),
              Actor("ab", "Abiy Ahmed", "PERSON", mentions=[Place("d", met + 10, met + 14, "Abiy")]),
              Actor("so", "Somalia", "GPE", mentions=[Place("d", 27, 36, "Mogadishu")])]  # fmt: skip
    arrival = Report("CONSULT/visit", "occurred", 3, 16, 23, 0, 37, [(10, 15)], [(27, 36)], "2024-06-04", "day",
                     "4 June", narrative=True)
    meeting = Report("CONSULT/meet", "occurred", 3, met + 6, met + 9, met, len(text), [(met, met + 5)],
                     [(met + 10, met + 14)], narrative=True)  # fmt: skip
    events = merge([("d", text, arrival), ("d", text, meeting)], actors)
    assert [e.when_value for e in events if e.type == "CONSULT/meet"] == [dated]


@pytest.mark.parametrize(
    ("text", "narrative"),
    [
        ("Fidan met the president.", True),
        ("Fidan arrived and met the president.", True),
        ("Fidan had met the president.", False),
        ("Fidan earlier met the president.", False),
        ("Fidan, who met the president, left.", False),
        ("Officials said Fidan met the president.", False),
        ("Fidan will meet the president.", False),
        ("Fidan meets the president.", False),
    ],
)
def test_a_report_in_the_simple_past_of_a_main_clause_goes_on_with_a_story(nlp, text, narrative):
    found = find_reports(nlp(text), [], Published())
    (report,) = [r for r in found if text[r.trigger_start : r.trigger_end].startswith("me")]
    assert report.narrative is narrative


def test_calling_someone_an_ally_is_support(nlp):
    assert reports(nlp, "Erdogan called Somalia an ally in the struggle against piracy.") == [
        ("SUPPORT", "occurred", ["Erdogan"], ["Somalia"])
    ]
    # a name called in abuse accuses, whichever object the parse makes the one called
    assert reports(nlp, "Ruto called Odinga a liar.") == [("ACCUSE", "occurred", ["Ruto"], ["Odinga"])]
    assert reports(nlp, "The senator kept calling the mayor a traitor.")[0][0] == "ACCUSE"


def test_reports_with_compatible_dates_are_one_event():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    text = "Russia invited the Taliban."
    actors = [Actor("ru", "Russia", "GPE", mentions=[Place(d, 0, 6, "Russia") for d in ("d1", "d2", "d3")]),
              Actor("tb", "Taliban", "ORG", mentions=[Place(d, 19, 26, "Taliban") for d in ("d1", "d2", "d3")])]  # fmt: skip

    def report(when: str | None) -> Report:
        return Report("COOPERATE/invite", "occurred", 4, 7, 14, 0, len(text), [(0, 6)], [(19, 26)], when, None, None)

    events = merge([("d1", text, report("2024-05-27")), ("d2", text, report("2024-05")), ("d3", text, report(None))],
                   actors)  # fmt: skip
    assert [(e.when_value, len(e.evidence), e.summary) for e in events] == [
        ("2024-05-27", 3, "Russia invited the Taliban")
    ]
    other = merge([("d1", text, report("2024-05-27")), ("d2", text, report("2023-01"))], actors)
    assert len(other) == 2
    # a week fits a day and a month it shares days with: "reached Kabul earlier this week", "visited on Wednesday"
    week = merge([("d1", text, report("2024-W48")), ("d2", text, report("2024-11-27"))], actors)
    assert [(e.when_value, len(e.evidence)) for e in week] == [("2024-11-27", 2)]
    assert len(merge([("d1", text, report("2024-W48")), ("d2", text, report("2024-10"))], actors)) == 2


def test_relations_and_the_network(runner, db, tmp_path):
    import xml.etree.ElementTree as ET

    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text)
    runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", str(db)])
    periods = json.loads(runner.invoke(app, ["relations", "Russia", "Taliban", "--db", str(db), "--json"]).stdout)
    assert [(p["period"], p["net_cooperation"], len(p["events"])) for p in periods] == [("2024-05", 4, 1)]
    bad = runner.invoke(app, ["relations", "Russia", "Taliban", "--by", "week", "--db", str(db)])
    assert (bad.exit_code, bad.stderr) == (2, "error: --by 'week' is no period. Use --by month or --by year\n")
    for fmt, edge in (("graphml", "{http://graphml.graphdrawing.org/xmlns}edge"), ("gexf", "{http://gexf.net/1.3}edge")):
        result = runner.invoke(app, ["export", "--format", fmt, "--db", str(db), "-o", str(tmp_path / f"n.{fmt}")])
        assert result.exit_code == 0
        edges = ET.parse(tmp_path / f"n.{fmt}").getroot().iter(edge)
        assert [e.get("source") for e in edges] == [periods[0]["events"][0]["source"][0]]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ethiopia signed a memorandum with Somaliland.", "AGREE"),
        ("The envoy met with Taliban leaders in Kabul.", "CONSULT/meet"),
        ("Russia recognized the Taliban government.", "SUPPORT/diplomatic"),
        ("Kenya removed the rebel movement from its blacklist.", "CONCEDE"),
        ("Kenya accepted a Somaliland envoy in January.", "SUPPORT/diplomatic"),
        ("Russia invites the Taliban to the forum.", "COOPERATE/invite"),
        ("Turkey supplied wheat to Afghanistan.", "AID"),
        ("Russia withdrew its troops from Syria.", "RETREAT"),
        ("The Taliban asked Russia for help.", "REQUEST"),
        ("The minister accused Washington of robbing Afghanistan.", "ACCUSE"),
        ("Pakistan rejected the proposal from India.", "REJECT"),
        ("Egypt threatened Ethiopia with sanctions.", "THREATEN"),
        ("Farmers protested against the government.", "PROTEST"),
        ("The United States sanctioned the bank.", "SANCTION"),
        ("Somalia expelled the Ethiopian ambassador.", "SANCTION/diplomatic"),
        ("Russia deployed troops to the border.", "MOBILIZE"),
        ("The police arrested the opposition leader.", "COERCE"),
        ("Russia invaded Ukraine in 2022.", "ASSAULT"),
    ],
)
def test_every_type(nlp, text, kind):
    assert kind in [r[0] for r in reports(nlp, text)]


def test_headline_lines_and_relative_clauses(nlp):
    line = "Ethiopia invites Somaliland to Addis Ababa trade summit — Foreign Ministry"
    assert reports(nlp, line)[0][:3] == ("COOPERATE/invite", "occurred", ["Ethiopia"])
    found = reports(nlp, "Kenya was among the few states that did not evacuate its consulate.")
    assert [(r[0], r[1]) for r in found] == [("RETREAT", "denied")] and found[0][2] != ["that"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Russia sent wheat to Afghanistan.", ["AID"]), ("Russia sent Shoigu to Kabul.", ["CONSULT/visit"]),
     ("Egypt sent troops to Somalia.", ["MOBILIZE"]), ("Russia sends a message to the West.", []),
     ("Kenya sent peacekeepers to Somalia.", ["MOBILIZE"])],
)
def test_what_is_sent_decides(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Russia and Pakistan signed an energy agreement.", ["AGREE"]), ("Sign up for our newsletter.", []),
     ("Two hosts would sign up with a channel Russia funds.", []),
     ("The 1951 convention, which most nations signed, obliges them.", ["AGREE"]),
     ("Ruto signed the bill into law.", []), ("The statement was signed by the chairwoman.", []),
     ("The clubs that signed the petition are named.", [])],
)
def test_signing_up_or_alone_is_no_agreement(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Obama called on Congress to act.", ["REQUEST"]),
        ("Trump called for a ban.", ["REQUEST"]),
        ("Trump has called for taxing income at a lower rate.", ["REQUEST"]),
        ("Scott urged the audience to welcome the governor.", ["REQUEST", "SUPPORT"]),
        ("The lawyer asked that the court delay the trial.", ["REQUEST"]),
        ("The Taliban asked Russia for help.", ["REQUEST"]),
        ("Doctors called him out.", ["ACCUSE"]),
        ("Trump called him a con artist.", []),
        ("The union called Ruto a champion of its members.", ["SUPPORT"]),  # praise, no request
        ("It is what he calls hell.", []),
        ("Lawmakers asked whether the deals required it.", []),
        ("Asked about the bomb, Clinton said she did not know.", []),
        ("Asked on the radio who leads the party, he named the speaker.", []),
        ("Clinton called Machado on Friday to thank her.", []),
        ("Kenya called the attack on its troops cowardly.", []),
        ("The senator called his rival on the claim.", []),
        ("Somalia appealed for calm.", ["REQUEST"]),
        ("Kenya appealed to the UN to intervene.", ["REQUEST"]),
        ("He has managed to appeal to a certain kind of voter.", []),
    ],
)
def test_asking_and_calling_request_only_what_they_ask_for(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russian missiles struck Kyiv as residents slept.", ["ASSAULT"]),
        ("Russia and Turkey struck a deal on grain.", ["AGREE"]),
        ("The court struck down the law.", []),
        ("His speech struck a chord with voters.", []),
        # struck off a list is taken off it, as removed from it
        ("Kenya struck the rebel movement off its list of banned groups.", ["CONCEDE"]),
        ("The envoy struck up a friendship with the Kenyan president.", []),
        ("The Kenyan pitcher gave up two hits and struck out five batters.", []),
        ("The governor spoke of common ground, striking a theme he would repeat.", []),
        ("Ochieng struck a quick century against Uganda.", []),
        ("The decision struck many as odd.", []),
    ],
)
def test_striking_assaults_only_what_it_hits(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The mayor has responded with attacks on Senator Ortiz.", ["ACCUSE"]),
        ("In an August speech, the mayor attacked the hateful creed of her foes.", ["ACCUSE"]),
        ("He attacked the other candidates on stage for taking his money.", ["ACCUSE"]),
        ("Gunmen attacked the senator's convoy.", ["ASSAULT"]),
        ("Russia attacked Kyiv with drones.", ["ASSAULT"]),
        ("The trader said he fought back when a porter attacked him with a broken bottle.", ["ASSAULT"]),
        ("Odinga says he will attack two provisions in the finance bill.", ["ACCUSE"]),
        ("The paper attacked Ruto, saying he had insulted veterans of the war.", ["ACCUSE"]),
        ("Hamas attacked Israel on October 7.", ["ASSAULT"]),
        ("The Taliban attacked a checkpoint in Kandahar.", ["ASSAULT"]),
        ("She then hit him with attacks on his record and plans.", ["ACCUSE"]),
        ("The senator spent the day attacking his rivals.", ["ACCUSE"]),
        ("Ruto attacked Odinga for his support of military action in Somalia.", ["ACCUSE"]),
        ("Gunmen attacked the governor's residence, killing two guards.", ["ASSAULT", "ASSAULT"]),
        ("Critics said the senator kept attacking migrants and women, pointing to his comments.", ["ACCUSE"]),
        ("Police said gunmen kept attacking migrants near the border.", ["ASSAULT"]),
        ("The senator kept up attacks on the reigning Miss Kenya.", ["ACCUSE"]),
        ("Her new ad recalls the night of an attack on a Dutch embassy in Accra.", ["ASSAULT"]),
        # a word for speech, a stance, or a person named attacking what is no place
        ("Odinga says Ruto's phony attack will fail.", ["ACCUSE"]),
        ("Odinga's populist attacks on the banks resonated.", ["ACCUSE"]),
        ("Ruto attacked Odinga's personal life.", ["ACCUSE"]),
        ("Odinga and Kalonzo have both attacked the program.", ["ACCUSE"]),
        ("Voters were uneasy about Odinga's attacks on refugees.", ["ACCUSE"]),
        ("Putin's attack on Ukraine shocked Europe.", ["ASSAULT"]),
        ("Backers of tighter rules on hate speech link the venom of the debate to more attacks on refugee shelters.",
         ["ASSAULT"]),
        ("Omar Ali's murderous attack on the clubgoers of Nairobi shocked Kenya.", ["ASSAULT"]),
        # a word for speech or a stance says so, whatever else the sentence tells
        ("Ruto's caustic attacks on the clergy endangered Kenyan troops abroad.", ["ACCUSE"]),
        ("The ads were attacks on the senator's military reputation.", ["ACCUSE"]),
        ("The ads were attacks on the judge's heritage in a time of war.", ["ACCUSE"]),
        ("It was the usual line of attack on the budget.", ["ACCUSE"]),
        ("The speaker attacked some opposition lawmakers in Parliament.", ["ACCUSE"]),
        ("Gunmen made an attack on his life near Nairobi.", ["ASSAULT"]),
        # a police or border post is no post on a website
        ("Kenya recalled its envoy after Monday's attack on a police post near the border.",
         ["RETREAT/diplomatic", "ASSAULT"]),
        ("The mayor attacked the senator in a post on Facebook.", ["ACCUSE"]),
    ],
)
def test_an_attack_in_words_accuses(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lavrov discussed Afghanistan with Baradar.", ["CONSULT"]),
        ("She went to Flint to talk with the mayor.", ["CONSULT"]),
        ("The Ohio governor and the Texas banker discussed the violence.", ["CONSULT"]),
        ("European leaders gathered on Friday to discuss the challenges.", ["CONSULT"]),
        ("Putin attended the summit in Kazan.", ["CONSULT"]),
        ("The mayor talked about prison reform.", []),
        ("Trump discussed his commitment to veterans.", []),
        ("Reform is what she has talked about for years.", []),
        # talk about a topic with no one named is public, unless two sides talk
        ("Taliban officials even talked about joining regional projects.", []),
        ("Kenya and Somalia talked about trade.", ["CONSULT"]),
        ("The governor will talk to the nation tonight.", []),
        ("Her daughter attends the public school.", []),
        ("Our readers want us to talk of their worries.", []),  # we talk, not the readers
        ("The ministers asked their deputies to discuss the plan.", ["REQUEST", "CONSULT"]),
    ],
)
def test_talking_consults_only_with_someone(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Taliban released two British prisoners.", ["CONCEDE"]),
        ("Russia released Ivanov.", ["CONCEDE"]),
        ("Five years after she was released, Suu Kyi visited the Elysee Palace.", ["CONCEDE", "CONSULT/visit"]),
        ("Trump released his tax returns.", []),
        ("A poll released Tuesday found Trump ahead.", []),
    ],
)
def test_releasing_gives_way_only_what_was_held(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia and Ukraine agreed to a ceasefire.", ["AGREE"]),
        ("Patriot agreed to lend the company money.", ["AGREE"]),
        ("The leaders agreed on an independent inquiry.", ["AGREE"]),
        ("The judge agreed with the widow that there was no cause.", []),
        ("Analysts agreed it was a top-heavy plan.", []),
        ("Fifty-eight percent of voters agreed.", []),
        ("In different ways, all agreed that the levy would raise prices.", []),
        ("Whatever I propose, she agrees with me.", []),
        ("The truce, which both sides agreed, collapsed.", ["AGREE"]),
        ("The attorney general agreed to a short interview.", []),
    ],
)
def test_agreeing_settles_something_not_a_view(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia supplied weapons to the Taliban.", ["AID"]),
        ("Washington provided Kyiv with missiles.", ["AID"]),
        ("Kenya potentially supplies fuel to Somalia.", ["AID"]),  # a form the lemmatizer misses
        ("The channel is providing a view you won't find anywhere else.", []),
        ("The topic provided an opening for Trump.", []),
        ("The site provides a link to the report.", []),
    ],
)
def test_providing_aids_only_with_goods(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


def test_forms_made_for_a_lemma_are_its_own():
    from storyline.extract.inflect import verb_forms

    assert verb_forms("ban") == {"ban", "bans", "banes", "baned", "baning", "banned", "banning"}
    assert {"agreed", "agreeing"} <= verb_forms("agree") and {"denied", "denies"} <= verb_forms("deny")


def test_banding_together_bans_nothing(nlp):
    assert reports(nlp, "The small parties must band together to beat him.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Iran seized a British tanker on Friday.", ["COERCE"]),
        ("Russia seized the peninsula from Kyiv in 2014.", ["COERCE"]),
        ("Clinton is seizing upon a report that Trump lost money.", []),
    ],
)
def test_seizing_on_something_takes_nothing(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia and Pakistan concluded an energy agreement.", ["AGREE"]),
        ("The FBI concluded that Clinton had been careless.", []),
        ("Matthews concluded.", []),
    ],
)
def test_concluding_settles_only_an_accord(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Shoigu arrived in Kabul on Monday.", ["CONSULT/visit"]),
        ("The Russian delegation arrived in Kabul.", ["CONSULT/visit"]),
        ("Inspectors arrived at 12 randomly chosen farms.", []),
        ("The money arrived in February.", []),
        ("Once it arrives in Mombasa, the copper is weighed.", []),
        ("The crate that arrived in Mombasa last week held spare parts.", []),
        ("Ruto arrived in Parliament in 2002 and Odinga in office in 2008.", []),
        ("Their grandson, who was visiting, was hurt.", []),
        ("Ruto will visit next week.", ["CONSULT/visit"]),
    ],
)
def test_arriving_visits_only_for_someone_named_and_not_in_a_seat(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Turkish foreign minister arrived in Nairobi on Monday.",
         [("CONSULT/visit", "occurred", ["Turkish foreign minister"], ["Nairobi"])]),
        ("Fidan arrived in Mogadishu on a two-day visit.",
         [("CONSULT/visit", "occurred", ["Fidan"], ["Mogadishu"])]),  # the visit is the arrival's, no party
        ("The Somali delegation landed in Addis Ababa on Sunday.",
         [("CONSULT/visit", "occurred", ["Somali delegation"], ["Addis Ababa"])]),
        ("The envoy will fly to Asmara next week.", [("CONSULT/visit", "planned", ["envoy"], ["Asmara"])]),
        ("The drones flew to the border.", []),
        ("The jet landed in Mombasa after a bird strike.", []),
        ("The governor landed in jail.", []),
        ("The firm landed a contract in Kampala.", []),
        ("Prices flew past the cap.", []),
    ],
)
def test_flying_to_landing_in_and_arriving_in_a_place_visit_it(nlp, text, expected):
    assert reports(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan foreign minister is due in Mogadishu next week.",
         [("CONSULT/visit", "planned", ["Kenyan foreign minister"], ["Mogadishu"])]),
        ("Ruto is expected in Addis Ababa on Friday.", [("CONSULT/visit", "planned", ["Ruto"], ["Addis Ababa"])]),
        ("The envoy was due in Asmara later this week, aides said.",
         [("CONSULT/visit", "planned", ["envoy"], ["Asmara"])]),
        ("Ruto is not expected in Addis Ababa.", [("CONSULT/visit", "denied", ["Ruto"], ["Addis Ababa"])]),
        ("Ruto is due back in Nairobi on Friday.", []),  # coming home
        ("The first payment is due in March.", []),
        ("Heavy rain is expected in Nairobi.", []),
        ("Elections are due in Somalia next year.", []),
    ],
)
def test_one_due_or_expected_in_a_place_is_to_visit_it(nlp, text, expected):
    assert reports(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia recognized the Taliban.", ["SUPPORT/diplomatic"]),
        ("Ethiopia will recognise Somaliland.", ["SUPPORT/diplomatic"]),
        ("Trump recognized that the government had lost.", []),
        ("Can you recognize this person?", []),
    ],
)
def test_recognition_is_diplomatic_only_for_a_polity(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ethiopia recalled its ambassador from Mogadishu.", ["RETREAT/diplomatic"]),
        ("The envoy was recalled for consultations.", ["RETREAT/diplomatic"]),
        ("Kenya recalled its troops from the border.", ["RETREAT/diplomatic"]),
        ("The governor recalled the first debate.", []),
        ("She recalled thinking that the room did not see her.", []),
    ],
)
def test_recalling_withdraws_only_someone_sent(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("These are the frozen assets that Somalia released on Monday.", ["CONCEDE"]),
        ("The troops, which Ethiopia recalled last week, are home.", ["RETREAT/diplomatic"]),
    ],
)
def test_a_relative_word_stands_for_what_the_verb_takes(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya removed the tariffs on Ugandan sugar.", ["CONCEDE"]),
        ("Ethiopia will remove its troops from the border.", ["CONCEDE"]),
        ("Moscow removed the movement from its list of banned groups.", ["CONCEDE"]),
        ("Police removed the candidate from the debate hall.", []),
        ("The county kept removing voters from the rolls.", []),
        ("The plan would remove loopholes for hedge funds.", []),
        ("Nairobi lifted its night curfew on Sunday.", ["CONCEDE"]),
        ("Curfew lifted as troops leave the capital.", ["CONCEDE"]),
        ("The grant helps a family lift itself out of debt.", []),
        ("The phrase was lifted from an old speech.", []),
    ],
)
def test_removing_gives_way_only_when_it_lifts_a_restriction(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Qatar hosted the talks between Kenya and Somalia.", ["CONSULT/host"]),
        ("Turkey hosted a delegation from Mogadishu.", ["CONSULT/host"]),
        ("Nairobi will host Ruto's counterpart next week.", ["CONSULT/host"]),
        ("The senator also hosts a weekly radio show.", []),
        ("Ohio will host the closest race in the country.", []),
        ("The Lions will host the Eagles for a football game at their home ground on Saturday.", []),
        ("The candidate will host events in Mombasa and Kisumu this week.", []),
        ("Her supporters attended a rally in Nakuru.", []),
    ],
)
def test_hosting_consults_only_guests_or_a_gathering(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("Ruto sent Mudavadi to Mogadishu.", (["Ruto", "Mudavadi"], ["Mogadishu"])),
        ("Mudavadi was sent to Mogadishu by Ruto.", (["Ruto", "Mudavadi"], ["Mogadishu"])),
        ("Egypt sent weapons to Somalia.", (["Egypt"], ["Somalia"])),
        ("Russian troops were sent into Syria.", (["Russian troops"], ["Syria"])),
        ("Aid was sent to Gaza.", ([], ["Gaza"])),
    ],
)
def test_what_is_sent_goes_to_the_target_and_envoys_and_troops_go_for_their_senders(nlp, text, roles):
    assert [r[2:] for r in reports(nlp, text)] == [roles]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya backed the plan on Monday.", ["SUPPORT"]),
        ("The retailer is backing out of its lease in Nairobi.", []),
        ("Kenya backed down from its threat.", []),
        ("Kenya's striker Odhiambo was sent off after a foul.", []),
    ],
)
def test_a_particle_turns_backing_and_sending_away(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Somalia refused to release the Kenyan fishermen.", ["REJECT", "CONCEDE"]),
        ("The Kenyan ministry refused to comment on the reports.", []),
        ("Mr. Odinga refused to say if he would stand again.", []),
    ],
)
def test_refusing_to_comment_rejects_nothing(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rebels killed 12 villagers in northern Kenya.", ["ASSAULT"]),
        ("Cholera has killed nine people in northern Kenya this month.", []),
        ("Twelve Kenyans were killed by the floods.", []),
        ("The Kenyan senate killed the bill on Tuesday.", []),
        ("The delay killed his hopes of a quick deal.", []),
        ("A crocodile killed a fisherman on Lake Turkana.", []),
        ("A dog belonging to a farmer killed a child in Nakuru.", []),
        ("The Tigers killed 20 soldiers near Jaffna.", ["ASSAULT"]),
        ("The ferry capsized on Lake Victoria, killing 40 people.", []),
        ("A minibus crashed into a lorry outside Nakuru, killing three passengers.", []),
        ("A car bomb exploded in Mogadishu, killing 12 people.", ["ASSAULT"]),
        ("Two Kenyans were killed and nine hurt when a matatu collided with a tanker near Naivasha.", []),
        ("Four hikers were killed in a bus crash near Eldoret.", []),
        ("Four soldiers were killed in an ambush near Eldoret.", ["ASSAULT"]),
        ("Nine killed in Nairobi hotel blaze.", []),
        ("Twenty villagers have been killed and 90 hurt in the flood-hit town of Garissa.", []),
        ("Six guards were killed in an attack on a flood relief camp.", ["ASSAULT", "ASSAULT"]),
        ("A cyclist was killed when he rode into the path of a bus in Thika.", []),
        ("The parallels between the two Kenyan campaigns are striking.", []),
        ("Herders in Garissa killed 40 goats for the feast.", []),
        ("On the feast day, families across the region will kill and then offer up goats.", []),
        ("Rebels killed and burned three villagers.", ["ASSAULT"]),
        ("Three guards were killed when a truck bomb went off in Thika.", ["ASSAULT"]),
        ("Two traders were killed when gunmen fired on their van near Garissa.", ["ASSAULT"]),
    ],
)
def test_a_disease_or_a_disaster_that_kills_assaults_no_one(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya welcomed the decision by Somalia.", ["SUPPORT"]),
        ("The congressman welcomed several hundred guests to the picnic.", []),
    ],
)
def test_welcoming_guests_is_no_support(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya's senators used to support Raila Odinga.", ["SUPPORT"]),
        ("Kenya's central bank sold dollars on Monday, supporting the shilling.", []),
        ("The old chief walked without help, though supporting himself on a cane.", []),
        ("The chief said the video and further evidence supports the witnesses' account.", []),
        ("Kenya supports the senator's claim.", ["SUPPORT"]),
    ],
)
def test_propping_up_a_currency_or_oneself_or_bearing_out_a_claim_is_no_support(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The government threatened to fire the striking Kenyan nurses.", ["THREATEN"]),
        ("The fighting in Somalia has threatened a Kenyan peace plan.", []),
        ("His rhetoric threatens Kenya's national security.", []),
        ("That worries her because it threatens the hard work Kenyan economists did to fight that idea.", []),
        ("Kenyan rebels believe they might threaten the ruling party's lead in Mombasa.", []),
        ("The Kenyan runner looked threatening on the final bend.", []),
        # a threat needs a threatener: no case, vote, technology or pressure makes one
        ("A court case that threatened to bankrupt the unions went on for years.", []),
        ("The coming vote in Ohio threatens to end two campaigns.", []),
        ("Cheap solar technology threatens to upend the coal business.", []),
        ("Prices fell again, threatening fresh losses for the fund.", []),
        ("That threatened to push many families into debt.", []),
        # a resolution, a letter or one of a group is some party's
        ("The council passed a resolution threatening Kenya.", ["THREATEN"]),
        ("Anonymous letters threatening the judge reached her office.", ["THREATEN"]),
        ("One of the insurers, Acme Health, has threatened to quit the market.", ["THREATEN"]),
        ("Ethiopia may one day have the means to threaten its neighbours.", ["THREATEN"]),
        ("Striking miners threatened to block the port.", ["THREATEN"]),
        ("A rainy winter threatens to ruin the harvest.", []),
    ],
)
def test_endangering_is_no_threat(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia has traded with China for decades.", ["COOPERATE/economic"]),
        ("About 2,000 shares of the Kenyan firm were traded on Friday.", []),
        ("By noon, shares of the Kenyan firm were trading at a low.", []),
        ("The candidate has traded his usual rallies for a town hall setting.", []),
    ],
)
def test_trading_one_thing_for_another_is_no_commerce(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya signed a great deal with Uganda.", ["AGREE"]),
        ("Kenya's president has much respect for Uganda.", []),
        ("Kenya has paid a good deal of the cost for Uganda.", []),
    ],
)
def test_a_great_deal_of_something_is_an_amount(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya blamed Somalia for the attack.", ["ACCUSE"]),
        ("Somalia went on television to blame Kenya.", ["ACCUSE"]),
        ("The governor said rivals and the press are to blame for the fuss.", []),
        ("Officials say the rebels are to blame.", []),
    ],
)
def test_being_to_blame_is_no_accusation(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia warned that it would retaliate against Kenya.", ["THREATEN"]),
        ("Ethiopia warned Egypt of consequences.", ["THREATEN"]),
        ("Japan warned Pyongyang to refrain from more launches.", ["REQUEST"]),
        ("The IMF warned that the vote could depress growth.", []),
        ("The delegate warned of a bitter fight ahead.", []),
        ("Odinga warned it could backfire on Kenya.", []),  # "it" is no person's
        ("Warned it could backfire, the envoy stayed home.", []),  # a warning whose warner the parse lost
    ],
)
def test_a_warning_threatens_only_an_action_of_the_one_who_warns(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The union invested $12 million in a mill.", ["COOPERATE/economic"]),
        ("China invested heavily in Kenya's railway.", ["COOPERATE/economic"]),
        ("The senator has invested much time in the valley.", []),
        ("It shows the political capital invested in the nation's future.", []),
        ("Both are invested in calming the feud.", []),
        ("The president traveled to Nairobi.", ["CONSULT/visit"]),
        ("The senator traveled the globe.", []),
        ("Many of you have driven around this region.", []),
    ],
)
def test_investing_needs_money_and_travelling_a_destination(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


def test_a_date_dates_only_the_event_it_hangs_from(nlp):
    def dated(text: str) -> dict[str, str | None]:
        doc = nlp(text)
        timexes = find_timexes(text, None)
        return {text[r.trigger_start : r.trigger_end]: r.when_value for r in find_reports(doc, timexes, Published())}

    assert dated("Iraq launched its invasion of Kuwait in August 1990.") == {"invasion": "1990-08"}
    assert dated("The minister, who oversaw the talks until May 2024, met the Taliban envoy.")["met"] is None
    assert dated("Kenya is considering removing the rebels from its blacklist.") == {"removing": None}
    # a date in a clause ordered after or since the event's dates that clause alone
    assert dated("Ethiopia recalled its envoy, after the Egyptian army sent troops in August 2024.") == {
        "recalled": None, "sent": "2024-08"
    }
    assert dated("He has attended four summits since he began reporting on Kenya in 2015.") == {"attended": None}
    # what an act is done under was made before it
    text = "Ugandan troops began to withdraw from Juba in March 2024 under an agreement between Kampala and Juba."
    assert dated(text) == {"withdraw": "2024-03", "agreement": None}


def test_a_past_day_beside_the_subject_or_in_a_phrase_dates_the_event(nlp):
    dated = dating(nlp, date(2024, 1, 4))  # a Thursday

    assert dated("Somalia recalled its ambassador to Ethiopia for consultations on Tuesday.") == {
        "recalled": "2024-01-02"
    }
    assert dated("The White House on Monday urged Ethiopia to withdraw.")["urged"] == "2024-01-01"
    assert dated("The envoy was recalled for consultations on Tuesday.")["recalled"] == "2024-01-02"
    assert dated("Egypt sent troops to Somalia after the attack on Tuesday.")["sent"] is None
    assert dated("The envoy met the Taliban for the first time in 2021 in Doha.")["met"] == "2021"
    assert dated("The envoy praised the Taliban in an interview published Monday.")["praised"] == "2024-01-01"
    assert dated("The minister unleashed withering attacks against his rival in Tuesday's debate.")["attacks"] == (
        "2024-01-02"
    )
    assert dated("Russia invited the Taliban to the conference on January 9 in Kazan.")["invited"] is None  # its day


def test_a_month_naming_the_medium_of_a_past_event_dates_it(nlp):
    dated = dating(nlp, date(2016, 10, 1))

    assert dated("In a September letter, the mayor asked the network to give away the profits.")["asked"] == "2016-09"
    assert dated("The cleric was killed in a 2011 drone strike.")["killed"] == "2011"
    assert dated("The 2008 GOP nominee visited Kabul.")["visited"] is None  # a role, not when


def test_a_week_past_dates_an_event_told_in_the_past(nlp):
    text = "Shoigu reached Kabul earlier this week."
    (found,) = find_reports(nlp(text), find_timexes(text, date(2024, 11, 27)), Published("2024-11-27", "day"))
    assert found.when_value == "2024-W48"  # the week has begun, so it is no later day the visit looked to


def test_an_opening_date_the_parse_left_alone_dates_the_main_verb(nlp):
    text = "Earlier this week Shoigu reached Kabul."  # no comma: the parse makes "week" a root of its own
    (found,) = find_reports(nlp(text), find_timexes(text, date(2024, 11, 27)), Published("2024-11-27", "day"))
    assert found.when_value == "2024-W48"


def test_an_event_named_after_before_or_since_is_not_dated_by_its_sentence(nlp):
    dated = dating(nlp, date(2024, 7, 2))

    # not by Monday: the agreement is of the month six months before, a background that sets no story's date
    text = "Ankara hosted talks between Ethiopia and Somalia on Monday, six months after a port agreement between " \
           "Ethiopia and Somaliland."
    found = find_reports(nlp(text), find_timexes(text, date(2024, 7, 2)), Published("2024-07-02", "day"))
    assert [(text[r.trigger_start : r.trigger_end], r.when_value, r.narrative) for r in found] == [
        ("hosted", "2024-07-01", True), ("agreement", "2024-01", False)]
    assert dated("On Monday, after the attack on the embassy, Russia recalled its ambassador to Kabul.") == {
        "attack": None, "recalled": "2024-07-01"
    }
    assert dated("Talks resumed on Monday after the agreement of June 3.")["agreement"] == "2024-06-03"
    # but one right before or after the other shares its day
    assert dated("Kenya expelled the envoy on Monday, hours after he met the rebels.")["met"] == "2024-07-01"
    assert dated("Kenya expelled the envoy on Monday shortly after the envoy met the rebels.")["met"] == "2024-07-01"
    assert dated("Kenya expelled the envoy at 9 p.m. Monday, hours after he met the rebels.")["met"] == "2024-07-01"


def test_the_parties_a_noun_names_take_part(nlp):
    recalled = reports(nlp, "Somalia recalled its ambassador to Ethiopia.")[0]
    assert recalled[2:] == (["Somalia"], ["its ambassador", "Ethiopia"])
    (hosted,) = reports(nlp, "Ankara hosted the first round of talks between Ethiopia and Somalia.")  # one event
    assert hosted[3][1:] == ["Ethiopia", "Somalia"]
    assert reports(nlp, "Talks between Ethiopia and Somalia resumed.")[0][2:] == (["Ethiopia"], ["Somalia"])
    signed = reports(nlp, "Ethiopia signed a memorandum of understanding with Somaliland.")[0]
    assert signed[3] == ["memorandum", "Somaliland"]
    # a place or polity noun stands for the name it gives through "of"
    signed = reports(nlp, "Ethiopia has signed a memorandum of understanding with the breakaway region of Somaliland.")
    assert signed[0][3] == ["memorandum", "Somaliland"]
    assert reports(nlp, "The army shelled the city of Kharkiv and the town of Izium.")[0][3] == ["Kharkiv", "Izium"]
    assert reports(nlp, "The government of Somalia recalled its envoy.")[0][2] == ["Somalia"]
    assert reports(nlp, "The leaders of Ethiopia and Somalia agreed in Ankara.")[0][2] == ["Ethiopia", "Somalia"]
    # an event noun's agent after "by" acts
    assert reports(nlp, "The invasion of Ukraine by Russia began in 2022.")[0][2:] == (["Russia"], ["Ukraine"])
    assert reports(nlp, "Russia launched an attack by drones on Kyiv.")[0][2] == ["Russia"]  # the light verb's first
    # the subject of a verb that imposes an event noun acts, and the party the parse hangs on that verb takes part
    assert reports(nlp, "Washington imposed sanctions on the bank last month.")[0][:4] == (
        "SANCTION", "occurred", ["Washington"], ["bank"])
    assert reports(nlp, "Britain slapped sanctions on five Somali banks.")[0][2:] == (["Britain"], ["Somali banks"])
    # "on" names a party of a conflict only: the tour is where the visit was paid from
    assert reports(nlp, "Ruto, on an African tour, paid a visit to Somalia.")[0][2:] == (["Ruto"], ["Somalia"])
    # an attack on an office holder with no arms in its sentence is made in words
    text = "Allies mounted a public attack on the housing secretary over his sales of mortgages."
    assert reports(nlp, text)[0][:2] == ("ACCUSE", "occurred")
    # what a thing belongs to takes no part: the families are threatened, not the militants
    assert reports(nlp, "The army threatened the families of the militants.")[0][3] == ["families"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Talk to the Somalis.", "proposed"),
        ("\"Support the new envoy,\" the minister told them.", "proposed"),
        ("\"We support the new envoy,\" the minister told them.", "occurred"),
        ("Kenya and Somalia meet in Ankara.", "occurred"),
        # a deed a command urges one to join in or help with is urged too, but not one it stops
        ("Please join us in backing the new envoy.", "proposed"),
        ("Stop attacking the new envoy.", "occurred"),
    ],
)
def test_a_command_is_proposed(nlp, text, status):
    assert reports(nlp, text)[0][1] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Talks between Kenya and Somalia were cancelled.", "denied"),
        ("The meeting between Ruto and Abiy did not take place.", "denied"),
        ("The summit of Kenya and Somalia was postponed.", "planned"),
        ("The meeting between Ruto and Abiy will take place in Moyale.", "planned"),
        ("The talks between Kenya and Somalia will be held in Geneva.", "planned"),
        ("The talks between Kenya and Somalia began on Monday.", "occurred"),
        ("Russia's invasion of Ukraine will be remembered.", "occurred"),
    ],
)
def test_what_befalls_a_meeting_or_a_visit_is_its_status(nlp, text, status):
    assert reports(nlp, text)[0][1] == status


def test_a_meeting_asked_for_that_a_relative_clause_tells_took_place_took_place_on_its_day(nlp):
    dated = dating(nlp, date(2016, 4, 13))
    text = "The anchor requested a meeting with the candidate, which took place at his tower this morning."
    found = statuses(nlp, text)
    assert found["meeting"] == "occurred" and dated(text)["meeting"] == "2016-04-13"
    text = "The anchor requested a meeting with the candidate, which never took place."
    assert [r[1] for r in reports(nlp, text) if r[0] == "CONSULT"] == ["denied"]
    # a clause that tells of another noun of the phrase tells nothing of the meeting
    text = "The anchor requested a meeting with the leader of a group that began a war."
    assert [r[1] for r in reports(nlp, text) if r[0] == "CONSULT"] == ["proposed"]


def test_a_sentence_opening_on_meet_the_presents_what_it_takes(nlp):
    assert reports(nlp, "Meet the robots that now wait tables in Nairobi.") == []
    assert reports(nlp, "Meet the Press.") == []
    assert [r[1] for r in reports(nlp, "Meet the Taliban in Doha, the envoy was told.")] == ["proposed"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The guard appeared to have been killed at his post.", ([], ["guard"])),
        ("The envoy seems to have been expelled by Kenya.", (["Kenya"], ["envoy"])),
        ("Kurdish rebels say two killed in army shelling.", ([], ["two"])),
        ("Rebels killed two on Monday.", (["Rebels"], ["two"])),
    ],
)
def test_who_undergoes_a_passive_or_a_headline_count(nlp, text, sides):
    assert reports(nlp, text)[0][2:] == sides


def test_a_time_owns_an_event_in_name_only(nlp):
    met = reports(nlp, "Thursday's meeting between Kenya and Somalia was cancelled.")[0]
    assert met[2:] == (["Kenya"], ["Somalia"])
    assert reports(nlp, "Rebels ended their truce after last night's attacks on the harbour.")[0][2] == []
    assert reports(nlp, "Commonwealth ministers will meet on Wednesday.")[0][3] == []  # nor one it happens on
    assert reports(nlp, "The talks on Thursday ended early.") == []  # whatever names it
    # nor is a day's number beside its month, though it keeps a noun that names no party as an event, dated
    assert reports(nlp, "Thousands protested on 28 July against the tax bill.")[0][3] == ["tax bill"]
    text = "Officials recalled the bombings on Aug. 7 in Nairobi."
    found = find_reports(nlp(text), find_timexes(text, date(1998, 8, 20)), Published("1998-08-20", "day"))
    assert [(text[r.trigger_start : r.trigger_end], r.sources, r.targets, r.when_value) for r in found][0] == (
        "bombings", [], [], "1998-08-07"
    )
    # nor one the parse takes for a second subject
    assert reports(nlp, "The senate this week vetoed the budget bill.")[0][2] == ["senate"]


def test_a_place_before_a_meeting_or_an_agreement_is_where_it_was_held(nlp):
    assert reports(nlp, "Laurent Kabila, who signed the Lusaka agreement with Kenya, was a rebel.")[0][2:] == (
        ["Laurent Kabila"], ["agreement", "Kenya"])  # fmt: skip
    assert reports(nlp, "Tanzania and Uganda signed the Arusha accords in 1999.")[0][3] == ["accords"]
    assert reports(nlp, "Kenya hosted the Nairobi talks between Ethiopia and Tigray.")[0][3] == [
        "talks", "Ethiopia", "Tigray"]  # fmt: skip
    # a country, a region or two names before one are its parties
    assert reports(nlp, "The Iran deal was signed by Iran and six powers.")[0][3] == ["Iran deal"]
    assert reports(nlp, "Ethiopia signed the Somaliland deal.")[0][3] == ["Somaliland deal"]
    assert "Yugoslavia" in reports(nlp, "Granic will sign the Croatia-Yugoslavia treaty.")[0][3][0]


def test_a_deadline_or_a_bound_dates_nothing_but_a_clause_on_the_date_is_dated_by_it(nlp):
    dated = dating(nlp, date(2016, 1, 4))

    assert dated("The senator urged the agency to release the detainees by July 31.") == {
        "urged": None, "release": None
    }
    assert dated("The show drew its best ratings since January 2012, when the singer hosted it.") == {
        "hosted": "2012-01"
    }
    # a clause that "when" opens right after a date, or after the phrase it dates, wherever the parse hangs it, and
    # before a date the sentence gave first
    assert dated("Peace became possible in 2014, when Ethiopia signed a deal with Eritrea.") == {"signed": "2014"}
    assert dated("The envoy spoke at the 2012 summit in Addis Ababa, when he urged a ceasefire.") == {"urged": "2012"}
    assert dated("On Monday the minister looked back to 2014, when Ethiopia signed a deal with Eritrea.") == {
        "signed": "2014"
    }
    assert dated("She taught at Bard College in the 1970s, where she urged students to vote.") == {
        "urged": "197X"
    }
    # also where the clause hangs from the phrase the date sits in
    assert dated("The ministry released a May 2012 memo where the envoy urged a ceasefire.") == {"urged": "2012-05"}
    # not a date after the clause
    assert dated("When voters backed the senator, she praised his record after the 2008 crisis.")["backed"] is None
    # nor one before a "when" that follows another time
    assert dated("The minister quit in 2014, and later, when Ethiopia signed a deal with Eritrea, peace came.") == {
        "signed": None
    }
    assert dated("Sunday was 80 years on from the famine's first winter, when troops killed thousands.") == {
        "killed": None
    }


def test_a_meeting_taken_part_in_or_a_phrase_of_a_verb_told_with_will_dates_it(nlp):
    dated = dating(nlp, date(2016, 3, 10))

    assert dated("The envoy did not attend Tuesday's summit.") == {"attend": "2016-03-08"}
    assert dated("Egypt hosted the 2012 summit.") == {"hosted": "2012"}
    assert dated("Nairobi hosted the summit of 2012.") == {"hosted": "2012"}
    # the occasion of an event noun, named by its day, dates it
    assert dated("Her attack on the mayor in last Sunday's debate was a stretch.") == {"attack": "2016-03-06"}
    assert dated("Leaders discussed last week's meeting.") == {"discussed": None}  # talk of it comes after
    assert dated("Leaders will meet for talks on Friday.") == {"meet": "2016-03-11"}
    assert dated("Kenya will meet Somalia for talks in April.") == {"meet": "2016-04"}
    assert dated("Ministers will meet to discuss the attack on Friday.") == {"meet": None, "discuss": None}


def test_a_date_of_the_subjects_phrase_a_place_or_a_verb_the_event_shares_its_time_with_dates_it(nlp):
    dated = dating(nlp, date(2024, 1, 4))  # a Thursday

    # "by" before an event gives its means, not a deadline
    assert dated("Ten days earlier, voters in Denmark dealt a blow to the coalition by rejecting the budget.") == {
        "rejecting": "2023-12-25"
    }
    assert dated("The minister was angered by a visit to Taiwan this week by the speaker.") == {"visit": "2024-W01"}
    assert dated("The clinic and its co-founder in 2011 agreed to repay the patients.") == {"agreed": "2011"}
    assert dated("In his speech at the Friday rally, the mayor accused the council of waste.") == {
        "accused": "2023-12-29"
    }
    assert dated("The minister criticized the envoy in a letter on Monday, accusing him of bias.") == {
        "criticized": "2024-01-01", "accusing": "2024-01-01"
    }
    # a reason's time, and the subject's own date, are not the event's
    assert dated("The minister escalated her attacks, criticizing him for votes against the treaty in the 1990s.") == {
        "criticizing": None
    }
    assert dated("The mayor called for a ban on the march in December after the riots.") == {"called": "2023-12"}
    assert dated("Tuesday's talks were praised by the unions.") == {"praised": None}
    # a bare day after the object is the verb's, however the parse hangs it, and a participle after it shares it
    assert dated("The senator visited the region Aug. 19.") == {"visited": "2023-08-19"}
    assert dated("The gunmen carried out a raid Dec. 2 in the capital, killing four guards.") == {
        "killing": "2023-12-02"
    }
    # a gerund that a past verb takes was done by then
    assert dated("The donor regretted supporting the mayor over his rival in the 2019 primaries.") == {
        "supporting": "2019"
    }


def test_a_date_naming_an_event_noun_dates_it_and_what_a_clause_says_it_did(nlp):
    dated = dating(nlp, date(2024, 1, 4))

    assert dated("Their private meeting with the mayor in a neutral venue in Nairobi on Tuesday night is a big "
                 "step.") == {"meeting": "2024-01-02"}  # fmt: skip
    assert dated("The premier's Dec. 28 meeting with the envoy was arranged two weeks ago.") == {
        "meeting": "2023-12-28"
    }
    assert dated("Somalia's landmark 2012 visit to Kenya was followed by a trade pact.")["visit"] == "2012"
    # an -ing word after "the" and a date names the deed, though the tagger, having seen few such dates, says a verb
    assert dated("Officials on Monday played down the odds that either man took part in the March 4 killing of a "
                 "teacher, Ann Moyo.")["killing"] == "2023-03-04"  # fmt: skip
    assert dated("Detectives said neither suspect was involved in the Oct. 9 killing of a shopkeeper, Omar Haji.")[
        "killing"] == "2023-10-09"  # fmt: skip
    assert dated("Critics faulted the minister's handling of the attack on a consulate in Mombasa, Kenya, on "
                 "Sept. 3, 2019.")["attack"] == "2019-09-03"  # fmt: skip
    # but not through a date's own "from" or "of"
    assert dated("As for the senator's attacks on his rival's scandals from the 1990s?") == {"attacks": None}
    assert dated("The attacks on two consulates in Kenya, on the tenth anniversary of 9/11, drew wide anger.") == {
        "attacks": None
    }
    assert dated("The 2014 attack that killed six soldiers was condemned.") == {"killed": "2014", "condemned": None}


def test_a_clause_on_a_place_the_dated_verb_names_is_dated_with_it(nlp):
    dated = dating(nlp, date(2024, 1, 4))

    assert dated("The talks moved on Monday to Geneva, where the envoy met the rebels for an hour.") == {
        "met": "2024-01-01"
    }
    assert dated("The mayor spent Friday evening in Mombasa, where she visited a clinic built with a grant.") == {
        "visited": "2023-12-29"
    }
    # not when the clause has a date of its own, nor when it comes later
    assert dated("The envoy arrived on Monday in Geneva, where he met the rebels on Tuesday.")["met"] == "2024-01-02"
    assert dated("She was born in 1950 in Paris, where she later met the rebels.") == {"met": None}


def test_what_should_be_done_a_later_day_a_perfect_looks_to_or_a_claim_tells_is_not_dated_then(nlp):
    dated = dating(nlp, date(2024, 1, 4))

    assert dated("The envoy said on Wednesday that the minister should meet the rebels.") == {"meet": None}
    assert dated("Both chiefs had agreed to meet the envoy in March.") == {
        "agreed": None, "meet": "2024-03"
    }
    # the invitation is told in the present perfect, so it was made before the writing, not on the lunch's day
    assert dated("The mayor has invited the rebels to lunch next Tuesday.") == {"invited": None}
    # what a statement or a claim tells is not dated by the words on it
    assert dated("Last week, the rebels disputed an official claim that both camps had agreed to a truce.") == {
        "agreed": None
    }
    assert dated("On Monday, the rebels rejected claims that their fighters had attacked the convoy.") == {
        "rejected": "2024-01-01", "attacked": None
    }
    # a deed judged has its own date, but a purpose has none of its own
    assert dated("The envoy is accused of killing six guards at the mission in May 2019.") == {
        "accused": None, "killing": "2019-05"
    }
    assert dated("The council will meet for talks on March 17.") == {"meet": "2024-03-17", "talks": "2024-03-17"}
    # a complement clause with a subject of its own tells its own time
    assert dated("Kenya protested that Somalia had attacked its troops on Monday.") == {
        "protested": None, "attacked": "2024-01-01"
    }


def test_what_a_refusal_proposal_or_plan_names_is_not_dated_by_the_verb_that_takes_it(nlp):
    dated = dating(nlp, date(2024, 1, 4))

    assert dated("On Wednesday, Ethiopia bashed the proposal to send troops to Somalia.") == {"send": None}
    assert dated("Somalia condemned on Tuesday the refusal to withdraw the troops.") == {
        "condemned": "2024-01-02", "withdraw": None
    }
    assert dated("Egypt has no plans to meet the envoy when he visits Cairo on Friday.") == {
        "meet": None, "visits": "2024-01-05"
    }
    # the asking's day: what the verb asked for takes is not done then
    assert dated("Opposition lawmakers called on the cabinet Wednesday to block the general's visit to Taiwan.") == {
        "called": "2024-01-03", "visit": None
    }
    # what an invitation is to comes after it, and so does a date after it
    dated = dating(nlp, date(2024, 6, 4))
    assert dated("The mayor invited the senator to a rally against the dam in March.") == {"invited": None}
    assert dated("The minister was invited to give a lecture in Nairobi in March.") == {"invited": None}
    assert dated("Kenya invited the envoy on Monday to a summit in March.") == {"invited": "2024-06-03"}
    text = "Somalia condemned the refusal to withdraw troops and a proposal to send troops."
    assert statuses(nlp, text) == {
        "condemned": "occurred", "withdraw": "denied", "send": "proposed"
    }


def test_what_is_planned_wanted_or_judged_is_not_dated_by_the_verb_that_tells_it(nlp):
    dated = dating(nlp, date(2024, 1, 4))

    assert dated("On Tuesday, the minister said it was wrong for Ethiopia to attack Somalia.") == {"attack": None}
    assert dated("The envoy said on Tuesday that Egypt wants to send troops to Somalia.") == {"send": None}
    # a purpose is the telling's: the envoy went to discuss it then
    assert dated("Ethiopia sent its envoy to Cairo on Tuesday to discuss the dam.") == {
        "sent": "2024-01-02", "discuss": "2024-01-02"
    }


def test_a_later_date_hanging_from_the_trigger_dates_it_when_the_first_does_not(nlp):
    text = "NAIROBI, Jan 4 (Wire) — The ministry released the detainees at the start of the summit Wednesday."
    reports = find_reports(nlp(text), find_timexes(text, date(2024, 1, 4)), Published("2024-01-04", "day"))
    assert [(text[r.trigger_start : r.trigger_end], r.when_value) for r in reports] == [("released", "2024-01-03")]
    text = "The senator talked at a breakfast this morning in Nairobi. He recalled that the revolt began in 2010."
    reports = find_reports(nlp(text), find_timexes(text, date(2024, 1, 4)), Published("2024-01-04", "day"))
    assert {text[r.trigger_start : r.trigger_end]: r.when_value for r in reports}.get("recalled") is None


def test_no_date_for_an_event_told_in_the_present_nor_for_a_year_it_is_for_nor_for_what_would_happen(nlp):
    dated = dating(nlp, date(2016, 4, 14))

    assert dated("He says he would release the funds for 2014 on Friday.")["release"] == "2016-04-15"
    assert dated("Egypt is hailing its win over Ethiopia on April 1 as it urges Sudan to join.")["urges"] == "2016-04-14"
    # what someone said would happen is not dated by the saying
    assert dated("The envoy announced on Wednesday that he would visit Kabul.")["visit"] is None
    assert dated("Kenya will not attend if Somalia expels its envoy.")["expels"] is None  # it only might happen


def test_quotes_with_a_speaker_are_statements():
    from storyline.extract.events.merge import statements
    from storyline.types import Actor, Place, Quote

    actors = [Actor("sh", "Sergei Shoigu", "PERSON", mentions=[Place("d1", 0, 6, "Shoigu")]),
              Actor("tb", "Taliban", "ORG", mentions=[Place("d1", 20, 27, "Taliban"), Place("d1", 60, 67, "Taliban")])]  # fmt: skip
    quotes = [("d1", Quote(15, 40, "the Taliban are partners", True, 0, 6, "Shoigu said", "sh")),
              ("d1", Quote(55, 80, "the Taliban will change", True, 0, 6, "he said", "sh")),
              ("d1", Quote(90, 99, "no one", True, None, None, None, None))]  # fmt: skip
    (event,) = statements(quotes, actors, {"d1": Published("2024-11-27", "day")})
    assert (event.type, event.summary, event.source, event.target) == ("STATEMENT", "Sergei Shoigu on Taliban", ["sh"], ["tb"])
    kabul = Actor("kb", "Kabul", "GPE", mentions=[Place("d1", 30, 35, "Kabul")])  # a place, spoken of as one
    (event,) = statements(quotes, actors + [kabul], {"d1": Published("2024-11-27", "day")})
    assert event.target == ["tb"]
    assert (event.when_value, len(event.evidence)) == ("2024-11-27", 2)


def test_a_speakers_same_words_in_a_later_document_are_the_same_statement():
    from storyline.extract.events.merge import statements
    from storyline.types import Actor, Place, Quote

    said = "Somaliland is part of Somalia under our constitution"
    actors = [Actor("hs", "Hassan Sheikh Mohamud", "PERSON", mentions=[Place(d, 0, 7, "Mohamud") for d in "abc"]),
              Actor("so", "Somalia", "GPE", mentions=[Place(d, 40, 47, "Somalia") for d in "abc"])]  # fmt: skip
    quotes = [("b", Quote(20, 72, said + ".", True, 0, 7, "Mohamud said", "hs")),  # a copy, run a day later
              ("a", Quote(20, 71, said, True, 0, 7, "Mohamud said", "hs")),
              ("c", Quote(20, 60, "Somalia will defend itself", True, 0, 7, "Mohamud said", "hs"))]  # fmt: skip
    dates = {d: Published(f"2024-01-0{i}", "day") for i, d in enumerate("abc", start=3)}
    events = statements(quotes, actors, dates)
    assert sorted((e.when_value, sorted(p.doc for p in e.evidence)) for e in events) == [
        ("2024-01-03", ["a", "b"]), ("2024-01-05", ["c"])]  # fmt: skip
    (alone,) = statements(quotes[1:2], actors, dates)  # the statement keeps the id of the earliest document's
    assert alone.id in {e.id for e in events}


@pytest.mark.parametrize(
    "text, spoken",
    [
        ("Kenya's foreign minister said on Tuesday that Nairobi would reopen its consulate in March.", "2025-07-08"),
        ('"We will not back down," the minister told reporters in Nairobi on Monday.', "2025-07-07"),
        ("The talks had stalled, the spokesman said Wednesday.", "2025-07-09"),
        ("Speaking on Sunday, Ruto said the port deal was signed in 2023.", "2025-07-06"),
        ("In an interview published Saturday, the envoy said Somalia wanted trade.", "2025-07-05"),
        # the parse may hang the day on the gathering the speaker addressed
        ("The minister told a news briefing in Nairobi on Tuesday that the port would reopen.", "2025-07-08"),
        ('"We will not back down," the minister told a news briefing on Monday.', "2025-07-07"),
        # a date in what was said, or in a clause joined to the speech verb, is not when it was said
        ("Ruto said the port deal was signed in 2023.", None),
        ('"I met him in 2011, and he listened," the envoy recalled.', None),
        ("The minister said the talks would go on, and urged Somalia to return to talks it left in 2019.", None),
        ("According to officials, the border was closed on Friday.", None),
        ('"We lost the port vote," said Ali Musa, the mayor\'s 2019 campaign chief.', None),  # the year of his title
        # nor a span the words count over
        ("The Mombasa Police Department reported “412 thefts at the port” between March 3 and July 1.", None),
        # told in the present, it is said as the document is written, though no words say so
        ('"The port will open soon," says Amina Yusuf, a trade analyst in Nairobi.', "2025-07-10"),
        ("The minister often says that the port will open soon.", None),  # said again and again
        # a "when" before the speech verb dates the time past words recount, not the saying, unless it asks for them
        ('When the board met on Monday to sell the port, Okafor said, "We were stunned."', None),
        ('When the board met on Monday, Okafor said, "We are ready."', "2025-07-07"),
        ('When asked on Monday, Okafor said, "We were ready."', "2025-07-07"),
        # a perfect was said at some time before the writing
        ("The minister has said that the port will open soon.", None),
        ("Traders have been demanding that the port open soon.", None),
    ],
)
def test_a_quote_is_dated_by_the_words_that_attribute_it(nlp, text, spoken):
    doc = nlp(text)
    quotes = date_speech(doc, find_quotes(doc), find_timexes(text, date(2025, 7, 10)), Published("2025-07-10", "day"))
    assert quotes and quotes[0].when_value == spoken
    assert quotes[0].perfect is (" has " in text or " have " in text)


def test_a_statement_is_dated_by_its_attribution_and_the_speakers_next_words_by_it():
    from storyline.extract.events.merge import statements
    from storyline.types import Actor, Place, Quote

    somalia = [Place("d1", s, s + 7, "Somalia") for s in (20, 120, 220, 320)]
    actors = [Actor("rt", "William Ruto", "PERSON", mentions=[Place("d1", s, s + 4, "Ruto") for s in (0, 100, 200)]),
              Actor("ab", "Abiy Ahmed", "PERSON", mentions=[Place("d1", 300, 304, "Abiy")]),
              Actor("so", "Somalia", "GPE", mentions=somalia)]  # fmt: skip
    quotes = [("d1", Quote(15, 40, "Somalia is a partner", False, 0, 4, "Ruto said", "rt", "2024-03-04", "day",
                           "Monday")),
              ("d1", Quote(115, 140, "Somalia will gain", True, 100, 104, "he added", "rt")),  # the same speech
              ("d1", Quote(215, 240, "Somalia must decide", True, 200, 204, "Ruto said", "rt", "2024-03-05", "day",
                           "Tuesday")),  # another day, another statement
              ("d1", Quote(315, 340, "Somalia has waited", True, 300, 304, "Abiy said", "ab"))]  # fmt: skip
    events = statements(quotes, actors, {"d1": Published("2024-03-06", "day")})
    assert sorted((e.source[0], e.when_value, e.when_text, len(e.evidence)) for e in events) == [
        ("ab", "2024-03-06", None, 1), ("rt", "2024-03-04", "Monday", 2),
        ("rt", "2024-03-05", "Tuesday", 1)]  # fmt: skip
    # a "says" carries the document's date with no words of its own, which a worded day of the speech outranks
    quotes[1] = ("d1", Quote(115, 140, "Somalia will gain", True, 100, 104, "he says", "rt", "2024-03-06", "day"))
    events = statements(quotes, actors, {"d1": Published("2024-03-06", "day")})
    assert ("rt", "2024-03-04", "Monday", 2) in [(e.source[0], e.when_value, e.when_text, len(e.evidence))
                                                 for e in events]  # fmt: skip
    # a "has said" was said at some time before the writing: neither the document's day nor the speaker's other one
    quotes[1] = ("d1", Quote(115, 140, "Somalia will gain", True, 100, 104, "he has said", "rt", perfect=True))
    quotes[3] = ("d1", Quote(315, 340, "Somalia has waited", True, 300, 304, "Abiy has said", "ab", perfect=True))
    events = statements(quotes, actors, {"d1": Published("2024-03-06", "day")})
    assert sorted((e.source[0], str(e.when_value), len(e.evidence)) for e in events) == [
        ("ab", "None", 1), ("rt", "2024-03-04", 1), ("rt", "2024-03-05", 1), ("rt", "None", 1)]  # fmt: skip


def test_a_clause_with_a_tense_keeps_its_own_subject_and_unsaid_events_are_none(nlp):
    text = "Somaliland said its memorandum with Ethiopia stood, a day after Ethiopia and Somalia agreed in Ankara."
    # "agreed" has its own subject, not that of "stood" (which the parse may give it as a second one)
    assert [r[2] for r in reports(nlp, text) if r[0] == "AGREE" and r[2]] == [["Ethiopia", "Somalia"]]
    assert [r[2] for r in reports(nlp, "Russia wants to remove the movement from its blacklist.")] == [["Russia"]]
    assert reports(nlp, "Ethiopia has never said that it will recognise Somaliland.") == []
    assert reports(nlp, "Ethiopia said that it will recognise Somaliland.")[0][:2] == ("SUPPORT/diplomatic", "planned")


def test_a_verb_in_a_title_or_a_name_is_no_event(nlp):
    assert reports(nlp, "The senator told “Meet the Voters” on Sunday that Kenya would not back down.") == []
    assert reports(nlp, "The Kenyan senator told Meet the Voters on Sunday that the plan was dead.") == []
    # a quote that opens a sentence, a word in capitals
    assert reports(nlp, "“Attacking Somalia was a mistake,” the senator said.")[0][0] == "ASSAULT"
    assert reports(nlp, "KENYA ATTACKS REBEL CAMP IN SOMALIA")[0][0] == "ASSAULT"


def test_a_government_in_its_capital_is_the_capital(nlp):
    assert reports(nlp, "The foreign ministry in Mogadishu accused Ethiopia of interfering.")[0][2] == ["Mogadishu"]
    assert reports(nlp, "US officials in Kabul accused Pakistan.")[0][2] == ["US officials"]  # another country's
    assert reports(nlp, "Officials in Beijing condemned the visit.")[0][2] == ["Beijing"]
    assert reports(nlp, "The Russian embassy in Kabul protested the ban.")[0][2] == ["Russian embassy"]


def test_a_report_naming_part_of_an_event_joins_it():
    from dataclasses import replace

    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    text, other = "Russia invited the Taliban.", "Russia invited them on Monday."
    actors = [Actor("ru", "Russia", "GPE", mentions=[Place(d, 0, 6, "Russia") for d in ("d1", "d2")]),
              Actor("tb", "Taliban", "ORG", mentions=[Place("d1", 19, 26, "Taliban")])]  # fmt: skip
    full = Report("COOPERATE/invite", "occurred", 4, 7, 14, 0, len(text), [(0, 6)], [(19, 26)], "2024-05-27", "day")
    partial = Report("COOPERATE/invite", "occurred", 4, 7, 14, 0, len(other), [(0, 6)], [], "2024-05-27", "day",
                     "Monday")  # fmt: skip
    (event,) = merge([("d1", text, full), ("d2", other, partial)], actors)
    assert (event.source, event.target, len(event.evidence)) == (["ru"], ["tb"], 2)
    # dated by a month of its own words, by its document alone, or not at all, "Russia invited" fits every
    # invitation of Russia's told elsewhere; not in the event's own document, nor in the same words (a copy)
    for loose in (replace(partial, when_value="2024-05", when_precision="month", when_text="May"),
                  replace(partial, when_text=None), replace(partial, when_value=None, when_text=None)):
        assert len(merge([("d1", text, full), ("d2", other, loose)], actors)) == 2
        assert len(merge([("d1", text, full), ("d1", text, loose)], actors)) == 1
        assert len(merge([("d1", text, full), ("d2", text, loose)], actors)) == 1
    # nor one naming Russia as the doer and one naming it as the one acted upon
    flipped = replace(partial, sources=[], targets=[(0, 6)])
    assert len(merge([("d1", text, replace(full, targets=[])), ("d2", other, flipped)], actors)) == 2


def test_a_loosely_told_report_names_part_of_the_parties_of_an_event_told_elsewhere_or_all_of_them():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    texts = {"d1": "Kenya signed a deal with Uganda on Monday.", "d2": "Kenya and Tanzania agreed.",
             "d3": "Kenya and Uganda agreed."}

    actors = _named(texts, "Kenya", "Uganda", "Tanzania")
    first = texts["d1"]
    signed = "d1", first, Report("AGREE", "occurred", 5, *_span(first, "signed"), 0, 42, [_span(first, "Kenya")],
                                 [_span(first, "Uganda")], "2024-12-09", "day", "Monday")  # fmt: skip

    def agreed(doc: str, other: str) -> tuple[str, str, Report]:
        text = texts[doc]
        return doc, text, Report("AGREE", "occurred", 5, *_span(text, "agreed"), 0, len(text),
                                 [_span(text, "Kenya"), _span(text, other)], [])  # fmt: skip

    assert len(merge([signed, agreed("d3", "Uganda")], actors)) == 1
    assert len(merge([signed, agreed("d2", "Tanzania")], actors)) == 2  # Kenya's other partner


def test_a_document_tells_as_done_no_event_dated_after_it():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    texts = {"d1": "Somalia and Ethiopia agreed on Saturday.", "d2": "It came after Somalia and Ethiopia agreed."}

    actors = _named(texts, "Somalia", "Ethiopia")

    def report(doc: str, status: str, *when: str) -> tuple[str, str, Report]:
        text = texts[doc]
        return doc, text, Report("AGREE", status, 5, *_span(text, "agreed"), 0, len(text),
                                 [_span(text, "Somalia"), _span(text, "Ethiopia")], [], *when)  # fmt: skip

    dates = {"d1": Published("2025-01-11", "day"), "d2": Published("2024-12-12", "day")}
    agreed, told = report("d1", "occurred", "2025-01-11", "day", "Saturday"), report("d2", "occurred")
    assert len(merge([agreed, told], actors)) == 1
    assert len(merge([agreed, told], actors, dates)) == 2  # told in December, it is no agreement of January
    assert len(merge([agreed, told], actors, dates | {"d2": Published("2025-01-13", "day")})) == 1
    assert len(merge([agreed, told], actors, dates | {"d2": Published("2024-12-12", "day", True)})) == 1  # a guess
    planned = [report("d1", "planned", "2025-01-11", "day", "Saturday"), report("d2", "planned")]
    assert len(merge(planned, actors, dates)) == 1  # what is to come may be


def test_an_undated_report_elsewhere_joins_an_event_by_its_noun_not_by_a_doer_or_a_verb_alone():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    texts = {"d1": "In February 2022 Russia sent its army on an invasion of Ukraine.",
             "d2": "Since the invasion of Ukraine, trade fell.", "d3": "Ukraine was invaded.",
             "d4": "Russia invaded Ukraine."}  # fmt: skip

    actors = _named(texts, "Russia", "Ukraine")

    def report(doc: str, trigger: str, sources: list[str], *when: str) -> tuple[str, str, Report]:
        text = texts[doc]
        return doc, text, Report("ASSAULT", "occurred", 10, *_span(text, trigger), 0, len(text),
                                 [_span(text, s) for s in sources], [_span(text, "Ukraine")], *when)  # fmt: skip

    began = report("d1", "invasion", ["Russia"], "2022-02", "month", "February 2022")
    (event,) = merge([began, report("d2", "invasion", [])], actors)  # "the invasion of Ukraine" names no doer
    assert len(event.evidence) == 2 and event.when_value == "2022-02"
    assert len(merge([began, report("d3", "invaded", [])], actors)) == 2  # a verb says less of which one it is
    assert len(merge([began, report("d4", "invaded", ["Russia"])], actors)) == 1  # naming both sides


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kenya is keen to cooperate with Somaliland.", "considered"),
        ("Pakistan is unwilling to sign an agreement with Russia.", "denied"),
        ("If Russia invites Pakistan, India will object.", "hypothetical"),
        ("Kenya announced its intention to send troops to Haiti.", "planned"),
        ("Kenya signalled its willingness to send troops to Haiti.", "considered"),
        ("Kenya plans to reprint an editorial that accuses Somalia of arming the rebels.", "occurred"),
        ("The campaign expects the moderator to step in by calling out Ruto.", "planned"),
        ("As expected, Kenya signed the deal.", "occurred"),
        # "need to" and "have to" urge, but what had to be was done, and what is yet to be is not
        ("Kenya needs to withdraw its troops from Somalia.", "proposed"),
        ("You have to bomb the rebel camps, the general told Ruto.", "proposed"),
        ("Kenya had to withdraw its troops from Somalia.", "occurred"),
        ("Kenya did not need to meet Somalia's president.", "hypothetical"),
        ("Kenya made Somalia an offer it can't afford to refuse.", "hypothetical"),  # what is left of "can't"
        # a chance had is taken; a failure to act did not act
        ("He never had a chance to meet Odinga.", "denied"),
        ("Critics seized on his failure to condemn the attack on Somalia.", "denied"),
        # a hedge before an adverb hedges the adverb
        ("Perhaps not coincidentally, Odinga met Ruto on Monday.", "occurred"),
        ("Perhaps Odinga met Ruto on Monday.", "hypothetical"),
        ("Odinga may only meet Ruto on Monday.", "hypothetical"),
        # an event a noun of reaction takes stands on its own
        ("The vote may stir new opposition to the agreement between Kenya and Somalia.", "occurred"),
        ("The talks may lead to a deal between Kenya and Somalia.", "hypothetical"),
        ("Kenya has yet to recognize Somaliland.", "denied"),
        ("Kenya is yet to recognize Somaliland.", "denied"),
        ("Kenya may yet recognize Somaliland.", "hypothetical"),
        # an event named after "before" or "after" is no part of what the verb governs
        ("The minister denied the envoy's requests for more guards before the 2019 attack on the embassy.", "occurred"),
        # an adjective tells an event noun's status, but a planned attack may have been carried out
        ("Kenya spoke of the proposed deal with Somalia.", "proposed"),
        ("Kenya spoke of future talks with Somalia.", "planned"),
        ("Kenya spoke of a possible attack on the rebels.", "hypothetical"),
        ("It was a planned attack on the embassy.", "occurred"),
        # a timetable plans; what one has promised to do is planned
        ("The president is set to meet the envoy on Monday.", "planned"),
        ("Farmers have promises from the governor to support the new rules.", "planned"),
        # a verb with a tense of its own takes no modal from the verb beside it, but shares a condition
        ("The senator said she would like Ruto to explain his stance but supports his candidacy.", "occurred"),
        ("If the rebels went into the town and attacked the police, Kenya would act.", "hypothetical"),
        # "little interest" says no; a bare participle on a subject tells what the subject is
        ("The Kenyan rebels have little interest in sending troops to Haiti.", "denied"),
        ("A militia supporting Kenya may attack the rebels.", "occurred"),
        ("Neither Odinga nor Kalonzo is inclined to attack Ruto.", "denied"),
        ("Odinga would need the delegates already backing Ruto to change sides.", "occurred"),
        # a participle with its agent tells what the agent did, though the tagger took it for a past
        ("A loud debate over whether Ruto met the standard emerged in the months before the poll, fueled largely by "
         "attacks from his rival Raila Odinga, who would not let up.", "occurred"),
        # what an event does is told of it as done, but whether it happens stays open
        ("Kenya's repeated attacks on the rebels could anger Somalia.", "occurred"),
        ("Officials hope the envoy's visit to Kabul might ease tensions.", "occurred"),
        ("Talks with Somalia could resume next week.", "hypothetical"),
        ("A deal with Somalia could be reached soon.", "hypothetical"),
        ("An attack on the rebels could come any day.", "hypothetical"),
        # an adverb hedges what is said of a subject, not the subject
        ("The envoy's trip to Kabul was probably more useful than his speech.", "occurred"),
        # what one cannot do, or what is made or found impossible, is not done
        ("Kenya was unable to sign the deal.", "denied"),
        ("The floods made it impossible for Kenya to send troops to Haiti.", "denied"),
        ("Kenya found it impossible to sign the deal.", "denied"),
        # the month is no modal
        ("Kenya praised Somalia for its support in May.", "occurred"),
        ("In May, Kenya and Somalia signed a treaty on the border.", "occurred"),
    ],
)
def test_status_from_what_governs_the_event(nlp, text, status):
    assert reports(nlp, text)[0][1] == status


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("The senators will travel to Mogadishu and meet the president.", ["planned", "planned"]),
        ("Kenya could sign the deal and withdraw its troops.", ["hypothetical", "hypothetical"]),
        ("Kenya did not sign the deal and withdrew its envoy.", ["denied", "occurred"]),
        ("The minister has visited Kismayo and met the governor.", ["occurred", "occurred"]),
        ("None of the governors will step forward and support Ruto.", ["denied"]),
        ("Nobody invited the envoy.", ["denied"]),
        # a told conjunct is no complement of the verb beside it, nor a noun of the noun beside it
        ("Kenya considered the offer and met Somalia's president.", ["occurred"]),
        ("Kenya debated for a week and then attacked the rebels in Somalia.", ["occurred"]),
        ("The envoy denied the charges and accused Somalia of lying.", ["occurred"]),
        ("He spoke after a debate and an inquiry into the attacks on Kenyan troops.", ["occurred"]),
        ("Kenya wants to talk to Somalia and not spend months attacking its rebels.", ["considered", "considered"]),
        # what one should do "instead" is urged, not denied with what one should not
        ("The senator argued the party should not endorse Odinga and instead support Ruto.", ["denied", "proposed"]),
        # a tense the tagger gave where only the shared form fits: a past after a perfect, a present after "be"
        ("He feared the rebels would have caught the envoy and killed him.", ["hypothetical"]),
        ("Somalia should be thankful and even agree to share the port.", ["proposed"]),
    ],
)
def test_a_verb_joined_to_another_shares_its_auxiliaries_unless_it_has_a_form_of_its_own(nlp, text, statuses):
    assert [found[1] for found in reports(nlp, text)] == statuses


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("The party called for the withdrawal of Kenyan troops from Somalia.", "RETREAT", "proposed"),
        ("Senators are calling for Ruto's withdrawal from the race.", "RETREAT", "proposed"),
        ("Somalia demanded the withdrawal of Kenyan troops.", "RETREAT", "proposed"),
        ("Kenya pressed for talks with Somalia.", "CONSULT", "proposed"),
        # what a strike is called to do is its purpose, no request
        ("The general strike, called by Kenyan unions to denounce the new tax, closed shops in Nairobi.", "ACCUSE",
         "occurred"),
        ("Kenya announced the withdrawal of its troops from Somalia.", "RETREAT", "occurred"),
        ("Kenyan diplomats say now is the time for new talks with Somalia.", "CONSULT", "proposed"),
        ("At the time of the talks with Somalia, Kenya was at war.", "CONSULT", "occurred"),
    ],
)
def test_an_event_a_verb_of_asking_takes_is_asked_for(nlp, text, trigger, status):
    assert {found[0]: found[1] for found in reports(nlp, text)}[trigger] == status


@pytest.mark.parametrize(
    "text",
    [
        "A Kenyan diplomat, who asked not to be identified, said the talks had failed.",
        "Two officials who requested anonymity described the talks.",
        "An aide who asked for anonymity so he could talk openly said the senator was angry.",
    ],
)
def test_a_source_asking_not_to_be_named_asks_for_nothing_that_happens(nlp, text):
    assert "REQUEST" not in [r[0] for r in reports(nlp, text)]
    assert [r[0] for r in reports(nlp, "Kenya asked Somalia to name its envoy.")] == ["REQUEST"]


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("Talks will open in Ankara in February, to be concluded within four months.", "concluded", "planned"),
        ("Talks start in February, to be concluded within four months.", "concluded", "planned"),
        ("Egypt is going to send troops to Somalia.", "send", "planned"),
        ("Turkey flew its minister to Mogadishu to meet President Hassan.", "meet", "occurred"),
        ("Turkey will fly its minister to Mogadishu to meet President Hassan.", "meet", "planned"),
        ("Voters in the north are likely to support the opposition.", "support", "hypothetical"),
        ("The port gives Turkey a reason to back the deal.", "back", "hypothetical"),
        ("Ethiopia managed to sign a deal with Somaliland.", "sign", "occurred"),
        ("Kenya used to support the Somali government.", "support", "occurred"),
        # what such a verb will do is planned, and forcing one to act makes it act
        ("Egypt will begin to withdraw its troops from Somalia.", "withdraw", "planned"),
        ("Egypt began to withdraw its troops from Somalia.", "withdraw", "occurred"),
        ("Ethiopia forced Somalia to withdraw its envoy.", "withdraw", "occurred"),
        ("Somalia was forced to recall its envoy.", "recall", "occurred"),
        ("The raid prompted Somalia to recall its envoy.", "recall", "occurred"),
        # and so is its gerund
        ("Kenya promised to continue supporting the Somali army.", "supporting", "planned"),
        ("Kenya will keep on talking to Somalia.", "talking", "occurred"),
        ("Egypt will start withdrawing its troops from Somalia.", "withdrawing", "planned"),
        ("Egypt started withdrawing its troops from Somalia.", "withdrawing", "occurred"),
        # soliciting asks
        ("The party solicited the donors to support the senator.", "support", "proposed"),
        # an attempted use of force is one, however it ended; an attempt at anything else is only meant
        ("Gunmen tried to kill the mayor of Garissa.", "kill", "occurred"),
        ("The militia attempted to seize the port of Kismayo.", "seize", "occurred"),
        ("The militia will try to seize the port of Kismayo.", "seize", "planned"),
        ("Gunmen did not try to kill the mayor of Garissa.", "kill", "denied"),
        ("Kenya tried to persuade Ethiopia to support the deal.", "support", "planned"),
        # what something else comes after, told as done, is done whatever the rest wants
        ("Kenya wants to reopen talks after recently accusing Somalia of aiding the rebels.", "accusing", "occurred"),
        ("Kenya wants to reopen talks after accusing Somalia of aiding the rebels.", "accusing", "considered"),
        # what one came, went on or turned out to do, one did when one came; not yet when one is only arriving
        ("The envoy came to meet the president of Somalia.", "meet", "occurred"),
        ("Ruto went on to condemn Somalia.", "condemn", "occurred"),
        ("Farmers turned out to support Ruto.", "support", "occurred"),
        ("Farmers will turn out to support Ruto.", "support", "planned"),
        ("Half of the speech was devoted to criticizing Odinga.", "criticizing", "occurred"),
        ("The envoy will come to meet the president of Somalia.", "meet", "planned"),
        ("Granic arrives to sign a treaty with Serbia.", "sign", "planned"),
    ],
)
def test_a_to_infinitive_is_meant_or_possible_unless_a_verb_says_it_was_done(nlp, text, trigger, status):
    assert statuses(nlp, text)[trigger] == status


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("Kenya signed the port deal without meeting Somalia's president.", "meeting", "denied"),
        ("The talks ended without an agreement between Kenya and Somalia.", "agreement", "denied"),
        ("The police fined the marchers rather than arresting them.", "arresting", "denied"),
        ("Rather than attacking the town, the rebels negotiated.", "attacking", "denied"),
        ("Rather than attacking the town, the rebels negotiated.", "negotiated", "occurred"),
        ("Instead of talks with Somalia, Kenya chose sanctions.", "talks", "denied"),
        ("The fund paid for rallies, as opposed to attacking the governor.", "attacking", "denied"),
        ("The senator praised Ruto but stopped short of endorsing him.", "endorsing", "denied"),
        ("The campaign is steering clear of criticizing Odinga.", "criticizing", "denied"),
        ("Instead of building on the truce, the rebels attacked the town.", "attacked", "occurred"),
        # unless what it goes with is denied, "nothing short of" stresses it, or "with or without" leaves it open
        ("The envoy did not leave Nairobi without meeting Ruto.", "meeting", "occurred"),
        ("Somalia called the deal nothing short of an attack on its borders.", "attack", "occurred"),
        ("Kenya will act with or without an agreement with Somalia.", "agreement", "hypothetical"),
    ],
)
def test_a_deed_done_without_or_in_the_place_of_another_is_not_done(nlp, text, trigger, status):
    assert statuses(nlp, text)[trigger] == status


def test_what_is_asked_promised_or_threatened_is_not_done(nlp):
    def read(text: str) -> dict[str, tuple[str, str | None]]:
        reports = find_reports(nlp(text), find_timexes(text, date(2024, 1, 4)), Published("2024-01-04", "day"))
        return {text[r.trigger_start : r.trigger_end]: (r.status, r.when_value) for r in reports}

    assert read("On Tuesday, the AU urged Ethiopia to withdraw its troops from Somalia.") == {
        "urged": ("occurred", "2024-01-02"), "withdraw": ("proposed", None)
    }
    assert read("Somalia demanded that Ethiopia withdraw its troops.")["withdraw"] == ("proposed", None)
    assert read("Somalia demanded that the Ethiopian envoy be expelled.")["expelled"] == ("proposed", None)
    assert read("The opposition pushed Kenya to withdraw its troops.")["withdraw"] == ("proposed", None)
    assert read("The AU urged Kenya to withdraw its troops and sign the deal.")["sign"] == ("proposed", None)
    assert read("The general ordered his soldiers to withdraw from the town.")["withdraw"] == ("proposed", None)
    assert read("Egypt lobbied the council to reject the port deal.")["reject"] == ("proposed", None)
    # an event that a verb of blame takes stands on its own: not refused, nor of the day the blame is told
    assert read("The council refused to condemn Ethiopia's invasion of Somalia.")["invasion"] == ("occurred", None)
    assert read("Kenya condemns the attack on its embassy in Mogadishu.")["attack"] == ("occurred", None)
    assert read("Kenya refrained from attacking the rebels in Somalia.")["attacking"] == ("denied", None)
    assert read("The senator called for banning Somali traders from entering Kenya.")["banning"] == ("proposed", None)
    assert read("Ruto called the voters foolish for supporting Odinga.")["supporting"] == ("occurred", None)
    # a deed someone is kept from was not done
    assert read("Juba barred the Kenyan envoy from travelling to Nairobi.")["travelling"] == ("denied", None)
    assert read("Mediators stopped the militia from attacking the camp.")["attacking"] == ("denied", None)
    # but why they were kept from it stands, wherever the parser hangs it, as the deed it tells why of does
    assert read("Farmers kept their sons from sitting the exams in protest of the levy.")["protest"] == ("occurred", None)
    assert read("The unions will boycott the vote in protest of the levy.")["protest"] == ("planned", None)
    # the day of what was asked for, after the telling, is not the asking's: the urging was done, undated
    assert read("The union used the rally to urge members to turn out on Election Day.") == {"urge": ("occurred", None)}
    # a verb of asking with a particle of bringing asks nothing
    assert read("Kenyan soldiers were called in on Friday to evacuate people from the flooded villages.")[
        "evacuate"
    ] == ("occurred", "2023-12-29")
    assert read("Egypt pledged to send troops to Somalia.")["send"] == ("planned", None)
    assert read("Ethiopia agreed to withdraw its troops.")["withdraw"] == ("planned", None)
    assert read("Egypt declined to send troops to Somalia.")["send"] == ("denied", None)
    # only the verb's own complement: what follows "and" was done
    assert read("Somalia asked for talks and Egypt sent troops.")["sent"] == ("occurred", None)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The minister said on Tuesday that Kenya would send troops to Haiti.", ("planned", None)),
        ("Saying that Kenya would send troops to Haiti, the minister left.", ("planned", None)),
        ("The news that Kenya would send troops to Haiti came on Friday.", ("planned", None)),
        # a condition, a past that did not happen, the present, a question or a quote keep "would" a maybe
        ("The minister said Kenya would send troops to Haiti if Somalia attacked.", ("hypothetical", None)),
        ("The minister said Kenya would have sent troops to Haiti.", ("hypothetical", None)),
        ("The minister says Kenya would send troops to Haiti.", ("hypothetical", None)),
        ("The minister asked whether Kenya would send troops to Haiti.", ("hypothetical", None)),
        ('"Kenya would send troops to Haiti," the minister added.', ("hypothetical", None)),
        ('The minister spoke, adding: "We would send troops to Haiti."', ("hypothetical", None)),
        # and so does a "would" clipped to "'d"
        ("The minister said they'd send troops to Haiti.", ("planned", None)),
        ("The minister said they’d send troops to Haiti if Somalia attacked.", ("hypothetical", None)),
    ],
)
def test_would_under_a_past_telling_is_its_future(nlp, text, status):
    reports = find_reports(nlp(text), find_timexes(text, date(2024, 1, 4)), Published("2024-01-04", "day"))
    (sent,) = [(r.status, r.when_value) for r in reports if text[r.trigger_start : r.trigger_end] in ("send", "sent")]
    assert sent == status


def test_a_date_hanging_from_the_trigger_comes_before_the_first_of_its_sentence(nlp):
    dated = dating(nlp, date(2024, 1, 4))
    assert dated("In the 1990s, the envoy served in Nairobi; later, in 2003, Kenya expelled him.") == {
        "expelled": "2003"
    }
    # a happening named with its year dates the deed its relative clause tells
    assert dated("The minister praised the 2019 raid that killed the militia's leader.")["killed"] == "2019"


def test_paying_out_and_meeting_a_target_are_no_events(nlp):
    assert reports(nlp, "A rich donor could shell out 400,000 dollars to the party.") == []
    assert reports(nlp, "Kenya cut its spending to meet the target figure.") == []
    assert reports(nlp, "Cleaner kilns may help Kenya meet the limits on smoke.") == []
    assert reports(nlp, "New rules may not be enough for Kenya to meet the pledge it made in Nairobi.") == []
    assert reports(nlp, "The court asked whether the senator met the rules for the ballot.") == []


def test_a_big_deal_made_of_something_is_no_agreement(nlp):
    assert reports(nlp, "Ruto has made a big deal of the new tax in Nakuru.") == []
    assert [r[0] for r in reports(nlp, "Kenya made a big deal with China.")] == ["AGREE"]


def test_a_killing_or_an_assassination_is_an_assault_and_a_killing_made_a_profit(nlp):
    assert reports(nlp, "The killings of three aid workers in Mogadishu drew anger.") == [
        ("ASSAULT", "occurred", [], ["aid workers"])
    ]
    assert [r[0] for r in reports(nlp, "Nobody was charged over the assassination of the governor.")] == ["ASSAULT"]
    assert reports(nlp, "The traders made a killing on the market after the vote.") == []


def test_a_word_opening_a_compound_joined_by_hyphens_names_a_thing(nlp):
    assert reports(nlp, "His manner was talk-to-me-later, and his aides met Ruto.") == [
        ("CONSULT/meet", "occurred", ["his aides"], ["Ruto"])
    ]


def test_the_day_between_a_telling_and_what_it_tells_is_the_tellings(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    assert dated("Britain told reporters on Thursday it would send aid to Kenya.") == {"send": None}
    assert dated("Britain said it would send aid to Kenya on Thursday.")["send"] is not None


def test_an_event_judged_takes_no_day_from_the_judging(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    assert dated("Kenya on Monday condemned the attack on its embassy.") == {"condemned": "2024-12-09", "attack": None}
    assert dated("The minister on Wednesday downplayed the rebels' attack on the police.") == {"attack": None}
    assert dated("Kenya condemned the Monday attack on its embassy.")["attack"] == "2024-12-09"


def test_an_event_recounted_takes_no_day_from_the_telling(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    assert dated("Her new book highlights the police killings of two farmers.") == {"killings": None}
    assert dated("The report recalls the invasion of the island by rebels.") == {"invasion": None}
    assert dated("On Wednesday the mayor recalled the attack on the school.") == {"attack": None}
    assert dated("The mayor recalled the Nov. 4 attack on the school.")["attack"] == "2024-11-04"


def test_a_deed_one_is_judged_for_takes_no_day_from_the_judging(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    assert dated("On Tuesday the senator faulted him for backing the strike.") == {"backing": None}
    assert dated("On Thursday, Kenya thanked Somalia for backing its bid.") == {"backing": None}
    assert dated("On Monday the panel held the aide in contempt for refusing to testify.") == {"refusing": None}
    assert dated("On Monday a court held the colonel responsible for the attack on the embassy.") == {"attack": None}
    # nor from a noun of judging, nor from the present it is told in: it was done before
    assert dated("On Monday the envoy came under fire for his visit to Kabul.")["visit"] is None
    assert dated("Ruto has faced criticism for threatening Somalia with sanctions.") == {"threatening": None}
    assert dated("Kenya thanks Uganda for sending troops to Somalia.")["sending"] is None
    assert dated("Ruto has faulted Odinga for mocking voters who support Kalonzo.")["support"] == "2024-12-13"
    # what the ground itself dates stays
    assert dated("Kenya on Monday accused Somalia of sending troops on Sunday.")["sending"] == "2024-12-08"


def test_seizing_a_chance_is_no_coercion(nlp):
    assert [found[:2] for found in reports(nlp, "Kenya seized the chance to talk to Somalia.")] == [
        ("CONSULT", "occurred")
    ]
    assert reports(nlp, "Kenya seized the port of Kismayo.")[0][:2] == ("COERCE", "occurred")
    assert reports(nlp, "Onyango seized two wickets as Kenya bowled Uganda out.") == []


def test_not_only_adds_a_question_keeps_a_deed_told_and_a_complement_with_its_own_subject_its_own_time(nlp):
    assert reports(nlp, "Not only did Kenya attack the rebels, it shelled their camps.")[0][1] == "occurred"
    asked = reports(nlp, "The envoy refused to explain why Kenya had attacked the rebels.")
    assert [(kind, status) for kind, status, *_ in asked] == [("REJECT", "occurred"), ("ASSAULT", "occurred")]
    dated = dating(nlp, date(2024, 12, 13))
    assert dated("The envoy said on Thursday that Somalia had managed to sign a pledge.")["sign"] is None
    # a date in the complement's own words comes before the telling's
    text = "On Thursday, Kenya disclosed that the ministry asked for copies of the files in a letter on Monday."
    assert dated(text)["asked"] == "2024-12-09"
    # a clause told before its verb of saying is apart from it, even where the parse gave its subject to that verb
    text = (
        "A Kenyan student blackmailed two shopkeepers with anonymous notes threatening death and later told officers "
        "that he needed money for fees, police said on Thursday."
    )
    assert dated(text)["threatening"] is None


def test_a_nationality_names_the_country_when_no_actor_is_named():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    text = "Russian ministries proposed to remove the Taliban."
    actors = [Actor("ru", "Russia", "GPE", country="RUS", mentions=[Place("d0", 0, 6, "Russia")]),
              Actor("tb", "Taliban", "ORG", mentions=[Place("d1", 42, 49, "Taliban")])]  # fmt: skip
    report = Report("CONCEDE", "proposed", 5, 33, 39, 0, len(text), [(0, 18)], [(42, 49)], None)
    (event,) = merge([("d1", text, report)], actors)
    assert (event.source, event.target) == (["ru"], ["tb"])


def test_a_visit_to_a_capital_is_a_visit_to_the_country_that_hosts_it():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    text = "Hassan visited Cairo."
    actors = [Actor("hs", "Hassan", "PERSON", mentions=[Place("d1", 0, 6, "Hassan")]),
              Actor("eg", "Egypt", "GPE", country="EGY", mentions=[Place("d0", 0, 5, "Egypt")]),
              Actor("ca", "Cairo", "GPE", mentions=[Place("d1", 15, 20, "Cairo")])]  # fmt: skip
    visit = Report("CONSULT/visit", "occurred", 3, 7, 14, 0, len(text), [(0, 6)], [(15, 20)], None)
    assert merge([("d1", text, visit)], actors)[0].target == ["eg"]
    shelled = Report("ASSAULT", "occurred", -9, 7, 14, 0, len(text), [(0, 6)], [(15, 20)], None)
    assert merge([("d1", text, shelled)], actors)[0].target == ["ca"]  # only a visit: the city itself is shelled
    assert merge([("d1", text, visit)], actors[:1] + actors[2:])[0].target == ["ca"]  # no Egypt in the corpus


def test_an_event_after_or_before_the_clause_on_the_day_and_a_thing_spoken_of_take_no_date_from_it(nlp):
    dated = dating(nlp, date(2024, 12, 13))

    assert dated("Russia expelled the diplomats on Monday, days after Ukraine had attacked its embassy.") == {
        "expelled": "2024-12-09", "attacked": None
    }
    assert dated("On Monday, Russia recalled its ambassador before Ukraine attacked the embassy.")["attacked"] is None
    # the agreement is older than the day it is spoken of
    assert dated("Officials said on Monday that the agreement with Ethiopia was still in force.") == {"agreement": None}


def test_an_answer_with_a_subject_of_its_own_keeps_its_status_and_takes_no_date_of_what_it_answers(nlp):
    text = "Somalia proposed a meeting in Nairobi on June 4, but Kenya rejected the offer."
    found = find_reports(nlp(text), find_timexes(text, date(2024, 6, 10)), Published("2024-06-10", "day"))
    assert [(text[r.trigger_start : r.trigger_end], r.status, r.when_value) for r in found] == [
        ("meeting", "proposed", "2024-06-04"), ("rejected", "occurred", None)
    ]
    dated = dating(nlp, date(2024, 6, 10))
    text = "Ethiopia invited the envoys to Addis Ababa on June 4, but Eritrea rejected the idea."
    assert dated(text) == {"invited": "2024-06-04", "rejected": None}
    # and so does a clause set beside by "with"
    assert statuses(nlp, "Kenya denied the report, with officials accusing Somalia of lying.")["accusing"] == "occurred"
    assert dated("With Ruto facing accusations of graft, Odinga spoke to reporters on Monday.")["accusations"] is None
    # a date before the first clause's verb may date both, and one of a deed done, its answer
    assert dated("On Monday, Somalia proposed talks, but Kenya rejected them.") == {"rejected": "2024-06-10"}
    assert dated("Kenya hosted the summit on June 4, but Somalia criticized the talks.")["criticized"] == "2024-06-04"
    # a ground has a time of its own
    assert dated("Kenya rejected the invitation because the vote would be held later that night.")["rejected"] is None


def test_a_clause_set_against_another_with_a_subject_of_its_own_takes_no_year_of_it(nlp):
    dated = dating(nlp, date(2016, 2, 1))
    assert dated("Okafor quit the board in 2009, but he later attacked the bank's chief.") == {"attacked": None}
    # nor does what it says
    text = "Okafor quit the board in 2009 to run a charity, but he said he still felt tied to the bank."
    doc = nlp(text)
    quotes = date_speech(doc, find_quotes(doc), find_timexes(text, date(2016, 2, 1)), Published("2016-02-01", "day"))
    assert [(q.text, q.when_value) for q in quotes] == [("he still felt tied to the bank", None)]
    # but an answer to what was told then may be of its month
    text = "A paper reported in October that she was booking talks, but her aides denied that she would take any."
    doc = nlp(text)
    quotes = date_speech(doc, find_quotes(doc), find_timexes(text, date(2016, 2, 1)), Published("2016-02-01", "day"))
    assert [(q.text, q.when_value) for q in quotes][-1] == ("she would take any", "2015-10")
    # a day may be the answer's too (above); a deed with no subject of its own, or one joined by "and", keeps it
    assert dated("Kenya expelled the envoy on Friday but met the minister.")["met"] == "2016-01-29"
    assert dated("Police arrested two men on Friday, and they seized rifles.")["seized"] == "2016-01-29"
    # a clause set beside by a semicolon or a speech frame, with a subject of its own, keeps its day to itself
    assert dated("Kenya backed the plan; on Friday, Somalia rejected it.") == {"backed": None, "rejected": "2016-01-29"}
    assert dated("Gunmen attacked the post, police said Friday.") == {"attacked": None}


def test_an_event_on_a_day_after_the_document_was_published_is_planned(nlp):
    text = "The council meets June 16 to elect a speaker, a week after it met on June 9."
    found = find_reports(nlp(text), find_timexes(text, date(2024, 6, 10)), Published("2024-06-10", "day"))
    assert [(text[r.trigger_start : r.trigger_end], r.status, r.when_value) for r in found] == [
        ("meets", "planned", "2024-06-16"), ("met", "occurred", "2024-06-09")
    ]
    # against a date only inferred, the text may have been written later
    inferred = find_reports(nlp(text), find_timexes(text, date(2024, 6, 10)), Published("2024-06-10", "day", True))
    assert inferred[0].status == "occurred"


def test_an_events_summary_quotes_its_report_where_that_names_every_actor():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    text = "Turkey hosted the first round of talks between Ethiopia and Somalia. He met them."
    actors = [Actor(i, n, "GPE", mentions=[Place("d1", s, s + len(n), n)])
              for i, n, s in (("tr", "Turkey", 0), ("et", "Ethiopia", 47), ("so", "Somalia", 60))]  # fmt: skip
    actors[0].mentions.append(Place("d1", 69, 71, "He", "PRON"))
    hosted = Report("CONSULT/host", "occurred", 3, 7, 13, 0, 68, [(0, 6)], [(14, 40), (47, 55), (60, 67)], None)
    assert merge([("d1", text, hosted)], actors)[0].summary == (
        "Turkey hosted the first round of talks between Ethiopia and Somalia"
    )
    listed = Report("CONSULT/host", "occurred", 3, 7, 13, 0, 68, [(0, 6)], [(14, 40), (47, 55), (60, 69)], None)
    assert merge([("d1", text.replace(". He", " • He"), listed)], actors)[0].summary.endswith("and Somalia")
    met = Report("CONSULT/meet", "occurred", 3, 72, 75, 69, 84, [(69, 71)], [(76, 80)], None)
    assert merge([("d1", text, met)], actors)[0].summary == "Turkey met"  # "He met them" names nobody


def test_meeting_a_need_or_a_deadline_or_criticism_is_no_meeting(nlp):
    assert reports(nlp, "Ethiopia's need for the sea could be met through Somalia.") == []
    assert reports(nlp, "The plan was met with criticism from Somalia.") == []
    assert reports(nlp, "The Kenyan envoy was met with derision.") == []
    assert reports(nlp, "Russia failed to meet the deadline set by Ukraine.") == []
    assert reports(nlp, "Only four NATO members meet the bar.") == []
    assert reports(nlp, "Their objective has been met.") == []
    assert reports(nlp, "Kenya Power extended its grid to Somalia to meet economic growth there.") == []
    assert reports(nlp, "Somalia could not meet its debt to Kenya.") == []
    assert reports(nlp, "Most bidders must meet safety and cost rules.") == []
    assert reports(nlp, "The senator met his wife while teaching in Lima.") == []
    assert reports(nlp, "He thanked the friends whom he met in college.") == []
    assert reports(nlp, "The two Kenyan sides meet in the final on Sunday.") == []
    text = "Candidates must carry eight counties to qualify, a threshold met so far just by Ruto and Odinga."
    assert reports(nlp, text) == []  # the parse may take the participle for a past with a subject
    # troops that meet an attack face it: the attack is the event
    assert [r[0] for r in reports(nlp, "Somali troops met a counter-attack by the rebels near Baidoa.")] == ["ASSAULT"]
    kind, _, sources, targets = reports(nlp, "The envoy was met by Taliban officials at the airport.")[0]
    assert (kind, sources, targets) == ("CONSULT/meet", ["Taliban officials"], ["envoy"])


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's top seed Ochieng will meet Uganda's Mugisha in Friday's quarter-final after both won their matches.",
        "Tanzania's squad makes its first visit to Kampala since it boycotted a World Cup qualifying fixture there.",
        "Gor Mahia has signed the Rwandan midfielder on a two-year contract, the football club said.",
        "Gor Mahia meet Simba in Nairobi in March, with the return match in Dar es Salaam on penalties if need be.",
        "The Kenyan striker, signed from Simba last summer, scored twice after half-time.",
        "Mugisha, an Australian Open champion and Wimbledon semifinalist, is the latest to withdraw from the draw.",
        "Otieno agreed a new contract before Sunday's game against Simba, the football club said.",
        "The Lions have won eight of their last ten games against the Hawks and five of seven meetings against the "
        "Eagles this season.",
    ],
)
def test_play_told_in_words_of_sport_is_no_meeting_visit_or_agreement(nlp, text):
    assert reports(nlp, text) == []


def test_a_withdrawal_or_a_signing_told_in_a_report_of_sport_is_play(nlp):
    text = ("Uganda's qualifying match with Kenya is on Saturday. Two forwards have withdrawn from the squad. "
            "The football federation named no replacements.")
    assert reports(nlp, text) == []
    text = ("Kenyan Premier League results from Sunday. Dennis Oliech netted twice and newly signed Ugandan Paul "
            "Mugisha once in Gor Mahia's 3-0 victory over Bandari. Tusker and Sofapaka drew their fixture.")
    assert reports(nlp, text) == []  # a score is a word of sport


def test_a_meeting_beside_one_word_of_sport_is_a_meeting(nlp):
    text = "Ruto met Museveni in Kampala, where the two leaders also watched a football final."
    assert [found[0] for found in reports(nlp, text)] == ["CONSULT/meet"]


def test_an_event_takes_the_sides_every_report_of_it_names():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    text = "Somalia expels envoy. Somalia expelled Ethiopia's envoy."
    actors = [Actor("so", "Somalia", "GPE", mentions=[Place("d1", 0, 7, "Somalia"), Place("d1", 22, 29, "Somalia")]),
              Actor("et", "Ethiopia", "GPE", mentions=[Place("d1", 39, 47, "Ethiopia")])]  # fmt: skip
    listed = Report("SANCTION/diplomatic", "occurred", -6, 8, 14, 0, 21, [(0, 7)], [(15, 20)], "2024-04-04", "day")
    told = Report("SANCTION/diplomatic", "occurred", -6, 30, 38, 22, 56, [(22, 29)], [(39, 55)], "2024-04", "month")
    (event,) = merge([("d1", text, told), ("d1", text, listed)], actors)
    assert (event.when_value, event.source, event.target, len(event.evidence)) == ("2024-04-04", ["so"], ["et"], 2)
    assert event.summary == "Somalia expels Ethiopia"  # the first report's words leave Ethiopia out


def test_an_official_stands_for_their_country_and_has_signed_is_the_signing_of_the_days_before():
    from dataclasses import replace

    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Published, Report

    texts = {"d1": "Ethiopia has signed a deal with Somaliland.",  # published on 2024-01-02
             "d2": "Abiy Ahmed signed the deal with Somaliland on Monday.",
             "d3": "Somaliland signed the deal with Ethiopia in January."}  # the sides the other way round

    def named(words: str) -> list[Place]:
        return [Place(d, *_span(texts[d], words), words) for d in texts if words in texts[d]]

    actors = [Actor("et", "Ethiopia", "GPE", "ETH", "GOV", mentions=named("Ethiopia")),
              Actor("so", "Somaliland", "GPE", mentions=named("Somaliland")),
              Actor("ab", "Abiy Ahmed", "PERSON", "ETH", "GOV", mentions=named("Abiy Ahmed"))]  # fmt: skip

    def report(doc: str, source: str, target: str, *when: str) -> tuple[str, str, Report]:
        text = texts[doc]
        return doc, text, Report("AGREE", "occurred", 6, *_span(text, "signed"), 0, len(text) - 1,
                                 [_span(text, source)], [_span(text, target)], *when)  # fmt: skip

    told = report("d1", "Ethiopia", "Somaliland")
    told = (*told[:2], replace(told[2], perfect=True))  # undated: done at some time before its document's day
    dates = {"d1": Published("2024-01-02", "day")}
    signed = report("d2", "Abiy Ahmed", "Somaliland", "2024-01-01", "day", "Monday")
    mutual = report("d3", "Somaliland", "Ethiopia", "2024-01", "month", "January")
    (event,) = merge([told, signed, mutual], actors, dates)  # told by the report that dates it in its own words
    assert (event.source, event.target, event.when_value, event.when_text) == (["ab"], ["so"], "2024-01-01", "Monday")
    assert event.summary == "Abiy Ahmed signed the deal with Somaliland" and len(event.evidence) == 3
    (event,) = merge([told, mutual, ("d2", texts["d2"], replace(signed[2], targets=[]))], actors, dates)
    assert (event.source, event.target, event.when_value) == (["et"], ["so"], "2024-01-01")  # both sides told first
    # a week too far tells another event, and the perfect alone dates none
    apart = merge([told, ("d2", texts["d2"], replace(signed[2], when_value="2023-12-22"))], actors, dates)
    assert sorted(e.when_value or "" for e in apart) == ["", "2023-12-22"]


def test_the_leader_of_a_polity_with_no_country_code_stands_for_it():
    from storyline.extract.events.merge import merge, standing
    from storyline.types import Actor, Place, Report

    texts = {"d1": "Ethiopia signed the memorandum with Somaliland on Monday.",
             "d2": "The vote unseated Muse Bihi Abdi, who signed the memorandum with Ethiopia in January."}

    def named(words: str) -> list[Place]:
        return [Place(d, *_span(texts[d], words), words) for d in texts if words in texts[d]]

    def actors(*roles: str) -> list[Actor]:
        return [Actor("et", "Ethiopia", "GPE", "ETH", "GOV", mentions=named("Ethiopia")),
                Actor("so", "Somaliland", "GPE", sector="GOV", mentions=named("Somaliland")),
                Actor("mb", "Muse Bihi Abdi", "PERSON", roles=list(roles), mentions=named("Muse Bihi Abdi"))]

    def report(doc: str, source: str, target: str, *when: str) -> tuple[str, str, Report]:
        text = texts[doc]
        return doc, text, Report("AGREE", "occurred", 6, *_span(text, "signed"), 0, len(text) - 1,
                                 [_span(text, source)], [_span(text, target)], *when)  # fmt: skip

    reports = [report("d1", "Ethiopia", "Somaliland", "2024-01-01", "day", "Monday"),
               report("d2", "Muse Bihi Abdi", "Ethiopia", "2024-01", "month", "January")]
    assert standing(actors("Somaliland's leader")) == {"mb": "so"}
    (event,) = merge(reports, actors("Somaliland's leader"))
    assert (event.when_value, len(event.evidence)) == ("2024-01-01", 2)
    # a role that names no post of its government, or one out of power, serves none
    for roles in ([], ["Somaliland's opposition leader"], ["a businessman from Somaliland"]):
        assert standing(actors(*roles)) == {}
        assert len(merge(reports, actors(*roles))) == 2


def test_a_name_the_parse_made_a_modifier_with_the_verb_after_it_is_still_a_party(nlp):
    text = ("Ankara hosted talks on Monday, six months after a port agreement between Addis Ababa and Somaliland "
            "plunged relations into crisis.")  # fmt: skip
    agreement = [r for r in reports(nlp, text) if r[0] == "AGREE"]
    assert agreement == [("AGREE", "occurred", ["Addis Ababa"], ["Somaliland"])]  # not "Somaliland plunged relations"


def test_a_party_called_the_region_is_the_polity_named_before_it():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    texts = {"d1": "Ethiopia signed the memorandum with Somaliland on Monday.",
             "d2": "The statement left out Somaliland and the memorandum Ethiopia signed with the region in January.",
             "d3": "Nairobi hosted the talks. Ethiopia signed a memorandum with the region in January."}

    def named(words: str) -> list[Place]:
        return [Place(d, *_span(texts[d], words), words) for d in texts if words in texts[d]]

    actors = [Actor("et", "Ethiopia", "GPE", "ETH", "GOV", mentions=named("Ethiopia")),
              Actor("so", "Somaliland", "GPE", sector="GOV", mentions=named("Somaliland")),
              Actor("nb", "Nairobi", "GPE", mentions=named("Nairobi"))]  # a city is no region

    def report(doc: str, target: str, *when: str) -> tuple[str, str, Report]:
        text = texts[doc]
        return doc, text, Report("AGREE", "occurred", 6, *_span(text, "signed"), 0, len(text) - 1,
                                 [_span(text, "Ethiopia")], [_span(text, target)], *when)  # fmt: skip

    monday = report("d1", "Somaliland", "2024-01-01", "day", "Monday")
    (event,) = merge([monday, report("d2", "region", "2024-01", "month", "January")], actors)
    assert (event.target, len(event.evidence)) == (["so"], 2)
    apart = merge([monday, report("d3", "region", "2024-01", "month", "January")], actors)
    assert sorted(e.target for e in apart) == [[], ["so"]]


def test_an_event_noun_dated_by_its_document_is_no_report_of_an_event_days_before():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    agreed = "Ethiopia and Somalia agreed on Wednesday."
    kept = "Our agreement with Ethiopia has not been cancelled."
    actors = [Actor("et", "Ethiopia", "GPE", "ETH", "GOV", mentions=[Place("d1", 0, 8, "Ethiopia"),
                                                                     Place("d2", 19, 27, "Ethiopia")]),
              Actor("so", "Somalia", "GPE", "SOM", "GOV", mentions=[Place("d1", 13, 20, "Somalia")])]  # fmt: skip
    reports = [("d1", agreed, Report("AGREE", "occurred", 5, 21, 27, 0, 41, [(0, 20)], [], "2024-12-11", "day",
                                     "Wednesday")),
               ("d2", kept, Report("AGREE", "occurred", 5, 4, 13, 0, 51, [], [(19, 27)], "2024-12-13",
                                   "day"))]  # fmt: skip
    assert len(merge(reports, actors)) == 2


def test_an_event_noun_under_a_perfect_is_no_report_of_an_event_days_before_in_its_document():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Published, Report

    text = "Ethiopia agreed with Somalia on Wednesday. Ethiopia's agreement with Somalia has not been cancelled."
    actors = _named({"d1": text}, "Ethiopia", "Somalia")
    for actor in actors:  # each named twice
        start = text.rindex(actor.name)
        actor.mentions.append(Place("d1", start, start + len(actor.name), actor.name))

    def report(words: str, sides: tuple[int, int], *when: str, perfect: bool = False) -> tuple[str, str, Report]:
        ethiopia, somalia = (text.index(name, at) for name, at in zip(("Ethiopia", "Somalia"), sides))
        return "d1", text, Report("AGREE", "occurred", 5, *_span(text, words), 0, len(text), [(ethiopia, ethiopia + 8)],
                                  [(somalia, somalia + 7)], *when, perfect=perfect)  # fmt: skip

    agreed = report("agreed", (0, 0), "2024-12-11", "day", "Wednesday")
    # the older agreement, told in the perfect, is placed by its document's day as a noun dated by it would be
    kept = report("agreement", (43, 43), perfect=True)
    assert len(merge([agreed, kept], actors, {"d1": Published("2024-12-13", "day")})) == 2


def test_a_report_that_fits_several_events_joins_the_one_of_its_own_document_or_with_more_actors_in_common():
    from storyline.extract.events.merge import merge
    from storyline.types import Actor, Place, Report

    texts = {"d1": "Somalia agreed with Ethiopia on Wednesday.",
             "d2": "Somaliland signed a deal with Ethiopia on Monday. Its deal with Ethiopia stands.",
             "d3": "Cruz backed the plan on April 1.", "d4": "Cruz backed Trump in May.",
             "d5": "Cruz is backing Trump."}

    def at(doc: str, words: str, nth: int = 0) -> tuple[int, int]:
        start = [i for i in range(len(texts[doc])) if texts[doc].startswith(words, i)][nth]
        return start, start + len(words)

    def named(words: str) -> list[Place]:
        return [Place(d, s, s + len(words), words) for d in texts for s in range(len(texts[d]))
                if texts[d].startswith(words, s)]  # fmt: skip

    actors = [Actor(n[:2].lower(), n, "GPE", mentions=named(n)) for n in ("Ethiopia", "Somalia", "Somaliland")]
    actors += [Actor(n[:2].lower(), n, "PERSON", mentions=named(n)) for n in ("Cruz", "Trump")]

    def report(doc: str, trigger: str, sources: list[str], targets: list[tuple[str, int]], *when: str):
        start, end = at(doc, trigger, max([n for _, n in targets], default=0))
        sentence = texts[doc].rfind(". ", 0, start) + 1, texts[doc].find(".", end) + 1
        return doc, texts[doc], Report("AGREE" if doc < "d3" else "SUPPORT", "occurred", 5, start, end, *sentence,
                                       [at(doc, s) for s in sources], [at(doc, t, n) for t, n in targets],
                                       *when)  # fmt: skip

    agreed = report("d1", "agreed", ["Somalia"], [("Ethiopia", 0)], "2024-12-11", "day", "Wednesday")
    signed = report("d2", "signed", ["Somaliland"], [("Ethiopia", 0)], "2024-01-01", "day", "Monday")
    stands = report("d2", "deal", [], [("Ethiopia", 1)])  # undated: fits both agreements with Ethiopia
    events = {e.when_value: len(e.evidence) for e in merge([agreed, signed, stands], actors)}
    assert events == {"2024-12-11": 1, "2024-01-01": 2}
    plan = report("d3", "backed", ["Cruz"], [], "2016-04-01", "day", "April 1")
    backed = report("d4", "backed", ["Cruz"], [("Trump", 0)], "2016-05", "month", "May")
    backing = report("d5", "backing", ["Cruz"], [("Trump", 0)])  # undated: fits both, Trump's more closely
    events = {e.when_value: len(e.evidence) for e in merge([plan, backed, backing], actors)}
    assert events == {"2016-04-01": 1, "2016-05": 2}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # a negated condition denies nothing
        ("The note warned that if Kenya did not withdraw its troops, harm would follow.", "withdraw", "hypothetical"),
        # a present told on a condition of its own is no deed
        ("Most unions endorse a candidate if he backs the strike.", "endorse", "hypothetical"),
        ("Kenya attacks the rebels even if Somalia objects.", "attacks", "occurred"),
        ("If you want the bill gone, I ask you to vote against it.", "ask", "occurred"),
        # a deed asked about is in question, and weighing whether to act considers it
        ("The union asked whether the senators supported the bill.", "supported", "hypothetical"),
        ("It is still unclear whether Kenya attacked the town.", "attacked", "hypothetical"),
        ("Parliament held a debate on whether to ban the preacher.", "ban", "considered"),
    ],
)
def test_a_condition_or_a_question_leaves_an_event_open(nlp, text, trigger, status):
    assert statuses(nlp, text)[trigger] == status


def test_a_verb_that_shares_a_modal_takes_no_day_from_its_tagged_tense(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    assert dated("Somalia should be thankful and even agree to share the port.") == {"agree": None}
    assert dated("Somalia is thankful and agrees to share the port.") == {"agrees": "2024-12-13"}


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # an event a light verb makes has that verb's status
        ("Kenya will launch an attack on the rebels.", "attack", "planned"),
        ("Kenya is going to hold talks with Somalia.", "talks", "planned"),
        ("Kenya managed to hold talks with Somalia.", "talks", "occurred"),
        ("The group urged its members to carry out attacks on Kenya.", "attacks", "proposed"),
        ("Critics fear that Kenya will make an agreement with Somalia to pass the bill.", "agreement", "planned"),
        ("Kenya is working to make the agreement with Somalia binding.", "agreement", "occurred"),
        # one that a verb ends, goes on with or looks into is under way, whatever that verb's mood
        ("Kenya refused to halt the attacks on the rebels.", "attacks", "occurred"),
        ("Kenya is planning to stop its attacks on the rebels.", "attacks", "occurred"),
        ("Kenya will continue its attacks on the rebels.", "attacks", "occurred"),
        ("Kenya has no wish to dial back its protest against Somalia.", "protest", "occurred"),
        ("Donors hope Kenya will tone down its attacks on Somalia.", "attacks", "occurred"),
        # a goal drawn nearer is not reached yet
        ("Kenya moved closer to a deal with Somalia.", "deal", "planned"),
        ("Kenya and Uganda are working towards an agreement with Somalia.", "agreement", "planned"),
        # a deed talked about is weighed; an event talked about may have happened
        ("The leaders talked about sending troops to Somalia.", "sending", "considered"),
        ("The senator has been talking with Kenyan officials about endorsing the plan.", "endorsing", "considered"),
        ("The leaders talked about the attack on the embassy.", "attack", "occurred"),
        # and one made in a clause asked "whether" is in question
        ("It depends on whether the rebels choose to launch attacks on Kenya.", "attacks", "hypothetical"),
    ],
)
def test_an_event_made_ended_or_asked_about_takes_the_status_of_what_is_told_of_it(nlp, text, trigger, status):
    assert statuses(nlp, text)[trigger] == status


def test_an_event_that_is_ended_keeps_the_day_it_ended(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    assert dated("In May 2001, Kenya ended its meeting with Somalia.") == {"meeting": "2001-05"}


def test_an_event_made_by_a_light_verb_that_completes_another_is_the_subjects_of_that_one(nlp):
    found = reports(nlp, "Kenya is planning to launch an attack on the rebels.")
    assert [(kind, status, sources) for kind, status, sources, _ in found] == [("ASSAULT", "planned", ["Kenya"])]


def test_a_date_in_a_participle_set_beside_the_subject_is_the_subjects_own(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    assert dated("Omondi, arrested in 2019 and jailed for a year, is accused of killing two guards.")["accused"] is None
    assert dated("The general, sacked in 2019, accused Somalia of lying.")["accused"] is None  # hung on the subject
    assert dated("Asked on Thursday about the raid, the minister accused Somalia of lying.")["accused"] == "2024-12-12"


def test_a_date_the_parse_hangs_from_a_place_dates_what_was_done_there(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    text = "Visiting Mombasa, Kenya, in June for a campaign rally, the president pressed the county chief for answers."
    assert dated(text) == {"Visiting": "2024-06"}


def test_a_date_that_names_a_gathering_an_event_is_done_at_dates_it(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    assert dated("The two leaders talked at last month's State House gala.") == {"talked": "2024-11"}
    assert dated("At a rally in Kisumu last week, Ruto rejected the charge.")["rejected"] == "2024-W49"


def test_a_date_in_a_present_participle_set_beside_the_subject_dates_what_the_subject_does(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    assert dated("The minister, speaking on Thursday, accused Somalia of lying.")["accused"] == "2024-12-12"
    assert dated("The envoy, visiting Kabul on Monday, signed a trade pact.")["signed"] == "2024-12-09"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a past participle with its agent reports what the agent did, and its status is its own
        ("Somalia rejected a plan backed by Kenya.", [("REJECT", "occurred", ["Somalia"]),
                                                       ("SUPPORT", "occurred", ["Kenya"])]),
        ("Kenya renewed its commitment to the accords signed by both countries.",
         [("AGREE", "occurred", ["countries"])]),
        ("The senator sought a compromise endorsed by Kenyan leaders.", [("SUPPORT", "occurred", ["Kenyan leaders"])]),
    ],
)
def test_a_participle_with_its_agent_tells_what_the_agent_did(nlp, text, found):
    assert [(kind, status, sources) for kind, status, sources, _ in reports(nlp, text)] == found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kenya deployed troops to the border.", ["MOBILIZE"]),
        ("Somalia was blamed for deploying chemical weapons.", ["ACCUSE", "MOBILIZE"]),
        ("A special forces team had been deployed to Kismayo by Kenya.", ["MOBILIZE"]),
        ("Kenya will deploy them on its border.", ["MOBILIZE"]),
        # staff, a strategy or a technology builds up no force
        ("The senator deployed paid staff to eleven states.", []),
        ("Kenya deployed a new strategy to win votes.", []),
        ("The phone maker deployed encryption on its devices.", []),
    ],
)
def test_deploying_troops_or_arms_is_a_build_up(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what strikes a person as a story or a thought does, or what is seized upon, is no attack nor seizure
        ("The senator, struck by the tale, said nothing for a while.", []),
        ("A remark seized upon by the rebels soon spread.", []),
        ("Shoppers in Nairobi were struck by terrorism.", ["ASSAULT"]),
        ("A convoy struck by a roadside bomb burned.", ["ASSAULT"]),
    ],
)
def test_struck_by_a_story_or_seized_upon_is_no_attack(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        ("We are proud to back the senator.", "back", "occurred"),
        ("Kenya is pleased to host the talks.", "host", "occurred"),
        ("Kenya would be honoured to host the talks.", "host", "considered"),
        ("Kenya is honoured to host the talks.", "host", "occurred"),
        # a chance had is taken
        ("She backed Odinga once she had the chance to talk with him in Kisumu.", "talk", "occurred"),
        # one open to a deed weighs it
        ("The mayor is open to negotiating with the union.", "negotiating", "considered"),
        ("Kenya is receptive to talks with the rebels.", "talks", "considered"),
        ("Kenya opened talks with the rebels.", "talks", "occurred"),
        # what one would like to do is wanted, what one likes to do is done
        ("The governor told us she would like to fly to Kenya to meet its leaders.", "meet", "considered"),
        ("I'd love to visit Kenya.", "visit", "considered"),
        ("Kenya likes to meet Somalia every year.", "meet", "occurred"),
        # what one has decided to do is done, what one will or may decide is not
        ("We have decided to back the senator.", "back", "occurred"),
        ("Kenya may decide to send troops.", "send", "hypothetical"),
        ("Kenya decided not to send troops.", "send", "denied"),
        # a bare participle set after a verb of offering is a deed of its own
        ("She offers calm, urging voters to look ahead.", "urging", "occurred"),
        ("Kenya is considering sending troops to Somalia.", "sending", "considered"),
        # leading in a poll leads to nothing
        ("A poll shows Ruto leading, with a tenth of voters supporting another candidate.", "supporting", "occurred"),
    ],
)
def test_pride_in_a_deed_tells_it_and_leading_in_a_poll_leads_to_nothing(nlp, text, trigger, status):
    assert statuses(nlp, text)[trigger] == status


def test_what_a_past_verb_led_to_happened_and_a_plan_met_with_doubt_met_no_one(nlp):
    assert [found[:2] for found in reports(nlp, "The snub led to a meeting with Ryan.")] == [("CONSULT", "occurred")]
    assert [found[:2] for found in reports(nlp, "The snub could lead to a meeting with Ryan.")] == [
        ("CONSULT", "hypothetical")
    ]
    assert reports(nlp, "The plan was met with deep doubt in Nairobi.") == []
    assert [found[0] for found in reports(nlp, "The envoy was met by Kenyan officials at the airport.")] == [
        "CONSULT/meet"
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # rivals who trade charges or a microphone do no commerce, nor does a person invested in a cause
        ("The two senators traded charges over the bailout.", []),
        ("The senator traded the microphone with two students.", []),
        ("Kenya traded tea with Iran.", ["COOPERATE/economic"]),
        ("The party backs a senator who is invested in neither its cause nor its people.", []),
        ("Ten million dollars was invested in the Kenyan port.", ["COOPERATE/economic"]),
    ],
)
def test_trading_charges_or_caring_for_a_cause_is_no_commerce(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


def test_a_day_after_on_that_the_parse_hangs_from_the_object_dates_the_verb(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    text = "Rebel chiefs who agreed a peace deal in the town of Kismayo on Saturday now blame one another for it."
    assert dated(text)["agreed"] == "2024-12-07"
    # not where a verb stands between: the day is that verb's
    assert dated("Kenya praised the decision of Somalia to recall its envoy on Monday.")["praised"] is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a race called for a candidate is a result projected, not a request
        ("TV networks called the Kenyan race for Ruto an hour after polls closed.", []),
        ("Texas was called for the senator soon after the polls closed.", []),
        ("Kenya called for talks with Somalia.", ["REQUEST", "CONSULT"]),
        # easing worries or debt concedes nothing; easing sanctions does
        ("The minister tried on Friday to ease rising fears in Kenya.", []),
        ("Kenya eased its sanctions on Somalia.", ["CONCEDE"]),
    ],
)
def test_calling_a_race_or_easing_worries_is_no_request_or_concession(nlp, text, kind):
    assert [r[0] for r in reports(nlp, text)] == kind


def test_a_date_in_an_earlier_when_clause_is_that_clauses_own(nlp):
    dated = dating(nlp, date(2024, 12, 13))
    text = "The senator attacked Ruto in person when he had vowed in March that he never would."
    assert dated(text)["attacked"] is None
    assert dated("Kenya attacked the town when the talks collapsed last month.")["attacked"] == "2024-11"


def test_a_deed_a_side_is_taken_on_is_proposed_and_has_no_day(nlp):
    text = "The senator supports temporarily banning imports from Uganda."
    found = find_reports(nlp(text), [], Published("2024-12-13", "day"))
    assert {text[r.trigger_start : r.trigger_end]: (r.status, r.when_value) for r in found} == {
        "supports": ("occurred", "2024-12-13"), "banning": ("proposed", None)
    }  # fmt: skip
    found = find_reports(nlp("The senator is backing Odinga."), [], Published("2024-12-13", "day"))
    assert [r.status for r in found] == ["occurred"]  # backing someone is no deed backed


def test_accepting_an_envoy_accredits_him(nlp):
    assert reports(nlp, "Kenya accepted the credentials of the Somaliland envoy.")[0][:2] == (
        "SUPPORT/diplomatic", "occurred")
    assert reports(nlp, "Kenya accepted the offer.") == []


def test_an_event_wanted_sought_or_drawn_nearer_has_no_day(nlp):
    for text in ("Kenya wants a deal with Somalia.", "Kenya is seeking talks with Somalia.",
                 "Kenya is working towards an agreement with Somalia."):  # fmt: skip
        found = find_reports(nlp(text), [], Published("2024-12-13", "day"))
        assert [r.when_value for r in found if r.type != "REQUEST"] == [None], text


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The militia was able to seize the town within a day.", "occurred"),
        ("The governor was quick to condemn the raid.", "occurred"),
        ("The militia was not able to seize the town.", "denied"),
        ("The militia is able to seize the town at will.", "hypothetical"),  # it only may; "at will" is no "will"
        ("If the militia were able to seize the town, it would hold the north.", "hypothetical"),
    ],
)
def test_an_ability_told_in_the_past_was_used(nlp, text, status):
    assert [r[1] for r in reports(nlp, text)] == [status]


def test_asking_how_or_which_asks_a_question_not_a_deed(nlp):
    assert reports(nlp, "A second survey asked voters how likely the mayor was to lose.") == []
    assert reports(nlp, "The pollster asked residents which party to trust.") == []
    assert reports(nlp, "The envoy asked Somalia to name its ambassador.")[0][:2] == ("REQUEST", "occurred")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Kenya is not going to attack the camp.", "denied"),
        ("Kenya is never going to recognise the region.", "denied"),
        ("The army is never going to do a ground invasion.", "denied"),  # "do" makes the invasion as "launch" does
        ("Kenya is going to attack the camp.", "planned"),
    ],
)
def test_what_one_is_not_going_to_do_is_denied(nlp, text, status):
    assert [r[1] for r in reports(nlp, text)] == [status]


@pytest.mark.parametrize(
    ("text", "first", "day"),
    [
        # a day after the second of two past deeds is the first's too: one occasion
        ("Six guards were killed and nine others injured in a bomb attack on Friday.", "killed", "2024-12-06"),
        ("Police arrested two men and seized rifles at a meeting on Friday.", "arrested", "2024-12-06"),
        # not one still to come
        ("Police arrested two men and will charge them on Friday.", "arrested", None),
    ],
)
def test_a_day_after_two_deeds_joined_by_and_dates_both(nlp, text, first, day):
    assert dating(nlp, date(2024, 12, 11))(text)[first] == day


def test_a_killing_told_of_the_place_an_attack_struck_is_the_attacks(nlp):
    dated = dating(nlp, date(2024, 12, 11))
    # no hotel kills: the bombing did, in its year, even under a verb that judges it
    for text in ("He was charged over the 2019 bombing of a hotel that killed 20 guests.",
                 "He has hidden since the May 2019 bombing of a Mombasa hotel that killed 20 guests."):  # fmt: skip
        assert dated(text)["killed"].startswith("2019")
        (killing,) = [r for r in reports(nlp, text) if r[0] == "ASSAULT" and "guests" in r[3]]
        assert "hotel" not in " ".join(killing[2])
    # a raid, a blast or another happening as well as an attack noun
    assert dated("The 2019 raid on a village that killed 12 people was condemned.")["killed"] == "2019"
    # those who can kill did: the militia in the raid on it
    text = "The army led a raid on the militia that killed 12 villagers."
    assert [r[2] for r in reports(nlp, text) if "villagers" in r[3]] == [["militia"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya turned down the request from Somalia.", [("REJECT", "occurred", ["Kenya"], ["request"])]),
        ("Uganda turned the offer down.", [("REJECT", "occurred", ["Uganda"], ["offer"])]),
        ("Turkey pulled its troops out of the town.", [("RETREAT", "occurred", ["Turkey"], ["its troops"])]),
        ("Russia pulled out of the grain deal.", [("RETREAT", "occurred", ["Russia"], [])]),
        ("Police cracked down on protesters.", [("COERCE", "occurred", ["Police"], ["protesters"])]),
        # turning out, turning upside down, pulling out a gun or out of a slump are no such deeds
        ("Voters turned out in large numbers.", []),
        ("The war turned the region upside down.", []),
        ("The gunman pulled out a pistol.", []),
        ("Economists expect Russia to pull out of the slump soon.", []),
    ],
)
def test_phrasal_verbs_reject_withdraw_and_coerce_by_their_particle(nlp, text, expected):
    assert reports(nlp, text) == expected


def test_a_relative_clause_without_an_opening_word_acts_on_its_noun(nlp):
    assert reports(nlp, "They asked for a freeze, a request the judges turned down.")[-1] == (
        "REJECT", "occurred", ["judges"], ["request"]
    )
    assert reports(nlp, "Kenya rejected the plan the ministers backed.") == [
        ("REJECT", "occurred", ["Kenya"], ["plan"]), ("SUPPORT", "occurred", ["ministers"], ["plan"])
    ]
    # its parties after the verb, as after an object ("signed the memorandum with the region")
    assert reports(nlp, "The talks skipped the memorandum Ethiopia signed with the region in January.")[-1] == (
        "AGREE", "occurred", ["Ethiopia"], ["memorandum", "region"]
    )
    # whatever the tagger makes of the party's name ("Somaliland" read as an adjective)
    text = "Few deals caused such upheaval as the memorandum Ethiopia signed with Somaliland at the start of last year."
    assert reports(nlp, text)[-1][3] == ["memorandum", "Somaliland"]
    # not the time or the way it happens
    assert reports(nlp, "The minute Kenya signed, prices rose.") == [("AGREE", "occurred", ["Kenya"], [])]
    assert reports(nlp, "That is the way the envoys met.") == [("CONSULT/meet", "occurred", ["envoys"], [])]

