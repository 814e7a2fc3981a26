"""The backends of a local hive, built once from Settings: the ledger (SQLite or PostgreSQL), the
evolver's tables on it, the embedding model, the vector index and the indexer that feeds it.

Everything that works on a hive's own data (use cases, evolver, curation, CLI, HTTP) takes the
parts it needs from here; nothing else opens a database or an index.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from skillhive.config import Settings
from skillhive.errors import ConfigError
from skillhive.store.database import Database
from skillhive.store.embeddings import Embedder, make_embedder
from skillhive.store.evolution import EvolutionStore
from skillhive.store.indexer import Indexer
from skillhive.store.ledger import Ledger
from skillhive.store.vector_index import HnswParams, VectorIndex
from skillhive.store.vectors import VectorStore
from skillhive.summaries import INDEX_TEXT_VERSION

log = logging.getLogger(__name__)
MODEL_CHECK_SECONDS = 5.0


def check_data_dir(settings: Settings) -> None:
    """The data directory exists and we can write in it, or a one-line ConfigError."""
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        probe = settings.data_dir / ".skillhive-write-test"
        probe.touch()
        probe.unlink()
    except OSError as exc:
        raise ConfigError(
            f"--data-dir {settings.data_dir}: not a directory skillhive can write ({exc.strerror})"
        ) from None


def open_database(url: str | None, path: Path, *, pool_size: int = 8) -> Database:
    """The ledger's database: PostgreSQL at `url`, else the SQLite file at `path` (the embedded default).
    The adapters are built here, not by the port they implement; each driver loads only when used."""
    if url:
        from skillhive.store.postgres.database import PostgresDatabase

        return PostgresDatabase(url, pool_size=pool_size)
    from skillhive.store.sqlite.database import SqliteDatabase

    return SqliteDatabase(path)


def ledger_at(path: Path, url: str | None = None) -> Ledger:
    """The ledger in PostgreSQL at `url`, else in the SQLite file at `path` (tests, `migrate`, tokens)."""
    return Ledger(open_database(url, path))


def open_ledger(settings: Settings) -> Ledger:
    """The ledger alone (token commands, `migrate`): no model, no index."""
    return Ledger(open_database(settings.ledger_url, settings.ledger_path, pool_size=settings.database_pool_size))


@dataclass
class Backends:
    settings: Settings
    ledger: Ledger
    evolution: EvolutionStore
    embedder: Embedder
    index: VectorStore
    indexer: Indexer
    _team_hive: bool = field(default=False, repr=False)
    _model_checked: tuple[float, str | None] = field(default=(-MODEL_CHECK_SECONDS, None), repr=False)
    _started: bool = field(default=False, repr=False)

    @classmethod
    def open(cls, settings: Settings, *, embedder: Embedder | None = None) -> Backends:
        check_data_dir(settings)
        ledger = open_ledger(settings)
        try:
            model = embedder or make_embedder(settings)
            index = VectorIndex(
                model.model_id,
                path=None if settings.chroma_url else settings.index_path,
                url=settings.chroma_url,
                hnsw=HnswParams(settings.hnsw_ef_search, settings.hnsw_ef_construction, settings.hnsw_m),
                timeout=settings.chroma_timeout,
                generations=ledger,
            )
        except BaseException:
            ledger.close()
            raise
        if ledger.db.engine == "postgresql" and not settings.chroma_url:
            log.warning(
                "the ledger is PostgreSQL but the vector index is this process's own folder: replicas that"
                " share the ledger must share a Chroma server too (--chroma-url), or each finds only what it indexed"
            )
        return cls(settings, ledger, EvolutionStore(ledger), model, index, Indexer(ledger, index, model))

    def start(self) -> None:
        """Start background indexing (and catch up with anything a crash or another process left)."""
        if not self._started:
            self._started = True
            self._check_index_text()
            self.indexer.start()

    def close(self) -> None:
        self.indexer.stop()
        self.index.close()
        self.ledger.close()

    def warm_up(self) -> None:
        """Load the embedding model and open the index ahead of the first query."""
        try:
            self.embedder.embed(["warm up"])
            self.index.count(self.settings.team, "trajectory")
        except Exception as exc:  # warm-up is an optimisation; the real call reports errors
            log.warning("warm-up failed: %s", exc)

    def index_model_warning(self) -> str | None:
        """Why the vector index does not fit the embedding model, if it does not (checked at most
        every few seconds: a reindex by another process is noticed that late)."""
        now = time.monotonic()
        if now - self._model_checked[0] >= MODEL_CHECK_SECONDS:
            built = self.ledger.get_meta("index_model")
            warning = None
            if built is not None and built != self.embedder.model_id:
                warning = f"index built with {built}: run `skillhive reindex` for {self.embedder.model_id}"
            self._model_checked = (now, warning)
        return self._model_checked[1]

    def index_rebuilt(self) -> None:
        """The index was rebuilt with the current model (`reindex`): no warning from now on."""
        self._model_checked = (time.monotonic(), None)

    def quorum(self) -> int:
        """Distinct users that make a run or a lesson the team's (verified; lessons served to everyone):
        SKILLHIVE_EVOLVE_MIN_USERS, or 1 in a hive that has only ever had one user (it is theirs)."""
        if self._team_hive or self.settings.evolve_min_users <= 1:
            return self.settings.evolve_min_users
        self._team_hive = self.evolution.hive_users() > 1  # once a team, always a team
        return self.settings.evolve_min_users if self._team_hive else 1

    def _check_index_text(self) -> None:
        if self.ledger.get_meta("index_text") != INDEX_TEXT_VERSION:
            # What a run's vector is made of changed (summaries.index_text): embed every run again, in
            # the background; until then the old vectors answer.
            if self.ledger.count_trajectories():
                log.warning("the index text changed (%s): re-embedding every run in the background", INDEX_TEXT_VERSION)
                self.ledger.outbox.requeue_all()
            self.ledger.set_meta("index_text", INDEX_TEXT_VERSION)
        built = self.ledger.get_meta("index_model")
        if built is None:
            self.ledger.set_meta("index_model", self.embedder.model_id)
        elif built != self.embedder.model_id:
            log.warning(
                "the vector index was built with %s but the model is now %s: run `skillhive reindex`",
                built,
                self.embedder.model_id,
            )
