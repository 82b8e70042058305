"""What each pattern's match means: a TIMEX3 type, value and modifier, anchored to a reference date.

The reference is the document's date. Expressions that need it ("last week")
get an unknown value (``XXXX-WXX``) when a document has none. A month or day
named without a year takes the year the tense makes likeliest, marked as a guess.
The readers live in modules named for what they read; this is their registry.
"""

from __future__ import annotations

from .dates import (
    day_end, first_of_year, iso, month, month_day, month_year, nth_day, nth_week, nth_weekday, numeric, numeric_no_year,
    week_number, week_of, week_of_weekday, weekday, weekday_day,
)
from .holidays import feast_edge, holiday, nine_eleven, season
from .islamic import hijri_date, solar_hijri_date
from .relative import (
    ago, day_count, day_part, middle, relative, stamp_ago, that_day, the_unit, this_time, to_date, unit_before,
    weeks_from_day,
)
from .spans import duration_, long_, set_, unit_span, units
from .times import clock, deictic, noon, part_of_day, spoken_clock
from .years import (
    century, decade, early_year, era_year, month_span, period, q_year, quarter, short_year, spoken_year, turn, year,
    year_range,
)

# Pattern name → reader, in order of preference when two readings cover the same span.
READERS = {
    "set": set_, "clock": clock, "clock24": clock, "clock_bare": clock, "clock_start": clock,
    "spoken_clock": spoken_clock, "month_day": month_day, "day_month": month_day, "day_start": month_day,
    "day_end": day_end, "day_mon_year": month_day, "year_mon_day": month_day, "nth_day": nth_day,
    "weekday_day": weekday_day, "month_year": month_year, "iso": iso, "numeric": numeric, "numeric_dmy": iso,
    "season": season, "nine_eleven": nine_eleven, "numeric_no_year": numeric_no_year, "hijri_date": hijri_date,
    "solar_hijri_date": solar_hijri_date, "holiday": holiday, "feast_edge": feast_edge,
    "quarter": quarter, "month_span": month_span, "short_year": short_year, "q_year": q_year, "period": period,
    "weeks_from_day": weeks_from_day, "ago": ago, "relative": relative, "part_of_day": part_of_day, "deictic": deictic,
    "noon": noon, "weekday": weekday, "decade": decade, "century": century, "era_year": era_year,
    "early_year": early_year, "turn": turn,
    "year": year, "range_start": year_range, "range_end": year_range, "spoken_year": spoken_year, "month": month,
    "week_of": week_of, "nth_week": nth_week, "first_of_year": first_of_year,
    "week_of_day_month": week_of, "week_of_weekday": week_of_weekday, "week_number": week_number,
    "nth_weekday": nth_weekday, "day_count": day_count, "that_day": that_day, "day_part": day_part,
    "this_time": this_time, "duration": duration_, "long": long_, "ahead": unit_span, "past_unit": unit_span,
    "units": units, "unit_before": unit_before, "the_unit": the_unit, "middle": middle, "to_date": to_date,
    "stamp_ago": stamp_ago,
}  # fmt: skip
