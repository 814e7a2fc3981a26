"""The vector index: Chroma, derived from the ledger and rebuildable at any time.

One collection per (team, item kind, embedding model), so the hot query needs no metadata filter
(a `where` filter made Chroma queries 5-15x slower in our measurements). chromadb is imported on
first use: it costs over a second and the stdio server must answer `initialize` before that.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from skillhive.errors import StorageError

log = logging.getLogger(__name__)
_SLUG = re.compile(r"[^a-zA-Z0-9]+")
MAX_UPSERT = 4_000  # Chroma refuses batches past ~5,461 records


@dataclass(frozen=True)
class Hit:
    id: str
    similarity: float
    vector: np.ndarray | None


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
    ) -> None:
        if (path is None) == (url is None):
            raise ValueError("give exactly one of path and url")
        self.model_id = model_id
        self.path = path
        self.url = url
        self.hnsw = hnsw or HnswParams()
        self._client: Any = None
        self._collections: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.seen_generation: int | None = None

    def sync(self, generation: int) -> None:
        """Reopen an embedded index that another process has written to since we last looked.

        Embedded Chroma serves queries from an in-memory HNSW that only replays the shared log
        when this process writes; reopening is how a second process on the same data directory
        sees the first one's writes. A Chroma server has no such lag.
        """
        if self.url is None and self._client is not None and generation != self.seen_generation:
            self.reopen()
        self.seen_generation = generation

    def reopen(self) -> None:
        with self._lock:
            if self._client is not None:
                from chromadb.api.client import SharedSystemClient

                SharedSystemClient.clear_system_cache()
            self._client = None
            self._collections.clear()

    def _connect(self) -> Any:
        if self._client is None:
            with self._lock:
                if self._client is None:
                    self._client = self._open()
        return self._client

    def _open(self) -> Any:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False)
        try:
            if self.url is not None:
                from urllib.parse import urlparse

                parsed = urlparse(self.url)
                return chromadb.HttpClient(
                    host=parsed.hostname or "127.0.0.1",
                    port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                    ssl=parsed.scheme == "https",
                    settings=chroma_settings,
                )
            assert self.path is not None
            self.path.mkdir(parents=True, exist_ok=True)
            return chromadb.PersistentClient(path=str(self.path), settings=chroma_settings)
        except Exception as exc:
            where = self.url or self.path
            raise StorageError(f"cannot open the vector index at {where}: {exc}") from exc

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
                raise StorageError(f"vector index unavailable: {exc}") from exc
            self._collections[name] = coll
        return coll

    def upsert(self, team: str, kind: str, ids: Sequence[str], vectors: np.ndarray) -> None:
        coll = self._collection(team, kind)
        try:
            for start in range(0, len(ids), MAX_UPSERT):
                coll.upsert(ids=list(ids[start : start + MAX_UPSERT]), embeddings=vectors[start : start + MAX_UPSERT])
        except Exception as exc:
            self._collections.clear()
            raise StorageError(f"vector index write failed: {exc}") from exc

    def query(self, team: str, kind: str, vector: np.ndarray, n: int, *, with_vectors: bool = False) -> list[Hit]:
        """The `n` nearest items of the team, most similar first (similarity = 1 - cosine distance)."""
        coll = self._collection(team, kind)
        include = ["distances", "embeddings"] if with_vectors else ["distances"]
        try:
            res = coll.query(query_embeddings=vector.reshape(1, -1), n_results=n, include=include)
        except Exception as exc:
            self._collections.clear()
            raise StorageError(f"vector index query failed: {exc}") from exc
        ids = res["ids"][0]
        dists = res["distances"][0] if res.get("distances") else [1.0] * len(ids)
        vecs = res["embeddings"][0] if with_vectors and res.get("embeddings") is not None else [None] * len(ids)
        return [
            Hit(i, 1.0 - float(d), None if v is None else np.asarray(v, dtype=np.float32))
            for i, d, v in zip(ids, dists, vecs, strict=True)
        ]

    def count(self, team: str, kind: str) -> int:
        try:
            return int(self._collection(team, kind).count())
        except StorageError:
            raise
        except Exception as exc:
            raise StorageError(f"vector index unavailable: {exc}") from exc

    def drop(self, team: str, kind: str) -> None:
        """Delete one collection (reindex starts from empty)."""
        name = collection_name(team, kind, self.model_id)
        self._collections.pop(name, None)
        client = self._connect()
        try:
            client.delete_collection(name)
        except Exception as exc:  # absent collection: nothing to drop
            log.debug("drop %s: %s", name, exc)
