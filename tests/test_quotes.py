"""Quotes: who said what, on passages we wrote."""

import json

import pytest

from storyline.cli import app
from storyline.extract.quotes import find_quotes
from storyline.extract.quotes.speech import _within_paragraph, quoted_spans


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load

    return load()


def quotes(nlp, text: str) -> list[tuple[str, bool, str | None]]:
    return [(q.text, q.direct, text[q.source_start : q.source_end] if q.source_start is not None else None)
            for q in find_quotes(nlp(text))]  # fmt: skip


def test_quote_then_says_name(nlp):
    text = "“The ties are old but never warm,” says Oz Hassan, a researcher at a British university."
    assert quotes(nlp, text) == [("The ties are old but never warm", True, "Oz Hassan")]
    assert find_quotes(nlp(text))[0].speaker_text == "says Oz Hassan"


def test_name_said_colon_quote_with_curly_or_straight_marks(nlp):
    for text in ('The envoy Lena Okafor said: "We will not leave the talks."',
                 "The envoy Lena Okafor said: “We will not leave the talks.”"):  # fmt: skip
        assert quotes(nlp, text) == [("We will not leave the talks.", True, "Lena Okafor")]


def test_a_quote_after_that_and_a_colon_is_a_quote(nlp):
    text = ("The rebels turned on the militia, with rebel spokesman Omar Haji telling reporters in March that: "
            "“We will never let anyone use our land.”")
    assert quotes(nlp, text) == [("We will never let anyone use our land.", True, "Omar Haji")]


def test_a_speaker_after_a_quote_may_have_a_long_post(nlp):
    text = ("''I think every candidate should do the same,'' Ruth Adler, an economist and the head of a budget "
            "research group in Washington, told me.")
    assert quotes(nlp, text) == [("I think every candidate should do the same", True, "Ruth Adler")]


def test_the_speaker_before_a_quote_starts_on_a_word(nlp):
    [quote] = find_quotes(nlp("The clan's spokesman Omar Haji told reporters: “We will stay.”"))
    assert quote.speaker_text == "Omar Haji told reporters"


def test_quote_then_pronoun_said(nlp):
    text = "“We are ready to sign the accord tomorrow,” he said."
    assert quotes(nlp, text) == [("We are ready to sign the accord tomorrow", True, "he")]


def test_bracketed_insertions_stay_in_the_quote(nlp):
    text = "“The two sides [have] agreed on a second round of talks,” said the minister."
    assert quotes(nlp, text)[0][0] == "The two sides [have] agreed on a second round of talks"


def test_a_quote_over_two_paragraphs_is_one_quote(nlp):
    text = "“The first round went well,” Okafor said. “We spoke for hours.\n\n“The second round starts in May.”"
    assert quoted_spans(text)[1] == (text.index("We spoke"), text.rindex("”"))
    found = quotes(nlp, text)
    assert [q[2] for q in found] == ["Okafor", "Okafor"]  # the second goes on from the first speaker


def test_the_next_paragraph_continues_the_speaker(nlp):
    text = "“We will talk again,” the minister said.\n\n“Nothing is settled yet, and nothing will be until May.”"
    assert [q[2] for q in quotes(nlp, text)] == ["the minister", "the minister"]


def test_headline_attribution_after_a_dash(nlp):
    text = "• 17 May 2024: “Trade with the north will double next year” — Deputy PM Overchuk\n"
    assert quotes(nlp, text) == [("Trade with the north will double next year", True, "Deputy PM Overchuk")]


def test_scare_quotes_and_titles_are_no_speech(nlp):
    text = ("The talks were called a “durable peace” effort. Read our earlier piece, "
            "“Comparing The Contours Of Two Pivots In The Region”.")  # fmt: skip
    assert [q for q in quotes(nlp, text) if q[1]] == []


def test_a_show_named_after_its_owner_is_no_speech(nlp):
    text = ("“I was at home with a poor line,” the mayor told KBX’s “Morning Desk” on Monday. “I could barely hear them.” "
            "Later she said on WNT's \"The Week With Ann Osei,\" that the talks had failed.")
    assert [q[0] for q in quotes(nlp, text) if q[1]] == ["I was at home with a poor line", "I could barely hear them."]
    # what is said after the show goes on from its cue, the quote in it part of it, and a cry after an owner stays
    # a quote
    text = ("She told KBX’s “Morning Desk” on Monday the talk was civil, and said viewers “would feel a bit uneasy"
            " at times.”\n\nThe pastor defended the mayor’s “Look at my supporter over here!” line.")
    assert [(q[0], q[1], q[2]) for q in quotes(nlp, text)] == [
        ("the talk was civil", False, "She"), ("viewers “would feel a bit uneasy at times.”", False, "She"),
        ("Look at my supporter over here!", True, None),
    ]
    # what an owner is quoted as saying stays a quote
    text = "The aide waved off the critique, saying it was the campaign’s “Whatever they claim, this was our best night.”"
    assert [q[0] for q in quotes(nlp, text) if q[1]] == ["Whatever they claim, this was our best night."]


def test_reported_speech(nlp):
    found = quotes(nlp, "Officials said that the border would reopen next week.")
    assert found == [("the border would reopen next week", False, "Officials")]
    # a speech verb joined to another shares its subject
    found = quotes(nlp, "The ministry condemned the raid and said the ban would stay.")
    assert found == [("the ban would stay", False, "The ministry")]
    found = quotes(nlp, "According to the ministry, the border will reopen on Monday.")
    assert found == [("the border will reopen on Monday", False, "the ministry")]
    opening = find_quotes(nlp("The talks went on.\n\nAccording to the Kremlin, the border will reopen on Monday."))
    assert [q.speaker_text for q in opening] == ["According to the Kremlin"]


def test_a_sentence_that_ends_in_says_name_is_what_the_name_said(nlp):
    text = "Sending an envoy to the talks sends a signal of its own, says Lena Okafor, a researcher in Nairobi."
    [(said, direct, source)] = quotes(nlp, text)
    assert (said, direct) == ("Sending an envoy to the talks sends a signal of its own", False)
    assert source.startswith("Lena Okafor")


def test_a_sentence_that_ends_in_its_speaker_and_verb(nlp):
    assert quotes(nlp, "Russia is ready to help, he told reporters on Tuesday.") == [
        ("Russia is ready to help", False, "he")
    ]
    assert quotes(nlp, "Kenya will not sign the accord this year, a spokesman for the ministry said.") == [
        ("Kenya will not sign the accord this year", False, "a spokesman")
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("In his 2012 book, Leading Kenya, Ruto noted the treaty's flaws.", []),  # an object: what was noted
        # a participle's addressee is no speaker, and the clause before it is not what was said
        ("Kenya's foreign minister sent a letter on Monday, telling them, “We stand with you.”",
         [("We stand with you.", True, "Kenya's foreign minister")]),
    ],
)
def test_a_speech_verb_with_an_object_or_no_tense_closes_no_sentence(nlp, text, found):
    assert quotes(nlp, text) == found


def test_quoted_words_belong_to_the_speech_around_them(nlp):
    text = "New alliances in Asia have value to Kenya beyond their “symbolic weight”, says Dr Okafor."
    assert [(q, d) for q, d, _ in quotes(nlp, text)] == [
        ("New alliances in Asia have value to Kenya beyond their “symbolic weight”", False)
    ]
    text = "The minister spoke.\n\nRetired general Ann Moyo said the plan was “absolutely right” for the region."
    assert quotes(nlp, text) == [
        ("the plan was “absolutely right” for the region", False, "Retired general Ann Moyo")
    ]
    text = "Okafor said the vote was “a disgrace to the whole region.”"
    assert quotes(nlp, text) == [("the vote was “a disgrace to the whole region.”", False, "Okafor")]


def test_what_was_said_is_whole_and_within_its_paragraph(nlp):
    text = ("Okafor, once a researcher at a university in Nairobi, says the first move towards a closer "
            "partnership would be for Kenya to take the group off its sanctions register, which it has kept since "
            "2019.")  # fmt: skip
    assert quotes(nlp, text)[0][0].startswith("the first move towards a closer partnership would be")
    text = "The envoy said the talks would resume in May\n\nBoth delegations left Nairobi on Friday."
    assert quotes(nlp, text) == [("the talks would resume in May", False, "The envoy")]


def test_reported_speech_is_trimmed_to_its_paragraph_and_words():
    text = "He spoke.\n\nThe deal is done, he says.\n\nNext."
    start, end = _within_paragraph(text, text.index("says"), text.index("\n"), text.index(" he"))
    assert text[start:end] == "The deal is done"
    assert text[slice(*_within_paragraph(text, text.index("says"), 0, len(text)))] == "The deal is done, he says."


def test_according_to_after_what_was_said(nlp):
    text = "Kenya leads Somalia by six points to four, according to the survey."
    assert quotes(nlp, text) == [("Kenya leads Somalia by six points to four", False, "the survey")]


def test_a_participle_speaks_for_the_subject_of_its_verb(nlp):
    text = "Okafor waved off the complaint, saying anyone who blames the referee has simply lost the match."
    assert quotes(nlp, text) == [("anyone who blames the referee has simply lost the match", False, "Okafor")]


def test_findings_and_agreement_are_attributed(nlp):
    assert quotes(nlp, "A survey by the ministry found that most voters back the accord.") == [
        ("most voters back the accord", False, "A survey")
    ]
    assert quotes(nlp, "All three analysts agreed that the accord would raise prices.") == [
        ("the accord would raise prices", False, "All three analysts")
    ]
    assert quotes(nlp, "Their outcome will show whether Kenya can gain the sea access it wants.") == []
    # a study's finding needs no "that" where its clause has a subject and a verb of its own
    assert quotes(nlp, "One study found the levy would raise prices.") == [
        ("the levy would raise prices", False, "One study")
    ]
    assert quotes(nlp, "The audit will show if the funds were misused; she found the room empty.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The regional economy has stalled,” IMF chief economist Ann Moyo said.", "Ann Moyo"),
        ("Ann Moyo, speaking at a later press briefing in Nairobi, said, “I have been briefed about the attacks in "
         "the north.”", "Ann Moyo"),
        ("He then stood by the remark, saying, “I do not think this is a silly idea.”", "He"),
    ],
)
def test_the_parse_names_a_speaker_the_patterns_miss(nlp, text, speaker):
    assert [q[2] for q in quotes(nlp, text)] == [speaker]


def test_the_fact_is_no_speaker(nlp):
    assert quotes(nlp, "The fact that talks resumed suggests that a deal is near.") == []


ARTICLE = (
    "Talks resume\n\nSergei Shoigu met the envoys in Kabul on Monday.\n\n"
    "“Our ties will only grow,” Shoigu said after the meeting.\n"
)


def test_quotes_command_names_the_speaker(runner, db, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--db", str(db)]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["quotes", "--db", str(db), "--json"]).stdout)
    actors = {a["id"]: a["name"] for a in json.loads(runner.invoke(app, ["actors", "--db", str(db), "--json"]).stdout)}
    assert [(actors[q["speaker"]], q["text"], q["direct"]) for q in listed] == [
        ("Sergei Shoigu", "Our ties will only grow", True)
    ]
    by_speaker = runner.invoke(app, ["quotes", "--speaker", "shoigu", "--db", str(db)])
    assert by_speaker.stdout.endswith("Sergei Shoigu: “Our ties will only grow”\n")
    assert listed[0]["when"] == {"value": None, "precision": None, "text": None}  # the attribution gives no day


def test_a_quote_carries_the_day_its_attribution_gives(runner, db, tmp_path):
    record = {"url": "https://example.org/kabul", "published": "2024-03-06", "title": "Talks resume",
              "text": "“Our ties will only grow,” Sergei Shoigu said on Monday in Kabul.\n"}  # fmt: skip
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n")
    assert runner.invoke(app, ["ingest", str(tmp_path / "a.jsonl"), "--db", str(db)]).exit_code == 0
    (quote,) = json.loads(runner.invoke(app, ["quotes", "--db", str(db), "--json"]).stdout)
    assert quote["when"] == {"value": "2024-03-04", "precision": "day", "text": "Monday"}
    listed = runner.invoke(app, ["quotes", "--db", str(db)]).stdout
    assert " 2024-03-04  Sergei Shoigu: “Our ties will only grow”" in listed


def test_a_phrase_that_frames_the_speech_verb_is_not_what_was_said(nlp):
    text = ("The leaders met in Ankara on Wednesday.\n\nIn what both sides called the Ankara Declaration, Prime "
            "Minister Abiy Ahmed and President Hassan Sheikh Mohamud said they would start technical negotiations by "
            "the end of February 2025, to be concluded within four months.")  # fmt: skip
    content = "they would start technical negotiations by the end of February 2025, to be concluded within four months"
    assert [q[0] for q in quotes(nlp, text)] == [content]
    framed = quotes(nlp, "During his years in office, Obama said, the economy grew.")
    assert framed == [("the economy grew", False, "Obama")]  # not the verb's own words, whatever the parse
    said = "Beyond that, she has other goals in mind, he added."
    assert quotes(nlp, said)[0][0] == "Beyond that, she has other goals in mind"  # a clause of its own is said


def test_an_attribution_set_off_by_commas_inside_the_sentence_says_the_sentence(nlp):
    text = "The new port, the minister said, would open to ships from every country."
    assert quotes(nlp, text) == [("The new port, the minister said, would open to ships from every country", False,
                                  "the minister")]  # fmt: skip
    # however the parse hangs the verb, with an adverb before it or a time after it
    for text, speaker in (("The mill was a giant, Ms. Achieng said, until it closed in 1999.", "Achieng"),
                          ("The port, Mr. Omondi often says, is the city's lifeline.", "Omondi"),
                          ("The problem, the governor said then, was that his rival insulted him.", "the governor")):
        assert quotes(nlp, text) == [(text.rstrip("."), False, speaker)]
    # but not where the verb takes a clause of its own, nor where what follows goes on from the speaker
    assert quotes(nlp, "In Kabul, the minister said, the talks would resume.") == [
        ("the talks would resume", False, "the minister")
    ]
    assert quotes(nlp, "Talks will resume, he said, adding that aid would flow.")[0][0] == "Talks will resume"


def test_an_attribution_set_off_inside_the_sentence_is_dated_by_its_own_words(nlp):
    from datetime import date

    from storyline.extract.events import date_speech
    from storyline.extract.time import find_timexes
    from storyline.types import Published

    for text, day in (("The goal, he said on Tuesday, is a durable truce.", "2025-07-08"),
                      ("The deal signed in 2019, he said, was a failure.", None),
                      ("The goal, he says, is a truce.", "2025-07-10")):  # fmt: skip
        doc = nlp(text)
        timexes = find_timexes(text, date(2025, 7, 10))
        found = date_speech(doc, find_quotes(doc), timexes, Published("2025-07-10", "day"))
        assert [q.when_value for q in found] == [day], text


def test_speech_that_is_denied_quotes_nothing(nlp):
    assert quotes(nlp, "Ethiopia did not say whether it still considered the memorandum in force.") == []
    assert quotes(nlp, "He never said that he would resign.") == []
    assert [q[0] for q in quotes(nlp, "Officials said the talks had not failed.")] == ["the talks had not failed"]


def test_quotation_marks_typed_as_two_characters_quote_directly(nlp):
    # as wire archives (``…'') and some papers (''…'') type them; offsets stay those of the text
    for text in ("``The border stays shut until the talks end,'' the governor said.",
                 "''The border stays shut until the talks end,'' the governor said."):  # fmt: skip
        assert quotes(nlp, text) == [("The border stays shut until the talks end", True, "the governor")]
        assert quoted_spans(text) == [(2, 44)]
    assert quoted_spans("He called the plan ''a bridge too far'' and left.") == [(21, 37)]
    assert quoted_spans("The rebels' leaders' men fled.") == []


def test_a_date_inside_quotation_marks_typed_as_two_characters_is_not_when_it_was_said(nlp):
    from datetime import date

    from storyline.extract.events import date_speech
    from storyline.extract.time import find_timexes
    from storyline.types import Published

    text = "``The raids of March 3 show that the militia is still strong,'' said the deputy envoy."
    doc = nlp(text)
    (quote,) = date_speech(doc, find_quotes(doc), find_timexes(text, date(2025, 7, 10)), Published("2025-07-10", "day"))
    assert quote.direct and quote.when_value is None


def test_quoted_words_that_end_the_sentence_inside_their_marks_stay_in_the_speech(nlp):
    from datetime import date

    from storyline.extract.events import date_speech
    from storyline.extract.time import find_timexes
    from storyline.types import Published

    for text in ("The governor, opening the bridge on Saturday, said it would carry a story of “toil and hope, of "
                 "loss, but also of pride.”",
                 "The governor, opening the bridge on Saturday, said it would carry a story of ''toil and hope, of "
                 "loss, but also of pride.''"):  # fmt: skip
        doc = nlp(text)
        timexes = find_timexes(text, date(2025, 7, 10))
        found = date_speech(doc, find_quotes(doc), timexes, Published("2025-07-10", "day"))
        assert [(q.direct, text[q.source_start : q.source_end], q.when_value) for q in found] == [
            (False, "The governor", "2025-07-05")
        ]


def test_reported_speech_stops_before_the_speaker_when_a_sentence_break_is_missed(nlp):
    # the splitter may run on past '. "But': the stop and the mark after the speaker's post hang on the first quote's
    # verb, which must not take the speaker's name into what was said
    for text in ('"The board has passed four rules against the mill," said Ruth Adler, a scholar at the Center for '
                 'Rural and Coastal Studies. "But the trouble is, none of it is working."',
                 '"The council has voted five times to fine the mill for the smoke it sends over the town," said Ruth '
                 'Adler, an economist at the Institute for Regional and Urban Studies. "But the trouble is, none of '
                 'it has helped. And whoever wins the vote, the smoke will be the first matter on the desk."'):
        found = quotes(nlp, text)
        assert [(direct, speaker) for _, direct, speaker in found] == [(True, "Ruth Adler")] * 2, text


def test_a_clause_ends_before_punctuation_the_parse_hangs_on_it_from_past_its_speaker():
    import spacy
    from spacy.tokens import Doc

    from storyline.extract.quotes.speech import _span

    # a tree as the parser leaves it when it misses the break: the stop and mark after the name hang on "rose"
    words = ['"', "Rates", "rose", ",", '"', "said", "Ann", "Moyo", ".", '"', "But", "no", "."]
    spaces = [False, True, False, False, True, True, True, False, True, False, True, False, False]
    heads = [2, 2, 5, 2, 2, 5, 7, 5, 2, 2, 11, 5, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "compound", "nsubj", "punct", "punct", "cc",
            "parataxis", "punct"]  # fmt: skip
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    assert "said" not in doc.text[slice(*_span(doc[2]))]


def test_an_object_after_a_speech_verb_with_its_subject_before_is_no_speaker(nlp):
    # ", reported a loss." is told of the firm named before it, not said by "a loss"
    text = "The mill, which said a month ago that it would close two plants, reported a loss for the year."
    assert quotes(nlp, text) == [("it would close two plants", False, "The mill")]
    # but a name after the verb that the parse makes its subject speaks, though it took a noun before for another
    text = ("The mayor's refusal to explain the cuts angered the council, and the session fell apart after that, "
            "said one aide.")
    assert [(direct, speaker) for _, direct, speaker in quotes(nlp, text)] == [(False, "one aide")]


def test_a_speech_in_a_relative_clause_takes_the_date_beside_its_verb(nlp):
    from datetime import date

    from storyline.extract.events import date_speech
    from storyline.extract.time import find_timexes
    from storyline.types import Published

    for text in ("The mill, which said a month ago that it would close two plants, reported a loss for the year.",
                 "That is the top of the range of 300 to 400 jobs that the mill said a month ago would go by "
                 "spring."):  # fmt: skip
        doc = nlp(text)
        timexes = find_timexes(text, date(2025, 7, 10))
        found = date_speech(doc, find_quotes(doc), timexes, Published("2025-07-10", "day"))
        assert [q.when_value for q in found] == ["2025-06"], text


def test_an_attribution_opened_by_as_gives_what_follows_it(nlp):
    assert quotes(nlp, "As one Western envoy put it, the movement is here to stay.") == [
        ("the movement is here to stay", False, "one Western envoy")
    ]
    assert quotes(nlp, "As the daily reported, the mayor was refusing to resign.") == [
        ("the mayor was refusing to resign", False, "daily")
    ]
    # not "as" for while, whose verb has an object of its own, nor "put it" outside such a frame
    assert quotes(nlp, "As the mayor demands a wall, traders dig tunnels.") == []
    assert quotes(nlp, "She put it on the table.") == []
    # closing the sentence, it gives what comes before; not where its verb has an object of its own
    assert quotes(nlp, "The movement is here to stay, as one envoy put it in a memoir.") == [
        ("The movement is here to stay", False, "one envoy")
    ]
    assert quotes(nlp, "Aid will flow again, as the minister said on Tuesday.") == [
        ("Aid will flow again", False, "the minister")
    ]
    assert quotes(nlp, "The vote swung, as farmers responded to the new tariffs.") == []
    assert quotes(nlp, "Her command of figures helps, as she showed at the hearings.") == []


def test_posting_online_is_saying(nlp):
    found = find_quotes(nlp('"It is a historic step," Muttaqi posted on Facebook.'))
    assert [(q.text, q.direct, q.speaker_text) for q in found] == [("It is a historic step", True, "Muttaqi posted")]
    assert quotes(nlp, "The company posted a profit of five million dollars.") == []


def test_pointing_out_is_saying(nlp):
    found = find_quotes(nlp("The auditors then pointed out that one raid may count many arrests."))
    assert [(q.text, q.speaker_text) for q in found] == [
        ("one raid may count many arrests", "The auditors then pointed out")
    ]
    assert quotes(nlp, "He pointed to polls that showed him ahead.") == []


def test_a_name_set_off_before_a_speech_verb_the_parse_left_without_subject_speaks(nlp):
    # the tagger may read "acting" in a post as a verb, and the speech verb is left with no subject
    text = "The Taliban's acting foreign minister, Amir Khan Muttaqi, said on Sunday that the visit went well."
    assert quotes(nlp, text) == [("the visit went well", False, "Amir Khan Muttaqi")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "said last week that …": the parse may hang the "that" clause on "week", as if it told which week
        ("The envoy said last week that talks would resume.", [("talks would resume", False, "The envoy")]),
        ("The envoy told reporters last week that talks would resume.", [("talks would resume", False, "The envoy")]),
        # a "that" the parse took for a pronoun still opens the clause, unless it is the clause's subject
        ("The envoy told reporters on Monday that talks would resume.", [("talks would resume", False, "The envoy")]),
        ("He said that was wrong.", [("that was wrong", False, "He")]),
        # right after the speech verb, a "that" taken for a determiner opens the clause all the same
        ("He is claiming that ballot theft is rampant.", [("ballot theft is rampant", False, "He")]),
        # or hung on the means of saying: "in a statement that …" is what the statement said
        ("The cabinet said in a statement on Tuesday that the port would reopen.",
         [("the port would reopen", False, "The cabinet")]),
        ("The cabinet said in its statement that the port would reopen.",
         [("the port would reopen", False, "The cabinet")]),
        ("The spokesman told a news conference in Kabul on Tuesday that the group wanted ties.",
         [("the group wanted ties", False, "The spokesman")]),
        # or on the audience the verb speaks to, which the parse may take for its object
        ("The minister told the conference on security that the border would reopen.",
         [("the border would reopen", False, "The minister")]),
        # or in an aside set off by commas after the verb
        ("The envoy said, speaking to reporters in Kabul, that the deal was close.",
         [("the deal was close", False, "The envoy")]),
        ("The envoy said, citing intelligence reports, that the group had moved south.",
         [("the group had moved south", False, "The envoy")]),
        # a "that" taken for a determiner after a time or an audience hung on the verb opens the clause too
        ("The minister said Tuesday that aid would flow.", [("aid would flow", False, "The minister")]),
        ("The minister told a meeting of donors Tuesday that aid would flow.",
         [("aid would flow", False, "The minister")]),
        ("She told the story that her father had loved.", []),
        # or on the occasion it was said at, and on whoever was told, even with a quoted subject
        ('The candidate said at a rally in Denver that "a blast" had shaken the harbour.',
         [('"a blast" had shaken the harbour', False, "The candidate")]),
        ("Three former clerks told The Ledger that the firm offers no sick pay.",
         [("the firm offers no sick pay", False, "Three former clerks")]),
        ("The senator told a cheering crowd in Nakuru that she expects to win the runoff.",
         [("she expects to win the runoff", False, "The senator")]),
        # not on what was spoken to: the jibe said it, not the one who replied
        ("The mayor replied to the governor's campaign jibe that cutting taxes made him wise.", []),
    ],
)  # fmt: skip
def test_what_was_said_after_a_time_the_parse_took_it_for_a_clause_of(nlp, text, expected):
    assert quotes(nlp, text) == expected


def test_a_that_opening_the_sentence_is_no_clause_opener(nlp):
    text = "That partisan strife is one of the reasons to oppose him, the president often says."
    assert quotes(nlp, text)[0][0] == "That partisan strife is one of the reasons to oppose him"
