"""Quotes: who said what, in quotation marks or reported."""

from .speech import find_quotes

__all__ = ["find_quotes"]
