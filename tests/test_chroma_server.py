"""The vector index on a real Chroma server (`chroma run`): shared by two hive processes, and outlived.

The server is the one the chromadb package ships, started on a free loopback port by a fixture
that always stops it. When it goes away the ledger keeps acknowledging writes and retrieval
answers by keywords with a warning; when it comes back the hive catches up without a restart.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import httpx2
import numpy as np
import pytest
from mcp import Client

from chroma_server import ChromaServer, free_port
from conftest import REPO, SEED, trajectory
from hive_http import connect, serve
from postgres_server import PostgresServer
from skillhive.config import Settings
from skillhive.errors import StorageError
from skillhive.hive import Hive
from skillhive.mcp_app import build_server
from skillhive.models import Caller, TrajectoryIn
from skillhive.store.embeddings import LocalMiniLM
from skillhive.store.vector_index import VectorIndex, collection_name

sys.path.insert(0, str(REPO / "bench"))
from deployment import HiveProcess, hive_env  # the bench starts hive processes the same way

pytestmark = [pytest.mark.anyio, pytest.mark.slow]

# A task and a query that share no word: only the dense side can match them.
CERT_TASK = "Renew the TLS certificate of the web frontend"
CERT_QUERY = "rotate https cert for website"
OUTAGE_WARNING = "semantic search unavailable, keyword results only"


@pytest.fixture
def chroma(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "chroma", free_port(), tmp_path / "chroma.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def remote_settings(tmp_path: Path, chroma: ChromaServer) -> Settings:
    return Settings(
        data_dir=tmp_path / "data",
        user="alice",
        team="team-a",
        seed_skills=SEED,
        evolve_in_server=False,
        chroma_url=chroma.url,
        chroma_timeout=5,
    )


@pytest.fixture
def remote_hive(remote_settings: Settings, embedder: LocalMiniLM) -> Iterator[Hive]:
    h = Hive(remote_settings, embedder=embedder)
    yield h
    h.close()


@pytest.fixture
def indexes() -> Iterator[Callable[..., VectorIndex]]:
    """Makes vector indexes and closes them at the end."""
    made: list[VectorIndex] = []

    def make(*args: Any, **kwargs: Any) -> VectorIndex:
        made.append(VectorIndex(*args, **kwargs))
        return made[-1]

    yield make
    for index in made:
        index.close()


async def until(check: Callable[[], Any], timeout: float, every: float = 0.1) -> Any:
    """Poll `check` (in a thread) until it returns something truthy, within `timeout` seconds."""
    with anyio.fail_after(timeout):
        while not (found := await anyio.to_thread.run_sync(check)):
            await anyio.sleep(every)
    return found


def ids_of(res: Any) -> list[str]:
    return [i["id"] for i in res.structured_content["items"]]


# -- one hive on a Chroma server ---------------------------------------------------------------


async def test_a_hive_on_a_chroma_server_records_and_retrieves_by_meaning(
    remote_hive: Hive, chroma: ChromaServer, embedder: LocalMiniLM
) -> None:
    with anyio.fail_after(120):
        async with Client(build_server(remote_hive)) as client:
            rec = await client.call_tool("record_trajectory", trajectory(CERT_TASK))
            await until(
                lambda: remote_hive.backends.ledger.outbox.count() == 0, 60
            )  # indexed (timing is not the point)
            found = await client.call_tool("retrieve_experience", {"query": CERT_QUERY, "kinds": ["trajectory"]})
    assert found.structured_content.get("warnings", []) == []
    top = found.structured_content["items"][0]
    assert top["id"] == rec.structured_content["id"]
    assert top["why"].startswith("similar task")
    # The vectors live on the server, not in an embedded index under the data directory.
    assert not remote_hive.settings.index_path.exists()
    async with httpx2.AsyncClient() as http:  # what the server itself lists
        listed = await http.get(f"{chroma.url}/api/v2/tenants/default_tenant/databases/default_database/collections")
    assert collection_name("team-a", "trajectory", embedder.model_id) in {c["name"] for c in listed.json()}


async def test_two_hive_processes_sharing_a_chroma_server_and_a_ledger_serve_consistent_results(
    tmp_path: Path, chroma: ChromaServer, embedder: LocalMiniLM
) -> None:
    data = tmp_path / "shared"
    env = hive_env(data, SKILLHIVE_USER="alice", SKILLHIVE_TEAM="team-a", SKILLHIVE_CHROMA_URL=chroma.url)
    other = HiveProcess(env, free_port())  # a real `skillhive serve --transport http` subprocess
    other.start()
    try:
        await other.ready()
        settings = Settings(
            data_dir=data, user="alice", team="team-a", seed_skills=SEED, evolve_in_server=False, chroma_url=chroma.url
        )
        local = Hive(settings, embedder=embedder)
        try:
            with anyio.fail_after(120):
                async with connect(other.mcp_url, None) as remote, Client(build_server(local)) as here:
                    # A run recorded through the subprocess is found by meaning through this process...
                    first = await remote.call_tool("record_trajectory", trajectory(CERT_TASK))
                    await until(lambda: local.backends.ledger.outbox.count() == 0, 60)
                    seen_here = await here.call_tool("retrieve_experience", {"query": CERT_QUERY})
                    # ...and one recorded here is found by meaning through the subprocess.
                    second = await here.call_tool("record_trajectory", trajectory("Fail over the payments cluster"))
                    await until(lambda: local.backends.ledger.outbox.count() == 0, 60)
                    seen_there = await remote.call_tool("retrieve_experience", {"query": "switch money traffic to DR"})
                    both = await remote.call_tool("retrieve_experience", {"query": CERT_QUERY, "k": 10})
            assert local.backends.index.count("team-a", "trajectory") == 2
        finally:
            local.close()
    finally:
        assert other.stop() == 0, other.log_tail()
    for res, rec in ((seen_here, first), (seen_there, second)):
        assert res.structured_content.get("warnings", []) == []
        top = res.structured_content["items"][0]
        assert top["id"] == rec.structured_content["id"]
        assert top["why"].startswith("similar task")
    assert ids_of(seen_here)[0] == ids_of(both)[0]


# -- the server goes away and comes back ----------------------------------------------------------


async def test_the_vector_index_reconnects_after_the_chroma_server_restarts(
    chroma: ChromaServer, embedder: LocalMiniLM, indexes: Callable[..., VectorIndex]
) -> None:
    index = indexes(embedder.model_id, url=chroma.url, timeout=5)
    vector = embedder.embed([CERT_TASK])
    index.upsert("team-a", "trajectory", ["tr_1"], vector)
    chroma.stop()
    with pytest.raises(StorageError, match=rf"the Chroma server at {chroma.url} does not answer: ConnectError"):
        index.query("team-a", "trajectory", vector[0], 3)
    with pytest.raises(StorageError, match=rf"the Chroma server at {chroma.url} does not answer"):
        index.count("team-a", "trajectory")
    chroma.start()
    assert [h.id for h in index.query("team-a", "trajectory", vector[0], 3)] == ["tr_1"]
    assert index.missing("team-a", "trajectory", ["tr_1", "tr_2"]) == ["tr_2"]


async def test_a_paused_chroma_server_times_out_with_a_clear_error_instead_of_hanging(
    chroma: ChromaServer, embedder: LocalMiniLM, indexes: Callable[..., VectorIndex]
) -> None:
    index = indexes(embedder.model_id, url=chroma.url, timeout=1)
    vector = np.asarray(embedder.embed([CERT_TASK]), dtype=np.float32)
    index.upsert("team-a", "trajectory", ["tr_1"], vector)
    assert chroma.proc is not None
    os.kill(chroma.proc.pid, signal.SIGSTOP)  # accepts connections, answers nothing
    try:
        started = time.monotonic()
        with pytest.raises(StorageError, match=rf"the Chroma server at {chroma.url} does not answer: ReadTimeout"):
            index.query("team-a", "trajectory", vector[0], 3)
        with pytest.raises(StorageError, match="does not answer: ReadTimeout"):  # the reconnect probe is bounded too
            index.query("team-a", "trajectory", vector[0], 3)
        with pytest.raises(StorageError, match="does not answer: ReadTimeout"):  # callers queued behind fail fast
            index.query("team-a", "trajectory", vector[0], 3)
        assert time.monotonic() - started < 10
    finally:
        os.kill(chroma.proc.pid, signal.SIGCONT)

    def answers() -> list[str] | None:
        try:
            return [h.id for h in index.query("team-a", "trajectory", vector[0], 3)]
        except StorageError:
            return None  # within the short pause after a hung reconnect

    assert await until(answers, 30) == ["tr_1"]


@dataclass
class Traffic:
    """What the background clients saw: acknowledged ids, answers with and without the outage warning."""

    acked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warned: int = 0
    clean: int = 0
    warnings: set[str] = field(default_factory=set)


async def keep_calling(url: str, n: int, traffic: Traffic, stop: anyio.Event) -> None:
    """One client alternating record and retrieve until `stop`; every failure is kept, none raised."""
    async with connect(url, None) as client:
        i = 0
        while not stop.is_set():
            i += 1
            rec = await client.call_tool("record_trajectory", trajectory(f"Restart the queue worker {n}-{i}"))
            if rec.is_error:
                traffic.errors.append(rec.content[0].text)  # type: ignore[union-attr]
            else:
                traffic.acked.append(rec.structured_content["id"])
            res = await client.call_tool("retrieve_experience", {"query": f"queue worker {n}", "k": 3})
            if res.is_error:
                traffic.errors.append(res.content[0].text)  # type: ignore[union-attr]
            elif res.structured_content.get("warnings", []):
                traffic.warned += 1
                traffic.warnings.update(res.structured_content.get("warnings", []))
            else:
                traffic.clean += 1


async def test_with_the_chroma_server_stopped_under_load_writes_are_acknowledged_and_the_hive_recovers_unrestarted(
    remote_hive: Hive, chroma: ChromaServer
) -> None:
    traffic, stop = Traffic(), anyio.Event()
    with serve(remote_hive) as srv, anyio.fail_after(240):
        async with anyio.create_task_group() as tg, connect(srv.mcp_url, None) as client:
            for n in range(4):
                tg.start_soon(keep_calling, srv.mcp_url, n, traffic, stop)
            await until(lambda: traffic.clean >= 4, 60)

            await anyio.to_thread.run_sync(chroma.stop)
            seen = traffic.warned
            outage = await client.call_tool("record_trajectory", trajectory(CERT_TASK))
            assert not outage.is_error, outage.content
            down = await client.call_tool("retrieve_experience", {"query": CERT_QUERY})
            await until(lambda: traffic.warned >= seen + 4 and len(traffic.acked) >= 8, 60)
            assert remote_hive.backends.ledger.outbox.count() > 0  # the outbox holds what could not be indexed

            await anyio.to_thread.run_sync(chroma.start)  # same --path and port; the hive is not restarted

            async def dense_again() -> Any:
                res = await client.call_tool("retrieve_experience", {"query": CERT_QUERY})
                return (
                    res if not res.structured_content.get("warnings", []) and ids_of(res)[:1] == [outage_id] else None
                )

            outage_id = outage.structured_content["id"]
            with anyio.fail_after(60):
                while (back := await dense_again()) is None:
                    await anyio.sleep(0.2)
            clean_after = traffic.clean
            await until(lambda: traffic.clean >= clean_after + 4, 60)
            stop.set()
        await until(lambda: remote_hive.backends.ledger.outbox.count() == 0, 60)

    assert traffic.errors == []
    assert down.structured_content.get("warnings", [])[0].startswith(OUTAGE_WARNING)
    assert chroma.url in down.structured_content.get("warnings", [])[0]
    # No shared keyword, and Chroma is down: the caller's own unindexed run is still found by
    # meaning, because fresh rows are embedded and scored directly at query time.
    assert ids_of(down)[:1] == [outage_id]
    assert all(w.startswith(OUTAGE_WARNING) for w in traffic.warnings)
    assert back.structured_content["items"][0]["why"].startswith("similar task")
    acked = [*traffic.acked, outage_id]
    assert all(remote_hive.backends.ledger.get_trajectory("team-a", i) is not None for i in acked)
    assert remote_hive.backends.index.missing("team-a", "trajectory", acked) == []


def test_drain_waits_for_what_another_replica_claimed(
    tmp_path: Path, chroma: ChromaServer, postgres: PostgresServer, embedder: LocalMiniLM
) -> None:
    url = postgres.create_database()

    def replica(n: int) -> Hive:
        settings = Settings(
            data_dir=tmp_path / f"replica-{n}", user="alice", team="team-a", seed_skills=SEED,
            evolve_in_server=False, database_url=url, chroma_url=chroma.url,  # type: ignore[arg-type]
        )  # fmt: skip
        return Hive(settings, embedder=embedder)

    other, mine = replica(1), replica(2)
    try:
        mine.record(Caller(user="alice", team="team-a"), TrajectoryIn(task="Renew the certificate"))
        with other.backends.ledger.outbox.claim(10) as claimed:  # the other replica is mid-batch
            assert len(claimed) == 1
            draining = threading.Thread(target=mine.backends.indexer.drain)  # `skillhive forget`, `reindex`
            draining.start()
            draining.join(timeout=1.0)
            assert draining.is_alive()  # it waits for the other replica's batch, which is not done
        draining.join(timeout=30)
        assert not draining.is_alive() and mine.backends.ledger.outbox.count() == 0
    finally:
        other.close()
        mine.close()
