"""Retrieval quality on real labelled runs: does `retrieve_experience` find past runs that needed
the same procedure as a new task?

Data: tau-bench's historical gpt-4o airline runs (`../shared/data/tau-bench/gpt-4o-airline.json`,
MIT; 50 tasks, 4 trials each). Protocol (issue 7):
  memory  = the runs of even task ids, imported through skillhive's tau-bench importer;
  queries = the instructions of odd task ids;
  a retrieved run is relevant when its task's ground-truth state-changing actions (the names in
  `info.task.actions`, minus read-only ones: get_/search_/list_/calculate/think) equal the query's.

Prints p@5, MRR@10 and nDCG@5 for skillhive through the MCP in-memory client, and in the same run:
random order, BM25 on the task text, plain MiniLM cosine on the task text, issue 18's prototype
(top-20 sim⁴ procedure vote over the hive's own vectors and procedures), and the oracle.
`--fold swap` exchanges memory and queries (odd tasks remembered, even ones asked) and `--fold loo`
asks each task of a memory holding every other task's runs (50 hives, twice the memory): second
and third looks that the method was not shaped to one split of 25 queries.

    python bench/retrieval_quality.py                  # writes bench/results/retrieval_quality-even.json
    python bench/retrieval_quality.py --fold swap
    python bench/retrieval_quality.py --fold loo
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import numpy as np
from mcp import Client

from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.importers import iter_import
from skillhive.mcp_app import build_server
from skillhive.models import Caller

HERE = Path(__file__).parent
REPO = HERE.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "tau-bench" / "gpt-4o-airline.json"
K = 5
K_MRR = 10
READ_ONLY = re.compile(r"^(get_|search_|list_)|^(calculate|think)$")


@dataclass(frozen=True)
class Task:
    task_id: int
    instruction: str
    procedure: frozenset[str]  # ground-truth state-changing actions: the relevance label


def load_tasks(records: Sequence[dict[str, Any]]) -> dict[int, Task]:
    tasks: dict[int, Task] = {}
    for r in records:
        task = r["info"]["task"]
        names = frozenset(a["name"] for a in task["actions"] if not READ_ONLY.search(a["name"]))
        tasks[int(r["task_id"])] = Task(int(r["task_id"]), task["instruction"].strip(), names)
    return tasks


# -- metrics ----------------------------------------------------------------------------------------
def metrics(ranked: Sequence[bool], n_relevant: int) -> dict[str, float]:
    """p@5, MRR@10 and nDCG@5 (binary gains) of one ranked list of relevance flags."""
    p = sum(ranked[:K]) / K
    rr = next((1.0 / (i + 1) for i, hit in enumerate(ranked[:K_MRR]) if hit), 0.0)
    dcg = sum(1.0 / math.log2(i + 2) for i, hit in enumerate(ranked[:K]) if hit)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(K, n_relevant)))
    return {"p@5": p, "mrr": rr, "ndcg@5": dcg / ideal if ideal else 0.0}


def mean(rows: Sequence[dict[str, float]]) -> dict[str, float]:
    return {key: round(sum(r[key] for r in rows) / len(rows), 3) for key in rows[0]}


# -- baselines --------------------------------------------------------------------------------------
_WORD = re.compile(r"[a-z0-9]+")


def bm25_ranker(docs: Sequence[str], k1: float = 1.2, b: float = 0.75) -> Callable[[str], list[int]]:
    """Okapi BM25 over `docs`; returns a function from a query to document indexes, best first."""
    toks = [_WORD.findall(d.lower()) for d in docs]
    avg = sum(map(len, toks)) / len(toks)
    df = Counter(w for t in toks for w in set(t))
    n = len(docs)
    idf = {w: math.log(1 + (n - f + 0.5) / (f + 0.5)) for w, f in df.items()}
    tfs = [Counter(t) for t in toks]

    def rank(query: str) -> list[int]:
        words = set(_WORD.findall(query.lower()))
        scores = []
        for i, tf in enumerate(tfs):
            s = 0.0
            for w in words:
                if w in tf:
                    f = tf[w]
                    s += idf[w] * f * (k1 + 1) / (f + k1 * (1 - b + b * len(toks[i]) / avg))
            scores.append(s)
        return sorted(range(n), key=lambda i: -scores[i])

    return rank


# -- the prototype of issue 18 ------------------------------------------------------------------------
PROTOTYPE = "prototype: top-20 sim⁴ procedure vote"
PROTOTYPE_TOGETHER = "prototype, a task's runs together"
VOTE_K = 20
VOTE_POWER = 4


def prototype_rankings(hive: Hive, queries: Sequence[str], ids: Sequence[str]) -> list[list[str]]:
    """Issue 18's prototype, from what the hive stores: the query's cosine to every stored run (the
    hive's own vectors, through its vector index), each run's procedure as the hive records it (the
    set of state-changing tools it called). A run scores the sum of sim⁴ over the query's 20 nearest
    runs that followed its procedure; ties (and procedures outside the 20) by cosine."""
    b = hive.backends
    cards = b.ledger.trajectory_cards("bench", list(ids))
    out = []
    for qvec in b.embedder.embed(list(queries)):
        hits = b.index.query("bench", "trajectory", np.asarray(qvec, dtype=np.float32), len(ids))
        sim = {h.id: h.similarity for h in hits}
        weight: Counter[tuple[str, ...]] = Counter()
        for h in hits[:VOTE_K]:
            weight[cards[h.id].signature] += max(0.0, h.similarity) ** VOTE_POWER
        out.append(sorted(sim, key=lambda i: (-weight[cards[i].signature], -sim[i])))
    return out


def together(ranking: Sequence[str], task_of: dict[str, int]) -> list[str]:
    """A run ranking with each task's runs moved up behind its first one: the prototype counted as
    skillhive's answers are (an item, then the runs folded into it)."""
    groups: dict[int, list[str]] = {}
    for i in ranking:
        groups.setdefault(task_of[i], []).append(i)
    return [i for runs in groups.values() for i in runs]


# -- the run ----------------------------------------------------------------------------------------
def splits(records: list[dict[str, Any]], fold: str) -> list[tuple[list[dict[str, Any]], list[int]]]:
    """(memory records, query task ids) of each hive the fold builds."""
    task_ids = sorted({int(r["task_id"]) for r in records})
    if fold == "loo":  # each task asks a memory of every other task's runs
        return [([r for r in records if int(r["task_id"]) != q], [q]) for q in task_ids]
    remember = 0 if fold == "even" else 1
    memory = [r for r in records if int(r["task_id"]) % 2 == remember]
    return [(memory, [q for q in task_ids if q % 2 != remember])]


async def skillhive_rankings(
    hive: Hive, queries: Sequence[str], shapes: list[dict[str, Any]]
) -> tuple[list[list[str]], list[float]]:
    """Trajectory ids per query through the MCP client (each item, then the runs folded into it), and the
    latency of each call."""
    out: list[list[str]] = []
    latencies: list[float] = []
    async with Client(build_server(hive)) as client:
        for q in queries:
            started = time.perf_counter()
            result = await client.call_tool(
                "retrieve_experience", {"query": q, "k": K_MRR, "kinds": ["trajectory"], "max_tokens": 20_000}
            )
            latencies.append(time.perf_counter() - started)
            assert not result.is_error, result.content
            # An item's folded runs (later trials of its task) count in place after it.
            items = result.structured_content["items"]
            out.append([i for item in items for i in [item["id"], *item.get("similar", [])]])
            sourced = all(all(f in item for f in ("when", "by", "source")) for item in items)
            shapes.append({"ids": [i["id"] for i in items], "scores": [i["score"] for i in items], "sourced": sourced})
    return out, latencies


@dataclass
class Run:
    """Per-query metric rows of each method, over every hive of a fold."""

    rows: dict[str, list[dict[str, float]]]
    latencies: list[float]
    memory_runs: int
    queries: int
    shown: list[str]
    shapes: list[dict[str, Any]]  # per query: item ids, scores, whether every item has its source fields


def evaluate(
    memory: list[dict[str, Any]], query_ids: list[int], tasks: dict[int, Task], embedder: Any, tmp: Path, run: Run
) -> None:
    """Import `memory` into a fresh hive through the tau-bench importer, ask each query, score every method."""
    mem_file = tmp / "memory.json"
    mem_file.write_text(json.dumps(memory))
    settings = Settings(data_dir=tmp / "hive", evolve_in_server=False, user="bench", team="bench")
    hive = Hive(settings, embedder=embedder)
    try:
        items = list(iter_import(mem_file, "tau-bench"))
        assert all(i.trajectory is not None for i in items), [i.error for i in items if i.error]
        results = hive.record_many(Caller(user="bench", team="bench"), [i.trajectory for i in items if i.trajectory])
        hive.backends.indexer.drain()
        run_task: dict[str, int] = {}
        for r, item in zip(results, items, strict=True):
            assert item.trajectory is not None
            run_task[r.id] = int(next(t for t in item.trajectory.tags if t.startswith("task:")).split(":", 1)[1])
        ids = list(run_task)
        labels = {i: tasks[run_task[i]].procedure for i in ids}
        texts = [tasks[run_task[i]].instruction for i in ids]
        query_texts = [tasks[q].instruction for q in query_ids]
        wanted = [tasks[q].procedure for q in query_ids]
        n_rel = [sum(labels[i] == w for i in ids) for w in wanted]

        def add(method: str, rankings: Sequence[Sequence[str]]) -> None:
            rows = [metrics([labels[i] == w for i in r], n) for r, w, n in zip(rankings, wanted, n_rel, strict=True)]
            run.rows.setdefault(method, []).extend(rows)

        rng = random.Random(7)
        shuffled = [
            mean([metrics([labels[i] == w for i in rng.sample(ids, len(ids))], n) for _ in range(200)])
            for w, n in zip(wanted, n_rel, strict=True)
        ]
        run.rows.setdefault("random (mean of 200 shuffles)", []).extend(shuffled)
        bm25 = bm25_ranker(texts)
        add("BM25 on the task text", [[ids[j] for j in bm25(q)] for q in query_texts])
        cos = np.asarray(embedder.embed(query_texts)) @ np.asarray(embedder.embed(texts)).T
        add("MiniLM cosine on the task text", [[ids[j] for j in np.argsort(-row, kind="stable")] for row in cos])
        proto = prototype_rankings(hive, query_texts, ids)
        add(PROTOTYPE, proto)
        add(PROTOTYPE_TOGETHER, [together(r, run_task) for r in proto])
        hive.start()
        shapes: list[dict[str, Any]] = []
        ranked, latencies = anyio.run(skillhive_rankings, hive, query_texts, shapes)
        for shape in shapes:
            top_tasks = [run_task[i] for i in shape["ids"][:K]]
            shape["repeated_task"] = len(top_tasks) != len(set(top_tasks))
        run.shapes += shapes
        add("skillhive retrieve_experience", ranked)
        add("oracle", [sorted(ids, key=lambda i, w=w: labels[i] != w) for w in wanted])
        run.latencies += latencies
        run.memory_runs = max(run.memory_runs, len(ids))
        run.queries += len(query_ids)
        for q, r, w in zip(query_ids, ranked, wanted, strict=True):
            marks = " ".join(f"{run_task[i]}{'+' if labels[i] == w else '-'}" for i in r[:K])
            run.shown.append(f"task {q} {sorted(w)}: {marks}")
    finally:
        hive.close()


def paired_interval(
    a: Sequence[dict[str, float]], b: Sequence[dict[str, float]], key: str = "p@5", draws: int = 10_000
) -> tuple[float, float, float]:
    """Mean of a - b per query and its 95% interval from a paired bootstrap over the queries."""
    diff = np.array([x[key] - y[key] for x, y in zip(a, b, strict=True)])
    picks = np.random.default_rng(7).integers(0, len(diff), size=(draws, len(diff)))
    means = diff[picks].mean(axis=1)
    low, high = np.percentile(means, [2.5, 97.5])
    return float(diff.mean()), float(low), float(high)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--fold",
        choices=["even", "swap", "loo"],
        default="even",
        help="even: remember even task ids (the protocol); swap: odd ones; loo: each task against all others",
    )
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--show", action="store_true", help="print each query's top 5")
    args = parser.parse_args()

    from skillhive.store.embeddings import LocalMiniLM

    records = json.loads(args.data.read_text())
    tasks = load_tasks(records)
    embedder = LocalMiniLM()
    run = Run(rows={}, latencies=[], memory_runs=0, queries=0, shown=[], shapes=[])
    started = time.perf_counter()
    for memory, query_ids in splits(records, args.fold):
        with tempfile.TemporaryDirectory() as tmp:
            evaluate(memory, query_ids, tasks, embedder, Path(tmp), run)
    table = {name: mean(rows) for name, rows in run.rows.items()}
    if args.show:
        print("\n".join(run.shown))
    print(
        f"retrieval quality: tau-bench airline, fold {args.fold}: {run.memory_runs} runs in memory, "
        f"{run.queries} queries; {time.perf_counter() - started:.0f} s"
    )
    print(f"{'method':38} {'p@5':>6} {'MRR':>6} {'nDCG@5':>7}")
    for name, row in table.items():
        print(f"{name:38} {row['p@5']:6.3f} {row['mrr']:6.3f} {row['ndcg@5']:7.3f}")
    ours, cosine = run.rows["skillhive retrieve_experience"], run.rows["MiniLM cosine on the task text"]
    g, lo, hi = paired_interval(ours, run.rows[PROTOTYPE])
    print(f"skillhive minus prototype, p@5: {g:+.3f} (95% interval {lo:+.3f} … {hi:+.3f})")
    gain, low, high = paired_interval(ours, cosine)
    print(
        f"skillhive minus cosine, p@5: {gain:+.3f} (95% interval {low:+.3f} … {high:+.3f}, paired bootstrap over"
        f" {len(ours)} queries)"
    )
    for key in ("mrr", "ndcg@5"):
        g, lo, hi = paired_interval(ours, cosine, key)
        print(f"skillhive minus cosine, {key}: {g:+.3f} (95% interval {lo:+.3f} … {hi:+.3f})")
    unordered = sum(s["scores"] != sorted(s["scores"], reverse=True) for s in run.shapes)
    repeated = sum(s["repeated_task"] for s in run.shapes)
    unsourced = sum(not s["sourced"] for s in run.shapes)
    print(
        f"answers with scores out of order: {unordered}; with two trials of one task in the top {K} items:"
        f" {repeated}; with an item lacking when/by/source: {unsourced} (of {len(run.shapes)})"
    )
    lat = sorted(run.latencies)
    p50 = 1000 * lat[len(lat) // 2]
    print(f"skillhive latency through the MCP client: p50 {p50:.1f} ms (long queries: ~200-word instructions)")
    out = args.out or HERE / "results" / f"retrieval_quality-{args.fold}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "data": args.data.name,
        "fold": args.fold,
        "memory_runs": run.memory_runs,
        "queries": run.queries,
        "methods": table,
        "skillhive_minus_cosine_p@5": {"mean": round(gain, 4), "low": round(low, 4), "high": round(high, 4)},
        "skillhive_p50_ms": round(p50, 2),
        "answers_out_of_order": unordered,
        "answers_repeating_a_task_in_top_5": repeated,
        "answers_lacking_source_fields": unsourced,
        "machine": f"{platform.machine()}, Python {platform.python_version()}",
    }
    out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    sys.exit(main())
