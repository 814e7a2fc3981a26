"""Drains the ledger's outbox into the vector index, in batches, in a background thread.

Every process that writes also indexes; a file lock keeps two processes on one data directory
from indexing at once. After a crash the outbox still holds what was not indexed, and the next
start drains it.
"""

from __future__ import annotations

import fcntl
import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

from skillhive.errors import SkillhiveError
from skillhive.store.embeddings import Embedder
from skillhive.store.ledger import Ledger
from skillhive.store.vector_index import VectorIndex
from skillhive.summaries import embedding_text

log = logging.getLogger(__name__)
BATCH = 128


class Indexer:
    """Outbox → embeddings → Chroma. `notify()` after a write; `wait_idle()` to read your writes."""

    def __init__(self, ledger: Ledger, index: VectorIndex, embedder: Embedder, lock_path: Path) -> None:
        self.ledger = ledger
        self.index = index
        self.embedder = embedder
        self.lock_path = lock_path
        self._cond = threading.Condition()
        self._requested = 0
        self._done = 0
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._drain_lock = threading.Lock()
        self.last_error: str | None = None

    def drain(self, progress: Callable[[int], None] | None = None) -> int:
        """Index everything pending now; returns how many items were indexed."""
        total = 0
        with self._drain_lock, _FileLock(self.lock_path):
            while True:
                items = self.ledger.pending(BATCH)
                if not items:
                    return total
                texts = self.ledger.index_texts(items)
                groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
                for item in items:
                    found = texts.get(item.item_id)
                    if found is not None:
                        team, head, summary, status = found
                        groups[(team, item.kind)].append((item.item_id, embedding_text(head, summary, status)))
                for (team, kind), pairs in groups.items():
                    vectors = self.embedder.embed([t for _, t in pairs])
                    self.index.upsert(team, kind, [i for i, _ in pairs], np.asarray(vectors, dtype=np.float32))
                self.ledger.done([i.seq for i in items])
                self._advance_generation()
                total += len(items)
                if progress is not None:
                    progress(total)

    def _advance_generation(self) -> None:
        """Tell other processes the index changed; keep our own view current if nobody else wrote."""
        before, after = self.ledger.bump_index_generation()
        if self.index.seen_generation == before:
            self.index.seen_generation = after

    # -- background ----------------------------------------------------------------------------
    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="skillhive-indexer", daemon=True)
            self._thread.start()
            self.notify()  # catch up with whatever a previous process left in the outbox

    def notify(self) -> None:
        with self._cond:
            self._requested += 1
            self._cond.notify_all()

    def wait_idle(self, timeout: float) -> bool:
        """Wait until everything notified so far is indexed (or the timeout passes)."""
        with self._cond:
            target = self._requested
            return self._cond.wait_for(lambda: self._done >= target or self._stopping, timeout)

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None

    def _run(self) -> None:
        backoff = 0.5
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._requested > self._done or self._stopping)
                if self._stopping:
                    return
                target = self._requested
            try:
                self.drain()
                self.last_error = None
                backoff = 0.5
            except (SkillhiveError, OSError) as exc:
                self.last_error = str(exc)
                log.warning("indexing failed, will retry in %.1fs: %s", backoff, exc)
                with self._cond:
                    self._cond.wait(backoff)
                backoff = min(backoff * 2, 30.0)
                continue
            with self._cond:
                self._done = max(self._done, target)
                self._cond.notify_all()


class _FileLock:
    """An exclusive flock on a file, held for the `with` block (across processes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def __enter__(self) -> _FileLock:
        import os

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc: object) -> None:
        import os

        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
