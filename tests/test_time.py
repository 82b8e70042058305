"""Time: temporal expressions found and normalized against the document's date, on sentences we wrote."""

import re
from datetime import date

import pytest

from storyline.extract.time import date_of, find_timexes, qualifies, tag_document, when
from storyline.extract.time.calendar import (
    diwali, easter, hanukkah, hijri_days, lunar_new_year, month_year, rosh_hashanah,
)
from storyline.extract.time.calendar import from_solar_hijri, orthodox_easter, value_at
from storyline.extract.time.calendar import weekday_near
from storyline.extract.time.context import Context
from storyline.extract.time.values import duration
from storyline.extract.time.words import number
from storyline.types import Published, Timex

WED = date(2024, 5, 29)  # a Wednesday
THU = date(2024, 5, 30)


def found(text: str, reference: date | None = WED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_timexes(text, reference)]


def read_mods(text: str, reference: date) -> list[tuple[str, str, str | None]]:
    """Each expression's text, value and mod, where the mod is what a test checks."""
    return [(t.text, t.value, t.mod) for t in find_timexes(text, reference)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The accord was signed on 16 May 2024.", [("16 May 2024", "DATE", "2024-05-16")]),
        ("The accord was signed on May 16, 2024.", [("May 16, 2024", "DATE", "2024-05-16")]),
        ("It was signed on Thursday, May 16th, 2024.", [("Thursday, May 16th, 2024", "DATE", "2024-05-16")]),
        ("The file is dated 2024-05-16.", [("2024-05-16", "DATE", "2024-05-16")]),
        ("Published: 2024-05-16 09:31 UTC; stamped 2024-05-16T10:00:00Z.",
         [("2024-05-16 09:31 UTC", "TIME", "2024-05-16T09:31"), ("2024-05-16T10:00:00Z", "TIME", "2024-05-16T10:00")]),
        # a comment's stamp, its clock in twelve hours
        ("Posted by a reader 2024/05/16 10:41:07 PM.", [("2024/05/16 10:41:07 PM", "TIME", "2024-05-16T22:41")]),
        ("Filed 2024-May-16 by the registry.", [("2024-May-16", "DATE", "2024-05-16")]),
        # "hrs" right after the minutes, as police and army statements write it
        ("Shots were fired at 22:15hrs on Monday.", [("22:15hrs on Monday", "TIME", "2024-05-27T22:15")]),
        # a numbered label before a time is no hour of it
        ("Day 1: 04:00 AM GMT; day 2: 9: 30 a.m.", [("04:00 AM GMT", "TIME", "2024-05-29T04:00"),
                                                  ("9: 30 a.m.", "TIME", "2024-05-29T09:30")]),
        # "the 8th day of October", as treaties and court orders write it
        ("Done at Kabul on the 8th day of May, 2024.", [("the 8th day of May, 2024", "DATE", "2024-05-08")]),
        ("Posted 2024-05-16 9:05 a.m.", [("2024-05-16 9:05 a.m.", "TIME", "2024-05-16T09:05")]),
        ("2024-05-16: an accord is signed. 2024-05-17T09:30: talks open.",
         [("2024-05-16", "DATE", "2024-05-16"), ("2024-05-17T09:30", "TIME", "2024-05-17T09:30")]),
        ("The file is dated 5/16/2024.", [("5/16/2024", "DATE", "2024-05-16")]),
        ("The file is dated 16/05/2024 and 16.05.2024.", [("16/05/2024", "DATE", "2024-05-16"),
                                                            ("16.05.2024", "DATE", "2024-05-16")]),
        ("Trade grew in October 2023.", [("October 2023", "DATE", "2023-10")]),
        ("Trade grew in 2021.", [("2021", "DATE", "2021")]),
        ("The 1979-89 war and the Taliban's 1996–2001 rule left the 2022-23 budget thin.",
         [("1979", "DATE", "1979"), ("89", "DATE", "1989"), ("1996", "DATE", "1996"), ("2001", "DATE", "2001"),
          ("2022", "DATE", "2022"), ("23", "DATE", "2023")]),
        ("The 2024-01 edition and the 1990-1985 list are no ranges.", []),
        ("The convention runs July 25-28; the poll ran Nov. 6 to 10.",
         [("July 25", "DATE", "2024-07-25"), ("28", "DATE", "2024-07-28"), ("Nov. 6", "DATE", "2023-11-06"),
          ("10", "DATE", "2023-11-10")]),
        ("Support rose from 42 percent on May 14 to 46 percent.", [("May 14", "DATE", "2024-05-14")]),
        ("The summit meets on July 8 and 9; on May 5 and 12 people died.",
         [("July 8", "DATE", "2024-07-08"), ("9", "DATE", "2024-07-09"), ("May 5", "DATE", "2024-05-05")]),
        ("The poll ran Nov. 6 to 10, 2022.", [("Nov. 6", "DATE", "2022-11-06"), ("10, 2022", "DATE", "2022-11-10")]),
        ("The fair ran May 12th-14th; the poll ran Nov. 6th to 10th, 2022.",
         [("May 12th", "DATE", "2024-05-12"), ("14th", "DATE", "2024-05-14"), ("Nov. 6th", "DATE", "2022-11-06"),
          ("10th, 2022", "DATE", "2022-11-10")]),
        ("Talks ran on 15-17 March 2023; COVID-19 March figures came later.",
         [("15", "DATE", "2023-03-15"), ("17 March 2023", "DATE", "2023-03-17"), ("March", "DATE", "2024-03")]),
        # two days joined by a slash, as for a meeting over both, each of that month and year
        ("Police raided homes on 10/11 March 2023.",
         [("10", "DATE", "2023-03-10"), ("11 March 2023", "DATE", "2023-03-11")]),
        # "till" and "until" join two days of a month as "to" does; not a day and a count
        ("She visits from June 3 till 5, and from 8 until 9 July; the siege ran on May 5 until 10 rebels gave up.",
         [("June 3", "DATE", "2024-06-03"), ("5", "DATE", "2024-06-05"), ("8", "DATE", "2024-07-08"),
          ("9 July", "DATE", "2024-07-09"), ("May 5", "DATE", "2024-05-05")]),
        ("Polls open from the 1st through the 7th of July.",
         [("1st", "DATE", "2024-07-01"), ("the 7th of July", "DATE", "2024-07-07")]),
        ("Envoys met in the 1980s.", [("the 1980s", "DATE", "198")]),
        ("Ties froze between the 1950s and 1980s.", [("the 1950s", "DATE", "195"), ("1980s", "DATE", "198")]),
        # a decade joined to one before it by a hyphen, or in words after a "the" decade in words, is one too
        ("Mills closed in the 1920s-30s and again in the fifties, sixties and early seventies.",
         [("the 1920s", "DATE", "192"), ("30s", "DATE", "193"), ("the fifties", "DATE", "195"),
          ("sixties", "DATE", "196"), ("early seventies", "DATE", "197")]),
        ("In their forties and fifties they ran; temperatures were in the eighties and nineties.", []),
        ("By the late 1990s the talks had stalled.", [("the late 1990s", "DATE", "199")]),
        # the hundreds of a year before 2000 are its century; "the 2000s" its first decade
        ("Caravans crossed it in the 1800s and the early 1900s; it boomed in the 2000s.",
         [("the 1800s", "DATE", "18"), ("the early 1900s", "DATE", "19"), ("the 2000s", "DATE", "200")]),
        ("Oil prices rose in mid-2022.", [("mid-2022", "DATE", "2022")]),
        # a season with no article after a preposition, where no habit or noun makes it a kind
        ("The bridge will reopen by autumn; it shut in winter. Ferries run during summer; he missed spring training.",
         [("autumn", "DATE", "2024-FA"), ("winter", "DATE", "2023-WI")]),
        # "will" names the coming season; one season set against another is every year's
        ("Talks will resume in winter. The square will host a fair in summer and a rink in winter. Snakes will "
         "routinely fast in spring.", [("winter", "DATE", "2024-WI")]),
        # "the summer months" are the season
        ("Work stops over the summer months.", [("the summer months", "DATE", "2024-SU")]),
        # an edge joined to its season by a hyphen, as an adjective is
        ("His late-summer swoon worried them.", [("late-summer", "DATE", "2023-SU")]),
        ("Profit rose in Q3 2023 and fell in 2024 Q1.",
         [("Q3 2023", "DATE", "2023-Q3"), ("2024 Q1", "DATE", "2024-Q1")]),
        # a fiscal year written after the quarter is the quarter's
        ("Sales in Q3 FY24 fell, and H1 fiscal 2025 should be better.",
         [("Q3 FY24", "DATE", "2024-Q3"), ("H1 fiscal 2025", "DATE", "2025-H1")]),
        # as analysts write them
        ("Sales rose in 2Q24 and 3Q 2024, after Q3'23 and H1'24.",
         [("2Q24", "DATE", "2024-Q2"), ("3Q 2024", "DATE", "2024-Q3"), ("Q3'23", "DATE", "2023-Q3"),
          ("H1'24", "DATE", "2024-H1")]),
        # a quarter or half named from the telling's year
        ("Sales fell in Q3 last year; support ends in Q1 next year.",
         [("Q3 last year", "DATE", "2023-Q3"), ("Q1 next year", "DATE", "2025-Q1")]),
        # a half with its number first, a fiscal year run on, a calendar year marked so; "3H25" is no half
        ("Margins fell in 1H26 and 2H 2025; 1QFY26 and CY25 beat plan, unlike 3H25.",
         [("1H26", "DATE", "2026-H1"), ("2H 2025", "DATE", "2025-H2"), ("1QFY26", "DATE", "2026-Q1"),
          ("CY25", "DATE", "2025")]),
        ("Orders rose in Q4/2025 and H2/2025.", [("Q4/2025", "DATE", "2025-Q4"), ("H2/2025", "DATE", "2025-H2")]),
        # a fiscal year closed up to its quarter or half, as Indian results write it
        ("Profit rose in Q3FY25 and H1FY25.", [("Q3FY25", "DATE", "2025-Q3"), ("H1FY25", "DATE", "2025-H1")]),
        # and "fiscal" alone names the fiscal year where a noun could not follow it
        ("Exports rose 5% last fiscal as against 3%; growth will slow in the current fiscal, not the fiscal deficit.",
         [("last fiscal", "DATE", "2023"), ("the current fiscal", "DATE", "2024")]),
        # as wire headlines write them; a half alone where results go with it, not a gas or a visa
        ("Mill posts net drop in H1 96 and Q3 96; Q3 96 people left.",
         [("H1 96", "DATE", "1996-H1"), ("Q3 96", "DATE", "1996-Q3")]),
        ("Brewer's H1 net profit rose; it expects losses in H2.",
         [("H1", "DATE", "2024-H1"), ("H2", "DATE", "2024-H2")]),
        ("H2 fuel cells cut losses; sales of H1 visas rose.", []),
        ("Q1 results beat forecasts; a decision is due by the end of Q3, a fortnight after the vote.",
         [("Q1", "DATE", "2024-Q1"), ("the end of Q3", "DATE", "2024-Q3"), ("a fortnight", "DURATION", "P2W")]),
        ("It began in the 20th century.", [("the 20th century", "DATE", "19")]),
        ("The mid-20th century saw it, as did the late 19th century.",
         [("The mid-20th century", "DATE", "19"), ("the late 19th century", "DATE", "18")]),
        # centuries named together are each a century, BC all where the last is
        ("Mills spread in the 18th, 19th and 20th centuries; towns grew from the 5th to the 3rd centuries BC.",
         [("the 18th", "DATE", "17"), ("19th", "DATE", "18"), ("20th centuries", "DATE", "19"),
          ("the 5th", "DATE", "BC04"), ("the 3rd centuries BC", "DATE", "BC02")]),
        ("He came 19th and 20th in the two races.", []),
        # a century as an adjective, without the article of its noun
        ("The 18th-century church and the mid-19th-century house stood.",
         [("18th-century", "DATE", "17"), ("mid-19th-century", "DATE", "18")]),
        # in words, from the eleventh on ("a second century of rule" counts)
        ("The twentieth century ended; the nineteenth-century house and a second century of rule remain.",
         [("The twentieth century", "DATE", "19"), ("nineteenth-century", "DATE", "18")]),
        # its end, start or middle, though not "the trial of the century"
        ("By the end of the century the trial of the century will be forgotten.",
         [("the end of the century", "DATE", "20")]),
        # a turn of a century is about its first year: an unnamed one the turn nearest the telling, or the one to come
        ("Mills opened at the turn of the 20th century; towns emptied by the turn of the century.",
         [("the turn of the 20th century", "DATE", "1900"), ("the turn of the century", "DATE", "2000")]),
        ("It began in January nineteen ninety-seven.", [("January nineteen ninety-seven", "DATE", "1997-01")]),
        # and this century's, as broadcasts say them; not counts ("twenty five people", "twenty twenty-dollar bills")
        ("It began in twenty twenty-one; twenty five people paid with twenty twenty-dollar bills.",
         [("twenty twenty-one", "DATE", "2021")]),
        # a month with "of" before a year said in words, and a decade said with its century
        ("It crashed in July of nineteen ninety-six, as in the nineteen-eighties and seventies.",
         [("July of nineteen ninety-six", "DATE", "1996-07"), ("the nineteen-eighties", "DATE", "198"),
          ("seventies", "DATE", "197")]),
        ("It froze in the winter of two thousand.", [("the winter of two thousand", "DATE", "2000-WI")]),
        # a decade counted in a century
        ("Growth slowed in the first decade of this century, as in the last decade of the 20th century.",
         [("the first decade of this century", "DATE", "200"), ("the last decade of the 20th century", "DATE", "199")]),
        # the noughties, or aughts, are the 2000s
        ("Prices soared in the early noughties, or the aughts, as Americans say.",
         [("the early noughties", "DATE", "200"), ("the aughts", "DATE", "200")]),
        # "that" and a month written short before its day: the day, not "that Sept" of some year
        ("That Sept. 12 hearing was when the board turned on him.", [("Sept. 12", "DATE", "2023-09-12")]),
    ],
)
def test_absolute_dates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials met earlier this week.", [("earlier this week", "DATE", "2024-W22")]),
        ("Exports fell last year.", [("last year", "DATE", "2023")]),
        ("The forum opens next month.", [("next month", "DATE", "2024-06")]),
        ("Talks resumed last week.", [("last week", "DATE", "2024-W21")]),
        ("The ban holds until May this year.", [("May this year", "DATE", "2024-05")]),
        ("The envoy will leave the following week.", [("the following week", "DATE", "2024-W23")]),
        ("Three years ago the embassy closed.", [("Three years ago", "DATE", "2021")]),
        ("The ministry spoke yesterday.", [("yesterday", "DATE", "2024-05-28")]),
        ("The ministry will speak tomorrow.", [("tomorrow", "DATE", "2024-05-30")]),
        ("The minister said on Tuesday that talks failed.", [("Tuesday", "DATE", "2024-05-28")]),
        ("The minister will travel on Friday.", [("Friday", "DATE", "2024-05-31")]),
        ("He arrived at 10:30 a.m. today.", [("10:30 a.m. today", "TIME", "2024-05-29T10:30")]),
        ("The vote will open at 9 a.m. Friday.", [("9 a.m. Friday", "TIME", "2024-05-31T09:00")]),
        ("Bids are due by 5 p.m. EST, June 3.", [("5 p.m. EST, June 3", "TIME", "2024-06-03T17:00")]),
        ("Talks stalled during the week of May 6.", [("the week of May 6", "DATE", "2024-W19")]),
        ("A poll taken on Saturday, 60 percent of them women, found doubts.", [("Saturday", "DATE", "2024-05-25")]),
        ("The paper wrote on Friday, May 24: the talks must go on.", [("Friday, May 24", "DATE", "2024-05-24")]),
        ("Police reopened the April shooting.", [("April", "DATE", "2024-04")]),
        ("Earnings for the full year rose.", [("the full year", "DATE", "2024")]),
        ("The crisis is now over.", [("now", "DATE", "PRESENT_REF")]),
        ("In those days the ferry was the only way across.", [("those days", "DATE", "PAST_REF")]),
        ("Back in the old days, nobody locked a door.", [("the old days", "DATE", "PAST_REF")]),
        ("Profit rose in the third quarter.", [("the third quarter", "DATE", "2023-Q3")]),  # Q3 2024 had not begun
        ("Sales grew this summer.", [("this summer", "DATE", "2024-SU")]),
        ("Rivals cut prices over the winter.", [("the winter", "DATE", "2023-WI")]),
        ("Demand will stay high into the summer.", [("the summer", "DATE", "2024-SU")]),
        ("It was hot in the summer of 2019.", [("the summer of 2019", "DATE", "2019-SU")]),
        ("The summit will end on Christmas Day.", [("Christmas Day", "DATE", "2024-12-25")]),
    ],
)
def test_relative_dates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The occupation lasted three years.", [("three years", "DURATION", "P3Y")]),
        ("After a 20-year occupation the troops left.", [("20-year", "DURATION", "P20Y")]),
        ("Talks went on for two and a half hours.", [("two and a half hours", "DURATION", "PT2H30M")]),
        ("The raid took one-and-a-half hours.", [("one-and-a-half hours", "DURATION", "PT1H30M")]),
        ("It lasted an hour-and-a-half; three-quarters of an hour later he left.",
         [("an hour-and-a-half", "DURATION", "PT1H30M"), ("three-quarters of an hour later", "DATE", "2024-05-29")]),
        ("The medic radioed a minute and a half later.", [("a minute and a half", "DURATION", "PT1M30S")]),
        ("The siege lasted 2 1/2 days.", [("2 1/2 days", "DURATION", "P2DT12H")]),
        ("Over the next year and a half it grows.", [("the next year and a half", "DURATION", "P1Y6M")]),
        ("Two were killed in the past week and a half.", [("the past week and a half", "DURATION", "P1.5W")]),
        # "and half", as it is also written
        ("The case ran two and half years; he left a year and half ago.",
         [("two and half years", "DURATION", "P2Y6M"), ("a year and half ago", "DATE", "2022-11")]),
        # the span to come, as "the past week" is the one gone; a title and a span before an event are none
        ("Markets brace for the week ahead; The Year Ahead airs at nine.", [("the week ahead", "DURATION", "P1W")]),
        ("The day ahead of the vote was calm.", []),
        # some such spans: "the weeks ahead", "the years to come"
        ("Rallies follow in the weeks ahead, and more in the years to come.",
         [("the weeks ahead", "DURATION", "PXW"), ("the years to come", "DURATION", "PXY")]),
        # the span of a day, an hour or a minute up to the telling, as "the past week" is a week's; not the last of
        # something ("the last day of the session") nor "at the last minute"
        ("Three ships sank in the past day; over the past hour or so the crowd grew.",
         [("the past day", "DURATION", "P1D"), ("the past hour or so", "DURATION", "PT1H")]),
        ("Prices fell within the last hour and in the last day; the past minute was calm.",
         [("the last hour", "DURATION", "PT1H"), ("the last day", "DURATION", "P1D"),
          ("the past minute", "DURATION", "PT1M")]),
        ("On the last day of the session he quit at the last minute; in the last hour of the debate he lied.", []),
        # and an hour or a minute from it ("the next day" is a day's date)
        ("More shocks may follow in the next hour, and a reply within the coming minute.",
         [("the next hour", "DURATION", "PT1H"), ("the coming minute", "DURATION", "PT1M")]),
        # a count joined to its unit is the length of a noun after it, which a word of span before it names
        ("The first three-day truce and the next two-week round began; another 10-day pause followed.",
         [("three-day", "DURATION", "P3D"), ("two-week", "DURATION", "P2W"), ("10-day", "DURATION", "P10D")]),
        ("The talks took 2-1/2 years.", [("2-1/2 years", "DURATION", "P2Y6M")]),
        ("He survived 5 ½ years in prison.", [("5 ½ years", "DURATION", "P5Y6M")]),
        ("He waited half an hour.", [("half an hour", "DURATION", "PT30M")]),
        ("After a half-hour delay, a half-day strike began; the half-year results were weak.",
         [("half-hour", "DURATION", "PT30M"), ("half-day", "DURATION", "PT12H")]),
        # a half hour said in two words, with its article or a word of span
        ("It took a half hour; in the next half hour, the past half hour and the next half-century more came.",
         [("a half hour", "DURATION", "PT30M"), ("the next half hour", "DURATION", "PT30M"),
          ("the past half hour", "DURATION", "PT30M"), ("the next half-century", "DURATION", "P50Y")]),
        ("Over the past 20 years trade fell.", [("the past 20 years", "DURATION", "P20Y")]),
        ("The truce held for several weeks.", [("several weeks", "DURATION", "PXW")]),
        ("Ties have thawed over two decades.", [("two decades", "DURATION", "P20Y")]),
        ("Families kept the craft for two thousand years.", [("two thousand years", "DURATION", "P2000Y")]),
        # a range of durations is two, the first in the unit of the second, as TimeML tags it
        ("The works will take three to five years.", [("three", "DURATION", "P3Y"), ("five years", "DURATION", "P5Y")]),
        ("Each hearing lasts between 10 and 12 days.", [("10", "DURATION", "P10D"), ("12 days", "DURATION", "P12D")]),
        ("The ferry waits six or seven hours.", [("six", "DURATION", "PT6H"), ("seven hours", "DURATION", "PT7H")]),
        ("Results come within 48-72 hours.", [("48", "DURATION", "PT48H"), ("72 hours", "DURATION", "PT72H")]),
        ("The quarrel may last three to five decades.",
         [("three", "DURATION", "P30Y"), ("five decades", "DURATION", "P50Y")]),
        ("Aged 18 to 25, they came for two and three days.", [("three days", "DURATION", "P3D")]),
        ("After a 3-1 weekend win, a $15-an-hour wage.", []),
        ("Flights run daily.", [("daily", "SET", "P1D")]),
        ("On a daily basis, the daily Le Monde, the news weekly Der Spiegel and Zycie Warszawy daily said so.",
         [("daily", "SET", "P1D")]),
        ("The Polish daily Rzeczpospolita and best-selling daily Gazeta Wyborcza said they meet the press daily.",
         [("daily", "SET", "P1D")]),
        # a change over one week or month is none; releases made daily are a set
        ("The index posted a weekly loss and its best monthly rise of 2% since the daily drops of files began.",
         [("daily", "SET", "P1D")]),
        ("Profits rose in the 2015/16 year.", [("2015", "DATE", "2015"), ("16", "DATE", "2016")]),
        ("The council meets every week.", [("every week", "SET", "P1W")]),
        ("They are cheated every single day; every single one of them knows it.",
         [("every single day", "SET", "P1D")]),
        ("The council meets on the first Monday of every month.",
         [("the first Monday of every month", "SET", "P1M")]),
        ("Every few years a new survey comes; the fleet is refitted every several months.",
         [("Every few years", "SET", "PXY"), ("every several months", "SET", "PXM")]),
        ("The fair opens each July.", [("each July", "SET", "XXXX-07")]),
        ("The envoys meet twice a year.", [("twice a year", "SET", "P1Y")]),
        # a count that fills its rate's whole unit is all the time, neither a span nor a set
        ("Convoys leave three times a week; the market is open seven days a week, 24 hours per day.",
         [("three times a week", "SET", "P1W")]),
        ("Patrols pass many times a day.", [("a day", "SET", "P1D")]),
        ("Sometimes a week passes without rain.", [("a week", "DURATION", "P1W")]),  # no rate in "sometimes"
        ("Volunteers staff the phone bank two nights a week.",
         [("two nights", "DURATION", "P2D"), ("a week", "SET", "P1W")]),
    ],
)
def test_durations_and_sets(text, expected):
    assert found(text) == expected


def test_a_set_says_how_often_it_comes_round_in_its_period():
    text = "Take it twice daily, or three times a week; 2 times a year; once a month; the twice-weekly bulletin; often."
    assert [(t.text, t.value, t.freq) for t in find_timexes(text, WED)] == [
        ("twice daily", "P1D", "2X"), ("three times a week", "P1W", "3X"), ("2 times a year", "P1Y", "2X"),
        ("once a month", "P1M", "1X"), ("twice-weekly", "P1W", "2X"),
    ]
    assert [t.freq for t in find_timexes("Patrols pass many times a day; the paper comes weekly.", WED)] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        "May I ask a question?",
        "They may march on the capital.",
        "Thousands joined the March on Washington.",
        "The Sun reported the story.",
        "Some 2000 troops were sent.",
        "It cost $2024 in total.",
        "She won a second term.",
        "The teller was paid in crisp $20s and $50s.",
        "A five-year-old girl was hurt.",
        "He was in his 30s and she in her early 40s.",
        "He sat in the sun and wed in the spring of his life; we may march on.",
        "India's current account deficit narrowed.",
        "Current assets exceed current liabilities.",
        "Pretax current profit fell.\nCurrent 818 million 979 million\nCurrent 1.30 1.35",
        "Mombasa 20 14 2 4 1902 1611 118.1 60\nKisumu 20 13 1 6 1877 1730 108.5 54",
        "It applies Commission Regulation (EC) No 2214/97 and Regulation No 1802.",
    ],
)
def test_no_false_dates(text):
    assert found(text) == []


def test_a_date_without_a_year_takes_the_nearest_year_as_a_guess():
    (timex,) = find_timexes("On June 3rd, the ministry signed the decree.", date(2025, 1, 10))
    assert (timex.value, timex.guess) == ("2024-06-03", True)
    (timex,) = find_timexes("The summit will be held on 14 January.", date(2024, 12, 20))
    assert (timex.value, timex.guess) == ("2025-01-14", True)


def test_a_stated_weekday_picks_the_year():
    (timex,) = find_timexes("The ministry spoke on Friday, December 30.", date(2023, 1, 5))
    assert (timex.value, timex.guess) == ("2022-12-30", False)
    (timex,) = find_timexes("The vote is on Tuesday, March 4.", date(1996, 8, 28))
    assert (timex.value, timex.guess) == ("1997-03-04", False)


def test_a_weekday_that_fits_only_a_year_off_is_a_slip():
    # in 1996 Labor Day fell on Monday, September 2; September 1 was a Monday only in 1997
    text = "Packers close for the holiday, Monday, September 1."
    assert found(text, date(1996, 8, 28)) == [("Monday, September 1", "DATE", "1996-09-01")]


def test_anaphoric_expressions_follow_the_last_stated_date():
    text = "The accord came on 16 May 1995. The following month it collapsed, and that year ended badly."
    assert found(text)[1:] == [("The following month", "DATE", "1995-06"), ("that year", "DATE", "1995")]
    # years a story counts on from a date are a date it goes on from; years counted back from the telling are not
    text = "Rebels took the city in 1996. Two years later they held the north; the next year, talks failed."
    assert found(text)[1:] == [("Two years later", "DATE", "1998"), ("the next year", "DATE", "1999")]
    # so is the day after a day it named
    text = "The envoy landed on 12 July 2021. The next morning he met the leaders; that evening he flew home."
    assert found(text)[1:] == [("The next morning", "TIME", "2021-07-13TMO"), ("that evening", "TIME", "2021-07-13TEV")]
    # the season after a year alone is the next year's, but for the winter that year's end opens
    text = "Rebels took the city in 1996. The following spring talks failed; the next winter was cold."
    assert found(text)[1:] == [("The following spring", "DATE", "1997-SP"), ("the next winter", "DATE", "1996-WI")]


def test_a_named_month_or_weekday_anchors_what_follows():
    text = "In March the firm drew an offer. The following month it was sold."
    assert found(text)[1] == ("The following month", "DATE", "2024-04")
    text = "Shares closed on Monday at 9.1, down from the previous Friday."
    assert found(text, date(2024, 6, 1))[1] == ("the previous Friday", "DATE", "2024-05-24")


@pytest.mark.parametrize(
    ("text", "tense"),
    [("The envoy will be named in May.", "future"), ("Talks will go on; the envoy is expected in May.", "future"),
     ("The envoy brought gifts in May.", "past"), ("The envoy spoke in May.", "past"),
     ("The summit would be held in May.", "future"), ("She will succeed him in May.", "future"),
     ("Envoys will come, a hundred in May.", "future"), ("Talks go on until May.", "future"),
     ("Until May, they had not named him.", "past")],
)
def test_tense_reads_passives_and_irregular_pasts(text, tense):
    start = text.index("May")
    assert Context(text, WED).tense(start, start + 3) == tense


def test_a_name_ending_in_ed_is_no_past_and_a_speech_frame_dates_only_the_saying():
    text = "The envoys would fly to Brazil as soon as Friday, an aide said."
    start = text.index("Friday")
    assert Context(text, WED).tense(start, start + 6) == "future"
    assert found(text) == [("Friday", "DATE", "2024-05-31")]
    assert found("The talks ended on Friday, an aide said.") == [("Friday", "DATE", "2024-05-24")]
    assert found("On Friday, an aide said the envoys will fly home.") == [("Friday", "DATE", "2024-05-24")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attacks of Sept.11, 2001 changed the region.", [("Sept.11, 2001", "DATE", "2001-09-11")]),
        ("Envoys met ahead of Friday's vote.", [("Friday", "DATE", "2024-05-31")]),
        ("Envoys met after Friday's vote.", [("Friday", "DATE", "2024-05-24")]),
        ("The envoy is likely to return on Friday.", [("Friday", "DATE", "2024-05-31")]),
        ("The race turns on Super Tuesday and Black Friday sales.",
         [("Super Tuesday", "DATE", "2024-03-05"), ("Black Friday", "DATE", "2024-11-29")]),
        ("The offer I sent on Friday would have ended the delay.", [("Friday", "DATE", "2024-05-24")]),
        ("If he wins the vote Friday, he can claim the lead.", [("Friday", "DATE", "2024-05-31")]),
        ("She may need a strong showing on Friday.", [("Friday", "DATE", "2024-05-31")]),
        ("The update comes every weekday morning.", []),
        ("He told the Valley Weekly and the Harbor Daily News that prices are set daily.",
         [("daily", "SET", "P1D")]),
        ("Sen. Cole told donors Monday evening that the bill would pass.",
         [("Monday evening", "TIME", "2024-05-27TEV")]),
        ("A merger announced Monday would create a giant.", [("Monday", "DATE", "2024-05-27")]),
        ("The central bank closed a rate meeting on Friday by saying it would widen its bond buying.",
         [("Friday", "DATE", "2024-05-24")]),
        ("The airline will add flights by November, in markets untouched by the crisis.",
         [("November", "DATE", "2024-11")]),
        ("The fund, which aims to spend $9 million before the November vote, is weighing a change.",
         [("November", "DATE", "2024-11")]),
        ("The envoy would like a deal in November but said talks had stalled.", [("November", "DATE", "2024-11")]),
        ("Aides campaigned hard ahead of the Nov. 8 election.", [("Nov. 8", "DATE", "2024-11-08")]),
        ("He told USA TODAY and Russia Today that the plan was dead.", []),
        ("He told THE WEEKLY STANDARD that prices are set daily.", [("daily", "SET", "P1D")]),
        ("The trial is set for November.", [("November", "DATE", "2024-11")]),
        ("The offer had been due to lapse Friday evening.", [("Friday evening", "TIME", "2024-05-24TEV")]),
        ("In those last nights she wrote a letter.", []),
        ("She went on Valley This Week, Coast This Morning and Real Talk Right Now.", []),
        # but a headline in title case capitalizes every word, its dates too (not a network's show)
        ("Ministers to Meet in Oslo Next Week\nThe talks open on Monday.",
         [("Next Week", "DATE", "2024-W23"), ("Monday", "DATE", "2024-06-03")]),
        ("Anchor Quits Show on NBC This Week", []),
        ("Truce in Gaza Ends At Midnight\nThe Midnight Riders won.", [("Midnight", "TIME", "2024-05-29T24:00")]),
        ("Truce to Last 72 Hours\nHer book 13 Hours sold well.", [("72 Hours", "DURATION", "PT72H")]),
        ("Fighting Flares After Weeks of Calm\nShe starred in Days of Heaven.", [("Weeks", "DURATION", "PXW")]),
        ("Her book 13 Hours sold well, as did the show 60 Minutes.", []),
        ("She took 11 of the past 17 races.", []),
        ("LOS ANGELES\nToday the council votes.", [("Today", "DATE", "2024-05-29")]),
        ("He loves Saturday Night Live and Sunday Morning Futures.", []),
        ("He told the Las Vegas Sun. The Midnight Crew ran the unit.", []),
        # a name after an initial, as a scorecard writes it
        ("Kent 301 (R. Patel 88, W. Noon 57).", []),
        # weekdays in a range, the short forms too; a desk's hours on them are each week's
        ("Talks ran Monday-Wednesday; the desk opens at 9am-5pm Mon-Fri.",
         [("Monday", "DATE", "2024-05-27"), ("Wednesday", "DATE", "2024-05-29"), ("9am", "TIME", "XXXX-XX-XXT09:00"),
          ("5pm", "TIME", "XXXX-XX-XXT17:00"), ("Mon", "SET", "XXXX-WXX-1"), ("Fri.", "SET", "XXXX-WXX-5")]),
        # a short weekday that opens a range after a capitalized word, as a sign writes it
        ("Open Mon-Fri; the Las Vegas Sun ran it.", [("Mon", "SET", "XXXX-WXX-1"), ("Fri", "SET", "XXXX-WXX-5")]),
        # "Weds", as British copy writes it; "weds" is a verb
        ("The prince weds on Saturday; talks resume Weds 29 May.",
         [("Saturday", "DATE", "2024-06-01"), ("Weds 29 May", "DATE", "2024-05-29")]),
        ("Fulham 0 Sheffield Wednesday 3\nSheffield Wednesday 5 3 1 1 9 4 10\n", []),
        ("They fell 3-0 away to leaders Sheffield Wednesday.", []),
        ("The Sunday Times and the Mail on Sunday ran it; voters in Wales on Sunday backed it.",
         [("Sunday", "DATE", "2024-05-26")]),
        ("Both feasts fall this year, and prices fall next year; talks end in fall this year.",
         [("this year", "DATE", "2024"), ("next year", "DATE", "2025"), ("fall this year", "DATE", "2024-FA")]),
        ("Savings of people in their 40s, 50s and 60s fell.", []),
        ("He said on ''Fox News Sunday.'' that Cruz won a quarter of the vote.", []),
        ("It lasted a quarter of a century and a quarter of an hour.",
         [("a quarter of a century", "DURATION", "P25Y"), ("a quarter of an hour", "DURATION", "PT15M")]),
        ("The favourite came home one and a quarter lengths behind.", []),
        # a count of quarters with no word of time is a share
        ("Set aside another quarter from savings. SAVE A QUARTER first; in some quarters, that is odd.", []),
        ("Turnout fell by a quarter or a third; nearly a quarter, 24 percent, stayed home.", []),
        ("The firm lost money for a quarter, then grew three quarters in a row.",
         [("a quarter", "DURATION", "P1Q"), ("three quarters", "DURATION", "P3Q")]),
        ("Sanders went on NBC’s “Today” and ABC's \"This Week With David Brinkley\".", []),
        ("He told The Journal: “Today we won.”", [("Today", "DATE", "2024-05-29")]),
        ("She said she expects the pact to be sealed over the weekend.", [("the weekend", "DATE", "2024-W22-WE")]),
        ("Aides flew to Tucson for the coming weekend and will meet over the coming week.",
         [("the coming weekend", "DATE", "2024-W22-WE"), ("the coming week", "DATE", "2024-W23")]),
        ("Studios like 21st Century Fox moved.", []),
        ("“We’ll be signing on Friday in Accra,” she said.", [("Friday", "DATE", "2024-05-31")]),
        ("Officials didn't say on Friday whether talks will resume.", [("Friday", "DATE", "2024-05-24")]),
        ("Her fate in November hinges on the economy.", [("November", "DATE", "2024-11")]),
        ("Okafor, who unveiled a road scheme on Monday, intends to raise tolls.", [("Monday", "DATE", "2024-05-27")]),
        # a clause of "where" has its own tense, as one of "who" has; "the last such" is the final one, no past
        ("In Accra, where the count is set to open in most districts on Thursday, Okafor attacked the board.",
         [("Thursday", "DATE", "2024-05-30")]),
        ("The ministry plans to post more files on Friday, the last such release before the vote.",
         [("Friday", "DATE", "2024-05-31")]),
        # a day's event drawing near is ahead, whatever the rest of the sentence tells
        ("With Friday’s vote approaching, the rivals have had little sleep.", [("Friday", "DATE", "2024-05-31")]),
        # a participle naming what its noun serves is no deed of the clause: the aim is ahead
        ("The mayor hopes the debate gives her the lift needed for a win on Friday.",
         [("Friday", "DATE", "2024-05-31")]),
        ("The mayor hopes the board asked for a recount on Friday.", [("Friday", "DATE", "2024-05-24")]),
        # a clause of "who" has its own tense, with no comma before it as with one
        ("The aide should ignore the critics who on Monday cast his remarks as rash.",
         [("Monday", "DATE", "2024-05-27")]),
        ("He promised reform if they take office in October.", [("October", "DATE", "2024-10")]),
        ("One lesson learned is that the rivals are heading to the conventions in October.",
         [("October", "DATE", "2024-10")]),
        ("It already had a favorable map: rivals have 24 seats up in October.", [("October", "DATE", "2024-10")]),
        ("The envoy, who arrived on Monday, leaves on Saturday.",
         [("Monday", "DATE", "2024-05-27"), ("Saturday", "DATE", "2024-06-01")]),
        ("Okafor, who quit as the bank's chair and its chief in March, is ill.",
         [("March", "DATE", "2024-03")]),
        ("After meeting in March, the two sides agreed to meet again in October.",
         [("March", "DATE", "2024-03"), ("October", "DATE", "2024-10")]),
        ("A decision is not expected before September.", [("September", "DATE", "2024-09")]),
        ("The deal should close in December.", [("December", "DATE", "2024-12")]),
        ("The truce did not last beyond March; talks will last into October.",
         [("March", "DATE", "2024-03"), ("October", "DATE", "2024-10")]),
        ("Even if he wins the debate Thursday, the race goes on.", [("Thursday", "DATE", "2024-05-30")]),
        ("This Friday the council meets in Kabul.", [("This Friday", "DATE", "2024-05-31")]),
        ("The weekend brings storms to Kabul.", [("The weekend", "DATE", "2024-W22-WE")]),
        ("Shots rang out in the early hours of Sunday.", [("the early hours of Sunday", "DATE", "2024-05-26")]),
        ("Call during business hours or after hours; he logged 900 flying hours, and it took hours.",
         [("hours", "DURATION", "PTXH")]),
        ("Decades ago the envoys met, and they spoke again the other day.",
         [("Decades ago", "DATE", "PAST_REF"), ("the other day", "DATE", "PAST_REF")]),
        ("The mayor fumbled a plain question on Sunday about how she would build a coalition.",
         [("Sunday", "DATE", "2024-05-26")]),
        ("The leader wouldn't say Tuesday which bills the party would take up.", [("Tuesday", "DATE", "2024-05-28")]),
        ("Heading into Thursday's primary, polls tightened.", [("Thursday", "DATE", "2024-05-30")]),
        ("She led by a wide margin heading into Tuesday's primaries.", [("Tuesday", "DATE", "2024-05-28")]),
        ("The bank set up a new board post, effective Feb. 1.", [("Feb. 1", "DATE", "2025-02-01")]),
        # a thing held or in force from a day on begins then, whatever the verb; not the telling of a verb's own start
        ("Unions called a strike beginning Monday; the squad was named for the series with Kenya starting on Sunday.",
         [("Monday", "DATE", "2024-06-03"), ("Sunday", "DATE", "2024-06-02")]),
        ("She campaigned on radio beginning Monday night.", [("Monday night", "TIME", "2024-05-27TNI")]),
        ("The president declared national mourning starting Friday.", [("Friday", "DATE", "2024-05-31")]),
        ("Her campaign took the party to a federal court on Friday, asking for an order to reverse the ruling,"
         " claiming the move would cost it dearly.", [("Friday", "DATE", "2024-05-24")]),
        ("The tower leased office space in September but has failed to lease more.",
         [("September", "DATE", "2023-09")]),
        ("It was the best film of the year.", [("the year", "DATE", "2024")]),
        ("In 2010, the year the court ruled, and 2016 will be the year it is fixed.",
         [("2010", "DATE", "2010"), ("the year", "DATE", "2010"), ("2016", "DATE", "2016"),
          ("the year", "DATE", "2016")]),
        ("Profit rose in the year ended March 31.", [("the year", "DURATION", "P1Y"), ("March 31", "DATE", "2024-03-31")]),
        ("Sales doubled in the first half of the year.", [("the first half of the year", "DATE", "2024-H1")]),
        ("He scored twice in the first half of the game.", []),
        ("Trade links frayed over the second half of the 20th century.", [("the 20th century", "DATE", "19")]),
        ("He met donors on the last Friday in April.", [("the last Friday in April", "DATE", "2024-04-26")]),
        ("The vote falls on the first Tuesday of November 2024.",
         [("the first Tuesday of November 2024", "DATE", "2024-11-05")]),
        ("She told ABC's “This Week.” Aides agreed.", []),
        ("He said on ABC's ''This Week.'' Later on ''This Week,'' Sanders spoke, and she landed a job on ''Today.''",
         []),
        ("Oliver hosts the weekly show “Last Week Tonight,” and fans watch “Monday Night Football”.", [
            ("weekly", "SET", "P1W")
        ]),
        ("“Last week, I met him,” she said.", [("Last week", "DATE", "2024-W21")]),
        ("He is leaving the ''Today'' show as a host.", []),
        ("The executive in charge of ''Today,'' wrote a memo.", []),
        ("Asked when, he answered with “Tomorrow.”", [("Tomorrow", "DATE", "2024-05-30")]),
        ("He will resign if he loses the vote in February.", [("February", "DATE", "2025-02")]),
        ("The truce had been set to run out at midnight Friday.", [("midnight Friday", "TIME", "2024-05-24T24:00")]),
        # and after the weekday, as the same clock time, not a part of the day
        ("Bids closed at Monday midnight; offers are due by Friday noon.",
         [("Monday midnight", "TIME", "2024-05-27T24:00"), ("Friday noon", "TIME", "2024-05-31T12:00")]),
        ("The arrest was made shortly after midnight.", [("midnight", "TIME", "2024-05-28T24:00")]),
        ("The law takes effect at midnight.", [("midnight", "TIME", "2024-05-29T24:00")]),
        ("The album drops at midnight tonight.", [("midnight tonight", "TIME", "2024-05-29T24:00")]),
        ('She spoke on KRLX’s “Midday with Dana Ross” about the team known as the "Midnight Riders".', []),
        ("The talks are expected to last three days.", [("three days", "DURATION", "P3D")]),
        ("We were told this a couple months ago.", [("a couple months ago", "DATE", "2024-03")]),
        ("The flood peak passed the city at 10 a.m. local time Sunday.",
         [("10 a.m. local time Sunday", "TIME", "2024-05-26T10:00")]),
        ("Following Monday's leak of the report, aides met.", [("Monday", "DATE", "2024-05-27")]),
        ("Profit fell in the first quarter. He won the quarter of voters under 30.",
         [("the first quarter", "DATE", "2024-Q1")]),
        ("Profit will rise in the third quarter.", [("the third quarter", "DATE", "2024-Q3")]),
        ("Shares have fallen by a third since August.", [("August", "DATE", "2023-08")]),
        ("They used a scene from “Back to the Future” in the trailer.", []),
        ("His approval rating rose to the low 50s, with highs in the mid-40s.", []),
        ("A spokesman said the deal signed in October would take effect in July.",
         [("October", "DATE", "2023-10"), ("July", "DATE", "2024-07")]),
        ("The minister, speaking in January, promised a decision by September.",
         [("January", "DATE", "2024-01"), ("September", "DATE", "2024-09")]),
        ("The vote was held in July.", [("July", "DATE", "2023-07")]),
        # a particle between the verb and its day leaves the verb governing it
        ("The ruling, handed down on Monday, takes effect in 30 days.",
         [("Monday", "DATE", "2024-05-27"), ("30 days", "DURATION", "P30D")]),
        ("It emerged in August that she had kept a private account.", [("August", "DATE", "2023-08")]),
        ("If she builds on her Tuesday wins with more, she leads.", [("Tuesday", "DATE", "2024-05-28")]),
        ("Then comes the delegate-packed June 19 primary.", [("June 19", "DATE", "2024-06-19")]),
        ("Most ads reserved in July will run in the two states.", [("July", "DATE", "2024-07")]),
        ("He fears she would struggle to win in the winter.", [("the winter", "DATE", "2024-WI")]),
        ("The merger closed on May 20, a week earlier than planned.",
         [("May 20", "DATE", "2024-05-20"), ("a week", "DURATION", "P1W")]),
        ("Moscow has courted the group in advance of the summit in October.", [("October", "DATE", "2024-10")]),
        ("He stayed in Kabul until Friday.", [("Friday", "DATE", "2024-05-24")]),
        ("Inflation eased to 4.6% in April from 6.7% a month earlier.",
         [("April", "DATE", "2024-04"), ("a month earlier", "DATE", "2024-03")]),
    ],
)
def test_names_and_cues_as_real_news_writes_them(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales were $51 million, up from $44 million in the 1988 quarter.",
         [("the 1988 quarter", "DATE", "1988-Q3")]),
        ("The company posted its first quarterly loss and kept its previous quarterly dividend.", []),
        ("Mr. Smith, 52 years old, will retire.", []),
        ("Prices have been falling for three consecutive months.", [("three consecutive months", "DURATION", "P3M")]),
        # "prior" as "previous"; a year's quarter, the year written out
        ("Sales fell from the prior quarter and the prior year.",
         [("the prior quarter", "DATE", "1989-Q3"), ("the prior year", "DATE", "1988")]),
        ("Profit rose in fiscal 1990's first quarter and fell in 1988's second half.",
         [("fiscal 1990's first quarter", "DATE", "1990-Q1"), ("1988's second half", "DATE", "1988-H2")]),
        # "the latter half" is the second, as "the last half" is
        ("Orders slowed in the latter half of 1988 and will pick up in the latter half of next year.",
         [("the latter half of 1988", "DATE", "1988-H2"), ("the latter half of next year", "DATE", "1990-H2")]),
        ("The index slid over the past four trading days and must settle within two business days.",
         [("the past four trading days", "DURATION", "P4D"), ("two business days", "DURATION", "P2D")]),
        ("Rates rose for six straight trading days.", [("six straight trading days", "DURATION", "P6D")]),
        # a whole count, told so
        ("A full year before the vote he waited two full days, then a whole month and an entire week.",
         [("A full year", "DURATION", "P1Y"), ("two full days", "DURATION", "P2D"),
          ("a whole month", "DURATION", "P1M"), ("an entire week", "DURATION", "P1W")]),
        ("The index fell in each of the two previous months.", [("the two previous months", "DURATION", "P2M")]),
        ("The lease runs an additional year; they stayed another two years and a further six months.",
         [("an additional year", "DURATION", "P1Y"), ("another two years", "DURATION", "P2Y"),
          ("a further six months", "DURATION", "P6M")]),
        ("The change is since year-end. The deal will close by year end.",
         [("year-end", "DATE", "1988-12-31"), ("year end", "DATE", "1989-12-31")]),
        ("The index has risen since year's end; the fund will pay out before the year’s end.",
         [("year's end", "DATE", "1988"), ("year’s end", "DATE", "1989")]),
        ("The company's fiscal year ends in June.", [("June", "DATE", "1989-06")]),
        ("In the fiscal year ended Sept. 30, net fell from the year earlier.",
         [("the fiscal year", "DURATION", "P1Y"), ("Sept. 30", "DATE", "1989-09-30"),
          ("the year earlier", "DATE", "1988")]),
        ("The agreement expires at the end of the decade.", [("the end of the decade", "DATE", "198")]),
        ("Sales rose in fiscal '89 and FY1990 will be better.", [("fiscal '89", "DATE", "1989"), ("FY1990", "DATE", "1990")]),
        ("The budget must be approved by June 30.", [("June 30", "DATE", "1990-06-30")]),
        ("Inventories at the end of the quarter were $4 billion.", [("the end of the quarter", "DATE", "1989-Q3")]),
        ("It pays $1.76 a year, sells 5,000 cars a week and trades 600 million shares a day.", []),
        ("Three shifts a day work there, eating two meals a day.", []),
        # two words between the amount and its unit; not a preposition, which leaves a span
        ("The line carries 40 billion cubic metres a year and 90,000 new jobs a month.", []),
        ("Fraud cost $2 billion over a decade; a flood killed 30 people in a week; 1990 will be a year of change.",
         [("a decade", "DURATION", "P10Y"), ("a week", "DURATION", "P1W"), ("1990", "DATE", "1990"),
          ("a year", "DURATION", "P1Y")]),
        ("Elections are held every four years, for a year.", [("every four years", "SET", "P4Y"),
                                                             ("a year", "DURATION", "P1Y")]),
        ("The merger is expected to be completed by the end of the first quarter.",
         [("the end of the first quarter", "DATE", "1990-Q1")]),
        ("It lost money in the last two fiscal years and three fiscal quarters.",
         [("the last two fiscal years", "DURATION", "P2Y"), ("three fiscal quarters", "DURATION", "P3Q")]),
        ("Sales in the quarter ended June 30 rose; the quarter was weak, and the team reached the quarter-finals.",
         [("the quarter", "DATE", "1989-Q2"), ("June 30", "DATE", "1989-06-30"), ("the quarter", "DATE", "1989-Q3")]),
        ("In 1968 it made its first monitor, a year later a pump. Profit in the quarter fell from a year earlier, as in "
         "each quarter.", [("1968", "DATE", "1968"), ("a year later", "DATE", "1969"), ("the quarter", "DATE", "1989-Q3"),
                           ("a year earlier", "DATE", "1988-Q3"), ("each quarter", "SET", "P1Q")]),
        ("Quarterly profit rose from the same period last year; revenue in last year's quarter was lower.",
         [("the same period last year", "DATE", "1988-Q3"), ("last year's quarter", "DATE", "1988-Q3")]),
        ("Exports fell from the corresponding period a year earlier.",
         [("the corresponding period a year earlier", "DATE", "1988")]),
        # the quarter or half that ends in the month named
        ("Sales rose in the September quarter and fell in the June half; the August quarter was flat.",
         [("the September quarter", "DATE", "1989-Q3"), ("the June half", "DATE", "1989-H1"),
          ("August", "DATE", "1989-08")]),
        # a pair of quarters sharing the word: each a quarter
        ("It lost money in the 2nd and 3rd quarters of 1988.",
         [("2nd", "DATE", "1988-Q2"), ("3rd quarters of 1988", "DATE", "1988-Q3")]),
        ("Sales peaked during the first and third quarters.",
         [("first", "DATE", "1989-Q1"), ("third quarters", "DATE", "1989-Q3")]),
        ("Earnings in the April-June 1988 quarter were restated.",
         [("the April-June 1988 quarter", "DATE", "1988-Q2")]),
        # a possessive before the fiscal year, as "the" before it
        ("It sees a loss in the second half of its fiscal year, as in their fiscal year ended June 30.",
         [("the second half of its fiscal year", "DATE", "1989-H2"), ("their fiscal year", "DURATION", "P1Y"),
          ("June 30", "DATE", "1989-06-30")]),
        # a week or month "since" something is the span up to the telling, as "the year since" is
        ("In the week since the floods, and the month since the fire, shares slid.",
         [("the week", "DURATION", "P1W"), ("the month", "DURATION", "P1M")]),
        # as is a month or a fortnight of figures up to a day; a year that merely ends, or is given to something, is one
        ("Sales in the month to Oct. 28 rose, and in the fortnight to Nov. 1 they fell.",
         [("the month", "DURATION", "P1M"), ("Oct. 28", "DATE", "1989-10-28"), ("the fortnight", "DURATION", "P2W"),
          ("Nov. 1", "DATE", "1989-11-01")]),
        ("She said this is the year to act.", [("the year", "DATE", "1989")]),
        # "latest" is the last one reported, as "latest quarter" is
        ("Sales fell in its latest fiscal year; fund assets rose in the latest week.",
         [("its latest fiscal year", "DATE", "1988"), ("the latest week", "DATE", "1989-W43")]),
        # "as recently as" is a signal of the time after it; after a modal and an adverb, "cut" is no past
        ("He had hoped, as recently as August, to sell it, and said the Fed would probably cut rates before year end.",
         [("August", "DATE", "1989-08"), ("year end", "DATE", "1989-12-31")]),
        # nor after an article and a noun that a preposition or a verb of expecting governs: "a rate cut" is a noun
        ("Traders expect a rate cut in December. Officials said a storm hit in December.",
         [("December", "DATE", "1989-12"), ("December", "DATE", "1988-12")]),
        # after a determiner such as "one" or "no" the form is a noun too
        ("The Fed predicted one cut in December; no cut came in October.",
         [("December", "DATE", "1989-12"), ("October", "DATE", "1989-10")]),
        # what a bank signalled or projected lies ahead of the signal, as what it predicted does
        ("The bank signalled a pause in March and projected growth of 2% in April.",
         [("March", "DATE", "1990-03"), ("April", "DATE", "1990-04")]),
    ],
)
def test_company_results_as_the_financial_pages_write_them(text, expected):
    assert found(text, date(1989, 11, 2)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Winter Olympics open in Nagano on Saturday.", [("Saturday", "DATE", "1998-02-14")]),
        ("The meeting was moved to the fall this year.", [("the fall this year", "DATE", "1998-FA")]),
        ("Rates have fallen since early summer.", [("early summer", "DATE", "1997-SU")]),
        ("Voters go to the polls this coming Sunday and again on March eighth.",
         [("this coming Sunday", "DATE", "1998-02-15"), ("March eighth", "DATE", "1998-03-08")]),
        # the word before a weekday with its date is the expression's, as TimeBank tags it
        ("Voters go to the polls this coming Sunday, February 15; he left last Friday, 6 February.",
         [("this coming Sunday, February 15", "DATE", "1998-02-15"),
          ("last Friday, 6 February", "DATE", "1998-02-06")]),
        # "the" before a day and its month is the date's only where "of" joins them
        ("The 9 May parade and the 9th May rally will be held on the ninth of May.",
         [("9 May", "DATE", "1998-05-09"), ("9th May", "DATE", "1998-05-09"),
          ("the ninth of May", "DATE", "1998-05-09")]),
        ("Talks ran from the first of February to February twenty-third; the second March on Washington followed.",
         [("the first of February", "DATE", "1998-02-01"), ("February twenty-third", "DATE", "1998-02-23")]),
        ("The market is closed on Sundays, and we spend our Friday nights at home.",
         [("Sundays", "SET", "XXXX-WXX-7"), ("Friday nights", "SET", "XXXX-WXX-5TNI")]),
        ("He spoke; a few minutes later he left, several years earlier than planned.",
         [("a few minutes", "DURATION", "PTXM"), ("several years", "DURATION", "PXY")]),
        ("His second-place finish on Tuesday night, 22 points ahead of Cruz, hurt him.",
         [("Tuesday night", "TIME", "1998-02-10TNI")]),
        ("The blast came at 0800 GMT on Thursday; the statement at 10:30 local time.",
         [("0800 GMT on Thursday", "TIME", "1998-02-12T08:00"), ("10:30 local time", "TIME", "1998-02-12T10:30")]),
        # with the day of the month before its month, or a date of another kind, as with the month first
        ("The deadline passed at 5pm on 31 January; the vote closed at 23:59 GMT on 1 February 1998.",
         [("5pm on 31 January", "TIME", "1998-01-31T17:00"),
          ("23:59 GMT on 1 February 1998", "TIME", "1998-02-01T23:59")]),
        ("The lease ran out at midnight on 30 June 1997.", [("midnight on 30 June 1997", "TIME", "1997-06-30T24:00")]),
        # "12 noon", "12midnight": the hour said with the word, one expression
        ("The talks resume by 12noon on Friday; the curfew starts at 12 midnight on Sunday.",
         [("12noon on Friday", "TIME", "1998-02-13T12:00"), ("12 midnight on Sunday", "TIME", "1998-02-15T24:00")]),
        ("He left at 5pm. On 31 January he came back.",
         [("5pm", "TIME", "1998-02-12T17:00"), ("31 January", "DATE", "1998-01-31")]),
        ("The curfew starts at 2300 hours, the raid at 0400 hrs; the job took 1200 hours of work.",
         [("2300 hours", "TIME", "1998-02-12T23:00"), ("0400 hrs", "TIME", "1998-02-12T04:00"),
          ("1200 hours", "DURATION", "PT1200H")]),
        # wire copy may close up the zone or "hrs"
        ("The blast hit at 2300GMT; the raid came at 0400hrs.",
         [("2300GMT", "TIME", "1998-02-12T23:00"), ("0400hrs", "TIME", "1998-02-12T04:00")]),
        # hours and minutes with a stop before "hrs", and the French "13h00" after "at" or before a zone
        ("The curfew starts at 21.00 hrs; the truce began at 13h00 local time; the 4h30 flight left.",
         [("21.00 hrs", "TIME", "1998-02-12T21:00"), ("13h00 local time", "TIME", "1998-02-12T13:00")]),
        # and after a label, in a range of them, or before "am" or "pm"; not a range of lengths
        ("Time: 09h00 – 11h00. Arrive by 08h30 am; the laps took 2h15-2h30.",
         [("09h00", "TIME", "1998-02-12T09:00"), ("11h00", "TIME", "1998-02-12T11:00"),
          ("08h30 am", "TIME", "1998-02-12T08:30")]),
        # a zone after "hrs" is the clock time's, and so is the day after it
        ("The blast came at 1700 hrs IST on Tuesday; the alert at 21.00 hrs GMT on Monday.",
         [("1700 hrs IST on Tuesday", "TIME", "1998-02-10T17:00"), ("21.00 hrs GMT on Monday", "TIME", "1998-02-09T21:00")]),
        # four figures after a preposition and before the day they fall on are a time of it; not a year's
        ("Unless the list came by 0600 this morning, the raid would start at 2100 Friday; by 2000 today's rules held.",
         [("0600 this morning", "TIME", "1998-02-12T06:00"), ("2100 Friday", "TIME", "1998-02-13T21:00"),
          ("2000", "DATE", "2000"), ("today", "DATE", "1998-02-12")]),
        # a range of 24-hour times that comes round past midnight ends the next day
        ("The curfew runs from 22:00 GMT to 06:00 GMT, or from 2200 hours to 0600 hrs.",
         [("22:00 GMT", "TIME", "1998-02-12T22:00"), ("06:00 GMT", "TIME", "1998-02-13T06:00"),
          ("2200 hours", "TIME", "1998-02-12T22:00"), ("0600 hrs", "TIME", "1998-02-13T06:00")]),
        ("Trading halted at 9:30 GMT on Thursday and resumed at 10:05 ET.",
         [("9:30 GMT on Thursday", "TIME", "1998-02-12T09:30"), ("10:05 ET", "TIME", "1998-02-12T10:05")]),
        ("The talks started Tuesday at 9 a.m. and the vote at 2:45 p.m. (1845 GMT).",
         [("Tuesday at 9 a.m.", "TIME", "1998-02-10T09:00"), ("2:45 p.m.", "TIME", "1998-02-10T14:45")]),
        # a range whose end is a 24-hour time with its zone and day: all of it is that day's
        ("Polling ran 08:00-20:00 GMT on Sunday, and from 0600 GMT to 0900 GMT on Monday.",
         [("08:00", "TIME", "1998-02-08T08:00"), ("20:00 GMT on Sunday", "TIME", "1998-02-08T20:00"),
          ("0600 GMT", "TIME", "1998-02-09T06:00"), ("0900 GMT on Monday", "TIME", "1998-02-09T09:00")]),
        # four figures that start a range whose end has its zone are a time too (not the year 1400)
        ("Polls are open from 0700 to 1900 local time on Sunday; a curfew runs 2200-0500 GMT.",
         [("0700", "TIME", "1998-02-15T07:00"), ("1900 local time on Sunday", "TIME", "1998-02-15T19:00"),
          ("2200", "TIME", "1998-02-12T22:00"), ("0500 GMT", "TIME", "1998-02-13T05:00")]),
        ("Talks ran from 1400 to 1800 GMT.",
         [("1400", "TIME", "1998-02-12T14:00"), ("1800 GMT", "TIME", "1998-02-12T18:00")]),
        # a range of times restated in brackets is read as its first time is, not again
        ("Troops hold a curfew from 10 p.m. to 5 a.m. (1900 GMT to 0200 GMT) in the capital.",
         [("10 p.m.", "TIME", "1998-02-12T22:00"), ("5 a.m.", "TIME", "1998-02-13T05:00")]),
        # four figures and a place's time right after a month are its year, no time of day
        ("The notice, dated 2 May 1958 Kabul time, was short.", [("2 May 1958", "DATE", "1958-05-02")]),
        # a weekday before "at" and a 24-hour time is one time, as it is before "at 9 a.m."
        ("The tremor hit Monday at 0415 GMT; talks opened Tuesday at 13h00 and closed Wednesday at 17:30 UTC.",
         [("Monday at 0415 GMT", "TIME", "1998-02-09T04:15"), ("Tuesday at 13h00", "TIME", "1998-02-10T13:00"),
          ("Wednesday at 17:30 UTC", "TIME", "1998-02-11T17:30")]),
        ("After a week-long visit and a two-year-long fight, the monthlong siege ended.",
         [("week-long", "DURATION", "P1W"), ("two-year-long", "DURATION", "P2Y"), ("monthlong", "DURATION", "P1M")]),
        ("A dayslong argument and a months-long feud followed a day in which she won.",
         [("dayslong", "DURATION", "PXD"), ("months-long", "DURATION", "PXM"), ("a day", "DURATION", "P1D")]),
        ("Growth in H1 1998 was weak; in late-1997 it had been strong.",
         [("H1 1998", "DATE", "1998-H1"), ("late-1997", "DATE", "1997")]),
        ("The war ended in May 1995. A year and a half later, the wheat arrived.",
         [("May 1995", "DATE", "1995-05"), ("A year and a half later", "DATE", "1996-11")]),
        # a decade and a half is 15 years: told in 1998, 1983, not the decade two back
        ("The feud began a decade and a half ago.", [("a decade and a half ago", "DATE", "1983")]),
        ("Over the last couple of days, the rebels advanced.", [("the last couple of days", "DURATION", "P2D")]),
        ("The other night the station recalled going on the air on Christmas Eve, 1989.",
         [("The other night", "DATE", "PAST_REF"), ("Christmas Eve, 1989", "DATE", "1989-12-24")]),
        ("The vote is set for the first week of April.", [("the first week of April", "DATE", "1998-W14")]),
        ("The week before last, the rebels shelled the city.", [("The week before last", "DATE", "1998-W05")]),
        ("The deal should be signed a week from today.", [("a week from today", "DATE", "1998-02-19")]),
        ("The truce took effect on Feb. 1 last year.", [("Feb. 1 last year", "DATE", "1997-02-01")]),
        ("Sales were 3,420, against 5,522 in July a year earlier.", [("July a year earlier", "DATE", "1996-07")]),
        ("Elections were held in October 1996 and the new parliament met the next month.",
         [("October 1996", "DATE", "1996-10"), ("the next month", "DATE", "1996-11")]),
        ("The parliament will meet the next month.", [("the next month", "DATE", "1998-03")]),
        ("The bank failed in 1990, the same year the talks broke down on Monday.",
         [("1990", "DATE", "1990"), ("the same year", "DATE", "1990"), ("Monday", "DATE", "1998-02-09")]),
        ("Japan's economy shrank in the October-December quarter and grew in the July-December period.",
         [("the October-December quarter", "DATE", "1997-Q4"), ("the July-December period", "DATE", "1997-H2")]),
        ("Output rose in the April to June quarter and fell in the July through September period.",
         [("the April to June quarter", "DATE", "1997-Q2"), ("the July through September period", "DATE", "1997-Q3")]),
        ("The forum runs Feb. 14 through 16.", [("Feb. 14", "DATE", "1998-02-14"), ("16", "DATE", "1998-02-16")]),
        ("Exports fell in the July-September quarter of 1996.",
         [("the July-September quarter of 1996", "DATE", "1996-Q3")]),
        # the year named after a quarter, with "of" or without it, is the quarter's
        ("Exports fell in the April-June period last year and the second quarter last year.",
         [("the April-June period last year", "DATE", "1997-Q2"), ("the second quarter last year", "DATE", "1997-Q2")]),
        ("Crowds will gather on Easter Sunday and Good Friday in Eastern Europe.",
         [("Easter Sunday", "DATE", "1998-04-12"), ("Good Friday", "DATE", "1998-04-10")]),
        ("Lent begins on Ash Wednesday; the synod meets at Pentecost and again on Palm Sunday next year.",
         [("Ash Wednesday", "DATE", "1998-02-25"), ("Pentecost", "DATE", "1998-05-31"),
          ("Palm Sunday next year", "DATE", "1999-03-28")]),
        ("Shops opened on Presidents' Day and will close over Easter week.",
         [("Presidents' Day", "DATE", "1998-02-16"), ("Easter week", "DATE", "1998-W15")]),
        ("The plane left on Feb. 3. An hour later it landed; 36 hours later it flew on.",
         [("Feb. 3", "DATE", "1998-02-03"), ("An hour later", "DATE", "1998-02-03"),
          ("36 hours later", "DATE", "1998-02-04")]),
        # as many as the count before: three years, five months
        ("It was the third strike in as many years, and five chiefs quit in as many months. As many days passed.",
         [("as many years", "DURATION", "P3Y"), ("as many months", "DURATION", "P5M"),
          ("As many days", "DURATION", "PXD")]),
        ("The rules changed twice in as many years.", [("as many years", "DURATION", "P2Y")]),
        # counted back from next month, or last week
        ("The plant opened two years ago next month and closed a year ago last week.",
         [("two years ago next month", "DATE", "1996-03"), ("a year ago last week", "DATE", "1997-W06")]),
        # told in the past after no date, "the next year" is of no known year, as "the following year" is
        ("He joined the firm as a clerk and became a partner the next year.", [("the next year", "DATE", "XXXX")]),
        # the present progressive before the day governs it, not a form after it that may be a bare infinitive
        ("A union is buying radio ads over the next week to let the mayor beat her challenger.",
         [("the next week", "DATE", "1998-W08")]),
        ("A union is buying radio ads Sunday to let the mayor beat her challenger.",
         [("Sunday", "DATE", "1998-02-15")]),
        # "o'clock" alone says the hour, as "2:00" does, in the part of the day or on the day named beside it
        ("The ferry docked at 6 o'clock this morning; the door was locked at two o'clock on Saturday.",
         [("6 o'clock this morning", "TIME", "1998-02-12T06:00"),
          ("two o'clock on Saturday", "TIME", "1998-02-07T14:00")]),
        ("The meeting is at 3 o'clock.", [("3 o'clock", "TIME", "1998-02-12T15:00")]),
        # a month named from the telling is one the story goes on from, as a named month is
        ("The plant closed last month. Later that month, workers protested.",
         [("last month", "DATE", "1998-01"), ("Later that month", "DATE", "1998-01")]),
        ("Aides met earlier this month. The plan outlined that day was bold.",
         [("earlier this month", "DATE", "1998-02"), ("that day", "DATE", "1998-02-XX")]),
        # a scheduled happening told in the present is to come, as one after "will" is; "would" may report a past plan
        ("Clinton leaves office in January; the treaty expires in January and the law will take effect in January.",
         [("January", "DATE", "1999-01"), ("January", "DATE", "1999-01"), ("January", "DATE", "1999-01")]),
        ("Voters go to the polls on Monday, a week after the first round. Trading will resume on Friday. On Tuesday, "
         "it fell.", [("Monday", "DATE", "1998-02-16"), ("a week", "DURATION", "P1W"), ("Friday", "DATE", "1998-02-13"),
                      ("Tuesday", "DATE", "1998-02-10")]),
        ("The law, passed in December, would take effect in January. It took effect in January.",
         [("December", "DATE", "1997-12"), ("January", "DATE", "1998-01"), ("January", "DATE", "1998-01")]),
        # told in the past, the decade its sentence named, by a year or by itself; else the telling's
        ("Founded in 1972, by the end of the decade the firm employed 500; it may double by the end of the decade.",
         [("1972", "DATE", "1972"), ("the end of the decade", "DATE", "197"),
          ("the end of the decade", "DATE", "199")]),
        ("In the 1970s the firm grew, and by the end of the decade it employed 500.",
         [("the 1970s", "DATE", "197"), ("the end of the decade", "DATE", "197")]),
        # a century written as its hundreds is no decade to end ("018")
        ("In the 1800s the mill grew, and by the end of the decade it had shut.",
         [("the 1800s", "DATE", "18"), ("the end of the decade", "DATE", "199")]),
        # a sentence that opens on "that year" or "the following year" puts its months in it
        ("The standoff came in 1995. That year, it shut offices in November. The following year, it ended in March.",
         [("1995", "DATE", "1995"), ("That year", "DATE", "1995"), ("November", "DATE", "1995-11"),
          ("The following year", "DATE", "1996"), ("March", "DATE", "1996-03")]),
        ("Last year, the firm opened a plant in March.", [("Last year", "DATE", "1997"), ("March", "DATE", "1997-03")]),
        # "the last two weeks of June" are its final ones, no past; "99" ends a span of years, no count of them
        ("The plant will be shut the last two weeks of June, in the 1997-98 fiscal year.",
         [("the last two weeks", "DURATION", "P2W"), ("June", "DATE", "1998-06"), ("1997", "DATE", "1997"),
          ("98", "DATE", "1998")]),
        # the day after the telling is "tomorrow": "next Friday", told on a Thursday, is the one a week later
        ("The fund closes next Friday and reopens next Monday.",
         [("next Friday", "DATE", "1998-02-20"), ("next Monday", "DATE", "1998-02-16")]),
        # a day a thing is, told in the present, is to come, though the last one lies nearer
        ("The deadline is Tuesday; the hearing is on Monday. The last one was Tuesday.",
         [("Tuesday", "DATE", "1998-02-17"), ("Monday", "DATE", "1998-02-16"), ("Tuesday", "DATE", "1998-02-10")]),
        # a part of the day that comes each day
        ("The diner opened at 5 every morning, and he called every other night.",
         [("every morning", "SET", "XXXX-XX-XXTMO"), ("every other night", "SET", "P2D")]),
    ],
)
def test_wire_and_broadcast_news(text, expected):
    assert found(text, date(1998, 2, 12)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks will go on over the next fortnight; prices rose over the past fortnight.",
         [("the next fortnight", "DURATION", "P2W"), ("the past fortnight", "DURATION", "P2W")]),
        ("The forum runs from 4 to 7 June; the fair ran between 3 and 5 May 2023.",
         [("4", "DATE", "2024-06-04"), ("7 June", "DATE", "2024-06-07"), ("3", "DATE", "2023-05-03"),
          ("5 May 2023", "DATE", "2023-05-05")]),
        ("The Taliban took Kabul in August 2021. A year on, the embassy was still closed.",
         [("August 2021", "DATE", "2021-08"), ("A year on", "DATE", "2022")]),
        # with nothing dated before it, "on" in the present reaches the telling; "later" stays some year
        ("A year on, the town is still in ruins. Two years on, no one has been charged.",
         [("A year on", "DATE", "2024"), ("Two years on", "DATE", "2024")]),
        ("A year on, the town was still in ruins. A year later, it is rebuilt.",
         [("A year on", "DATE", "XXXX"), ("A year later", "DATE", "XXXX")]),
        # as in the present perfect, which reaches the telling too
        ("Two months on, little has changed.", [("Two months on", "DATE", "2024-05")]),
        # "prior" or "before" that ends its clause counts back; one before a noun is a span before that event
        ("The mill closed in May 2020. A year prior, it had hired forty welders; sales beat the year before.",
         [("May 2020", "DATE", "2020-05"), ("A year prior", "DATE", "2019"), ("the year before", "DATE", "2019")]),
        # wherever it stands, but not before "to"
        ("The mill closed in May 2020; a year prior that plan was new, and a year prior to the vote it hired.",
         [("May 2020", "DATE", "2020-05"), ("a year prior", "DATE", "2019"), ("a year", "DURATION", "P1Y")]),
        # so does a count "before that" or "after that" where "that" ends it; "after that vote" is a span before it
        ("The dam opened in 2010. Two years after that, it cracked.",
         [("2010", "DATE", "2010"), ("Two years after that", "DATE", "2012")]),
        ("The dam opened in May 2010; six months before that, it leaked.",
         [("May 2010", "DATE", "2010-05"), ("six months before that", "DATE", "2009-11")]),
        ("A week after that vote, the mayor quit.", [("A week", "DURATION", "P1W")]),
        # "the year after that", and with no comma before the clause's subject ("a week before she left" is a span)
        ("He won in 2010; the year after that, he quit. The dam opened in 2015. The year after that it cracked.",
         [("2010", "DATE", "2010"), ("the year after that", "DATE", "2011"), ("2015", "DATE", "2015"),
          ("The year after that", "DATE", "2016")]),
        ("She wrote the memo a week before she retired.", [("a week", "DURATION", "P1W")]),
        ("Two months before the strike, pay was cut; a week prior to it, talks stalled.",
         [("Two months", "DURATION", "P2M"), ("a week", "DURATION", "P1W")]),
        ("A decade on, the case is unsolved; he worked three days on, four days off.",
         [("A decade on", "DATE", "202"), ("three days", "DURATION", "P3D"), ("four days", "DURATION", "P4D")]),
        ("The decision was announced on the 16th; voting ends on the 31st.",
         [("the 16th", "DATE", "2024-05-16"), ("the 31st", "DATE", "2024-05-31")]),
        ("The ceasefire began on 28 April. On the 3rd, the talks resumed, and on the 9th they broke down.",
         [("28 April", "DATE", "2024-04-28"), ("the 3rd", "DATE", "2024-05-03"), ("the 9th", "DATE", "2024-05-09")]),
        ("The vote is set for the 3rd.", [("the 3rd", "DATE", "2024-06-03")]),
        ("The agency said on the 16th that it would act.", [("the 16th", "DATE", "2024-05-16")]),
        # after a year alone, a day of some month of it; one told to come is the next such day
        ("The ban began in 2003. On the 15th it was lifted.",
         [("2003", "DATE", "2003"), ("the 15th", "DATE", "2003-XX-15")]),
        ("The ban ran from 2003 to 2019. Talks resume on the 15th.",
         [("2003", "DATE", "2003"), ("2019", "DATE", "2019"), ("the 15th", "DATE", "2024-06-15")]),
        # a day of a month named from the telling, or from the story's last date
        ("Officials met on the 30th of last month; talks began on 3 March and ended on the 5th of the following month.",
         [("the 30th of last month", "DATE", "2024-04-30"), ("3 March", "DATE", "2024-03-03"),
          ("the 5th of the following month", "DATE", "2024-04-05")]),
        ("The levy starts on the first of next month; the first of next month's talks are set.",
         [("the first of next month", "DATE", "2024-06-01"), ("next month", "DATE", "2024-06")]),
        # without "the", as South Asian copy writes it, and "instant", this month
        ("Envoys arrive on 12th of this month; the panel meets on 15th instant and reported on 2nd of last month.",
         [("12th of this month", "DATE", "2024-05-12"), ("15th instant", "DATE", "2024-05-15"),
          ("2nd of last month", "DATE", "2024-04-02")]),
        # "proximo", next month, and "ultimo", last month, as official letters write them
        ("Fees fall due on the 2nd proximo; your letter of the 28th ult. is noted.",
         [("the 2nd proximo", "DATE", "2024-06-02"), ("the 28th ult.", "DATE", "2024-04-28")]),
        ("He lives on the 16th floor of a 12th century tower; the court ruled for the 4th Circuit.",
         [("12th century", "DATE", "11")]),
        ("The Taliban declared a ceasefire for Eid al-Fitr; prisoners were freed before Eid-ul-Adha last year.",
         [("Eid al-Fitr", "DATE", "2024-04-10"), ("Eid-ul-Adha last year", "DATE", "2023-06-28")]),
        ("Talks will resume after Eid. Attacks rose during Ramadan 2023; Afghans marked Nowruz quietly.",
         [("Eid", "DATE", "2024-06-16"), ("Ramadan 2023", "DATE", "2023-04"), ("Nowruz", "DATE", "2024-03-20")]),
        # the month of fasting's edges are days: 1 Ramadan 1445 was 11 March 2024, 1 Shawwal 10 April
        ("Shelling eased on the eve of Ramadan, stopped at the start of Ramadan"
         " and resumed on the last day of Ramadan.",
         [("the eve of Ramadan", "DATE", "2024-03-10"), ("the start of Ramadan", "DATE", "2024-03-11"),
          ("the last day of Ramadan", "DATE", "2024-04-09")]),
        ("The vote closes on June 3 at 10 a.m.; the page was posted 14 March 2024, 08:15 GMT.",
         [("June 3", "DATE", "2024-06-03"), ("10 a.m.", "TIME", "2024-06-03T10:00"),
          ("14 March 2024", "DATE", "2024-03-14"), ("08:15 GMT", "TIME", "2024-03-14T08:15")]),
        ("Last modified on Fri 15 Mar 2024 09.40 GMT", [("Fri 15 Mar 2024", "DATE", "2024-03-15"),
                                                        ("09.40 GMT", "TIME", "2024-03-15T09:40")]),
        ("Kabul fell on a Sunday; the exchange took place on a Tuesday in late March.",
         [("Sunday", "DATE", "XXXX-WXX-7"), ("Tuesday", "DATE", "XXXX-WXX-2"), ("late March", "DATE", "2024-03")]),
        # a weekday in a sentence of what happens every week is any week's, but not the day that ends it
        ("Crowds gather after Friday prayers every week. Each week they met, until Monday.",
         [("Friday", "DATE", "XXXX-WXX-5"), ("every week", "SET", "P1W"), ("Each week", "SET", "P1W"),
          ("Monday", "DATE", "2024-05-27")]),
        # "a Wednesday" that restates a date's weekday is that day
        ("It reopens on 5 June 2024 (a Wednesday), or on June 7, a Friday.",
         [("5 June 2024", "DATE", "2024-06-05"), ("Wednesday", "DATE", "2024-06-05"), ("June 7", "DATE", "2024-06-07"),
          ("Friday", "DATE", "2024-06-07")]),
        # and a date in brackets that restates a weekday's, as Asian wires write it, gives the weekday its day, even
        # where the page is dated a day or two after it was written
        ("The rules are due to lapse later on Sunday (May 26).",
         [("Sunday", "DATE", "2024-05-26"), ("May 26", "DATE", "2024-05-26")]),
        # so does a weekday in brackets the date before it, or one set off by a comma
        ("The feast is likely on May 19 (Sunday); the panel meets on Friday, (May 31).",
         [("May 19", "DATE", "2024-05-19"), ("Sunday", "DATE", "2024-05-19"), ("Friday", "DATE", "2024-05-31"),
          ("May 31", "DATE", "2024-05-31")]),
        ("One Sunday in late 2001, she changed her mind.", [("Sunday", "DATE", "XXXX-WXX-7"), ("late 2001", "DATE", "2001")]),
        ("It reopened on a cold Tuesday morning late last month.",
         [("Tuesday morning", "TIME", "XXXX-WXX-2TMO"), ("late last month", "DATE", "2024-04")]),
        ("Aides said in a statement Tuesday that talks went well.", [("Tuesday", "DATE", "2024-05-28")]),
        ("Some 500 mourners came to a Sunday night memorial service.", [("Sunday night", "TIME", "2024-05-26TNI")]),
        ("Inflation hit a high in the third quarter. Prices hit a peak on Friday.",
         [("the third quarter", "DATE", "2023-Q3"), ("Friday", "DATE", "2024-05-24")]),
        ("Prices will hit a peak on Friday; the plan to cut costs in the third quarter stands.",
         [("Friday", "DATE", "2024-05-31"), ("the third quarter", "DATE", "2024-Q3")]),
        ("Strikes are planned for the week beginning 3 June; sales in the week ended May 18 fell.",
         [("the week beginning 3 June", "DATE", "2024-W23"), ("the week ended May 18", "DATE", "2024-W20")]),
        ("Claims fell in the week ended Sunday; talks will fill the week beginning Monday.",
         [("the week ended Sunday", "DATE", "2024-W21"), ("the week beginning Monday", "DATE", "2024-W23")]),
        # a week by its number, as health and trade reports count them; not a bare "week 20", which may be a season's
        ("Cases rose in calendar week 19 and in epidemiological week 20 of 2023; in week 20 the side won.",
         [("calendar week 19", "DATE", "2024-W19"), ("epidemiological week 20 of 2023", "DATE", "2023-W20")]),
        ("Data for ISO week 53 and week 53 of 2024 are missing.", [("2024", "DATE", "2024")]),  # no such weeks
        ("The council meets fortnightly and will report in the New Year; the New Year celebrations were muted.",
         [("fortnightly", "SET", "P2W"), ("the New Year", "DATE", "2025"), ("New Year", "DATE", "2024-01-01")]),
        # "New Year" alone is 1 January, as "New Year's Day"; not another calendar's, nor a greeting
        ("Talks resume after New Year; over the New Year holiday and on New Year's, ten died.",
         [("New Year", "DATE", "2025-01-01"), ("New Year", "DATE", "2024-01-01"),
          ("New Year's", "DATE", "2024-01-01")]),
        ("Ethiopian New Year and the Jewish New Year differ; Happy New Year, she said, a happy New Year to all.", []),
        ("The US invaded Afghanistan after the Sept. 11 attacks; aid grew after Sept. 11.",
         [("Sept. 11", "DATE", "2001-09-11"), ("Sept. 11", "DATE", "2001-09-11")]),
        ("He was first elected in 2019 and took office in May of that year.",
         [("2019", "DATE", "2019"), ("May of that year", "DATE", "2019-05")]),
        ("The war began in 2001. In October the same year talks began, and on May 5 the next year a deal followed.",
         [("2001", "DATE", "2001"), ("October the same year", "DATE", "2001-10"),
          ("May 5 the next year", "DATE", "2002-05-05")]),
        ("The journey began on June 16th of last year.", [("June 16th of last year", "DATE", "2023-06-16")]),
        ("The treaty expires at midnight on 31 December; polls close at 5 p.m. on 6 November.",
         [("midnight on 31 December", "TIME", "2024-12-31T24:00"),
          ("5 p.m. on 6 November", "TIME", "2024-11-06T17:00")]),
        ("Bids close at 5pm on 31.07.2024, or at noon on 2024-08-02.",
         [("5pm on 31.07.2024", "TIME", "2024-07-31T17:00"), ("noon on 2024-08-02", "TIME", "2024-08-02T12:00")]),
        # a clock time takes no day from the next sentence, nor across a blank line
        ("The dinner ended at 9:05 p.m. On July 12, she spoke again.\n\nIt ended at 9 p.m.\n\nMonday she left.",
         [("9:05 p.m.", "TIME", "2024-05-29T21:05"), ("July 12", "DATE", "2023-07-12"),
          ("9 p.m.", "TIME", "2023-07-12T21:00"), ("Monday", "DATE", "2024-05-27")]),
        ("Talks resume the first week of next month; the vote came in the last week of last month.",
         [("the first week of next month", "DATE", "2024-W23"), ("the last week of last month", "DATE", "2024-W17")]),
        ("The scholar Tariq Ramadan and Mohamed Eid spoke at Christmas last year.",
         [("Christmas last year", "DATE", "2023-12-25")]),
    ],
)
def test_international_news(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The measure expires on Sept. 30 unless Congress extends it; the rules take effect in November.",
         [("Sept. 30", "DATE", "2020-09-30"), ("November", "DATE", "2020-11")]),
        ("The truce had been due to expire on Sept. 30.", [("Sept. 30", "DATE", "2019-09-30")]),
        ("Polls open on Tuesday and talks resume on Monday.",
         [("Tuesday", "DATE", "2020-03-24"), ("Monday", "DATE", "2020-03-23")]),
        ("The museum was open on Sunday.", [("Sunday", "DATE", "2020-03-15")]),
        ("The shortfall for this fiscal year, which closes Sept. 30, is shrinking.",
         [("this fiscal year", "DATE", "2020"), ("Sept. 30", "DATE", "2020-09-30")]),
        ("Temperatures will reach the 90s. In the 90s the city grew fast.", [("the 90s", "DATE", "199")]),
        ("Temperatures could climb into the fifties. The town grew fast in the fifties.",
         [("the fifties", "DATE", "195")]),
        ("Delegates will turn on him at a contested convention in July.", [("July", "DATE", "2020-07")]),
        ("Prices won't hit a peak until June.", [("June", "DATE", "2020-06")]),
        ("He challenged her to a debate before Friday's caucus, and resigned after Sunday's vote.",
         [("Friday", "DATE", "2020-03-20"), ("Sunday", "DATE", "2020-03-15")]),
    ],
)
def test_schedules_and_scales(text, expected):
    assert found(text, date(2020, 3, 18)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The final will be played on 14 July, and the company will unveil its phone on Sept. 12.",
         [("14 July", "DATE", "2024-07-14"), ("Sept. 12", "DATE", "2024-09-12")]),
        ("The company said it would unveil its phone on Sept. 12.", [("Sept. 12", "DATE", "2023-09-12")]),
        ("The Lakers beat the Celtics on Sunday night; the factory shed 500 jobs on Friday.",
         [("Sunday night", "TIME", "2023-10-08TNI"), ("Friday", "DATE", "2023-10-06")]),
        ("Exporters are going to take a beating in the spring.", [("the spring", "DATE", "2024-SP")]),
        ("Strikers planned a rally on Saturday and were planning to march on Monday.",
         [("Saturday", "DATE", "2023-10-14"), ("Monday", "DATE", "2023-10-09")]),
        ("The launch, originally scheduled for Tuesday, was pushed back to Thursday.",
         [("Tuesday", "DATE", "2023-10-10"), ("Thursday", "DATE", "2023-10-12")]),
        ("A visit is planned for Saturday, and the hastily planned trip leaves on Friday.",
         [("Saturday", "DATE", "2023-10-14"), ("Friday", "DATE", "2023-10-13")]),
        ("He said that he was going to go back to work on Wednesday morning.",
         [("Wednesday morning", "TIME", "2023-10-11TMO")]),
        ("He is going to go back to work on Wednesday morning.", [("Wednesday morning", "TIME", "2023-10-18TMO")]),
        ("The draft takes place June 22-23 in Brooklyn.",
         [("June 22", "DATE", "2024-06-22"), ("23", "DATE", "2024-06-23")]),
    ],
)
def test_will_plans_and_verbs_of_either_tense(text, expected):
    assert found(text, date(2023, 10, 12)) == expected


def test_a_participle_of_purpose_is_no_past():
    text = "With delegates gathering to open a convention on Monday, he plans events designed to dim the glow."
    assert found(text, date(2023, 10, 14)) == [("Monday", "DATE", "2023-10-16")]
    text = "The bill aimed at cutting costs passes on Monday."
    assert found(text, date(2023, 10, 14)) == [("Monday", "DATE", "2023-10-16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 1968 convention in Chicago, where riots contributed to Humphrey's loss that November.",
         [("1968", "DATE", "1968"), ("that November", "DATE", "1968-11")]),
        ("She spoke little until October 2015; in that October speech she broke with the chair.",
         [("October 2015", "DATE", "2015-10"), ("that October", "DATE", "2015-10")]),
        ("A leader of the Alliance to Halt the Levy and March on the Capitol spoke; they left to March for Life.", []),
        ("In the runoff on Tuesday, Kingson meets Deacon, a longtime aide, backed by the party.",
         [("Tuesday", "DATE", "2016-06-28")]),
    ],
)
def test_that_month_follows_the_last_stated_year_and_names_and_participles_are_no_dates_or_tenses(text, expected):
    assert found(text, date(2016, 6, 27)) == expected


def test_only_a_will_before_the_date_rules_out_a_day_behind_and_a_plan_to_act_looks_ahead():
    told = date(2016, 2, 25)
    assert found("A poll in January shows voters will punish the party.", told) == [("January", "DATE", "2016-01")]
    assert found("He said he planned to visit before January.", date(2016, 5, 11)) == [("January", "DATE", "2017-01")]


def test_a_sept_11_of_the_documents_own_year_is_no_anniversary():
    assert found("The council met on Sept. 11 after the attack on the mayor.", date(2024, 9, 20)) == [
        ("Sept. 11", "DATE", "2024-09-11")
    ]


def test_the_sept_11_attacks_named_near_the_anniversary_and_another_years_attack_named_again():
    told = date(2004, 9, 5)
    # "the" is the hijackers', not the date's
    assert found("Most of the 11 September hijackers came from Saudi Arabia.", told) == [
        ("11 September", "DATE", "2001-09-11")
    ]
    assert found("A memorial will be held on Sept. 11.", told) == [("Sept. 11", "DATE", "2004-09-11")]
    # in a text of terror, the attacks, unless held on or remembered that day
    text = "Suicide murders grew. Even after September 11, few understand. September 11 never happened, some say."
    assert [value for _, _, value in found(text, date(2006, 9, 24))] == ["2001-09-11", "2001-09-11"]
    text = "Terrorism thrives. On September 11, the fifth anniversary, Bush spoke. Since September 11 fear grew."
    assert [value for _, _, value in found(text, date(2006, 9, 24))] == ["2006-09-11", "2001-09-11"]
    assert found("Since September 11, shares have risen 3 percent.", date(2006, 9, 24))[0][2] == "2006-09-11"
    text = "The consulate was attacked on Sept. 11, 2012. Days after the Sept. 11 attack, the envoy spoke."
    assert found(text, date(2015, 12, 4))[-1] == ("Sept. 11", "DATE", "2012-09-11")
    # before the anniversary, told in the past: that year's day is still to come, so the attacks'
    text = "Long after the attacks on Sept. 11, the senator still warned about Iraq."
    assert found(text, date(2004, 7, 22)) == [("Sept. 11", "DATE", "2001-09-11")]


def test_the_future_as_a_fate_or_an_adjective_is_no_time():
    told = date(2016, 3, 1)
    assert found("Voters worry about the future of their kids.", told) == []
    assert found("The future president joined the Guard; the press toured the future Trump hotel.", told) == []
    assert found("The future looks bleak, but the future they want may come in the near future.", told) == [
        ("The future", "DATE", "FUTURE_REF"),
        ("the future", "DATE", "FUTURE_REF"),
        ("the near future", "DATE", "FUTURE_REF"),
    ]
    assert found("In the near future collective choices will be made.", told) == [
        ("the near future", "DATE", "FUTURE_REF")
    ]


def test_a_later_date_a_thing_is_put_off_to_is_a_time_to_come():
    told = date(2016, 3, 1)
    assert found("The rest of the files will be released at a later date.", told) == [
        ("a later date", "DATE", "FUTURE_REF")
    ]
    assert found("The vote was put off to a future date.", told) == [("a future date", "DATE", "FUTURE_REF")]
    # later than a time the story tells of, or than another's
    assert found("She recalled a meeting she had with him at a later date.", told) == []
    # an infinitive told in a past sentence still aims at it
    assert found("The bench reserved its verdict, to be given at a later date.", told) == [
        ("a later date", "DATE", "FUTURE_REF")
    ]
    assert found("Her polls began on a later date than the others.", told) == []


def test_the_first_of_the_year_after_a_preposition_is_the_new_years_day_the_tense_points_to():
    told = date(2005, 11, 14)
    assert found("The board will vote on the merger after the first of the year.", told) == [
        ("the first of the year", "DATE", "2006-01-01")
    ]
    assert found("Prices rose after the first of the year.", told) == [("the first of the year", "DATE", "2005-01-01")]
    assert found("The law takes effect as of the first of next year.", told) == [
        ("the first of next year", "DATE", "2006-01-01")
    ]
    assert found("In 2003, prices rose after the first of the year.", told)[-1] == (
        "the first of the year", "DATE", "2003-01-01"
    )
    # the first of the storms a year has seen
    assert found("The storm was the first of the year to hit land.", told) == [("the year", "DATE", "2005")]
    assert found("It was one of the first of the year to land.", told) == [("the year", "DATE", "2005")]
    assert found("As of the first of the year, fees rise.", told) == [("the first of the year", "DATE", "2006-01-01")]


def test_now_and_then_is_at_times_but_between_now_and_then_keeps_its_now():
    told = date(2005, 8, 19)
    assert found("Every now and then the old radio crackles.", told) == []
    assert found("Now and again the line goes dead.", told) == []
    assert found("Between now and then, talks will go on.", told) == [("now", "DATE", "PRESENT_REF")]


def test_as_soon_as_possible_is_a_time_to_come_unless_told_in_the_past():
    told = date(2016, 2, 19)
    assert found("He vowed to release the report as soon as possible.", told) == [
        ("as soon as possible", "DATE", "FUTURE_REF")
    ]
    assert found("As soon as possible, the firm will sell the unit.", told) == [
        ("As soon as possible", "DATE", "FUTURE_REF")
    ]
    assert found("The crew left the ship as soon as possible.", told) == []  # soon after a time of the story's
    assert found("They will meet as soon as Tuesday.", told) == [("Tuesday", "DATE", "2016-02-23")]


def test_a_year_before_a_holiday_after_a_determiner_is_the_holidays_year():
    told = date(2005, 10, 12)
    assert found("Apollo 8 circled the moon over the 1968 Christmas holidays.", told) == [
        ("1968 Christmas", "DATE", "1968-12-25")
    ]
    assert found("In 2015 Christmas fell on a Friday.", told)[:2] == [
        ("2015", "DATE", "2015"), ("Christmas", "DATE", "2005-12-25")
    ]


def test_a_clock_time_ending_a_range_takes_the_starts_day_and_passes_midnight():
    told = date(2005, 5, 13)
    assert found("WHEN: JUNE 12, 2005, 2:00 P.M. TO 2:00 A.M.", told)[1:] == [
        ("2:00 P.M.", "TIME", "2005-06-12T14:00"), ("2:00 A.M.", "TIME", "2005-06-13T02:00")
    ]
    polls = "Polls are open from 7 a.m. on March 1 until 8 p.m."
    assert found(polls, told)[-1] == ("8 p.m.", "TIME", "2005-03-01T20:00")
    assert found("DATE: Tuesday, November 22, 2005 TIME: 8:00 PM Eastern", told)[-1] == (
        "8:00 PM Eastern", "TIME", "2005-11-22T20:00"
    )


def test_a_clock_time_in_a_line_a_day_heads_is_that_days():
    # a schedule's lines, each opened by its day and a colon
    told = date(2019, 8, 7)
    text = "Friday, Aug. 23: early voting ends, 1:00 p.m.; the count office is open from 9 a.m. to noon."
    assert found(text, told)[1:] == [
        ("1:00 p.m.", "TIME", "2019-08-23T13:00"), ("9 a.m.", "TIME", "2019-08-23T09:00"),
        ("noon", "TIME", "2019-08-23T12:00"),
    ]
    assert found("- Aug. 26: postal ballots are due by 5 p.m.", told)[1:] == [("5 p.m.", "TIME", "2019-08-26T17:00")]
    assert found("Aug. 27: the count starts at noon.", told)[1:] == [("noon", "TIME", "2019-08-27T12:00")]
    # not a day named later in its sentence, nor one before a colon that opens no line
    assert found("The recount of Aug. 27 drew a crowd: it began at 4 p.m.", told)[1:] == [
        ("4 p.m.", "TIME", "2019-08-07T16:00")
    ]


def test_a_numbered_thing_is_no_year_and_a_slashed_date_gives_its_clock_time_a_day():
    told = date(2011, 3, 20)
    assert found("The council passed Resolution 1973; Co. 1691 and Room 2010 were moved in 2010.", told) == [
        ("2010", "DATE", "2010")
    ]
    assert found("Under Article 1969 and Section 2004, the flight left Gate 2010 in 2010.", told) == [
        ("2010", "DATE", "2010")
    ]
    # nor is a series' name, a year with a letter after it
    assert found("The Series 2009-A bonds, sold in 2010, mature in 2030.", told) == [
        ("2010", "DATE", "2010"), ("2030", "DATE", "2030")
    ]
    assert found("Sonya City 07/30/2001 05:17 PM", told) == [
        ("07/30/2001", "DATE", "2001-07-30"), ("05:17 PM", "TIME", "2001-07-30T17:17")
    ]
    assert found("Per September financials, the unit made a profit.", told) == [("September", "DATE", "2010-09")]
    # as does a fixture list's date with its kick-off in brackets
    assert found("Round two: March 26 (7.45 pm): Rovers v United; March 27 (3 pm): City v Town.", told)[1::2] == [
        ("7.45 pm", "TIME", "2011-03-26T19:45"), ("3 pm", "TIME", "2011-03-27T15:00")
    ]


def test_a_clock_time_before_a_weekday_and_a_date_is_one_time_that_day():
    assert found("The surgery will be at 2:30 p.m. Tuesday, March 20th.", date(2001, 3, 15)) == [
        ("2:30 p.m. Tuesday, March 20th", "TIME", "2001-03-20T14:30")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The funeral will be held next Thursday at 11am.", [("next Thursday at 11am", "TIME", "2026-03-12T11:00")]),
        ("The match is next Wednesday at 8pm.", [("next Wednesday at 8pm", "TIME", "2026-03-18T20:00")]),
        ("The vote was last Friday at 3pm.", [("last Friday at 3pm", "TIME", "2026-03-06T15:00")]),
        ("We meet this Friday at 3pm.", [("this Friday at 3pm", "TIME", "2026-03-13T15:00")]),
    ],
)
def test_a_weekday_with_its_determiner_before_a_clock_time_is_one_time(text, expected):
    # told on a Tuesday: "next Wednesday" is a week on, as tomorrow is "tomorrow"
    assert found(text, date(2026, 3, 10)) == expected


def test_a_day_counted_in_a_run_is_the_day_it_is_said_of():
    told = date(1998, 3, 6)  # a Friday
    assert found("It's the fifth day of the army's push.", told) == [("the fifth day", "DATE", "1998-03-06")]
    assert found("Tuesday was the third day of the strike.", told) == [
        ("Tuesday", "DATE", "1998-03-03"), ("the third day", "DATE", "1998-03-03")
    ]
    assert found("Today marks the 100th day of the siege.", told)[-1] == ("the 100th day", "DATE", "1998-03-06")
    # with no day to be, none
    assert found("She plans to act on her first day in the job; the first day of the talks went well.", told) == []


def test_a_weekday_that_opens_a_sentence_in_the_present_is_the_coming_one():
    told = date(2026, 3, 10)  # a Tuesday
    text = "Sunday marks the anniversary of the flood. Monday sees the start of talks. Saturday marked the vote."
    assert found(text, told) == [
        ("Sunday", "DATE", "2026-03-15"), ("Monday", "DATE", "2026-03-16"), ("Saturday", "DATE", "2026-03-07")
    ]


def test_a_weekday_with_last_or_next_after_it_is_the_last_or_next_one():
    text = "Talks resumed on Thursday last; the truce begins on Monday next, not on Friday last week."
    assert found(text, date(2026, 3, 10)) == [
        ("Thursday last", "DATE", "2026-03-05"), ("Monday next", "DATE", "2026-03-16"),
        ("Friday", "DATE", "2026-03-06"), ("last week", "DATE", "2026-W10"),
    ]


def test_a_would_after_a_past_verb_is_a_future_told_in_the_past_for_either_side():
    tuesday = date(2015, 11, 17)
    text = "Mr. Rubio anticipated that a session with business leaders on Monday would focus on terrorism."
    assert found(text, tuesday) == [("Monday", "DATE", "2015-11-16")]
    assert found("A win on Monday would give him momentum.", tuesday) == [("Monday", "DATE", "2015-11-23")]


def test_a_date_in_an_aside_closed_before_a_count_anchors_nothing():
    told = date(1996, 8, 23)
    text = "C shares -- sold in March 1995 -- rose to $88.25 from $87.5 a day earlier."
    assert found(text, told)[-1] == ("a day earlier", "DATE", "1996-08-22")
    text = "The shares (sold in March 1995) rose to $88.25 from $87.5 a day earlier."
    assert found(text, told)[-1] == ("a day earlier", "DATE", "1996-08-22")


def test_a_day_before_its_month_takes_a_short_year_after_it():
    assert found("Signed on 2 Mar '26 and 3rd June ’24; on 5 March 45 people died.", date(2026, 3, 10)) == [
        ("2 Mar '26", "DATE", "2026-03-02"), ("3rd June ’24", "DATE", "2024-06-03"), ("5 March", "DATE", "2026-03-05")
    ]


def test_a_day_before_1600_keeps_its_year_but_a_count_after_a_day_is_no_year():
    told = date(2003, 10, 6)
    assert found("Lopez was hanged on June 7, 1594 at Tyburn.", told) == [("June 7, 1594", "DATE", "1594-06-07")]
    assert found("On March 3, 1500 people marched.", told) == [("March 3", "DATE", "2003-03-03")]


def test_a_number_with_a_unit_written_on_is_no_year():
    told = date(2001, 6, 15)
    assert found("Brass melts at just under 2000F; she won the 2000m race in 1999.", told) == [("1999", "DATE", "1999")]
    assert found("The 1996B bonds were sold.", told) == [("1996", "DATE", "1996")]


def test_a_clock_time_keeps_its_seconds_and_noon_is_a_whole_word():
    assert found("Posted at 2/7/2005 01:09:32 AM by the editor.", date(2005, 2, 7)) == [
        ("2/7/2005", "DATE", "2005-02-07"), ("01:09:32 AM", "TIME", "2005-02-07T01:09:32")
    ]
    assert found("There is noone to blame.", date(2005, 2, 7)) == []


def test_nothing_inside_a_web_or_mail_address_is_a_date():
    text = ("Sources: http://www.time.com/time/daily/chernobyl/860901.html and "
            "http://senate.gov/testimony.cfm?id=1725 (retrieved in March 2004); write to may2004@example.org.")
    assert found(text, date(2004, 4, 7)) == [("March 2004", "DATE", "2004-03")]


def test_a_quarter_that_ended_in_a_month_falls_in_that_months_year():
    told = date(1996, 8, 29)
    text = "Analysts had expected the miller to post 14 cents a share over its fourth quarter, ended June 30."
    assert found(text, told)[0] == ("fourth quarter", "DATE", "1996-Q4")
    assert found("Profit will rise in the third quarter ending Sept. 30.", told)[0] == (
        "the third quarter", "DATE", "1996-Q3"
    )



def test_the_same_month_a_year_back_is_one_reading():
    text = "The ports moved less cargo in October than in the same month last year."
    assert found(text, date(2015, 11, 13))[1:] == [("the same month last year", "DATE", "2014-10")]
    text = "Output was 2,915 tonnes in July, off 38.2 percent from the same month a year earlier."
    assert found(text, date(1996, 8, 22))[1:] == [("the same month a year earlier", "DATE", "1995-07")]
    # in the calendar's first year, no year lies before it
    assert found("In December output rose from the same month last year.", date(2, 1, 15))[1:] == [
        ("the same month last year", "DATE", "XXXX-XX")
    ]

def test_the_digits_of_a_decade_are_no_year_to_count_from():
    text = 'It was not as sharp a weapon as the "1960s" remark. Thirteen years earlier, she had backed the war.'
    assert found(text, date(2015, 11, 16))[1] == ("Thirteen years earlier", "DATE", "2002")

def test_last_quarter_is_one_over():
    # told in June, results some weeks old are the second quarter's, but it is not over: "last quarter" is the first
    june = date(2016, 6, 17)
    assert found("Facebook reported last quarter that users spent more time.", june) == [
        ("last quarter", "DATE", "2016-Q1")
    ]
    assert found("Profit rose in the latest quarter.", date(2016, 4, 20)) == [("the latest quarter", "DATE", "2016-Q1")]
    # with its year, the last or final part is the year's own
    assert found("Profit rose in the last quarter of 1996 and the final half of last year.", june) == [
        ("the last quarter of 1996", "DATE", "1996-Q4"), ("the final half of last year", "DATE", "2015-H2")
    ]


def test_a_figure_a_year_earlier_than_a_months_is_that_month_a_year_back():
    told = date(1998, 8, 20)
    assert found("Unemployment was 5% in July, up from 4.5% a year earlier.", told)[1] == (
        "a year earlier", "DATE", "1997-07"
    )
    assert found("Prices in March were 4% higher than a year earlier.", told)[1][2] == "1997-03"
    # no figure compared: the year, as before
    assert found("In July the plant opened; a year earlier it had closed.", told)[1][2] == "1997"


def test_soon_to_come_is_the_future_but_soon_told_in_the_past_or_before_another_time_is_none():
    told = date(1989, 11, 2)
    for text in ("Prosecutors may soon seek an indictment.", "The lender will be profitable again soon."):
        assert found(text, told) == [("soon", "DATE", "FUTURE_REF")]
    for text in ("He was soon released.", "Soon after the vote, he left.", "Call me as soon as you land."):
        assert found(text, told) == []


def test_a_weekday_spelt_out_in_lower_case_as_mail_and_posts_write_it():
    told = date(2010, 6, 15)
    assert found("I already have plans on thursday; call him by friday.", told) == [
        ("thursday", "DATE", "2010-06-17"), ("friday", "DATE", "2010-06-18")
    ]
    assert found("I go to church every sunday.", told) == [("every sunday", "SET", "XXXX-WXX-7")]


def test_a_decade_with_a_curly_apostrophe():
    told = date(2016, 10, 4)
    assert found("Wealth in the 80’s, a crash in the 1980’s, and then the ’90s.", told) == [
        ("the 80’s", "DATE", "198"), ("the 1980’s", "DATE", "198"), ("the ’90s", "DATE", "199")
    ]


def test_a_year_or_decade_after_pre_or_post_is_read_with_the_prefix_as_its_mod():
    # as TimeBank tags "the post-1959 politics"; other hyphenated words still start no expression
    told = date(2024, 11, 13)
    assert read_mods("The post-1959 politics split families; pre-2008 levels and the pre-1990s era.", told) == [
        ("post-1959", "1959", "AFTER"), ("pre-2008", "2008", "BEFORE"), ("the pre-1990s", "199", "BEFORE")
    ]
    assert found("A Boeing 737-800 and COVID-19 cases.", told) == []


def test_a_quarter_ended_in_a_month_is_the_calendar_quarter_most_of_it_lies_in():
    # as TimeBank tags "the quarter ended July 31" (1989-Q2), where nothing else in the text speaks of quarters
    told = date(2022, 3, 15)
    assert found("The company laid off 10% of staff in the quarter ended Jan. 31.", told)[0] == (
        "the quarter", "DATE", "2021-Q4"
    )
    assert found("Over the quarter ended July 31, sales rose.", told)[0] == ("the quarter", "DATE", "2021-Q2")
    assert found("Sales for the quarter ending in June are forecast to rise.", told)[0] == (
        "the quarter", "DATE", "2022-Q2"
    )
    assert found("A quarter of voters stayed home; the quarter of caucus voters.", told) == []


def test_the_edge_of_a_named_decade_or_century_is_part_of_it():
    told = date(1998, 3, 10)
    text = "By the end of the 1990s, the middle of the 1980s and the end of the 19th century; the 19th-century boom."
    assert read_mods(text, told) == [
        ("the end of the 1990s", "199", "END"), ("the middle of the 1980s", "198", "MID"),
        ("the end of the 19th century", "18", "END"), ("19th-century", "18", None),
    ]


def test_a_span_of_edges_is_part_of_the_year_or_decade():
    told = date(2024, 11, 13)
    assert read_mods("Completion is set for mid-to-late 2025; prices peaked in the early-to-mid 1990s.", told) == [
        ("mid-to-late 2025", "2025", "MID"), ("the early-to-mid 1990s", "199", "START")
    ]


def test_the_edge_of_a_fiscal_year_is_part_of_it():
    told = date(2024, 11, 13)
    assert read_mods("The program ends at the end of fiscal 2025; reviews come by mid-fiscal 2026.", told) == [
        ("the end of fiscal 2025", "2025", "END"), ("mid-fiscal 2026", "2026", "MID")
    ]


def test_the_week_or_month_before_a_figure_s_change_is_a_period():
    told = date(2024, 11, 13)
    assert found("The index ended the week 2% higher and the month 10 points up.", told) == [
        ("the week", "DATE", "2024-W46"), ("the month", "DATE", "2024-11")
    ]
    assert found("See the week 2 schedule.", told) == []


def test_the_rest_of_a_period_is_part_of_it():
    told = date(2021, 8, 30)
    assert found("Schools stay shut through the rest of the week and the remainder of this month.", told) == [
        ("the rest of the week", "DATE", "2021-W35"), ("the remainder of this month", "DATE", "2021-08")
    ]
    assert found("Emissions should drop across the balance of the decade.", told) == [
        ("the balance of the decade", "DATE", "202")
    ]


def test_the_end_of_a_year_or_month_without_its_article():
    told = date(1996, 8, 22)
    assert read_mods("Parliament must adopt its spending plan by the end of year, or by end of next year.", told) == [
        ("the end of year", "1996", "END"), ("end of next year", "1997", "END")
    ]
    assert read_mods("Banks settle by end of month.", told) == [("end of month", "1996-08", "END")]
    assert found("At this time of year, and at end of day, the Person of the Year rests.", told) == []


def test_the_final_quarter_without_a_year_is_a_fourth_one():
    # "final" names the year's last part, as "fourth" does, not the latest one reported, as "last quarter" does
    november = date(2024, 11, 13)
    assert found("Deliveries are due in the final quarter.", november) == [("the final quarter", "DATE", "2024-Q4")]
    assert found("Sales picked up in the final quarter of the year.", november) == [
        ("the final quarter of the year", "DATE", "2024-Q4")
    ]
    assert found("Profit fell in the final quarter.", date(2024, 5, 13)) == [("the final quarter", "DATE", "2023-Q4")]


def test_a_fiscal_year_to_a_month_names_the_year_of_its_parts():
    told = date(1996, 8, 14)
    assert found("It made a profit in the final quarter of the year to March 31, 1997.", told)[0] == (
        "the final quarter of the year", "DATE", "1997-Q4"
    )
    assert found("Profit in the second half to June 30, 1995 rose.", told)[0] == ("the second half", "DATE", "1995-H2")


def test_this_quarter_in_results_is_the_quarter_reported_unless_it_looks_ahead():
    told = date(2023, 11, 2)
    report = "The brewer posted a loss of $3 million for its third quarter ended Sept. 30. Revenue fell 4%. "

    def this_quarter(sentence: str) -> str:
        return next(value for text, _, value in found(report + sentence, told) if text.lower() == "this quarter")

    assert this_quarter("This quarter's loss came from a plant closing.") == "2023-Q3"
    assert this_quarter("Exports this quarter slipped.") == "2023-Q3"
    assert this_quarter("It expects margins to widen this quarter.") == "2023-Q4"


def test_a_year_earlier_compares_the_quarter_or_half_named_before_it():
    may = date(1990, 5, 10)
    expected = {
        "Net income in the fourth quarter rose to $5 million from $3 million in the year-earlier period.":
            ("the year-earlier period", "DATE", "1988-Q4"),
        "Kenya's tea exports in the first half of 1989 grew 4%, after falling 2% a year earlier.":
            ("a year earlier", "DATE", "1988-H1"),
        "Profit in the third quarter fell to $2 million, from $4 million in the 1988 period.":
            ("the 1988 period", "DATE", "1988-Q3"),
        # after a span of months, the year's months: no quarter of it
        "Third-quarter earnings rose 5%. For the first nine months, profit came to $9 million, against $7 million in "
        "the 1988 period.": ("the 1988 period", "DATE", "1988"),
        "Third-quarter earnings rose 5%. For the nine months, profit came to $9 million, against $7 million in the "
        "year-earlier period.": ("the year-earlier period", "DATE", "1988"),
        "Sales in the second half of 1989 fell from the same period a year earlier.":
            ("the same period a year earlier", "DATE", "1988-H2"),
        # a text that reports results compares across a sentence; any other text does not
        "The brewer reported quarterly earnings on Monday. Net income in the fourth quarter rose 3%. A year earlier, "
        "it had fallen.": ("A year earlier", "DATE", "1988-Q4"),
        "Turnout in the first half of the count was low. A year earlier, few had voted.":
            ("A year earlier", "DATE", "1989"),
    }
    assert {text: found(text, may)[-1] for text in expected} == expected


def test_the_sept_11_commission_and_one_day_a_week():
    assert found("Sept. 11 Commission member Philip Zelikow spoke.", date(2004, 4, 4)) == [
        ("Sept. 11", "DATE", "2001-09-11")
    ]
    assert found("The firm gives staff one day a week for research.", date(2004, 4, 4))[-1] == ("a week", "SET", "P1W")


def test_sept_11_conspiracy_theories_are_the_attacks():
    assert found("The channel has long aired Sept. 11 conspiracy claims.", date(2016, 9, 20)) == [
        ("Sept. 11", "DATE", "2001-09-11")
    ]


def test_a_yearless_day_named_before_with_its_year_is_that_day():
    text = "The deal was signed on March 3, 2012. Since March 3, the two sides have met twice."
    assert found(text, date(2015, 12, 4))[-1] == ("March 3", "DATE", "2012-03-03")
    text = "The envoy testified on January 23, 2013. An aide sent an email on January 23 at 4:12 PM."
    assert found(text, date(2015, 11, 25))[-2:] == [
        ("January 23", "DATE", "2013-01-23"), ("4:12 PM", "TIME", "2013-01-23T16:12")
    ]


def test_next_or_last_before_a_yearless_day_is_the_first_one_after_or_before_the_telling():
    january = date(1990, 1, 20)
    assert found("The levy on fuel rises next Jan. 1.", january) == [("next Jan. 1", "DATE", "1991-01-01")]
    assert found("The levy on fuel rose last Jan. 1.", january) == [("last Jan. 1", "DATE", "1990-01-01")]
    assert found("Next June 5 the council votes.", january) == [("Next June 5", "DATE", "1990-06-05")]
    assert found("The port reopened this past Dec. 28.", january) == [("this past Dec. 28", "DATE", "1989-12-28")]
    assert found("The port has been shut since last Sept. 11.", date(2015, 10, 2)) == [
        ("last Sept. 11", "DATE", "2015-09-11")
    ]


def test_the_same_week_as_an_event_dated_in_its_clause_is_that_ones_week():
    text = "The strike began the same week as the vote on March 9."
    assert found(text, date(1990, 5, 10))[0] == ("the same week", "DATE", "1990-W10")
    text = "Troops left Mogadishu on June 3. The port reopened the same day that the court ruled."
    assert found(text, date(1990, 6, 10))[-1] == ("the same day", "DATE", "1990-06-03")
    text = "On June 3 the talks opened. Police made arrests the same day as a march on June 5."
    assert found(text, date(1990, 6, 10))[1] == ("the same day", "DATE", "1990-06-05")
    # an event the text dated before, named again by its noun, whatever was dated between
    text = "The senate vote came on May 21. On May 24, unions marched. Markets dipped on the same day as the vote."
    assert found(text, date(1990, 6, 10))[-1] == ("the same day", "DATE", "1990-05-21")


def test_the_same_unit_a_year_back_counts_from_the_telling_where_nothing_came_before():
    assert found("Sales were up 3% from the same week a year ago.") == [
        ("the same week a year ago", "DATE", "2023-W22")
    ]
    assert found("Fares fell from the same month last year.") == [("the same month last year", "DATE", "2023-05")]


def test_the_following_season_or_month_told_in_the_past_after_no_date_is_of_no_known_year():
    # counted from the telling it would fall after it; "that winter" alike names a time the text never gave
    assert found("The embassy closed in haste and reopened the following spring.") == [
        ("the following spring", "DATE", "XXXX-SP")
    ]
    assert found("The embassy reopened the following month.") == [("the following month", "DATE", "XXXX-XX")]
    assert found("The embassy will reopen the following month.") == [("the following month", "DATE", "2024-06")]
    assert found("The embassy closed in March 2021 and reopened the following month.")[1] == (
        "the following month", "DATE", "2021-04"
    )


def test_an_opening_later_that_month_is_read_by_the_verb_after_it():
    # "Later" hides the verb from the expression's start; "Earlier that month" already read the clause's past
    assert found("Later that month, troops withdrew from the town.") == [("Later that month", "DATE", "XXXX-XX")]
    assert found("Later that year, the embassy reopened.") == [("Later that year", "DATE", "XXXX")]
    assert found("Later that month, troops will withdraw.") == [("Later that month", "DATE", "2024-05")]


def test_yesterday_and_tomorrow_are_days_the_story_goes_on_from():
    text = "The quarter ended March 31. In trading yesterday, the shares rose. Trading was halted in the afternoon."
    assert found(text)[-1] == ("the afternoon", "TIME", "2024-05-28TAF")
    # not "today", which may be any present a quote speaks of
    text = "The charter was signed in 1919. It is the law we live under today, but that year few read it."
    assert found(text, date(2016, 7, 28))[-1] == ("that year", "DATE", "1919")


def test_last_after_a_possessive_is_the_final_one_no_past():
    # "its last session" is the final one, which may be to come; the weekday takes the tense of the rest
    assert found("The assembly is set to vote on the bill Sunday, its last session before a recess.") == [
        ("Sunday", "DATE", "2024-06-02")
    ]
    assert found("At their last meeting on Monday, the envoys agreed.") == [("Monday", "DATE", "2024-05-27")]


def test_a_form_both_past_and_present_after_an_object_pronoun_is_no_past():
    # "help them beat", "let him cut": a bare infinitive, which leaves the day to the verb before it
    assert found("The grant should help them beat the rival on Tuesday.") == [("Tuesday", "DATE", "2024-06-04")]
    assert found("The grant helped them beat the rival on Tuesday.") == [("Tuesday", "DATE", "2024-05-28")]


def test_a_month_that_names_a_vote_or_is_one_is_the_coming_one_unless_told_in_the_past_or_just_over():
    january, december = date(2016, 1, 19), date(2016, 12, 10)
    assert found("Unions could tip a November general election.", january) == [("November", "DATE", "2016-11")]
    assert found("Obama won the November election.", january) == [("November", "DATE", "2015-11")]
    assert found("The November election results surprised pollsters.", december) == [("November", "DATE", "2016-11")]
    # a vote that ended weeks ago is the one just held, but not when told as still to come
    early_january = date(2016, 1, 5)
    assert found("The vote in November was close.", early_january) == [("November", "DATE", "2015-11")]
    assert found("The vote in November will be close.", early_january) == [("November", "DATE", "2016-11")]
    assert found("Polls have her reaching an early May run-off.", date(2016, 8, 31)) == [
        ("early May", "DATE", "2017-05")
    ]
    march = date(2016, 3, 16)
    assert found("High turnout in the primaries does not turn into a win in November.", march) == [
        ("November", "DATE", "2016-11")
    ]
    assert found("The party suffered a defeat in November.", march) == [("November", "DATE", "2015-11")]
    # the month of a coming vote the text names is that vote's, unless told in the past
    text = "The November election nears. Turnout gives no edge in November. The union endorsed her in November."
    assert [value for _, _, value in found(text, march)] == ["2016-11", "2016-11", "2015-11"]
    # "may vote" names no month
    assert found("Members may vote on it. Turnout in May is another matter.", date(2016, 9, 1)) == [
        ("May", "DATE", "2016-05")
    ]

def test_hours_before_a_range_of_weekdays_are_those_of_each_day_not_of_its_first():
    friday = date(2024, 4, 5)
    assert found("The clinic is open from 9am to 5pm, Monday to Friday.", friday) == [
        ("9am", "TIME", "XXXX-XX-XXT09:00"), ("5pm", "TIME", "XXXX-XX-XXT17:00"),
        ("Monday", "SET", "XXXX-WXX-1"), ("Friday", "SET", "XXXX-WXX-5"),
    ]
    assert found("Banks are open between 8am and noon, Saturday to Wednesday.", friday)[2:] == [
        ("Saturday", "SET", "XXXX-WXX-6"), ("Wednesday", "SET", "XXXX-WXX-3"),
    ]
    # a curfew's days: the coming ones, none of them joined to an hour, though 5am falls on the Saturday
    assert found("A curfew runs from 9pm to 5am, Saturday to Thursday.", friday) == [
        ("9pm", "TIME", "2024-04-05T21:00"), ("5am", "TIME", "2024-04-06T05:00"),
        ("Saturday", "DATE", "2024-04-06"), ("Thursday", "DATE", "2024-04-11"),
    ]
    assert found("Polls close at 5pm, Monday.", friday) == [("5pm, Monday", "TIME", "2024-04-08T17:00")]


def test_a_contest_won_or_lost_has_come_even_where_this_years_lies_weeks_ahead():
    april = date(2024, 4, 5)
    assert found("He won the May 5 election.", april) == [("May 5", "DATE", "2023-05-05")]
    assert found("Her party lost the May vote.", april) == [("May", "DATE", "2023-05")]
    assert found("He will win the May 5 election.", april) == [("May 5", "DATE", "2024-05-05")]


def test_a_vote_awaited_aimed_at_or_named_in_a_clause_told_in_the_past_is_the_nearer_one():
    text = "The favourite for the Nov. 8 election then said she was joking."
    assert found(text, date(2016, 7, 31)) == [("Nov. 8", "DATE", "2016-11-08")]
    assert found(text, date(2017, 3, 20)) == [("Nov. 8", "DATE", "2016-11-08")]
    assert found("He won the Nov. 8 election.", date(2016, 7, 31)) == [("Nov. 8", "DATE", "2015-11-08")]
    text = "Investigators said a rival planted the stories to sway the Nov. 8 election."
    assert found(text, date(2016, 7, 31)) == [("Nov. 8", "DATE", "2016-11-08")]
    text = "Turnout fell from the March primary to the Nov. 8 election."
    assert found(text, date(2016, 7, 31))[-1] == ("Nov. 8", "DATE", "2015-11-08")
    # named or set up, not held: "called November's election…", "teeing up the November showdown"
    text = "She called November's national vote a test of trust."
    assert found(text, date(2016, 8, 17)) == [("November", "DATE", "2016-11")]
    text = "He won the party's backing on Tuesday, teeing up the November runoff against the mayor."
    assert found(text, date(2016, 7, 27))[1] == ("November", "DATE", "2016-11")



def test_winning_an_office_names_a_vote_and_a_speech_frame_inside_what_was_said_dates_only_the_saying():
    april = date(2016, 4, 9)
    text = "She leans toward Ortiz, she said, because she prizes reclaiming the governorship in November."
    assert found(text, april) == [("November", "DATE", "2016-11")]
    assert found("Democrats hope to win back the Senate in November.", april) == [("November", "DATE", "2016-11")]
    text = "The vote, Smith told reporters Monday, will be close."
    assert found(text, april) == [("Monday", "DATE", "2016-04-04")]
    text = "In an essay in December, he wrote, ''Entrenched interests spin the news.''"
    assert found(text, date(2016, 8, 1)) == [("December", "DATE", "2015-12")]


def test_a_clock_range_takes_the_day_of_its_end_and_what_is_due_lies_ahead():
    thursday = date(2025, 6, 5)
    assert found("The outage lasted from 2 p.m. until 9 p.m. on Wednesday; the shop opens 9am to 5pm.", thursday) == [
        ("2 p.m.", "TIME", "2025-06-04T14:00"), ("9 p.m. on Wednesday", "TIME", "2025-06-04T21:00"),
        ("9am", "TIME", "2025-06-05T09:00"), ("5pm", "TIME", "2025-06-05T17:00"),
    ]
    assert found("Earnings are due after the market closes on Tuesday.", thursday) == [("Tuesday", "DATE", "2025-06-10")]
    # midnight or noon that ends a range is on the day of its start, and may follow a hyphen
    assert found("Witnesses were there between 9pm and midnight; the bar runs 8pm-midnight.", thursday) == [
        ("9pm", "TIME", "2025-06-05T21:00"), ("midnight", "TIME", "2025-06-05T24:00"),
        ("8pm", "TIME", "2025-06-05T20:00"), ("midnight", "TIME", "2025-06-05T24:00"),
    ]
    assert found("The bar is open 18:00-midnight.", thursday) == [
        ("18:00", "TIME", "2025-06-05T18:00"), ("midnight", "TIME", "2025-06-05T24:00")
    ]


def test_the_month_a_period_of_figures_ended_in_lies_behind_when_told_in_the_past():
    may = date(2024, 5, 16)
    assert found("GDP grew in the three months to June.", may) == [
        ("the three months", "DURATION", "P3M"), ("June", "DATE", "2023-06")
    ]
    assert found("GDP will grow in the three months to June.", may)[-1] == ("June", "DATE", "2024-06")


def test_a_day_a_figure_told_in_the_past_is_given_as_of_lies_behind():
    told = date(2024, 11, 5)
    assert found("As of Dec. 31, debt stood at $3 billion.", told) == [("Dec. 31", "DATE", "2023-12-31")]
    assert found("As at 31 December, reserves were low.", told) == [("31 December", "DATE", "2023-12-31")]
    assert found("As of Dec. 31, the rule will apply.", told) == [("Dec. 31", "DATE", "2024-12-31")]


def test_a_finite_past_verb_right_before_the_date_rules_out_one_ahead():
    assert found("Trump said in August that he would not eat them.", date(2016, 5, 18)) == [
        ("August", "DATE", "2015-08")
    ]
    assert found("The deal, signed in November, collapsed; a note Ramos posted on January 23.",
                 date(2015, 10, 20)) == [("November", "DATE", "2014-11"), ("January 23", "DATE", "2015-01-23")]
    assert found("Most ads reserved in December will run in Iowa.", date(2015, 11, 27)) == [
        ("December", "DATE", "2015-12")
    ]
    assert found("Okoye took office in February; the Herald asked about them in February.", date(2015, 12, 16)) == [
        ("February", "DATE", "2015-02"), ("February", "DATE", "2015-02")
    ]
    # a verb after the subject of a "that" clause is finite: "a pact that the coastal states reached in Lisbon in
    # December", told in September, is last December
    assert found("The pact that the coastal states reached in Lisbon in December holds.", date(2016, 9, 20)) == [
        ("December", "DATE", "2015-12")
    ]
    # an object of three words: "was expelled from the league in November", told in August, is last November
    assert found("Kenya was expelled from the league in November after the vote.", date(1996, 8, 29)) == [
        ("November", "DATE", "1995-11")
    ]
    assert found("The mayor said the fair in September would be the last.", date(2016, 8, 22)) == [
        ("September", "DATE", "2016-09")
    ]
    # an object of up to five words, but no infinitive or clause between: "who signed the sea-access memorandum with
    # Ethiopia in January", told in November, is last January; "signed a deal to hold elections in January" looks ahead
    told = date(2024, 11, 19)
    assert found("Irro beat Abdi, who signed the sea-access memorandum with Ethiopia in January.", told) == [
        ("January", "DATE", "2024-01")
    ]
    assert found("The board signed a deal to hold elections in January.", date(2024, 11, 19)) == [
        ("January", "DATE", "2025-01")
    ]
    # "to" before a noun or a name is a place gone to, no infinitive: the verb before it is still the clause's
    assert found("Voters went to the polls in April; the envoy flew to Kabul in May.", date(2024, 3, 12)) == [
        ("April", "DATE", "2023-04"), ("May", "DATE", "2023-05")
    ]
    assert found("They agreed to attend in April.", date(2024, 3, 12)) == [("April", "DATE", "2024-04")]
    # a participle with its agent after the date tells what was done; without one it may look ahead
    assert found("The pact, an accord forged in December by 200 nations, took effect.", date(2016, 11, 5)) == [
        ("December", "DATE", "2015-12")
    ]
    assert found("The case will be decided in December by the board.", date(2016, 10, 5)) == [
        ("December", "DATE", "2016-12")
    ]
    # "over" and "throughout" a feast govern it as "during" does: a feast still ahead of a March telling is last year's
    assert found("Fighting flared over Easter and raged throughout Christmas.", date(2025, 3, 12)) == [
        ("Easter", "DATE", "2024-03-31"), ("Christmas", "DATE", "2024-12-25")
    ]


def test_a_sentence_that_opens_with_the_start_of_what_it_tells_looks_ahead_without_a_tense():
    thursday = date(1998, 8, 20)
    assert found("Beginning Monday, flights resume.", thursday) == [("Monday", "DATE", "1998-08-24")]
    assert found("From Monday, the rules change.", thursday) == [("Monday", "DATE", "1998-08-24")]
    assert found("Starting in March, the rules change.", thursday) == [("March", "DATE", "1999-03")]
    # a past verb still tells
    assert found("Starting Monday, the rules changed.", thursday) == [("Monday", "DATE", "1998-08-17")]


def test_a_past_verb_right_after_the_subjects_month_is_finite():
    # "in January" inside the subject, its verb right after it: the past is firm, not a next January two months off
    november = date(2024, 11, 13)
    assert found("Sales in January rose 5%.", november) == [("January", "DATE", "2024-01")]
    assert found("Protests during January drew large crowds.", november) == [("January", "DATE", "2024-01")]
    assert found("The vote in January will be close.", november) == [("January", "DATE", "2025-01")]
    # the end of a range of months in the subject, and its start with it
    assert found("Sales in January-March rose.", november) == [
        ("January", "DATE", "2024-01"), ("March", "DATE", "2024-03")
    ]


def test_a_date_in_an_opening_phrase_takes_the_finite_past_of_the_main_clause():
    august = date(2016, 8, 9)
    assert found("In October, Mrs. Okafor, the party's nominee for president, proposed a no-fly zone.", august) == [
        ("October", "DATE", "2015-10")
    ]
    text = "When asked for her view during a radio interview in October, Mayor Ruiz said it was discussed."
    assert found(text, august) == [
        ("October", "DATE", "2015-10")
    ]
    assert found("The senator first drew Ohio crowds in March at a school event.", date(2016, 1, 12)) == [
        ("March", "DATE", "2015-03")
    ]
    assert found("In October, voters choose a mayor; the council, it said, approved the budget.", august) == [
        ("October", "DATE", "2016-10")
    ]
    # a lower-case subject: the object after the verb shows it finite, where "the money raised in Iowa goes" has none
    assert found("In January, a bomb at a clinic killed a guard.", date(1998, 10, 25)) == [
        ("January", "DATE", "1998-01")
    ]
    assert found("In January, the money raised in Iowa goes to the party.", date(1998, 10, 25)) == [
        ("January", "DATE", "1999-01")
    ]
    text = "In December, a man in the crowd at a town hall in Iowa asked her a question."
    assert found(text, date(2016, 10, 10)) == [("December", "DATE", "2015-12")]
    # an opening phrase needs no comma
    assert found("On the night of 14 August the city fell.", date(2024, 5, 16)) == [
        ("the night of 14 August", "TIME", "2023-08-14TNI")
    ]
    # and the part of the day after a date, as South Asian copy writes it; not a kind of thing held then
    assert found("The blast came on May 10 night; the May 12 night raid failed.", date(2024, 5, 16)) == [
        ("May 10 night", "TIME", "2024-05-10TNI"), ("May 12", "DATE", "2024-05-12")
    ]


def test_9_11_is_the_day_of_the_attacks_and_fixed_holidays_are_days():
    assert found("Since 9/11 and the 9/11 attacks, he has worked 24/7; on 9/11/2001 he was home.", WED) == [
        ("9/11", "DATE", "2001-09-11"), ("9/11", "DATE", "2001-09-11"), ("9/11/2001", "DATE", "2001-09-11")
    ]
    assert found("Michael Moore made Fahrenheit 9/11.") == []
    assert found("Workers marched on May Day; Nice celebrated Bastille Day.", date(2016, 7, 15)) == [
        ("May Day", "DATE", "2016-05-01"), ("Bastille Day", "DATE", "2016-07-14")
    ]
    # with a curly apostrophe, as pages set it
    assert found("The files came out on New Year’s Eve, the gifts on Valentine’s Day.", date(2016, 3, 1)) == [
        ("New Year’s Eve", "DATE", "2015-12-31"), ("Valentine’s Day", "DATE", "2016-02-14")
    ]
    # Veterans Day as it is often misspelled
    assert found("He spoke on Veteran’s Day and marched on Veterans' Day.", date(2016, 3, 1)) == [
        ("Veteran’s Day", "DATE", "2015-11-11"), ("Veterans' Day", "DATE", "2015-11-11")
    ]


def test_election_day_is_the_coming_one_unless_a_past_verb_dates_it():
    assert found("As Election Day nears, independents dwindle, Stone said.", date(2016, 2, 18)) == [
        ("Election Day", "DATE", "2016-11-08")
    ]
    assert found("Obama won on Election Day; shoppers crowded stores on Black Friday.", date(2016, 12, 10)) == [
        ("Election Day", "DATE", "2016-11-08"), ("Black Friday", "DATE", "2016-11-25")
    ]


def test_super_tuesday_is_the_first_tuesday_in_march_of_a_presidential_election_year():
    assert found("Voters head to the polls on Super Tuesday.", date(2016, 1, 20)) == [
        ("Super Tuesday", "DATE", "2016-03-01")
    ]
    assert found("He won big on Super Tuesday.", date(2017, 5, 1)) == [("Super Tuesday", "DATE", "2016-03-01")]
    assert found("Super Tuesday lost its pull.", date(2018, 5, 1)) == []


def test_a_holiday_after_will_is_the_coming_one():
    assert found("The trains will not run between Christmas Day and New Year's Day.", date(2024, 2, 27)) == [
        ("Christmas Day", "DATE", "2024-12-25"), ("New Year's Day", "DATE", "2025-01-01")
    ]


def test_a_games_halves_and_quarters_are_no_parts_of_the_year():
    assert found("The visitors led at halftime and scored twice early in the second half.", date(1996, 8, 31)) == []
    assert found("He was stretchered off in the first half. The hosts outscored them 14-9 in the second half.",
                 date(1996, 8, 31)) == []
    text = "Two penalties in the first quarter put them 17-6 up, and a 30-10 lead came heading into the last quarter."
    assert found(text, date(1996, 8, 31)) == []
    assert found("He tries to recover in the second half.", date(1996, 8, 31)) == [("the second half", "DATE", "1996-H2")]
    assert found("She earned her fee with a fine second-half goal.", date(1996, 8, 26)) == []
    assert found("“So far this game is dull,” he posted during the first half.", date(2016, 2, 8)) == []
    assert found("Slough, after a rise in first-half profit, added 12-1/2p; profit will grow in the second half, short "
                 "of its annual goal.", date(1996, 8, 29)) == [
        ("first-half", "DATE", "1996-H1"), ("the second half", "DATE", "1996-H2")
    ]


def test_what_a_part_of_the_year_is_compared_with_or_whose_figures_are_told_has_no_tense_of_its_own():
    assert found("Spending may climb less quickly this quarter than in the first half.", date(1996, 8, 30)) == [
        ("this quarter", "DATE", "1996-Q3"), ("the first half", "DATE", "1996-H1")
    ]
    assert found("Second quarter output figures will be published soon.", date(1996, 8, 30)) == [
        ("Second quarter", "DATE", "1996-Q2"), ("soon", "DATE", "FUTURE_REF")
    ]
    # a base named through its level, pace or average, or after "from", as after "than"
    told = date(1996, 11, 6)
    assert found("Hiring is likely to slow, below the average pace of the first half.", told) == [
        ("the first half", "DATE", "1996-H1")
    ]
    assert found("Margins should widen from the first quarter.", told) == [("the first quarter", "DATE", "1996-Q1")]
    assert found("Margins should widen in the first quarter.", told) == [("the first quarter", "DATE", "1997-Q1")]


def test_a_forecast_told_in_the_past_looks_ahead():
    text = "Output was lifted by farm sales in the second quarter and she forecast a gain of 3.7 percent in Q4."
    assert found(text, date(1996, 8, 26)) == [("the second quarter", "DATE", "1996-Q2"), ("Q4", "DATE", "1996-Q4")]


def test_a_side_named_to_play_in_a_days_match_plays_in_the_nearest():
    assert found("On Friday she named the side to face Andorra in Saturday's qualifier.", date(1996, 8, 30)) == [
        ("Friday", "DATE", "1996-08-30"), ("Saturday", "DATE", "1996-08-31")
    ]
    assert found("He declined to comment on Saturday's attack.", date(1996, 8, 30)) == [
        ("Saturday", "DATE", "1996-08-24")
    ]
    # a guest asked to come to a day's event, whatever the tense
    text = "The post inviting Okafor to Monday night’s debate served just to taunt the mayor."
    assert found(text, date(2016, 9, 25)) == [("Monday night", "TIME", "2016-09-26TNI")]


def test_a_colon_after_the_date_opens_another_clause():
    assert found("Their plans for winning in November face an obstacle: they lost there once.", date(2016, 8, 8)) == [
        ("November", "DATE", "2016-11")
    ]
    assert found("He tried it in an interview on Tuesday: ''You could fairly say so,'' he said.", date(2016, 6, 9)) == [
        ("Tuesday", "DATE", "2016-06-07")
    ]


def test_a_holiday_or_month_that_closes_a_quoted_title_is_no_date():
    text = ("He played in “How the Grinch Stole Christmas,” and “Apollo 13.” Voters turn to the “Super Tuesday” "
            "primary on March 1.")
    assert found(text, date(2015, 11, 20)) == [
        ("Super Tuesday", "DATE", "2016-03-01"), ("March 1", "DATE", "2016-03-01")
    ]
    text = "His novels \"In the Year of January\" and “Last Days of August” sold; “What a Super Tuesday!” she said."
    assert found(text, date(2016, 3, 1)) == [("Super Tuesday", "DATE", "2016-03-01")]


def test_a_list_of_days_carries_on_the_year_its_story_began_in():
    text = ("The tour opens on May 13 next year, the board said on Friday. Schedule: May 13 Land in Cardiff. "
            "May 14 Nets at Taunton. June 5-9 First match.")
    assert found(text, date(1996, 8, 30))[2:] == [
        ("May 13", "DATE", "1997-05-13"), ("May 14", "DATE", "1997-05-14"), ("June 5", "DATE", "1997-06-05"),
        ("9", "DATE", "1997-06-09")
    ]


def test_a_year_alone_on_a_line_heads_the_days_that_open_the_lines_under_it():
    text = "2003\n20 January. Rebels clash with troops.\n\n2004:\n- 31 March. Donors meet. Envoys met on 5 May."
    assert found(text, date(2020, 2, 29)) == [
        ("2003", "DATE", "2003"), ("20 January", "DATE", "2003-01-20"), ("2004", "DATE", "2004"),
        ("31 March", "DATE", "2004-03-31"), ("5 May", "DATE", "2019-05-05")
    ]
    # a month alone that opens a list's line, before a dash, a colon or a stop, is the item's date
    assert found("2002\nJune- A grand assembly meets.\nMarch. Bombs hit.", date(2020, 2, 29))[1:] == [
        ("June", "DATE", "2002-06"), ("March", "DATE", "2002-03")
    ]


def test_a_clock_time_restated_in_brackets_or_after_a_slash_takes_the_day_after_them():
    assert found("The blast came at about 9:40 a.m. (0640 GMT) Friday; the truce starts at noon (0800 GMT) on "
                 "Sunday.", date(1998, 8, 8)) == [
        ("9:40 a.m.", "TIME", "1998-08-07T09:40"), ("Friday", "DATE", "1998-08-07"),
        ("noon", "TIME", "1998-08-09T12:00"), ("Sunday", "DATE", "1998-08-09")
    ]
    # the sentence goes on after "a.m." before the brackets, so the past before the time tells the day's tense; a
    # midnight may name its zone
    assert found("The truce began at 10 a.m. (0700 GMT) on Saturday.", date(2024, 5, 16)) == [
        ("10 a.m.", "TIME", "2024-05-11T10:00"), ("Saturday", "DATE", "2024-05-11")
    ]
    assert found("A ceasefire took effect at midnight local time on Saturday.", date(2024, 5, 16)) == [
        ("midnight local time on Saturday", "TIME", "2024-05-11T24:00")
    ]
    # or after a slash: "1400 EDT / 1800 GMT", with a 24-hour clock in an American zone
    assert found("Trading closes early at 1300 EDT / 1700 GMT on Monday.", date(1996, 8, 30)) == [
        ("1300 EDT", "TIME", "1996-09-02T13:00"), ("1700 GMT on Monday", "TIME", "1996-09-02T17:00")
    ]


def test_a_short_month_before_a_capitalized_word_is_a_name():
    assert found("Costa beat Moreno 6-3 7-6\nJan Peeters beat Ruud. Talks resumed on 5 Jan; on Jan 5 Reuters "
                 "said so.", date(1996, 8, 27)) == [("5 Jan", "DATE", "1996-01-05"), ("Jan 5", "DATE", "1996-01-05")]


def test_a_span_counted_from_a_year_or_month_is_known_no_finer():
    assert found("1870 - The emperor lost his throne, having given up two days earlier.", date(1996, 8, 28))[-1] == (
        "two days earlier", "DATE", "1870"
    )
    assert found("The court acted in February. The judge died four days later.", date(2016, 4, 23))[-1] == (
        "four days later", "DATE", "2016-02"
    )
    assert found("The court acted on Feb. 9. The judge died four days later.", date(2016, 4, 23))[-1] == (
        "four days later", "DATE", "2016-02-13"
    )


def test_a_text_of_periods_without_quarters_is_no_quarterly_report():
    text = ("Sales in the first 10 months rose from the same period in 2014, $52 million more than a year ago; "
            "export sales grew 18 percent over the same period.")
    assert found(text, date(2015, 11, 13))[-1] == ("more than a year ago", "DATE", "2014")


def test_quarters_in_a_text_that_reports_no_results_make_no_quarterly_report():
    text = ("Her rating fell nine points from its first-quarter average and stands below the first quarter's. "
            "A year ago, few voters knew the senator.")
    assert found(text, date(2016, 4, 20))[-1] == ("A year ago", "DATE", "2015")
    results = "Net income in the third quarter rose from a year ago, the company said; sales fell in the quarter."
    assert ("a year ago", "DATE", "2015-Q3") in found(results, date(2016, 10, 20))


def test_a_half_dozen_counts_six_and_names_no_half_year():
    text = "After slips over the past half-dozen days, he waited half a dozen weeks, then a dozen months."
    assert found(text, date(2016, 4, 10)) == [
        ("the past half-dozen days", "DURATION", "P6D"), ("half a dozen weeks", "DURATION", "P6W"),
        ("a dozen months", "DURATION", "P12M")
    ]


def test_a_season_takes_the_year_its_sentence_named():
    text = ("He first ran in 1992. He rebuilt his standing between the final contests in early June of that year and "
            "his party's convention later in the summer. Sales fell in 2015 and will rise over the summer.")
    assert [t[2] for t in found(text, date(2016, 4, 20))] == ["1992", "1992-06", "1992-SU", "2015", "2016-SU"]
    # an edge of a season told in the past is no year's end still to come
    assert found("He campaigned hard late in the summer.", date(2016, 9, 20)) == [
        ("late in the summer", "DATE", "2016-SU")
    ]
    # a day of the writing's own year leaves the season to the tense
    assert found("On Dec. 1, officials said talks would resume in the summer.", date(2016, 12, 5))[-1] == (
        "the summer", "DATE", "2017-SU"
    )


def test_a_season_across_the_turn_of_a_year_is_of_the_year_it_began_in():
    assert found("Prices doubled in the winter of 1978-79 and again over winter 2022/23.") == [
        ("the winter of 1978-79", "DATE", "1978-WI"), ("winter 2022/23", "DATE", "2022-WI")
    ]
    assert found("The protests of the winter of 2004-5 and the winter of 1999-2000 failed.") == [
        ("the winter of 2004-5", "DATE", "2004-WI"), ("the winter of 1999-2000", "DATE", "1999-WI")
    ]
    assert found("The drought of the summer of 1994-96 lasted.") == [("1994", "DATE", "1994"), ("96", "DATE", "1996")]


def test_a_long_aside_after_an_opening_phrase_and_a_vs_leave_the_main_clause_its_tense():
    text = ("In January, a week after the 30th anniversary of the Smith vs. Jones verdict by the high court, a "
            "bombing at a clinic killed a guard.")
    assert found(text, date(1998, 10, 25))[0] == ("January", "DATE", "1998-01")


def test_a_relative_clause_right_after_a_tenseless_date_gives_its_tense():
    told = "She has been guarded, offering little beyond an essay in May, in which she urged a review."
    assert found(told, date(2015, 11, 24)) == [("May", "DATE", "2015-05")]
    planned = "She has been cagey, offering little beyond a summit in May, at which leaders will sign it."
    assert found(planned, date(2015, 11, 24)) == [("May", "DATE", "2016-05")]


def test_a_where_clause_on_a_place_after_a_date_has_its_own_tense():
    text = "Their second game is on Sunday against Kenya at the ground in Colombo where they beat Zimbabwe."
    assert found(text, date(1996, 8, 28)) == [("Sunday", "DATE", "1996-09-01")]


def test_a_relative_clause_on_the_noun_a_date_stands_before_gives_its_tense():
    # "the February debate" has no verb of its own in its clause; the clause on "debate" tells when it was
    assert found("Rubio and the February debate that sank his campaign.", date(2016, 11, 1)) == [
        ("February", "DATE", "2016-02")
    ]
    assert found("Rubio and the February debate, which sank his campaign.", date(2016, 11, 1)) == [
        ("February", "DATE", "2016-02")
    ]
    assert found("Rubio and the February debate that will test him.", date(2016, 11, 1)) == [
        ("February", "DATE", "2017-02")
    ]
    # after a quotation whose "if" no longer rules the words after it: "…as Christie did to Rubio” in the February…"
    told = "If she dodges I can see him mocking her as Christie did to Rubio” in the February debate that sank him."
    assert found(told, date(2016, 9, 1)) == [("February", "DATE", "2016-02")]


def test_an_if_inside_a_quotation_does_not_make_the_words_after_it_a_condition():
    # the narrator's words go on after the closing mark: "was" dates the debate, not the quote's "if"
    assert found("“I will resign if I lose” was his line in the February debate.", date(2016, 11, 1)) == [
        ("February", "DATE", "2016-02")
    ]
    assert found("``I will resign if I lose'' was his line in the February debate.", date(2016, 11, 1)) == [
        ("February", "DATE", "2016-02")
    ]
    # a quotation opened after the "if" is within the condition: "If the “deal” collapses in March"
    assert found("If the “deal” collapses in February, we walk.", date(2016, 11, 1)) == [
        ("February", "DATE", "2017-02")
    ]


def test_a_clock_time_of_four_figures_in_local_time():
    assert found("Play may go on until 1900 local time.", date(1996, 8, 23)) == [
        ("1900 local time", "TIME", "1996-08-23T19:00")
    ]
    # or a place's time
    assert found("At 0300 Kabul time the convoy left; the launch is at 2 p.m. Moscow time.", date(1996, 8, 23)) == [
        ("0300 Kabul time", "TIME", "1996-08-23T03:00"), ("2 p.m. Moscow time", "TIME", "1996-08-23T14:00")
    ]
    # of two words or a country's letters, and after noon or midnight
    text = "Markets shut at 4pm New York time and reopen at 9am UK time; the vote ends at noon Beijing time."
    assert found(text, date(2026, 3, 10)) == [
        ("4pm New York time", "TIME", "2026-03-10T16:00"), ("9am UK time", "TIME", "2026-03-10T09:00"),
        ("noon Beijing time", "TIME", "2026-03-10T12:00"),
    ]
    # or a zone's name alone, as American copy writes it, before the day; not a name that goes on
    text = "The deadline is 5 p.m. Eastern on Friday; at 3 p.m. Central Park was full."
    assert found(text, date(2026, 3, 10)) == [
        ("5 p.m. Eastern on Friday", "TIME", "2026-03-13T17:00"), ("3 p.m.", "TIME", "2026-03-10T15:00")
    ]
    # and the zone's whole name in lower case, as official notices write it, before the day it gives
    text = "The order takes effect at 12:05 a.m. eastern standard time on April 2."
    assert found(text, date(2026, 3, 10)) == [
        ("12:05 a.m. eastern standard time on April 2", "TIME", "2026-04-02T00:05")
    ]


def test_the_first_or_last_days_or_half_of_a_period_are_its_start_or_end():
    told = date(2022, 9, 10)
    text = ("In the last days of August crowds gathered; by the second half of September flights resumed. In the "
            "closing days of 2021 and the final days of last month prices rose, as in the last weeks of the year.")
    assert read_mods(text, told) == [
        ("the last days of August", "2022-08", "END"), ("the second half of September", "2022-09", "END"),
        ("the closing days of 2021", "2021", "END"), ("the final days of last month", "2022-08", "END"),
        ("the last weeks of the year", "2021", "END"),
    ]
    assert read_mods("The first half of 2024 was calm.", told) == [
        ("The first half of 2024", "2024-H1", None)
    ]
    # a month's fortnights are its halves, as Indian copy counts them
    assert read_mods("Exports fell in the first fortnight of August and the last fortnight of last month.", told) == [
        ("the first fortnight of August", "2022-08", "START"), ("the last fortnight of last month", "2022-08", "END")
    ]


def test_an_article_after_a_span_word_opens_another_expression():
    assert found("Novak, who made the final a week ago, lost.", date(1996, 8, 26)) == [
        ("a week ago", "DATE", "1996-W34")
    ]


def test_an_e_mail_headers_clock_time_and_a_part_of_a_day_in_brackets():
    assert found("Date: Thu, 11 Mar 2004 02:39:27 -0800\nSubject: cats", date(2004, 4, 18)) == [
        ("Thu, 11 Mar 2004", "DATE", "2004-03-11"), ("02:39:27 -0800", "TIME", "2004-03-11T02:39:27")
    ]
    assert found("At this moment (evening of Jan. 27, 2006) it looks close.", date(2006, 1, 28)) == [
        ("evening of Jan. 27, 2006", "TIME", "2006-01-27TEV")
    ]


def test_dates_and_times_as_news_in_other_countries_writes_them():
    told = date(2021, 9, 10)
    assert found("The talks on 3rd and 4th September, and between the 3rd and 5th of October.", told) == [
        ("3rd", "DATE", "2021-09-03"), ("4th September", "DATE", "2021-09-04"), ("3rd", "DATE", "2021-10-03"),
        ("5th of October", "DATE", "2021-10-05")
    ]
    # and with a hyphen between the days
    assert found("The summit ran 8th-9th September.", told) == [
        ("8th", "DATE", "2021-09-08"), ("9th September", "DATE", "2021-09-09")
    ]
    assert found("Kabul fell on Aug. 15, '21; he was born Jan. 3, '48.", told) == [
        ("Aug. 15, '21", "DATE", "2021-08-15"), ("Jan. 3, '48", "DATE", "1948-01-03")
    ]
    # dashes and dots with the year last are written day first; with the year first, as ISO dates are
    assert found("It fell on 15-08-2021 (2021.08.15); talks began on 11-10-2021.", told) == [
        ("15-08-2021", "DATE", "2021-08-15"), ("2021.08.15", "DATE", "2021-08-15"), ("11-10-2021", "DATE", "2021-10-11")
    ]
    # unless the month cannot be one, as in the American form, which the rest of that text follows
    assert found("It fell on 08-15-2021; talks began on 11-10-2021, not 15-15-2021.", told) == [
        ("08-15-2021", "DATE", "2021-08-15"), ("11-10-2021", "DATE", "2021-11-10")
    ]
    assert found("The budget for FY2023-24 passed; FY2024-2025 is next.", told) == [
        ("FY2023", "DATE", "2023"), ("24", "DATE", "2024"), ("FY2024", "DATE", "2024"), ("2025", "DATE", "2025")
    ]
    assert found("Revenue for FY2025/26 will rise.", told) == [("FY2025", "DATE", "2025"), ("26", "DATE", "2026")]
    assert found("The plan spans FY25-FY27.", told) == [("FY25", "DATE", "2025"), ("FY27", "DATE", "2027")]
    assert found("Posted: 15 Aug, 2021 10:30 IST. Polls close at 18:00 CEST on Sunday.", told) == [
        ("15 Aug, 2021", "DATE", "2021-08-15"), ("10:30 IST", "TIME", "2021-08-15T10:30"),
        ("18:00 CEST on Sunday", "TIME", "2021-09-12T18:00")
    ]


def test_a_text_that_writes_the_day_before_the_month_in_words_writes_numbers_day_first():
    told = date(2024, 11, 13)
    words_day_first, words_month_first = "talks resume on 20 November.", "talks resume on November 20."
    assert found(f"Statement of 3/10/2024: {words_day_first}", told)[0] == ("3/10/2024", "DATE", "2024-10-03")
    assert found(f"Statement of 3/10/2024: {words_month_first}", told)[0] == ("3/10/2024", "DATE", "2024-03-10")


def test_a_time_of_day_told_ahead_is_of_the_day_to_come_its_sentence_just_named():
    told = date(2026, 3, 10)
    assert found("Snow showers linger into Thursday morning before clearing by afternoon.", told)[1] == (
        "afternoon", "TIME", "2026-03-12TAF"
    )
    assert found("The vote is on Friday; polls close at 8 p.m.", told)[1] == ("8 p.m.", "TIME", "2026-03-13T20:00")
    # not in the next sentence, nor where the tense does not look ahead
    assert found("The vote is on Friday. Polls close at 8 p.m.", told)[1] == ("8 p.m.", "TIME", "2026-03-10T20:00")
    text = "To remind people to be there Monday night, they set out just after 2 p.m."
    assert found(text, date(2016, 1, 31))[1] == ("2 p.m.", "TIME", "2016-01-31T14:00")
    # a phrase of detail on the day's event gives its time, whatever the tense but the past
    assert found("The first leg is on Friday, with kickoff at 8:30 p.m.", told)[1] == (
        "8:30 p.m.", "TIME", "2026-03-13T20:30"
    )


def test_a_posts_stamp_counts_back_from_the_telling():
    told = date(2026, 3, 10)
    assert found("Updated 2h ago; posted 5d ago; edited 3mo ago; joined 1y ago; 2 wks ago.", told) == [
        ("2h ago", "DATE", "2026-03-10"), ("5d ago", "DATE", "2026-03-05"), ("3mo ago", "DATE", "2025-12"),
        ("1y ago", "DATE", "2025"), ("2 wks ago", "DATE", "2026-W09"),
    ]
    # not a figure's millions, nor a unit joined to a decimal
    assert found("Sales were 4.2m ago and a 6m drop.", told) == []


def test_a_pages_stamp_gives_its_clock_time_its_date():
    told = date(2026, 3, 10)
    assert found("Sun 8 Mar 2026 | 10:15 GMT", told) == [
        ("Sun 8 Mar 2026", "DATE", "2026-03-08"), ("10:15 GMT", "TIME", "2026-03-08T10:15")
    ]
    assert found("Filed: 09 Mar 2026 22:40", told) == [
        ("09 Mar 2026", "DATE", "2026-03-09"), ("22:40", "TIME", "2026-03-09T22:40")
    ]
    # and a post's stamp, its time before its date
    assert found("4:12 PM · Mar 6, 2026", told) == [
        ("4:12 PM", "TIME", "2026-03-06T16:12"), ("Mar 6, 2026", "DATE", "2026-03-06")
    ]
    assert found("12:16 | 27.02.2026", told) == [
        ("12:16", "TIME", "2026-02-27T12:16"), ("27.02.2026", "DATE", "2026-02-27")
    ]
    assert found("Sets: 12:16 | 14:10", told) == []  # no date after it
    # its date and time set apart by a dash
    assert found("Updated: 28/02/2026 - 17:40", told) == [
        ("28/02/2026", "DATE", "2026-02-28"), ("17:40", "TIME", "2026-02-28T17:40")
    ]
    assert found("Mar 9, 2026 – 5:40 PM EDT", told) == [
        ("Mar 9, 2026", "DATE", "2026-03-09"), ("5:40 PM EDT", "TIME", "2026-03-09T17:40")
    ]
    # or a slash, after a date written with its year first too
    assert found("Date 2026.02.27 / 09:12", told) == [
        ("2026.02.27", "DATE", "2026-02-27"), ("09:12", "TIME", "2026-02-27T09:12")
    ]
    # a year that no date ends
    assert found("In 2025 10:30 was the usual start; the 2015 - 10:30 slot.", told) == [("2025", "DATE", "2025")]


def test_a_date_in_numbers_without_a_year_after_on():
    told = date(2024, 11, 13)
    # month first, as American copy writes it, unless the month cannot be one; the year the tense makes likeliest
    assert found("The vote is on 12/3; it was delayed on 28/10 and again on 11/2 at noon.", told) == [
        ("12/3", "DATE", "2024-12-03"), ("28/10", "DATE", "2024-10-28"), ("11/2", "DATE", "2024-11-02"),
        ("noon", "TIME", "2024-11-02T12:00"),
    ]
    # a fraction, or a number before a noun, is no date
    assert found("They agreed on 3/4 of the plan; add sugar on 1/2 cup; Senate Votes On 9/11 Victims Fund.", told) == []
    # with its weekday before it, one expression, read day first where only so it falls on the weekday
    assert found("They met on Tuesday 5/11 and will meet again on Friday, 11/22.", told) == [
        ("Tuesday 5/11", "DATE", "2024-11-05"), ("Friday, 11/22", "DATE", "2024-11-22")
    ]
    # and its short form, capitalized ("wed" in lower case is a verb)
    assert found("They met on Tue 5/11 and meet again on Fri. 22/11.", told) == [
        ("Tue 5/11", "DATE", "2024-11-05"), ("Fri. 22/11", "DATE", "2024-11-22")
    ]


def test_a_date_open_to_both_orders_is_read_in_the_one_its_firm_tense_allows():
    told = date(2024, 11, 13)
    said = "The ministry said on 12/11/2024 that talks would go on."
    assert found(said, told) == [("12/11/2024", "DATE", "2024-11-12")]
    assert found("The hearing will be held on 3/12/2024.", told) == [("3/12/2024", "DATE", "2024-12-03")]
    # where both fit, or the tense is no firm one, month first
    assert found("The law passed on 1/11/2024.", told) == [("1/11/2024", "DATE", "2024-01-11")]
    assert found("The hearing is set for 12/11/2024.", told) == [("12/11/2024", "DATE", "2024-12-11")]
    # a stamp that is the telling's day only read day first, unless a firm future looks ahead
    stamped = date(2024, 11, 12)
    assert found("Updated: 12/11/2024 14:05 GMT", stamped)[0] == ("12/11/2024", "DATE", "2024-11-12")
    assert found("The hearing will be held on 12/11/2024.", stamped) == [("12/11/2024", "DATE", "2024-12-11")]


def test_a_table_dates_its_figures_in_brackets():
    told = date(1996, 8, 23)
    # the year written short after a slash; a day in brackets after a figure is when it was recorded, so past
    assert found("Nikkei -- 37,402.15 (Dec 29/89); Hang Seng -- 11,876.40 (Jan 4/94); talks on May 12/13.", told) == [
        ("Dec 29/89", "DATE", "1989-12-29"), ("Jan 4/94", "DATE", "1994-01-04"), ("May 12", "DATE", "1996-05-12")
    ]
    # a table's month and year in two figures that can be no day, with no word after them
    assert found("Stocks (tonnes): Aug 96 July 96 Aug 95 Total 2,150; in June 45 people died.", told) == [
        ("Aug 96", "DATE", "1996-08"), ("July 96", "DATE", "1996-07"), ("Aug 95", "DATE", "1995-08")
    ]
    assert found("NAIROBI 4,120.75 - 18.30 4,210.00 3,905.40 (midday) (May 22) (Jan 10)", told)[-2:] == [
        ("May 22", "DATE", "1996-05-22"), ("Jan 10", "DATE", "1996-01-10")
    ]


def test_cricket_counts_runs_in_centuries_and_plays_the_one_day_game():
    told = date(1996, 8, 27)
    assert found("He has 1,429 runs, having hit five centuries; he scored a century in the first innings.", told) == []
    assert found("The one-day international series starts on Thursday with a one-day (50 overs) match.", told) == [
        ("Thursday", "DATE", "1996-08-29")
    ]
    assert found("The church stood for five centuries; workers held a one-day strike.", told) == [
        ("five centuries", "DURATION", "P500Y"), ("one-day", "DURATION", "P1D")
    ]


def test_hours_and_minutes_with_no_zone_after_a_preposition_of_time():
    assert found("The deadline passed at 23:59 on 31 August; the meeting began at 9:30 on Monday.",
                 date(2022, 9, 10)) == [
        ("23:59 on 31 August", "TIME", "2022-08-31T23:59"), ("9:30 on Monday", "TIME", "2022-09-05T09:30")
    ]
    # a habit's hour is no day's, though "as always" tells of one day
    assert found("I always had to be home by 9:30. As always, the meeting began at 10 a.m.", date(2022, 9, 10)) == [
        ("9:30", "TIME", "XXXX-XX-XXT09:30"), ("10 a.m.", "TIME", "2022-09-10T10:00")
    ]
    # a score or a verse is no time; a second time after noon puts the first there too
    assert found("They won 14:30 in points; read John 3:16.", date(2022, 9, 10)) == []
    # hours and minutes dashed to more are a range of clock times, but after a name a verse
    assert found("Voting ran 10:00-14:00 GMT; he read John 3:16-3:18.", date(2022, 9, 10)) == [
        ("10:00", "TIME", "2022-09-10T10:00"), ("14:00 GMT", "TIME", "2022-09-10T14:00")
    ]
    assert found("He left around 5:30 or 6:00 in the evening; the shop is open from 4:30 to 6 p.m.",
                 date(2022, 9, 10)) == [
        ("5:30", "TIME", "2022-09-10T17:30"), ("6:00 in the evening", "TIME", "2022-09-10T18:00"),
        ("4:30", "TIME", "2022-09-10T16:30"), ("6 p.m.", "TIME", "2022-09-10T18:00")
    ]


def test_a_bare_clock_time_after_a_days_possessive_or_a_move_to_it():
    told = date(2024, 5, 13)  # a Monday
    # a day's own clock time, and the one a move takes it to, which keeps the day
    assert found("Sunday's 8:30 start was pushed back to 11:15.", told) == [
        ("Sunday", "DATE", "2024-05-12"), ("8:30", "TIME", "2024-05-12T08:30"), ("11:15", "TIME", "2024-05-12T11:15")
    ]
    assert found("The vote was brought forward to 9:45.", told) == [("9:45", "TIME", "2024-05-13T09:45")]
    # not a level something rises to
    assert found("Shares rose to 10:30 levels.", told) == []


def test_a_bare_clock_time_in_the_afternoon_or_ending_a_range():
    told = date(2022, 9, 7)
    # said without "a.m.", an hour up to six is the afternoon's; a weekday before "at" names its day
    assert found("Can we meet Thursday at 3:30? He locked the doors at 5:30.", told) == [
        ("Thursday at 3:30", "TIME", "2022-09-08T15:30"), ("5:30", "TIME", "2022-09-07T17:30")
    ]
    # with a leading zero, the 24-hour clock's
    assert found("The truce took effect at 04:00 (01:00 GMT).", told) == [("04:00", "TIME", "2022-09-07T04:00")]
    # a range runs forward, from a clock time only ("John 3:16 and 3:17" is a verse)
    assert found("He is busy from 9:30 until 3:00, then between 10:30 and 11:45. Read John 3:16 and 3:17.", told) == [
        ("9:30", "TIME", "2022-09-07T09:30"), ("3:00", "TIME", "2022-09-07T15:00"),
        ("10:30", "TIME", "2022-09-07T10:30"), ("11:45", "TIME", "2022-09-07T11:45")
    ]
    assert found("The curfew runs from 22:00 until 1:00.", told) == [
        ("22:00", "TIME", "2022-09-07T22:00"), ("1:00", "TIME", "2022-09-08T01:00")
    ]
    # a date or a weekday before a range of clock times gives both ends its day, but not a habit's
    assert found("Can we meet Monday, September 12, between 1:30 and 4:00?", told)[1:] == [
        ("1:30", "TIME", "2022-09-12T13:30"), ("4:00", "TIME", "2022-09-12T16:00")
    ]
    assert found("They have until Friday at noon. Every Friday, from 9 a.m. to noon, he met them.", told)[:3] == [
        ("Friday", "DATE", "2022-09-09"), ("noon", "TIME", "2022-09-09T12:00"), ("Every Friday", "SET", "XXXX-WXX-5")
    ]
    assert found("The panel meets from 5:00-6:30 p.m. on Monday, September 12.", told)[:2] == [
        ("5:00", "TIME", "2022-09-12T17:00"), ("6:30 p.m. on Monday, September 12", "TIME", "2022-09-12T18:30")
    ]
    # a bare hour that starts a range takes the end's half of the day, and its day
    assert found("They meet from 7 to 9 p.m. on Monday and between 11 and 1 p.m. on Friday.", told) == [
        ("7", "TIME", "2022-09-05T19:00"), ("9 p.m. on Monday", "TIME", "2022-09-05T21:00"),
        ("11", "TIME", "2022-09-09T11:00"), ("1 p.m. on Friday", "TIME", "2022-09-09T13:00")
    ]
    assert found("Prices rose from 9 to 11 percent.", told) == []
    # a range of two clock times joined by a hyphen reads its end too
    assert found("The polls are open 7am-10pm today; the desk, 9 a.m.-5 p.m.", told) == [
        ("7am", "TIME", "2022-09-07T07:00"), ("10pm today", "TIME", "2022-09-07T22:00"),
        ("9 a.m.", "TIME", "2022-09-07T09:00"), ("5 p.m.", "TIME", "2022-09-07T17:00")
    ]
    # the end's day is the start's too, and a start on a named day gives it to the end
    assert found("The clinic is open from 9:30 until 3:00 on Friday.", told) == [
        ("9:30", "TIME", "2022-09-09T09:30"), ("3:00 on Friday", "TIME", "2022-09-09T15:00")
    ]
    # and a time a thing closes at, after the one it opens at, is such an end (not another thing's time)
    assert found("Polls open at 7am and close at 10pm on Friday.", told) == [
        ("7am", "TIME", "2022-09-09T07:00"), ("10pm on Friday", "TIME", "2022-09-09T22:00")
    ]
    assert found("He left at 5pm and came back at 9am on Friday.", told)[0] == ("5pm", "TIME", "2022-09-07T17:00")
    assert found("The clinic is open Saturday morning between 9-11 a.m.", told)[1:] == [
        ("9", "TIME", "2022-09-10T09:00"), ("11 a.m.", "TIME", "2022-09-10T11:00")
    ]
    # a bare start is the last such hour not after its end
    assert found("It is open from 11:30 to 1 p.m. and from 5:30 to 6 a.m.", told) == [
        ("11:30", "TIME", "2022-09-07T11:30"), ("1 p.m.", "TIME", "2022-09-07T13:00"),
        ("5:30", "TIME", "2022-09-07T05:30"), ("6 a.m.", "TIME", "2022-09-07T06:00")
    ]
    assert found("It is open from 2 p.m. to 4:00 and from 10 p.m. to 1:00.", told) == [
        ("2 p.m.", "TIME", "2022-09-07T14:00"), ("4:00", "TIME", "2022-09-07T16:00"),
        ("10 p.m.", "TIME", "2022-09-07T22:00"), ("1:00", "TIME", "2022-09-08T01:00")
    ]


def test_a_clock_time_with_a_stray_space_after_its_colon_keeps_its_hour():
    assert found("11: 06 a.m.\nThe candidate landed.", date(2016, 2, 8))[0] == ("11: 06 a.m.", "TIME", "2016-02-08T11:06")


def test_midweek_midmonth_and_midyear_are_the_middle_of_the_one_the_tense_points_to():
    friday, monday = date(2024, 5, 31), date(2024, 5, 27)
    assert read_mods("Bond yields slid midweek.", friday) == [("midweek", "2024-W22", "MID")]
    assert read_mods("Bond yields slid midweek.", monday) == [("midweek", "2024-W21", "MID")]
    assert read_mods("A mid-week vote will follow.", friday) == [("mid-week", "2024-W23", "MID")]
    # as a month's middle is its 15th, and a year's 1 July
    april, september = date(2025, 4, 18), date(2025, 9, 18)
    assert read_mods("A ruling is due by mid-year; sales fell at midyear.", april) == [
        ("mid-year", "2025", "MID"), ("midyear", "2024", "MID")
    ]
    assert read_mods("Sales fell at midyear.", september) == [("midyear", "2025", "MID")]
    assert read_mods("Sales fell by mid-month; they will rise by mid-month.", september) == [
        ("mid-month", "2025-09", "MID"), ("mid-month", "2025-10", "MID")
    ]
    # a decade's middle is its fifth year and a century's its fiftieth, after a preposition: not a style of furniture
    told = date(2024, 7, 5)
    assert read_mods("By mid-decade, a rail link opens; emissions end by midcentury.", told) == [
        ("mid-decade", "202", "MID"), ("midcentury", "20", "MID")
    ]
    assert read_mods("They bought mid-century furniture.", told) == []
    assert read_mods("Fans of mid-century furniture flocked.", told) == []
    assert read_mods("By mid-decade, the link will open.", date(2028, 7, 5)) == [("mid-decade", "203", "MID")]


def test_the_turn_of_the_year_is_the_new_year_the_tense_points_to():
    assert read_mods("Since the turn of the year, rents have doubled.", date(2024, 4, 2)) == [
        ("the turn of the year", "2024-01-01", "APPROX")
    ]
    assert read_mods("The mine will reopen at the turn of the year.", date(2024, 4, 2)) == [
        ("the turn of the year", "2025-01-01", "APPROX")
    ]
    # a decade turns as a century does: to the nearest, or the coming one late in a decade
    assert read_mods("Ferries stopped by the turn of the decade.", date(2024, 4, 2)) == [
        ("the turn of the decade", "2020", "APPROX")
    ]
    assert read_mods("Ferries stop by the turn of the decade.", date(2028, 4, 2))[0][1] == "2030"


def test_year_to_date_is_the_telling_s_year_so_far():
    assert found("Freight volumes are down 6% year-to-date.") == [("year-to-date", "DATE", "2024")]
    assert found("The fund is up 9% YTD; ytd is no initialism.") == [("YTD", "DATE", "2024")]
    assert found("Fares rose 2% month to date.") == [("month to date", "DATE", "2024-05")]
    assert found("He has served a year to date.") == [("a year", "DURATION", "P1Y")]  # a count, not the year so far


def test_the_weekend_told_on_a_sunday_is_the_one_ending_that_day():
    text = "Officials expect the pact to be signed over the weekend and crews to return to work next week."
    assert found(text, date(2016, 5, 29)) == [("the weekend", "DATE", "2016-W21-WE"), ("next week", "DATE", "2016-W22")]
    assert found(text, date(2016, 5, 26))[0] == ("the weekend", "DATE", "2016-W21-WE")  # told on the Thursday


def test_weekends_are_counted_as_weeks_are():
    assert found("The rally took place two weekends ago.", date(2016, 2, 10)) == [
        ("two weekends ago", "DATE", "2016-W04-WE")
    ]
    assert found("They met the weekend before last.", date(2016, 2, 10)) == [
        ("the weekend before last", "DATE", "2016-W04-WE")
    ]
    assert found("A weekend later, they left.", date(2016, 2, 10)) == [("A weekend later", "DATE", "XXXX-WXX-WE")]
    # set beside a date known to the month, a count of weekends restates it
    text = "Protests peaked in February 2014; polls came in March 2014, two weekends later, and he flew in."
    assert found(text, date(2016, 2, 10))[2] == ("two weekends later", "DATE", "2014-03")


def test_whole_weeks_counted_from_a_day_name_a_day():
    text = "He came a week ago Monday, she voted two Sundays ago, and the vote is a week from Tuesday."
    assert found(text, date(2016, 2, 10)) == [
        ("a week ago Monday", "DATE", "2016-02-01"), ("two Sundays ago", "DATE", "2016-01-31"),
        ("a week from Tuesday", "DATE", "2016-02-23"),
    ]
    assert found("We'll see a week from tonight and a week from today.", date(2016, 2, 10)) == [
        ("a week from tonight", "TIME", "2016-02-17TNI"), ("a week from today", "DATE", "2016-02-17")
    ]
    assert found("We'll see a week from tonight.", None) == [("a week from tonight", "TIME", "XXXX-XX-XXTNI")]
    # counted back from the telling's day, or from the day before it
    assert found("The mill shut a week ago today and the port two weeks ago yesterday.", date(2016, 2, 10)) == [
        ("a week ago today", "DATE", "2016-02-03"), ("two weeks ago yesterday", "DATE", "2016-01-26")
    ]
    # as British papers count them: "a week today", "a fortnight on Friday", "Tuesday week"
    text = "The vote is a week today, the count a fortnight on Friday and the result Tuesday week."
    assert found(text, date(2016, 2, 10)) == [
        ("a week today", "DATE", "2016-02-17"), ("a fortnight on Friday", "DATE", "2016-02-26"),
        ("Tuesday week", "DATE", "2016-02-23"),
    ]
    assert found("The appeal is heard Thursday fortnight.", date(2016, 2, 10)) == [
        ("Thursday fortnight", "DATE", "2016-02-25")
    ]
    # "in two years' time" counts from now; "took a year's time" and "in an hour's time" are spans
    assert found("The pact ends in two years' time; it took a year's time, and talks resume in an hour's time.",
                 date(2016, 2, 10)) == [
        ("two years' time", "DATE", "2018"), ("a year's time", "DURATION", "P1Y"),
        ("an hour's time", "DURATION", "PT1H"),
    ]
    # told in the past, a span and then its day; and "Super Tuesday week" is that week
    assert found("He met them twice in under a week on Monday.", date(2016, 2, 10)) == [
        ("a week", "DURATION", "P1W"), ("Monday", "DATE", "2016-02-08")
    ]
    assert found("It was a busy Super Tuesday week.", date(2016, 3, 4))[0][0] == "Super Tuesday week"


def test_an_end_told_in_the_past_before_the_current_one_has_come_is_the_last():
    assert [t[2] for t in found("The firm bought bonds at the end of the year and the end of the month.",
                                date(2016, 3, 17))] == ["2015", "2016-02"]  # fmt: skip
    assert found("The firm will sell shares by the end of the year.", date(2016, 3, 17))[0][2] == "2016"
    text = "A fresh push against the militia aims to crush it before the end of the year."
    assert found(text, date(2016, 8, 29))[0] == ("the end of the year", "DATE", "2016")
    # a date in an aside on the subject is not the month the clause tells of, as one that opens it is
    assert found("The mill, opened in March 2019, closed at the end of the month.", date(2025, 3, 14))[1] == (
        "the end of the month", "DATE", "2025-02"
    )
    assert found("In March 2019 the mill closed at the end of the month.", date(2025, 3, 14))[1] == (
        "the end of the month", "DATE", "2019-03"
    )


def test_a_modal_after_and_opens_another_clause():
    text = "Guards gave no grounds for holding him on Friday and would not say where he was."
    assert found(text, date(1996, 8, 31)) == [("Friday", "DATE", "1996-08-30")]


def test_a_contract_month_in_a_market_report_is_due_this_month_or_ahead():
    text = ("Bond futures slid. December bonds broke below the July 30 low, the December calendar spread narrowed and "
            "March T-bills were off 9 bps.")
    assert found(text, date(1996, 8, 30)) == [
        ("December", "DATE", "1996-12"), ("July 30", "DATE", "1996-07-30"), ("December", "DATE", "1996-12"),
        ("March", "DATE", "1997-03")
    ]
    text = "Copper futures fell. December COMEX settled lower; December T-bonds and March Euromark futures rose."
    assert [value for _, _, value in found(text, date(1996, 8, 30))] == ["1996-12", "1996-12", "1997-03"]
    text = "Brent for delivery in November gained 45 cents to $71.20 a barrel."
    assert found(text, date(2005, 9, 22)) == [("November", "DATE", "2005-11")]
    # months listed figure by figure after a contract month run forward, in a sentence that names contracts
    text = ("Volatility was 13.50 for September contract, 15.25 for December and 18.75 for March. That compared "
            "with 17.25 for September contract and 19.00 for June. Prices rose 0.3 for July after 0.2 for June.")
    assert [value for _, _, value in found(text, date(1996, 8, 23))] == [
        "1996-09", "1996-12", "1997-03", "1996-09", "1997-06", "1996-07", "1996-06"
    ]
    # or after a sentence that does
    text = "Volatility was 13.50 for September contract. It was 17.25 for September, 19.00 for December."
    assert [value for _, _, value in found(text, date(1996, 8, 23))] == ["1996-09", "1996-09", "1996-12"]


def test_a_month_that_opens_a_range_takes_the_year_of_its_end():
    text = "Bodies were found between July and December 1995; from November to February 1997 the envoys met."
    assert found(text, date(1996, 8, 24)) == [
        ("July", "DATE", "1995-07"), ("December 1995", "DATE", "1995-12"), ("November", "DATE", "1996-11"),
        ("February 1997", "DATE", "1997-02")
    ]


def test_a_monday_holidays_weekend_ends_on_its_eve_and_a_vote_day_in_lower_case_is_any_vote():
    assert found("Crude saw buying ahead of the Labor Day weekend.", date(1996, 8, 30)) == [
        ("Labor Day weekend", "DATE", "1996-W35-WE")
    ]
    assert found("Players left early for the Labor Day holiday weekend.", date(1996, 8, 30)) == [
        ("Labor Day holiday weekend", "DATE", "1996-W35-WE")
    ]
    assert found("Election day for voters in Bosnia is September 14.", date(1996, 8, 30)) == [
        ("September 14", "DATE", "1996-09-14")
    ]


def test_a_range_of_days_of_the_month_ends_in_its_start_s_month_or_the_next():
    assert found("Talks run on the 17th and 18th, and the fair from the 30th through the 2nd.") == [
        ("the 17th", "DATE", "2024-05-17"), ("18th", "DATE", "2024-05-18"), ("the 30th", "DATE", "2024-05-30"),
        ("the 2nd", "DATE", "2024-06-02"),
    ]
    assert found("Prices fell between the 10th and the 15th; polls opened on the 20th-22nd.") == [
        ("the 10th", "DATE", "2024-05-10"), ("the 15th", "DATE", "2024-05-15"), ("the 20th", "DATE", "2024-05-20"),
        ("22nd", "DATE", "2024-05-22"),
    ]
    # no start, no range: "to the 7th" alone is a rank
    assert found("He was promoted to the 7th.") == []


def test_a_day_of_the_month_alone_lies_on_the_side_its_tense_points_to():
    # told on the 29th: a day just ahead in the past tense is this month's, one just behind told to come the next's
    assert found("Prices fell between the 1st and the 5th; the deal was signed on the 30th.") == [
        ("the 1st", "DATE", "2024-05-01"), ("the 5th", "DATE", "2024-05-05"), ("the 30th", "DATE", "2024-04-30"),
    ]
    assert found("The vote will be held on the 28th; the fair opens on the 2nd.") == [
        ("the 28th", "DATE", "2024-06-28"), ("the 2nd", "DATE", "2024-06-02"),
    ]


def test_a_weekday_and_a_day_of_the_month_name_the_nearest_day_both_fit():
    # told on Wednesday 29 May 2024: 3 June 2024 is a Monday, 3 April 2024 a Wednesday
    assert found("Talks resume on Monday the 3rd.") == [("Monday the 3rd", "DATE", "2024-06-03")]
    assert found("They began on Wednesday, the 3rd, and paused Tuesday 28th.") == [
        ("Wednesday, the 3rd", "DATE", "2024-04-03"), ("Tuesday 28th", "DATE", "2024-05-28")
    ]
    # the tense settles which side: 3 July 2024 is a Wednesday too
    assert found("The fair opens on Wednesday the 3rd.") == [("Wednesday the 3rd", "DATE", "2024-07-03")]
    # any such day, or every one
    assert found("It fell on a Friday the 13th; he stays home every Friday the 13th.") == [
        ("Friday the 13th", "DATE", "XXXX-XX-13"), ("every Friday", "SET", "XXXX-WXX-5")
    ]


def test_an_ordinal_before_a_noun_is_no_day_of_the_month():
    assert found("She birdied on the 14th and 17th holes; the vote falls on the 16th and the 17th.") == [
        ("the 16th", "DATE", "2024-05-16"), ("the 17th", "DATE", "2024-05-17")
    ]
    # nor one after a clause that counts a hole or a floor so
    assert found("She made one more birdie on the 17th, where she hit a wedge to three feet.") == []
    assert found("Our room was to be on the 2nd floor, but they put us on the 3rd.") == []


def test_amounts_with_thousands_separators_count_whole():
    assert found("Bound by 2,000 years of trade, the pilot logged nearly 6,300 hours.") == [
        ("2,000 years", "DURATION", "P2000Y"), ("nearly 6,300 hours", "DURATION", "PT6300H")
    ]


def test_a_part_of_the_year_told_in_the_past_before_it_began_is_last_year_s():
    assert found("She collected $9 million during the third quarter of the year.", date(2016, 1, 4)) == [
        ("the third quarter of the year", "DATE", "2015-Q3")
    ]
    assert found("It earned more over the second half of the year.", date(2016, 1, 29)) == [
        ("the second half of the year", "DATE", "2015-H2")
    ]


def test_years_ago_before_year_one_are_bc_and_none_reach_past_9999():
    assert found("The pyramid was built 4,500 years ago; the star dies 10,000 years from now.", date(1996, 8, 25)) == [
        ("4,500 years ago", "DATE", "BC2505"), ("10,000 years from now", "DATE", "XXXX")
    ]
    # counted in days or weeks, too: a count past what a date holds is read, not raised
    assert found("A sign was cut 1000000 weeks earlier.", date(2024, 3, 14)) == [
        ("1000000 weeks earlier", "DATE", "BC17143")
    ]
    assert found("It opened on Dec. 30, 9999, and closed 3 days later.", date(9999, 12, 31))[1] == (
        "3 days later", "DATE", "XXXX-XX-XX"
    )


def test_years_of_the_era_and_before_it():
    text = "Rome was founded in 753 B.C. and Athens rose in the 5th century BC; AD 610 and 1066 AD came later."
    assert found(text) == [
        ("753 B.C.", "DATE", "BC0753"), ("the 5th century BC", "DATE", "BC04"), ("AD 610", "DATE", "0610"),
        ("1066 AD", "DATE", "1066")
    ]
    assert found("He worked for BC Hydro in Vancouver, BC, in 2010.") == [("2010", "DATE", "2010")]


def test_an_awaited_event_on_a_day_is_the_nearest_such_day_whatever_the_tense():
    monday = date(2016, 2, 8)
    assert found("Filings made today show outlays before the Nevada primary on Tuesday.", monday) == [
        ("today", "DATE", "2016-02-08"), ("Tuesday", "DATE", "2016-02-09")
    ]
    assert found("The governor holds a steady lead in Tuesday's must-win primary.", monday) == [
        ("Tuesday", "DATE", "2016-02-09")
    ]
    assert found("Sanders won a solid lead in Tuesday's debate.", date(2016, 2, 12)) == [("Tuesday", "DATE", "2016-02-09")]
    # an adjective of the vote's kind between: the nearest Tuesday, not the one gone, though the clause's verb is past
    assert found("The mayor praised the teacher, who is standing in Tuesday's congressional primary.", monday) == [
        ("Tuesday", "DATE", "2016-02-09")
    ]


def test_last_seasons_winners_tell_no_past():
    saturday = date(1996, 8, 24)
    assert found("Last season's winners host Blackburn on Sunday.", saturday) == [("Sunday", "DATE", "1996-08-25")]


def test_a_day_s_event_named_again_is_read_as_where_words_settle_it():
    thursday = date(2016, 4, 14)
    text = ("The news on the run-up to Tuesday's Ohio primary. Her route depends on the mayor taking almost all "
            "the delegates in Tuesday's Ohio primary.")
    assert found(text, thursday) == [("Tuesday", "DATE", "2016-04-19"), ("Tuesday", "DATE", "2016-04-19")]
    text = "Trump was angry after Monday's debate. He is complaining about the lighting during Monday's debate."
    assert found(text, date(2016, 9, 30)) == [("Monday", "DATE", "2016-09-26"), ("Monday", "DATE", "2016-09-26")]


def test_a_day_s_event_after_a_will_is_the_coming_one_though_a_nearer_one_has_been():
    tuesday = date(1996, 8, 27)
    assert found("Missing from the squad which will fly to Vaduz for Saturday's game are two defenders.", tuesday) == [
        ("Saturday", "DATE", "1996-08-31")
    ]
    assert found("The team will play in Saturday's match.", tuesday) == [("Saturday", "DATE", "1996-08-31")]
    assert found("Fans travelled to Vaduz for Saturday's match.", tuesday) == [("Saturday", "DATE", "1996-08-24")]


def test_a_day_s_event_ahead_of_a_clause_not_told_in_the_past_is_the_coming_one():
    friday = date(2016, 6, 3)
    assert found("He barnstorms the state ahead of Tuesday's primary.", friday) == [("Tuesday", "DATE", "2016-06-07")]
    assert found("She faced doubts over whether she'll quit the race before Tuesday's primary.", friday) == [
        ("Tuesday", "DATE", "2016-06-07")
    ]
    assert found("She held twice the pledges going into Tuesday's primaries.", friday) == [
        ("Tuesday", "DATE", "2016-05-31")
    ]
    assert found("The race turned ugly ahead of Ohio's delegate-rich Tuesday primary.", friday) == [
        ("Tuesday", "DATE", "2016-06-07")
    ]
    # a clause of its own told in the present comes between: what is, not what was
    assert found("They kept up the fight as they sit atop the polls ahead of Tuesday's primary.", friday) == [
        ("Tuesday", "DATE", "2016-06-07")
    ]
    assert found("Her stake before Friday's buying is still well below theirs.", date(1989, 10, 30)) == [
        ("Friday", "DATE", "1989-10-27")
    ]


def test_winning_or_being_elected_in_a_month_is_the_coming_vote_and_small_words_join_a_title():
    august = date(2016, 8, 11)
    assert found("Their plans for winning in November face a further hurdle.", august) == [
        ("November", "DATE", "2016-11")
    ]
    assert found("He won in November.", august) == [("November", "DATE", "2015-11")]
    february = date(2016, 2, 5)
    assert found("It can be reversed if a rival is elected president in November.", february) == [
        ("November", "DATE", "2016-11")
    ]
    assert found("She won a Senate seat in November.", february) == [("November", "DATE", "2015-11")]
    assert found('The governor told ABC\'s "This Week with George Stephanopoulos." it was a mistake.', august) == []


def test_the_decimals_of_a_table_are_no_day_and_a_figure_among_them_no_year():
    assert found("Allensbach 38.5 32.5 12.0 4.4\nAPRIL 1996 CDU SPD", date(1996, 8, 27)) == [("APRIL 1996", "DATE", "1996-04")]
    assert found("KOVOS 1912.00 1912.00 2000 3824.000", date(1996, 8, 27)) == []


def test_despite_or_since_with_a_gerund_or_since_a_past_clause_looks_back_and_looking_ahead_to_looks_ahead():
    assert found("He trails in Nevada despite winning the caucus there in February.", date(2016, 8, 26)) == [
        ("February", "DATE", "2016-02")
    ]
    # a clause after "since" with a past verb has happened: "since he announced his bid in March", told in January
    assert found("He has courted pastors since he announced his presidential bid in March.", date(2016, 1, 12)) == [
        ("March", "DATE", "2015-03")
    ]
    # as has an event after "since" and its article: "since the summit in June", told in May
    assert found("They have met twice since the summit in June; prices rose since his election in November.",
                 date(2026, 5, 29)) == [("June", "DATE", "2025-06"), ("November", "DATE", "2025-11")]
    assert found("Looking ahead to the fall, the chairman was joined by a new director.", date(2016, 4, 23)) == [
        ("the fall", "DATE", "2016-FA")
    ]


def test_a_schedule_told_in_the_present_looks_ahead():
    tuesday = date(1996, 8, 27)
    assert found("The paper said the bank's special administration ends in December 30.", tuesday) == [
        ("December 30", "DATE", "1996-12-30")
    ]
    assert found("He said the show opens on Friday.", tuesday) == [("Friday", "DATE", "1996-08-30")]
    # a meeting told in the present
    assert found("The council meets on the 24th; ministers meet on Friday.", date(2026, 3, 10)) == [
        ("the 24th", "DATE", "2026-03-24"), ("Friday", "DATE", "2026-03-13")
    ]
    monday = date(2026, 12, 7)  # the Friday before is the nearer
    for text in ("They meet on Friday.", "We meet on Friday.", "Thousands gather on Friday in the square."):
        assert found(text, monday) == [("Friday", "DATE", "2026-12-11")]
    assert found("They met on Friday; we gathered on Friday.", monday) == [("Friday", "DATE", "2026-12-04")] * 2
    # a day a country or a party keeps, on the weekday it falls on (before a date, a yearly habit)
    assert found("The republic marks Flag Day on Monday.", date(2026, 12, 9)) == [("Monday", "DATE", "2026-12-14")]
    assert found("The city marked the anniversary on Monday.", date(2026, 12, 9)) == [("Monday", "DATE", "2026-12-07")]
    # a fixture or a visit, with the side or place it names
    assert found("Spain face Italy at 8pm on Sunday; the pope visits Kenya in May.", tuesday) == [
        ("8pm on Sunday", "TIME", "1996-09-01T20:00"), ("May", "DATE", "1997-05")
    ]
    # not a title before a name, nor a show
    assert found("Cruz told radio host Mike Gallagher on Monday that he would win.", tuesday) == [
        ("Monday", "DATE", "1996-08-26")
    ]
    assert found("Dole argued on ''Meet Your Voters'' on Sunday that taxes would fall.", tuesday) == [
        ("Sunday", "DATE", "1996-08-25")
    ]


def test_a_past_in_an_if_clause_supposes_and_dates_nothing():
    assert found("Ties would fare well if he won the election on Nov. 8.", date(2016, 5, 16)) == [
        ("Nov. 8", "DATE", "2016-11-08")
    ]
    assert found("They go top if they beat Utrecht on Sunday.", date(1996, 8, 24)) == [("Sunday", "DATE", "1996-08-25")]


def test_a_day_s_event_in_a_clause_that_looks_ahead_is_the_nearest_such_day():
    friday = date(2016, 6, 24)
    assert found("The ad will run in Sunday's final of the Africa Cup.", friday) == [("Sunday", "DATE", "2016-06-26")]
    assert found("The spot aired during Sunday's final.", friday) == [("Sunday", "DATE", "2016-06-19")]


def test_a_speech_verb_governs_a_day_through_the_wire_s_frame():
    thursday = date(1996, 8, 29)
    assert found("The agency said in a brief statement late on Wednesday it would open an inquiry.", thursday) == [
        ("late on Wednesday", "DATE", "1996-08-28")
    ]
    assert found("The minister said in a television interview on Sunday he would resign.", thursday) == [
        ("Sunday", "DATE", "1996-08-25")
    ]


def test_a_yearless_day_continues_the_story_of_an_earlier_year_just_told():
    text = ("On March 2, 2015, the Times revealed the private account, and the following day the committee asked for "
            "the records. On March 25, the firm held a call with staffers.")
    assert found(text, date(2016, 9, 7))[-1] == ("March 25", "DATE", "2015-03-25")
    assert found("The firm was founded on March 2, 2015. On March 25, it will hold a meeting.", date(2016, 9, 7))[-1] == (
        "March 25", "DATE", "2017-03-25"
    )
    # a yearless "September 11 attack" read as 2001 carries no story year
    text = "Days after the September 11 raid, he briefed the panel. That is not what he told it on September 14."
    assert found(text, date(2015, 12, 4))[-1] == ("September 14", "DATE", "2015-09-14")


def test_this_past_week_told_at_the_weekend_is_the_week_now_ending():
    text = "The idea gathered steam this past week, and he spoke this past weekend."
    assert found(text, date(2016, 3, 19)) == [("this past week", "DATE", "2016-W11"),
                                              ("this past weekend", "DATE", "2016-W10-WE")]
    assert found(text, date(2016, 3, 14)) == [("this past week", "DATE", "2016-W10"),
                                              ("this past weekend", "DATE", "2016-W10-WE")]


def test_this_weekend_told_in_the_past_before_it_comes_is_the_one_just_gone():
    monday = date(2016, 6, 6)
    assert found("She won two contests this weekend.", monday) == [("this weekend", "DATE", "2016-W22-WE")]
    assert found("She will campaign this weekend.", monday) == [("this weekend", "DATE", "2016-W23-WE")]
    text = "The county wins came from his field work and set the stage for a rout this weekend."
    assert found(text, date(2016, 4, 15)) == [("this weekend", "DATE", "2016-W15-WE")]


def test_this_week_told_on_a_sunday_is_the_coming_one_unless_told_in_the_past_and_last_week_is_ending():
    sunday = date(2016, 7, 24)
    assert found("The former vice president will skip this week’s convention.", sunday) == [
        ("this week", "DATE", "2016-W30")
    ]
    assert found("The panel starts sending summonses this week.", sunday) == [("this week", "DATE", "2016-W30")]
    assert found("Officials detailed the plan this week.", sunday) == [("this week", "DATE", "2016-W29")]
    assert found("If you read what she said this week, she spoke of unity.", sunday) == [
        ("this week", "DATE", "2016-W29")
    ]
    # the Sunday papers tell the week gone by as "last week"
    assert found("The senator lost his home state last week.", date(2016, 3, 20)) == [("last week", "DATE", "2016-W11")]
    assert found("The senator lost his home state last week.", date(2016, 3, 19)) == [("last week", "DATE", "2016-W10")]


def test_until_a_day_s_event_told_in_the_past_is_one_that_has_come():
    friday = date(2016, 6, 17)
    assert found("Until Monday's announcement, both stocks were trading at bargain prices.", friday) == [
        ("Monday", "DATE", "2016-06-13")
    ]
    assert found("Until Monday's vote, the polls will stay open.", friday) == [("Monday", "DATE", "2016-06-20")]


def test_a_day_s_event_after_for_is_the_nearest_such_day():
    friday = date(1996, 8, 30)
    assert found("Practice times fixed on Friday for Sunday's Grand Prix; the team for Saturday's match.", friday) == [
        ("Friday", "DATE", "1996-08-30"), ("Sunday", "DATE", "1996-09-01"), ("Saturday", "DATE", "1996-08-31")
    ]
    assert found("He was praised for Tuesday's speech.", friday) == [("Tuesday", "DATE", "1996-08-27")]


def test_ago_this_month_is_that_month_back():
    assert found("The plant closed a year ago this month; ten years ago this week and a year ago today.") == [
        ("a year ago this month", "DATE", "2023-05"), ("ten years ago this week", "DATE", "2014-W22"),
        ("a year ago today", "DATE", "2023-05-29"),
    ]


def test_this_time_last_year_is_the_same_day_a_year_back():
    assert found("This time last year prices fell; by this time next month they will rise.") == [
        ("This time last year", "DATE", "2023-05-29"), ("this time next month", "DATE", "2024-06-29")
    ]
    # "this day" as "this time"; "on this day in 1961", the telling's day in that year, as history columns write it
    assert found("This day last year the dam burst; on this day in 1961 it opened.") == [
        ("This day last year", "DATE", "2023-05-29"), ("this day in 1961", "DATE", "1961-05-29")
    ]
    # "the same time last year" as "this time last year"
    assert found("Trade was lower at the same time last year.") == [("the same time last year", "DATE", "2023-05-29")]


def test_a_month_before_the_noun_of_its_figures_is_one_whatever_comes_before():
    told = date(1996, 8, 22)
    assert found("Finnish April trade surplus widens; German June industrial output rose.", told) == [
        ("April", "DATE", "1996-04"), ("June", "DATE", "1996-06")
    ]
    assert found("Copper sales fell. June steel output figures were revised.", told) == [("June", "DATE", "1996-06")]
    assert found("Theresa May trade talks resumed; Jill June, April Mellody and others came.", told) == []
    # figures come out after their month, so "will" before them looks no year ahead
    assert found("The report will show July payrolls; August sales will be strong.", told) == [
        ("July", "DATE", "1996-07"), ("August", "DATE", "1996-08")
    ]


def test_a_month_after_a_determiner_before_a_name_and_its_noun_is_the_noun_s_time():
    told = date(2016, 10, 20)
    assert found("At a June Senate hearing, he cited a March Reuters report.", told) == [
        ("June", "DATE", "2016-06"), ("March", "DATE", "2016-03")
    ]
    # not a march of its own, nor a name alone
    assert found("He marched in the March on Washington; April Mellody spoke.", told) == []


def test_that_night_after_a_count_back_in_its_sentence_is_of_that_count():
    told = date(2016, 5, 18)
    text = "He won Ohio on May 3. His best rally was three days ago, the same night he won Indiana."
    assert found(text, told)[-1] == ("the same night", "TIME", "2016-05-15TNI")
    # a count of weeks names no one night
    text = "He won Ohio on May 3. His best rally was two weeks ago, the same night he won Indiana."
    assert found(text, told)[-1] == ("the same night", "TIME", "XXXX-XX-XXTNI")
    # a date after the count is the one pointed back to
    assert found("Two years ago he lost. On May 3 he spoke; that night he won.", told)[-1] == (
        "that night", "TIME", "2016-05-03TNI"
    )


def test_a_day_after_its_month_and_the_is_that_day():
    told = date(2026, 3, 10)
    assert found("It happened on March the 7th; the rally was on May the fifth, 2025.", told) == [
        ("March the 7th", "DATE", "2026-03-07"), ("May the fifth, 2025", "DATE", "2025-05-05")
    ]
    # not a month and a count or an ordinal of something else
    assert found("In March the 2 sides met; in May the first talks began.", told) == [
        ("March", "DATE", "2026-03"), ("May", "DATE", "2025-05")
    ]


def test_a_day_before_its_month_takes_the_year_a_word_names_after_it():
    told = date(2024, 11, 13)
    assert found("It happened on 12 November last year; the vote is on the 3rd of March next year.", told) == [
        ("12 November last year", "DATE", "2023-11-12"), ("the 3rd of March next year", "DATE", "2025-03-03")
    ]
    assert found("In 2019, talks began; on 5 May of that year they stalled.", told)[1] == (
        "5 May of that year", "DATE", "2019-05-05"
    )


def test_the_nth_weekend_week_or_day_in_a_month():
    told = date(2024, 11, 13)
    assert found("Sign-ups end the last day of the month; the law takes effect the first day of next month.",
                 told) == [("the last day of the month", "DATE", "2024-11-30"),
                           ("the first day of next month", "DATE", "2024-12-01")]
    text = "In March 2019, the firm was sold. Staff walked out the last day of the month."
    assert found(text, told)[-1] == ("the last day of the month", "DATE", "2019-03-31")
    assert found("The vote fell on the last day of February 2024.", told) == [
        ("the last day of February 2024", "DATE", "2024-02-29")
    ]
    # a working day is one from Monday to Friday: 30 November 2024 is a Saturday
    assert found("Fees are due the last business day of the month and the first working day of March 2025.", told) == [
        ("the last business day of the month", "DATE", "2024-11-29"),
        ("the first working day of March 2025", "DATE", "2025-03-03"),
    ]
    assert found("The race is on the last weekend in June; they meet the first week in March.", told) == [
        ("the last weekend in June", "DATE", "2025-W26-WE"), ("the first week in March", "DATE", "2025-W10")
    ]
    assert found("The fair was the second weekend of August 2023.", told) == [
        ("the second weekend of August 2023", "DATE", "2023-W32-WE")
    ]


def test_the_nth_week_or_day_of_a_year_is_in_its_first_month_or_its_last():
    told = date(2024, 11, 13)
    # 31 December 2023 is a Sunday; 28 December, which ends ISO weeks, falls in 2024's 52nd
    assert found("Trading closed early the last trading day of 2023; the rule starts the first day of next year.",
                 told) == [("the last trading day of 2023", "DATE", "2023-12-29"),
                           ("the first day of next year", "DATE", "2025-01-01")]
    assert found("In 2019 the plant shut. It reopened the final week of the year.", told) == [
        ("2019", "DATE", "2019"), ("the final week of the year", "DATE", "2019-W52")
    ]
    assert found("Sales dip the first weekend of the year and the last week of last year.", told) == [
        ("the first weekend of the year", "DATE", "2024-W01-WE"), ("the last week of last year", "DATE", "2023-W52")
    ]


def test_the_weekend_of_a_day_is_that_week_s_weekend():
    told = date(2024, 11, 13)
    assert found("The summit is the weekend of Dec. 7; the fair is the weekend of 14 June.", told) == [
        ("the weekend of Dec. 7", "DATE", "2024-W49-WE"), ("the weekend of 14 June", "DATE", "2025-W24-WE")
    ]
    # with both its days, and a week with its working days
    text = "The opener is the weekend of 14-15 December; talks fill the week of Dec. 9 to 13, and 10 people attend."
    assert found(text, told) == [
        ("the weekend of 14-15 December", "DATE", "2024-W50-WE"), ("the week of Dec. 9 to 13", "DATE", "2024-W50")
    ]
    assert found("Tickets for the week of Dec. 9 and 10 people sold out.", told)[0][0] == "the week of Dec. 9"


def test_a_weekday_before_or_after_a_day_is_the_nearest_on_that_side():
    told = date(2024, 11, 13)
    assert found("Shops open the Sunday before Christmas; the vote is the Tuesday after Thanksgiving.", told) == [
        ("the Sunday before Christmas", "DATE", "2024-12-22"), ("the Tuesday after Thanksgiving", "DATE", "2024-12-03")
    ]
    assert found("They met the Friday after the vote.", told) == [("Friday", "DATE", "2024-11-08")]
    # "first" after and "last" before say the same
    text = "Polls are on the first Tuesday after the first Monday in November, 2028; the last Friday before Christmas."
    assert found(text, told) == [
        ("the first Tuesday after the first Monday in November, 2028", "DATE", "2028-11-07"),
        ("the last Friday before Christmas", "DATE", "2024-12-20"),
    ]


def test_a_weekday_after_come_is_the_coming_one():
    told = date(2024, 11, 13)  # a Wednesday
    assert found("Come Monday, the rules change.", told) == [("Monday", "DATE", "2024-11-18")]


def test_a_weekday_after_last_or_next_keeps_its_part_of_the_day():
    told = date(2016, 7, 14)  # a Thursday
    assert found("Thiel speaks next Thursday night; the vote was last Monday evening.", told) == [
        ("next Thursday night", "TIME", "2016-07-21TNI"), ("last Monday evening", "TIME", "2016-07-11TEV")
    ]
    assert found("The following Tuesday evening, he left.", told) == [
        ("The following Tuesday evening", "TIME", "XXXX-XX-XXTEV")
    ]


def test_a_month_of_a_yearly_habit_is_of_no_year():
    told = date(2024, 11, 13)
    assert found("The fair is held each year in June; the board meets annually in May.", told) == [
        ("each year", "SET", "P1Y"), ("June", "DATE", "XXXX-06"), ("May", "DATE", "XXXX-05")
    ]
    # told in the past, the year's
    assert found("Each year, the fair was held in June.", told)[1] == ("June", "DATE", "2024-06")
    # the habit of an aside on the subject is not the clause's: the talks resume this coming October
    assert found("The talks, held annually since 2017, resume in October.", date(2025, 7, 4))[-1] == (
        "October", "DATE", "2025-10"
    )
    assert found("In Kabul, each year, the fair opens in June.", told)[-1] == ("June", "DATE", "XXXX-06")


def test_every_business_day_recurs_daily():
    assert found("The index is updated every business day; each school day starts at 8.") == [
        ("every business day", "SET", "P1D"), ("each school day", "SET", "P1D")
    ]


def test_the_week_after_next_and_every_other_week():
    assert found("The vote is the week after next; they meet every other week.") == [
        ("the week after next", "DATE", "2024-W24"), ("every other week", "SET", "P2W")
    ]
    # anywhere in its clause, and of a weekday too, not of a day counted from another
    told = date(2024, 11, 13)  # a Wednesday
    assert found("The month after next looks better; we fly the Tuesday after next.", told) == [
        ("The month after next", "DATE", "2025-01"), ("the Tuesday after next", "DATE", "2024-11-26")
    ]
    assert found("It happened the Friday before last.", told) == [("the Friday before last", "DATE", "2024-11-01")]
    # counted from "next" and "last" as they are read alone: told on a Friday, last Friday is a week back
    friday = date(2024, 11, 15)
    assert found("It happened the Friday before last; the vote is the Saturday after next.", friday) == [
        ("the Friday before last", "DATE", "2024-11-01"), ("the Saturday after next", "DATE", "2024-11-30")
    ]
    assert found("It happened the day before last Tuesday.", told) == [
        ("the day before last Tuesday", "DATE", "2024-11-11")
    ]
    # "every second" and "every third" count as "every other" does; "every second" alone is each second
    assert found("The board sits every second Wednesday and votes every third year; every second counts.") == [
        ("every second Wednesday", "SET", "XXXX-WXX-3"), ("every third year", "SET", "P3Y"),
        ("every second", "SET", "PT1S"),
    ]


def test_a_weekday_joined_to_a_weekly_one_comes_round_too():
    assert found("The court sits every Monday, Wednesday and Friday; the market opens on Tuesdays or Thursday.") == [
        ("every Monday", "SET", "XXXX-WXX-1"), ("Wednesday", "SET", "XXXX-WXX-3"), ("Friday", "SET", "XXXX-WXX-5"),
        ("Tuesdays", "SET", "XXXX-WXX-2"), ("Thursday", "SET", "XXXX-WXX-4"),
    ]
    # not one joined to some day, nor one apart from the set
    assert found("It was a Monday and Thursday; we rest every Monday. Thursday we met.") == [
        ("Monday", "DATE", "XXXX-WXX-1"), ("Thursday", "DATE", "2024-05-23"), ("every Monday", "SET", "XXXX-WXX-1"),
        ("Thursday", "DATE", "2024-05-23"),
    ]


def test_alternate_days_come_every_other_day():
    assert found("Water flows on alternate days; bins go out on alternate weeks; an alternate date is set.") == [
        ("alternate days", "SET", "P2D"), ("alternate weeks", "SET", "P2W")
    ]


def test_weekends_come_once_a_week():
    assert found("She flies home every weekend, he every other weekend; both work on weekends.") == [
        ("every weekend", "SET", "XXXX-WXX-WE"), ("every other weekend", "SET", "P2W"),
        ("weekends", "SET", "XXXX-WXX-WE"),
    ]


def test_a_vague_span_before_later_or_earlier_is_read():
    assert found("Hours later the envoy left; he had met the minister weeks earlier.") == [
        ("Hours", "DURATION", "PTXH"), ("weeks", "DURATION", "PXW")
    ]


def test_a_month_after_than_is_a_date():
    assert found("The launch is set for no earlier than September.", date(2024, 7, 17)) == [
        ("September", "DATE", "2024-09")
    ]


def test_a_clock_time_right_after_a_day_named_from_another_takes_that_day():
    text = "Ana met Cruz on Sept. 10, 2012. The following day, about 5:40 a.m., the camp came under fire."
    assert found(text, date(2016, 1, 16)) == [
        ("Sept. 10, 2012", "DATE", "2012-09-10"), ("The following day", "DATE", "2012-09-11"),
        ("5:40 a.m.", "TIME", "2012-09-11T05:40"),
    ]


def test_a_clock_time_right_after_a_day_of_the_month_or_weeks_from_a_day_takes_that_day():
    friday = date(2024, 10, 4)
    assert found("The court sits on the 15th at noon.", friday) == [
        ("the 15th", "DATE", "2024-10-15"), ("noon", "TIME", "2024-10-15T12:00")
    ]
    assert found("The panel meets on the first of next month at 10am.", friday)[1] == (
        "10am", "TIME", "2024-11-01T10:00"
    )
    assert found("The vote is Saturday week at 9am.", friday)[1] == ("9am", "TIME", "2024-10-12T09:00")
    assert found("Talks open on the first Monday in November at 10am.", friday)[1] == (
        "10am", "TIME", "2024-11-04T10:00"
    )


def test_dawn_and_dusk_after_a_preposition_are_parts_of_a_day():
    told = date(2024, 5, 30)  # a Thursday
    assert found("Shelling resumed at daybreak.", told) == [("daybreak", "TIME", "2024-05-30TMO")]
    assert found("Police moved in before dawn on Tuesday.", told) == [("dawn on Tuesday", "TIME", "2024-05-28TMO")]
    assert found("Divers will search again at first light tomorrow.", told) == [
        ("first light tomorrow", "TIME", "2024-05-31TMO")
    ]
    # told in the past, a dusk that names no day is the story's, as "that evening" is
    text = "The dam broke on March 3, 2019. By nightfall the valley was under water."
    assert found(text, told)[-1] == ("nightfall", "TIME", "2019-03-03TEV")
    # a habit's dawn is no day's; the dawn of an era, and one after no preposition, no time at all
    assert found("Street stalls stay shut each day until sunset.", told)[-1] == ("sunset", "TIME", "XXXX-XX-XXTEV")
    assert found("It was the dawn of a new age; from dusk to dawn the city slept.", told) == []
    # "since dawn" as a start, though not "since dawn of civilization"
    assert found("Guns have pounded the town since dawn; since dawn of history, towns fell.", told) == [
        ("dawn", "TIME", "2024-05-30TMO")
    ]


def test_a_clock_time_said_in_words_past_or_to_the_hour():
    told = date(2016, 5, 20)
    assert found("The meeting ran until half past six; we left at ten to eight.", told) == [
        ("half past six", "TIME", "2016-05-20T18:30"), ("ten to eight", "TIME", "2016-05-20T07:50")
    ]
    assert found("Doors open at seven-thirty and close by a quarter to nine.", told) == [
        ("seven-thirty", "TIME", "2016-05-20T07:30"), ("a quarter to nine", "TIME", "2016-05-20T08:45")
    ]
    assert found("He woke at half past six in the morning.", told) == [
        ("half past six in the morning", "TIME", "2016-05-20T06:30")
    ]
    # "half nine", as British speech has half past nine
    assert found("We meet at half nine; the pub shuts at half eleven tonight.", told) == [
        ("half nine", "TIME", "2016-05-20T09:30"), ("half eleven tonight", "TIME", "2016-05-20T23:30")
    ]
    assert found("Half nine of them left.", told) == []
    # counts, ranges and scores
    assert found("Prices rose by five to ten percent, from five to ten; he won by ten to eight.", told) == []


def test_a_bare_hour_before_a_named_part_of_the_day_is_a_clock_time_in_it():
    told = date(2016, 5, 20)
    assert found("The vote is at 9 tonight; he called at 11 last night.", told) == [
        ("9 tonight", "TIME", "2016-05-20T21:00"), ("11 last night", "TIME", "2016-05-19T23:00")
    ]
    assert found("He scored 9 tonight.", told) == [("tonight", "TIME", "2016-05-20TNI")]


def test_a_part_of_the_day_without_an_article_is_read_only_as_a_limit():
    told = date(2024, 5, 30)  # a Thursday
    assert found("Showers should clear by evening; polls close at sundown.", told) == [
        ("evening", "TIME", "2024-05-30TEV"), ("sundown", "TIME", "2024-05-30TEV")
    ]
    text = "The dam broke on March 3, 2019. By morning the valley was under water."
    assert found(text, told)[-1] == ("morning", "TIME", "2019-03-03TMO")
    assert found("Crews worked until morning prayers; we met at morning and in evening.", told) == []


def test_a_clock_time_or_noon_told_in_the_past_takes_the_day_the_story_has_just_named():
    told = date(2024, 5, 30)  # a Thursday
    text = "The mayor won Tuesday's runoff by a wide margin.\n\nHer rival, who gave up when polls closed at 9 p.m., " \
        "called for unity."
    assert found(text, told)[-1] == ("9 p.m.", "TIME", "2024-05-28T21:00")
    text = "The senator spent Wednesday at a breakfast and a lunch.\n\nBy 2:30 p.m., she was talking about schools."
    assert found(text, told)[-1] == ("2:30 p.m.", "TIME", "2024-05-29T14:30")
    text = "Candidates crossed the state on Wednesday. She spoke at a midday rally in the capital."
    assert found(text, told)[-1] == ("midday", "TIME", "2024-05-29T12:00")
    text = "Bond futures were busy on Wednesday. They lost some ground at midday."
    assert found(text, told)[-1] == ("midday", "TIME", "2024-05-30T12:00")  # a market report's day of trading
    # the small hours too, where the day is not named by its evening or its night
    text = "Police raided a flat on Tuesday. The raid began at 5 a.m., a neighbour said."
    assert found(text, told)[-1] == ("5 a.m.", "TIME", "2024-05-28T05:00")
    # a verb whose past is its present, after "one" that is a pronoun ("a second one hit"), is past
    text = "A quake struck on Tuesday. A second one hit at 1:24 p.m."
    assert found(text, told)[-1] == ("1:24 p.m.", "TIME", "2024-05-28T13:24")
    # no past tense, a day still ahead, a "today" since, or the small hours after an evening: the document's day
    assert found("Voting ends on Tuesday.\n\nPolls close at 8 p.m.", date(2024, 5, 26))[-1][2] == "2024-05-26T20:00"
    assert found("The vote is on June 4.\n\nPolls closed at 8 p.m. last time.", told)[-1][2] == "2024-05-30T20:00"
    text = "A truce was signed on Monday and tops the list for today's talks, which began at 10.45 a.m."
    assert found(text, told)[-1] == ("10.45 a.m.", "TIME", "2024-05-30T10:45")
    text = "The jet was hijacked on Wednesday evening. It landed at 4.30 a.m. after a five-hour flight."
    assert found(text, told)[-2] == ("4.30 a.m.", "TIME", "2024-05-30T04:30")
    text = "Fighting raged late on Monday. Shells fell at 2 a.m., residents said."
    assert found(text, told)[-1] == ("2 a.m.", "TIME", "2024-05-30T02:00")
    # two paragraphs back still, as web copy sets a sentence or two in each; three too far
    text = "The vote was on Monday.\n\nThe board met on its own.\n\nIt ended at 5 p.m."
    assert found(text, told)[-1] == ("5 p.m.", "TIME", "2024-05-27T17:00")
    text = "The vote was on Monday.\n\nThe board met on its own.\n\nIt sat long.\n\nIt ended at 5 p.m."
    assert found(text, told)[-1] == ("5 p.m.", "TIME", "2024-05-30T17:00")


def test_every_weekday_names_no_day_a_story_counts_from():
    text = "On March 19, 2002, the vote was held. Every Friday, she met the board. Early the next day, she left."
    assert found(text, date(2016, 1, 20))[-1] == ("Early the next day", "DATE", "2002-03-20")


def test_a_range_of_days_starts_before_it_ends_and_end_month_is_its_end():
    told = date(2024, 5, 22)
    assert found("The election will be held in phases from April 19 to June 1.", told) == [
        ("April 19", "DATE", "2024-04-19"), ("June 1", "DATE", "2024-06-01")
    ]
    assert found("Talks ran from December 28 to January 3.", date(2025, 1, 10)) == [
        ("December 28", "DATE", "2024-12-28"), ("January 3", "DATE", "2025-01-03")
    ]
    assert found("The rupee is expected to weaken by end-June.", told) == [("end-June", "DATE", "2024-06")]
    # and "June-end", as Indian copy also writes it
    assert read_mods("The rupee is expected to weaken by June-end.", told) == [("June-end", "2024-06", "END")]
    assert found("Exports fell over Nov 26-Dec 10.", date(1996, 8, 29)) == [
        ("Nov 26", "DATE", "1995-11-26"), ("Dec 10", "DATE", "1995-12-10")
    ]


def test_a_later_quarter_or_half_goes_on_in_the_year_of_an_earlier_one_its_sentence_named():
    told = date(1989, 10, 30)
    text = "The firm expects the first half of fiscal 1990 to be hard, but results should improve in the second half."
    assert found(text, told)[-1] == ("the second half", "DATE", "1990-H2")
    assert found("Sales rose in the first quarter of 1987 and fell in the third quarter.", told)[-1] == (
        "the third quarter", "DATE", "1987-Q3"
    )
    # told in the past, not into a part still to come: told in March, both are last year's
    assert found("Sales grew from the first quarter to the third quarter.", date(2026, 3, 10)) == [
        ("the first quarter", "DATE", "2025-Q1"), ("the third quarter", "DATE", "2025-Q3")
    ]
    # not an earlier one after a later one, nor a quarter after a half
    assert found("Sales fell in the third quarter of 1987 and rose in the first quarter.", told)[-1] == (
        "the first quarter", "DATE", "1989-Q1"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales grew from Q1 to Q3.", ["2025-Q1", "2025-Q3"]),
        ("Sales grew in Q1-Q3.", ["2025-Q1", "2025-Q3"]),
        ("Sales grew Q1 through Q3.", ["2025-Q1", "2025-Q3"]),
        ("Sales will grow from Q2 to Q4.", ["2026-Q2", "2026-Q4"]),
        ("Sales grew in Q1-Q3 2025.", ["2025-Q1", "2025-Q3"]),
    ],
)
def test_a_range_of_quarters_runs_forward_and_told_in_the_past_has_begun(text, expected):
    assert [value for _, _, value in found(text, date(2026, 3, 10))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The notes expire end-Q2 2026.", [("end-Q2 2026", "2026-Q2", "END")]),
        ("The bill must pass by the end of the fiscal year.", [("the end of the fiscal year", "2026", "END")]),
        # "year-end" before a year, as "end-" is
        ("Assets stood at $2 billion at year-end 2025.", [("year-end 2025", "2025", "END")]),
        ("Growth picked up in late Q4.", [("late Q4", "2025-Q4", "END")]),
        ("A ruling is due in early Q3.", [("early Q3", "2026-Q3", "START")]),
        ("Orders slowed in mid-Q1.", [("mid-Q1", "2026-Q1", "MID")]),
        ("Sales rose at the start of the third quarter.", [("the start of the third quarter", "2025-Q3", "START")]),
        ("The plant opens by the end of the first quarter.", [("the end of the first quarter", "2026-Q1", "END")]),
    ],
)
def test_an_edge_word_before_a_quarter_is_its_mod(text, expected):
    assert read_mods(text, date(2026, 3, 10)) == expected


def test_the_back_or_front_half_is_the_second_or_first_and_the_back_end_is_the_end():
    text = "Inflation cooled through the back half of 2025; sales rose in the front half of the year."
    assert found(text, date(2026, 3, 10)) == [
        ("the back half of 2025", "DATE", "2025-H2"), ("the front half of the year", "DATE", "2026-H1")
    ]
    text = "The deal should close in the back end of the year, at the back end of the queue."
    assert read_mods(text, date(2026, 3, 10)) == [("the back end of the year", "2026", "END")]


def test_a_quarter_of_next_year_or_a_half_of_the_year_to_come_counts_from_the_telling():
    # told in January, results report on last year's fourth quarter, but "next year" is still the year after this one
    told = date(2024, 1, 19)
    text = "Work starts in the second quarter of next year; sales rose in the fourth quarter of last year."
    assert found(text, told) == [
        ("the second quarter of next year", "DATE", "2025-Q2"), ("the fourth quarter of last year", "DATE", "2023-Q4")
    ]
    # a part "of the year" still to come is this year's; one told in the past, or a quarter whose results are awaited,
    # the year reported on
    assert found("Growth will pick up in the second half of the year.", told) == [
        ("the second half of the year", "DATE", "2024-H2")
    ]
    assert found("Growth slowed in the second half of the year; a loss is seen in the fourth quarter.", told) == [
        ("the second half of the year", "DATE", "2023-H2"), ("the fourth quarter", "DATE", "2023-Q4")
    ]


def test_a_unit_counted_back_or_on_after_one_named_from_the_telling_in_its_sentence_counts_from_it():
    told = date(1998, 3, 5)
    assert found("Last year the mill lost money; the previous year it made a profit.", told) == [
        ("Last year", "DATE", "1997"), ("the previous year", "DATE", "1996")
    ]
    assert found("Fares rose 5% last year from a year earlier and from the year before.", told) == [
        ("last year", "DATE", "1997"), ("a year earlier", "DATE", "1996"), ("the year before", "DATE", "1996")
    ]
    # a date stated between counts instead
    assert found("Last year was calm; in 1990 fares fell, and the previous year they rose.", told)[-1] == (
        "the previous year", "DATE", "1989"
    )
    # months, weeks and days as well
    text = "Exports rose last month from the month before; next month a line opens, the following month a second."
    assert found(text, told) == [
        ("last month", "DATE", "1998-02"), ("the month before", "DATE", "1998-01"), ("next month", "DATE", "1998-04"),
        ("the following month", "DATE", "1998-05"),
    ]
    assert found("Last week the talks failed; the week before, they had stalled.", told)[-1] == (
        "the week before", "DATE", "1998-W08"
    )
    # told on a Sunday, "last week" is the week now ending, and the week before it the one before that
    assert found("Last week the talks failed; the week before, they had stalled.", date(1998, 3, 8)) == [
        ("Last week", "DATE", "1998-W10"), ("the week before", "DATE", "1998-W09")
    ]
    assert found("Shares fell yesterday after rising the day before.", told)[-1] == (
        "the day before", "DATE", "1998-03-03"
    )
    # a part of the day before or after the last date, as "the previous night" is
    text = "On October 30, the group said it had fired rockets the night before."
    assert found(text, date(2024, 11, 13))[1] == ("the night before", "TIME", "2024-10-29TNI")
    assert found("They met the night before the vote.", told) == []
    # resting on the telling, a count from it is a guess where the telling is inferred
    text = "The mill opened in 1990. Last year it lost money; the previous year it made a profit."
    assert [t.guess for t in find_timexes(text, told, inferred=True)] == [False, True, True]


def test_a_month_a_superlative_ranks_is_a_month_whatever_else_its_name_names():
    told = date(2024, 9, 18)
    assert found("It was the warmest August on record.", told) == [("August", "DATE", "2024-08")]
    assert found("Its worst May in a decade hurt sales.", told)[0] == ("May", "DATE", "2024-05")


def test_what_is_foretold_for_a_day_and_what_stays_so_until_it_look_ahead():
    told = date(2024, 9, 18)  # a Wednesday
    assert found("Aid agencies said the worst was yet to come, with storms forecast for the weekend.", told) == [
        ("the weekend", "DATE", "2024-W38-WE")
    ]
    assert found("Forecasters said more rain was likely through Friday.", told) == [("Friday", "DATE", "2024-09-20")]
    assert found("Frost is likely overnight in the glens.", told) == [("overnight", "TIME", "2024-09-18TNI")]
    # what is expected by a time, with no "was" before it, is awaited (but not "more than expected in May")
    assert found("The court heard arguments, with a ruling expected by June.", told) == [("June", "DATE", "2025-06")]
    assert found("Profit rose more than expected in June.", told) == [("June", "DATE", "2024-06")]
    assert found("The deal did not grow any more likely on Monday.", told) == [("Monday", "DATE", "2024-09-16")]
    # a prospect in reported speech, shifted back, is for a time still ahead: "is possible in March" told in the past
    assert found("The envoy said fresh talks were possible in March.", told) == [("March", "DATE", "2025-03")]
    assert found("A rate cut was likely in January, traders said.", told) == [("January", "DATE", "2025-01")]
    # not the time a thing was possible at
    assert found("It was possible in March to cross the border.", told) == [("March", "DATE", "2024-03")]
    # a participle after "stay" or "remain" is no past
    assert found("Schools will stay closed through the end of the month.", told) == [
        ("the end of the month", "DATE", "2024-09")
    ]
    assert found("Schools remained closed until the end of the month.", told) == [
        ("the end of the month", "DATE", "2024-08")
    ]
    # nor one after what keeps a thing so, nor a form both past and present ("shut") after "remain"
    sunday = date(2013, 8, 11)
    assert found("Officials said they would keep the posts closed through Saturday.", sunday) == [
        ("Saturday", "DATE", "2013-08-17")
    ]
    assert found("The posts will remain shut until Saturday.", sunday) == [("Saturday", "DATE", "2013-08-17")]
    assert found("Officials kept the posts closed until Saturday.", sunday) == [("Saturday", "DATE", "2013-08-10")]
    # a time a thing lasts until, told in the present, is ahead; "till" as "until" (not in the past)
    for text in ("The offer is valid until May.", "The scheme runs till May."):
        assert found(text, told) == [("May", "DATE", "2025-05")], text
    assert found("He ruled till May.", told) == [("May", "DATE", "2024-05")]


def test_a_time_a_thing_is_at_told_in_the_present_is_to_come():
    told = date(2025, 3, 12)
    assert found("The harvest is in October; the talks are in the autumn.", told) == [
        ("October", "DATE", "2025-10"), ("the autumn", "DATE", "2025-FA")
    ]
    assert found("The harvest was in October.", told) == [("October", "DATE", "2024-10")]


def test_a_time_a_thing_is_scheduled_or_due_for_in_the_present_is_to_come_even_weeks_after_this_years():
    told = date(2024, 4, 5)
    assert found("Talks are scheduled for March 12.", told) == [("March 12", "DATE", "2025-03-12")]
    assert found("The report is due in February.", told) == [("February", "DATE", "2025-02")]
    assert found("Talks were scheduled for March 12.", told) == [("March 12", "DATE", "2024-03-12")]
    # the day a thing was extended to, after the length it was extended by, may be ahead
    assert found("The deadline was extended by 30 days to May 5.", told)[1] == ("May 5", "DATE", "2024-05-05")


def test_a_state_in_force_now_lasts_until_a_time_to_come():
    told = date(2019, 3, 10)
    assert found("Rallies are banned until January 15.", told) == [("January 15", "DATE", "2020-01-15")]
    assert found("The curfew is in force till January 15.", told) == [("January 15", "DATE", "2020-01-15")]
    assert found("Schools were closed until January 15.", told) == [("January 15", "DATE", "2019-01-15")]


def test_a_time_right_after_by_in_a_clause_with_no_tense_is_to_come():
    told = date(2023, 6, 15)  # a Thursday
    assert found("Markets are pricing in a cut by January.", told) == [("January", "DATE", "2024-01")]
    assert found("Markets are pricing in a rate cut by January.", told) == [("January", "DATE", "2024-01")]
    assert found("The judge ordered that the files be released by Tuesday.", told) == [
        ("Tuesday", "DATE", "2023-06-20")
    ]
    # a past plan keeps its nearest day; a past tense tells
    assert found("The judge had urged the agency to finish by July 31.", told) == [("July 31", "DATE", "2023-07-31")]
    assert found("By January, prices had doubled.", told) == [("January", "DATE", "2023-01")]


def test_a_vote_before_the_month_names_the_coming_one_unless_told_in_the_past():
    told = date(2024, 3, 14)
    assert found("The president faces re-election in November.", told) == [("November", "DATE", "2024-11")]
    assert found("The president won re-election in November.", told) == [("November", "DATE", "2023-11")]
    # a vote said to be in the month, or held in it
    assert found("The mid-term elections are in November.", told) == [("November", "DATE", "2024-11")]
    assert found("The runoff will be held in June.", told) == [("June", "DATE", "2024-06")]
    assert found("The election was in November.", told) == [("November", "DATE", "2023-11")]
    text = "An audit may run on and not end by the time of the Nov. 5 U.S. presidential election."
    assert found(text, told) == [("Nov. 5", "DATE", "2024-11-05")]
    text = "The count of the October 16, 1994 national election was upheld."
    assert found(text, told) == [("October 16, 1994", "DATE", "1994-10-16")]
    told = date(2016, 2, 20)
    for text in ("Polls showed that electability in November matters.", "We can put states in play in November.",
                 "“It lets us win a mandate in November,” they wrote in a joint statement.",
                 "The chamber slows down as it gets closer to November."):
        assert found(text, told) == [("November", "DATE", "2016-11")], text
    assert found("As it got closer to November, the Senate slowed.", told) == [("November", "DATE", "2015-11")]
    # running against someone named is running for office, however long the name
    text = "The party fears its senators do not want to run against Senator Ann Moyo Obi in November."
    assert found(text, date(2016, 1, 19)) == [("November", "DATE", "2016-11")]
    assert found("He ran against Senator Ann Moyo in November.", date(2016, 1, 19)) == [("November", "DATE", "2015-11")]
    # a party's convention is held as a vote is
    assert found("Delegates are picked for the July convention.", date(2015, 12, 20)) == [("July", "DATE", "2016-07")]


def test_a_days_vote_is_the_nearest_such_day_unless_told_in_the_past_and_a_days_ruling_has_come():
    monday = date(2016, 2, 8)
    text = "He hopes for a good result in Tuesday’s New Hampshire primary."
    assert found(text, monday) == [("Tuesday", "DATE", "2016-02-09")]
    assert found("He lost Tuesday's primary and Saturday's debate.", monday) == [
        ("Tuesday", "DATE", "2016-02-02"), ("Saturday", "DATE", "2016-02-06")
    ]
    assert found("The court upheld Tuesday's ruling.", monday) == [("Tuesday", "DATE", "2016-02-02")]
    thursday = date(1996, 8, 22)
    text = "Fans at Friday's Nairobi grand prix meeting hope to see a record."
    assert found(text, thursday) == [("Friday", "DATE", "1996-08-23")]
    assert found("He won Friday's race.", thursday) == [("Friday", "DATE", "1996-08-16")]


def test_later_never_reaches_past_the_documents_year_unless_told_ahead():
    told = date(2016, 7, 28)
    text = "He signed it in 2015. We still live under it today, more than 200 years later."
    assert found(text, told) == [
        ("2015", "DATE", "2015"), ("today", "DATE", "2016-07-28"), ("more than 200 years later", "DATE", "XXXX")
    ]
    assert found("The law passed in 2015; two years later it will lapse.", told) == [
        ("2015", "DATE", "2015"), ("two years later", "DATE", "2017")
    ]


def test_earlier_opening_a_sentence_counts_from_the_last_stated_date():
    told = date(2016, 4, 29)
    text = "The Dutch voted on April 6. Two weeks earlier, the talks had failed. Prices were higher two weeks earlier."
    assert found(text, told) == [
        ("April 6", "DATE", "2016-04-06"), ("Two weeks earlier", "DATE", "2016-W12"),
        ("two weeks earlier", "DATE", "2016-W15"),
    ]


def test_a_year_in_two_digits_lies_at_most_twenty_years_ahead():
    assert found("The bonds were issued on 3/1/45.", date(1996, 8, 26)) == [("3/1/45", "DATE", "1945-03-01")]
    assert found("It closed in fiscal '90.", date(1989, 5, 1)) == [("fiscal '90", "DATE", "1990")]
    assert [t.value for t in find_timexes("Spending fell in fiscal '05.")] == ["2005"]


def test_late_or_early_on_a_weekday_is_its_end_or_start():
    tue = date(2026, 3, 10)
    assert read_mods("The ship docked late on Saturday, and early on Sunday it sailed.", tue) == [
        ("late on Saturday", "2026-03-07", "END"), ("early on Sunday", "2026-03-08", "START")
    ]
    assert read_mods("Early on, Monday looked good.", tue) == [("Monday", "2026-03-09", None)]


def test_late_or_early_on_a_part_of_a_day_or_tonight_is_its_end_or_start():
    tue = date(2026, 3, 10)
    text = "Late this afternoon the envoy spoke; he leaves later tonight, as he came early this morning."
    assert read_mods(text, tue) == [
        ("Late this afternoon", "2026-03-10TAF", "END"), ("later tonight", "2026-03-10TNI", "END"),
        ("early this morning", "2026-03-10TMO", "START"),
    ]
    assert read_mods("Talks end late tonight or early tomorrow evening.", tue) == [
        ("late tonight", "2026-03-10TNI", "END"), ("early tomorrow evening", "2026-03-11TEV", "START")
    ]


def test_a_plan_told_in_the_past_names_the_nearest_day():
    wednesday = date(2016, 5, 25)
    assert found("The dinner, which the mayor was due to host Tuesday in Kisumu, costs $1,000.", wednesday) == [
        ("Tuesday", "DATE", "2016-05-24")
    ]
    assert found("He was scheduled to leave late Tuesday.", wednesday) == [("late Tuesday", "DATE", "2016-05-24")]
    assert found("The vote was scheduled for Friday.", wednesday) == [("Friday", "DATE", "2016-05-27")]
    monday = date(1996, 8, 26)
    assert found("Top prices Tuesday were expected to run from $48.25 to $49.00.", monday) == [
        ("Tuesday", "DATE", "1996-08-27")
    ]


def test_a_day_proposed_called_for_invited_to_or_extended_to_lies_ahead_and_an_adverbs_participle_is_no_verb():
    monday = date(1996, 8, 26)
    assert found("On Monday the premier proposed September 18 for the vote.", monday) == [
        ("Monday", "DATE", "1996-08-26"), ("September 18", "DATE", "1996-09-18")
    ]
    assert found("The ban was extended until December 31.", monday) == [("December 31", "DATE", "1996-12-31")]
    # with its object between, and a deadline given: the month now running, not the last one's end
    for text in ("The court extended the truce to the end of the month.", "A judge gave the firm until the end of the "
                 "month to reply.", "He had until the end of the month to decide."):
        assert found(text, date(1996, 8, 6)) == [("the end of the month", "DATE", "1996-08")]
    assert found("He had troops there until the end of the month.", date(1996, 8, 6))[0][2] == "1996-07"
    wednesday = date(1996, 8, 28)
    assert found("Unions called for a general strike on Thursday.", wednesday) == [("Thursday", "DATE", "1996-08-29")]
    assert found("He called on Thursday for a strike.", wednesday) == [("Thursday", "DATE", "1996-08-22")]
    text = "The premier has invited union chiefs to a meeting on Thursday."
    assert found(text, date(1996, 8, 27)) == [("Thursday", "DATE", "1996-08-29")]
    # a launch or a vote pushed to another month: the coming one, as a month extended to
    november = date(2024, 11, 13)
    for text in ("The launch slipped to March.", "The vote was pushed back to March.", "The date was moved to March."):
        assert found(text, november) == [("March", "DATE", "2025-03")]
    assert found("He moved to London in March.", november) == [("March", "DATE", "2024-03")]
    # and so to a weekday: the coming one, told on a Friday
    friday = date(2026, 5, 29)
    assert found("The hearing was moved to Thursday and the vote brought forward to Tuesday.", friday) == [
        ("Thursday", "DATE", "2026-06-04"), ("Tuesday", "DATE", "2026-06-02")
    ]
    assert found("The plant was moved to Texas on Monday.", friday) == [("Monday", "DATE", "2026-05-25")]
    for text in ("The vote was rescheduled for Tuesday.", "The vote was put off until Tuesday.",
                 "The vote, put back to Tuesday, will be close."):
        assert found(text, friday) == [("Tuesday", "DATE", "2026-06-02")]
    for text in ("The vote was rescheduled from Tuesday.", "He put troops there until Tuesday."):
        assert found(text, friday) == [("Tuesday", "DATE", "2026-05-26")]
    # "no earlier than" bounds the month, with no past in it
    for text in ("The launch has slipped to no earlier than March.", "The launch will come no earlier than March."):
        assert found(text, november) == [("March", "DATE", "2025-03")]
    assert found("The ban was extended in May.", monday) == [("May", "DATE", "1996-05")]
    text = "She bought the ground and is racing to have it ready for a match in March, a televised event."
    assert found(text, date(2015, 12, 1)) == [("March", "DATE", "2016-03")]


def test_the_weathers_participles_are_no_past_verbs():
    friday = date(2004, 9, 3)
    assert found("Expect scattered showers Sunday through Tuesday.", friday) == [
        ("Sunday", "DATE", "2004-09-05"), ("Tuesday", "DATE", "2004-09-07")
    ]
    assert found("Police scattered the crowd on Sunday.", friday) == [("Sunday", "DATE", "2004-08-29")]


def test_a_plan_or_a_call_to_act_told_in_the_past_names_the_nearest_day():
    monday = date(2016, 6, 6)
    assert found("The company was to report its results on Wednesday.", monday) == [("Wednesday", "DATE", "2016-06-08")]
    assert found("At the diner he urged them to vote Tuesday.", monday) == [("Tuesday", "DATE", "2016-06-07")]
    assert found("The mayor asked residents on Saturday to stay home on Tuesday.", monday) == [
        ("Saturday", "DATE", "2016-06-04"), ("Tuesday", "DATE", "2016-06-07")
    ]
    # the day before the call dates the call; "to" before no verb makes none
    assert found("On Thursday, the senator urged donors to give more.", monday) == [("Thursday", "DATE", "2016-06-02")]
    assert found("He was to the south on Thursday.", monday) == [("Thursday", "DATE", "2016-06-02")]


def test_a_speech_participle_before_a_day_dates_the_saying():
    thursday = date(2016, 6, 16)
    text = "The governor joined the row, announcing on Wednesday she would veto the bill."
    assert found(text, thursday) == [("Wednesday", "DATE", "2016-06-15")]


def test_what_was_told_without_that_after_the_day_leaves_the_telling_in_the_past():
    monday = date(2016, 9, 19)
    text = "The president told supporters this weekend he would take their absence as an insult."
    assert found(text, monday) == [("this weekend", "DATE", "2016-W37-WE")]
    # with no speech verb before it, the "would" after the day still looks ahead
    assert found("This weekend he would rather rest.", monday) == [("This weekend", "DATE", "2016-W38-WE")]


def test_a_verb_in_the_present_after_a_past_one_leaves_the_day_untensed():
    text = "There was talk about the voters who are entitled to vote in November."
    assert found(text, date(2016, 7, 6)) == [("November", "DATE", "2016-11")]
    text = "The pollster described the dire situation the senator is facing in Tuesday’s primary."
    assert found(text, date(2016, 6, 4)) == [("Tuesday", "DATE", "2016-06-07")]
    text = "The poll was taken in July, but math shows he needs gains to have a chance of winning in November."
    assert found(text, date(2016, 7, 18))[1] == ("November", "DATE", "2016-11")
    # no present between the past verb and the day: still the past
    assert found("The party courted the voters who were angry in November.", date(2016, 7, 6)) == [
        ("November", "DATE", "2015-11")
    ]


def test_what_a_span_runs_from_has_happened():
    told = date(2016, 8, 17)
    text = "Since saying in October that he would not run, the governor has campaigned for her."
    assert found(text, told) == [("October", "DATE", "2015-10")]


def test_a_month_falls_in_the_year_its_sentence_opens_on():
    told = date(2016, 9, 4)
    text = "In 2008, the campaign began airing ads in mid-September. But in 2012, it spent millions beginning in April."
    assert found(text, told) == [
        ("2008", "DATE", "2008"), ("mid-September", "DATE", "2008-09"), ("2012", "DATE", "2012"),
        ("April", "DATE", "2012-04"),
    ]
    # what lies ahead is not that year's
    assert found("In 2015, prices rose, and they will rise again in March.", told)[1] == ("March", "DATE", "2017-03")


def test_a_month_or_a_quarter_falls_in_the_year_of_the_month_its_sentence_opens_on():
    told = date(2016, 9, 4)
    assert found("In March 2015, the firm wrote of its hopes for July.", told)[1] == ("July", "DATE", "2015-07")
    assert found("In 2015, the firm lost money in the first quarter.", told)[1] == (
        "the first quarter", "DATE", "2015-Q1"
    )
    assert found("In May 2015, the firm said sales fell in the first quarter.", told)[1] == (
        "the first quarter", "DATE", "2015-Q1"
    )
    assert found("In 2015, prices rose, and they will rise again in the first quarter.", told)[1] == (
        "the first quarter", "DATE", "2017-Q1"
    )


def test_a_week_month_or_count_inside_a_quote_counts_from_the_day_it_was_said():
    tuesday = date(2024, 11, 12)
    assert found("“We will meet next week,” he said on Friday.", tuesday)[0] == ("next week", "DATE", "2024-W46")
    assert found("“I saw him two days ago,” she said on Friday.", tuesday)[0] == ("two days ago", "DATE", "2024-11-06")
    # as a message's date frames what it says
    assert found("“This week was a win,” the aide wrote in an email of March 19, 2011.", tuesday)[0] == (
        "This week", "DATE", "2011-W11"
    )
    # outside the quote, the document's
    assert found("He said on Friday they would meet next week.", tuesday)[1] == ("next week", "DATE", "2024-W47")
    # and a unit counted from a date the text gave needs no document date
    assert found("In 2019 the plant opened. The following year it closed.", None)[1] == (
        "The following year", "DATE", "2020"
    )


def test_tomorrow_or_today_at_large_is_no_day():
    assert found("They are the leaders of tomorrow; imagine a tomorrow where work is honored.") == []
    # and "today's" the present day at large before youth, the world and the like (not before a day's event)
    assert found("In today's crowded world, today's youth read less.") == []
    assert found("Today's vote is close.") == [("Today", "DATE", "2024-05-29")]
    assert found("He will decide by the end of tomorrow.") == [("tomorrow", "DATE", "2024-05-30")]


def test_today_or_this_morning_inside_a_quote_is_the_day_it_was_said():
    wednesday = date(2016, 1, 20)
    assert found("“I saw him again today,” she wrote on her page on Sunday.", wednesday) == [
        ("today", "DATE", "2016-01-17"), ("Sunday", "DATE", "2016-01-17")
    ]
    assert found('The senator said on Monday he "delivered a letter today."', wednesday) == [
        ("Monday", "DATE", "2016-01-18"), ("today", "DATE", "2016-01-18")
    ]
    assert found("“I spoke to him this morning,” she said on Monday.", wednesday)[0] == (
        "this morning", "TIME", "2016-01-18TMO"
    )
    # outside the quote, or with no day for the saying, today is the document's
    assert found("She said on Sunday that they would vote today.", wednesday)[1] == ("today", "DATE", "2016-01-20")
    assert found("“We vote today,” she said.", wednesday) == [("today", "DATE", "2016-01-20")]
    # a day before the speech verb that frames the quote: the sentence opens on it, or it follows a speech noun
    assert found("On Monday, the minister said: “Today we begin a new chapter.”", wednesday)[1][2] == "2016-01-18"
    assert found("In a statement on Monday, she said, “We signed the deal today.”", wednesday)[1][2] == "2016-01-18"
    assert found("On Monday, fighting flared, she said: “Today we mourn.”", wednesday)[1][2] == "2016-01-20"
    # a weekday gone, named from the telling, opens it as well
    text = "Last Monday, the minister said: “We sign tomorrow.”"
    assert found(text, wednesday)[1] == ("tomorrow", "DATE", "2016-01-19")
    # a frame with no day quotes the saying the sentence before dated, by its verb or its opening day
    text = "The minister spoke in Accra on Monday. “Today we begin a new chapter,” she said."
    assert found(text, wednesday)[1] == ("Today", "DATE", "2016-01-18")
    text = "On Monday, the minister addressed parliament. “We vote today,” she said, “and we win tomorrow.”"
    assert [t[2] for t in found(text, wednesday)] == ["2016-01-18", "2016-01-18", "2016-01-19"]
    assert found("“We are ready,” she said on Monday. “Today we begin,” she added.", wednesday)[1][2] == "2016-01-18"
    # not a day of what was said, nor of a deed, nor with a frame told in the present
    for text in ("She said that the strike began on Monday. “Today we mourn,” she said.",
                 "On Monday, fighting flared. “Today we mourn,” she said.",
                 "The minister spoke on Monday. “Today we begin,” she says."):  # fmt: skip
        assert found(text, wednesday)[1] == ("Today", "DATE", "2016-01-20"), text
    # against an inferred document date both rest on a guess
    _, timexes = tag_document("Geneva, March 3, 2024. “We signed today,” she said on Monday.", Published())
    assert [(t.text, t.value, t.guess) for t in timexes[1:]] == [
        ("today", "2024-02-26", True), ("Monday", "2024-02-26", True)
    ]


def test_a_weekday_inside_a_quote_is_counted_from_the_day_it_was_said():
    told = date(2024, 11, 13)  # a Wednesday; November 4 was a Monday
    assert found("“We will meet again on Friday,” the minister told reporters on Nov. 4.", told)[0] == (
        "Friday", "DATE", "2024-11-08"
    )
    assert found("On Nov. 4, the minister said: “The vote is on Friday at noon.”", told)[1:] == [
        ("Friday", "DATE", "2024-11-08"), ("noon", "TIME", "2024-11-08T12:00")
    ]
    # outside the quote, the telling's
    assert found("The minister said on Nov. 4 that the vote is on Friday.", told)[1] == ("Friday", "DATE", "2024-11-15")


def test_the_new_year_is_the_next_unless_told_in_its_first_weeks():
    assert found("The inquiry will report in the new year.", date(2023, 11, 9)) == [("the new year", "DATE", "2024")]
    text = "The bridge will be open by the start of the new year."
    assert found(text, date(1996, 8, 23)) == [("the start of the new year", "DATE", "1997")]
    assert found("The new year began with strikes.", date(2016, 2, 3)) == [("The new year", "DATE", "2016")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The file is dated 3-Mar-2016; the report 2016/03/01; the ruling 01.03.2016.",
         [("3-Mar-2016", "DATE", "2016-03-03"), ("2016/03/01", "DATE", "2016-03-01"),
          ("01.03.2016", "DATE", "2016-03-01")]),
        ("Date: 12-Nov-15. Maturity 15-Jun-98.",
         [("12-Nov-15", "DATE", "2015-11-12"), ("15-Jun-98", "DATE", "1998-06-15")]),
        # in dots and pairs of digits, the year too may be short; not a version's number
        ("Posted 09.03.16 by staff; version 10.11.12 is out; the clock read 10.30.45.",
         [("09.03.16", "DATE", "2016-03-09")]),
        ("The 2015/16 season ended early.", [("2015", "DATE", "2015"), ("16", "DATE", "2016")]),
        ("The rebels advanced in late Feb. and the law was signed in Oct.",
         [("late Feb.", "DATE", "2016-02"), ("Oct.", "DATE", "2015-10")]),
        ("Jan and Mar met in Oct", []),
        ("Stocks: 29/2/16 1/3/15", [("29/2/16", "DATE", "2016-02-29"), ("1/3/15", "DATE", "2015-03-01")]),
        ("Filed 2/29/16 and 1/3/15; 1/3/15 again", [("2/29/16", "DATE", "2016-02-29"), ("1/3/15", "DATE", "2015-01-03"),
                                                    ("1/3/15", "DATE", "2015-01-03")]),
        ("Polls close at 8 p.m. ET.", [("8 p.m. ET", "TIME", "2016-03-02T20:00")]),
    ],
)
def test_written_forms_of_dates(text, expected):
    assert found(text, date(2016, 3, 2)) == expected


def test_since_names_a_day_that_has_come_and_a_past_year_end_told_in_december_is_this_years():
    november = date(2023, 11, 8)
    assert found("He has been in hiding since Christmas.", november) == [("Christmas", "DATE", "2022-12-25")]
    assert found("The summit was held on Christmas.", november) == [("Christmas", "DATE", "2022-12-25")]
    assert found("He has not spoken since Dec. 20.", november) == [("Dec. 20", "DATE", "2022-12-20")]
    late_december = date(2015, 12, 28)
    assert found("The tax was delayed in a year-end budget deal.", late_december) == [("year-end", "DATE", "2015-12-31")]


def test_a_season_without_a_tense_is_the_nearer_one():
    assert found("With the winter golf season beginning, prices rise.", date(2015, 11, 26)) == [
        ("the winter", "DATE", "2015-WI")
    ]
    assert found("Over the summer prices rose.", date(2015, 11, 26)) == [("the summer", "DATE", "2015-SU")]


def test_the_late_part_of_a_season_told_in_the_past_before_it_came_is_last_years():
    march = date(2026, 3, 10)
    assert read_mods("The plant was built in the late spring.", march) == [("the late spring", "2025-SP", "END")]
    assert read_mods("The plant was built in mid-spring.", march) == [("mid-spring", "2025-SP", "MID")]
    assert read_mods("The plant was built in the spring.", march) == [("the spring", "2026-SP", None)]
    assert read_mods("It will open in the late spring.", march) == [("the late spring", "2026-SP", "END")]
    assert read_mods("It was built in late spring.", date(2026, 5, 20)) == [("late spring", "2026-SP", "END")]


def test_this_season_told_after_it_and_ahead_is_the_next_one():
    december = date(2015, 12, 21)
    assert found("The couple are expected to welcome a second child this summer.", december) == [
        ("this summer", "DATE", "2016-SU")
    ]
    assert found("The couple married this summer.", december) == [("this summer", "DATE", "2015-SU")]


def test_a_winter_is_the_year_it_begins_in():
    # told in January, the winter now is the one begun in December, and the last one a year before it
    january = date(2016, 1, 20)
    assert found("Obama flew to Boise for a speech last winter.", january) == [("last winter", "DATE", "2014-WI")]
    assert found("The race draws rare interest this winter.", january) == [("this winter", "DATE", "2015-WI")]
    assert found("They will meet next winter.", january) == [("next winter", "DATE", "2016-WI")]
    april = date(2016, 4, 10)
    assert found("The snow this winter was heavy.", april) == [("this winter", "DATE", "2015-WI")]
    assert found("It will snow hard this winter.", april) == [("this winter", "DATE", "2016-WI")]


def test_seasons_at_the_calendars_ends_do_not_fail():
    assert found("He spoke last winter; it rose over the summer.", date(2, 6, 1)) == [
        ("last winter", "DATE", "0001-WI"), ("the summer", "DATE", "0002-SU")
    ]
    assert found("He spoke last winter; it will snow this winter.", date(9998, 6, 1)) == [
        ("last winter", "DATE", "9997-WI"), ("this winter", "DATE", "9998-WI")
    ]


def test_a_fall_in_something_measured_is_no_season():
    assert found("After this fall in prices, the indicators slipped.", date(2015, 12, 19)) == []
    assert found("The fall in global oil prices hurt the budget.", date(2015, 12, 19)) == []
    assert found("He will campaign this fall in Iowa.", date(2016, 7, 31)) == [("this fall", "DATE", "2016-FA")]


def test_an_accolade_names_no_period():
    assert found("The senator may be the flavor of the week; the team's player of the year sat out the match.") == []


def test_someones_last_year_is_their_final_one_not_the_year_before():
    friday = date(2015, 12, 18)
    text = "She chaired the board until 2009; in 1998, their last year in power, the rebels signed."
    assert found(text, friday) == [("2009", "DATE", "2009"), ("1998", "DATE", "1998")]
    assert found("The shop had its last week of trade.", friday) == []
    # "her" may be the object: the year before
    assert found("The guild backed her last summer.", friday) == [("last summer", "DATE", "2015-SU")]
    assert found("It was the story of the year.") == [("the year", "DATE", "2024")]


def test_what_is_expected_lies_ahead():
    assert found("Analysts said they expect a decision on Tuesday.", date(2024, 5, 10)) == [
        ("Tuesday", "DATE", "2024-05-14")
    ]


def test_a_passive_with_an_adverb_and_compared_with_tell_no_past():
    tuesday = date(2016, 4, 26)
    assert found("He said he would be conditionally released on Friday.", tuesday) == [("Friday", "DATE", "2016-04-29")]
    assert found("The pledge: to cut emissions on Friday, compared with the level in 2005.", tuesday) == [
        ("Friday", "DATE", "2016-04-29"), ("2005", "DATE", "2005")
    ]
    assert found("Not only did they sell on Friday, they bought too.", tuesday) == [("Friday", "DATE", "2016-04-22")]


def test_prospects_for_a_day_look_ahead():
    assert found("Tester spoke of prospects for a deal on Saturday.", date(2016, 6, 23)) == [
        ("Saturday", "DATE", "2016-06-25")
    ]


def test_hoping_to_looks_ahead():
    friday = date(2016, 3, 4)
    assert found("The governor hopes to pick up delegates in Michigan this Tuesday.", friday) == [
        ("this Tuesday", "DATE", "2016-03-08")
    ]
    crowd = "Fans waved signs hoping to see the pair together on the ticket in the fall."
    assert found(crowd, date(2016, 6, 28)) == [("the fall", "DATE", "2016-FA")]


def test_on_pace_to_looks_ahead():
    wednesday = date(2016, 1, 27)
    assert found("The senator is on pace to finish his tour on Monday afternoon.", wednesday) == [
        ("Monday afternoon", "TIME", "2016-02-01TAF")
    ]
    assert found("The senator was on pace to finish his tour on Monday.", wednesday) == [
        ("Monday", "DATE", "2016-01-25")
    ]


def test_a_contest_held_in_the_present_a_chance_to_win_and_looking_past_a_month_look_ahead():
    friday = date(2016, 6, 3)
    assert found("She toured Ohio rather than Maine, which also holds its primary Tuesday.", friday)[-1] == (
        "Tuesday", "DATE", "2016-06-07"
    )
    assert found("Maine holds a caucus on Saturday.", date(2016, 6, 1)) == [("Saturday", "DATE", "2016-06-04")]
    assert found('"We stand a fine chance to take it on Tuesday," he said.', friday) == [
        ("Tuesday", "DATE", "2016-06-07")
    ]
    assert found("Maine held its primary on Tuesday.", friday) == [("Tuesday", "DATE", "2016-05-31")]
    # looking past a month looks ahead
    assert found("He looked well past November toward a distant goal.", friday) == [("November", "DATE", "2016-11")]


def test_a_participle_without_an_auxiliary_is_past():
    tuesday = date(2024, 5, 28)
    assert found("A poll of voters taken Wednesday through Sunday shows a tie.", tuesday)[0][2] == "2024-05-22"


def test_could_looks_ahead_unless_it_reports_what_was_not_done():
    saturday, april = date(2024, 6, 1), date(2024, 4, 22)
    assert found("Abbas and Gold could meet on Thursday.", saturday) == [("Thursday", "DATE", "2024-06-06")]
    text = "That distrust could exact a heavy price in November if she is the nominee."
    assert found(text, april) == [("November", "DATE", "2024-11")]
    text = "Aides could not be reached for comment Thursday."
    assert found(text, saturday) == [("Thursday", "DATE", "2024-05-30")]
    # "could be" with a deed looks ahead, even after a past speech verb; with what could be sensed or found, back
    text = "A spokesman said the deal could be signed before the end of the year."
    assert found(text, april) == [("the end of the year", "DATE", "2024")]
    assert found("Relatives could be located Wednesday; smoke could be seen on Friday.", saturday) == [
        ("Wednesday", "DATE", "2024-05-29"), ("Friday", "DATE", "2024-05-31")
    ]
    text = "She is marching toward November, constrained by her record."
    assert found(text, april) == [("November", "DATE", "2024-11")]


def test_a_feast_the_story_tells_of_anchors_what_follows():
    text = "On New Year's Day they signed a deal. The following day Mogadishu objected; a week later it voted."
    assert found(text, date(2024, 3, 14))[1:] == [
        ("The following day", "DATE", "2024-01-02"), ("a week later", "DATE", "2024-W02")
    ]
    # not one that names a contest: "the same night" here is the Tuesday's
    text = "On Tuesday he won, the first such race since the 1988 Super Tuesday. That same night he spoke."
    assert found(text, date(2024, 3, 14))[-1] == ("That same night", "TIME", "2024-03-12TNI")


def test_a_participle_with_its_agent_still_governs_the_day():
    text = "Returns announced by Chad and Niger on Thursday could begin within days."
    assert found(text, date(2024, 6, 1))[0] == ("Thursday", "DATE", "2024-05-30")
    text = "The row was set off by Kenya's word on Tuesday of a scheme to enlarge a port."
    assert found(text) == [("Tuesday", "DATE", "2024-05-28")]
    # the agent ends where the clause's own verb begins: the talks are to come
    text = "Talks mediated by Turkey will be held on June 20; others brokered by Qatar are set for July 2."
    assert found(text, date(2024, 6, 1)) == [("June 20", "DATE", "2024-06-20"), ("July 2", "DATE", "2024-07-02")]


def test_a_past_form_before_a_date_that_ends_its_clause_is_a_finite_verb():
    told = date(2024, 3, 14)
    # nothing after the date makes the past form a participle: the month is last year's, not the one ahead
    assert found("The ceasefire broke down in April.", told) == [("April", "DATE", "2023-04")]
    assert found("The siege ended in May, and the roads reopened.", told)[0] == ("May", "DATE", "2023-05")
    assert found("The strike ended on April 3 when the union gave way.", told) == [("April 3", "DATE", "2023-04-03")]
    # so is a past form after "that" or "which", or one after an opening phrase that ends its clause
    assert found("The talks that opened in April soon stalled.", told) == [("April", "DATE", "2023-04")]
    assert found("In May, the ferry sank.", told) == [("May", "DATE", "2023-05")]
    # an opening date may follow "about" or "around", or two linking words ("and then")
    assert found("And then on April 2 it quit; around May 1 the rain stopped.", told) == [
        ("April 2", "DATE", "2023-04-02"), ("May 1", "DATE", "2023-05-01")
    ]
    assert found("Around May 1 the rain will stop.", told) == [("May 1", "DATE", "2024-05-01")]
    # so may one after ", and then", which opens a clause of its own
    assert found("The rain held up well, and then about May 1 it quit.", told) == [("May 1", "DATE", "2023-05-01")]
    # a main verb after it leaves the participle looking ahead, and a second month is no new clause
    assert found("The slots booked in April and May will air twice.", told) == [
        ("April", "DATE", "2024-04"), ("May", "DATE", "2024-05")
    ]


def test_a_verb_joined_in_the_present_leaves_the_past_clause():
    assert found("Markets were shut Monday for a holiday and reopen Friday.", date(2024, 3, 14)) == [
        ("Monday", "DATE", "2024-03-11"), ("Friday", "DATE", "2024-03-15")
    ]
    assert found("Markets were shut Monday and again Friday.", date(2024, 3, 14))[1] == ("Friday", "DATE", "2024-03-08")
    # with a preposition between: "runs through Saturday" (not "ran through")
    told = date(2016, 3, 10)  # a Thursday
    assert found("Early voting began Monday and runs through Saturday.", told)[1] == ("Saturday", "DATE", "2016-03-12")
    assert found("Early voting began Monday and ran through Saturday.", told)[1] == ("Saturday", "DATE", "2016-03-05")


def test_that_before_a_noun_opens_no_clause():
    text = "She will surely pass that mark on Tuesday, when the polls open."
    assert found(text, date(2024, 5, 31)) == [("Tuesday", "DATE", "2024-06-04")]
    text = "He said that the vote on Tuesday was close."
    assert found(text, date(2024, 5, 31)) == [("Tuesday", "DATE", "2024-05-28")]
    # after a preposition or a verb that takes no clause, "that" points at a noun too
    assert found("He would be able to keep that support in the fall.", date(2024, 1, 30))[0][2] == "2024-FA"
    assert found("They will hold that vote in September.", date(2024, 1, 30))[0][2] == "2024-09"
    assert found("He will say that support in September was strong.", date(2024, 1, 30))[0][2] == "2023-09"


def test_units_counted_from_a_named_day_or_a_part_of_it_are_one_expression():
    thursday = date(2000, 2, 24)
    assert found("The bodies were found the day before last Tuesday.", thursday) == [
        ("the day before last Tuesday", "DATE", "2000-02-21")
    ]
    assert found("Two days before Christmas, he resigned.", thursday) == [
        ("Two days before Christmas", "DATE", "1999-12-23")
    ]
    assert found("The week before Christmas was busy.", thursday) == [("The week before Christmas", "DATE", "1999-W50")]
    # "the eve of" a day is the day before it
    assert found("The rally took place on the eve of Labor Day.", date(2016, 9, 6)) == [
        ("the eve of Labor Day", "DATE", "2016-09-04")
    ]
    assert found("He spoke on the eve of Tuesday's vote.", thursday) == [("the eve of Tuesday", "DATE", "2000-02-21")]
    assert found("Three years after Jan. 1, 1990, the law lapsed.", thursday) == [
        ("Three years after Jan. 1, 1990", "DATE", "1993-01-01")
    ]
    assert found("A week after the vote, he resigned.", thursday) == [("A week", "DURATION", "P1W")]
    assert found("He was shot the night of Feb. 18.", thursday) == [("the night of Feb. 18", "TIME", "2000-02-18TNI")]
    # told in the past, with the verb and its preposition before the part of the day, a night gone
    assert found("Police raided the house on the night of 11 April.", thursday) == [
        ("the night of 11 April", "TIME", "1999-04-11TNI")
    ]
    # or the day of the month alone
    assert found("Shots rang out on the night of the 21st.", thursday) == [
        ("the night of the 21st", "TIME", "2000-02-21TNI")
    ]
    # a night named by both its days, as British and European copy writes it, starts on the first
    assert found("Shelling went on through the night of 10/11 February.", thursday) == [
        ("the night of 10/11 February", "TIME", "2000-02-10TNI")
    ]
    assert found("Raids came on the night of 20-21 February.", thursday) == [
        ("the night of 20-21 February", "TIME", "2000-02-20TNI")
    ]
    # and with "to" between them, or the month first
    for text in ("Raids came on the night of 20 to 21 February.", "Raids came on the night of February 20-21.",
                 "Raids came on the night of Feb. 20 to 21, 2000."):
        assert found(text, thursday) == [(text[14:-1], "TIME", "2000-02-20TNI")]
    # and "the intervening night" between two days, as South Asian police reports write it
    for text in ("Raids came on the intervening night of February 20 and 21.",
                 "Raids came on the intervening night of Sunday and Monday."):
        assert found(text, date(2000, 2, 22)) == [(text[14:-1], "TIME", "2000-02-20TNI")]
    # not a night and a day two days on
    assert found("Raids came on the night of February 20 to 22.", thursday) == [
        ("the night of February 20", "TIME", "2000-02-20TNI"), ("22", "DATE", "2000-02-22")
    ]


def test_an_early_or_late_part_of_a_named_day_and_its_small_hours():
    told = date(2026, 5, 29)
    assert read_mods("Fire broke out in the early morning of 3 May and again in the late evening of May 5.", told) == [
        ("the early morning of 3 May", "2026-05-03TMO", "START"), ("the late evening of May 5", "2026-05-05TEV", "END")
    ]
    # the small hours of a day are its start, not a time of it nor the night before
    assert read_mods("The deal was signed in the early hours of Saturday.", told) == [
        ("the early hours of Saturday", "2026-05-23", "START")
    ]
    assert read_mods("The raid was in the wee hours of the 7th.", told) == [
        ("the wee hours of the 7th", "2026-05-07", "START")
    ]
    # and of a day's morning its morning's start; those of a day's night lie past it, in the next day's
    assert read_mods("Talks ran into the early hours of Friday morning.", told) == [
        ("the early hours of Friday morning", "2026-05-29TMO", "START")
    ]
    assert read_mods("They struck in the small hours of Sunday night.", told) == [
        ("Sunday night", "2026-05-24TNI", None)
    ]
    # with no day named, those of the day the text tells of, as "in the morning" is that day's
    assert read_mods("Drones hit the port in the early hours.", told) == [("the early hours", "2026-05-29", "START")]
    assert read_mods("On Tuesday, gunfire began in the small hours.", told) == [
        ("Tuesday", "2026-05-26", None), ("the small hours", "2026-05-26", "START")
    ]
    assert read_mods("The count ran into the wee hours of the morning.", told) == [
        ("the wee hours of the morning", "2026-05-29TMO", "START")
    ]
    # not a habit, nor the first hours of something else
    assert read_mods("Bakers work in the early hours.", told) == []
    assert read_mods("The early hours of the crisis were confused.", told) == []


def test_the_day_an_expression_counts_from_is_given_back_where_days_or_weeks_are_counted():
    from storyline.extract.time import counted_from

    def day_of(text: str) -> tuple[str, str] | None:
        (timex,) = find_timexes(text, date(2000, 2, 24))
        inner = counted_from(timex)
        return inner and (text[inner.start : inner.end], inner.value)

    assert day_of("They left two days after Monday's vote.") == ("Monday", "2000-02-21")
    assert day_of("They left the day before last Tuesday's hearing.") == ("last Tuesday", "2000-02-22")
    assert day_of("They left a month after Jan. 31.") is None  # Feb. 29 is also a month after Jan. 29
    assert day_of("They left the week before Christmas.") is None
    assert day_of("They left on Monday.") == ("Monday", "2000-02-21")  # counted from no day: itself


def test_a_sentence_ends_before_a_quote_opened_with_two_marks():
    # else the next sentence's past ("said") would read the fall told ahead in January as the last one
    text = "It is a fallback for if the party loses in the fall. ''He is building a movement,'' said Mr. Osei."
    assert found(text, date(2016, 1, 12)) == [("the fall", "DATE", "2016-FA")]
    text = "It is a fallback for if the party loses in the fall. ``He is building a movement,'' said Mr. Osei."
    assert found(text, date(2016, 1, 12)) == [("the fall", "DATE", "2016-FA")]


def test_what_lasted_until_a_month_ended_there():
    september = date(2016, 9, 23)
    assert found("The ceasefire lasted until mid-October.", september) == [("mid-October", "DATE", "2015-10")]
    assert found("He waited until October to announce.", september) == [("October", "DATE", "2015-10")]
    assert found("He stayed in office until Oct. 5.", september) == [("Oct. 5", "DATE", "2015-10-05")]
    assert found("The vote was postponed until October.", september) == [("October", "DATE", "2016-10")]
    # and further off than the one gone: what is put off to a time lies ahead, told however long before it
    december = date(2016, 12, 9)
    for text in ("The vote was postponed until October.", "The talks were put off to October.",
                 "The hearing was adjourned until October."):
        assert found(text, december) == [("October", "DATE", "2017-10")], text
    assert found("He waited until October to announce.", december) == [("October", "DATE", "2016-10")]
    # as is what a delay, a postponement or a reprieve runs until
    assert found("The defence had asked for a delay until January.", september) == [("January", "DATE", "2017-01")]


def test_a_weekday_named_twice_in_a_clause_is_one_day():
    # of the two the tenses give, one that has come, though the other is nearer the telling
    friday = date(2008, 8, 1)
    text = "The council voted on Thursday to renew the mission, whose mandate runs out Thursday."
    assert found(text, friday) == [("Thursday", "DATE", "2008-07-31"), ("Thursday", "DATE", "2008-07-31")]
    assert found(text, date(2008, 7, 28)) == [("Thursday", "DATE", "2008-07-24"), ("Thursday", "DATE", "2008-07-24")]
    # else the nearer
    text = "The mandate runs out Thursday, and the council votes on it Thursday."
    assert found(text, friday) == [("Thursday", "DATE", "2008-08-07"), ("Thursday", "DATE", "2008-08-07")]
    # not one a week away from the other, nor one in another clause
    text = "The council met on Thursday; the mandate runs out Thursday."
    assert found(text, friday)[1] == ("Thursday", "DATE", "2008-08-07")
    text = "The council met on Thursday and meets again a week from Thursday."
    assert found(text, friday)[1][2] != "2008-07-31"


def test_the_day_a_thing_was_postponed_on_has_come():
    # what is postponed lies ahead ("postponed to Sunday"), the day the postponing was told of does not
    monday = date(2026, 12, 7)
    assert found("The hearing was postponed on Sunday.", monday) == [("Sunday", "DATE", "2026-12-06")]
    assert found("The hearing was postponed late Sunday.", monday) == [("late Sunday", "DATE", "2026-12-06")]
    assert found("The hearing was postponed again on Sunday.", monday) == [("Sunday", "DATE", "2026-12-06")]
    assert found("The hearing was postponed to Sunday.", monday) == [("Sunday", "DATE", "2026-12-13")]
    assert found("The postponed hearing on Sunday will go ahead.", monday) == [("Sunday", "DATE", "2026-12-13")]
    # the postponing or planning after the day is of the day ("postponed", "planned" are past forms too), not a plan
    # told in the present
    friday = ("Friday", "DATE", "2026-12-04")
    assert found("On Friday the parties postponed by a week the signing.", monday)[0] == friday
    assert found("On Friday, the ministry planned to pay the first claims.", monday) == [friday]
    assert found("On Friday, the mayor has a speech scheduled.", monday) == [("Friday", "DATE", "2026-12-11")]


def test_what_is_awaited_lies_ahead():
    friday = date(2024, 5, 31)
    assert found("Temporary stands await Sunday's parade.", friday) == [("Sunday", "DATE", "2024-06-02")]
    text = "Prices were trapped in a range, awaiting a seasonal upturn into the fourth quarter."
    assert found(text, date(2024, 8, 30)) == [("the fourth quarter", "DATE", "2024-Q4")]


def test_a_days_attack_or_shooting_has_come():
    text = "Yet the bombings in Lagos on Friday, and a strike, have upset her plans."
    assert found(text) == [("Friday", "DATE", "2024-05-24")]
    assert found("The shooting at the club on Sunday will be investigated.") == [("Sunday", "DATE", "2024-05-26")]
    text = "Her victories in Ohio, Iowa and Utah on Tuesday will only speed that shift."
    assert found(text, THU) == [("Tuesday", "DATE", "2024-05-28")]
    assert found("She should gain ground from the win Tuesday, he said.", THU) == [("Tuesday", "DATE", "2024-05-28")]
    assert found("A win on Tuesday would give him the lead.", THU) == [("Tuesday", "DATE", "2024-06-04")]
    # so has a month's, though not a result's, which may be hoped for
    text = "Guns are an emotional issue in the state after the church massacre in June."
    assert found(text, date(2016, 2, 25)) == [("June", "DATE", "2015-06")]
    assert found("Their victory in November is far from certain.", date(2016, 2, 25)) == [("November", "DATE", "2016-11")]
    # a firm past stays firm: told in November, last January's, not the one to come
    assert found("There were 40 attacks in January.", date(2024, 11, 7)) == [("January", "DATE", "2024-01")]


def test_a_day_is_the_main_clauses_not_that_of_what_was_said_then():
    text = "The governor turned on her rival on Monday, saying he would wreck the budget."
    assert found(text, date(2024, 5, 28)) == [("Monday", "DATE", "2024-05-27")]



def test_a_day_that_opens_the_subject_of_what_was_said_takes_its_tense():
    told = date(2024, 5, 29)  # a Wednesday
    assert found("An aide said the Friday talks would cover trade.", told) == [("Friday", "DATE", "2024-05-31")]
    assert found("An aide said the Monday talks went well.", told) == [("Monday", "DATE", "2024-05-27")]
    # not a day of the saying, nor of the one told
    assert found("An aide said Friday the talks would resume.", told) == [("Friday", "DATE", "2024-05-24")]
    assert found("She told the Friday rally she would win.", told) == [("Friday", "DATE", "2024-05-24")]


def test_one_day_to_come_is_some_day_not_a_span():
    for text in ("Scientists hope one day to tap that power.", "Wu said one day the country would pay a price.",
                 "They fear that the cartel would one day rule."):  # fmt: skip
        assert found(text) == [("one day", "DATE", "FUTURE_REF")], text
    for text in ("With only one day until the vote, she campaigned.", "He did one day of service.",
                 "Turnout will be high for one day.", "It is better to rule for one day than never."):  # fmt: skip
        assert found(text)[0] == ("one day", "DURATION", "P1D"), text
    # "one night" the story tells of is some night; spent or counted, a night's length
    assert found("Driving home one night, she wept; he spent one night in jail.") == [
        ("one night", "TIME", "XXXX-XX-XXTNI"), ("one night", "DURATION", "P1D")
    ]


def test_later_counts_from_the_last_stated_date_and_from_now_from_the_documents():
    text = "The treaty was signed on 12 March 1997 and ratified eight months later."
    assert found(text)[1] == ("eight months later", "DATE", "1997-11")
    text = "The accord came on 16 May 1995; it was drafted the day before, and lapsed the year after."
    assert found(text)[1:] == [("the day before", "DATE", "1995-05-15"), ("the year after", "DATE", "1996")]
    assert found("Sales beat the year before.") == [("the year before", "DATE", "2023")]
    assert found("He resigned the day before the vote.") == []
    text = "The accord came on 16 May 1995; the envoy arrived the day before and left the week after."
    assert found(text)[1:] == [("the day before", "DATE", "1995-05-15"), ("the week after", "DATE", "1995-W21")]
    assert found("Turnout peaked in the week before and after the vote.") == []
    assert found("The new envoy arrives two weeks from now.") == [("two weeks from now", "DATE", "2024-W24")]
    assert found("A decade later, the firm remains on the brink.") == [("A decade later", "DATE", "XXXX")]
    # decades or centuries counted from the one named last, in its sentence or the one before
    assert found("Mills thrived in the 1960s. Two decades later, most had shut.") == [
        ("the 1960s", "DATE", "196"), ("Two decades later", "DATE", "198")
    ]
    assert found("The fort rose in the 14th century; a century later it was a ruin.") == [
        ("the 14th century", "DATE", "13"), ("a century later", "DATE", "14")
    ]
    assert found("Three months later, the talks had collapsed.") == [("Three months later", "DATE", "XXXX-XX")]
    assert found("The crowd cheered. An hour later, aides panicked.") == [("An hour later", "DATE", "2024-05-29")]
    # "now, … later" counts up to the telling
    assert found("He fled in 1976. Now, twenty years later, he is back.")[1:] == [
        ("Now", "DATE", "PRESENT_REF"), ("twenty years later", "DATE", "2024")
    ]


def test_the_month_or_the_year_its_sentence_just_named_or_else_the_current_one():
    text = "The club took in $8.4 million in February and spent most of it over the course of the month."
    assert found(text, date(2016, 3, 22))[1] == ("the month", "DATE", "2016-02")
    assert found("The trust opened in 2013, not 2012, which is the year it was planned.", date(2016, 3, 17))[2] == (
        "the year", "DATE", "2012"
    )
    text = "Rallies drew its biggest crowds of the month."
    assert found(text, date(2016, 1, 27)) == [("the month", "DATE", "2016-01")]


def test_the_edge_of_the_month_or_year_its_sentence_just_named():
    text = "The agency will add the data in January 2016 and expects to finish by the end of the month."
    assert found(text, date(2015, 12, 31))[1] == ("the end of the month", "DATE", "2016-01")
    text = "In 2012 the firm grew, and by the end of the year it had doubled."
    assert found(text)[1] == ("the end of the year", "DATE", "2012")
    text = "Prices, down since March 2015, will recover by the end of the year."
    assert found(text)[1] == ("the end of the year", "DATE", "2024")


def test_a_count_set_beside_a_date_restates_it():
    text = "Protests peaked in February 2014; polls came in October 2014, only eight months later, and he flew in."
    assert found(text)[2] == ("eight months later", "DATE", "2014-10")
    assert found("He quit on May 3, 1998, two days later.")[1] == ("two days later", "DATE", "1998-05-03")
    text = "The talks collapsed in 2009 and, two years later, resumed."
    assert found(text)[1] == ("two years later", "DATE", "2011")
    text = "They met in 2010. In 2012, two years later it ended."
    assert found(text)[2] == ("two years later", "DATE", "2014")


def test_overnight_is_the_night_before_unless_it_means_all_at_once():
    assert found("Rebels attacked two posts overnight.") == [("overnight", "TIME", "2024-05-28TNI")]
    assert found("Overnight, rebels attacked two posts.") == [("Overnight", "TIME", "2024-05-28TNI")]
    assert found("The patient will be kept overnight.") == [("overnight", "TIME", "2024-05-29TNI")]
    for text in ("It is not going to happen overnight.", "You can't build that overnight, he said.",
                 "It was a deal virtually doubling its size overnight.", "The idea spread almost overnight.",
                 "She became an overnight sensation.", "Banks lifted the overnight rate.",
                 "Guests like the overnight stays.",
                 "Lenders raised what they charge on overnight loans."):  # fmt: skip
        assert found(text) == [], text


def test_overnight_after_a_day_the_story_has_just_named_is_that_days_night():
    thu = date(2024, 3, 14)
    text = "Medics found the climber late on Monday. They warmed him and kept him overnight."
    assert found(text, thu)[-1] == ("overnight", "TIME", "2024-03-11TNI")
    # a market's overnight moves are those before the day's trading
    text = "Tokyo shares fell on Tuesday, dragged down by overnight losses on Wall Street."
    assert found(text, thu)[-1] == ("overnight", "TIME", "2024-03-11TNI")
    # a day the speech is dated by is no story's day: the night before the telling
    assert found("Drones struck a depot overnight, officials said on Thursday.", thu)[0][2] == "2024-03-13TNI"


def test_overnight_before_a_weekday_is_that_days_night_or_the_one_before_it_after_into():
    tue = date(2024, 3, 12)
    assert found("Storms are expected overnight Thursday.", tue) == [("overnight Thursday", "TIME", "2024-03-14TNI")]
    assert found("Snow will fall overnight into Friday.", tue)[0] == ("overnight", "TIME", "2024-03-14TNI")
    # the night before the day of what followed it
    assert found("He was held overnight and charged on Monday.", tue)[0] == ("overnight", "TIME", "2024-03-10TNI")
    text = "Rebels shelled it overnight and on Monday took it; one was held overnight before being freed on Sunday."
    assert [t[2] for t in found(text, tue) if t[0] == "overnight"] == ["2024-03-10TNI", "2024-03-09TNI"]
    assert found("Gunfire rang out overnight Saturday.", tue)[0] == ("overnight Saturday", "TIME", "2024-03-09TNI")
    # a night told as past that would lie ahead is the one that ended that morning
    assert found("The strikes hit overnight Tuesday, officials said.", tue) == [
        ("overnight Tuesday", "TIME", "2024-03-11TNI")
    ]


def test_a_part_of_the_day_told_in_the_past_or_future_is_that_of_the_day_the_text_tells_of():
    text = "Dealers turned cautious on Friday. They placed heavy orders in the morning, and by mid-afternoon sold."
    assert found(text)[1:] == [("the morning", "TIME", "2024-05-24TMO"), ("mid-afternoon", "TIME", "2024-05-24TAF")]
    assert found("Talks will resume in late afternoon.") == [("late afternoon", "TIME", "2024-05-29TAF")]
    # the night too, after "into" or "through" as well
    assert found("On Friday, rebels attacked, and shelling went on into the night.")[1] == (
        "the night", "TIME", "2024-05-24TNI"
    )
    # with no day named before it, the night told in the past is the one before the telling, as "overnight" is
    assert found("Rescuers worked through the night.") == [("the night", "TIME", "2024-05-28TNI")]
    assert found("Rescuers will work through the night.") == [("the night", "TIME", "2024-05-29TNI")]
    # a weekday right after it gives its day, as one expression
    assert found("Crews left late afternoon Friday and will return by mid-morning on Tuesday.") == [
        ("late afternoon Friday", "TIME", "2024-05-24TAF"), ("mid-morning on Tuesday", "TIME", "2024-06-04TMO")
    ]
    # with no date to count from, some Friday's, as "Friday afternoon" is
    assert found("Crews left late afternoon Friday.", None) == [("late afternoon Friday", "TIME", "XXXX-WXX-5TAF")]
    # a kind of thing, or a habit told in the present, names no time
    for text in ("He was part of a shake-up in the morning shows.", "He posted early-morning tweets.",
                 "She does not take calls in the morning."):  # fmt: skip
        assert found(text) == [], text
    # a habit told in the past or future: that part of no day in particular
    assert found("She usually trained in the morning.") == [("the morning", "TIME", "XXXX-XX-XXTMO")]
    assert found("Each night the guards played cards into the small hours.")[1] == (
        "the small hours", "DATE", "XXXX-XX-XX"
    )


def test_a_part_of_the_day_told_in_the_past_passes_over_a_day_still_to_come():
    text = "Rivals debated on Tuesday; voters go to the polls June 4. Three others clashed earlier in the evening."
    assert found(text)[2] == ("the evening", "TIME", "2024-05-28TEV")
    text = "Rivals debated on Tuesday; voters go to the polls June 4. Four more will debate later that day."
    assert found(text)[2] == ("later that day", "DATE", "2024-06-04")


def test_the_hour_of_a_habit_is_that_of_no_day_in_particular():
    assert found("The show airs weekdays from 6 a.m. to 9 a.m.") == [
        ("6 a.m.", "TIME", "XXXX-XX-XXT06:00"), ("9 a.m.", "TIME", "XXXX-XX-XXT09:00")
    ]
    assert found("Every Friday, from 9 a.m. to noon, she worked.")[1:] == [
        ("9 a.m.", "TIME", "XXXX-XX-XXT09:00"), ("noon", "TIME", "XXXX-XX-XXT12:00")
    ]
    assert found("He would ordinarily leave at 6:00 in the evening.") == [
        ("6:00 in the evening", "TIME", "XXXX-XX-XXT18:00")
    ]
    assert found("Bars may stay open until 2am at weekends.") == [
        ("2am", "TIME", "XXXX-XX-XXT02:00"), ("weekends", "SET", "XXXX-WXX-WE")
    ]
    assert found("We spent the last two weekends there; we left at 9am.")[1] == ("9am", "TIME", "2024-05-29T09:00")
    # a name or a kind is no habit, and a day named beside the hour, or between the habit and it, is its day
    assert found("The daily briefing began at 10 a.m.")[1] == ("10 a.m.", "TIME", "2024-05-29T10:00")
    text = "Polls usually close at 8 p.m.; on Tuesday they closed at 9 p.m."
    assert found(text)[1:] == [("Tuesday", "DATE", "2024-05-28"), ("9 p.m.", "TIME", "2024-05-28T21:00")]
    assert found("He spoke on Breitbart News Daily at 6 a.m.") == [("6 a.m.", "TIME", "2024-05-29T06:00")]
    assert found("Sales, held daily, began at 7 a.m. on Monday.")[1] == ("7 a.m. on Monday", "TIME", "2024-05-27T07:00")



def test_the_weekdays_a_place_is_open_on_are_each_weeks():
    # a span of weekdays a place keeps its hours on, told in the present, and the hours with it
    assert found("The archive is open Tuesday to Saturday.") == [
        ("Tuesday", "SET", "XXXX-WXX-2"), ("Saturday", "SET", "XXXX-WXX-6")
    ]
    assert found("Open Tue-Sat 10am-4pm.") == [
        ("Tue", "SET", "XXXX-WXX-2"), ("Sat", "SET", "XXXX-WXX-6"), ("10am", "TIME", "XXXX-XX-XXT10:00"),
        ("4pm", "TIME", "XXXX-XX-XXT16:00"),
    ]
    assert found("The desk closes at noon. Open Sat-Sun for urgent cases.")[1:] == [
        ("Sat", "SET", "XXXX-WXX-6"), ("Sun", "SET", "XXXX-WXX-7")
    ]
    assert found("The archive is open from Tuesday to Saturday, 10 a.m. to 4 p.m.")[1:] == [
        ("Saturday, 10 a.m.", "SET", "XXXX-WXX-6T10:00"), ("4 p.m.", "TIME", "XXXX-XX-XXT16:00")
    ]
    # not a week's own days, nor a span told in the past, nor a closure
    assert found("The archive is open Tuesday to Saturday next week.")[:2] == [
        ("Tuesday", "DATE", "2024-06-04"), ("Saturday", "DATE", "2024-06-08")
    ]
    assert found("The archive was open Tuesday to Saturday.")[0] == ("Tuesday", "DATE", "2024-05-21")
    assert found("Schools are closed Thursday through Friday.")[0] == ("Thursday", "DATE", "2024-05-30")


def test_an_hour_that_names_a_kind_of_thing_is_that_of_no_day_in_particular():
    assert found("The nurse kept a 4 a.m. round of checks.") == [("4 a.m.", "TIME", "XXXX-XX-XXT04:00")]
    assert found("The city set an 8 p.m. curfew.") == [("8 p.m.", "TIME", "XXXX-XX-XXT20:00")]
    assert found("The bloc set a 1400 GMT Friday deadline.") == [("1400 GMT Friday", "TIME", "2024-05-31T14:00")]
    # an hour "on a Friday" is that of some Friday, not the telling's day
    assert found("The phone rang at 10 p.m. on a Friday.")[0] == ("10 p.m.", "TIME", "XXXX-XX-XXT22:00")
    assert found("The phone rang at 10 p.m. on a cold Friday.")[0] == ("10 p.m.", "TIME", "XXXX-XX-XXT22:00")
    assert found("She watched the 6 p.m. news.") == [("6 p.m.", "TIME", "2024-05-29T18:00")]


def test_an_hour_said_with_its_part_of_the_day_is_a_clock_time():
    assert found("He phoned at three o'clock in the morning.") == [
        ("three o'clock in the morning", "TIME", "2024-05-29T03:00")
    ]
    assert found("They met at 5:30 in the afternoon and left by 11 at night.") == [
        ("5:30 in the afternoon", "TIME", "2024-05-29T17:30"), ("11 at night", "TIME", "2024-05-29T23:00")
    ]
    # a count before a part of the day, and a habit, name no hour
    assert found("She scored two in the afternoon.") == [("the afternoon", "TIME", "2024-05-29TAF")]
    assert found("He wakes at six in the morning.") == []


def test_a_clock_time_takes_the_day_named_right_after_it():
    text = "The accord came on 16 May 1995. He left at 9 p.m. the next day."
    assert found(text)[1] == ("9 p.m. the next day", "TIME", "1995-05-17T21:00")
    text = "At 3 p.m. on the first Monday in June, she reached Ames."
    assert found(text, date(2016, 1, 20))[0] == ("3 p.m. on the first Monday in June", "TIME", "2015-06-01T15:00")
    assert found("Bids are due by 5 p.m. on the 20th.", date(2024, 11, 13)) == [
        ("5 p.m. on the 20th", "TIME", "2024-11-20T17:00")
    ]
    assert found("Polls close at 8pm ET on Election Day.", date(2026, 3, 10)) == [
        ("8pm ET on Election Day", "TIME", "2026-11-03T20:00")
    ]


def test_a_clock_time_takes_the_day_a_yesterday_or_tomorrow_before_it_names():
    assert found("Polls closed yesterday at 9 p.m.")[1] == ("9 p.m.", "TIME", "2024-05-28T21:00")
    assert found("Tomorrow the polls close at 8 p.m.")[1] == ("8 p.m.", "TIME", "2024-05-30T20:00")
    assert found("The deadline passed yesterday at noon.")[1] == ("noon", "TIME", "2024-05-28T12:00")
    assert found("Yesterday he spoke at seven in the evening.")[1] == (
        "seven in the evening", "TIME", "2024-05-28T19:00"
    )
    # another clause's day does not
    assert found("Yesterday he left; polls close at 8 p.m.")[1] == ("8 p.m.", "TIME", "2024-05-29T20:00")


def test_a_midnight_told_in_the_past_on_a_named_day_is_that_days_end():
    text = "The ban took effect at midnight on 31 December."
    assert found(text, date(2025, 2, 10))[0] == ("midnight on 31 December", "TIME", "2024-12-31T24:00")


def test_a_day_named_from_another_follows_the_last_stated_day():
    text = "The accord came on 16 May 1995. By 1996 it was dead; the next day is forgotten, as is that morning."
    assert found(text)[2:] == [("the next day", "DATE", "1995-05-17"), ("that morning", "TIME", "1995-05-17TMO")]
    assert found("He will be freed the following morning.") == [("the following morning", "TIME", "2024-05-30TMO")]
    # told in the past, it is no day after the document's: some day of the month the text has moved on to, or none
    assert found("He was freed the following morning.") == [("the following morning", "TIME", "XXXX-XX-XXTMO")]
    text = "Last September, Ross called Mendes a fraud. He apologized the next day."
    assert found(text, date(2016, 1, 20))[1] == ("the next day", "DATE", "2015-09-XX")
    # "that day in April" is some day of the month named right after it
    text = "The accord came on 16 May 1995. Until that day in April, and on that day back in 1994, all was calm."
    assert found(text)[1:] == [
        ("that day", "DATE", "2024-04-XX"), ("April", "DATE", "2024-04"), ("that day", "DATE", "1994-XX-XX"),
        ("1994", "DATE", "1994"),
    ]
    assert found("The accord came on 16 May 1995. That same day in 1995, talks ended.")[1][2] == "1995-05-16"


def test_a_day_pointed_back_to_in_the_past_where_the_text_named_no_day_is_not_the_documents():
    # "that night" after a text that named no day is some night of the month it last named, or of no known time
    text = "In 2019 she lost the seat. That night, she thanked her staff."
    assert found(text)[1] == ("That night", "TIME", "XXXX-XX-XXTNI")
    text = "In March 2019 she lost the seat. That night, she thanked her staff."
    assert found(text)[1] == ("That night", "TIME", "2019-03-XXTNI")
    # a day still to come is passed over by a clause told in the past, its verb after the expression
    text = "On Friday they will march. He flew home with her. At the rally held that night in Nakuru, she praised him."
    assert found(text)[1] == ("that night", "TIME", "XXXX-XX-XXTNI")
    assert found("She lost the seat. The same day, she thanked her staff.") == [("The same day", "DATE", "XXXX-XX-XX")]
    # not a day told in the present, nor a part of the day no word points back with ("by mid-afternoon"): today's
    assert found("She lost the seat. That night, she thanks her staff.")[0][2] == "2024-05-29TNI"
    assert found("She lost the seat. By mid afternoon, she thanked her staff.")[0][2] == "2024-05-29TAF"
    # nor is a week or a year pointed back to where the text named no date at all
    assert found("The town won the bid the same week its mill closed.") == [("the same week", "DATE", "XXXX-WXX")]
    # and a week, a month or a day pointed back to after a year is known no finer than that year
    assert found("The town won the bid in 2019. The same week, its mill closed.")[1][2] == "2019"
    assert found("The town won the bid in 2019. That month, its mill closed.")[1][2] == "2019"
    assert found("The town won the bid in 2019. That Friday, its mill closed.")[1][2] == "2019"
    assert found("The town won the bid in 2019. That summer, its mill closed.")[1][2] == "2019-SU"
    assert found("The town hopes to win the bid the same week.") == [("the same week", "DATE", "2024-W22")]
    # a month named after the last day is the time pointed back to, unless a participle's aside names it
    told = date(1999, 2, 6)
    text = "The site went dark on Thursday. The last attack came in October, when a guard was shot. His post was "\
        "closed that same day."
    assert found(text, told)[-1] == ("that same day", "DATE", "1998-10-XX")
    assert found("On Monday, talks resumed. The deal, signed in March, fell apart that day.", told)[-1][2] == "1999-02-01"


def test_approximate_durations_keep_their_modifier():
    (timex,) = find_timexes("The talks lasted nearly two years.", WED)
    assert (timex.text, timex.value, timex.mod) == ("nearly two years", "P2Y", "LESS_THAN")
    (timex,) = find_timexes("The talks lasted about two years.", WED)  # TimeBank leaves "about" outside
    assert (timex.text, timex.value, timex.mod) == ("two years", "P2Y", "APPROX")
    # "no more than" is at most, "no fewer than" and "no less than" at least
    text = "He served no fewer than 10 days, no less than a month and no more than two years."
    assert read_mods(text, WED) == [
        ("no fewer than 10 days", "P10D", "EQUAL_OR_MORE"), ("no less than a month", "P1M", "EQUAL_OR_MORE"),
        ("no more than two years", "P2Y", "EQUAL_OR_LESS"),
    ]
    assert read_mods("It took upwards of a decade, in excess of 30 days each.", WED) == [
        ("upwards of a decade", "P10Y", "MORE_THAN"), ("in excess of 30 days", "P30D", "MORE_THAN")
    ]
    # left outside the expression, as "about" is
    assert read_mods("It took close to two years, more or less a year each, for the better part of a decade.", WED) == [
        ("two years", "P2Y", "APPROX"), ("a year", "P1Y", "APPROX"), ("a decade", "P10Y", "LESS_THAN")
    ]
    # after the word of the span too, in it
    assert read_mods("Over the past nearly four years, and the last roughly 10 days, it grew.", WED) == [
        ("the past nearly four years", "P4Y", "LESS_THAN"), ("the last roughly 10 days", "P10D", "APPROX")
    ]


def test_without_a_reference_relative_values_stay_unknown():
    assert found("Talks resumed last week; the decree came in 2021.", None) == [
        ("last week", "DATE", "XXXX-WXX"),
        ("2021", "DATE", "2021"),
    ]
    assert found("In 1968 they met the week before last; the vote is the week after next.", None) == [
        ("1968", "DATE", "1968"), ("the week before last", "DATE", "XXXX-WXX"),
        ("the week after next", "DATE", "XXXX-WXX"),
    ]
    # "last October" counts from the unknown telling, not from the last year named; a deadline's year is no
    # story's year, so a yearless day after it stays unknown
    assert found("The line may open by 2030. Baku had turned it down last October; a panel reports by June 30.",
                 None) == [  # fmt: skip
        ("2030", "DATE", "2030"), ("last October", "DATE", "XXXX-10"), ("June 30", "DATE", "XXXX-06-30")
    ]
    assert found("The war began in 2014. That October, talks failed.", None)[1] == ("That October", "DATE", "2014-10")
    # a date at the calendar's edge (bad metadata, most likely) anchors nothing rather than failing
    assert found("He left yesterday, by Dec 31.", date(1, 1, 1)) == [
        ("yesterday", "DATE", "XXXX-XX-XX"), ("Dec 31", "DATE", "XXXX-12-31"),
    ]


def test_lunisolar_feasts_events_and_places_named_for_a_feast_and_other_nations_days():
    assert found("Israel marked Yom Kippur 1973, Passover 2024 and Purim 2024; shops close on Rosh Hashanah.") == [
        ("Yom Kippur 1973", "DATE", "1973-10-06"), ("Passover 2024", "DATE", "2024-04-23"),
        ("Purim 2024", "DATE", "2024-03-24"), ("Rosh Hashanah", "DATE", "2024-10-03"),
    ]
    assert found("Markets shut for the Lunar New Year; the Chinese New Year of 1968 saw the Tet Offensive.") == [
        ("Lunar New Year", "DATE", "2024-02-10"), ("Chinese New Year of 1968", "DATE", "1968-01-30")
    ]
    # the Spring Festival, as China names it; not a festival of that name
    assert found("Factories shut for the Spring Festival; the Spring Festival of Arts opens in May.") == [
        ("Spring Festival", "DATE", "2024-02-10"), ("May", "DATE", "2024-05")
    ]
    # Diwali, told in May: the coming one
    assert found("Sales peak before Diwali; shops shut for Deepavali 2013; Diwali Traders Ltd rose.") == [
        ("Diwali", "DATE", "2024-10-31"), ("Deepavali 2013", "DATE", "2013-11-03")
    ]
    assert found("He wrote on the Yom Kippur War, the Easter Rising and the Good Friday Agreement.") == []
    assert found("Societies like that of Easter Island collapsed; Christmas Island holds refugees.") == []
    assert found("Mexico taxed Christmas trees; Easter eggs and Halloween costumes sold well.") == []
    assert found("A PAC ran a Christmas ad; the book was a Christmas present.") == []
    # nor does a greeting
    assert found("He closed with Merry Christmas and Happy Thanksgiving.") == []
    # a feast before a capitalized word is a name's, unless a preposition makes it the day
    assert found("The letter was signed by two clinics and Easter Seals.") == []
    assert found("On Christmas Kenyatta spoke; Easter Sunday was calm.") == [
        ("Christmas", "DATE", "2023-12-25"), ("Easter Sunday", "DATE", "2024-03-31")
    ]
    # another nation's independence day where its day is known, by the country or its adjective, and no day of a
    # nation's whose day is not
    text = "Kyiv marked Ukraine's Independence Day, Karachi Pakistani Independence Day, and Ohio Independence Day."
    assert found(text, date(2024, 9, 10)) == [
        ("Independence Day", "DATE", "2024-08-24"), ("Independence Day", "DATE", "2024-08-14"),
        ("Independence Day", "DATE", "2024-07-04"),
    ]
    text = "Kabul marked Afghanistan's 105th Independence Day; Freedonia's 50th Independence Day passed unmarked."
    assert found(text, date(2024, 9, 10)) == [("Independence Day", "DATE", "2024-08-19")]
    # or by a nation or its people its sentence names, where it names no other and not the US
    assert found("Afghans marked Independence Day.", date(2025, 3, 1)) == [("Independence Day", "DATE", "2024-08-19")]
    assert found("On Independence Day, Pakistan staged a parade.", date(2025, 3, 1)) == [
        ("Independence Day", "DATE", "2024-08-14")
    ]
    for text in ("Indian-Americans celebrated Independence Day.", "Mexican diners were busy on Independence Day.",
                 "In New Mexico and Georgia, Independence Day parades drew crowds."):  # US states
        assert found(text, date(2025, 3, 1)) == [("Independence Day", "DATE", "2024-07-04")]
    assert found("Mexico and Chile held parades on Independence Day.", date(2025, 3, 1)) == []  # whose is not known
    assert found("Colombo marked Sri Lanka's Independence Day.", date(2024, 9, 10)) == [
        ("Independence Day", "DATE", "2024-02-04")
    ]
    # so are national and republic days, which name no day where no nation is named
    text = "China marked National Day with fireworks; Turkey's Republic Day parade went ahead."
    assert found(text, date(2024, 11, 20)) == [
        ("National Day", "DATE", "2024-10-01"), ("Republic Day", "DATE", "2024-10-29")
    ]
    for text in ("Crowds gathered for National Day.", "Pastors led the National Day of Prayer."):
        assert found(text, date(2024, 11, 20)) == [], text
    # unless the text gives it another day: another nation's; a day off the calendar's by a slip keeps the calendar's
    told = date(2026, 3, 10)
    assert found("The country marks Independence Day on August 15; Orthodox Christmas fell in January.", told) == [
        ("Independence Day", "DATE", "2026-08-15"), ("August 15", "DATE", "2026-08-15"),
        ("Orthodox Christmas", "DATE", "2026-01-07"), ("January", "DATE", "2026-01")
    ]
    assert found("Shops shut on Labor Day, Monday, September 1.", date(1996, 8, 26))[0] == (
        "Labor Day", "DATE", "1996-09-02"
    )
    # Victory Day as Russia keeps it; Ashura and the Mawlid by the Umm al-Qura calendar (10 Muharram and 12 Rabi'
    # al-Awwal 1448); Remembrance Sunday, November's second
    text = "Envoys will see the Victory Day parade; Ashura and Mawlid are in summer; wreaths lie on Remembrance Sunday."
    assert found(text, told) == [
        ("Victory Day", "DATE", "2026-05-09"), ("Ashura", "DATE", "2026-06-25"), ("Mawlid", "DATE", "2026-08-25"),
        ("Remembrance Sunday", "DATE", "2025-11-09"),
    ]
    assert found("Bangladesh marks Victory Day on December 16.", told)[0] == ("Victory Day", "DATE", "2025-12-16")
    # with no year to read it in, a feast that moves with the year has no day either
    assert found("Easter and Hanukkah came; Christmas too.", None) == [
        ("Easter", "DATE", "XXXX-XX-XX"), ("Hanukkah", "DATE", "XXXX-XX-XX"), ("Christmas", "DATE", "XXXX-12-25")
    ]
    # days the world or a nation keeps on a fixed date
    assert found("Putin spoke on Defender of the Fatherland Day; Anzac Day and Juneteenth passed.", WED) == [
        ("Defender of the Fatherland Day", "DATE", "2024-02-23"), ("Anzac Day", "DATE", "2024-04-25"),
        ("Juneteenth", "DATE", "2024-06-19"),
    ]
    # the Orthodox feasts by the Julian computus, as Russia and Ukraine keep them
    assert found("Moscow offered a truce for Orthodox Easter; Orthodox Good Friday is a fast.", date(2024, 4, 20)) == [
        ("Orthodox Easter", "DATE", "2024-05-05"), ("Orthodox Good Friday", "DATE", "2024-05-03")
    ]


def test_solar_hijri_days_fall_where_iran_and_afghanistan_keep_them():
    # new years either side of a leap day (1 Farvardin 1399 on 20 March 2020, 1404 on 21 March 2025), the
    # revolution's day (22 Bahman 1357), the fall of Kabul (24 Asad 1400 by the Afghan names of the same months)
    assert [from_solar_hijri(y, 1, 1) for y in (1354, 1375, 1399, 1403, 1404)] == [
        date(1975, 3, 21), date(1996, 3, 20), date(2020, 3, 20), date(2024, 3, 20), date(2025, 3, 21)
    ]
    assert from_solar_hijri(1357, 11, 22) == date(1979, 2, 11) and from_solar_hijri(1400, 5, 24) == date(2021, 8, 15)
    # six months of 31 days, five of 30, and Esfand of 30 only in a leap year (1403, not 1402)
    assert from_solar_hijri(1400, 6, 31) == date(2021, 9, 22) and from_solar_hijri(1400, 7, 31) is None
    assert from_solar_hijri(1403, 12, 30) == date(2025, 3, 20) and from_solar_hijri(1402, 12, 30) is None
    assert from_solar_hijri(1402, 13, 1) is None and from_solar_hijri(4000, 1, 1) is None


def test_nowruz_is_the_solar_hijri_new_year_and_navruz_the_21st_of_march():
    # the equinox fell before noon in Tehran on 20 March 2024 and after it on 20 March 2025
    assert found("Nowruz 2024 and Nowruz 2025 were quiet in Kabul.", date(2025, 4, 1)) == [
        ("Nowruz 2024", "DATE", "2024-03-20"), ("Nowruz 2025", "DATE", "2025-03-21")
    ]
    # Uzbekistan and Kazakhstan keep theirs on 21 March
    assert found("Tashkent marked Navruz; Almaty marked Nauryz.", date(2024, 3, 25)) == [
        ("Navruz", "DATE", "2024-03-21"), ("Nauryz", "DATE", "2024-03-21")
    ]
    # the Persian New Year is Nowruz, not another calendar's 1 January
    assert found("Iranians prepared for the Persian New Year.", date(2024, 3, 10)) == [
        ("Persian New Year", "DATE", "2024-03-20")
    ]


def test_feasts_and_days_of_the_region():
    told = date(2024, 8, 10)
    assert found("Pilgrims will walk to Karbala for Arbaeen; Iran marked the Islamic New Year.", told) == [
        ("Arbaeen", "DATE", "2024-08-24"), ("Islamic New Year", "DATE", "2024-07-07")
    ]
    assert found("Shab-e-Barat was observed in Lahore.", told) == [("Shab-e-Barat", "DATE", "2024-02-25")]
    assert found("Russia marked Cosmonautics Day and will mark National Unity Day.", told) == [
        ("Cosmonautics Day", "DATE", "2024-04-12"), ("National Unity Day", "DATE", "2024-11-04")
    ]


def test_a_day_of_either_hijri_calendar_is_a_date_the_story_goes_on_from():
    told = date(2025, 3, 10)
    text = "The Taliban took Kabul on 24 Asad 1400. The following month, the embassy closed."
    assert found(text, told)[-1] == ("The following month", "DATE", "2021-09")
    assert found("The decree came on 10 Ramadan 1446 AH. Two days later, it was lifted.", told)[-1] == (
        "Two days later", "DATE", "2025-03-12"
    )


def test_a_month_of_either_hijri_calendar_with_its_year_is_the_gregorian_month_that_holds_its_middle():
    told = date(2025, 3, 10)
    assert found("The offensive began in Asad 1400; talks were held in Muharram 1446.", told) == [
        ("Asad 1400", "DATE", "2021-08"), ("Muharram 1446", "DATE", "2024-07")
    ]
    # only after a preposition: a name and a figure otherwise; and not without its year
    assert found("Pizza Hut 1400 stores; Asad 1400 votes; he left in Safar.", told) == []


def test_muharram_the_month_of_mourning_is_read_as_ramadan_is():
    told = date(2024, 5, 1)
    assert found("During Muharram, processions are restricted.", told) == [("Muharram", "DATE", "2024-07")]
    assert found("Muharram Ali, a trader, spoke.", told) == []  # a name


def test_a_feast_with_a_year_before_1600_is_of_that_hijri_year():
    told = date(2030, 1, 10)
    assert found("Attacks rose during Ramadan 1446; Eid al-Adha 1445 AH was calm.", told) == [
        ("Ramadan 1446", "DATE", "2025-03"), ("Eid al-Adha 1445 AH", "DATE", "2024-06-16")
    ]
    # another feast's is a year of ours
    assert found("Christmas 1492 was cold.", told) == [("Christmas 1492", "DATE", "1492-12-25")]
    # a Hijri year alone is none of ours (it starts in one and ends in the next), though a year before 1600 is
    assert found("In 1446 AH the rules changed, as in 1446 Hijri; the city fell in 1446.", told) == [
        ("1446", "DATE", "1446")
    ]


def test_days_of_the_islamic_calendars():
    told = date(2025, 3, 10)
    assert found("The decree is dated 10 Ramadan 1446 AH.", told) == [("10 Ramadan 1446 AH", "DATE", "2025-03-10")]
    assert found("He was born on 12 Rabi al-Awwal 1446 and died on 9 Dhul Hijjah 1446.", told) == [
        ("12 Rabi al-Awwal 1446", "DATE", "2024-09-15"), ("9 Dhul Hijjah 1446", "DATE", "2025-06-05")
    ]
    # without its year, the one the tense points to, as a guess
    assert found("Prayers will be held on 27 Ramadan.", told) == [("27 Ramadan", "DATE", "2025-03-27")]
    assert [t.guess for t in find_timexes("Prayers will be held on 27 Ramadan.", told)] == [True]
    assert found("Mourners will gather on the 10th of Muharram.", told) == [("10th of Muharram", "DATE", "2025-07-05")]
    # with its weekday, as a dateline has it, one expression; where the moon was sighted a day off the calendar's,
    # the day beside it that falls on the weekday
    assert found("Published Monday, 10 Ramadan 1446 AH.", told) == [
        ("Monday, 10 Ramadan 1446 AH", "DATE", "2025-03-10")
    ]
    assert found("Prayers will be held on Thursday 27 Ramadan 1446 and on Friday 28 Ramadan.", told) == [
        ("Thursday 27 Ramadan 1446", "DATE", "2025-03-27"), ("Friday 28 Ramadan", "DATE", "2025-03-28")
    ]
    assert found("It ended on Wednesday 27 Ramadan 1446.", told) == [
        ("Wednesday 27 Ramadan 1446", "DATE", "2025-03-26")
    ]
    # a count before a feast's month, no day of it
    assert "3 Ramadan" not in [text for text, _, _ in found("Viewers watched 3 Ramadan dramas.", told)]
    # the Solar Hijri calendar by Iran's month names and Afghanistan's
    assert found("Kabul fell on 24 Asad 1400; Iran's year 1404 began on 1 Farvardin 1404.", told) == [
        ("24 Asad 1400", "DATE", "2021-08-15"), ("1 Farvardin 1404", "DATE", "2025-03-21")
    ]
    # the day after the month too, as some pages write it, where the year follows
    assert found("The fatwa is dated Ramadan 10, 1446 AH.", told) == [("Ramadan 10, 1446 AH", "DATE", "2025-03-10")]
    # or ending a phrase, or starting a range, without the year; not a count after the month
    assert found("Offices close from Ramazan 29 to Shawwal 3.", told) == [
        ("Ramazan 29", "DATE", "2025-03-29"), ("Shawwal 3", "DATE", "2025-04-01")
    ]
    assert found("In Ramadan 29 people died.", told) == [("Ramadan", "DATE", "2025-03")]
    assert found("The statement was dated 19 Hamal 1403 SH.", told) == [("19 Hamal 1403 SH", "DATE", "2024-04-07")]
    # a clock time right after such a date is that day's, as a page stamps its posts
    assert found("Posted 19 Hamal 1403, 09:40 AM", told) == [
        ("19 Hamal 1403", "DATE", "2024-04-07"), ("09:40 AM", "TIME", "2024-04-07T09:40")
    ]
    # its month names are words and names too: with a day and a year, or a day after a preposition, and capitalized
    assert found("Asad Umar met 24 envoys; a hut stood on 5 hut 1403 plots.", told) == []
    assert found("He met 3 Mehr students.", told) == []
    # without its year, the day of the Solar Hijri year the tense points to, as a guess
    august = date(2024, 8, 14)
    text = "The ministry said on 20 Asad that parades would be held on 24 Asad."
    assert found(text, august) == [("20 Asad", "DATE", "2024-08-10"), ("24 Asad", "DATE", "2024-08-14")]
    assert [t.guess for t in find_timexes(text, august)] == [True, True]
    assert found("Schools will reopen on 1 Hamal.", august) == [("1 Hamal", "DATE", "2025-03-21")]
    assert found("The decree was signed on 31 Hut.", august) == []  # the last month has 29 or 30 days
    assert found("The 30th of Safar 1446 fell on a Tuesday.", told)[0] == ("30th of Safar 1446", "DATE", "2024-09-03")
    assert found("The Esfand 30 of 1402 never was; nor was 30 Esfand 1402.", told) == []


def test_calendar_helpers():
    assert [easter(y).isoformat() for y in (1989, 2000, 2024, 2038)] == [
        "1989-03-26", "2000-04-23", "2024-03-31", "2038-04-25"
    ]
    # Orthodox Easter, which fell with the Western one in 2025 and five weeks after it in 2024
    assert [orthodox_easter(y).isoformat() for y in (1990, 2016, 2024, 2025, 2026)] == [
        "1990-04-15", "2016-05-01", "2024-05-05", "2025-04-20", "2026-04-12"
    ]
    assert value_at(date(2024, 12, 30), "week") == "2025-W01"
    assert value_at(date(2024, 5, 29), "quarter") == "2024-Q2"
    assert value_at(date(1987, 5, 29), "decade") == "198"
    assert weekday_near(WED, 2, -1) == date(2024, 5, 28)
    # 1 Shawwal (Eid al-Fitr) by the Umm al-Qura calendar, as observed in 2021 and 2024; the year 2000 had two
    assert hijri_days(2024, 10, 1) == [date(2024, 4, 10)] and hijri_days(2021, 10, 1) == [date(2021, 5, 13)]
    assert hijri_days(2000, 10, 1) == [date(2000, 1, 8), date(2000, 12, 27)]
    # 10 Dhu al-Hijjah (Eid al-Adha) as observed in 2023, a day before the tabular calendar's; before the Umm
    # al-Qura table (1924) the tabular calendar's day, and none for a 30th its month lacks
    assert hijri_days(2023, 12, 10) == [date(2023, 6, 28)]
    assert hijri_days(1900, 10, 1) == [date(1900, 2, 2)]
    assert hijri_days(2024, 1, 30) == []
    # the calendar's first and last years leave days out rather than fail
    assert hijri_days(2, 10, 1) == [date(2, 5, 1)] and hijri_days(9999, 10, 1) == []
    # the arithmetic Hebrew calendar, as observed: 5734 (Yom Kippur 1973 was 6 October), 5777 (Hanukkah on
    # Christmas Day 2016), 5785 and 5787
    assert [rosh_hashanah(y) for y in (1973, 2016, 2024, 2026)] == [
        date(1973, 9, 27), date(2016, 10, 3), date(2024, 10, 3), date(2026, 9, 12)
    ]
    assert [hanukkah(y) for y in (1973, 2016, 2023, 2025)] == [
        date(1973, 12, 20), date(2016, 12, 25), date(2023, 12, 8), date(2025, 12, 15)
    ]
    # the Lunar New Year in Beijing time: 1985 came a lunation late (the new moon of 22 December 1984 fell on the
    # solstice's day), and 2034 too (a leap month in 2033)
    assert [lunar_new_year(y) for y in (1968, 1985, 2016, 2024, 2025, 2034)] == [
        date(1968, 1, 30), date(1985, 2, 20), date(2016, 2, 8), date(2024, 2, 10), date(2025, 1, 29), date(2034, 2, 19)
    ]
    # Diwali by the new moon of October or November: on its eve where the last lunar day covers that dusk (2024,
    # 2025), on the day itself where it began after the dusk before (2003, 2013), after a new moon in mid-October
    # that came before the sun entered Libra (2020, 2023)
    assert [diwali(y) for y in (2003, 2009, 2013, 2017, 2020, 2023, 2024, 2025, 2026)] == [
        date(2003, 10, 25), date(2009, 10, 17), date(2013, 11, 3), date(2017, 10, 19), date(2020, 11, 14),
        date(2023, 11, 12), date(2024, 10, 31), date(2025, 10, 20), date(2026, 11, 8)
    ]
    assert weekday_near(WED, 3, 1) == WED
    assert month_year(date(2024, 2, 10), 11, "past") == 2023
    assert month_year(date(2024, 11, 10), 1, "future") == 2025
    assert number("twenty-four") == 24 and number("a couple of") == 2 and number("several") is None
    assert duration(1.5, "years") == "P1Y6M" and duration(None, "hours") == "PTXH" and duration(2, "decades") == "P20Y"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-16", ("2024-05-16", "day")),
        ("2024-05-16T10:30", ("2024-05-16", "day")),
        ("2024-W21", ("2024-W21", "week")),
        ("2024-W21-WE", ("2024-W21", "week")),
        ("2024-05", ("2024-05", "month")),
        ("2024-05-XX", ("2024-05", "month")),
        ("2024-XX-XX", ("2024", "year")),
        ("2024-Q3", ("2024", "year")),
        ("2024-SU", ("2024", "year")),
        ("198", ("198X", "decade")),
        ("P3Y", (None, None)),
        ("XXXX-06-03", (None, None)),
        ("PAST_REF", (None, None)),
    ],
)
def test_when_follows_the_contract(value, expected):
    timex = Timex(0, 4, "text", "DATE", value)
    assert when(timex) == {"value": expected[0], "precision": expected[1], "text": "text"}


def test_when_reads_now_as_the_document_date():
    timex = Timex(0, 3, "now", "DATE", "PRESENT_REF")
    assert when(timex, Published("2024-05-29", "day"))["value"] == "2024-05-29"
    assert when(None) == {"value": None, "precision": None, "text": None}


def test_a_stated_document_date_is_kept_and_anchors_the_text():
    published, timexes = tag_document("Talks resumed last week.", Published("2024-05-29", "day", False, "dateline"))
    assert published == Published("2024-05-29", "day", False, "dateline")
    assert [(t.value, t.guess) for t in timexes] == [("2024-W21", False)]


def test_a_wire_dateline_with_its_year_states_the_date():
    text = "NAIROBI, March 3, 2016 — The envoy said on Tuesday she would return next week."
    published, timexes = tag_document(text, Published())
    assert published == Published("2016-03-03", "day", False, "the dateline “NAIROBI, March 3, 2016 —”")
    assert [(t.text, t.value, t.guess) for t in timexes][1:] == [("Tuesday", "2016-03-01", False),
                                                                ("next week", "2016-W10", False)]  # fmt: skip
    # a date the page states otherwise comes first
    stated = Published("2016-03-04", "day", False, "page metadata")
    assert tag_document(text, stated)[0] == stated


def test_a_wire_dateline_without_its_year_takes_the_first_year_after_what_the_text_reports():
    text = "The envoy met the minister on Thursday.\n\nEnvoys at the border talks on Dec. 30, 2015."
    published, timexes = tag_document(text, Published(), dateline="KABUL, Jan. 4 (Horn Wire) -")
    assert (published.value, published.precision, published.inferred) == ("2016-01-04", "day", True)
    assert published.evidence.startswith("the dateline “KABUL, Jan. 4 (Horn Wire) -”, in its first year on or after")
    assert [(t.text, t.value, t.guess) for t in timexes][0] == ("Thursday", "2015-12-31", True)
    # a 29 February waits for a leap year
    published, _ = tag_document("KABUL, Feb. 29 (Horn Wire) - " + text.replace("2015", "2016"), Published())
    assert published.value == "2020-02-29"
    # a day told in the past with its year is mostly background: it bounds the writing and leaves the year unknown,
    # as does a text with nothing dated
    published, _ = tag_document(text.replace("Envoys at", "Talks had stalled at"), Published(), "KABUL, Jan. 4 -")
    assert published.value is None and published.evidence.startswith("only a bound: written no earlier than 2015-12-30")
    assert published.evidence.endswith("; the dateline “KABUL, Jan. 4 -” names the day, not the year")
    published, _ = tag_document("KABUL, Jan. 4 (Horn Wire) - The envoy met the minister on Thursday.", Published())
    assert published == Published(None, None, True, "the dateline “KABUL, Jan. 4 (Horn Wire) -” names the day, not "
                                                     "the year")  # fmt: skip
    # what a state has run since is come, so its date bounds the writing too
    published, _ = tag_document("The first such talks since the war began in February 2022. The last round, in "
                                "March 2019, failed.", Published(), "KAZAN, June 18 -")  # fmt: skip
    assert published.evidence.startswith("only a bound: written no earlier than 2022-02")
    # no such day: the dateline dates nothing, and its year only bounds the writing
    published, _ = tag_document("KABUL, Feb. 30, 2016 (Horn Wire) - The envoy met the minister.", Published())
    assert published.value is None
    assert published.evidence.startswith("only a bound: written no earlier than 2016")


def test_an_undated_document_is_dated_by_its_latest_development():
    text = (
        "The embassy stayed open after the takeover in August 2021.\n\n"
        "Envoys at the talks in Kabul on 14 March 2024.\n\nA delegation visited Kabul last week."
    )
    published, timexes = tag_document(text, Published())
    assert (published.value, published.precision, published.inferred) == ("2024-03-14", "day", True)
    assert "14 March 2024" in published.evidence
    last_week = next(t for t in timexes if t.text == "last week")
    assert (last_week.value, last_week.guess) == ("2024-W10", True)
    # a day told in the past with its year is mostly background, as news gives this year's days without it
    published, timexes = tag_document(text.replace("Envoys at", "Envoys met at"), Published())
    assert (published.value, _dating(published)) == (None, "not before 2024-03-14")
    assert next(t for t in timexes if t.text == "last week").value == "XXXX-WXX"


def test_what_is_due_or_will_come_bounds_no_writing():
    for text, expected in [
        ("The plant opened on 3 June 2012. It will close on 1 May 2031, and emissions must halve by 2040.",
         "not before 2012-06-03"),
        ("The mill opened in 2009. Voters will weigh the 2016 race as the campaign goes on.", "not before 2009"),
        # a year told without a past names a race, a plan or a forecast, mostly ahead of the writing
        ("The mill opened in 2009. The 2016 race is heating up.", "not before 2009"),
        ("The mill opened in 2009. Its owner is weighing a bid for governor in 2031.", "not before 2009"),
        ("The mill opened in 2009. Costs would reach $3 billion in 2050.", "not before 2009"),
        ("The mill opened in 2009. Its staff, projected to swell to 500 in 2031, is small.", "not before 2009"),
        ("The mill opened in 2009 and closed in 2014.", "not before 2014"),
        # a year naming a contest says nothing of when it is told, whatever the tense
        ("The mill opened in 2009. The attacks reframed the 2031 presidential contest.", "not before 2009"),
        ("The mill opened in 2009. She mused about a 2031 Senate bid.", "not before 2009"),
        ("The mill opened in 2009. Reporters asked the 2031 Democratic White House contender.", "not before 2009"),
        ("The mill opened in 2009. Its owner, up for re-election in 2031, voted no.", "not before 2009"),
        ("The mill opened in 2009. Asked what might lead him to run in 2030 or 2034, its owner demurred.",
         "not before 2009"),
        ("The mill opened in 2009. A Bold Prediction About The 2031 Presidency.", "not before 2009"),
        ("The mill opened in 2009. Rivals were eyeing 2031 campaigns.", "not before 2009"),
        ("The mill opened in 2009. Its owner rallied voters behind his party in the 2030 midterms.", "not before 2009"),
        # a year followed by its verb is no year's race: "2031 will be the year …" names no development
        ("The mill opened in 2009. Perhaps 2031 will be the year it finally closes.", "not before 2009"),
        # a month or a day may name a vote still to come: "the November 2031 election" says nothing of the writing
        ("The mill opened in 2009. Voters will weigh the November 2031 election and the May 3, 2031 primary.",
         "not before 2009"),
        ("The mill opened in 2009. She is a contender in Chile's April 2031 presidential election.", "not before 2009"),
        # a day something is set for may be still to come
        ("The mill opened in 2009. Its owners called a vote — “Keep the Mill” — for June 5, 2031.", "not before 2009"),
        ("The mill opened in 2009. “On May 3, 2031, we'd better be ready,” its owner told a radio host.",
         "not before 2009"),
        # a reduced relative clause set off by commas has its own tense
        ("The mill opened in 2009. The march, due to be held in Paris on September 8, 2031, has stirred anger.",
         "not before 2009"),
        # a plan names the year it is for; a season or a fiscal year may be under way or to come
        ("The mill opened in 2009. The cabinet unveiled its draft 2031 budget.", "not before 2009"),
        ("The mill opened in 2009. The bank kept its growth forecast for 2031 and its 2032 projection.",
         "not before 2009"),
        ("The mill opened in 2009. The bank raised its 2031 inflation forecast and the 2032 winter wheat crop grew.",
         "not before 2009"),
        ("The mill opened in 2009. The bank kept its 2031 inflation target.", "not before 2009"),
        ("The mill opened in 2009. It said it had cut its projected spending for 2031.", "not before 2009"),
        ("The mill opened in 2009. The state raised funding levels in 2031.", "not before 2009"),
        ("The mill opened in 2009. The 2031 tax season went well.", "not before 2009"),
        # a date something is put off from or to, not the day it was put off
        ("The mill opened in 2009. Its owners voted for a delay — from 2030 to 2032.", "not before 2009"),
        ("The mill opened in 2009. Its owners pushed back into 2031 the sale.", "not before 2009"),
        ("The mill opened in 2009. The sale was delayed on 3 June 2014.", "not before 2014-06-03"),
        ("The mill opened in 2009. Jets struck targets in 2014.", "not before 2014"),
        ("The mill opened in 2009. Exports fell to 2 million tonnes in fiscal 2031.", "not before 2009"),
        ("The mill opened in 2009. The club earned a place in the 2030-31 league and in its 2031/32 cup.",
         "not before 2009"),
        # a year's sporting event may lie ahead ("the 2031 World Cup qualifying game"), though the past names one
        ("The mill opened in 2009. Two players left the squad for the 2031 World Cup qualifying game.",
         "not before 2009"),
        ("The mill opened in 2009. Its owner won the Davis Cup in 2014.", "not before 2014"),
        # a security named by when it matures, what is due or takes effect, and the end of a reporting period
        ("The mill opened in 2009. Its owner sold the 6.5 percent March 2031 bonds and 2032 notes.",
         "not before 2009"),
        ("The mill opened in 2009. The 7.0 percent of 2031 fell to 96.89.", "not before 2009"),
        ("The mill opened in 2009. It paid off debt due 2031; the rules, effective from 1 January 2031, bind it.",
         "not before 2009"),
        ("The mill opened in 2009. The target was 5,000 tonnes by the second half of September 2031.",
         "not before 2009"),
        ("The mill opened in 2009.\nYear to 30 June 2031\nNet profit 4.1 million", "not before 2009"),
        ("The mill opened in 2009. The deposit date is 5 September 2031.\nDelivery Date: 09/05/2031",
         "not before 2009"),
        ("The mill opened in 2009.\nDELIVERY: 9/17/2031 approx\n1ST CPN: 05/01/2032", "not before 2009"),
        # a figure of points is no year
        ("The mill opened in 2009. The index fell through the 2030 point mark.", "not before 2009"),
    ]:  # fmt: skip
        published, _ = tag_document(text, Published())
        assert _dating(published) == expected, text


def test_what_a_present_progressive_or_a_coming_days_relative_clause_looks_to_has_not_come():
    for text in ("The owner spoke at the fair (9/17/16). He is courting the buyers the town is counting on on Nov. 8.",
                 "The owner spoke at the fair (9/17/16). Workers are joining a day of action on Nov. 1 during which "
                 "unions will march."):  # fmt: skip
        assert tag_document(text, Published())[0].value == "2016-09-17", text
    text = "The owner spoke at the fair (9/17/16). Workers joined a strike on Sept. 20 during which unions rallied."
    assert tag_document(text, Published())[0].value == "2016-09-20"


def _dating(published: Published) -> str | None:
    """The inferred date, or the bound a development sets ("not before 2016")."""
    bound = re.search(r"no earlier than (\S+),", published.evidence or "")
    return published.value or (bound and f"not before {bound[1]}")


def test_a_day_told_in_the_past_after_an_opening_phrase_only_bounds_the_writing():
    # the main clause's verb comes after the subject's aside, and "decided to" after a date is the deciding, past
    for text in ("On June 4, 2008, the senator, who had not endorsed anyone, decided to back his rival.",
                 "On June 4, 2008, the senator decided to back his rival."):  # fmt: skip
        published, _ = tag_document(text, Published())
        assert (published.value, _dating(published)) == (None, "not before 2008-06-04"), text


def test_a_correction_appended_says_when_the_article_ran():
    body = "The mill closed after forty years, its owners said, and the town's two golf courses may follow it."
    for correction, expected in [
        ("CORRECTION:\n\nAn article in print on Nov. 26 on the mill gave its age wrongly.\n\nFriday, "
         "December 4, 2015.", "2015-11-26"),
        # in the last year up to the correction's date
        ("Correction: An article on Dec. 30 about the mill misstated its age.\n\nMonday, January 4, 2016.",
         "2015-12-30"),
        ("Correction: A picture caption on March 3, 2014 misnamed the mill.", "2014-03-03"),
    ]:  # fmt: skip
        published, _ = tag_document(f"{body}\n\n{correction}", Published())
        assert (published.value, published.inferred) == (expected, True), correction
        assert published.evidence.startswith("the correction appended to it says when it ran"), correction
    # without a correction, or a year to read the day in, the correction's date is the latest development
    uncorrected = f"{body}\n\nAn article on Nov. 26 misstated its age.\n\nDecember 4, 2015."
    assert tag_document(uncorrected, Published())[0].value == "2015-12-04"
    published, _ = tag_document(f"{body}\n\nCorrection: An article on Nov. 26 misstated its age.", Published())
    assert not published.evidence or "correction" not in published.evidence


def test_the_day_of_the_2001_attacks_named_by_its_day_dates_no_writing():
    published, _ = tag_document("Rebuilding the towns hit by the 9/11 attacks is the next task.", Published())
    assert (published.value, published.evidence) == (None, None)


def test_since_and_until_bound_no_development():
    published, _ = tag_document("Sanctions have hurt the economy since the change of power in 2021.", Published())
    assert published.value is None


def test_next_month_next_to_a_date_dates_the_writing():
    text = "The investment forum, set for June 2024, opens next month, the ministry said."
    published, _ = tag_document(text, Published())
    assert (published.value, published.precision, published.inferred) == ("2024-05", "month", True)
    assert "next month" in published.evidence
    # a date told in the past beside "next week" is a development, not what is to come
    published, _ = tag_document("The ministry said on 14 October 2024 that flights resume next week.", Published())
    assert _dating(published) == "not before 2024-10-14"
    # "the next month" counts from the story's own dates, not from when it was written
    published, _ = tag_document("Talks began in September 2014. The next month, on Oct. 20, 2014, a staffer sued.", Published())
    assert _dating(published) == "not before 2014-10-20"


def test_a_yearless_date_can_be_the_latest_development():
    text = "Geneva, 14 March 2024\n\nOn June 3rd, the government recognised the new authorities."
    published, timexes = tag_document(text, Published())
    assert published.value == "2024-06-03" and published.inferred
    assert next(t for t in timexes if t.text == "June 3rd").guess
    # a finite past after the opening phrase is no firm past against a date the text may be written well after
    published, _ = tag_document(text.replace("the government", "Russia"), Published())
    assert published.value == "2024-06-03"
    # after a bound a yearless date dates no writing: news gives other years' dates with their year, so its year, read
    # from the story's last (a guess), may well be an earlier one than the writing's
    published, _ = tag_document(text.replace("Geneva, 14 March 2024", "Talks began in March 2024."), Published())
    assert (published.value, _dating(published)) == (None, "not before 2024-03")
    # unless its weekday confirms that year (3 June 2024 was a Monday)
    text = "Talks began in March 2024.\n\nOn Monday, June 3, the government recognised the new authorities."
    assert tag_document(text, Published())[0].value == "2024-06-03"


def test_a_month_or_a_year_alone_only_bounds_the_documents_date():
    # mostly a background date ("appointed in 1993"): no date, and no anchor for "July 12" nor for a clock time
    text = "9:05 p.m.\n\nOn July 12, she spoke at a dinner. Ginsburg was appointed in 1993."
    published, timexes = tag_document(text, Published())
    assert (published.value, published.precision, published.inferred) == (None, None, True)
    assert _dating(published) == "not before 1993" and "appointed in 1993" in published.evidence
    assert [(t.text, t.value) for t in timexes[:2]] == [("9:05 p.m.", "XXXX-XX-XXT21:05"), ("July 12", "XXXX-07-12")]
    published, _ = tag_document("9:05 p.m.\n\nIn March 2024 the rules changed.", Published())
    assert (published.value, _dating(published)) == (None, "not before 2024-03")


DATED_LIST = """The pace of contacts has quickened, as these recent steps show:

  • 16 May 2024: “Envoy says the movement is no longer an enemy”
  • 27 May 2024: “Ministry invites the movement to an economic forum”

For more background, see our earlier briefings:

  • 6 March 2023: “Five lessons from the ambassador’s interview”
  • 19 August 2022: “The movement’s balancing act”

The forum opens next week."""


def test_dated_list_items_are_dated_and_background_lists_are_not_events():
    published, timexes = tag_document(DATED_LIST, Published())
    roles = {t.text: t.role for t in timexes}
    assert roles["16 May 2024"] == roles["27 May 2024"] == "list-date"
    assert roles["6 March 2023"] == roles["19 August 2022"] == "background"
    assert published.value == "2024-05-27"


def test_items_headed_by_iso_dates_are_dated():
    text = "Timeline of the talks:\n2024-05-10: The envoys meet in Kazan.\n2024-05-16: The ministry drops its ban.\n"
    published, timexes = tag_document(text, Published())
    assert [(t.text, t.role) for t in timexes] == [("2024-05-10", "list-date"), ("2024-05-16", "list-date")]
    assert published.value == "2024-05-16"

def test_date_of_a_span_is_its_list_item_or_its_sentence():
    _, timexes = tag_document(DATED_LIST, Published("2024-05-29", "day"))
    at = DATED_LIST.index("Ministry invites")
    assert date_of(DATED_LIST, timexes, at, at + 8).value == "2024-05-27"
    at = DATED_LIST.index("Five lessons")
    assert date_of(DATED_LIST, timexes, at, at + 4) is None
    at = DATED_LIST.index("The forum opens")
    assert date_of(DATED_LIST, timexes, at, at + 9).text == "next week"
    at = DATED_LIST.index("The pace")
    assert date_of(DATED_LIST, timexes, at, at + 8) is None


def test_a_date_that_qualifies_a_role_or_a_measure_dates_nothing_else_in_its_sentence():
    text = ("The ministry said on Monday it backed Somalia within its 1960 borders. The 2008 GOP nominee visited Kabul."
            " Rebels staged the 2012 attacks. Her rival won the 2016 election.")  # fmt: skip
    _, timexes = tag_document(text, Published("2016-05-04", "day"))
    backed, visited = text.index("backed"), text.index("visited")
    assert date_of(text, timexes, backed, backed + 6).text == "Monday"
    assert date_of(text, timexes, visited, visited + 7) is None
    assert [qualifies(text, t) for t in timexes] == [False, True, True, False, False]


def test_a_short_quote_without_a_tense_is_a_title_within_the_clause_not_a_quoted_clause():
    tuesday = date(2016, 5, 3)
    assert found("Thursday on ABC’s “This Week,” Sen. Jane Roe (D-NY) told the host she doubted it.", tuesday) == [
        ("Thursday", "DATE", "2016-04-28")
    ]
    assert found("On Friday, after a tearful “farewell speech” to his staff, he joined the hosts.", tuesday) == [
        ("Friday", "DATE", "2016-04-29")
    ]


def test_a_past_verb_after_and_is_another_predicate_that_tells_no_tense():
    text = "She said this week that the nation would quit the bloc by the end of March and hinted it would go."
    assert found(text, date(2016, 10, 5)) == [("this week", "DATE", "2016-W40"), ("the end of March", "DATE", "2017-03")]


def test_a_count_of_people_or_things_is_no_year():
    told = date(2016, 5, 1)
    assert found("A poll of 2047 registered voters found a lead.", told) == []
    assert found("More than 1800 people marched, some 1500 angry supporters among them.", told) == []
    text = "The collapse of 1929 wiped out the savings of some 1990 graduates."
    assert found(text, told) == [("1929", "DATE", "1929")]


def test_a_year_before_1600_after_a_preposition_of_time():
    told = date(2026, 5, 29)
    assert found("Built in 1250, the city fell in 1453; the dynasty ruled from AD 960 to 1279.", told) == [
        ("1250", "DATE", "1250"), ("1453", "DATE", "1453"), ("AD 960", "DATE", "0960"), ("1279", "DATE", "1279")
    ]
    # counts and figures are none
    assert found("The riot ended in 1500 arrests; the index rose from 1100 to 1250 points.", told) == []
    assert found("The index rose from 1100 to 1250.", told) == []


def test_four_figures_after_at_are_a_clock_time_or_a_level_unless_a_year_s_figures_follow():
    told = date(2016, 5, 1)
    assert found("Troops moved at 1700; the index closed at 2082, and shares were priced at 1999.", told) == []
    assert found("Output at 1990 prices rose; it is back at 2014 levels; arrests came at 1700 hours.", told) == [
        ("1990", "DATE", "1990"), ("2014", "DATE", "2014"), ("1700 hours", "TIME", "2016-05-01T17:00")
    ]


def test_years_or_months_before_the_ones_they_name_are_a_label_not_a_span():
    told = date(2024, 3, 14)
    assert found("Aid for fiscal years 2025 through 2027 was cut.", told) == [
        ("2025", "DATE", "2025"), ("2027", "DATE", "2027")
    ]
    assert found("Sales slowed in the months June to August.", told) == [
        ("June", "DATE", "2023-06"), ("August", "DATE", "2023-08")
    ]
    assert found("What took years may now take days.", told)[0] == ("years", "DURATION", "PXY")


def test_a_level_named_by_a_year_still_to_come_is_an_index_figure():
    told = date(1997, 3, 4)
    assert found("Madrid's bourse crept back toward the 2000 level.", told) == []
    assert found("The CAC index hovered under the 2050 mark.", told) == []
    # a level of a year gone by is that year's
    assert found("Output stayed below 1995 levels.", told) == [("1995", "DATE", "1995")]


def test_a_year_before_a_plural_noun_or_a_verb_in_s_is_a_year():
    told = date(2016, 5, 1)
    text = "He ran the senator's 2008 and 2012 races and studied the 2012 attacks; emissions fell below 2005 levels."
    assert [value for _, _, value in found(text, told)] == ["2008", "2012", "2012", "2005"]
    assert found("As 2015 draws to a close, the race narrows.", told) == [("2015", "DATE", "2015")]

def test_a_year_before_capitals_or_a_bracket_and_a_short_range_end_are_years():
    told = date(2016, 5, 1)
    text = "McCain, the 2008 GOP nominee, won no state (as in 1992). The lesson of 2016 is clear after the 2008-9 rout."
    assert [value for _, _, value in found(text, told)] == ["2008", "1992", "2016", "2008", "2009"]


def test_a_year_of_the_next_century_where_a_time_is_looked_for():
    told = date(2026, 3, 10)
    assert found("Seas may rise a metre by 2100 and more in the year 2150.", told) == [
        ("2100", "DATE", "2100"), ("the year 2150", "DATE", "2150")
    ]
    assert found("It sold 2100 units, and some 2150 troops arrived.", told) == []


def test_telephone_numbers_and_a_labelled_clock_time_are_no_years():
    told = date(1996, 8, 26)
    assert found("-- Athens Newsroom +301 3311812-4; New York desk 212 859 1646; NYC Time: 1600", told) == []
    assert found("-- Madrid desk +34 1 585 2161; Sydney desk 61-2 9373 1800; Ohio (614) 555 1999", told) == []
    # a year after another in a table's header is still one
    assert found("Six months to June 30 1996 1995", told)[-1] == ("1995", "DATE", "1995")

def test_a_phrase_inserted_after_an_opening_one_does_not_hide_the_main_verb():
    told = date(2016, 12, 10)
    text = "In January, a week after the talks collapsed, a bombing killed 12 people."
    assert found(text, told)[0] == ("January", "DATE", "2016-01")
    assert found("In January, when the talks collapsed, a bombing killed 12 people.", told) == [
        ("January", "DATE", "2016-01")
    ]


def test_a_weekday_joined_to_another_follows_it_whatever_the_tense():
    # WED: Wednesday 29 May 2024
    assert found("The council declared Wednesday and Thursday days of mourning.")[:2] == [
        ("Wednesday", "DATE", "2024-05-29"), ("Thursday", "DATE", "2024-05-30")
    ]
    assert found("Showers are likely in the hills Sunday through Tuesday.", THU) == [
        ("Sunday", "DATE", "2024-06-02"), ("Tuesday", "DATE", "2024-06-04")
    ]
    # a span from a date may run for more than a week
    assert found("The survey ran from May 13 through Sunday.")[1] == ("Sunday", "DATE", "2024-05-26")
    # a span told in the past has ended: the one whose end has come, not one running past the telling
    assert found("The fair ran from Monday to Friday.") == [
        ("Monday", "DATE", "2024-05-20"), ("Friday", "DATE", "2024-05-24")
    ]
    assert found("The council declared Wednesday through Friday days of mourning.")[:2] == [
        ("Wednesday", "DATE", "2024-05-29"), ("Friday", "DATE", "2024-05-31")
    ]


def test_the_end_or_start_of_a_weekday_is_that_day_with_its_edge():
    # WED: Wednesday 29 May 2024
    assert read_mods("Bids are due by the end of Friday; by the start of Monday, none had come.", WED) == [
        ("the end of Friday", "2024-05-31", "END"), ("the start of Monday", "2024-05-27", "START")
    ]
    # not the end of a day's event
    assert read_mods("Shares slid at the end of Tuesday's session and of Sunday night's debate.", WED) == [
        ("Tuesday", "2024-05-28", None), ("Sunday night", "2024-05-26TNI", None)
    ]


def test_a_weekday_told_by_another_places_clock_may_be_the_day_after_the_telling():
    # WED: Wednesday 29 May 2024; told in the past, "Thursday local time" is where the clock has reached Thursday
    assert found("The rocket lifted off early Thursday local time.") == [("early Thursday", "DATE", "2024-05-30")]
    assert found("The rocket lifted off early Thursday.") == [("early Thursday", "DATE", "2024-05-23")]
    assert found("The rocket lifted off Monday local time.") == [("Monday", "DATE", "2024-05-27")]


def test_a_weekday_before_last_this_or_next_week_falls_in_that_week():
    # WED: Wednesday 29 May 2024
    assert found("He resigned on Tuesday last week.") == [
        ("Tuesday", "DATE", "2024-05-21"), ("last week", "DATE", "2024-W21")
    ]
    assert found("The vote is on Friday of next week.")[0] == ("Friday", "DATE", "2024-06-07")
    assert found("Hearings run Tuesday through Thursday next week.")[:2] == [
        ("Tuesday", "DATE", "2024-06-04"), ("Thursday", "DATE", "2024-06-06")
    ]
    assert found("They met on Monday this week.")[0] == ("Monday", "DATE", "2024-05-27")
    # told on a Sunday, the week now ending, as "last week" alone is
    assert found("He resigned on Tuesday last week.", date(2024, 6, 2)) == [
        ("Tuesday", "DATE", "2024-05-28"), ("last week", "DATE", "2024-W22")
    ]
    assert found("On Tuesday last week's figures came out.")[0] == ("Tuesday", "DATE", "2024-05-28")


def test_a_unit_or_two_ago_is_a_date_counted_back_as_a_unit_or_so_ago_is():
    told = date(2024, 11, 7)
    assert found("He left a week or two ago, or a week or so ago.", told) == [
        ("a week or two ago", "DATE", "2024-W44"), ("a week or so ago", "DATE", "2024-W44")
    ]


def test_just_over_or_well_under_a_count_is_more_or_less_than_it():
    assert read_mods("It lasted just over a year, well under a decade.", WED) == [
        ("a year", "P1Y", "MORE_THAN"), ("a decade", "P10Y", "LESS_THAN")
    ]
    # not over the years, nor over a year said as a time
    assert read_mods("She served him well over the years; over a year, prices rose.", WED) == [
        ("years", "PXY", None), ("a year", "P1Y", None)
    ]
    # after a preposition "over" and "under" compare too, where "rose 5% over two years" is during them
    assert read_mods("The flood was the worst in over a century; he was out in under a year.", WED) == [
        ("a century", "P100Y", "MORE_THAN"), ("a year", "P1Y", "LESS_THAN")
    ]
    # with the superlative's noun between them
    text = "It was her first trip abroad in over two years, and the highest level in over a decade."
    assert read_mods(text, WED) == [("two years", "P2Y", "MORE_THAN"), ("a decade", "P10Y", "MORE_THAN")]
    # after a negation, and after a verb of having, being or lasting
    text = "Aid has not come in over a month; it has been over a year; we have over a week; it lasted over a day."
    assert [mod for _, _, mod in read_mods(text, WED)] == ["MORE_THAN"] * 4
    assert read_mods("Prices rose 5% over two years; the tax will phase in over five years.", WED) == [
        ("two years", "P2Y", None), ("five years", "P5Y", None)
    ]


def test_or_so_makes_a_time_approximate():
    assert read_mods("A week or so ago it had two years or so; it shuts within the next year or so.", WED) == [
        ("A week or so ago", "2024-W21", "APPROX"), ("two years or so", "P2Y", "APPROX"),
        ("the next year or so", "2025", "APPROX"),
    ]
    # as does "or two", a span as long again at most
    assert read_mods("It takes a month or two; prices rose over the past year or two, a week or two ago.", WED) == [
        ("a month or two", "P1M", "APPROX"), ("the past year or two", "P1Y", "APPROX"),
        ("a week or two ago", "2024-W21", "APPROX"),
    ]


def test_mid_joined_by_a_hyphen_to_next_or_last_year_is_its_middle():
    assert read_mods("Rates will rise by mid-next year, after a lull mid-last year.", date(2024, 11, 7)) == [
        ("mid-next year", "2025", "MID"), ("mid-last year", "2023", "MID")
    ]


def test_the_end_of_a_week_or_month_said_short_is_that_period_with_its_end():
    thursday = date(2024, 11, 7)
    assert read_mods("A deal is expected by week's end and cash piles up at month-end.", thursday) == [
        ("week's end", "2024-W45", "END"), ("month-end", "2024-11", "END")
    ]
    # told in the past, early in the month, the last one's
    assert read_mods("Prices rose at month's end.", thursday) == [("month's end", "2024-10", "END")]
    # with no date to count from, some month's end, and some year's
    assert read_mods("A deal is expected by month-end.", None) == [("month-end", "XXXX-XX", "END")]
    assert read_mods("Sales rose by year-end and again by year's end.", None) == [
        ("year-end", "XXXX-12-31", None), ("year's end", "XXXX", "END")
    ]
    # "this month-end", "last year-end": counted from the telling, whatever the tense
    assert read_mods("Cash piles up by this month-end; debt was lower than at last year-end.", thursday) == [
        ("this month-end", "2024-11", "END"), ("last year-end", "2023-12-31", None)
    ]
    # "end-year", "end-month": the same, said the other way round
    assert read_mods("Banks square positions at end-month; the end-year result will be falling.", thursday) == [
        ("end-month", "2024-11", "END"), ("end-year", "2024-12-31", None)
    ]
    # a forecast or target for a period's end is for the one to come, told in any tense
    text = "Inflation was 3 percent in June, above a revised year-end forecast; it rose since year-end."
    assert found(text, date(1996, 8, 22))[1:] == [
        ("year-end", "DATE", "1996-12-31"), ("year-end", "DATE", "1995-12-31")
    ]


def test_bare_minutes_or_seconds_counted_off_are_a_span_not_a_meetings_minutes():
    text = "Minutes later the vote began; within seconds the board published its minutes."
    assert found(text) == [("Minutes", "DURATION", "PTXM"), ("seconds", "DURATION", "PTXS")]
    assert found("The striker scored in minutes two and four.") == []


def test_a_count_said_with_plus_is_at_least_it_and_with_odd_about_it():
    told = date(2016, 10, 3)
    assert read_mods("He paid no tax for 15-plus years, after 30-odd years in the trade.", told) == [
        ("15-plus years", "P15Y", "EQUAL_OR_MORE"), ("30-odd years", "P30Y", "APPROX")
    ]
    assert read_mods("She works 35+ hours a week; a 20-plus-year career.", told) == [
        ("35+ hours", "PT35H", "EQUAL_OR_MORE"), ("20-plus-year", "P20Y", "EQUAL_OR_MORE")
    ]


def test_a_past_verb_governs_its_month_across_an_object_with_figures_or_of_six_words():
    told = date(2024, 11, 7)
    assert found("Sales rose 5% to $3 billion in January.", told) == [("January", "DATE", "2024-01")]
    text = "The paper made the same claims against the lobby in February."
    assert found(text, date(2015, 11, 18)) == [("February", "DATE", "2015-02")]
    # not across a word that looks ahead
    text = "She had doubts about the looming vote in July."
    assert found(text, date(2016, 4, 17)) == [("July", "DATE", "2016-07")]


def test_a_past_form_between_a_subject_with_its_article_and_an_object_is_finite():
    told = date(2024, 11, 7)
    for text in ("The bank cut rates in January.", "A storm hit the coast in January.",
                 "The central bank raised rates in January.", "A storm hit Florida in January."):
        assert found(text, told) == [("January", "DATE", "2024-01")]
    # no object: a participle, which may look ahead; nor an adjective after an adverb
    assert found("The funds raised in January will be spent.", told) == [("January", "DATE", "2025-01")]
    assert found("It pays on a yet unnamed day in January.", told) == [("January", "DATE", "2025-01")]


def test_what_was_warned_of_or_threatened_lies_ahead_of_the_warning():
    told = date(2024, 11, 7)
    assert found("Officials warned of a storm in December.", told) == [("December", "DATE", "2024-12")]
    assert found("The union threatened a strike in December.", told) == [("December", "DATE", "2024-12")]
    # right before the date, the verb dates the warning
    assert found("Officials warned in December that storms would come.", told) == [("December", "DATE", "2023-12")]


def test_an_adjective_after_an_article_or_a_possessive_is_no_past_cue():
    told = date(2024, 5, 25)  # a Saturday
    text = "The envoy may finally see the king on Tuesday after a wasted weekend in the capital."
    assert found(text, told) == [("Tuesday", "DATE", "2024-05-28")]
    text = "The club could win the title if it holds on through Monday's last session."
    assert found(text, told) == [("Monday", "DATE", "2024-05-27")]


def test_a_house_number_is_no_year():
    assert found("Her aim is 1600 Pennsylvania Avenue, and she moved to 2011 Oak Lane in 2011.") == [
        ("2011", "DATE", "2011")
    ]
    assert found("The talks on May 6, 2024 at St. Mary's Hall left the 1977 accord in place.") == [
        ("May 6, 2024", "DATE", "2024-05-06"), ("1977", "DATE", "1977")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump said it should be wrapped up by the party's July convention.", [("July", "DATE", "2016-07")]),
        ("The strong October report beat the weak September jobs data.",
         [("October", "DATE", "2015-10"), ("September", "DATE", "2015-09")]),
        ("October provided a resurgence for her, and December's debate went well.",
         [("October", "DATE", "2015-10"), ("December", "DATE", "2015-12")]),
        ("Florida's March presidential primary is next.", [("March", "DATE", "2016-03")]),
        ("She will be the favorite come November.", [("November", "DATE", "2016-11")]),
        ("He spoke at a debate this past September.", [("this past September", "DATE", "2015-09")]),
        ("Outside the campaign, allies doubt the \"March firewall\" will hold.", [("March", "DATE", "2016-03")]),
        ("The Black September group struck; at a June Trump rally he spoke.", [("June", "DATE", "2015-06")]),
        # a month begun, ended or compared with
        ("Cruz began March with $8 million; rent rose, compared with March, when he paid less.",
         [("March", "DATE", "2015-03"), ("March", "DATE", "2016-03")]),
    ],
)
def test_a_month_with_no_preposition_before_it(text, expected):
    assert found(text, date(2016, 1, 8)) == expected


def test_a_month_in_a_range_or_a_pair_or_with_a_possessive():
    text = "Profit rose in January-June; the January-April 1995 figure was revised."
    assert found(text, date(1996, 8, 22)) == [
        ("January", "DATE", "1996-01"), ("June", "DATE", "1996-06"), ("January", "DATE", "1995-01"),
        ("April 1995", "DATE", "1995-04")
    ]
    # a range runs forward: of two months read apart, the one farther from the telling moves
    text = "Dutch freight January-July rise 2.9 percent; its output (April-March) rose."
    assert found(text, date(1996, 8, 22)) == [
        ("January", "DATE", "1996-01"), ("July", "DATE", "1996-07"), ("April", "DATE", "1996-04"),
        ("March", "DATE", "1997-03")
    ]
    text = "Workers demand June and July wages; the rate was below June's 7.45 percent."
    assert [value for _, _, value in found(text, date(1996, 8, 22))] == ["1996-06", "1996-07", "1996-06"]
    # a short form is a month when a dash joins it to another; alone, "Jan" and "Mar" may be names
    text = "Output in Jan-April 1995 and Jan-Mar '95 rose; Jan Peeters flew to Mar-a-Lago."
    assert found(text, date(1996, 8, 22)) == [
        ("Jan", "DATE", "1995-01"), ("April 1995", "DATE", "1995-04"), ("Jan", "DATE", "1995-01"),
        ("Mar '95", "DATE", "1995-03")
    ]
    # a month before its figure, as tables of indicators give it; a slash joins months as a dash does
    text = ("CPI (pct) July +0.3 m/m (June +0.7). Gross debt May $19,310.2 million (April $19,845.6 million). "
            "In Feb/March")
    assert [value for _, _, value in found(text, date(1996, 8, 22))] == [
        "1996-07", "1996-06", "1996-05", "1996-04", "1996-02", "1996-03"
    ]
    assert found("He locked in rates in February / March; April Mellody said so.", date(1996, 8, 22)) == [
        ("February", "DATE", "1996-02"), ("March", "DATE", "1996-03")
    ]
    # a dash with a space after it, as hasty chronologies write one
    assert found("Air raids ran October- December.", date(1996, 8, 22)) == [
        ("October", "DATE", "1995-10"), ("December", "DATE", "1995-12")
    ]
    # a figure after a month is no day of it; an old year is no figure
    text = "Budget deficit Jan-July 187 bln (Jan-June 164 bln). Long before (September 1560) he served."
    assert found(text, date(1996, 8, 22)) == [
        ("Jan", "DATE", "1996-01"), ("July", "DATE", "1996-07"), ("Jan", "DATE", "1996-01"), ("June", "DATE", "1996-06")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My first race was in ’08, though the bill I backed came up in '06, '07.",
         [("’08", "DATE", "2008"), ("'06", "DATE", "2006"), ("'07", "DATE", "2007")]),
        ("This was back between '05 and '09, and the class of '72 met again.",
         [("'05", "DATE", "2005"), ("'09", "DATE", "2009"), ("'72", "DATE", "1972")]),
        ("Prices peaked in January of '73 and in the summer of ’94.",
         [("January of '73", "DATE", "1973-01"), ("the summer of ’94", "DATE", "1994-SU")]),
        # a title or a model year is no time
        ("The movie ’13 Hours’ opens; she drove her '07 Ford.", []),
    ],
)
def test_a_year_written_as_an_apostrophe_and_two_digits(text, expected):
    assert found(text, date(2016, 1, 8)) == expected


def test_an_edge_word_before_the_last_of_centuries_named_together_is_its_mod():
    assert read_mods("It grew in the 18th and early 19th centuries.", WED) == [
        ("the 18th", "17", None), ("early 19th centuries", "18", "START")
    ]
    # or one century or the other, each with its own edge; a place in a race is none
    assert read_mods("The chest is from the late 18th or early 19th century; she came 18th or 19th.", WED) == [
        ("the late 18th", "17", "END"), ("early 19th century", "18", "START")
    ]


def test_a_part_of_a_century_counts_its_years():
    told = date(2016, 7, 27)
    text = "The party he rebuilt a quarter-century ago has ruled for the past half-century."
    assert found(text, told) == [
        ("a quarter-century ago", "DATE", "1991"), ("the past half-century", "DURATION", "P50Y")
    ]
    assert found("Khan hit a 48-ball half-century, well above his quarter-century average.", told) == []

def test_two_seasons_joined_share_a_year():
    told = date(2016, 2, 3)
    text = "She led through much of the fall and winter; the spring and summer of 2014 were quiet; Winter Haven voted."
    assert found(text, told) == [
        ("the fall", "DATE", "2015-FA"), ("winter", "DATE", "2015-WI"), ("the spring", "DATE", "2014-SP"),
        ("summer of 2014", "DATE", "2014-SU")
    ]

def test_a_figure_after_a_month_is_no_day():
    # a month, not a day; "June" and "May" with no preposition before them may be names, but not before a figure,
    # unless a first name comes before them, as in a table of results
    text = "Joblessness (pct) July 9.7 pct (June 9.5 pct); prices May 2.1 percent. 1. Brian May 10.52"
    assert [(text, len(value)) for text, _, value in found(text)] == [
        ("July", len("2024-07")), ("June", len("2024-06")), ("May", len("2024-05"))
    ]
    assert found("Prices rose in May 3.4 pct and by June 2 pct.") == [
        ("May", "DATE", "2024-05"), ("June", "DATE", "2024-06")
    ]


def test_a_chronology_of_headlined_dates_is_a_dated_list_whose_last_item_only_bounds_the_writing():
    text = (
        "How the governor's hopes faded.\n\n"
        "Oct. 30, 2012 The storm visit.\n\nHe toured the coast with the president.\n\n"
        "Sept. 9, 2013 The bridge jams.\n\nLanes were closed for a week.\n\n"
        "June 16, 2015 A rival joins the race.\n\nHe stole the spotlight."
    )
    published, timexes = tag_document(text, Published())
    assert [t.text for t in timexes if t.role == "list-date"] == ["Oct. 30, 2012", "Sept. 9, 2013", "June 16, 2015"]
    assert (published.value, _dating(published)) == (None, "not before 2015-06-16")
    # one date heading a line is no list
    published, timexes = tag_document("June 16, 2015 A rival joins the race.\n\nHe stole the spotlight.", Published())
    assert timexes[0].role == "text" and published.value == "2015-06-16"


def test_a_day_after_a_choice_to_act_told_in_the_past_may_lie_either_side():
    friday = date(2024, 5, 31)
    text = "Dock workers voted on Friday to go back to work on Monday."
    assert found(text, friday) == [("Friday", "DATE", "2024-05-31"), ("Monday", "DATE", "2024-06-03")]
    assert found("Miners at the pit voted to strike from Saturday.", date(2024, 5, 29))[0][2] == "2024-06-01"


def test_a_duration_written_in_parts_is_one():
    assert found("She won in two hours 41 minutes, 9.5 seconds.") == [
        ("two hours 41 minutes, 9.5 seconds", "DURATION", "PT2H41M9.5S")
    ]
    assert found("He served eight years and 11 months.") == [("eight years and 11 months", "DURATION", "P8Y11M")]
    # a first part of one unit, and weeks beside days counted in days, as ISO 8601 writes them
    assert found("The game lasted an hour and 40 minutes, two weeks and three days after the draw.") == [
        ("an hour and 40 minutes", "DURATION", "PT1H40M"), ("two weeks and three days", "DURATION", "P17D")
    ]
    assert found("A quarter of a century and a quarter of an hour passed.") == [
        ("A quarter of a century", "DURATION", "P25Y"), ("a quarter of an hour", "DURATION", "PT15M")
    ]
    # the short forms of posts and results tables, in lower case, whole and apart from the word before
    assert found("Mertens two hours 51 mins six secs; the port is 45 mins away; the 10-yr bond.") == [
        ("two hours 51 mins six secs", "DURATION", "PT2H51M6S"), ("45 mins", "DURATION", "PT45M"),
        ("10-yr", "DURATION", "P10Y")
    ]
    assert found("An HR number for Ayr; a band of minstrels; CPI rose 23.0yr / yr.") == []
    # parts that do not run from larger units to smaller, or a vague one, stay apart
    assert [t[2] for t in found("Terms of 10 years, 5 years and hours a week.")] == ["P10Y", "P5Y", "PTXH", "P1W"]


def test_a_year_when_something_happened_is_a_time_told_of_not_a_length_of_time():
    told = date(2016, 3, 10)
    assert found("He was an insider in a year when voters longed for an outsider.", told) == []
    assert found("On a day when most rivals rested, she toured, following a day in which she debated.", told) == []
    assert found("He lived there for a year when he was a child.", told) == [("a year", "DURATION", "P1Y")]


def test_a_price_before_a_unit_counts_no_time():
    told = date(1996, 8, 26)
    # the minutes are counted off, but not 4.10 of them
    assert found("Its stock dropped to S$4.10 minutes after trading began.", told) == [("minutes", "DURATION", "PTXM")]
    assert found("The run took 5.85 minutes.", told) == [("5.85 minutes", "DURATION", "PT5.85M")]


def test_a_modal_have_with_its_participle_left_out_looks_back():
    thursday = date(2016, 3, 24)
    text = "He was not the spoiler he could have been Tuesday, but he may be in later primaries."
    assert found(text, thursday) == [("Tuesday", "DATE", "2016-03-22")]
    assert found("We could have Tuesday off.", thursday) == [("Tuesday", "DATE", "2016-03-29")]


def test_a_that_which_opens_a_clause_points_at_no_day():
    sunday = date(2016, 2, 7)
    assert found("He arrived on Dec. 26. Mora noted that Saturday would have been her dad's birthday.", sunday)[1] == (
        "Saturday", "DATE", "2016-02-06"
    )
    assert found("Ortiz told a host that Friday's announcement was odd.", sunday) == [("Friday", "DATE", "2016-02-05")]
    assert found("He arrived on Dec. 26. He was killed that Saturday.", sunday)[1] == (
        "that Saturday", "DATE", "2015-12-26"
    )


def test_a_week_month_or_year_counted_from_an_undated_event_is_not_the_current_one():
    told = date(2016, 9, 1)
    assert found("The month after her victory has been squandered; the week after the rally was chaotic.", told) == []
    assert found("Employees are paid in the year following the termination.", told) == []
    assert found("In March, the month after the old judge died, the court ruled.", told)[1] == (
        "the month", "DATE", "2016-03"
    )


def test_a_vague_count_joined_to_its_unit_is_a_vague_span():
    assert found("It followed a several-year tenure and a many-year fight.") == [
        ("several-year", "DURATION", "PXY"), ("many-year", "DURATION", "PXY")
    ]


def test_a_day_or_night_before_a_kind_of_thing_is_no_length_of_time():
    assert found("She wanted a day game but got a night game; he took a night shift.") == []
    assert found("Police imposed a night curfew; she took a day trip.") == []
    assert found("They stayed a night in Rome.") == [("a night", "DURATION", "P1D")]


def test_a_day_of_the_month_before_an_ordinal_is_no_count_of_seconds():
    """"the Oct. 9 second debate" is the debate of 9 October, the second of the campaign."""
    assert found("Her calm turn in the Oct. 9 second debate lifted her.", date(2024, 10, 20)) == [
        ("Oct. 9", "DATE", "2024-10-09")
    ]
    assert found("The runner was 9 seconds faster, a 9-second gain.") == [
        ("9 seconds", "DURATION", "PT9S"), ("9-second", "DURATION", "PT9S")
    ]


def test_last_and_the_month_just_over_is_a_year_back():
    # the month just over would be "last month"; "last June", told in June, was already a year back
    march = date(2016, 3, 8)
    assert found("A post last February riled the staff.", march) == [("last February", "DATE", "2015-02")]
    assert found("A post this past February riled the staff.", march) == [("this past February", "DATE", "2016-02")]
    assert found("A post last January riled the staff.", march) == [("last January", "DATE", "2016-01")]
    assert found("The launch last March drew crowds.", march) == [("last March", "DATE", "2015-03")]
    assert found("The storm last December cut power.", date(2016, 1, 12)) == [("last December", "DATE", "2015-12")]


def test_a_clock_time_takes_the_day_and_half_of_the_day_named_after_it():
    wednesday = date(1998, 2, 11)
    # "last evening", as "last night", is yesterday's
    assert found("Clashes erupted late last evening.", wednesday) == [("late last evening", "TIME", "1998-02-10TEV")]
    assert found("Police arrived at 10 p.m. last night.", wednesday) == [
        ("10 p.m. last night", "TIME", "1998-02-10T22:00")
    ]
    # said bare, the hour is in the half of the day the part names
    assert found("The plane landed at 11:45 last night.", wednesday) == [
        ("11:45 last night", "TIME", "1998-02-10T23:45")
    ]
    assert found("Troops moved at 6:30 this morning.", wednesday) == [("6:30 this morning", "TIME", "1998-02-11T06:30")]
    assert found("He spoke at 3:30 yesterday afternoon.", wednesday) == [
        ("3:30 yesterday afternoon", "TIME", "1998-02-10T15:30")
    ]
    assert found("The polls close at 8:00 tonight.", wednesday) == [("8:00 tonight", "TIME", "1998-02-11T20:00")]
    assert found("He will speak at 7 p.m. tomorrow evening.", wednesday) == [
        ("7 p.m. tomorrow evening", "TIME", "1998-02-12T19:00")
    ]
    assert found("Police arrived at 10:30 p.m. Tuesday night.", wednesday) == [
        ("10:30 p.m. Tuesday night", "TIME", "1998-02-10T22:30")
    ]
    # a day said after a time said in words, or after a weekday's "last" or "next", is its day
    assert found("He rang at 3 o'clock yesterday and will ring at half past six tomorrow.", wednesday) == [
        ("3 o'clock yesterday", "TIME", "1998-02-10T15:00"), ("half past six tomorrow", "TIME", "1998-02-12T18:30")
    ]
    assert found("She left at 10 p.m. last Tuesday and is back at 9 a.m. next Friday.", wednesday) == [
        ("10 p.m. last Tuesday", "TIME", "1998-02-10T22:00"), ("9 a.m. next Friday", "TIME", "1998-02-13T09:00")
    ]
    # the small hours of a night are the next day's
    assert found("The blast came at 2:15 a.m. last night.", wednesday) == [
        ("2:15 a.m. last night", "TIME", "1998-02-11T02:15")
    ]
    assert found("Shots rang out at 1 a.m. Sunday night.", wednesday) == [
        ("1 a.m. Sunday night", "TIME", "1998-02-09T01:00")
    ]


def test_earlier_or_later_in_the_day_is_the_day_the_story_tells_of():
    assert found("On Monday the talks opened. Later in the day the envoy left.", WED) == [
        ("Monday", "DATE", "2024-05-27"), ("the day", "DATE", "2024-05-27")
    ]
    assert found("Earlier in the day, police cleared the square.", WED) == [("the day", "DATE", "2024-05-29")]
    # "late in the day" is as often a figure of speech ("late in the day for reforms"), and a present a habit
    assert found("It was late in the day for reforms.", WED) == []
    assert found("It is later in the day that prices rise.", WED) == []
    # its end, as a limit; "at the end of the day" is as often a figure of speech ("in the end")
    assert found("On Monday the envoy said the deal would be signed by the end of the day.", WED) == [
        ("Monday", "DATE", "2024-05-27"), ("the end of the day", "DATE", "2024-05-27")
    ]
    assert read_mods("Rebels held the bridge until the end of the morning.", WED) == [
        ("the end of the morning", "2024-05-29TMO", "END")
    ]
    assert found("At the end of the day, it is about trust.", WED) == []


def test_a_weekday_that_fits_only_across_the_telling_from_the_tense_is_a_slip():
    # 3 March 2024 was a Sunday; the Monday 3 March of 2025 is a year on, against "resigned"
    told = date(2024, 3, 14)
    assert found("The minister resigned on Monday 3 March.", told) == [("Monday 3 March", "DATE", "2024-03-03")]
    assert found("The minister will resign on Monday 3 March.", told) == [("Monday 3 March", "DATE", "2025-03-03")]
    # a plan told in the past may look ahead a little
    assert found("The vote was set for Monday, March 18.", told) == [("Monday, March 18", "DATE", "2024-03-18")]


def test_a_yearless_range_is_the_one_nearest_the_telling():
    # told in March, last September is nearer than this one, but this year's range is about to begin
    told = date(2024, 3, 14)
    assert found("The ban runs from 1 April to 30 September.", told) == [
        ("1 April", "DATE", "2024-04-01"), ("30 September", "DATE", "2024-09-30")
    ]
    assert found("The ban runs from April to September.", told) == [
        ("April", "DATE", "2024-04"), ("September", "DATE", "2024-09")
    ]
    assert found("The season runs from November to March.", told) == [
        ("November", "DATE", "2023-11"), ("March", "DATE", "2024-03")
    ]
    assert found("Buyers sought grain for October to March delivery.", date(1996, 8, 27)) == [
        ("October", "DATE", "1996-10"), ("March", "DATE", "1997-03")
    ]
    assert found("The ban ran from 1 April 2019 to 30 September.", told)[1] == ("30 September", "DATE", "2019-09-30")
    # a range whose start a past passive governs has begun, unless it was moved
    assert found("The fair was held from June 3 to June 9.", told) == [
        ("June 3", "DATE", "2023-06-03"), ("June 9", "DATE", "2023-06-09")
    ]
    assert found("The vote was postponed from June 3 to June 9.", told)[0] == ("June 3", "DATE", "2024-06-03")
    # so does one a state that went on from it opens; one that goes on from it is still to come
    assert found("The curfew ran from 2 April to 28 June.", told) == [
        ("2 April", "DATE", "2023-04-02"), ("28 June", "DATE", "2023-06-28")
    ]
    assert found("Troops stayed between May and July.", told)[0] == ("May", "DATE", "2023-05")
    assert found("The curfew runs from 2 April to 28 June.", told)[0] == ("2 April", "DATE", "2024-04-02")
    # as does one a past verb with its figure governs, told months after it, unless the verb is a push
    told_late = date(2024, 11, 7)
    assert found("Exports rose 5% from January to March.", told_late) == [
        ("January", "DATE", "2024-01"), ("March", "DATE", "2024-03")
    ]
    assert found("Prices climbed between January and March.", told_late)[0] == ("January", "DATE", "2024-01")
    for text in ("Officials postponed the vote from December to March.",
                 "The vote was pushed back from December to March."):
        assert found(text, told_late)[0] == ("December", "DATE", "2024-12")
    assert found("The ban runs from January to March.", told_late)[0] == ("January", "DATE", "2025-01")
    # a range told in the past ends in the past, and one told to come begins to come
    told_january = date(2026, 1, 15)
    assert [value for _, _, value in found("Between December and March, prices fell.", told_january)] == [
        "2024-12", "2025-03"
    ]
    assert [value for _, _, value in found("Prices will fall between December and March.", told_january)] == [
        "2026-12", "2027-03"
    ]
    assert [value for _, _, value in found("Prices fell from October to December.", told_january)] == [
        "2025-10", "2025-12"
    ]
    # a range of months so told has reached its last month: told in March, January-July is last year's
    told_march = date(2026, 3, 10)
    for text in ("Exports rose 4% in January-July.", "Exports rose 4% from January to July.",
                 "In January-July, exports rose 4%."):
        assert [value for _, _, value in found(text, told_march)] == ["2025-01", "2025-07"], text
    assert [value for _, _, value in found("Exports rose 5% from January to March.", told_march)] == [
        "2026-01", "2026-03"
    ]
    # and a date after such a verb's "from" alone
    assert found("Prices rose from 1 January.", told_late) == [("1 January", "DATE", "2024-01-01")]
    assert found("The rules apply from 1 January.", told_late) == [("1 January", "DATE", "2025-01-01")]
    # a list may run back: "in February and October" are the two months nearest, each on its own
    assert found("Prices rose in February and October.", told) == [
        ("February", "DATE", "2024-02"), ("October", "DATE", "2023-10")
    ]


def test_a_run_of_text_without_stops_is_read_in_sentences_of_bounded_length():
    """A table or list run together into one line would otherwise be one sentence, read anew for each of its many
    expressions (``bench/timex_worst_case.py`` times it)."""
    from storyline.extract.time.sentences import LONGEST, Sentences

    run = " ".join(["March 3 to 5 June 2024 at 10:30 GMT"] * 200)
    begin, stop = Sentences(run).around(3000, 3007)
    assert (begin, stop) == (3000 - LONGEST // 2, 3007 + LONGEST // 2)
    long_one = "It rained. Then " + "word " * 300 + "end."
    assert Sentences(long_one).around(20, 24) == (11, 24 + LONGEST // 2)  # not before the sentence
    # every expression of it is still read, as in a short one
    assert found(run, date(2025, 4, 18))[:2] == [
        ("March 3", "DATE", "2024-03-03"), ("5 June 2024", "DATE", "2024-06-05")
    ]
    # and the verbs of each window still tell its tense, as in a sentence of its own
    filler = "row " * 400
    run = f"{filler}the pact was signed in May and the envoys will meet in March {filler}they met in June {filler}"
    assert [value for _, _, value in found(run, date(2025, 4, 18))] == ["2024-05", "2026-03", "2024-06"]
    # an e-mail address is looked for from its start only, and found still
    assert found("a" * 5000 + " mail may2004@example.org today", date(2025, 4, 18)) == [("today", "DATE", "2025-04-18")]
