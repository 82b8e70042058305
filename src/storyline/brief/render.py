"""A briefing as one self-contained HTML file (styles inline, charts as SVG, no script) or as Markdown.

Article text is untrusted: the HTML template escapes everything it is given,
and only the charts, which escape their own labels, go in unescaped.
"""

from __future__ import annotations

from collections import Counter
from pathlib import PurePath

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .. import __version__
from ..types import Document, Figure, Place
from .charts import network_chart, relation_chart, timeline_chart
from .model import Brief

STATUSES = ("corroborated", "single-source", "contested", "superseded")


def _place(doc: str, item: Figure) -> Place:
    return Place(doc, item.start, item.end, item.text)


def _title(doc: Document) -> str:
    """The headline, or the file name where the page has none."""
    return doc.title or PurePath(doc.source).name


def _removed(doc: Document) -> list[tuple[str, int]]:
    return sorted(Counter(r.kind for r in doc.removed).items())


def _context(brief: Brief) -> dict[str, object]:
    actors = sorted(brief.actors.values(), key=lambda a: (-len(a.mentions), a.name))
    return {
        "brief": brief,
        "actors": actors,
        "outlets": {d.outlet or d.id for d in brief.sources},
        "titles": {d.id: _title(d) for d in brief.sources},
        "claim_count": sum(len(c) for c in brief.claims.values()),
        "statuses": STATUSES,
        "place": _place,
        "title": _title,
        "removed": _removed,
        "generator": f"storyline {__version__}",
    }


def render_html(brief: Brief) -> str:
    env = Environment(loader=PackageLoader("storyline.brief"), autoescape=select_autoescape(default=True))
    charts = {
        "timeline": Markup(timeline_chart(brief.events)),
        "network": Markup(network_chart(brief.actors, brief.edges)),
        "relations": [Markup(relation_chart(r.months)) for r in brief.relations],
    }
    return env.get_template("brief.html.j2").render(**_context(brief), charts=charts)


def render_markdown(brief: Brief) -> str:
    """The same briefing in Markdown, the charts left out; evidence entries are footnote-like [eN] links."""
    lines = [f"# Storyline briefing: {_md(brief.scope)}", ""]
    lines += ["## Sources", "", "| date | outlet | title | cleaning removed |", "|---|---|---|---|"]
    for d in brief.sources:
        copy = " (a copy)" if d.id in brief.copies else ""
        removed = ", ".join(f"{k} {n}" for k, n in _removed(d)) or "nothing"
        lines.append(f"| {d.published.value or 'undated'} | {_md(d.outlet or '—')} | {_md(_title(d))}{copy} | {removed} |")
    lines += ["", "## Timeline", ""]
    for e in brief.events:
        lines.append(f"- {e.when_value or 'undated'}: {_md(e.summary)} ({e.type}, {e.status}) {_cites(brief, e.evidence)}")
    lines += ["", "## Relations", ""]
    for r in brief.relations:
        months = "; ".join(f"{m}: {n} events, net {net:+g}" for m, net, n in r.months)
        lines.append(f"- {_md(r.first.name)} – {_md(r.second.name)}: {months}")
    lines += ["", "## Key quotes by speaker", ""]
    for speaker, said in brief.quotes.items():
        lines.append(f"### {_md(speaker)}")
        lines += [f"> {_md(s.text)}{f' (said {s.when})' if s.when else ''} {_cites(brief, s.places)}"
                  for s in said] + [""]  # fmt: skip
    lines += ["## Figures", ""]
    for doc, f in brief.figures:
        when = f" ({f.when_value})" if f.when_value else ""
        lines.append(f"- {_md(f.text)} = {f.value:,.10g} {f.unit}: {_md(f.subject or '—')}{when} "
                     f"{_cites(brief, [_place(doc, f)])}")  # fmt: skip
    lines += ["", "## Claims", ""]
    for status in STATUSES:
        claims = brief.claims.get(status) or []
        lines += [f"### {status} ({len(claims)})", ""]
        for c in claims:
            related = "".join(f" — {how} {other}" for other, how in c.related)
            lines.append(f"- {_md(c.text)} {_cites(brief, c.evidence)} `{c.id}`{related}")
        lines.append("")
    lines += ["## Evidence", ""]
    for ev in brief.evidence.values():
        lines.append(f"- <a id=\"{ev.id}\"></a>**[{ev.id}]** {_md(ev.doc.outlet or 'unknown outlet')}, "
                     f"{ev.doc.published.value or 'undated'}, {_md(_title(ev.doc))}: {_md(' '.join(ev.text.split()))}")  # fmt: skip
    return "\n".join(lines) + "\n"


def _cites(brief: Brief, places: list[Place]) -> str:
    return " ".join(f"[[{brief.cite(p)}]](#{brief.cite(p)})" for p in places)


def _md(text: str) -> str:
    """Text made inert in Markdown: no HTML, no links or emphasis it did not have."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for mark in "\\`*_[]|#":
        escaped = escaped.replace(mark, "\\" + mark)
    return " ".join(escaped.split())
