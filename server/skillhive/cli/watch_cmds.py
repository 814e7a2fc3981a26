"""`skillhive watch [codex|claude-code|FOLDER]`: capture coding-agent sessions as their files grow.

For clients without a hook that fits (Codex's `notify` fires only when a turn ends): every
--interval seconds the folder's *.jsonl files (any depth) are listed, and each one whose size or
modification time changed since the last look is recorded as one run keyed by its session, as
the hooks do — a session that goes on updates its run; a file read again is the same run. The
first look records the files already there (the same content again changes nothing).

Defaults: `codex` follows $CODEX_HOME/sessions (~/.codex/sessions), `claude-code` ~/.claude/projects.
A file that cannot be recorded is logged once and tried again when it changes (the half-written
last line of a live session is simply left out until it is whole). Ctrl-C or SIGTERM stops the
watch after the file in hand; it exits 0. With SKILLHIVE_UPSTREAM_URL the runs go to the team hive
(queued on disk while it is down, and sent by the watch as soon as it is back).
"""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

from skillhive.config import Settings
from skillhive.errors import ConfigError, UsageError

log = logging.getLogger(__name__)

DEFAULT_INTERVAL: Final = 5.0
FORMATS: Final = {"codex": "codex", "claude-code": "claude-code"}
Stamp = tuple[int, int]  # (size, mtime_ns)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    watch = sub.add_parser("watch", parents=[common], help="capture coding-agent sessions as their files grow")
    watch.add_argument(
        "target", nargs="?", default="codex", help="codex (default), claude-code, or a folder of session files"
    )
    watch.add_argument(
        "--interval", type=float, default=DEFAULT_INTERVAL, help=f"seconds between looks (default {DEFAULT_INTERVAL:g})"
    )
    watch.set_defaults(handler=watch_cmd)


def folder_of(target: str) -> tuple[Path, str]:
    """The folder to follow and the session format of its files ('auto' for a folder given by path)."""
    if target == "codex":
        from skillhive.cli.hook_cmds import codex_home

        return codex_home() / "sessions", "codex"
    if target == "claude-code":
        return Path.home() / ".claude" / "projects", "claude-code"
    return Path(target).expanduser(), "auto"


def session_files(root: Path) -> Iterator[tuple[Path, Stamp]]:
    for path in sorted(root.rglob("*.jsonl")):
        try:
            st = path.stat()
        except OSError:  # gone between the listing and the look
            continue
        yield path, (st.st_size, st.st_mtime_ns)


class Watcher:
    """What changed since the last look, recorded; `look()` is one pass."""

    def __init__(self, root: Path, fmt: str, record: Callable[[Path, str], str | None]) -> None:
        self.root, self.fmt, self.record = root, fmt, record
        self.seen: dict[Path, Stamp] = {}
        self.stop = threading.Event()

    def look(self) -> int:
        """Record every new or changed file; how many were recorded."""
        done = 0
        for path, stamp in session_files(self.root):
            if self.stop.is_set():
                break
            if self.seen.get(path) == stamp:
                continue
            self.seen[path] = stamp  # a failure is tried again only once the file changes
            try:
                run = self.record(path, self.fmt)
            except Exception as exc:  # one bad file must not stop the watch
                log.warning("not recorded: %s: %s", path, exc)
                continue
            if run is not None:
                done += 1
                print(f"{run}  {path}", flush=True)
        return done

    def run(self, interval: float) -> None:
        while not self.stop.is_set():
            self.look()
            self.stop.wait(interval)


def watch_cmd(args: argparse.Namespace, settings: Settings) -> int:
    from skillhive.cli.hook_cmds import capture, open_hive

    if not args.interval > 0:
        raise UsageError("--interval", f"a number of seconds above 0, not {args.interval:g}")
    root, fmt = folder_of(args.target)
    if not root.is_dir():
        raise ConfigError(f"{args.target}: no folder {root} to watch")
    hive = open_hive(settings)
    watcher = Watcher(root, fmt, lambda path, f: capture(settings, f, path, None, hive))

    def stop(signum: int, _frame: object) -> None:
        watcher.stop.set()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    print(f"watching {root} every {args.interval:g} s (Ctrl-C stops)", flush=True)
    try:
        watcher.run(args.interval)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        hive.close()
    print("stopped", flush=True)
    return 0
