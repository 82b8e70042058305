"""Charts as inline SVG, drawn here so that a briefing needs no script and no network: events per month, a
relation's net cooperation per month, and the actor network. Every label is escaped."""

from __future__ import annotations

import math
from collections import Counter
from html import escape

from ..types import Actor, Event

COLOURS = {"cooperation": "#2e7d32", "conflict": "#c62828", "neutral": "#9e9e9e"}
WIDTH, HEIGHT, MARGIN = 720, 180, 28


def _months(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (YYYY-MM), so gaps in the news show as gaps."""
    year, month = int(first[:4]), int(first[5:7])
    found = []
    while f"{year:04d}-{month:02d}" <= last:
        found.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


def _axis(months: list[str], step: float) -> list[str]:
    every = max(1, math.ceil(len(months) / 12))
    return [f'<text x="{MARGIN + i * step + step / 2:.1f}" y="{HEIGHT - 8}" font-size="10" text-anchor="middle">'
            f"{m}</text>" for i, m in enumerate(months) if i % every == 0]  # fmt: skip


def _svg(body: list[str], label: str, height: int = HEIGHT) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(label)}" '
            f'viewBox="0 0 {WIDTH} {height}" width="100%">{"".join(body)}</svg>')  # fmt: skip


def timeline_chart(events: list[Event]) -> str:
    """Events per month, stacked by polarity."""
    counts = Counter((e.when_value[:7], e.polarity) for e in events if e.when_value and len(e.when_value) >= 7
                     and e.when_value[4] == "-" and e.when_value[5] != "W")  # fmt: skip
    if not counts:
        return ""
    months = _months(min(m for m, _ in counts), max(m for m, _ in counts))
    step = (WIDTH - 2 * MARGIN) / len(months)
    top = max(sum(counts[(m, p)] for p in COLOURS) for m in months)
    scale = (HEIGHT - 2 * MARGIN) / top
    body = [f'<line x1="{MARGIN}" y1="{HEIGHT - MARGIN}" x2="{WIDTH - MARGIN}" y2="{HEIGHT - MARGIN}" stroke="#555"/>']
    for i, month in enumerate(months):
        base = HEIGHT - MARGIN
        for polarity, colour in COLOURS.items():
            n = counts[(month, polarity)]
            if n:
                body.append(f'<rect x="{MARGIN + i * step + 1:.1f}" y="{base - n * scale:.1f}" width="{max(1, step - 2):.1f}" '
                            f'height="{n * scale:.1f}" fill="{colour}"><title>{month}: {n} {polarity}</title></rect>')  # fmt: skip
                base -= n * scale
    body += _axis(months, step)
    body.append(f'<text x="{MARGIN}" y="14" font-size="11">events per month (most: {top})</text>')
    return _svg(body, "events per month")


def relation_chart(months: list[tuple[str, float, int]]) -> str:
    """Net cooperation per month: above the line cooperation, below it conflict."""
    if not months:
        return ""
    net = {m[:7]: 0.0 for m, _, _ in months}
    for month, value, _ in months:
        net[month[:7]] += value
    span = _months(min(net), max(net))
    step = (WIDTH - 2 * MARGIN) / len(span)
    most = max(1.0, max(abs(v) for v in net.values()))
    middle = HEIGHT / 2
    scale = (HEIGHT / 2 - MARGIN) / most
    body = [f'<line x1="{MARGIN}" y1="{middle}" x2="{WIDTH - MARGIN}" y2="{middle}" stroke="#555"/>']
    for i, month in enumerate(span):
        value = net.get(month, 0.0)
        if value:
            colour = COLOURS["cooperation" if value > 0 else "conflict"]
            y = middle - value * scale if value > 0 else middle
            body.append(f'<rect x="{MARGIN + i * step + 1:.1f}" y="{y:.1f}" width="{max(1, step - 2):.1f}" '
                        f'height="{abs(value) * scale:.1f}" fill="{colour}"><title>{month}: net {value:+g}</title></rect>')  # fmt: skip
    body += _axis(span, step)
    body.append(f'<text x="{MARGIN}" y="14" font-size="11">net cooperation per month (scale ±{most:g})</text>')
    return _svg(body, "net cooperation per month")


def network_chart(actors: dict[str, Actor], edges: dict[tuple[str, str], dict[str, float]]) -> str:
    """Actors on a circle, linked by their events: green where what occurred was cooperative on the whole, red
    where it was hostile, grey otherwise; thicker for more events."""
    used = sorted({a for pair in edges for a in pair if a in actors}, key=lambda a: actors[a].name)
    if not used:
        return ""
    height = 460  # the circle sits in the middle of a wider picture, so that names beside it fit
    centre, middle, radius = WIDTH / 2, height / 2, height / 2 - 40
    at = {a: (centre + radius * math.cos(2 * math.pi * i / len(used)), middle + radius * math.sin(2 * math.pi * i / len(used)))
          for i, a in enumerate(used)}  # fmt: skip
    degree = Counter(a for pair in edges for a in pair)
    body = []
    for (source, target), sums in sorted(edges.items()):
        if source in at and target in at:
            colour = COLOURS["cooperation" if sums["net"] > 0 else "conflict" if sums["net"] < 0 else "neutral"]
            (x1, y1), (x2, y2) = at[source], at[target]
            body.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
                        f'stroke-width="{min(8, 1 + sums["events"]):.0f}" opacity="0.7"><title>'
                        f'{escape(actors[source].name)} → {escape(actors[target].name)}: {sums["events"]:g} events, '
                        f'net {sums["net"]:+g}</title></line>')  # fmt: skip
    for actor, (x, y) in at.items():
        anchor = "start" if x >= centre else "end"
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{4 + min(10, degree[actor]):.0f}" fill="#1565c0"/>'
                    f'<text x="{x + (14 if x >= centre else -14):.1f}" y="{y + 4:.1f}" font-size="11" '
                    f'text-anchor="{anchor}">{escape(actors[actor].name)}</text>')  # fmt: skip
    return _svg(body, "actor network", height)
