"""What callers and users may type: tags of any script and emoji, user names of any script, numbers
JSON can hold, and settings variables whose names exist."""

from __future__ import annotations

import json
from pathlib import Path

import httpx2
import pytest
from mcp import Client

from conftest import trajectory
from hive_http import INITIALIZE, MCP_HEADERS, serve
from skillhive.config import Settings, warn_unknown_variables
from skillhive.hive import Hive
from skillhive.store.tokens import TokenStore
from test_cli import run

pytestmark = pytest.mark.anyio


async def test_an_emoji_tag_is_kept_and_filters_like_any_other_tag(client: Client) -> None:
    rec = await client.call_tool("record_trajectory", trajectory("Ship the release build", tags=["deploy", "🚀"]))
    assert not rec.is_error, rec.content
    found = await client.call_tool("retrieve_experience", {"query": "ship the release build", "tags": ["🚀"]})
    assert [i["id"] for i in found.structured_content["items"]] == [rec.structured_content["id"]]
    spaced = await client.call_tool("record_trajectory", trajectory("Ship it again", tags=["two words"]))
    assert spaced.is_error and "tags" in str(spaced.content)


async def test_an_infinite_number_in_tool_arguments_is_refused_naming_the_field(hive: Hive) -> None:
    """`1e999999` in the request's JSON parses as infinity, which the ledger would give back as null.
    Over real HTTP: the SDK's own client turns infinity into null before sending."""
    call = (
        '{"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": "record_trajectory", "arguments":'
        ' {"task": "Resize the volume", "outcome": {"status": "success"},'
        ' "steps": [{"action": "resize", "tool_name": "resize", "tool_args": {"size": 1e999999}}]}}}'
    )
    with serve(hive, auth="off") as running:
        async with httpx2.AsyncClient(timeout=60) as http:
            opened = await http.post(running.mcp_url, content=json.dumps(INITIALIZE), headers=MCP_HEADERS)
            session = {**MCP_HEADERS, "mcp-session-id": opened.headers["mcp-session-id"]}
            session["mcp-protocol-version"] = "2025-06-18"
            initialized = '{"jsonrpc": "2.0", "method": "notifications/initialized"}'
            await http.post(running.mcp_url, content=initialized, headers=session)
            answer = await http.post(running.mcp_url, content=call, headers=session)
    data = next(line for line in answer.text.splitlines() if line.startswith("data: "))
    result = json.loads(data.removeprefix("data: "))["result"]
    assert result["isError"], result
    assert result["content"][0]["text"].startswith("steps[0].tool_args.size: must be a finite number")
    assert hive.backends.ledger.count_trajectories("team-a") == 0


def test_user_and_team_names_may_be_letters_of_any_script_in_one_form(tmp_path: Path, hive: Hive) -> None:
    assert Settings(data_dir=tmp_path, user="José", team="équipe").user == "José"
    tokens = TokenStore(hive.backends.ledger)
    decomposed = tokens.create("Jose\u0301", "team-a")  # e + combining accent: the same name as é
    assert decomposed.info.user == "José"
    assert tokens.verify(decomposed.token).user == "José"  # type: ignore[union-attr]
    with pytest.raises(Exception, match="letters of any script"):
        tokens.create("-José", "team-a")


def test_import_accepts_a_user_name_with_an_accent(tmp_path: Path) -> None:
    src = tmp_path / "runs.jsonl"
    src.write_text(json.dumps(trajectory("Rotate the signing key")) + "\n")
    out = run(tmp_path / "data", "import", str(src), "--user", "José", "--no-progress")
    assert out.returncode == 0, out.stderr


def test_a_mistyped_skillhive_variable_is_named_with_the_closest_real_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert warn_unknown_variables({"SKILLHIVE_USR": "bob", "SKILLHIVE_TEAM": "a", "HOME": "/"}) == [
        "SKILLHIVE_USR is not a skillhive setting and is ignored; did you mean SKILLHIVE_USER?"
    ]
    monkeypatch.setenv("SKILLHIVE_USR", "bob")
    out = run(tmp_path / "data", "skills", "list")
    assert out.returncode == 0, out.stderr
    assert "SKILLHIVE_USR is not a skillhive setting and is ignored; did you mean SKILLHIVE_USER?" in out.stderr
