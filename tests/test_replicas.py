"""Stateless replicas: two `skillhive serve --transport http` processes, each with its own data
directory and clone of the skills remote, sharing one PostgreSQL database and one Chroma server.

A run recorded through one is retrieved through the other; `kill -9` of one under load loses no
acknowledged write (the other indexes what it left); the evolver runs one pass per team at a time
across both, and no run is read twice.
"""

from __future__ import annotations

import json
import sys
from collections.abc import AsyncIterator
from itertools import pairwise
from pathlib import Path

import anyio
import pytest

from conftest import REPO, trajectory
from hive_http import connect
from postgres_server import PostgresServer

sys.path.insert(0, str(REPO / "bench"))
from deployment import Deployment, create_tokens, deployed
from load_http import Load, run_load

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


@pytest.fixture
async def replicas(tmp_path: Path, postgres: PostgresServer) -> AsyncIterator[Deployment]:
    with deployed(tmp_path, "postgresql", database_url=postgres.create_database()) as deployment:
        await deployment.start(2)
        yield deployment


async def test_a_run_recorded_through_one_replica_is_retrieved_through_the_other(replicas: Deployment) -> None:
    tokens = dict(create_tokens(replicas.env(0), users_per_team=1))
    a, b = replicas.replicas
    async with connect(a.mcp_url, tokens["team-a"]) as client:
        rec = await client.call_tool("record_trajectory", trajectory("Renew the TLS certificate of the web frontend"))
    assert not rec.is_error, rec.content
    async with connect(b.mcp_url, tokens["team-a"]) as client:
        found = await client.call_tool("retrieve_experience", {"query": "renew the tls certificate", "k": 3})
        full = await client.call_tool("get_trajectory", {"id": rec.structured_content["id"]})
    assert found.structured_content["items"][0]["id"] == rec.structured_content["id"]
    assert not full.is_error and full.structured_content["task"].startswith("Renew the TLS certificate")
    async with connect(b.mcp_url, tokens["team-b"]) as client:  # the other team sees nothing of it
        other = await client.call_tool("retrieve_experience", {"query": "renew the tls certificate", "k": 3})
    assert other.structured_content["items"] == []


async def test_killing_one_replica_under_load_loses_no_acknowledged_write(replicas: Deployment) -> None:
    tokens = create_tokens(replicas.env(0), users_per_team=1)
    a, b = replicas.replicas
    load = Load()
    with anyio.fail_after(300):
        async with anyio.create_task_group() as tg:
            for url in (a.mcp_url, b.mcp_url):
                tg.start_soon(
                    lambda url=url: run_load(url, tokens, 4, 300, call_timeout=30, stop_on_error=True, load=load)
                )
            while len(load.acked) < 60:
                await anyio.sleep(0.05)
            a.kill()  # SIGKILL mid-load: its open transactions and claimed index work die with it
            await anyio.sleep(2)
            tg.cancel_scope.cancel()
        acked = dict(load.acked)
        await replicas.wait_drained(timeout=120)  # b indexes what a claimed and never finished
    assert load.errors  # a's clients saw it die
    assert replicas.lost_writes(acked) == []
    assert replicas.not_indexed(acked) == []


async def test_the_evolver_runs_one_pass_per_team_at_a_time_across_replicas(
    tmp_path: Path, postgres: PostgresServer
) -> None:
    evolving = {
        "SKILLHIVE_EVOLVE_IN_SERVER": "true",
        "SKILLHIVE_EVOLVE_EVERY": "3",
        "SKILLHIVE_EVOLVE_INTERVAL": "1",  # and a pass a second after anything new: every run gets read
        "SKILLHIVE_EVOLVE_POLL": "0.2",
    }
    with deployed(tmp_path, "postgresql", database_url=postgres.create_database(), extra_env=evolving) as replicas:
        tokens = dict(create_tokens(replicas.env(0), users_per_team=1))
        await replicas.start(2)
        runs = 24
        for n in range(runs):
            hive = replicas.replicas[n % 2]
            async with connect(hive.mcp_url, tokens["team-a"]) as client:
                rec = await client.call_tool("record_trajectory", trajectory(f"Restart the web worker number {n}"))
            assert not rec.is_error, rec.content

        def passes() -> list[dict[str, object]]:
            with replicas.ledger() as ledger:
                rows = ledger.read("SELECT report FROM evolution_runs WHERE team = ? ORDER BY started_at", ("team-a",))
            return [json.loads(r["report"]) for r in rows]

        with anyio.fail_after(120):
            while sum(int(p["read"]) for p in passes() if p.get("finished_at")) < runs:  # type: ignore[call-overload]
                await anyio.sleep(0.2)
        done = [p for p in passes() if p.get("finished_at")]
    assert sum(int(p["read"]) for p in done) == runs  # type: ignore[call-overload]  # no run read twice
    spans = sorted((str(p["started_at"]), str(p["finished_at"])) for p in done)
    assert all(earlier[1] <= later[0] for earlier, later in pairwise(spans))  # never two passes at once
    logs = "".join(h.log_path.read_text() for h in replicas.replicas)
    assert "Traceback" not in logs, logs[-3000:]
