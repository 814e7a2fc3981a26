"""The vector index catches up from the ledger: after a crash, after a model change, on reindex."""

from __future__ import annotations

from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.models import Caller, Outcome, OutcomeStatus, TrajectoryIn
from skillhive.requests import RetrieveRequest
from skillhive.store.embeddings import LocalMiniLM

ALICE = Caller(user="alice", team="team-a")


def run(task: str) -> TrajectoryIn:
    return TrajectoryIn(task=task, outcome=Outcome(status=OutcomeStatus.SUCCESS))


def test_rows_left_unindexed_by_a_dead_process_are_indexed_by_the_next_start(
    settings: Settings, embedder: LocalMiniLM
) -> None:
    first = Hive(settings, embedder=embedder)
    first.backends.indexer.stop()  # the process "dies" before its indexer runs
    ids = [first.record(ALICE, run(f"Backup the postgres database number {n}")).id for n in range(5)]
    first.close()

    second = Hive(settings, embedder=embedder)
    second.start()
    assert second.backends.indexer.wait_idle(60)
    assert second.backends.ledger.outbox.count() == 0
    assert second.backends.index.count("team-a", "trajectory") == 5
    hits = second.backends.index.query("team-a", "trajectory", embedder.embed(["postgres backup"])[0], 5)
    assert {h.id for h in hits} == set(ids)
    second.close()


def test_a_new_embedding_model_asks_for_a_reindex_and_reindex_clears_the_warning(
    settings: Settings, embedder: LocalMiniLM
) -> None:
    hive = Hive(settings, embedder=embedder)
    hive.start()
    hive.record(ALICE, run("Rotate the API keys of the billing service"))
    hive.close()

    settings.embedding_provider = "openai"  # pretend the operator switched models...
    relabelled = _Renamed(embedder, "local:another-model")  # ...to one whose vectors differ by name
    changed = Hive(settings, embedder=relabelled)
    res = changed.retrieve(ALICE, RetrieveRequest(query="rotate keys"))
    assert any("reindex" in w for w in res.warnings)
    assert changed.maintenance.reindex() == 1
    res = changed.retrieve(ALICE, RetrieveRequest(query="rotate keys"))
    assert not res.warnings
    assert res.items[0].title.startswith("Rotate the API keys")
    changed.close()


class _Renamed:
    """The same real model under another id: what a model switch looks like to the index."""

    def __init__(self, inner: LocalMiniLM, model_id: str) -> None:
        self._inner = inner
        self.model_id = model_id
        self.dim = inner.dim

    def embed(self, texts):  # type: ignore[no-untyped-def]
        return self._inner.embed(texts)
