"""retrieve_experience and record_trajectory latency through the MCP in-memory client, beside the
raw floors measured in the same run: query embedding alone, and the raw Chroma query alone.

    python bench/retrieval.py --n 10000            # builds bench/out/hive-10000 once, then reuses it
    python bench/retrieval.py --n 100000 --queries 300
    python bench/retrieval.py --n 10000 --backend postgresql   # the ledger on a PostgreSQL server it starts

Prints a table and writes bench/results/retrieval-<n>.json (retrieval-<n>-postgresql.json).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import anyio
import numpy as np
from mcp import Client

sys.path.insert(0, str(Path(__file__).parent))
from corpus import fill, queries
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.mcp_app import build_server

HERE = Path(__file__).parent
REPO = HERE.parent


def pct(values: list[float], p: float) -> float:
    return float(np.percentile(np.asarray(values), p))


def build(hive: Hive, n: int) -> dict[str, float]:
    if hive.backends.ledger.count_trajectories(hive.settings.team) >= n:
        return {}
    started = time.perf_counter()
    added = fill(hive, "bench", hive.settings.team, n)
    stored = time.perf_counter() - started
    hive.backends.indexer.drain()
    total = time.perf_counter() - started
    return {"ingest_stored_per_s": added / stored, "ingest_indexed_per_s": added / total}


def recall_at_10(hive: Hive, team: str, qvecs: np.ndarray) -> float:
    """HNSW recall@10 against exact search over every stored vector."""
    from skillhive.store.vector_index import collection_name

    coll = hive.backends.index._collection(team, "trajectory")  # the bench reads the index it measures
    assert coll.name == collection_name(team, "trajectory", hive.backends.embedder.model_id)
    ids: list[str] = []
    vecs: list[np.ndarray] = []
    offset = 0
    while True:
        page = coll.get(include=["embeddings"], limit=5000, offset=offset)
        if not page["ids"]:
            break
        ids.extend(page["ids"])
        vecs.append(np.asarray(page["embeddings"], dtype=np.float32))
        offset += len(page["ids"])
    matrix = np.vstack(vecs)
    hits = 0
    for q in qvecs:
        exact = {ids[i] for i in np.argsort(-(matrix @ q))[:10]}
        approx = {h.id for h in hive.backends.index.query(team, "trajectory", q, 10)}
        hits += len(exact & approx)
    return hits / (10 * len(qvecs))


async def measure(hive: Hive, n_queries: int, n_records: int) -> dict[str, float]:
    team = hive.settings.team
    qs = queries(n_queries)
    embed_ms, chroma_ms, full_ms, record_ms = [], [], [], []
    async with Client(build_server(hive)) as client:
        for q in qs[:20]:  # warm up every path
            await client.call_tool("retrieve_experience", {"query": q})
        qvecs = []
        for q in qs:
            t0 = time.perf_counter()
            vec = hive.backends.embedder.embed([q])[0]
            t1 = time.perf_counter()
            hive.backends.index.query(team, "trajectory", vec, 10)
            t2 = time.perf_counter()
            res = await client.call_tool("retrieve_experience", {"query": q})
            t3 = time.perf_counter()
            assert not res.is_error, res.content
            embed_ms.append((t1 - t0) * 1000)
            chroma_ms.append((t2 - t1) * 1000)
            full_ms.append((t3 - t2) * 1000)
            qvecs.append(vec)
        rng = np.random.default_rng(3)
        for i in range(n_records):
            rec = {
                "task": f"Bench record {i}: rotate the logs of service {rng.integers(1e9)}",
                "steps": [{"action": "logrotate -f", "observation": "rotated"}],
                "outcome": {"status": "success"},
            }
            t0 = time.perf_counter()
            res = await client.call_tool("record_trajectory", rec)
            record_ms.append((time.perf_counter() - t0) * 1000)
            assert not res.is_error, res.content
    floor = statistics.median(embed_ms) + statistics.median(chroma_ms)
    return {
        "query_embed_p50_ms": statistics.median(embed_ms),
        "chroma_query_p50_ms": statistics.median(chroma_ms),
        "retrieve_p50_ms": statistics.median(full_ms),
        "retrieve_p99_ms": pct(full_ms, 99),
        "retrieve_over_floor": statistics.median(full_ms) / floor,
        "record_p50_ms": statistics.median(record_ms),
        "record_p99_ms": pct(record_ms, 99),
        "recall_at_10": recall_at_10(hive, team, np.asarray(qvecs[:100])),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--queries", type=int, default=300)
    ap.add_argument("--records", type=int, default=200)
    ap.add_argument("--data-dir", type=Path)
    ap.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    args = ap.parse_args()
    with ExitStack() as stack:
        url = None
        data = args.data_dir or HERE / "out" / f"hive-{args.n}"
        if args.backend == "postgresql":  # a durable server of its own, and a fresh data directory beside it
            sys.path.insert(0, str(REPO / "tests"))
            from postgres_server import running_server

            url = stack.enter_context(running_server(durable=True)).create_database()
            data = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="skillhive-bench-pg-")))
        settings = Settings(
            data_dir=data,
            user="bench",
            team="bench",
            seed_skills=REPO / "skills",
            evolve_in_server=False,
            database_url=url,  # type: ignore[arg-type]
        )
        hive = Hive(settings)
        hive.start()
        figures: dict[str, float | int | str] = {"n": args.n, "backend": args.backend}
        figures.update(build(hive, args.n))
        figures.update(anyio.run(measure, hive, args.queries, args.records))
        figures["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        figures["machine"] = machine()
        hive.close()
    suffix = "" if args.backend == "sqlite" else f"-{args.backend}"
    out = HERE / "results" / f"retrieval-{args.n}{suffix}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n")
    for k, v in figures.items():
        print(f"{k:24} {v:.2f}" if isinstance(v, float) else f"{k:24} {v}")


def machine() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


if __name__ == "__main__":
    main()
