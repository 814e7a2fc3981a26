"""Many MCP clients against `skillhive serve --transport http`: server CPU per call, errors, lost writes.

For each deployment — SQLite (one process), PostgreSQL with one replica, PostgreSQL with two
replicas behind one Chroma server (bench/deployment.py) — it runs, per tool, the light client of
bench/load_client.py (raw JSON-RPC in its own process, so the client's work is not the server's) and
reports **server CPU milliseconds per call**: the hive processes' CPU time over the phase divided by
the calls, and beside it the database's and Chroma's. Recording is also counted until the vector
index has caught up (its embedding is part of what a recording costs). Then a mixed load of SDK
clients checks that nothing acknowledged is lost and everything gets indexed.

    python bench/load_http.py                                   # all three deployments
    python bench/load_http.py --configs sqlite --sessions 4 --calls 20 --out /tmp/load.json

Prints the figures and writes bench/results/load_http.json (or --out).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import anyio
import httpx2
import numpy as np
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from deployment import Deployment, cpu_seconds, create_tokens, deployed
from load_client import TASKS, arguments

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
CPU_TARGET_MS = {"retrieve_experience": 15.0, "record_trajectory": 5.0}
CONFIGS = {"sqlite": ("sqlite", 1), "postgresql-1": ("postgresql", 1), "postgresql-2": ("postgresql", 2)}
TOOLS = ("record_trajectory", "retrieve_experience", "list_skills", "get_skill")
WEIGHTS = (0.4, 0.4, 0.1, 0.1)
SEED_SKILLS = ("using-skillhive", "writing-skills")


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
                args = arguments(tool, rng, client_no, call_no, SEED_SKILLS)
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


def cpu_phase(deployment: Deployment, tokens_file: Path, tool: str, args: argparse.Namespace) -> dict[str, Any]:
    """One tool (or `ping`, the floor: HTTP, auth and JSON-RPC alone), many sessions over every
    replica: CPU of the hives, the database and Chroma per call."""
    hives = [h.pid for h in deployment.replicas]
    out_file = tokens_file.with_name(f"{tool}-{len(hives)}.json")
    cmd = [sys.executable, str(HERE / "load_client.py"), "--tokens", str(tokens_file), "--tool", tool]
    cmd += [
        "--sessions",
        str(args.sessions),
        "--calls",
        str(args.calls),
        "--seed",
        str(args.seed),
        "--out",
        str(out_file),
    ]
    for hive in deployment.replicas:
        cmd += ["--url", hive.mcp_url]
    hive0, servers0 = cpu_seconds(hives), cpu_seconds(deployment.server_pids)
    subprocess.run(cmd, check=True, timeout=3600)
    hive1, servers1 = cpu_seconds(hives), cpu_seconds(deployment.server_pids)
    result = json.loads(out_file.read_text())
    calls = max(1, result["calls"])
    phase: dict[str, Any] = {
        "calls": result["calls"],
        "errors": result["errors"],
        "first_errors": result["first_errors"],
        "calls_per_s": round(result["calls"] / result["wall_s"], 1),
        "p50_ms": pct_ms([v / 1000 for v in result["latencies_ms"]], 50),
        "p99_ms": pct_ms([v / 1000 for v in result["latencies_ms"]], 99),
        "hive_cpu_ms_per_call": round((hive1 - hive0) * 1000 / calls, 2),
        "db_and_chroma_cpu_ms_per_call": round((servers1 - servers0) * 1000 / calls, 2),
    }
    if tool == "record_trajectory":
        anyio.run(deployment.wait_drained, 600.0)
        hive2, servers2 = cpu_seconds(hives), cpu_seconds(deployment.server_pids)
        phase["hive_cpu_ms_per_call_with_indexing"] = round((hive2 - hive0) * 1000 / calls, 2)
        phase["db_and_chroma_cpu_ms_per_call_with_indexing"] = round((servers2 - servers0) * 1000 / calls, 2)
        phase["lost_writes"] = len(deployment.lost_writes(result["acked"]))
        if deployment.chroma_url:  # an embedded index is checked after the hive stopped (mixed load)
            phase["not_indexed"] = len(deployment.not_indexed(result["acked"]))
    return phase


def embedding_floor_ms(n: int = 256) -> float:
    """CPU ms per run to embed what the index embeds of a recording (the task), in batches as the
    indexer does: the part of a recording's cost no server design can avoid with this model."""
    import resource

    from skillhive.store.embeddings import LocalMiniLM

    model = LocalMiniLM()
    texts = [f"{TASKS[i % len(TASKS)]} (session {i}, call {i}, nonce {i * 7919})" for i in range(n)]
    model.embed(texts[:8])  # load
    before = resource.getrusage(resource.RUSAGE_SELF)
    for start in range(0, n, 128):
        model.embed(texts[start : start + 128])
    after = resource.getrusage(resource.RUSAGE_SELF)
    return round((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000 / n, 2)


async def mixed_load(deployment: Deployment, tokens: list[tuple[str, str]], args: argparse.Namespace) -> dict[str, Any]:
    """SDK clients on every replica with a mix of calls; then nothing acknowledged may be missing."""
    load = Load()
    async with anyio.create_task_group() as tg:
        for n, hive in enumerate(deployment.replicas):
            share = args.mixed_clients // len(deployment.replicas)
            tg.start_soon(
                partial(run_load, hive.mcp_url, tokens, share, args.mixed_calls, seed=args.seed + n, load=load)
            )
    drained_s = await deployment.wait_drained(timeout=600)
    out = figures(load)
    out["index_caught_up_after_s"] = round(drained_s, 2)
    out["lost_writes"] = len(deployment.lost_writes(load.acked))
    if deployment.chroma_url:  # a server can be asked while the hives run (an embedded index: after they stop)
        out["not_indexed"] = len(deployment.not_indexed(load.acked))
    out["first_errors"] = load.errors[:5]
    out["acked"] = load.acked
    return out


def bench_config(name: str, args: argparse.Namespace) -> dict[str, Any]:
    backend, replicas = CONFIGS[name]
    root = Path(tempfile.mkdtemp(prefix=f"skillhive-load-{name}-"))
    with deployed(root, backend) as deployment:  # type: ignore[arg-type]
        anyio.run(deployment.start, replicas)
        tokens = create_tokens(deployment.env(0))
        tokens_file = root / "tokens.json"
        tokens_file.write_text(json.dumps(tokens))
        warm = argparse.Namespace(**{**vars(args), "sessions": 2, "calls": 10})
        for tool in CPU_TARGET_MS:  # model loaded, index opened, pools filled: not what is measured
            cpu_phase(deployment, tokens_file, tool, warm)
        result: dict[str, Any] = {"backend": backend, "replicas": replicas}
        result["floor_ping"] = cpu_phase(deployment, tokens_file, "ping", args)
        result["per_tool"] = {tool: cpu_phase(deployment, tokens_file, tool, args) for tool in CPU_TARGET_MS}
        mixed = anyio.run(mixed_load, deployment, tokens, args)
        acked = mixed.pop("acked")
        codes = deployment.stop()
        if not deployment.chroma_url:  # the embedded index can be opened once the hive has stopped
            mixed["not_indexed"] = len(deployment.not_indexed(acked))
        result["mixed"] = mixed
        result["exit_codes"] = codes
    shutil.rmtree(root, ignore_errors=True)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--configs", nargs="+", choices=sorted(CONFIGS), default=list(CONFIGS))
    ap.add_argument("--sessions", type=int, default=8, help="concurrent sessions of the light client, per tool")
    ap.add_argument("--calls", type=int, default=100, help="calls per session, per tool")
    ap.add_argument("--mixed-clients", type=int, default=16, help="SDK clients of the mixed load")
    ap.add_argument("--mixed-calls", type=int, default=25, help="calls per SDK client")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "load_http.json")
    args = ap.parse_args()
    result: dict[str, Any] = {"targets_cpu_ms": CPU_TARGET_MS, "embedding_floor_cpu_ms_per_run": embedding_floor_ms()}
    result["configs"] = {name: bench_config(name, args) for name in args.configs}
    result["setup"] = {k: getattr(args, k) for k in ("sessions", "calls", "mixed_clients", "mixed_calls")}
    result["machine"] = machine()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    failed = False
    print(
        f"server CPU per call ({result['machine']['cores']} cores; embedding a run alone: "
        f"{result['embedding_floor_cpu_ms_per_run']} ms)"
    )
    for name, r in result["configs"].items():
        f = r["floor_ping"]
        print(
            f"  {name:13} {'ping (the floor)':20} hive {f['hive_cpu_ms_per_call']:6.2f} ms, {f['calls_per_s']} calls/s"
        )
        for tool, f in r["per_tool"].items():
            extra = ""
            if "hive_cpu_ms_per_call_with_indexing" in f:
                extra = f", {f['hive_cpu_ms_per_call_with_indexing']} ms with indexing; lost {f['lost_writes']}"
            print(
                f"  {name:13} {tool:20} hive {f['hive_cpu_ms_per_call']:6.2f} ms (target <= {CPU_TARGET_MS[tool]}) "
                f"db+chroma {f['db_and_chroma_cpu_ms_per_call']:6.2f} ms  p50 {f['p50_ms']} ms p99 {f['p99_ms']} ms "
                f"{f['calls_per_s']} calls/s, {f['errors']} errors{extra}"
            )
            failed |= bool(f["errors"] or f.get("lost_writes") or f.get("not_indexed"))
        m = r["mixed"]
        print(
            f"  {name:13} mixed SDK load: {m['calls']} calls, {m['throughput_calls_per_s']} calls/s, {m['errors']} "
            f"errors, {m['lost_writes']} lost, {m.get('not_indexed')} not indexed"
        )
        failed |= bool(m["errors"] or m["lost_writes"] or m.get("not_indexed"))
    print(f"written to {args.out}")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
