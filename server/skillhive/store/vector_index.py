"""The vector index: Chroma, derived from the ledger and rebuildable at any time.

The VectorStore of store/vectors.py; the only module that imports chromadb. One collection per
(team, item kind, embedding model), so the hot query needs no metadata filter (a `where` filter
made Chroma queries 5-15x slower in our measurements). chromadb is imported on
first use: it costs over a second and the stdio server must answer `initialize` before that.

Against a Chroma server, a failed request drops the cached collections (and, when the server did
not answer, the client), so the next call reconnects: the hive outlives a server restart. The
hot path stays one request per query; the server is probed only when (re)connecting.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from skillhive.errors import StorageError
from skillhive.store.freed_memory import overwrite_freed_memory
from skillhive.store.vectors import Generations, Hit

log = logging.getLogger(__name__)
_SLUG = re.compile(r"[^a-zA-Z0-9]+")
MAX_UPSERT = 4_000  # Chroma refuses batches past ~5,461 records
SLOW_CONNECT = 0.5  # seconds: a failed (re)connect slower than this means a hung server, not a refused one
RECONNECT_PAUSE = 2.0  # seconds during which callers fail fast after a slow failed (re)connect


@dataclass(frozen=True)
class HnswParams:
    ef_search: int = 200
    ef_construction: int = 200
    max_neighbors: int = 16


def collection_name(team: str, kind: str, model_id: str) -> str:
    """A valid, stable Chroma collection name for (team, kind, model)."""
    digest = hashlib.sha256(f"{team}\0{kind}\0{model_id}".encode()).hexdigest()[:12]
    team_slug = _SLUG.sub("-", team).strip("-")[:40] or "team"
    return f"sh-{kind}-{team_slug}-{digest}"


class VectorIndex:
    """Chroma collections, embedded (a folder) or remote (a Chroma server URL)."""

    def __init__(
        self,
        model_id: str,
        *,
        path: Path | None = None,
        url: str | None = None,
        hnsw: HnswParams | None = None,
        timeout: float = 15.0,
        generations: Generations | None = None,
    ) -> None:
        if (path is None) == (url is None):
            raise ValueError("give exactly one of path and url")
        if path is not None:  # Chroma in this process writes heap bytes into its files: let none be text
            overwrite_freed_memory()
        self.model_id = model_id
        self.path = path
        self.url = url.rstrip("/") if url else None
        self.hnsw = hnsw or HnswParams()
        self.timeout = timeout
        self._client: Any = None
        self._collections: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._retry_at = 0.0  # time.monotonic() before which a reconnect is not tried (after a slow failure)
        self._last_failure = ""
        self.generations = generations
        self.seen_generation: int | None = None
        self._generation_lock = threading.Lock()

    def _catch_up(self) -> None:
        """Reopen an embedded index that another process has written to since we last looked.

        Embedded Chroma serves queries from an in-memory HNSW that only replays the shared log
        when this process writes; reopening is how a second process on the same data directory
        sees the first one's writes. A Chroma server has no such lag. The generation is read
        under the same lock `_wrote` holds, so this process's own writes never look foreign.
        """
        if self.url is not None or self.generations is None:
            return
        with self._generation_lock:
            current = self.generations.index_generation()
            if self._client is not None and current != self.seen_generation:
                self.reopen()
            self.seen_generation = current

    def _wrote(self) -> None:
        """Record a write of ours: bump the shared generation, and keep our view current if
        nobody else wrote since we last looked."""
        if self.url is not None or self.generations is None:
            return
        with self._generation_lock:
            before, after = self.generations.bump_index_generation()
            if self.seen_generation == before:
                self.seen_generation = after

    def reopen(self) -> None:
        with self._lock:
            if self._client is not None:
                from chromadb.api.client import SharedSystemClient

                SharedSystemClient.clear_system_cache()
            self._client = None
            self._collections.clear()

    def set_aside(self) -> Path | None:
        """Move an embedded index folder that cannot be opened out of the way (`<folder>.broken-<time>`);
        the next use starts an empty one. Returns where it went (None: a server, or no folder)."""
        if self.path is None or not self.path.exists():
            return None
        from chromadb.api.client import SharedSystemClient

        self.reopen()
        SharedSystemClient.clear_system_cache()  # a failed open leaves its half-made system cached
        aside = self.path.with_name(f"{self.path.name}.broken-{time.strftime('%Y%m%dT%H%M%S')}")
        self.path.rename(aside)
        with self._lock:
            self._retry_at = 0.0
        log.warning("the vector index at %s could not be opened; moved it to %s", self.path, aside)
        return aside

    def close(self) -> None:
        """Close the connections to a Chroma server (an embedded index is left to chromadb's cache)."""
        if self.url is not None:
            with self._lock:
                client, self._client = self._client, None
                self._collections.clear()
            if client is not None:
                _close(client)

    def _connect(self) -> Any:
        client = self._client
        if client is not None:
            return client
        with self._lock:
            if self._client is None:
                if time.monotonic() < self._retry_at:  # a slow failure just now: fail fast, do not queue
                    raise StorageError(self._last_failure)
                started = time.monotonic()
                try:
                    self._client = self._open()
                except StorageError as exc:
                    # Callers queue on the lock: after a connect that hung until its timeout, the
                    # next ones fail at once for a moment instead of each waiting a timeout in turn.
                    if time.monotonic() - started > SLOW_CONNECT:
                        self._retry_at, self._last_failure = time.monotonic() + RECONNECT_PAUSE, str(exc)
                    raise
            return self._client

    def _open(self) -> Any:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        if self.url is not None:
            return self._open_remote(chromadb, chroma_settings)
        assert self.path is not None
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            return chromadb.PersistentClient(path=str(self.path), settings=chroma_settings)
        except Exception as exc:
            raise StorageError(f"cannot open the vector index at {self.path}: {exc}") from exc

    def _open_remote(self, chromadb: Any, chroma_settings: Any) -> Any:
        """An `HttpClient` whose requests time out (chromadb's own never do), after a bounded probe."""
        from urllib.parse import urlparse

        import httpx  # chromadb's HTTP client library (not httpx2)

        assert self.url is not None
        parsed = urlparse(self.url)
        timeout = httpx.Timeout(self.timeout, connect=min(self.timeout, 5.0))
        try:
            # chromadb's constructor makes untimed requests: probe first so a hung server fails fast.
            httpx.get(f"{self.url}/api/v2/heartbeat", timeout=timeout).raise_for_status()
            client = chromadb.HttpClient(
                host=parsed.hostname or "127.0.0.1",
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:
            raise StorageError(f"the Chroma server at {self.url} does not answer: {_reason(exc)}") from exc
        session = getattr(getattr(client, "_server", None), "_session", None)
        if isinstance(session, httpx.Client):
            session.timeout = timeout
        return client

    def _collection(self, team: str, kind: str) -> Any:
        name = collection_name(team, kind, self.model_id)
        coll = self._collections.get(name)
        if coll is None:
            client = self._connect()
            try:
                coll = client.get_or_create_collection(
                    name,
                    metadata={"team": team, "kind": kind, "model": self.model_id},
                    configuration={
                        "hnsw": {
                            "space": "cosine",
                            "ef_search": self.hnsw.ef_search,
                            "ef_construction": self.hnsw.ef_construction,
                            "max_neighbors": self.hnsw.max_neighbors,
                        }
                    },
                )
            except Exception as exc:
                raise self._failed(client, "unavailable", exc) from exc
            self._collections[name] = coll
        return coll

    def _failed(self, client: Any, what: str, exc: Exception) -> StorageError:
        """Forget what may be stale after a failed request; the next call reconnects."""
        self._collections.clear()
        if self.url is not None and _unreachable(exc):
            with self._lock:
                if self._client is client:  # a concurrent caller may have reconnected already
                    self._client = None
                    _close(client)
            return StorageError(f"vector index {what}: the Chroma server at {self.url} does not answer: {_reason(exc)}")
        return StorageError(f"vector index {what}: {_reason(exc)}")

    def upsert(self, team: str, kind: str, ids: Sequence[str], vectors: np.ndarray) -> None:
        coll, client = self._collection(team, kind), self._client
        try:
            for start in range(0, len(ids), MAX_UPSERT):
                coll.upsert(ids=list(ids[start : start + MAX_UPSERT]), embeddings=vectors[start : start + MAX_UPSERT])
        except Exception as exc:
            raise self._failed(client, "write failed", exc) from exc
        self._wrote()

    def query(self, team: str, kind: str, vector: np.ndarray, n: int, *, with_vectors: bool = False) -> list[Hit]:
        """The `n` nearest items of the team, most similar first (similarity = 1 - cosine distance)."""
        self._catch_up()
        coll, client = self._collection(team, kind), self._client
        include = ["distances", "embeddings"] if with_vectors else ["distances"]
        try:
            res = coll.query(query_embeddings=vector.reshape(1, -1), n_results=n, include=include)
        except Exception as exc:
            if _unreachable(exc):
                raise self._failed(client, "query failed", exc) from exc
            # Chroma can fail a query transiently right after a write to a new collection ("Error
            # creating hnsw segment reader"), on a server or when another process shares an embedded
            # index; one more try (after reopening, embedded) costs something on errors only.
            log.info("vector query failed, trying once more: %s", exc)
            if self.url is None:  # embedded: another process may have moved the files under our view
                self.reopen()
                coll, client = self._collection(team, kind), self._client
            try:
                res = coll.query(query_embeddings=vector.reshape(1, -1), n_results=n, include=include)
            except Exception as again:
                raise self._failed(client, "query failed", again) from again
        ids = res["ids"][0]
        dists = res["distances"][0] if res.get("distances") else [1.0] * len(ids)
        vecs = res["embeddings"][0] if with_vectors and res.get("embeddings") is not None else [None] * len(ids)
        return [
            Hit(i, 1.0 - float(d), None if v is None else np.asarray(v, dtype=np.float32))
            for i, d, v in zip(ids, dists, vecs, strict=True)
        ]

    def delete(self, team: str, kind: str, ids: Sequence[str]) -> None:
        """Remove items from the team's collection (absent ids are no error)."""
        coll, client = self._collection(team, kind), self._client
        try:
            coll.delete(ids=list(ids))
        except Exception as exc:
            raise self._failed(client, "delete failed", exc) from exc
        self._wrote()

    def count(self, team: str, kind: str) -> int:
        self._catch_up()
        coll, client = self._collection(team, kind), self._client
        try:
            return int(coll.count())
        except Exception as exc:
            raise self._failed(client, "unavailable", exc) from exc

    def missing(self, team: str, kind: str, ids: Sequence[str]) -> list[str]:
        """Those of `ids` the team's collection does not hold (an audit: is everything indexed?)."""
        coll, client = self._collection(team, kind), self._client
        found: set[str] = set()
        try:
            for start in range(0, len(ids), MAX_UPSERT):
                found.update(coll.get(ids=list(ids[start : start + MAX_UPSERT]), include=[])["ids"])
        except Exception as exc:
            raise self._failed(client, "unavailable", exc) from exc
        return [i for i in ids if i not in found]

    def drop(self, team: str, kind: str) -> None:
        """Delete one collection (reindex starts from empty)."""
        name = collection_name(team, kind, self.model_id)
        self._collections.pop(name, None)
        client = self._connect()
        try:
            client.delete_collection(name)
        except Exception as exc:  # absent collection: nothing to drop
            log.debug("drop %s: %s", name, exc)


def _unreachable(exc: BaseException) -> bool:
    """Whether the server did not answer (refused, reset, timed out), as opposed to answering with an error."""
    import httpx

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, httpx.TransportError | ConnectionError | TimeoutError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "could not connect to a chroma server" in str(exc).lower()


def _reason(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _close(client: Any) -> None:
    """Close a Chroma HTTP client and its connections (chromadb's `close()` leaves its httpx pools open)."""
    try:
        for owner in (client, getattr(client, "_admin_client", None)):
            session = getattr(getattr(owner, "_server", None), "_session", None)
            if session is not None:
                session.close()
        client.close()
    except Exception as exc:  # closing a client of a dead server is best effort
        log.debug("closing the Chroma client: %s", exc)
