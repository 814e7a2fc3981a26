"""tau-bench results: the environment's reward is the label."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skillhive.importers import count_records, iter_import
from skillhive.models import OutcomeStatus

FIXTURE = Path(__file__).parent / "data" / "tau_bench_results.json"


def test_a_reward_of_one_is_a_success_and_zero_a_failure() -> None:
    items = list(iter_import(FIXTURE))
    success, failure = items[0].trajectory, items[2].trajectory
    assert success is not None and failure is not None
    assert (success.outcome.status, success.outcome.score, success.outcome.source) == (
        OutcomeStatus.SUCCESS,
        1.0,
        "env",
    )
    assert (failure.outcome.status, failure.outcome.score, failure.outcome.source) == (
        OutcomeStatus.FAILURE,
        0.0,
        "env",
    )
    assert failure.outcome.feedback == "tau-bench reward 0.0; r_actions=0.0"


def test_the_bad_record_is_reported_with_its_position_while_the_others_import() -> None:
    items = list(iter_import(FIXTURE))
    assert [(i.position, i.ok) for i in items] == [
        ("record 1", True),
        ("record 2", False),
        ("record 3", True),
    ]
    assert items[1].error == "info.task.instruction: missing or empty"
    assert count_records(FIXTURE) == 3


def test_the_task_is_the_instruction_and_the_tags_name_task_and_trial() -> None:
    t = next(iter(iter_import(FIXTURE))).trajectory
    assert t is not None
    assert t.task.startswith("You are Mei Kovacs")
    assert t.tags == ["tau-bench", "task:12", "trial:0"]


def test_steps_follow_the_conversation_without_the_system_prompt() -> None:
    t = next(iter(iter_import(FIXTURE))).trajectory
    assert t is not None
    assert all("Retail agent policy" not in (s.thought + s.observation) for s in t.steps)
    assert t.steps[0].observation == "Hi, I need to cancel an order I placed by mistake."
    assert (t.steps[1].action, t.steps[1].observation) == ("respond", "Sure, it's mei.kovacs@example.com.")
    cancel = next(s for s in t.steps if s.tool_name == "cancel_pending_order")
    assert cancel.tool_args == {"order_id": "#W5371954", "reason": "no longer needed"}
    assert cancel.action == 'cancel_pending_order(order_id="#W5371954", reason="no longer needed")'
    assert json.loads(cancel.observation)["status"] == "cancelled"


@pytest.mark.parametrize(
    ("reward", "status", "score"), [(0.5, "failure", 0.5), (-1.0, "failure", 0.0), (1, "success", 1.0)]
)
def test_the_score_is_the_reward_clipped_to_zero_one(tmp_path: Path, reward: float, status: str, score: float) -> None:
    record = {
        "task_id": 1,
        "trial": 0,
        "reward": reward,
        "info": {"task": {"instruction": "Do it"}},
        "traj": [],
    }
    path = tmp_path / "results.json"
    path.write_text(json.dumps([record]))
    t = next(iter(iter_import(path, "tau-bench"))).trajectory
    assert t is not None
    assert (t.outcome.status, t.outcome.score) == (status, score)


def test_a_missing_reward_is_an_error_naming_the_field(tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    path.write_text(json.dumps([{"task_id": 1, "info": {"task": {"instruction": "x"}}, "traj": []}]))
    assert next(iter(iter_import(path))).error == "reward: expected a number, got null"
