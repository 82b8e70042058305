"""Finding a linked actor by what a person types: an id, a name or an alias."""

from __future__ import annotations

from ...errors import NotFoundError
from ...types import Actor
from .places import fold

ID_SHOWN = 8  # tables show this much of an actor's id, and it is enough to name the actor again


def find_actor(actors: list[Actor], query: str) -> Actor:
    """The actor an id, name or alias names (case, accents and "the" do not matter); an error lists the choices."""
    folded = fold(query)
    by_id = len(query) >= ID_SHOWN and query.startswith("e")
    exact = [a for a in actors if (by_id and a.id.startswith(query)) or folded in {fold(n) for n in (a.name, *a.aliases)}]
    matches = exact or [a for a in actors if folded in fold(a.name)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(f"no actor is called {query!r}", "List them with 'storyline actors'")
    choices = ", ".join(f"{a.name} ({a.id})" for a in matches[:8])
    raise NotFoundError(f"{query!r} names {len(matches)} actors: {choices}", "Give one of the ids")
