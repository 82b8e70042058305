"""Time: temporal expressions found and normalized TIMEX3-style against the document's date."""

from .document import attributive, date_of, infer_published, qualifies, tag_document
from .tagger import counted_from, find_timexes
from .when import compatible, first_day, when, within

# Raised whenever the rules change what they find, so stores dated by older rules are dated again.
VERSION = 65

__all__ = [
    "VERSION", "attributive", "counted_from", "date_of", "find_timexes", "infer_published", "qualifies",
    "tag_document", "when", "within", "compatible", "first_day",
]
