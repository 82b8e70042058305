"""Calendar arithmetic for TIMEX3 values: a date and a granularity in, an ISO 8601 value out."""

from __future__ import annotations

import math
import re
from calendar import monthrange
from datetime import date, timedelta

from hijridate import Hijri

BIAS = 3.0  # how much farther a day against the tense may be and still win
FIRM_BIAS = 20.0  # against a firm tense only a day a few weeks off, where the tense may be another clause's
SIDES = {"past": -1, "firm past": -1, "future": 1, "firm future": 1}  # which way from the telling a tense points
HIJRI_EPOCH = date(622, 7, 19).toordinal()  # 1 Muharram AH 1 in the proleptic Gregorian calendar
JULIAN_DAY_OF_ORDINAL_0 = 1721425  # the Julian day number of the proleptic Gregorian ordinal 0 (31 December 1 BCE)
HEBREW_EPOCH = -1373427  # 1 Tishrei AM 1 (7 October 3761 BCE, Julian), as a proleptic Gregorian ordinal
MONTHS_IN = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}
PART_VALUE = re.compile(r"(?P<year>\d{4})-(?:(?P<month>\d\d)|(?P<letter>[QH])(?P<index>[1-4]))")
PART_MONTHS = {"M": 1, "Q": 3, "H": 6}  # the months of a month, a quarter and a half
# The Solar Hijri years (of Iran and Afghanistan) after which the 33-year cycles of leap years shift, as the
# astronomical calendar's new years fall (Borkowski's arithmetic, right for years -61 to 3177)
SOLAR_HIJRI_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
                      2456, 3178)  # fmt: skip


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday of ``year``: the Julian computus (Meeus, ch. 8), its Julian date moved to the Gregorian
    calendar, 13 days on from 1900 to 2099."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=year // 100 - year // 400 - 2)


def rosh_hashanah(year: int) -> date:
    """The Jewish New Year (1 Tishrei) in the autumn of ``year``: the arithmetic Hebrew calendar's molad of
    Tishrei with its postponements (Reingold and Dershowitz, *Calendrical Calculations*)."""
    hebrew_year = year + 3761
    return date.fromordinal(HEBREW_EPOCH + _elapsed_days(hebrew_year) + _length_correction(hebrew_year))


def hanukkah(year: int) -> date:
    """The first day of Hanukkah (25 Kislev) in ``year``: Tishrei has 30 days and Heshvan 29, or 30 in a year of
    355 or 385 days."""
    new_year = rosh_hashanah(year)
    long_heshvan = (rosh_hashanah(year + 1) - new_year).days % 10 == 5
    return new_year + timedelta(days=30 + (30 if long_heshvan else 29) + 24)


def _elapsed_days(hebrew_year: int) -> int:
    """Days from the Hebrew epoch to the molad of Tishrei of ``hebrew_year``, a day later when it falls on a
    Sunday, Wednesday or Friday."""
    months = (235 * hebrew_year - 234) // 19
    days = 29 * months + (12084 + 13753 * months) // 25920
    return days + 1 if (3 * (days + 1)) % 7 < 3 else days


def _length_correction(hebrew_year: int) -> int:
    """The postponement that keeps a year from 356 days, or the year before from 382."""
    before, this, after = (_elapsed_days(hebrew_year + k) for k in (-1, 0, 1))
    return 2 if after - this == 356 else 1 if this - before == 382 else 0


def lunar_new_year(year: int) -> date:
    """The Chinese (Lunar) New Year of ``year``: in Beijing time, the second new moon after the one that opens the
    month holding the December solstice, or the third where a leap month comes between (2033), since the feast
    never falls before 21 January."""
    solstice = _in_beijing(_december_solstice(year - 1))
    k = math.floor((year - 2001) * 12.3685 + 11.5) - 2  # a few lunations before that solstice
    while _in_beijing(_new_moon(k + 1)) <= solstice:
        k += 1
    day = _in_beijing(_new_moon(k + 2))
    return day if day >= date(year, 1, 21) else _in_beijing(_new_moon(k + 3))


_DIWALI_AFTER = 0.5  # noon of 17 October: the sun enters sidereal Libra on 17 October (± a day) in these centuries
_DUSK = (17 / 24 + 40 / 1440, 20 / 24 + 10 / 1440)  # the evening hours, 5.40 to 8.10 p.m., the worship is held in


def diwali(year: int) -> date:
    """Diwali of ``year``: the new moon that ends the lunar month in which the sun enters sidereal Libra (about
    17 October), kept on the day whose dusk, by Indian time, lies most in the last lunar day before that new moon
    (the twelve degrees the moon last gains on the sun): the eve of the new moon at about 6.15 p.m. on 1 November
    2024, but the day itself of that of 3 November 2013, whose last lunar day began after dusk the day before."""
    k = math.floor((year - 2000) * 12.3685 + 9)  # a lunation or two before mid-October
    while _in_india(_new_moon(k)) < _DIWALI_AFTER + date(year, 10, 17).toordinal():
        k += 1
    end = _in_india(_new_moon(k))
    start = end - 12 / _elongation_speed(k)
    day = math.floor(end)

    def at_dusk(ordinal: int) -> float:  # how much of that day's dusk the last lunar day covers
        return min(end, ordinal + _DUSK[1]) - max(start, ordinal + _DUSK[0])

    return date.fromordinal(max((day - 1, day), key=at_dusk))


def _in_india(jde: float) -> float:
    """A Julian ephemeris day as a proleptic Gregorian ordinal with the fraction of the day gone, by Indian time."""
    return jde + 0.5 + 5.5 / 24 - JULIAN_DAY_OF_ORDINAL_0


def _elongation_speed(k: int) -> float:
    """How many degrees a day the moon gains on the sun at new moon number ``k``: 12.2 on average, and more or less
    as the moon nears or leaves its perigee (the derivatives of the equation of centre, evection and variation)."""
    _, _, sun, moon, _ = _lunation(k)
    return 12.47 + 1.686 * math.cos(moon) - 0.033 * math.cos(sun)


def _new_moon(k: int) -> float:
    """The Julian ephemeris day of new moon number ``k`` after that of 6 January 2000, with the largest periodic
    terms of Meeus, *Astronomical Algorithms*, ch. 49 (within minutes)."""
    jde, e, sun, moon, node = _lunation(k)
    terms = (
        (-0.4072, 0, 1, 0, 0), (0.17241, 1, 0, 1, 0), (0.01608, 0, 2, 0, 0), (0.01039, 0, 0, 0, 2),
        (0.00739, 1, 1, -1, 0), (-0.00514, 1, 1, 1, 0), (0.00208, 2, 0, 2, 0), (-0.00111, 0, 1, 0, -2),
        (-0.00057, 0, 1, 0, 2), (0.00056, 1, 2, 1, 0), (-0.00042, 0, 3, 0, 0), (0.00042, 1, 0, 1, 2),
        (0.00038, 1, 0, 1, -2), (-0.00024, 1, 2, -1, 0),
    )  # (amplitude, power of e, multiples of the moon's anomaly, the sun's anomaly, the argument of latitude)
    return jde + sum(a * e**p * math.sin(m * moon + n * sun + f * node) for a, p, m, n, f in terms)


def _lunation(k: int) -> tuple[float, float, float, float, float]:
    """The mean new moon number ``k`` (its Julian ephemeris day), the eccentricity factor of the earth's orbit, and
    the anomalies of the sun and the moon and the moon's argument of latitude then, in radians (Meeus, ch. 49)."""
    t = k / 1236.85
    jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t**2 - 0.00000015 * t**3 + 0.00000000073 * t**4
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    sun = math.radians(2.5534 + 29.1053567 * k - 0.0000014 * t**2)
    moon = math.radians(201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3)
    node = math.radians(160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3)
    return jde, e, sun, moon, node


def _december_solstice(year: int) -> float:
    """The Julian ephemeris day of the mean December solstice (Meeus, ch. 27; within the hour)."""
    y = (year - 2000) / 1000
    return 2451900.05952 + 365242.74049 * y - 0.06223 * y**2 - 0.00823 * y**3 + 0.00032 * y**4


def _in_beijing(jde: float) -> date:
    return date.fromordinal(math.floor(jde + 0.5 + 8 / 24) - JULIAN_DAY_OF_ORDINAL_0)


def value_at(day: date, granularity: str) -> str:
    """The TIMEX3 value naming the ``granularity``-long period that holds ``day``."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "weekend":
        return value_at(day, "week") + "-WE"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{quarter(day)}"
    if granularity == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if granularity == "decade":
        return f"{day.year // 10:03d}"
    if granularity == "century":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def part_start(year: int, kind: str, index: int) -> date:
    """The first day of the ``index``th month, quarter or half (``kind`` M, Q or H) of ``year``."""
    return date(year, (index - 1) * PART_MONTHS[kind] + 1, 1)


def year_part(value: str) -> tuple[str, date] | None:
    """The kind (M, Q or H) of the month, quarter or half of a year ``value`` names ("2025-07", "2025-Q3", "2025-H2")
    and its first day; None for any other value."""
    match = PART_VALUE.fullmatch(value)
    if match is None:
        return None
    kind = match["letter"] or "M"
    return kind, part_start(int(match["year"]), kind, int(match["index"] or match["month"]))


def shift(day: date, granularity: str, n: int) -> date:
    """``day`` moved by ``n`` periods of ``granularity`` (negative is earlier)."""
    if granularity == "day":
        return day + timedelta(days=n)
    if granularity in ("week", "weekend"):
        return day + timedelta(weeks=n)
    months = MONTHS_IN.get(granularity)
    if months is None:
        return day
    return add_months(day, n * months)


def shifted_year(day: date, granularity: str, n: int) -> int:
    """The year ``n`` periods of ``granularity`` away from ``day``, which may lie outside what ``date`` holds."""
    days = {"day": 1, "week": 7, "weekend": 7}.get(granularity)
    if days:  # "a million days later"; past what ``date`` holds, counted in years of 365.2425 days
        ordinal = day.toordinal() + n * days
        if 0 < ordinal <= date.max.toordinal():
            return date.fromordinal(ordinal).year
        return 1 + math.floor((ordinal - 1) / 365.2425)
    return (day.year * 12 + day.month - 1 + n * MONTHS_IN.get(granularity, 0)) // 12


def year_value(year: int) -> str:
    """A year as TIMEX3 writes it, those before year 1 with "BC" (year 0 is 1 BC)."""
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


def is_day(year: int, month: int, day: int) -> bool:
    """Whether the month of that year has that day: no 30 February, a 29th only in a leap year, no month 13."""
    return 1 <= month <= 12 and 1 <= day <= monthrange(year, month)[1]


def weekday_near(day: date, weekday: int, direction: int) -> date:
    """The ISO ``weekday`` (1 = Monday) nearest ``day``: on or before it (-1), or on or after it (+1)."""
    delta = (weekday - day.isoweekday()) % 7
    return day + timedelta(days=delta) if direction > 0 else day - timedelta(days=(7 - delta) % 7)


def weekday_beyond(day: date, weekday: int, direction: int, past_tomorrow: bool = False) -> date:
    """The ISO ``weekday`` nearest ``day`` but not on it: after it (1), "next Friday", or before it (-1);
    ``past_tomorrow``, a week on where that is the day after ("next Friday", told on a Thursday, as that day is
    "tomorrow")."""
    near = weekday_near(day + timedelta(days=direction), weekday, direction)
    return near + timedelta(weeks=1) if past_tomorrow and near == day + timedelta(days=1) else near


def month_year(reference: date, month: int, tense: str, day: int | None = None) -> int:
    """The year a month (and day) named without one most likely falls in, seen from ``reference``."""
    candidates = {date(y, month, min(day or 15, monthrange(y, month)[1])): y for y in range(reference.year - 1, reference.year + 2)}
    return candidates[nearest(reference, list(candidates), tense, exact=day is not None)]


def nearest(reference: date, candidates: list[date], tense: str, exact: bool = True) -> date:
    """The candidate day a text most likely means: news tells of the weeks around its date.

    The nearest wins, but one on the far side of ``reference`` from the tense
    (a past-tense date ahead of it) counts ``BIAS`` times farther, and ``FIRM_BIAS``
    times for a 'firm past' or 'firm future' (a finite past verb right before the
    date, a "will" before it); a month named without a day may reach half a month
    across.
    """
    side = SIDES.get(tense, 0)
    bias = FIRM_BIAS if tense.startswith("firm") else BIAS
    slack = 0 if exact else 15

    def distance(day: date) -> float:
        days = (day - reference).days
        return abs(days) * (bias if side and days * side < -slack else 1)

    return min(candidates, key=distance)


def nearest_fitting(reference: date, candidates: list[date], tense: str) -> date:
    """The nearest candidate on the side of ``reference`` a tense points to, where one is: for a day named without its
    month ("fell on the 1st", "ended on Wednesday the 3rd"), which the tense settles."""
    fitting = [day for day in candidates if (day - reference).days * SIDES.get(tense, 0) >= 0]
    return nearest(reference, fitting or candidates, tense)


def days_numbered(reference: date, day: int, months: range) -> list[date]:
    """The days numbered ``day`` in the months ``months`` away from ``reference``'s, where such a day is."""
    firsts = [add_months(reference.replace(day=1), n) for n in months]
    return [first.replace(day=day) for first in firsts if is_day(first.year, first.month, day)]


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``th ISO ``weekday`` of a month (-1: the last), as movable holidays are defined."""
    if n > 0:
        return weekday_near(date(year, month, 1), weekday, 1) + timedelta(weeks=n - 1)
    return weekday_near(date(year, month, monthrange(year, month)[1]), weekday, -1)


def nth_workday(year: int, month: int, n: int) -> date:
    """The ``n``th day from Monday to Friday of a month (-1: the last); holidays are not known."""
    days = [date(year, month, d) for d in range(1, monthrange(year, month)[1] + 1)]
    workdays = [day for day in days if day.isoweekday() <= 5]
    return workdays[n - 1 if n > 0 else n]


def hijri_days(year: int, month: int, day: int) -> list[date]:
    """The days of the Gregorian ``year`` that fall on ``day`` ``month`` of a Hijri year."""
    days, near = [], (year - 622) * 33 // 32  # a Hijri year is 11 days shorter
    for hijri in range(near - 1, near + 2):
        found = from_hijri(hijri, month, day)
        if found and found.year == year:
            days.append(found)
    return days


def hijri_days_around(year: int, month: int, day: int) -> list[date]:
    """``hijri_days`` of the Gregorian ``year`` and of the years either side of it: the candidates a tense chooses
    from for a Hijri day named without its year."""
    return [found for near in (year - 1, year, year + 1) for found in hijri_days(near, month, day)]


def from_solar_hijri(year: int, month: int, day: int) -> date | None:
    """A Solar Hijri date (Iran's and Afghanistan's: "24 Asad 1400" is 15 August 2021), or None for a day its month
    lacks or a year the arithmetic does not reach. Six months of 31 days, five of 30, and the last of 29 or 30."""
    if not 1 <= month <= 12 or not SOLAR_HIJRI_BREAKS[0] < year < SOLAR_HIJRI_BREAKS[-1] - 1 or day < 1:
        return None
    new_year = _nowruz(year)
    length = 31 if month <= 6 else 30 if month < 12 else (_nowruz(year + 1) - new_year).days - 336
    if day > length:
        return None
    return new_year + timedelta(days=(month - 1) * 31 - max(0, month - 7) + day - 1)


def solar_hijri_days_around(year: int, month: int, day: int) -> list[date]:
    """The days that fall on ``day`` ``month`` of the Solar Hijri years that overlap the Gregorian ``year`` and the
    years either side of it: the candidates a tense chooses from for such a day named without its year."""
    return [found for solar in range(year - 623, year - 619) if (found := from_solar_hijri(solar, month, day))]


def _nowruz(year: int) -> date:
    """The Gregorian day of 1 Farvardin (Hamal) of a Solar Hijri year: the leap days both calendars have counted."""
    leap, last, jump = -14, SOLAR_HIJRI_BREAKS[0], 0
    for jump_at in SOLAR_HIJRI_BREAKS[1:]:
        jump = jump_at - last
        if year < jump_at:
            break
        leap += jump // 33 * 8 + jump % 33 // 4
        last = jump_at
    into = year - last
    leap += into // 33 * 8 + (into % 33 + 3) // 4
    if jump % 33 == 4 and jump - into == 4:
        leap += 1
    gregorian = year + 621
    gregorian_leap = gregorian // 4 - (gregorian // 100 + 1) * 3 // 4 - 150
    return date(gregorian, 3, 20 + leap - gregorian_leap)


def from_hijri(year: int, month: int, day: int) -> date | None:
    """A Hijri date by the Umm al-Qura calendar, which most observances follow, where its table reaches (AH
    1343-1500, 1924-2077); beyond it by the tabular Islamic calendar, within a day or two of the observed dates,
    which follow the sighting of the new moon. None for a day its month lacks or beyond the Gregorian calendar's
    years 1-9999."""
    try:
        found = Hijri(year, month, day).to_gregorian()
    except OverflowError:
        ordinal = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 - 1 + HIJRI_EPOCH
        return date.fromordinal(ordinal) if 1 <= ordinal <= date.max.toordinal() else None
    except ValueError:
        return None
    return date(found.year, found.month, found.day)
