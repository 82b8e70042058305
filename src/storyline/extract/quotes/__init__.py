"""Quotes: who said what, in quotation marks or reported."""

import re

from .speech import find_quotes

__all__ = ["find_quotes", "wording"]


def wording(text: str) -> str:
    """A quote's words in lower case without punctuation, so that two outlets giving the same words compare equal."""
    return " ".join(re.findall(r"\w+", text.lower()))
