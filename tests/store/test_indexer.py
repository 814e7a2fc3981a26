"""The vector index catches up from the ledger: after a crash, after a model change, on reindex."""

from __future__ import annotations

import threading
import time

import pytest

from fakes.openai_server import FakeOpenAI
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.models import Caller, Outcome, OutcomeStatus, TrajectoryIn
from skillhive.requests import RetrieveRequest
from skillhive.store.embeddings import LocalMiniLM, OpenAIEmbedder
from skillhive.store.indexer import BATCH

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


def test_an_audit_beside_a_backlog_queues_nothing_twice_and_a_run_queued_twice_is_indexed_once(
    settings: Settings, embedder: LocalMiniLM
) -> None:
    hive = Hive(settings, embedder=embedder)
    hive.backends.indexer.stop()  # a backlog: recorded, not indexed yet
    ids = [hive.record(ALICE, run(f"Renew the certificate of host {n}")).id for n in range(3)]
    indexer, outbox = hive.backends.indexer, hive.backends.ledger.outbox
    assert indexer.audit() == 0  # the index lacks them, but they are already queued
    outbox.requeue("trajectory", "team-a", ids[:1])  # queued twice anyway (two replicas auditing at once)
    assert indexer.drain() == 4
    assert outbox.count() == 0 and hive.backends.index.count("team-a", "trajectory") == 3
    hive.close()


def test_a_new_lesson_is_found_at_once_though_the_team_had_none_a_moment_ago(
    settings: Settings, embedder: LocalMiniLM
) -> None:
    from datetime import UTC, datetime

    from skillhive.models import Lesson, LessonKind

    hive = Hive(settings, embedder=embedder)
    hive.start()
    query = RetrieveRequest(query="certbot renew fails: port 80 busy", kinds=["lesson"])
    assert hive.retrieve(ALICE, query).items == []  # the team has no lesson: that count is not kept
    now = datetime.now(UTC)
    hive.backends.evolution.save_lesson(
        Lesson(
            id="ls_1", team="team-a", title="Free port 80 before certbot renew", description="certbot renewals",
            content="Stop nginx first.", kind=LessonKind.PITFALL, evidence=["tr_x"], authors=["alice"],
            support_users=2, created_at=now, updated_at=now,
        )
    )  # fmt: skip
    hive.backends.indexer.drain()
    assert [i.id for i in hive.retrieve(ALICE, query).items] == ["ls_1"]
    hive.close()


def test_a_run_the_embedding_service_refuses_is_left_out_and_the_others_are_indexed(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    def refuse_poison(request: dict) -> int | None:
        return 400 if any("POISON" in text for text in request["input"]) else None  # else: the default vectors

    with FakeOpenAI(dim=32, embeddings=refuse_poison) as fake:
        embedder = OpenAIEmbedder(model="m", base_url=fake.base_url, api_key="k", max_retries=0)
        hive = Hive(settings, embedder=embedder)
        hive.backends.indexer.stop()  # one batch, drained below
        tasks = ["Renew the certificate", "Parse the POISON payload", "Rotate the keys", "Back up the wiki"]
        ids = [hive.record(ALICE, run(task)).id for task in tasks]
        assert hive.backends.indexer.drain() == 4
        assert hive.backends.ledger.outbox.count() == 0
        assert hive.backends.index.missing("team-a", "trajectory", ids) == [ids[1]]
        assert f"trajectory {ids[1]} of team team-a left out of the vector index" in caplog.text
        hive.close()
        embedder.close()


class _Gated:
    """The real model, whose first call waits until the test lets it go (a batch in hand at stop())."""

    def __init__(self, inner: LocalMiniLM) -> None:
        self._inner = inner
        self.model_id, self.dim = inner.model_id, inner.dim
        self.called, self.release = threading.Event(), threading.Event()

    def embed(self, texts):  # type: ignore[no-untyped-def]
        self.called.set()
        self.release.wait(60)
        return self._inner.embed(texts)


def test_a_closing_process_stops_its_background_indexing_after_the_batch_in_hand_and_leaves_the_rest_queued(
    settings: Settings, embedder: LocalMiniLM
) -> None:
    first = Hive(settings, embedder=embedder)  # never started: what it records waits in the outbox
    first.record_many(ALICE, [run(f"Patch the kernel of host {n}") for n in range(3 * BATCH)])
    first.close()

    gated = _Gated(embedder)
    second = Hive(settings, embedder=gated)
    second.start()
    assert gated.called.wait(60)  # the first batch is being embedded
    stopper = threading.Thread(target=second.backends.indexer.stop)
    stopper.start()
    time.sleep(0.5)  # stop() has asked; now let the batch in hand finish
    gated.release.set()
    stopper.join(60)
    assert not stopper.is_alive()
    assert second.backends.ledger.outbox.count() == 2 * BATCH  # one batch indexed, the rest still queued
    second.close()

    third = Hive(settings, embedder=embedder)  # the next process indexes the rest
    third.start()
    assert third.backends.indexer.wait_idle(120)
    assert third.backends.index.count("team-a", "trajectory") == 3 * BATCH
    third.close()


def test_retrieval_says_when_a_backlog_of_runs_waits_for_the_vector_index(
    settings: Settings, embedder: LocalMiniLM
) -> None:
    first = Hive(settings, embedder=embedder)  # never started: an interrupted import's runs
    first.record_many(ALICE, [run(f"Patch the kernel of host {n}") for n in range(3 * BATCH)])
    first.close()

    second = Hive(settings, embedder=embedder)
    res = second.retrieve(ALICE, RetrieveRequest(query="patch the kernel"))
    assert any(
        w.endswith("runs wait for the vector index: until they are indexed they are found by keywords only")
        for w in res.warnings
    ), res.warnings
    assert second.backends.indexer.wait_idle(120)
    assert not second.retrieve(ALICE, RetrieveRequest(query="patch the kernel")).warnings
    second.close()
