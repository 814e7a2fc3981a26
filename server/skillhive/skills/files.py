"""Safe access to the files of one skill folder: path checks, listing, bounded reads.

Client-supplied paths are untrusted. A path is refused before the filesystem is touched when
it is absolute, has a `..`, `.` or empty component, names a hidden file, starts with `-`, or
holds a backslash, NUL or other control character; and refused after resolution when its real
path (all symlinks followed, parent folders included) leaves the skill folder.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from skillhive.errors import InvalidInput, NotFound, PathRefused

MAX_FILE_BYTES = 1 << 20  # 1 MiB: the largest skill file served or parsed
MAX_PATH_CHARS = 1024
MAX_FILES = 1000  # listed per skill; more is reported as a problem
SKIPPED_NAMES = frozenset({"__pycache__"})


def check_relative_path(path: str, field: str = "path") -> tuple[str, ...]:
    """The components of a relative path inside a skill folder, or `PathRefused` saying why."""
    if not isinstance(path, str) or not path:
        raise InvalidInput(field, "must be a non-empty relative path such as 'references/guide.md'")
    if len(path) > MAX_PATH_CHARS:
        raise InvalidInput(field, f"at most {MAX_PATH_CHARS} characters")
    if "\x00" in path:
        raise PathRefused(field, "NUL characters are not allowed")
    if "\\" in path:
        raise PathRefused(field, "backslashes are not allowed; separate folders with '/'")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in path):
        raise PathRefused(field, "control characters are not allowed")
    if path.startswith("/"):
        raise PathRefused(field, "absolute paths are not allowed; give a path relative to the skill folder")
    if path.startswith("-"):
        raise PathRefused(field, "paths may not start with '-'")
    parts = tuple(path.split("/"))
    for part in parts:
        if part == "..":
            raise PathRefused(field, "'..' components are not allowed")
        if part in ("", "."):
            raise PathRefused(field, "empty and '.' components are not allowed")
        if part.startswith("."):
            raise PathRefused(field, "hidden files and folders are not served")
    return parts


def is_inside(base_real: str, target_real: str) -> bool:
    """Whether a resolved path is `base_real` itself or below it."""
    return target_real == base_real or target_real.startswith(base_real.rstrip(os.sep) + os.sep)


def resolve_inside(folder: Path, parts: tuple[str, ...], field: str = "path") -> str:
    """The real path of `folder/parts…`, refused if any symlink on the way leads out of `folder`."""
    base = os.path.realpath(folder)
    target = os.path.realpath(os.path.join(base, *parts))
    if not is_inside(base, target):
        raise PathRefused(field, "resolves outside the skill folder (through a symlink)")
    if target == base:
        raise InvalidInput(field, "is a folder, not a file")
    return target


def read_bounded(real_path: str, limit: int = MAX_FILE_BYTES, field: str = "path") -> bytes:
    """The bytes of one regular file, refusing anything larger than `limit`.

    Opens without following a final symlink and without blocking (a FIFO must not hang the
    server), then checks the open file itself, so what is checked is what is read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(real_path, flags)
    except FileNotFoundError:
        raise NotFound("no such file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise PathRefused(field, "symlinks that change while being read are refused") from None
        if exc.errno in (errno.ENOTDIR, errno.EISDIR):
            raise NotFound("no such file") from None
        raise InvalidInput(field, f"cannot be read ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InvalidInput(field, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InvalidInput(field, "is not a regular file")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        data = b"".join(chunks)
    finally:
        os.close(fd)
    if info.st_size > limit or len(data) > limit:
        raise InvalidInput(field, f"file is larger than the {_human(limit)} limit ({limit} bytes)")
    return data


def list_files(folder: Path, limit: int = MAX_FILES) -> tuple[list[str], list[str], bool]:
    """Files under `folder` as sorted relative POSIX paths, the folders walked, and whether cut.

    Skips dotfiles and dot-folders (`.git` among them), `__pycache__`, special files, and
    anything whose symlink leads out of the folder. A symlinked folder inside is walked once.
    """
    base = os.path.realpath(folder)
    files: list[str] = []
    dirs: list[str] = [""]
    seen = {base}
    stack: list[tuple[str, str]] = [(base, "")]
    truncated = False
    while stack:
        real_dir, rel_dir = stack.pop()
        try:
            entries = sorted(os.scandir(real_dir), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") or entry.name in SKIPPED_NAMES:
                continue
            rel = f"{rel_dir}{entry.name}"
            real = entry.path
            try:
                if entry.is_symlink():
                    real = os.path.realpath(entry.path)
                    if not is_inside(base, real):
                        continue
                    info = os.stat(real)
                    is_dir, is_file = stat.S_ISDIR(info.st_mode), stat.S_ISREG(info.st_mode)
                else:
                    is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError:  # dangling link, vanished entry
                continue
            if is_dir:
                if real not in seen:
                    seen.add(real)
                    dirs.append(rel)
                    stack.append((real, rel + "/"))
            elif is_file:
                if len(files) >= limit:
                    truncated = True
                    break
                files.append(rel)
        if truncated:
            break
    files.sort()
    return files, dirs, truncated


def _human(size: int) -> str:
    return f"{size >> 20} MiB" if size % (1 << 20) == 0 else f"{size >> 10} KiB"
