"""Embedded Chroma writes its HNSW buffers' unused capacity (heap bytes) into the index files: once a
hive opens an embedded index, a freed block's bytes are overwritten, so a forgotten run's text
cannot come back in `data_level0.bin` (seen once under load in the forget test)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")

# Frees a heap block that held a run's text and takes a block of the same size again, as hnswlib does
# for a segment buffer: prints whether the text is still readable in it.
PROBE = """
import ctypes, sys
from pathlib import Path
if sys.argv[1] == "open":
    from skillhive.store.vector_index import VectorIndex
    VectorIndex("model", path=Path(sys.argv[2]))
libc = ctypes.CDLL(None)
libc.malloc.restype = ctypes.c_void_p
libc.malloc.argtypes = [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
text = b"Rotate the signing key quokkaflux-3317 of the billing gateway. " * 1024
block = libc.malloc(len(text))
ctypes.memmove(block, text, len(text))
keep = libc.malloc(64)  # the block stays inside the heap instead of merging with its top
libc.free(block)
again = libc.malloc(len(text))
print("readable" if b"quokkaflux" in ctypes.string_at(again, len(text)) else "gone")
"""


def probe(mode: str, tmp_path: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, mode, str(tmp_path / "index")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_a_freed_block_keeps_its_text_in_a_process_without_an_embedded_index(tmp_path: Path) -> None:
    assert probe("plain", tmp_path) == "readable"  # the hazard is real: malloc hands old bytes back


def test_once_an_embedded_index_is_open_a_freed_block_holds_none_of_its_text(tmp_path: Path) -> None:
    assert probe("open", tmp_path) == "gone"
