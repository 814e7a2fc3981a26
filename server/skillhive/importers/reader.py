"""Import a file or a folder of trajectories, one ImportItem per record.

A record that cannot be imported is yielded with its position and the reason, and the import goes
on. A file that cannot be read at all raises ImportFormatError (in a folder it becomes one error
item and the other files still import). JSONL is streamed line by line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from skillhive.errors import ImportFormatError
from skillhive.importers import claude_code, codex, native, openai_messages, swe_agent, tau_bench
from skillhive.importers.detect import FORMATS, SESSION_FORMATS, detect_file
from skillhive.importers.records import ImportItem, RecordError, to_item
from skillhive.importers.sources import LINES, count_lines, iter_lines, list_files, load

_CONVERTERS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "native": native.convert,
    "openai": openai_messages.convert,
    "swe-agent": swe_agent.convert,
    "tau-bench": tau_bench.convert,
}


_SESSIONS: dict[str, Callable[[list[Any], Path | None], dict[str, Any] | None]] = {
    "claude-code": claude_code.convert_session,
    "codex": codex.convert_session,
}


def _check_format(fmt: str) -> None:
    if fmt != "auto" and fmt not in FORMATS:
        raise ImportFormatError(f"unknown format {fmt!r}; expected auto or one of {', '.join(FORMATS)}")


def _records(doc: Any, fmt: str) -> list[Any]:
    """The records of a whole JSON document: a list of them, or the document itself."""
    if not isinstance(doc, list):
        return [doc]
    if fmt == "openai" and doc and isinstance(doc[0], dict) and "role" in doc[0]:
        return [doc]  # one conversation, not a list of them
    return doc


def _iter_document(doc: Any, fmt: str, file: Path, label: str | None) -> Iterator[ImportItem]:
    convert = _CONVERTERS[fmt]
    records = _records(doc, fmt)
    if records is not doc:  # a single record: the file is its position
        yield to_item(f"file {label or file.name}", convert, doc)
        return
    prefix = f"{label}: " if label else ""
    for index, record in enumerate(records, 1):
        yield to_item(f"{prefix}record {index}", convert, record)


def _iter_lines(file: Path, fmt: str, label: str | None) -> Iterator[ImportItem]:
    convert = _CONVERTERS[fmt]
    prefix = f"{label}: " if label else ""
    for number, value, error in iter_lines(file):
        position = f"{prefix}line {number}"
        yield ImportItem(position, error=error) if error else to_item(position, convert, value)


def _iter_session(file: Path, doc: Any, fmt: str, label: str | None) -> Iterator[ImportItem]:
    """A coding-agent session: the whole file is one run (a bad line, such as the half-written last
    line of a live session, is left out). A sub-agent's own file yields nothing: its session reads it."""
    if doc is LINES:
        records = [value for _n, value, error in iter_lines(file) if error is None]
        if not records:
            yield ImportItem(f"file {label or file.name}", error="no valid JSON line in this session")
            return
    else:
        records = [doc]
    convert = _SESSIONS[fmt]
    found: list[dict[str, Any] | None] = []

    def once(recs: Any) -> dict[str, Any]:
        raw = convert(recs, file)
        found.append(raw)
        if raw is None:
            raise RecordError("a sub-agent's transcript")
        return raw

    item = to_item(f"file {label or file.name}", once, records)
    if found and found[0] is None:
        return
    yield item


def read_session(file: Path, fmt: str = "auto") -> ImportItem | None:
    """One coding-agent session file as one item (None: a sub-agent's file, read with its session)."""
    doc = load(file)
    if fmt == "auto":
        fmt = detect_file(file, doc)
    if fmt not in SESSION_FORMATS:
        raise ImportFormatError(f"{file}: a {fmt} file, not a coding-agent session")
    return next(_iter_session(file, doc, fmt, None), None)


def _open(file: Path, fmt: str, label: str | None) -> Iterator[ImportItem]:
    """Read (JSON) or open (JSONL) one file and settle its format now; the records come lazily.

    `label` names the file in positions when it is one of a folder's.
    """
    doc = load(file)
    if fmt == "auto":
        fmt = detect_file(file, doc)
    if fmt in SESSION_FORMATS:
        return _iter_session(file, doc, fmt, label)
    if doc is LINES:
        return _iter_lines(file, fmt, label)
    return _iter_document(doc, fmt, file, label)


def _iter_folder(root: Path, files: list[Path], fmt: str) -> Iterator[ImportItem]:
    for file in files:
        label = file.relative_to(root).as_posix()
        try:
            yield from _open(file, fmt, label)
        except ImportFormatError as exc:
            yield ImportItem(f"file {label}", error=str(exc))


def iter_import(path: Path, fmt: str = "auto") -> Iterator[ImportItem]:
    """Every record of a file or folder as an ImportItem, in order.

    Raises ImportFormatError at once (before any item) for an unknown format name, a missing path,
    or a single file that cannot be read or whose format cannot be told.
    """
    _check_format(fmt)
    path = Path(path)
    files = list_files(path)
    if path.is_dir():
        return _iter_folder(path, files, fmt)
    return _open(path, fmt, None)


def count_records(path: Path, fmt: str = "auto") -> int:
    """How many items `iter_import` will yield, for a progress bar.

    JSONL files are counted by their non-blank lines without parsing them; a JSON document is
    parsed to count its records; a file that cannot be read counts as the one error it yields.
    """
    _check_format(fmt)
    path = Path(path)
    files = list_files(path)
    total = 0
    for file in files:
        try:
            doc = load(file)
            file_fmt = detect_file(file, doc) if fmt == "auto" else fmt  # JSONL: a peek, no more
            if file_fmt in SESSION_FORMATS:
                total += 1
                continue
            total += count_lines(file) if doc is LINES else len(_records(doc, file_fmt))
        except ImportFormatError:
            if not path.is_dir():
                raise
            total += 1
    return total
