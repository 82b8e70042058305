"""The language stage: one shipped English pipeline (or another spaCy one by name), loaded by ``load``."""

from .model import SHIPPED, load

__all__ = ["SHIPPED", "load"]
