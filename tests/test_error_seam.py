"""One error seam: tools, resources and the Skills extension show a client the same masked message
(the part that failed and an error id, logged with the traceback), and both ledger engines raise
StorageError for any driver error."""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError

from backends import both
from skillhive.errors import StorageError
from skillhive.hive import Hive
from skillhive.mcp_app import build_server
from skillhive.models import Caller
from skillhive.skills_extension import (
    GetSkillParams,
    GetSkillRequest,
    GetSkillResult,
    ListSkillsRequest,
    ListSkillsResult,
)
from skillhive.store.ledger import Ledger
from skillhive.store.sqlite.database import SqliteDatabase

MASKED = re.compile(r"failed in storage \[error (?P<id>[0-9a-f]{12})\]; the details are in the server's log$")
BOB = Caller(user="bob", team="team-b", role="member")


def break_the_ledger(hive: Hive) -> None:
    """The table of team folders gone, as in a damaged file: the next new team's claim fails in the driver."""
    with sqlite3.connect(hive.settings.ledger_path) as conn:
        conn.execute("DROP TABLE team_skills")


def masked_id(message: str, caplog: pytest.LogCaptureFixture) -> str:
    found = MASKED.search(message)
    assert found is not None, message
    assert "team_skills" not in message and "no such table" not in message and "ledger" not in message
    assert f"[error {found['id']}]" in caplog.text and "no such table: team_skills" in caplog.text
    return found["id"]


@pytest.mark.anyio
async def test_a_resource_read_whose_ledger_fails_answers_the_masked_message_with_an_error_id(
    hive: Hive, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        async with Client(build_server(hive, lambda: BOB)) as client:
            break_the_ledger(hive)  # once the hive has started: team-b is new, team-a's folder is known
            with pytest.raises(MCPError) as caught:
                await client.read_resource("skill://using-skillhive/SKILL.md")
    masked_id(str(caught.value), caplog)


@pytest.mark.anyio
async def test_listing_resources_when_the_ledger_fails_answers_the_masked_message(
    hive: Hive, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        async with Client(build_server(hive, lambda: BOB)) as client:
            break_the_ledger(hive)  # once the hive has started: team-b is new, team-a's folder is known
            with pytest.raises(MCPError) as caught:
                await client.list_resources()
    masked_id(str(caught.value), caplog)


@pytest.mark.anyio
async def test_the_skills_extension_answers_a_failing_ledger_with_the_masked_message(
    hive: Hive, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        async with Client(build_server(hive, lambda: BOB)) as client:
            break_the_ledger(hive)  # once the hive has started: team-b is new, team-a's folder is known
            with pytest.raises(MCPError) as listed:
                await client.session.send_request(ListSkillsRequest(), ListSkillsResult)
            with pytest.raises(MCPError) as got:
                request = GetSkillRequest(params=GetSkillParams(uri="skill://using-skillhive/SKILL.md"))
                await client.session.send_request(request, GetSkillResult)
    assert masked_id(str(listed.value), caplog) != masked_id(str(got.value), caplog)


@pytest.mark.anyio
async def test_a_tool_whose_ledger_fails_answers_the_same_masked_message(
    hive: Hive, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        async with Client(build_server(hive, lambda: BOB)) as client:
            break_the_ledger(hive)  # once the hive has started: team-b is new, team-a's folder is known
            result = await client.call_tool("list_skills", {})
    assert result.is_error
    text = result.content[0].text  # type: ignore[union-attr]
    masked_id(text, caplog)


@both
def test_a_driver_error_in_a_read_or_a_write_surfaces_as_storage_error(ledger: Ledger) -> None:
    with pytest.raises(StorageError):
        ledger.read("SELECT id FROM no_such_table")
    with pytest.raises(StorageError), ledger.db.transaction() as tx:
        tx.execute("INSERT INTO no_such_table (id) VALUES (?)", ("x",))
    ledger.ping()  # the failed transaction was rolled back: the ledger still answers


def test_a_corrupt_sqlite_file_surfaces_as_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    path.write_bytes(b"not a database, " * 512)
    with pytest.raises(StorageError, match="ledger"):
        SqliteDatabase(path)


def test_a_locked_sqlite_file_surfaces_as_storage_error(tmp_path: Path) -> None:
    db = SqliteDatabase(tmp_path / "ledger.db")
    db.read("PRAGMA busy_timeout = 0")  # this thread's connection gives up at once
    db.read("PRAGMA journal_mode = DELETE")  # without WAL, a writer's exclusive lock stops readers too
    holder = sqlite3.connect(tmp_path / "ledger.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StorageError, match="locked"):
            db.read("SELECT count(*) AS n FROM trajectories")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        db.close()
