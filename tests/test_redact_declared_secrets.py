"""A recording agent names the secrets it knows a run holds (`record_trajectory`'s `secrets`): they are
replaced wherever the run shows them, however short or plain, counted, and never stored; the
declaration holds for that call only, so no member can blank out text in another's runs."""

from __future__ import annotations

from typing import Any

import anyio
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


async def test_declarations_made_at_the_same_time_by_two_members_each_hold_for_their_own_run_only(hive: Hive) -> None:
    async def record(caller: Caller, args: dict[str, Any], out: dict[str, str]) -> None:
        async with Client(build_server(hive, identify=lambda: caller)) as client:
            rec = await client.call_tool("record_trajectory", args)
            assert not rec.is_error, rec.content
            full = await client.call_tool("get_trajectory", {"id": rec.structured_content["id"]})
            out[caller.user] = full.content[0].text

    for attempt in range(5):  # interleaved in the server's worker threads, as concurrent clients are
        seen: dict[str, str] = {}
        async with anyio.create_task_group() as tg:
            tg.start_soon(
                record, ANA, {**trajectory(f"Wifi for the flat {attempt}: {PASSWORD}"), "secrets": [PASSWORD]}, seen
            )
            tg.start_soon(record, BEN, trajectory(f"Name the boat {attempt} {PASSWORD}, as the club voted"), seen)
        assert PASSWORD not in seen["ana"] and PASSWORD in seen["ben"]


async def test_a_short_declared_value_goes_only_where_it_stands_alone_and_as_a_number_too(hive: Hive) -> None:
    cvv = "9" + "07"
    run = trajectory(
        f"Pay the florist; the card's code is {cvv}",
        steps=[{"action": "pay", "tool_name": "pay", "tool_args": {"cvc": 907, "order": 19071, "note": "order 1907"}}],
    )
    async with Client(build_server(hive, identify=lambda: ANA)) as client:
        rec = await client.call_tool("record_trajectory", {**run, "secrets": [cvv]})
        assert not rec.is_error, rec.content
    stored = raw_docs(hive)
    assert "code is [REDACTED:secret]" in stored and '"cvc": "[REDACTED:secret]"' in stored.replace('":"', '": "')
    assert "19071" in stored and "order 1907" in stored  # inside other numbers it is not the code


async def test_a_declared_word_that_is_part_of_a_marker_leaves_the_marker_whole(hive: Hive) -> None:
    key = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0" * 2
    run = trajectory("Call the API", steps=[{"action": f"export OPENAI_API_KEY={key}", "observation": "REDACTED ok"}])
    async with Client(build_server(hive, identify=lambda: ANA)) as client:
        rec = await client.call_tool("record_trajectory", {**run, "secrets": ["REDACTED"]})
        assert not rec.is_error, rec.content
    stored = raw_docs(hive)
    assert "[[" not in stored and key not in stored and "[REDACTED:secret] ok" in stored


@pytest.mark.parametrize(
    ("secrets", "said"),
    [
        ([""], ("secrets.0:", "at least 1 character")),
        (["x" * 1024 + "leaked-tail"], ("secrets.0:", "at most 1024 characters")),
        ([f"value-{i:04d}" for i in range(33)], ("secrets:", "at most 32 items")),
    ],
)
async def test_a_declaration_out_of_bounds_is_refused_naming_the_field_and_its_limit(
    hive: Hive, secrets: list[str], said: tuple[str, str]
) -> None:
    async with Client(build_server(hive, identify=lambda: ANA)) as client:
        rec = await client.call_tool("record_trajectory", {**trajectory("Plan the trip"), "secrets": secrets})
        count = hive.backends.ledger.count_trajectories("default")
        after = await client.call_tool("record_trajectory", trajectory("Plan the trip"))
    text = rec.content[0].text
    assert rec.is_error and all(part in text for part in said), rec.content
    assert "leaked-tail" not in text and "value-0001" not in text  # the refusal does not echo the values
    assert count == 0 and not after.is_error  # nothing stored, and the server goes on serving
