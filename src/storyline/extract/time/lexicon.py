"""The words of time: months, weekdays, seasons, units, parts of the day and number words."""

from __future__ import annotations

from ...clean.datelines import MONTHS as DATELINE_MONTHS

# Capitalized as names are written: "may" the verb is no month.
MONTHS = {name.title(): number for name, number in DATELINE_MONTHS.items()}
FULL_MONTHS = frozenset(max((name for name in MONTHS if MONTHS[name] == n), key=len) for n in range(1, 13))  # not "Sept"
WEEKDAYS = {
    "Monday": 1, "Mon": 1, "Tuesday": 2, "Tues": 2, "Tue": 2, "Wednesday": 3, "Weds": 3, "Wed": 3, "Thursday": 4,
    "Thurs": 4, "Thu": 4, "Friday": 5, "Fri": 5, "Saturday": 6, "Sat": 6, "Sunday": 7, "Sun": 7,
}  # fmt: skip
WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"  # spelt out, so that "Mondays" is its plural
# the words before a clock time's hour: "at 9", "until 23:59", "from 9:30"
CLOCK_PREPOSITIONS = {
    "at", "by", "until", "till", "around", "about", "from", "after", "before", "since", "to", "between",
}
# the words before "to" that move a thing to the clock time after it: "pushed back to 11:15", "brought forward to 9:45"
MOVED_TO_WORDS = ("back", "forward", "moved")
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
POSSESSIVES = {"his", "her", "their", "my", "your", "our"}
# before a noun that a month or a year names: "the October slaying", "a June agreement", "the 1968 Christmas holidays"
DETERMINERS = {"the", "a", "an", "its"} | POSSESSIVES
# TIMEX3 parts of the day; "night" and "tonight" are TNI.
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI", "midnight": "NI",
}  # fmt: skip
# The hours of the day that "noon", "midnight" and the day's edges name, as clock times or TIMEX3 parts of the day.
DAY_MARKS = {
    "noon": "12:00", "midday": "12:00", "midnight": "24:00", "dawn": "MO", "daybreak": "MO", "first light": "MO",
    "sunrise": "MO", "sunup": "MO", "dusk": "EV", "sunset": "EV", "sundown": "EV", "nightfall": "EV",
    "morning": "MO", "afternoon": "AF", "evening": "EV",  # "by morning", "until evening"
}  # fmt: skip
# The days named from the telling, and how many days from it: "yesterday", "the day after tomorrow".
DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "day before yesterday": -2,
             "the day before yesterday": -2, "day after tomorrow": 2, "the day after tomorrow": 2}  # fmt: skip
# Unit word → (ISO 8601 duration letter, whether it takes the time designator T, calendar granularity).
UNITS = {
    "second": ("S", True, "second"), "minute": ("M", True, "minute"), "hour": ("H", True, "hour"),
    "day": ("D", False, "day"), "night": ("D", False, "day"), "week": ("W", False, "week"),
    "weekend": ("WE", False, "weekend"), "fortnight": ("FN", False, "week"), "month": ("M", False, "month"),
    "quarter": ("Q", False, "quarter"), "year": ("Y", False, "year"), "decade": ("DE", False, "decade"),
    "century": ("CE", False, "century"), "centurie": ("CE", False, "century"),
    "sec": ("S", True, "second"), "min": ("M", True, "minute"), "hr": ("H", True, "hour"), "wk": ("W", False, "week"),
    "yr": ("Y", False, "year"),
}  # fmt: skip
# the one-letter units of a post's stamp ("2h ago"), where "m" is minutes and "mo" months
STAMP_UNITS = {"m": "minute", "h": "hour", "d": "day", "w": "week", "mo": "month", "y": "year"}
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS = {w: i for i, w in enumerate(ONES)} | {w: 10 * i for i, w in enumerate(TENS) if w}
NUMBER_WORDS |= {"a": 1, "an": 1, "a single": 1, "single": 1, "hundred": 100, "a couple of": 2, "couple of": 2,
                 "a couple": 2, "a dozen": 12, "dozen": 12, "half dozen": 6, "a half dozen": 6, "half a dozen": 6,
                 "half a": 0.5, "half an": 0.5, "a half": 0.5,
                 "a quarter of a": 0.25, "a quarter of an": 0.25, "a quarter": 0.25, "quarter": 0.25, "half": 0.5,
                 "three quarters of a": 0.75, "three quarters of an": 0.75,
                 "another": 1, "an additional": 1, "an extra": 1, "a further": 1}  # fmt: skip
TIMES_WORDS = {"once": 1, "twice": 2, "thrice": 3}  # how often, as counted in a set's ``freq``
# Days of the month as they are spoken: "March eighth", "the twenty-first of May".
_ORDINAL_ONES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
DAY_ORDINALS = {w: i + 1 for i, w in enumerate(_ORDINAL_ONES)} | {
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "thirty-first": 31,
} | {f"twenty-{w}": 21 + i for i, w in enumerate(_ORDINAL_ONES)}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9, "noughties": 0, "aughts": 0}  # the last two name the 2000s
# "annual" and "quarterly" are left out: in news they mostly qualify reports and dividends.
SETS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "fortnightly": "P2W", "monthly": "P1M", "yearly": "P1Y",
        "hourly": "PT1H"}
HOLIDAYS = {"christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
            "new year's eve": (12, 31), "new year": (1, 1), "new year's": (1, 1), "independence day": (7, 4),
            "valentine's day": (2, 14),
            "halloween": (10, 31), "veterans day": (11, 11), "veteran's day": (11, 11), "veterans' day": (11, 11),
            "boxing day": (12, 26), "navruz": (3, 21), "nauryz": (3, 21),  # as Uzbekistan and Kazakhstan keep it
            "may day": (5, 1), "bastille day": (7, 14), "armistice day": (11, 11), "remembrance day": (11, 11),
            "st. patrick's day": (3, 17), "orthodox christmas": (1, 7), "guy fawkes night": (11, 5),
            "bonfire night": (11, 5), "victory day": (5, 9),  # Victory Day as Russia and most of the CIS keep it
            # days the world or a nation keeps; not International Women's Day, which TimeBank tags as no time
            "juneteenth": (6, 19), "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25),
            "russia day": (6, 12), "defender of the fatherland day": (2, 23), "international workers' day": (5, 1),
            "international holocaust remembrance day": (1, 27),
            "world aids day": (12, 1), "earth day": (4, 22), "epiphany": (1, 6), "all saints' day": (11, 1),
            "hogmanay": (12, 31), "national unity day": (11, 4), "cosmonautics day": (4, 12)}  # fmt: skip
# Holidays on the nth weekday of a month, or some days after it: (month, ISO weekday, n, days after). US
# Election Day is the Tuesday after the first Monday in November, Black Friday the day after Thanksgiving.
MOVABLE_HOLIDAYS = {"thanksgiving day": (11, 4, 4, 0), "thanksgiving": (11, 4, 4, 0), "labor day": (9, 1, 1, 0),
                    "memorial day": (5, 1, -1, 0), "martin luther king day": (1, 1, 3, 0),
                    "presidents' day": (2, 1, 3, 0), "presidents day": (2, 1, 3, 0), "columbus day": (10, 1, 2, 0),
                    "mother's day": (5, 7, 2, 0), "father's day": (6, 7, 3, 0), "election day": (11, 1, 1, 1),
                    "black friday": (11, 4, 4, 1), "cyber monday": (11, 4, 4, 4),
                    "remembrance sunday": (11, 7, 2, 0)}  # fmt: skip
# A vote's day is the coming one unless told in the past, as a month that names a vote is.
VOTE_DAYS = {"election day", "super tuesday"}
# Days held only in US presidential election years: Super Tuesday, the first Tuesday in March since 2012.
ELECTION_YEAR_DAYS = {"super tuesday": (3, 2, 1, 0)}
# The days nations keep as their independence days, by the country's name and its adjective: "Afghanistan's
# Independence Day" is 19 August, "Ukrainian Independence Day" 24 August
_INDEPENDENCE = {
    ("afghanistan", "afghan"): (8, 19), ("ukraine", "ukrainian"): (8, 24), ("india", "indian"): (8, 15),
    ("pakistan", "pakistani"): (8, 14), ("bangladesh", "bangladeshi"): (3, 26), ("kazakhstan", "kazakh"): (12, 16),
    ("uzbekistan", "uzbek"): (9, 1), ("tajikistan", "tajik"): (9, 9), ("turkmenistan", "turkmen"): (9, 27),
    ("kyrgyzstan", "kyrgyz"): (8, 31), ("belarus", "belarusian"): (7, 3), ("georgia", "georgian"): (5, 26),
    ("armenia", "armenian"): (9, 21), ("moldova", "moldovan"): (8, 27), ("mexico", "mexican"): (9, 16),
    ("indonesia", "indonesian"): (8, 17), ("philippines", "philippine"): (6, 12), ("ghana", "ghanaian"): (3, 6),
    ("kenya", "kenyan"): (12, 12), ("nigeria", "nigerian"): (10, 1), ("brazil", "brazilian"): (9, 7),
    ("argentina", "argentine"): (7, 9), ("venezuela", "venezuelan"): (7, 5), ("colombia", "colombian"): (7, 20),
    ("peru", "peruvian"): (7, 28), ("chile", "chilean"): (9, 18), ("algeria", "algerian"): (7, 5),
    ("finland", "finnish"): (12, 6), ("estonia", "estonian"): (2, 24), ("latvia", "latvian"): (11, 18),
    ("poland", "polish"): (11, 11), ("vietnam", "vietnamese"): (9, 2), ("malaysia", "malaysian"): (8, 31),
    ("south sudan", "south sudanese"): (7, 9), ("sri lanka", "sri lankan"): (2, 4), ("myanmar", "burmese"): (1, 4),
    ("iraq", "iraqi"): (10, 3), ("lebanon", "lebanese"): (11, 22), ("tunisia", "tunisian"): (3, 20),
    ("morocco", "moroccan"): (11, 18), ("mongolia", "mongolian"): (12, 29),
}
# The same for the national days some nations keep, "China's National Day" (1 October), and the republic days,
# "India's Republic Day" (26 January); with no nation named, neither names a day, as no one nation's is meant
_NATIONAL = {
    ("china", "chinese"): (10, 1), ("saudi arabia", "saudi"): (9, 23), ("united arab emirates", "emirati"): (12, 2),
    ("qatar", "qatari"): (12, 18), ("kuwait", "kuwaiti"): (2, 25), ("bahrain", "bahraini"): (12, 16),
    ("singapore", "singaporean"): (8, 9), ("switzerland", "swiss"): (8, 1),
}
_REPUBLIC = {("india", "indian"): (1, 26), ("turkey", "turkish"): (10, 29), ("italy", "italian"): (6, 2)}
# each nation's day of those feasts, by the feast's name as ``holiday`` reads it
NATION_DAYS = {
    feast: {name: day for names, day in table.items() for name in names}
    for feast, table in (("independence day", _INDEPENDENCE), ("national day", _NATIONAL), ("republic day", _REPUBLIC))
}
# A nation as a sentence names it, or its people: "Pakistan", "Afghans" (not "Mexican", which qualifies other things;
# nor Georgia, a US state too, nor "Indians", in US news often Native Americans)
NATION_OR_PEOPLE = {
    word: nation for table in (_INDEPENDENCE, _NATIONAL, _REPUBLIC) for nation, adjective in table
    for word in (nation, f"{adjective}s") if word not in ("georgia", "georgians", "indians")
}
# Holidays a number of days from Western Easter Sunday.
EASTER_HOLIDAYS = {"easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1, "shrove tuesday": -47,
                   "mardi gras": -47, "ash wednesday": -46, "palm sunday": -7, "maundy thursday": -3,
                   "holy thursday": -3, "holy saturday": -1, "ascension day": 39, "pentecost": 49,
                   "whit sunday": 49, "whit monday": 50}  # fmt: skip
# The same from Orthodox Easter Sunday, as the churches of Russia, Ukraine, Serbia and Greece keep it.
ORTHODOX_EASTER_HOLIDAYS = {
    f"orthodox {name}": EASTER_HOLIDAYS[name]
    for name in ("easter", "easter sunday", "good friday", "easter monday", "palm sunday", "holy saturday")
}
# Jewish feasts: days from Rosh Hashanah in the autumn of the same year (Passover is always 163 days before it), or
# from the first day of Hanukkah, whose place after it depends on the year's length.
HEBREW_HOLIDAYS = {"rosh hashanah": ("new year", 0), "rosh hashana": ("new year", 0), "yom kippur": ("new year", 9),
                   "sukkot": ("new year", 14), "hanukkah": ("hanukkah", 0), "chanukah": ("hanukkah", 0),
                   "passover": ("new year", -163), "pesach": ("new year", -163), "shavuot": ("new year", -113),
                   "purim": ("new year", -193)}  # fmt: skip
# The first day of the Chinese lunisolar year, which China calls the Spring Festival.
LUNAR_NEW_YEAR = {"lunar new year", "chinese new year", "spring festival"}
# The Hindu festival of lights, on the new moon of October or November (``calendar.diwali``).
DIWALI = {"diwali", "deepavali", "divali"}
# The first day of the Solar Hijri year, 20 or 21 March as the equinox falls, as Iran and Afghanistan keep it.
NOWRUZ = {"nowruz", "norooz", "nawruz", "persian new year", "iranian new year", "afghan new year"}
# Islamic feasts: (month, day) of the Hijri calendar; a bare "Eid" is either. Ramadan and Muharram, the month of
# mourning, are read as the month that holds their middle (``MONTH_LONG``).
_EIDS = {"fitr": (10, 1), "adha": (12, 10)}
ISLAMIC_HOLIDAYS = {f"eid{space}{article}{feast}": (day,) for feast, day in _EIDS.items() for space in " -"
                    for article in ("al-", "ul-")} | {"eid": tuple(_EIDS.values()), "ramadan": ((9, 15),),
                    "ashura": ((1, 10),), "mawlid": ((3, 12),), "laylat al-qadr": ((9, 27),),
                    "islamic new year": ((1, 1),), "hijri new year": ((1, 1),), "arbaeen": ((2, 20),),
                    "shab-e-barat": ((8, 15),), "muharram": ((1, 15),), "moharram": ((1, 15),)}  # fmt: skip
MONTH_LONG = {"ramadan", "muharram", "moharram"}
# The months of the Hijri (lunar) calendar in the spellings news gives them, in order: "12 Rabi al-Awwal 1446",
# "the 10th of Muharram", "Dhul Hijjah 9"
_AL = r"['’]?(?:[-\s]*(?:al|ul|el|l)(?=[-\s]))?[-\s]+"  # "Rabi al-", "Rabi' ul ", "Dhu'l-", "Dhul "
HIJRI_MONTHS = (
    r"Mu?harram|Moharram", r"Safar", rf"Rabi['’]?(?:a|e)?{_AL}(?:Awwal|Awal|Aw+el)|Rabi['’]?\s+I(?!I)",
    rf"Rabi['’]?(?:a|e)?{_AL}(?:Thani|Thaani|Sani|Akhir|Akhar|Akhira)|Rabi['’]?\s+II",
    rf"Juma?da{_AL}(?:Awwal|Awal|Ula|Oola)|Jumada\s+I(?!I)",
    rf"Juma?da{_AL}(?:Thani|Thaani|Sani|Akhir|Akhirah|Akhira|Akhar)|Jumada\s+II", r"Rajab", r"Sha['’]?a?ban",
    r"Rama[dz]an|Ramzan", r"Shaww?al", rf"(?:Dhu|Zu){_AL}Q[ai]['’]?a?dah?|(?:Dhul|Zul)[-\s]+Q[ai]['’]?a?dah?",
    rf"(?:Dhu|Zu){_AL}Hij+ah?|(?:Dhul|Zul)[-\s]+Hij+ah?",
)
# The months of the Solar Hijri calendar, in order: Iran's names, then Afghanistan's Dari ones ("24 Asad 1400")
SOLAR_HIJRI_MONTHS = (
    r"Farvardin|Hamal", r"Ordibehesht|Sawr|Saur|Sowr|Thawr", r"Khordad|Jawza|Jauza|Jowza", r"Tir|Saratan",
    r"A?mordad|Asad", r"Shahrivar|Sunbula|Sonbola|Sonbula|Sunbola", r"Mehr|Mizan", r"Aban|Aqrab", r"Azar|Qaws|Qaus",
    r"Dey|Dei|Jadi|Jaddi", r"Bahman|Dalw|Dalv", r"Esfand|Isfand|Hut|Hoot|Hout",
)
