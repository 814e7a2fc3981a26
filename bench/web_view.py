"""Server time of each web-view page at 10k runs, beside a floor measured in the same run: a bare
Starlette route returning the same bytes through the same ASGI driver. Requests are made in process
(no socket), signed in with a maintainer's token (so the session check and token look-up are counted).

    python bench/web_view.py --n 10000          # builds bench/out/web-10000 once, then reuses it
    python bench/web_view.py --n 2000 --repeat 10

Prints a table and writes bench/results/web_view-<n>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parents[1] / "tests"))
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from corpus import fill
from skillhive.config import load_settings
from skillhive.hive import Hive
from skillhive.models import Caller
from skillhive.store.tokens import TokenStore, id_of
from skillhive.web import web_routes
from skillhive.web.session import COOKIE, Signer, session_key
from web_hive import PASS_ID, TEAM, populate

OUT = Path(__file__).parent / "out"
RESULTS = Path(__file__).parent / "results"


def build(hive: Hive, n: int) -> float:
    started = time.perf_counter()
    fill(hive, "bench", TEAM, n)
    return time.perf_counter() - started


async def call(app: Any, path: str, cookie: str) -> tuple[int, bytes, float]:
    """One GET through the ASGI app; (status, body, seconds from the request to the last byte)."""
    raw_path, _, query = path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": raw_path,
        "raw_path": raw_path.encode(),
        "root_path": "",
        "query_string": query.encode(),
        "headers": [(b"host", b"127.0.0.1:8765"), (b"cookie", f"{COOKIE}={cookie}".encode())],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 8765),
    }
    status, chunks = 0, []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    started = time.perf_counter()
    await app(scope, receive, send)
    return status, b"".join(chunks), time.perf_counter() - started


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def measure(hive: Hive, repeat: int) -> list[dict[str, Any]]:
    tokens = TokenStore(hive.backends.ledger)
    token = tokens.create("bench-maintainer", TEAM, "maintainer").token
    token_id = id_of(token)
    assert token_id is not None
    signer = Signer(session_key(hive.backends.ledger))
    cookie = signer.dump(signer.new(token_id))
    app = Starlette(routes=web_routes(hive, tokens=tokens, hosts=["127.0.0.1:*"]))
    some_run = hive.ownership.runs(Caller(user="bench", team=TEAM), _filter(1))[0].id
    base = f"/ui/{TEAM}"
    pages = {
        "overview": f"{base}/",
        "runs": f"{base}/runs",
        "runs, page 100": f"{base}/runs?page=100",
        "runs by outcome": f"{base}/runs?outcome=failure",
        "runs by user + tag": f"{base}/runs?user=bench&tag=infra",
        "runs by words": f"{base}/runs?q=database",
        "runs by procedure": f"{base}/runs?procedure=edit_file",
        "runs by date": f"{base}/runs?since=2000-01-01&until=2100-01-01",
        "a run": f"{base}/runs/{some_run}",
        "skills": f"{base}/skills",
        "a skill (versions, outcomes)": f"{base}/skills/writing-skills",
        "evolver passes": f"{base}/passes",
        "a pass (cited runs, diff)": f"{base}/passes/{PASS_ID}",
        "reviews (with diffs)": f"{base}/reviews",
        "lessons": f"{base}/lessons",
        "a lesson": f"{base}/lessons/le_web_1",
    }
    rows = []
    for name, path in pages.items():
        status, body, _ = await call(app, path, cookie)  # warm: templates compiled, caches filled
        assert status == 200, (name, status, body[:300])

        async def same(_: Request, body: bytes = body) -> Response:
            return HTMLResponse(body)

        floor_app = Starlette(routes=[Route(path.partition("?")[0], same)])
        page_t, floor_t = [], []
        for _ in range(repeat):
            page_t.append((await call(app, path, cookie))[2])
            floor_t.append((await call(floor_app, path, cookie))[2])
        rows.append(
            {
                "page": name,
                "path": path,
                "bytes": len(body),
                "median_ms": statistics.median(page_t) * 1000,
                "p95_ms": pct(page_t, 95) * 1000,
                "floor_median_ms": statistics.median(floor_t) * 1000,
            }
        )
    return rows


def _filter(limit: int) -> Any:
    from skillhive.usecases.ownership import RunFilter

    return RunFilter(limit=limit)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    data = OUT / f"web-{args.n}"
    settings = load_settings(data_dir=str(data), team=TEAM, user="bench")
    hive = Hive(settings)
    try:
        fresh = hive.backends.ledger.count_trajectories(TEAM) == 0
        build_s = build(hive, args.n)
        if fresh:
            populate(hive)  # a lesson, an evolver pass with a gate's refusal, a review waiting, two teams
        runs = hive.backends.ledger.count_trajectories(TEAM)
        rows = asyncio.run(measure(hive, args.repeat))
    finally:
        hive.close()
    print(f"{runs} runs in team {TEAM} (built in {build_s:.1f}s); {args.repeat} requests a page\n")
    print(f"{'page':32} {'bytes':>8} {'median ms':>10} {'p95 ms':>8} {'floor ms':>9}")
    for r in rows:
        print(
            f"{r['page']:32} {r['bytes']:>8} {r['median_ms']:>10.1f} {r['p95_ms']:>8.1f} {r['floor_median_ms']:>9.2f}"
        )
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / f"web_view-{args.n}.json"
    out.write_text(
        json.dumps({"runs": runs, "repeat": args.repeat, "python": platform.python_version(), "pages": rows}, indent=2)
    )
    print(f"\nwrote {out}")


if __name__ == "__main__":
    main()
