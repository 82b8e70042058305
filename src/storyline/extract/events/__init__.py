"""Events: who did what to whom and when, and what only might happen."""

from .reports import find_reports

__all__ = ["find_reports"]
