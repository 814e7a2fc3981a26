"""The hive's HTTP app on a real loopback port (uvicorn in a thread) and SDK clients with bearer tokens."""

from __future__ import annotations

import subprocess
import threading
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from typing import Any

import anyio
import httpx2
import uvicorn
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from skillhive.hive import Hive
from skillhive.http import HttpApp, build_http_app, uvicorn_config

STARTUP_TIMEOUT = 30.0

INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
}
MCP_HEADERS = {"accept": "application/json, text/event-stream", "content-type": "application/json"}


@dataclass(frozen=True)
class Running:
    http: HttpApp
    base: str  # http://127.0.0.1:PORT

    @property
    def mcp_url(self) -> str:
        return f"{self.base}/mcp"


@contextmanager
def serve(hive: Hive, **options: Any) -> Iterator[Running]:
    """`build_http_app(hive, **options)` served by uvicorn on a free loopback port until the block ends."""
    http = build_http_app(hive, host="127.0.0.1", port=0, **options)
    server = uvicorn.Server(uvicorn_config(http, timeout_graceful_shutdown=None))
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the HTTP app did not start")
            time.sleep(0.005)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield Running(http=http, base=f"http://127.0.0.1:{port}")
    finally:
        server.should_exit = True
        thread.join(timeout=STARTUP_TIMEOUT)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@asynccontextmanager
async def connect(url: str, token: str | None, mode: str = "auto") -> AsyncIterator[Client]:
    """The SDK's client over streamable HTTP, sending `token`; no client-side cache, so every call reaches the hive."""
    async with (
        httpx2.AsyncClient(headers=bearer(token) if token else {}, timeout=60) as http,
        Client(streamable_http_client(url, http_client=http), mode=mode, cache=None) as client,
    ):
        yield client


async def until_healthy(base: str, proc: subprocess.Popen[str]) -> None:
    """Wait until a `skillhive serve --transport http` process answers `/healthz` (the caller bounds the wait)."""
    async with httpx2.AsyncClient() as http:
        while True:
            try:
                if (await http.get(f"{base}/healthz")).status_code == 200:
                    return
            except httpx2.TransportError:
                assert proc.poll() is None, proc.communicate()[1]
            await anyio.sleep(0.1)
