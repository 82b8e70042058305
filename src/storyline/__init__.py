"""Storyline: offline-first news intelligence.

The public API is small: open a ``Store``, ``ingest`` paths into it, and
``build_export`` or ``write_export`` what it holds. Every error is a
``StorylineError`` whose message says what to do.
"""

__version__ = "0.1.0"

from .config import Config, load_config  # noqa: E402
from .errors import StorylineError  # noqa: E402
from .export import build_export, write_export  # noqa: E402
from .pipeline import IngestReport, ingest  # noqa: E402
from .store import Store  # noqa: E402

__all__ = [
    "Config",
    "IngestReport",
    "Store",
    "StorylineError",
    "__version__",
    "build_export",
    "ingest",
    "load_config",
    "write_export",
]
