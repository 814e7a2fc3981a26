"""What the command modules share: opening the hive, the local caller, a progress bar."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from skillhive.config import Settings
from skillhive.errors import ConfigError
from skillhive.models import Caller

if TYPE_CHECKING:
    from skillhive.hive import Hive


def require_hive(settings: Settings) -> None:
    """Refuse a data directory that was named but does not exist.

    Only `serve`, `import`, `skills sync` and `token create` start a hive there: any other command
    would create an empty hive wherever a mistyped --data-dir points and report on it as if it were
    the real one.
    The default location is created on first use by any command.
    """
    named = "data_dir" in settings.model_fields_set
    if named and settings.ledger_url is None and not settings.data_dir.exists():
        raise ConfigError(
            f"--data-dir {settings.data_dir}: no hive there (check the path; `skillhive serve` or"
            " `skillhive import` starts one)"
        )


@contextmanager
def open_hive(settings: Settings, *, create: bool = False) -> Iterator[Hive]:
    """The hive of `settings`; with `create` False, only one that exists (`require_hive`)."""
    from skillhive.hive import Hive

    if not create:
        require_hive(settings)
    hive = Hive(settings)
    try:
        yield hive
    finally:
        hive.close()


def local_caller(settings: Settings) -> Caller:
    """The CLI acts as the configured local user, with every right over the local hive."""
    return Caller(user=settings.user, team=settings.team, role="admin")


class Progress:
    """A one-line progress bar on stderr (only on a terminal)."""

    def __init__(self, total: int | None, label: str, *, enabled: bool = True) -> None:
        self.total, self.label, self.n = total, label, 0
        self.enabled = enabled and sys.stderr.isatty()
        self.started = time.perf_counter()
        self._last = 0.0

    def advance(self, n: int = 1) -> None:
        self.set(self.n + n)

    def set(self, n: int) -> None:
        self.n = n
        now = time.perf_counter()
        if self.enabled and now - self._last > 0.1:
            self._last = now
            rate = n / max(now - self.started, 1e-9)
            if self.total:
                filled = int(30 * min(n, self.total) / self.total)
                bar = "#" * filled + "." * (30 - filled)
                sys.stderr.write(f"\r{self.label} [{bar}] {n}/{self.total} {rate:.0f}/s")
            else:
                sys.stderr.write(f"\r{self.label} {n} {rate:.0f}/s")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")

    def done(self) -> None:
        if self.enabled:
            self._last = 0.0
            self.set(self.n)
            sys.stderr.write("\n")
