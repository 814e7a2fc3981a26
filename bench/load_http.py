"""Many MCP clients at once against `skillhive serve --transport http`: errors, lost writes, latency, throughput.

Starts the hive as a subprocess on a fresh data directory, creates tokens for two teams with
`skillhive token create`, then runs concurrent SDK clients over streamable HTTP, each making a
mix of calls (record_trajectory ~40%, retrieve_experience ~40%, list_skills / get_skill ~20%).
Afterwards every acknowledged trajectory id is looked up in the ledger (lost writes) and, once the
outbox has drained, in the vector index (not indexed).

    python bench/load_http.py                          # 50 clients x 100 calls
    python bench/load_http.py --clients 8 --calls 15 --out /tmp/load.json

Prints the figures and writes bench/results/load_http.json (or --out).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import httpx2
import numpy as np
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
TEAMS = ("team-a", "team-b")
TOOLS = ("record_trajectory", "retrieve_experience", "list_skills", "get_skill")
WEIGHTS = (0.4, 0.4, 0.1, 0.1)
SEED_SKILLS = ("using-skillhive", "writing-skills")
TASKS = (
    "Renew the TLS certificate of the web frontend",
    "Fail over the payments cluster to the standby region",
    "Bisect the flaky integration test in the CI pipeline",
    "Upgrade the postgres database from version 15 to 16",
    "Rotate the API keys of the billing service",
    "Fix the memory leak in the image resizing worker",
    "Add a retry with backoff to the webhook sender",
    "Restore the nightly backup of the analytics warehouse",
    "Compile the Rust crate with cargo build for musl",
    "Tune the connection pool of the orders API",
)
QUERIES = (
    "certificate expired on the website",
    "switch traffic to the backup region",
    "test fails only sometimes in CI",
    "major version upgrade of the database",
    "leaked credentials need replacing",
    "worker process keeps growing in memory",
    "outgoing HTTP calls fail transiently",
    "restore data from last night",
    "static linking a rust binary",
    "too many database connections",
)


# -- the hive under test -------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def hive_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """A minimal environment for the hive's CLI: its own data dir, the repo's seed skills, no evolver."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "SKILLHIVE_DATA_DIR": str(data_dir),
        "SKILLHIVE_SEED_SKILLS": str(REPO / "skills"),
        "SKILLHIVE_EVOLVE_IN_SERVER": "false",  # the evolver's cost is measured on its own (bench/evolver_cost.py)
        **extra,
    }


def skillhive(env: dict[str, str], *args: str) -> str:
    """Run one `skillhive` command; its stdout, or an error with its stderr."""
    res = subprocess.run(
        [sys.executable, "-m", "skillhive.cli", *args], env=env, capture_output=True, text=True, timeout=180
    )
    if res.returncode != 0:
        raise RuntimeError(f"skillhive {' '.join(args)} failed: {res.stderr.strip()}")
    return res.stdout


def create_tokens(env: dict[str, str], users_per_team: int = 2) -> list[tuple[str, str]]:
    """(team, token) pairs made with `skillhive token create`, users_per_team for each of TEAMS."""
    return [
        (team, skillhive(env, "token", "create", "--user", f"user{u}-{team}", "--team", team).strip())
        for team in TEAMS
        for u in range(users_per_team)
    ]


class HiveProcess:
    """`skillhive serve --transport http` on a loopback port; stderr goes to a log file in the data dir."""

    def __init__(self, env: dict[str, str], port: int) -> None:
        self.env, self.port = env, port
        self.base = f"http://127.0.0.1:{port}"
        self.log_path = Path(env["SKILLHIVE_DATA_DIR"]) / f"serve-{port}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def mcp_url(self) -> str:
        return f"{self.base}/mcp"

    def start(self) -> None:
        cmd = [sys.executable, "-m", "skillhive.cli", "serve", "--transport", "http", "--port", str(self.port)]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(cmd, env=self.env, stdout=subprocess.DEVNULL, stderr=log)

    async def ready(self, timeout: float = 120.0) -> None:
        """Wait for /healthz; fail with the log's tail if the process exits first."""
        with anyio.fail_after(timeout):
            async with httpx2.AsyncClient(timeout=5) as http:
                while True:
                    if self.proc is None or self.proc.poll() is not None:
                        raise RuntimeError(f"the hive exited while starting:\n{self.log_tail()}")
                    try:
                        if (await http.get(f"{self.base}/healthz")).status_code == 200:
                            return
                    except httpx2.TransportError:
                        pass
                    await anyio.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, what a crash looks like."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
        if self.proc is not None:
            self.proc.wait(timeout=60)

    def stop(self) -> int | None:
        """SIGTERM, then SIGKILL after 60 s; the exit code."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=60)
        return self.proc.returncode

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


# -- the load ------------------------------------------------------------------------------------


@dataclass
class Load:
    """What a load run saw from the client side."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))  # tool → seconds
    errors: list[str] = field(default_factory=list)
    acked: dict[str, str] = field(default_factory=dict)  # acknowledged trajectory id → team
    connect_s: list[float] = field(default_factory=list)
    wall_s: float = 0.0

    @property
    def calls(self) -> int:
        return sum(len(v) for v in self.latencies.values())


@asynccontextmanager
async def connect(url: str, token: str) -> AsyncIterator[Client]:
    """The SDK's client over streamable HTTP with a bearer token; no client-side cache."""
    async with (
        httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}, timeout=120) as http,
        Client(streamable_http_client(url, http_client=http), cache=None) as client,
    ):
        yield client


def arguments(tool: str, rng: random.Random, client_no: int, call_no: int) -> dict[str, Any]:
    if tool == "record_trajectory":
        task = rng.choice(TASKS)
        return {
            "task": f"{task} (client {client_no}, call {call_no}, nonce {rng.getrandbits(32)})",
            "steps": [
                {"thought": "look before acting", "action": f"inspect: {task[:40]}", "observation": "found the cause"},
                {"thought": "apply the fix", "action": "apply and verify", "observation": "checks pass"},
            ],
            "outcome": {"status": rng.choice(("success", "success", "failure", "partial"))},
            "tags": [f"c{client_no % 5}"],
        }
    if tool == "retrieve_experience":
        return {"query": rng.choice(QUERIES + TASKS), "k": 5}
    if tool == "get_skill":
        return {"name": rng.choice(SEED_SKILLS)}
    return {}


async def client_run(
    load: Load,
    url: str,
    team: str,
    token: str,
    client_no: int,
    calls: int,
    go: anyio.Event,
    connected: Callable[[], None],
    *,
    seed: int,
    call_timeout: float,
    stop_on_error: bool,
) -> None:
    """One client: connect, wait for the start signal, make `calls` weighted-random calls."""
    rng = random.Random(seed * 1_000_003 + client_no)
    try:
        started = time.perf_counter()
        async with connect(url, token) as client:
            load.connect_s.append(time.perf_counter() - started)
            connected()
            await go.wait()
            for call_no in range(calls):
                tool = rng.choices(TOOLS, WEIGHTS)[0]
                args = arguments(tool, rng, client_no, call_no)
                t0 = time.perf_counter()
                try:
                    with anyio.fail_after(call_timeout):
                        res = await client.call_tool(tool, args)
                except Exception as exc:
                    load.errors.append(f"client {client_no} {tool}: {type(exc).__name__}: {exc}")
                    if stop_on_error:
                        return
                    continue
                load.latencies[tool].append(time.perf_counter() - t0)
                if res.is_error:
                    text = res.content[0].text if res.content else "?"  # type: ignore[union-attr]
                    load.errors.append(f"client {client_no} {tool}: tool error: {text}")
                elif tool == "record_trajectory":
                    load.acked[res.structured_content["id"]] = team  # type: ignore[index]
    except Exception as exc:  # connect or teardown failed (e.g. the hive was killed)
        connected()
        load.errors.append(f"client {client_no} session: {type(exc).__name__}: {exc}")


async def run_load(
    url: str,
    tokens: list[tuple[str, str]],
    clients: int,
    calls: int,
    *,
    seed: int = 7,
    call_timeout: float = 120.0,
    stop_on_error: bool = False,
    started: anyio.Event | None = None,
    load: Load | None = None,
) -> Load:
    """Run `clients` concurrent clients (tokens assigned round robin); the clock starts once all are connected."""
    load = load or Load()
    go = anyio.Event()
    waiting = clients

    def connected() -> None:
        nonlocal waiting
        waiting -= 1
        if waiting == 0:
            go.set()

    async with anyio.create_task_group() as tg:
        for n in range(clients):
            team, token = tokens[n % len(tokens)]
            tg.start_soon(
                lambda n=n, team=team, token=token: client_run(
                    load,
                    url,
                    team,
                    token,
                    n,
                    calls,
                    go,
                    connected,
                    seed=seed,
                    call_timeout=call_timeout,
                    stop_on_error=stop_on_error,
                )
            )
        await go.wait()
        if started is not None:
            started.set()
        t0 = time.perf_counter()
    load.wall_s = time.perf_counter() - t0
    return load


# -- checking afterwards -----------------------------------------------------------------------


def lost_writes(data_dir: Path, acked: dict[str, str]) -> list[str]:
    """Acknowledged trajectory ids the ledger does not hold (for their team)."""
    from skillhive.store.ledger import Ledger

    ledger = Ledger(data_dir / "ledger.db")
    try:
        return [tid for tid, team in acked.items() if ledger.get_trajectory(team, tid) is None]
    finally:
        ledger.close()


def pending_index(data_dir: Path) -> int:
    from skillhive.store.ledger import Ledger

    ledger = Ledger(data_dir / "ledger.db")
    try:
        return ledger.count_pending()
    finally:
        ledger.close()


async def wait_drained(data_dir: Path, timeout: float) -> float:
    """Seconds until the hive's outbox is empty (the vector index has caught up)."""
    t0 = time.perf_counter()
    with anyio.fail_after(timeout):
        while await anyio.to_thread.run_sync(pending_index, data_dir):
            await anyio.sleep(0.1)
    return time.perf_counter() - t0


def not_indexed(data_dir: Path, acked: dict[str, str]) -> list[str]:
    """Acknowledged ids missing from the embedded vector index (open it only once the hive has stopped)."""
    from skillhive.store.ledger import Ledger
    from skillhive.store.vector_index import VectorIndex

    ledger = Ledger(data_dir / "ledger.db")
    model = ledger.get_meta("index_model")
    ledger.close()
    assert model is not None, "the hive never recorded its index model"
    index = VectorIndex(model, path=data_dir / "index")
    by_team: dict[str, list[str]] = defaultdict(list)
    for tid, team in acked.items():
        by_team[team].append(tid)
    return [tid for team, ids in by_team.items() for tid in index.missing(team, "trajectory", ids)]


# -- figures -------------------------------------------------------------------------------------


def pct_ms(values: list[float], p: float) -> float | None:
    """The p-th percentile in milliseconds; None without values (JSON has no NaN)."""
    return round(float(np.percentile(np.asarray(values), p)) * 1000, 1) if values else None


def figures(load: Load) -> dict[str, Any]:
    per_tool = {
        tool: {
            "calls": len(load.latencies.get(tool, [])),
            "p50_ms": pct_ms(load.latencies.get(tool, []), 50),
            "p99_ms": pct_ms(load.latencies.get(tool, []), 99),
        }
        for tool in TOOLS
    }
    return {
        "calls": load.calls,
        "throughput_calls_per_s": round(load.calls / load.wall_s, 1) if load.wall_s else 0.0,
        "wall_s": round(load.wall_s, 2),
        "errors": len(load.errors),
        "acknowledged_writes": len(load.acked),
        "connect_p50_ms": pct_ms(load.connect_s, 50),
        "per_tool": per_tool,
    }


def machine() -> dict[str, Any]:
    load1, load5, _ = os.getloadavg()
    return {
        "cpu": platform.machine(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "load_average_1m_at_end": round(load1, 2),
        "load_average_5m_at_end": round(load5, 2),
        "note": "clients and hive share the machine; other processes were running",
    }


async def bench(args: argparse.Namespace) -> dict[str, Any]:
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="skillhive-load-"))
    env = hive_env(data_dir)
    tokens = create_tokens(env)
    hive = HiveProcess(env, args.port or free_port())
    hive.start()
    try:
        await hive.ready()
        load = await run_load(hive.mcp_url, tokens, args.clients, args.calls, seed=args.seed)
        drained_s = await wait_drained(data_dir, timeout=600)
    finally:
        code = hive.stop()
    out = figures(load)
    out["index_caught_up_after_s"] = round(drained_s, 2)
    out["lost_writes"] = len(lost_writes(data_dir, load.acked))
    out["not_indexed"] = len(not_indexed(data_dir, load.acked))
    out["hive_exit_code"] = code
    out["first_errors"] = load.errors[:10]
    out["setup"] = {"clients": args.clients, "calls_per_client": args.calls, "teams": len(TEAMS), "tokens": len(tokens)}
    out["machine"] = machine()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, default=50, help="concurrent MCP clients")
    ap.add_argument("--calls", type=int, default=100, help="calls per client")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--port", type=int, help="the hive's port (default: a free one)")
    ap.add_argument("--data-dir", type=Path, help="a fresh data directory (default: a new temporary one)")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "load_http.json")
    args = ap.parse_args()
    result = anyio.run(bench, args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{args.clients} clients x {args.calls} calls over streamable HTTP ({result['machine']['cores']} cores)")
    for tool, f in result["per_tool"].items():
        print(f"  {tool:22} {f['calls']:6d} calls  p50 {f['p50_ms']} ms  p99 {f['p99_ms']} ms")
    for key in ("throughput_calls_per_s", "errors", "acknowledged_writes", "lost_writes", "not_indexed"):
        print(f"  {key:22} {result[key]}")
    print(f"  index caught up {result['index_caught_up_after_s']} s after the load; written to {args.out}")
    if result["errors"] or result["lost_writes"] or result["not_indexed"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
