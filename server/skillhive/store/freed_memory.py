"""Freed memory is overwritten, so text the process has let go of cannot reach the index files.

Embedded Chroma persists each HNSW segment's whole preallocated buffer (`data_level0.bin`), and
hnswlib takes that buffer from `malloc` without clearing it: the unused capacity is whatever the
process's heap held before, which can be the text of a run it just recorded or forgot. glibc
fills every freed and every newly allocated block with a fixed byte once `M_PERTURB` is set
(`mallopt`), which closes that path for the whole process. Elsewhere (no glibc) nothing is done.
"""

from __future__ import annotations

import ctypes
import logging
import threading

log = logging.getLogger(__name__)

M_PERTURB = -6  # glibc's mallopt parameter (malloc.h)
PERTURB_BYTE = 0xA5  # freed blocks are filled with this byte, new ones with its complement

_lock = threading.Lock()
_done: bool | None = None


def overwrite_freed_memory() -> bool:
    """Make glibc overwrite freed heap blocks from now on (idempotent). Whether it is in effect."""
    global _done
    with _lock:
        if _done is None:
            _done = _set_perturb()
        return _done


def _set_perturb() -> bool:
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc: no mallopt
        log.debug("no mallopt here: freed memory is not overwritten")
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    if mallopt(M_PERTURB, PERTURB_BYTE) != 1:
        log.warning("mallopt(M_PERTURB) was refused: bytes of freed text may reach the vector index files")
        return False
    return True
