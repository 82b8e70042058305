"""The curated table of present-day political actors (``political_actors.toml``), read once."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .places import fold

TABLE = Path(__file__).with_name("political_actors.toml")


@dataclass(frozen=True)
class Post:
    """A post held from ``start`` to ``end`` (ISO dates; None: open)."""

    title: str
    start: str | None = None
    end: str | None = None

    def held_on(self, day: str | None) -> bool:
        return day is None or ((self.start or "") <= day and (self.end is None or day < self.end))


@dataclass(frozen=True)
class Known:
    name: str
    type: str
    country: str | None
    sector: str | None
    aliases: tuple[str, ...]
    posts: tuple[Post, ...]
    sectors: tuple[tuple[str, str | None, str | None], ...]

    def sector_on(self, day: str | None) -> str | None:
        """The sector on a day: the Taliban are REB before August 2021 and GOV after."""
        for sector, start, end in self.sectors:
            if Post(sector, start, end).held_on(day):
                return sector
        return self.sector


@cache
def known_actors() -> tuple[Known, ...]:
    entries = tomllib.loads(TABLE.read_text(encoding="utf-8"))["actor"]
    return tuple(
        Known(
            name=e["name"], type=e["type"], country=e.get("country"), sector=e.get("sector"),
            aliases=tuple(e.get("aliases", [])),
            posts=tuple(Post(r["title"], r.get("from"), r.get("to")) for r in e.get("roles", [])),
            sectors=tuple((s["sector"], s.get("from"), s.get("to")) for s in e.get("sectors", [])),
        )
        for e in entries
    )  # fmt: skip


@cache
def _index() -> dict[str, Known]:
    return {fold(name): k for k in known_actors() for name in (k.name, *k.aliases)}


def known(name: str) -> Known | None:
    """The curated actor a name or alias names, if any."""
    return _index().get(fold(name))
