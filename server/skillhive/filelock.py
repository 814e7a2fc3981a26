"""The one cross-process lock of skillhive: an exclusive `flock` on a file, held for a `with` block.

Each acquisition opens its own file description, so the lock excludes other threads of the same
process as well as other processes.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def file_lock(path: Path, *, wait: bool = True, shared: bool = False) -> Iterator[bool]:
    """Hold the lock on `path` for the block. With `wait=False`, yields False at once (holding
    nothing) when someone else has it; otherwise yields True once it is ours. `shared`: many may
    hold it at once, and it keeps out only an exclusive holder (a server's lock on its data directory)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            mode = fcntl.LOCK_SH if shared else fcntl.LOCK_EX
            fcntl.flock(fd, mode if wait else mode | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
