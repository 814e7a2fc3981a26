"""A light MCP load client: raw JSON-RPC over streamable HTTP, run as its own process.

It does as little as a client can (no SDK, no schema checks, one keep-alive connection per session),
so that on a shared machine the CPU goes to the server being measured. Each session initializes
once, then calls one tool in a loop with generated arguments. Spread over several hive replicas by
giving several URLs (sessions are assigned round robin).

    python bench/load_client.py --url http://127.0.0.1:8080/mcp --tokens tokens.json \\
        --tool record_trajectory --sessions 8 --calls 50 --out result.json

Writes {calls, errors, first_errors, latencies_ms, acked: {trajectory id: team}, wall_s}.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx2

PROTOCOL = "2025-06-18"
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


def arguments(
    tool: str, rng: random.Random, session: int, call: int, skills: Sequence[str] = ("using-skillhive",)
) -> dict[str, Any]:
    """The arguments of one call: a unique run to record, a query, or one of `skills` to read."""
    if tool == "record_trajectory":
        task = rng.choice(TASKS)
        return {
            "task": f"{task} (session {session}, call {call}, nonce {rng.getrandbits(48)})",
            "steps": [
                {"thought": "look before acting", "action": f"inspect: {task[:40]}", "observation": "found the cause"},
                {"thought": "apply the fix", "action": "apply and verify", "observation": "checks pass"},
            ],
            "outcome": {"status": rng.choice(("success", "success", "failure", "partial"))},
            "tags": [f"s{session % 5}"],
        }
    if tool == "retrieve_experience":
        return {"query": rng.choice(QUERIES + TASKS), "k": 5}
    if tool == "get_skill":
        return {"name": rng.choice(skills)}
    return {}


def _answer(response: httpx2.Response, request_id: int) -> dict[str, Any]:
    """The JSON-RPC answer to `request_id`, from a JSON body or from the SSE stream."""
    response.raise_for_status()
    if response.headers.get("content-type", "").startswith("application/json"):
        return dict(response.json())
    for line in response.text.splitlines():
        if line.startswith("data:"):
            message = json.loads(line[5:])
            if message.get("id") == request_id:
                return dict(message)
    raise RuntimeError(f"no answer to request {request_id} in the response")


class Session:
    def __init__(self, http: httpx2.AsyncClient, url: str, token: str) -> None:
        self.http, self.url = http, url
        self.headers = {
            "authorization": f"Bearer {token}",
            "accept": "application/json, text/event-stream",
            "content-type": "application/json",
        }
        self.next_id = 0

    async def post(self, message: dict[str, Any]) -> httpx2.Response:
        return await self.http.post(self.url, headers=self.headers, content=json.dumps(message))

    async def open(self) -> None:
        init = {
            "jsonrpc": "2.0",
            "id": 0,
            "method": "initialize",
            "params": {"protocolVersion": PROTOCOL, "capabilities": {}, "clientInfo": {"name": "load", "version": "1"}},
        }
        response = await self.post(init)
        _answer(response, 0)
        self.headers["mcp-session-id"] = response.headers["mcp-session-id"]
        self.headers["mcp-protocol-version"] = PROTOCOL
        (await self.post({"jsonrpc": "2.0", "method": "notifications/initialized"})).raise_for_status()

    async def ping(self) -> None:
        """The cheapest request there is: what HTTP, auth and JSON-RPC cost the server alone."""
        self.next_id += 1
        answer = _answer(await self.post({"jsonrpc": "2.0", "id": self.next_id, "method": "ping"}), self.next_id)
        if "error" in answer:
            raise RuntimeError(f"JSON-RPC error: {answer['error']}")

    async def call(self, tool: str, args: dict[str, Any]) -> dict[str, Any]:
        self.next_id += 1
        message = {
            "jsonrpc": "2.0",
            "id": self.next_id,
            "method": "tools/call",
            "params": {"name": tool, "arguments": args},
        }
        answer = _answer(await self.post(message), self.next_id)
        if "error" in answer:
            raise RuntimeError(f"JSON-RPC error: {answer['error']}")
        result = answer["result"]
        if result.get("isError"):
            raise RuntimeError(f"tool error: {result['content'][0]['text'][:300]}")
        return dict(result.get("structuredContent") or {})


async def run(
    urls: list[str], tokens: list[tuple[str, str]], tool: str, sessions: int, calls: int, seed: int
) -> dict[str, Any]:
    out: dict[str, Any] = {"calls": 0, "errors": 0, "first_errors": [], "latencies_ms": [], "acked": {}}
    opened: list[tuple[Session, str]] = []
    limits = httpx2.Limits(max_connections=sessions, max_keepalive_connections=sessions)
    async with httpx2.AsyncClient(timeout=120, limits=limits) as http:
        for n in range(sessions):
            team, token = tokens[n % len(tokens)]
            session = Session(http, urls[n % len(urls)], token)
            await session.open()
            opened.append((session, team))

        async def loop(n: int, session: Session, team: str) -> None:
            rng = random.Random(seed * 1_000_003 + n)
            for call in range(calls):
                args = arguments(tool, rng, n, call)
                t0 = time.perf_counter()
                try:
                    result = await session.call(tool, args) if tool != "ping" else {}
                    if tool == "ping":
                        await session.ping()
                except Exception as exc:  # counted, and the session goes on
                    out["errors"] += 1
                    if len(out["first_errors"]) < 5:
                        out["first_errors"].append(f"{type(exc).__name__}: {exc}"[:300])
                    continue
                out["latencies_ms"].append((time.perf_counter() - t0) * 1000)
                out["calls"] += 1
                if tool == "record_trajectory":
                    out["acked"][result["id"]] = team

        started = time.perf_counter()
        await asyncio.gather(*(loop(n, s, team) for n, (s, team) in enumerate(opened)))
        out["wall_s"] = time.perf_counter() - started
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", action="append", required=True, help="an MCP endpoint (repeat for replicas)")
    ap.add_argument("--tokens", type=Path, required=True, help="a JSON list of [team, token] pairs")
    ap.add_argument("--tool", required=True, choices=("record_trajectory", "retrieve_experience", "get_skill", "ping"))
    ap.add_argument("--sessions", type=int, default=8)
    ap.add_argument("--calls", type=int, default=50, help="calls per session")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    tokens = [tuple(pair) for pair in json.loads(args.tokens.read_text())]
    result = asyncio.run(run(args.url, tokens, args.tool, args.sessions, args.calls, args.seed))  # type: ignore[arg-type]
    args.out.write_text(json.dumps(result))


if __name__ == "__main__":
    main()
