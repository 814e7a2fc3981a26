"""A recording agent names the secrets it knows a run holds (`record_trajectory`'s `secrets`): they are
replaced wherever the run shows them, however short or plain, counted, and never stored; the
declaration holds for that call only, so no member can blank out text in another's runs."""

from __future__ import annotations

from typing import Any

import pytest
from mcp import Client

from conftest import trajectory
from skillhive.hive import Hive
from skillhive.mcp_app import build_server
from skillhive.models import Caller

pytestmark = pytest.mark.anyio

ANA = Caller(user="ana", team="default")
BEN = Caller(user="ben", team="default")
PIN = "4" + "471"
PASSWORD = "bluebell" + "-harbour"  # words and a dash: nothing the rules read as a password on its own


def raw_docs(hive: Hive) -> str:
    return "\n".join(str(r["doc"]) for r in hive.backends.ledger.read("SELECT doc FROM trajectories"))


def run_with_secrets() -> dict[str, Any]:
    return trajectory(
        f"Let the cleaner in; the alarm is {PIN} and the wifi is {PASSWORD}",
        steps=[
            {
                "thought": f"disarm with {PIN}",
                "action": "alarm.disarm",
                "tool_name": "alarm",
                "tool_args": {"code": PIN, "note": f"wifi {PASSWORD}", PASSWORD: "as a key"},
                "observation": PIN,
            }
        ],
        tags=[f"wifi-{PASSWORD}"],
        outcome={"status": "success", "feedback": f"door opened with {PIN}"},
    )


async def test_declared_secrets_are_replaced_in_every_field_counted_and_never_stored(hive: Hive) -> None:
    async with Client(build_server(hive, identify=lambda: ANA)) as client:
        rec = await client.call_tool("record_trajectory", {**run_with_secrets(), "secrets": [PIN, PASSWORD]})
        assert not rec.is_error, rec.content
        full = await client.call_tool("get_trajectory", {"id": rec.structured_content["id"]})

    assert rec.structured_content["redactions"] >= 8
    shown, stored = full.content[0].text, raw_docs(hive)
    for text in (shown, stored):
        assert PIN not in text and PASSWORD not in text and "[REDACTED:secret]" in text


async def test_without_the_declaration_the_same_run_keeps_what_the_rules_do_not_read_as_secrets(hive: Hive) -> None:
    async with Client(build_server(hive, identify=lambda: ANA)) as client:
        rec = await client.call_tool("record_trajectory", run_with_secrets())
        assert not rec.is_error, rec.content
    assert PASSWORD in raw_docs(hive)  # what the mechanism under test is for


async def test_one_members_declaration_leaves_another_members_run_as_recorded(hive: Hive) -> None:
    async with Client(build_server(hive, identify=lambda: ANA)) as ana:
        own = await ana.call_tool("record_trajectory", {**trajectory("Book the boat trip"), "secrets": [PASSWORD]})
        assert not own.is_error, own.content
    async with Client(build_server(hive, identify=lambda: BEN)) as ben:
        theirs = await ben.call_tool(
            "record_trajectory", trajectory(f"Name the new boat {PASSWORD}, as the club voted")
        )
        assert not theirs.is_error, theirs.content
        full = await ben.call_tool("get_trajectory", {"id": theirs.structured_content["id"]})
    assert PASSWORD in full.content[0].text and theirs.structured_content["redactions"] == 0


@pytest.mark.parametrize(
    ("secrets", "said"),
    [
        (["abc"], ("secrets.0:", "at least 4 characters")),
        (["x" * 4097], ("secrets.0:", "at most 4096 characters")),
        ([f"value-{i:04d}" for i in range(65)], ("secrets:", "at most 64 items")),
    ],
)
async def test_a_declaration_out_of_bounds_is_refused_naming_the_field_and_its_limit(
    hive: Hive, secrets: list[str], said: tuple[str, str]
) -> None:
    async with Client(build_server(hive, identify=lambda: ANA)) as client:
        rec = await client.call_tool("record_trajectory", {**trajectory("Plan the trip"), "secrets": secrets})
        count = hive.backends.ledger.count_trajectories("default")
        after = await client.call_tool("record_trajectory", trajectory("Plan the trip"))
    assert rec.is_error and all(part in rec.content[0].text for part in said), rec.content
    assert count == 0 and not after.is_error  # nothing stored, and the server goes on serving
