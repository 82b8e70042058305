"""Store: the embedded SQLite database every later stage reads and writes."""

from .db import Store

__all__ = ["Store"]
