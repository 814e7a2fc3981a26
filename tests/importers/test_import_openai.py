"""OpenAI chat messages: tool calls become steps, tool messages their observations."""

from __future__ import annotations

import json
from pathlib import Path

from skillhive.importers import iter_import
from skillhive.models import OutcomeStatus

FIXTURE = Path(__file__).parent / "data" / "openai_chat.json"


def test_each_tool_call_is_a_step_observing_its_own_tool_message() -> None:
    [item] = list(iter_import(FIXTURE))
    t = item.trajectory
    assert item.position == "file openai_chat.json" and t is not None
    assert t.task == "Why does `make test` fail in ./service?"
    assert [s.tool_name for s in t.steps] == ["shell", "read_file", "shell", None]
    assert t.steps[0].thought == "Let me run the tests first."
    assert t.steps[0].action == 'shell(cmd="make -C service test")'
    assert t.steps[0].tool_args == {"cmd": "make -C service test"}
    # the tool messages came back in the other order; ids decide
    assert t.steps[1].observation == "BASE_URL = 'http://localhost:8080'"
    assert t.steps[2].observation == "(no containers running)"


def test_arguments_that_are_not_json_are_kept_raw() -> None:
    t = next(iter(iter_import(FIXTURE))).trajectory
    assert t is not None
    assert t.steps[2].tool_args == {"raw": "docker ps --format {{.Names}"}
    assert t.steps[2].action == "shell(docker ps --format {{.Names})"


def test_a_final_answer_is_a_respond_step_and_the_outcome_stays_unknown() -> None:
    t = next(iter(iter_import(FIXTURE))).trajectory
    assert t is not None
    assert t.steps[-1].action == "respond"
    assert t.steps[-1].thought.startswith("The tests expect the API on localhost:8080")
    assert t.outcome.status is OutcomeStatus.UNKNOWN and t.outcome.source is None
    assert t.agent == "gpt-4o-mini"


def test_a_jsonl_of_conversations_keeps_an_outcome_it_carries(tmp_path: Path) -> None:
    lines = [
        [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}],
        {
            "messages": [{"role": "user", "content": "add 2+2"}, {"role": "assistant", "content": "4"}],
            "outcome": {"status": "success", "source": "user"},
        },
    ]
    path = tmp_path / "chats.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines))
    first, second = (i.trajectory for i in iter_import(path))
    assert first is not None and second is not None
    assert (first.task, first.outcome.status) == ("hi", OutcomeStatus.UNKNOWN)
    assert (second.task, second.outcome.status, second.outcome.source) == (
        "add 2+2",
        OutcomeStatus.SUCCESS,
        "user",
    )


def test_a_conversation_without_a_user_message_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "chats.jsonl"
    path.write_text(json.dumps([{"role": "system", "content": "be nice"}, {"role": "assistant", "content": "hi"}]))
    [item] = list(iter_import(path))
    assert (item.position, item.error) == (
        "line 1",
        "task: no user message before the first assistant message",
    )


def test_a_tool_call_without_a_name_is_an_error_naming_the_message(tmp_path: Path) -> None:
    messages = [
        {"role": "user", "content": "go"},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "function": {"arguments": "{}"}}]},
    ]
    path = tmp_path / "chat.json"
    path.write_text(json.dumps(messages))
    assert next(iter(iter_import(path))).error == "messages.1.tool_calls.0.function.name: missing"
