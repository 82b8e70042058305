"""Ingest: read what the user named into raw documents."""

from .decode import decode
from .sources import expand, read_path

__all__ = ["decode", "expand", "read_path"]
