"""The MCP tools end to end through the SDK's in-memory client."""

from __future__ import annotations

import pytest
from mcp import Client

from backends import both
from conftest import trajectory
from skillhive.hive import Hive

pytestmark = [pytest.mark.anyio, both]

PYTEST_FIX = trajectory(
    "Fix the failing pytest run: ModuleNotFoundError: No module named 'requests'",
    steps=[
        {
            "thought": "run the tests",
            "action": "pytest -q",
            "observation": "ModuleNotFoundError: No module named 'requests'",
        },
        {
            "thought": "the dependency is missing",
            "action": "pip install requests",
            "observation": "Successfully installed",
        },
        {"thought": "again", "action": "pytest -q", "observation": "12 passed"},
    ],
    tags=["python", "ci"],
    skills_used=["using-skillhive"],
)


async def test_tools_are_listed_with_descriptions_schemas_and_read_only_hints(client: Client) -> None:
    tools = {t.name: t for t in (await client.list_tools()).tools}
    assert set(tools) >= {
        "record_trajectory", "retrieve_experience", "get_trajectory", "list_skills",
        "get_skill", "read_skill_file", "report_skill_outcome",
    }  # fmt: skip
    for name in ("retrieve_experience", "get_trajectory", "list_skills", "get_skill", "read_skill_file"):
        assert tools[name].annotations is not None and tools[name].annotations.read_only_hint is True, name
    assert not tools["record_trajectory"].annotations.read_only_hint  # the default, left out of the listing
    assert tools["record_trajectory"].annotations.destructive_hint is False
    assert tools["forget_trajectory"].annotations.destructive_hint is True
    props = tools["retrieve_experience"].input_schema["properties"]
    assert props["query"]["description"] and props["k"]["maximum"] == 50
    # Compact schemas: no pydantic titles, no output schemas (results are compact JSON).
    assert "title" not in props["query"] and "title" not in tools["retrieve_experience"].input_schema
    assert all(t.output_schema is None for t in tools.values())


async def test_recorded_run_is_retrieved_for_a_similar_task_and_readable_in_full(client: Client) -> None:
    rec = await client.call_tool("record_trajectory", PYTEST_FIX)
    assert not rec.is_error, rec.content
    tid = rec.structured_content["id"]
    assert rec.structured_content["created"] is True

    found = await client.call_tool("retrieve_experience", {"query": "tests fail because a python package is missing"})
    assert not found.is_error, found.content
    items = found.structured_content["items"]
    first = next(i for i in items if i["kind"] == "trajectory")
    assert first["id"] == tid
    assert first["outcome"] == "success"
    assert "pip install requests" in first["summary"]
    assert first["why"]

    full = await client.call_tool("get_trajectory", {"id": tid})
    assert not full.is_error
    assert full.structured_content["user"] == "alice"
    assert full.structured_content["team"] == "team-a"
    assert [s["action"] for s in full.structured_content["steps"]] == [
        "pytest -q",
        "pip install requests",
        "pytest -q",
    ]
    assert full.structured_content["skills_used"] == [{"name": "using-skillhive"}]


async def test_recording_the_same_run_twice_returns_the_same_id_and_stores_it_once(client: Client, hive: Hive) -> None:
    first = await client.call_tool("record_trajectory", PYTEST_FIX)
    again = await client.call_tool("record_trajectory", PYTEST_FIX)
    assert first.structured_content["id"] == again.structured_content["id"]
    assert again.structured_content["created"] is False
    assert hive.backends.ledger.count_trajectories("team-a") == 1


async def test_secrets_are_redacted_before_storage_and_counted(client: Client, hive: Hive) -> None:
    key = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0" * 2
    rec = await client.call_tool(
        "record_trajectory",
        trajectory(
            "Call the API",
            steps=[{"action": f"export OPENAI_API_KEY={key}", "observation": "ok"}],
        ),
    )
    assert rec.structured_content["redactions"] >= 1
    full = await client.call_tool("get_trajectory", {"id": rec.structured_content["id"]})
    assert key not in full.content[0].text
    raw = hive.backends.ledger.read("SELECT doc FROM trajectories")[0]["doc"]
    assert key not in raw and "REDACTED" in raw


async def test_step_level_query_with_an_exact_error_finds_the_run_that_hit_it(client: Client) -> None:
    await client.call_tool("record_trajectory", PYTEST_FIX)
    await client.call_tool(
        "record_trajectory",
        trajectory("Write a haiku about autumn leaves", steps=[{"action": "write", "observation": "five seven five"}]),
    )
    found = await client.call_tool(
        "retrieve_experience",
        {"query": "ModuleNotFoundError: No module named 'requests'", "kinds": ["trajectory"]},
    )
    assert found.structured_content["items"][0]["title"].startswith("Fix the failing pytest run")


async def test_outcome_and_tag_filters_narrow_the_results(client: Client) -> None:
    await client.call_tool("record_trajectory", PYTEST_FIX)
    failed = trajectory(
        "Fix the failing pytest run on the CI server",
        status="failure",
        steps=[{"action": "pytest", "observation": "ImportError: cannot import name 'x'"}],
        tags=["ci"],
    )
    await client.call_tool("record_trajectory", failed)
    only_failures = await client.call_tool(
        "retrieve_experience", {"query": "failing pytest run", "outcome": "failure", "kinds": ["trajectory"]}
    )
    assert [i["outcome"] for i in only_failures.structured_content["items"]] == ["failure"]
    tagged = await client.call_tool(
        "retrieve_experience", {"query": "failing pytest run", "tags": ["python"], "kinds": ["trajectory"]}
    )
    assert len(tagged.structured_content["items"]) == 1
    assert tagged.structured_content["items"][0]["outcome"] == "success"


async def test_near_identical_runs_are_folded_into_one_item(client: Client) -> None:
    for n in range(4):
        run = trajectory(
            "Rotate the nginx logs on the web server",
            steps=[{"action": "logrotate -f /etc/logrotate.d/nginx", "observation": f"rotated ({n})"}],
        )
        await client.call_tool("record_trajectory", run)
    found = await client.call_tool("retrieve_experience", {"query": "rotate nginx logs", "kinds": ["trajectory"]})
    items = found.structured_content["items"]
    assert len(items) == 1
    assert len(items[0]["similar"]) == 3


async def test_results_fit_the_token_budget(client: Client) -> None:
    for n in range(12):
        await client.call_tool(
            "record_trajectory",
            trajectory(
                f"Deploy service number {n} to the staging cluster with kubectl",
                steps=[
                    {
                        "action": f"kubectl apply -f svc{n}.yaml " + "x" * 300,
                        "observation": "configured " * 40,
                    }
                ],
            ),
        )
    small = await client.call_tool(
        "retrieve_experience", {"query": "deploy to staging with kubectl", "k": 10, "max_tokens": 200}
    )
    res = small.structured_content
    assert res["tokens"] <= 200
    assert 1 <= len(res["items"]) < 10
    large = await client.call_tool(
        "retrieve_experience", {"query": "deploy to staging with kubectl", "k": 10, "max_tokens": 5000}
    )
    assert len(large.structured_content["items"]) > len(res["items"])


async def test_skills_are_listed_loaded_and_their_files_read(client: Client) -> None:
    listed = await client.call_tool("list_skills", {})
    names = [s["name"] for s in listed.structured_content["result"]]
    assert "using-skillhive" in names
    entry = next(s for s in listed.structured_content["result"] if s["name"] == "using-skillhive")
    assert entry["version"] and len(entry["version"]) == 40

    skill = await client.call_tool("get_skill", {"name": "using-skillhive"})
    assert "retrieve_experience" in skill.structured_content["body"]
    assert "SKILL.md" in skill.structured_content["files"]

    md = await client.call_tool("read_skill_file", {"name": "using-skillhive", "path": "SKILL.md"})
    assert md.structured_content["text"].startswith("---")


async def test_list_skills_with_a_query_ranks_the_relevant_skill_first(client: Client) -> None:
    listed = await client.call_tool("list_skills", {"query": "how to record my agent run and retrieve past experience"})
    assert listed.structured_content["result"][0]["name"] == "using-skillhive"


async def test_skill_outcomes_are_counted_per_skill(client: Client) -> None:
    rec = await client.call_tool("record_trajectory", PYTEST_FIX)
    ok = await client.call_tool(
        "report_skill_outcome",
        {"name": "using-skillhive", "success": True, "trajectory_id": rec.structured_content["id"]},
    )
    assert ok.structured_content["uses"] == 1 and ok.structured_content["success_rate"] == 1.0
    bad = await client.call_tool("report_skill_outcome", {"name": "using-skillhive", "success": False, "note": "meh"})
    assert bad.structured_content["uses"] == 2 and bad.structured_content["success_rate"] == 0.5
    listed = await client.call_tool("list_skills", {})
    entry = next(s for s in listed.structured_content["result"] if s["name"] == "using-skillhive")
    assert entry["uses"] == 2


@pytest.mark.parametrize(
    ("tool", "args", "expected"),
    [
        ("record_trajectory", {"task": "x" * 20_001, "outcome": {"status": "success"}}, "task"),
        ("record_trajectory", {"task": "no outcome"}, "outcome"),
        ("record_trajectory", {"task": "t", "outcome": {"status": "great"}}, "status"),
        ("record_trajectory", {"task": "t", "outcome": {"status": "success", "score": 3}}, "score"),
        ("record_trajectory", {"task": "t", "outcome": {"status": "success"}, "steps": "many"}, "steps"),
        ("record_trajectory", {"task": "t", "outcome": {"status": "success"}, "tags": ["a b"]}, "tags"),
        ("retrieve_experience", {"query": "q", "k": 500}, "k"),
        ("retrieve_experience", {"query": ""}, "query"),
        ("retrieve_experience", {"query": "q", "max_tokens": 10}, "max_tokens"),
        ("get_trajectory", {"id": "tr_doesnotexist"}, "no trajectory"),
        ("get_skill", {"name": "no-such-skill"}, "no-such-skill"),
        ("read_skill_file", {"name": "using-skillhive", "path": "../../ledger.db"}, "path"),
        ("read_skill_file", {"name": "using-skillhive", "path": "/etc/passwd"}, "path"),
        ("report_skill_outcome", {"name": "no-such-skill", "success": True}, "no-such-skill"),
    ],
)
async def test_bad_input_gets_an_error_naming_the_field_and_the_server_keeps_serving(
    client: Client, tool: str, args: dict, expected: str
) -> None:
    res = await client.call_tool(tool, args)
    assert res.is_error
    assert expected in res.content[0].text
    still = await client.call_tool("list_skills", {})
    assert not still.is_error


async def test_oversized_step_names_the_limit(client: Client) -> None:
    res = await client.call_tool(
        "record_trajectory",
        {"task": "t", "outcome": {"status": "success"}, "steps": [{"observation": "y" * 100_001}]},
    )
    assert res.is_error
    assert "observation" in res.content[0].text and "100000" in res.content[0].text


async def test_skill_resources_serve_skill_md_and_refuse_traversal(client: Client) -> None:
    md = await client.read_resource("skill://using-skillhive/SKILL.md")
    assert md.contents[0].mime_type == "text/markdown"
    assert "retrieve_experience" in md.contents[0].text
    with pytest.raises(Exception, match=r"(?i)unknown resource|path|not found"):
        await client.read_resource("skill://using-skillhive/..%2F..%2Fledger.db")


async def test_the_guidance_prompt_tells_the_agent_to_retrieve_record_and_report(client: Client) -> None:
    prompts = {p.name for p in (await client.list_prompts()).prompts}
    assert "use-skillhive" in prompts
    got = await client.get_prompt("use-skillhive")
    text = got.messages[0].content.text
    assert "retrieve_experience" in text and "record_trajectory" in text and "report_skill_outcome" in text


async def test_skills_are_not_suggested_for_unrelated_queries_through_common_words(client: Client) -> None:
    found = await client.call_tool("retrieve_experience", {"query": "how do I bake the best banana bread with walnuts"})
    assert not found.is_error
    assert [i for i in found.structured_content["items"] if i["kind"] == "skill"] == []


async def test_a_run_is_found_by_meaning_before_the_indexer_has_reached_it(client: Client, hive: Hive) -> None:
    hive.backends.indexer.stop()  # nothing reaches the vector index from now on
    rec = await client.call_tool("record_trajectory", PYTEST_FIX)
    found = await client.call_tool(
        "retrieve_experience", {"query": "tests fail because a python package is missing", "kinds": ["trajectory"]}
    )
    assert found.structured_content["items"][0]["id"] == rec.structured_content["id"]
    assert found.structured_content["items"][0]["why"].startswith("similar task")
    assert hive.backends.index.count("team-a", "trajectory") == 0
