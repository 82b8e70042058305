"""The local web explorer: pages with JSON twins over a read-only store."""

from .app import create_app
from .serve import is_loopback, serve

__all__ = ["create_app", "is_loopback", "serve"]
