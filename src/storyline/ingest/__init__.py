"""Ingest: read what the user named into raw documents."""

from .decode import decode
from .sources import expand, names_article_file, read_path

__all__ = ["decode", "expand", "names_article_file", "read_path"]
