"""Running the explorer: loopback by default; any other address only with a token."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from pathlib import Path

from ..errors import ConfigError
from .app import create_app


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(db: Path, host: str = "127.0.0.1", port: int = 8765, token: str | None = None,
          starting: Callable[[], None] | None = None) -> None:  # fmt: skip
    """Serve the store at ``db`` until interrupted; ``starting`` is called once the address is allowed."""
    if not is_loopback(host) and not token:
        raise ConfigError(f"serving on {host} would let other machines read the store without a token",
                          "Give --token SECRET (or set STORYLINE_TOKEN), or serve on 127.0.0.1")  # fmt: skip
    import uvicorn  # the server is needed only here

    if starting:
        starting()
    uvicorn.run(create_app(db, token), host=host, port=port, log_level="warning")
