"""The briefing: what a person reads, as one self-contained HTML file or as Markdown."""

from .model import Brief, build_brief
from .render import render_html, render_markdown

__all__ = ["Brief", "build_brief", "render_html", "render_markdown"]
