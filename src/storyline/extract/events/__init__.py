"""Events: who did what to whom and when, and what only might happen."""

from .reports import date_figures, date_speech, find_reports, speech_verb

__all__ = ["date_figures", "date_speech", "find_reports", "speech_verb"]
