"""Reading import files: which files a path names, whole JSON documents, JSONL line by line.

Whatever cannot be read at all raises ImportFormatError naming the file; a bad line in a JSONL
file is reported with its line number and the reading goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

from skillhive.errors import ImportFormatError

SUFFIXES: Final = (".jsonl", ".json", ".traj")


class Lines:
    """Marker for a document to be read line by line (JSONL, whatever its suffix)."""


LINES: Final = Lines()


def list_files(path: Path) -> list[Path]:
    """The file itself, or every .jsonl/.json/.traj file under a folder (not hidden), sorted. A link
    that leads nowhere (dangling, or a loop) is listed too, so that reading it reports it as skipped."""
    if path.is_file():
        return [path]
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.suffix in SUFFIXES
            and (p.is_file() or (p.is_symlink() and not p.exists()))
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        if not files:
            raise ImportFormatError(f"{path}: no {', '.join(SUFFIXES)} files in this folder")
        return files
    raise ImportFormatError(f"{path}: no such file or folder")


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFormatError(f"{path}: cannot read ({exc.strerror or exc})") from None


def load(path: Path) -> Any:
    """The parsed JSON document in `path`, or LINES when it is JSON Lines (.jsonl, or several
    JSON values one per line in a .json file)."""
    if path.suffix == ".jsonl":
        return LINES
    data = _read_bytes(path)
    if not data.strip():
        raise ImportFormatError(f"{path}: the file is empty")
    try:
        return json.loads(data)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and data.lstrip()[:1] in (b"{", b"["):
            return LINES
        raise ImportFormatError(f"{path}: not valid JSON ({exc})") from None
    except ValueError as exc:  # not UTF-8 (or -16/-32)
        raise ImportFormatError(f"{path}: not valid JSON ({exc})") from None


def iter_lines(path: Path) -> Iterator[tuple[int, Any, str | None]]:
    """(line number, parsed value, error) for each non-blank line, read one line at a time."""
    try:
        with path.open("rb") as f:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    yield number, json.loads(line), None
                except ValueError as exc:
                    yield number, None, f"invalid JSON ({exc})"
    except OSError as exc:
        raise ImportFormatError(f"{path}: cannot read ({exc.strerror or exc})") from None


def count_lines(path: Path) -> int:
    """How many non-blank lines a file has, without parsing them."""
    try:
        with path.open("rb") as f:
            return sum(1 for line in f if not line.isspace())
    except OSError as exc:
        raise ImportFormatError(f"{path}: cannot read ({exc.strerror or exc})") from None
