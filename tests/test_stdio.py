"""The server as a client launches it: a real `skillhive serve` subprocess over stdio."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from contextlib import suppress
from pathlib import Path

import anyio
import pytest
from mcp import Client, StdioServerParameters

from conftest import SEED, trajectory

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


def server_params(data_dir: Path, user: str = "alice") -> StdioServerParameters:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "SKILLHIVE_DATA_DIR": str(data_dir),
        "SKILLHIVE_USER": user,
        "SKILLHIVE_TEAM": "team-a",
        "SKILLHIVE_SEED_SKILLS": str(SEED),
        "SKILLHIVE_LOG_LEVEL": "INFO",
    }
    return StdioServerParameters(command=sys.executable, args=["-m", "skillhive.cli", "serve"], env=env)


async def test_stdio_server_lists_tools_records_and_retrieves(tmp_path: Path) -> None:
    with anyio.fail_after(120):
        async with Client(server_params(tmp_path / "data")) as client:
            names = {t.name for t in (await client.list_tools()).tools}
            assert {"record_trajectory", "retrieve_experience", "get_skill"} <= names
            rec = await client.call_tool("record_trajectory", trajectory("Compile the Rust crate with cargo build"))
            assert not rec.is_error, rec.content
            found = await client.call_tool("retrieve_experience", {"query": "build a rust project"})
            assert found.structured_content["items"][0]["id"] == rec.structured_content["id"]
            full = await client.call_tool("get_trajectory", {"id": rec.structured_content["id"]})
            assert full.structured_content["user"] == "alice"


async def test_two_servers_on_one_data_directory_lose_no_writes(tmp_path: Path) -> None:
    """A user with two MCP clients open: both processes write at once; every write survives."""
    data = tmp_path / "data"
    per_client = 15
    ids: dict[str, list[str]] = {"a": [], "b": []}

    languages = "german french spanish italian dutch polish czech greek turkish hindi korean thai arabic hebrew finnish"
    tasks = {
        "a": [f"Resize the product images in folder {n} to 800 pixels wide" for n in range(per_client)],
        "b": [f"Translate the {lang} subtitles of the onboarding video" for lang in languages.split()],
    }

    async def writer(name: str, client: Client) -> None:
        for n in range(per_client):
            res = await client.call_tool("record_trajectory", trajectory(tasks[name][n]))
            assert not res.is_error, res.content
            ids[name].append(res.structured_content["id"])

    with anyio.fail_after(240):
        async with Client(server_params(data)) as a, Client(server_params(data, user="alice")) as b:
            async with anyio.create_task_group() as tg:
                tg.start_soon(writer, "a", a)
                tg.start_soon(writer, "b", b)
            # each process sees the other's writes, by id and by search
            other = await b.call_tool("get_trajectory", {"id": ids["a"][0]})
            assert not other.is_error
            # The vector index is eventually consistent across processes: wait until the shared
            # outbox is drained (a caller's own newest runs are found even before that).
            while sqlite3.connect(data / "ledger.db").execute("SELECT count(*) FROM outbox").fetchone()[0]:
                await anyio.sleep(0.1)
            found = await a.call_tool("retrieve_experience", {"query": "italian subtitles for the video", "k": 3})
            assert ids["b"][3] in [i["id"] for i in found.structured_content["items"]]

    db = sqlite3.connect(data / "ledger.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM trajectories").fetchone()[0] == 2 * per_client
    assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0


async def test_stdout_carries_only_the_protocol(tmp_path: Path) -> None:
    """Anything else on stdout would corrupt the stream; a clean session proves none was written."""
    with anyio.fail_after(120):
        async with Client(server_params(tmp_path / "data")) as client:
            for _ in range(3):
                res = await client.call_tool("retrieve_experience", {"query": "anything at all"})
                assert not res.is_error
            bad = await client.call_tool("get_skill", {"name": "../etc"})
            assert bad.is_error
            assert not (await client.call_tool("list_skills", {})).is_error


INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
}


async def initialise_then_close_stdin(params: StdioServerParameters) -> tuple[int, str]:
    """Start the server, initialise, close stdin as soon as it has begun loading the model; its exit
    code and stderr. (A client that only wanted the handshake, or quit at once.)"""
    process = await anyio.open_process([params.command, *params.args], env=params.env)
    assert process.stdin and process.stdout and process.stderr
    stderr = b""
    try:
        await process.stdin.send((json.dumps(INITIALIZE) + "\n").encode())
        answer = b""
        while b"\n" not in answer:
            answer += await process.stdout.receive()
        assert json.loads(answer.split(b"\n")[0])["id"] == 1
        await process.stdin.send(b'{"jsonrpc": "2.0", "method": "notifications/initialized"}\n')
        while b"warming up" not in stderr:  # the model is loading (native threads) when stdin closes
            stderr += await process.stderr.receive()
        await process.stdin.aclose()
        with suppress(anyio.EndOfStream):
            while True:
                stderr += await process.stderr.receive()
        return await process.wait(), stderr.decode(errors="replace")
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()


async def test_a_client_closing_stdin_right_after_initialising_gets_a_clean_exit_every_time(tmp_path: Path) -> None:
    params = server_params(tmp_path / "data")
    params.env = {**(params.env or {}), "SKILLHIVE_LOG_LEVEL": "DEBUG", "SKILLHIVE_EVOLVE_IN_SERVER": "false"}
    with anyio.fail_after(600):
        for attempt in range(10):
            code, stderr = await initialise_then_close_stdin(params)
            assert code == 0, f"attempt {attempt}: exit {code}\n{stderr[-2000:]}"
            assert "terminate called" not in stderr
