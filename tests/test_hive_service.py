"""The tool surface is declared once: `mcp_app.HiveService` and its `TOOLS`. Both hives implement every
member of the protocol with its signature, and the MCP server registers exactly those tools."""

from __future__ import annotations

import inspect
import typing
from typing import Any

import pytest
from mcp import Client

from skillhive.hive import Hive
from skillhive.mcp_app import TOOLS, HiveService
from skillhive.mcp_boundary import HiveMCPServer
from skillhive.mcp_curation import register_curation_tools
from skillhive.models import Caller
from skillhive.upstream.service import UpstreamHive

METHODS = sorted(n for n, v in vars(HiveService).items() if inspect.isfunction(v) and not n.startswith("_"))
ATTRIBUTES = sorted(typing.get_type_hints(HiveService))


def differences(cls: type) -> list[str]:
    """Where `cls` departs from HiveService: a method missing, or a signature unlike the protocol's."""
    out = []
    for name in METHODS:
        found = getattr(cls, name, None)
        if not callable(found):
            out.append(f"{cls.__name__}.{name} is missing")
            continue
        wanted = inspect.signature(getattr(HiveService, name), eval_str=True)
        got = inspect.signature(found, eval_str=True)
        if got != wanted:
            out.append(f"{cls.__name__}.{name}{got} is not {name}{wanted}")
    return out


@pytest.mark.parametrize("cls", [Hive, UpstreamHive])
def test_each_hive_implements_every_method_of_the_hive_service_with_its_signature(cls: type) -> None:
    assert differences(cls) == []


def test_a_hive_whose_method_departs_from_the_protocol_is_found() -> None:
    class Drifted(Hive):
        def retrieve(self, caller: Caller, request: Any, budget: int = 0) -> Any:  # type: ignore[override]
            raise NotImplementedError

    found = differences(Drifted)
    assert len(found) == 1 and found[0].startswith("Drifted.retrieve(") and "budget" in found[0]


def test_the_local_hive_has_every_attribute_of_the_hive_service(hive: Hive) -> None:
    assert [a for a in ATTRIBUTES if not hasattr(hive, a)] == []


def test_every_tool_is_answered_by_a_method_of_the_hive_service() -> None:
    assert sorted(set(TOOLS.values()) - set(METHODS)) == []


@pytest.mark.anyio
async def test_the_server_registers_exactly_the_declared_tools_and_the_curation_tools(hive: Hive) -> None:
    assert hive.curation is not None
    curation = HiveMCPServer("curation-only", caller=lambda: Caller(user="a", team="t", role="admin"))
    register_curation_tools(curation, hive.curation, curation.caller)
    curation_tools = {t.name for t in await curation.list_tools()}
    from skillhive.mcp_app import build_server

    async with Client(build_server(hive)) as client:
        listed = {t.name for t in (await client.list_tools()).tools}
    assert listed - curation_tools == set(TOOLS) and curation_tools <= listed
