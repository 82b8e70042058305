"""Actors: who the articles are about, found in each document and linked across all of them."""

from .link import link
from .mentions import find_mentions

__all__ = ["find_mentions", "link"]
