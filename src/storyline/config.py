"""One configuration, resolved from defaults, then a file, then the environment, then the command line.

The file is ``storyline.toml`` in the working directory (or the path in
``STORYLINE_CONFIG``), with a ``[storyline]`` table whose keys are the field
names below.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError

CONFIG_FILE = "storyline.toml"
ENV_PREFIX = "STORYLINE_"


@dataclass(frozen=True)
class Config:
    db: Path = Path("storyline.db")
    max_mb: float = 10.0
    lock_timeout_s: float = 5.0
    model: str = "storyline"

    @property
    def max_bytes(self) -> int:
        return int(self.max_mb * 1_000_000)


def _coerce(name: str, value: Any) -> Any:
    kind = {f.name: f.type for f in fields(Config)}[name]
    try:
        if kind == "Path":
            return Path(value)
        if kind == "float":
            return float(value)
    except (TypeError, ValueError) as err:
        raise ConfigError(f"{name} = {value!r} is not a valid {kind}", f"Give {name} a {kind} value") from err
    return value


def _from_file(path: Path) -> dict[str, Any]:
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("storyline", {})
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise ConfigError(f"cannot read config file {path}: {err}", "Fix the file or remove it") from err
    known = {f.name for f in fields(Config)}
    unknown = set(table) - known
    if unknown:
        raise ConfigError(
            f"unknown keys in {path}: {', '.join(sorted(unknown))}", f"Known keys: {', '.join(sorted(known))}"
        )
    return table


def load_config(overrides: dict[str, Any] | None = None, cwd: Path | None = None) -> Config:
    """Resolve the configuration; ``overrides`` are command-line values, None meaning 'not given'."""
    layers: dict[str, Any] = {}
    file = Path(os.environ.get(ENV_PREFIX + "CONFIG", (cwd or Path.cwd()) / CONFIG_FILE))
    if file.is_file():
        layers.update(_from_file(file))
    for f in fields(Config):
        env = os.environ.get(ENV_PREFIX + f.name.upper())
        if env:
            layers[f.name] = env
    layers.update({k: v for k, v in (overrides or {}).items() if v is not None})
    return replace(Config(), **{k: _coerce(k, v) for k, v in layers.items()})
