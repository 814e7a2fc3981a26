"""Concurrent clients over real HTTP against `skillhive serve` subprocesses: no errors, nothing acknowledged lost.

The load is bench/load_http.py's, smaller: SDK clients with bearer tokens of two teams making
mixed calls. The hive is killed with SIGKILL mid-load; after a restart on the same data
directory every acknowledged trajectory is in the ledger and, once the outbox drains, indexed.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import anyio
import pytest

from conftest import REPO
from skillhive.store.vector_index import VectorIndex
from skillhive.wiring import ledger_at

sys.path.insert(0, str(REPO / "bench"))
from deployment import TEAMS, Deployment, HiveProcess, create_tokens, free_port, hive_env
from load_http import Load, run_load  # the bench's load, run small

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


@pytest.fixture
def deployment(tmp_path: Path) -> Deployment:
    """The hive processes' data directory is its first replica's (bench/deployment.py's checks read it)."""
    return Deployment(root=tmp_path, backend="sqlite")


@pytest.fixture
def data_dir(deployment: Deployment) -> Path:
    return deployment.root / "replica-0"


@pytest.fixture
def env(data_dir: Path) -> dict[str, str]:
    return hive_env(data_dir)


@pytest.fixture
def tokens(env: dict[str, str]) -> list[tuple[str, str]]:
    return create_tokens(env, users_per_team=1)


@pytest.fixture
def processes() -> Iterator[Callable[[dict[str, str]], HiveProcess]]:
    """Starts hive processes on free ports; every one still running is killed at the end."""
    started: list[HiveProcess] = []

    def start(env: dict[str, str]) -> HiveProcess:
        hive = HiveProcess(env, free_port())
        hive.start()
        started.append(hive)
        return hive

    yield start
    for hive in started:
        hive.kill()


async def until(check: Callable[[], Any], timeout: float) -> None:
    with anyio.fail_after(timeout):
        while not check():
            await anyio.sleep(0.05)


def index_counts(data_dir: Path) -> dict[str, tuple[int, int]]:
    """Per team: (trajectories in the ledger, vectors in the index), read from the data directory."""
    ledger = ledger_at(data_dir / "ledger.db")
    try:
        model = ledger.get_meta("index_model")
        assert model is not None
        index = VectorIndex(model, path=data_dir / "index")
        return {team: (ledger.count_trajectories(team), index.count(team, "trajectory")) for team in TEAMS}
    finally:
        ledger.close()


async def test_a_small_concurrent_load_has_no_errors_and_loses_no_acknowledged_write(
    data_dir: Path,
    deployment: Deployment,
    env: dict[str, str],
    tokens: list[tuple[str, str]],
    processes: Callable[[dict[str, str]], HiveProcess],
) -> None:
    hive = processes(env)
    await hive.ready()
    with anyio.fail_after(300):
        load = await run_load(hive.mcp_url, tokens, clients=8, calls=15)
        await deployment.wait_drained(timeout=120)
    assert hive.stop() == 0, hive.log_tail()
    assert load.errors == []
    assert load.calls == 8 * 15
    assert {"record_trajectory", "retrieve_experience"} <= set(load.latencies)
    assert Counter(load.acked.values()).keys() == set(TEAMS)  # both teams wrote
    assert deployment.lost_writes(load.acked) == []
    assert deployment.not_indexed(load.acked) == []


async def test_every_acknowledged_trajectory_survives_a_sigkill_mid_load_and_is_indexed_after_restart(
    data_dir: Path,
    deployment: Deployment,
    env: dict[str, str],
    tokens: list[tuple[str, str]],
    processes: Callable[[dict[str, str]], HiveProcess],
) -> None:
    hive = processes(env)
    await hive.ready()
    load = Load()
    with anyio.fail_after(300):
        async with anyio.create_task_group() as tg:
            # Enough calls that the load is still running when the hive dies; each client stops at its first error.
            tg.start_soon(
                partial(run_load, hive.mcp_url, tokens, 8, 500, call_timeout=30, stop_on_error=True, load=load)
            )
            await until(lambda: len(load.acked) >= 40, 240)
            hive.kill()
        killed_after = dict(load.acked)

        restarted = processes(env)
        await restarted.ready()
        await deployment.wait_drained(timeout=120)
    assert restarted.stop() == 0, restarted.log_tail()

    assert load.calls < 8 * 500 and load.errors  # the kill did land mid-load
    assert deployment.lost_writes(killed_after) == []
    assert deployment.not_indexed(killed_after) == []
    for team, (in_ledger, in_index) in index_counts(data_dir).items():
        assert in_ledger == in_index, team  # runs stored but never acknowledged are indexed too
        assert in_ledger >= sum(1 for t in killed_after.values() if t == team)
