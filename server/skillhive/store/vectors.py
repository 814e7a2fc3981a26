"""The vector-index port: nearest neighbours per (team, kind), and nothing of how they are kept.

`store/vector_index.py` implements it with Chroma (embedded, or a Chroma server); the rest of
skillhive (indexer, retrieval, hive) sees only this protocol.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np


@dataclass(frozen=True)
class Hit:
    id: str
    similarity: float  # 1 - cosine distance
    vector: np.ndarray | None


class Generations(Protocol):
    """A counter shared by every process of a hive (the ledger keeps it): how an index that lives in
    each process's memory learns that another process wrote."""

    def index_generation(self) -> int: ...

    def bump_index_generation(self) -> tuple[int, int]: ...


class VectorStore(Protocol):
    def upsert(self, team: str, kind: str, ids: Sequence[str], vectors: np.ndarray) -> None: ...

    def query(self, team: str, kind: str, vector: np.ndarray, n: int, *, with_vectors: bool = False) -> list[Hit]:
        """The `n` nearest items of the team, most similar first; current with every process's writes."""
        ...

    def delete(self, team: str, kind: str, ids: Sequence[str]) -> None:
        """Remove items (absent ids are no error)."""
        ...

    def count(self, team: str, kind: str) -> int: ...

    def missing(self, team: str, kind: str, ids: Sequence[str]) -> list[str]:
        """Those of `ids` the index does not hold."""
        ...

    def drop(self, team: str, kind: str) -> None:
        """Delete everything of the team and kind (reindex starts from empty)."""
        ...

    def set_aside(self) -> Path | None:
        """Move a local index that cannot be opened out of the way; None when there is none to move."""
        ...

    def close(self) -> None: ...
