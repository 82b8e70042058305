"""Actors: who the articles are about, found in each document and linked across all of them."""

from .link import link
from .mentions import find_mentions

# Raised whenever mention finding changes, so stores read by older rules are read again.
VERSION = 1

__all__ = ["VERSION", "find_mentions", "link"]
