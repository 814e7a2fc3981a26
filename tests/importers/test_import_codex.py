"""Codex CLI rollouts: one session is one run; injected instructions are not the task; exits mark errors."""

from __future__ import annotations

import json
from pathlib import Path

from importers.transcripts import CodexRollout
from skillhive.importers import detect_format, iter_import
from skillhive.models import MAX_STEPS, OutcomeStatus, TrajectoryIn

FIXTURE = Path(__file__).parent / "data" / "codex_rollout.jsonl"


def one(path: Path) -> TrajectoryIn:
    [item] = list(iter_import(path))
    assert item.error is None and item.trajectory is not None
    return item.trajectory


def test_a_rollout_is_detected_and_its_task_is_the_users_request_not_the_agents_md() -> None:
    assert detect_format(FIXTURE) == "codex"
    [item] = list(iter_import(FIXTURE))
    t = item.trajectory
    assert t is not None and item.session == "codex:0199a2f4-7c1e-7d20-9b51-3e8f0c6a1d42"
    assert t.task.startswith("`ledger report --month 2026-10` crashes with a KeyError")
    assert t.agent == "codex/gpt-5.2-codex"
    assert "project:ledger-cli" in t.tags


def test_each_call_is_a_step_and_a_non_zero_exit_marks_the_error() -> None:
    t = one(FIXTURE)
    assert [s.tool_name for s in t.steps] == ["shell", "shell", "apply_patch", "shell", None]
    assert t.steps[0].thought == "Let me reproduce the crash first."
    assert t.steps[0].tool_args is not None and t.steps[0].tool_args["command"][-1].startswith("python -m ledger")
    assert t.steps[0].observation.startswith("error: Traceback")
    assert not t.steps[1].observation.startswith("error")
    assert "sums.get(account.id" in (t.steps[2].tool_args or {})["input"]
    assert t.steps[-1].action == "respond"


def test_the_last_check_passing_after_the_patch_labels_the_run_a_success_by_the_tests() -> None:
    t = one(FIXTURE)
    assert (t.outcome.status, t.outcome.source) == (OutcomeStatus.SUCCESS, "env")
    assert t.outcome.feedback == "the last test command 'make check' passed"
    assert "outcome-from:tests" in t.tags


def test_a_patch_after_the_last_test_run_leaves_the_outcome_unknown(tmp_path: Path) -> None:
    r = CodexRollout()
    r.prompt("make the importer accept gzip files")
    r.shell("pytest -q tests/test_import.py", "3 passed")
    r.patch("*** Begin Patch\n*** Update File: app/io.py\n*** End Patch\n")
    t = one(r.write(tmp_path))
    assert (t.outcome.status, t.outcome.source) == (OutcomeStatus.UNKNOWN, None)


def test_an_exit_told_only_by_exec_command_end_marks_the_step(tmp_path: Path) -> None:
    r = CodexRollout()
    r.prompt("run the tests")
    r.shell("go test ./...", "FAIL ledger/report", exit_code=2)
    path = r.write(tmp_path)
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    for line in lines:  # an output without metadata: only the event says how it exited
        if line["payload"].get("type") == "function_call_output":
            line["payload"]["output"] = "FAIL ledger/report"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    t = one(path)
    assert t.steps[0].observation.startswith("error: FAIL")
    assert (t.outcome.status, t.outcome.source) == (OutcomeStatus.FAILURE, "env")


def test_the_users_verdict_at_the_end_labels_the_outcome(tmp_path: Path) -> None:
    r = CodexRollout()
    r.prompt("fix the flaky date test")
    r.shell("pytest -q", "1 failed", exit_code=1)
    r.prompt("that works, thanks")
    t = one(r.write(tmp_path))
    assert (t.outcome.status, t.outcome.source) == (OutcomeStatus.SUCCESS, "user")


def test_a_long_rollout_keeps_its_first_and_last_steps(tmp_path: Path) -> None:
    r = CodexRollout()
    r.prompt("migrate every handler to the async client")
    for i in range(1_300):
        r.shell(f"rg -n old_client handlers/h{i}.py", f"{i}: old_client.get()")
    r.shell("cargo test", "error: 2 tests failed", exit_code=101)
    [item] = list(iter_import(r.write(tmp_path)))
    t = item.trajectory
    assert t is not None and len(t.steps) == MAX_STEPS and "steps" in item.clipped
    assert t.steps[0].action.startswith("shell(")
    assert (t.outcome.status, t.outcome.source) == (OutcomeStatus.FAILURE, "env")


def test_a_folder_of_sessions_is_one_run_per_rollout(tmp_path: Path) -> None:
    for task in ("first task", "second task"):
        r = CodexRollout()
        r.prompt(task)
        r.shell("ls", "README.md")
        r.write(tmp_path / "sessions")
    tasks = sorted(i.trajectory.task for i in iter_import(tmp_path / "sessions") if i.trajectory)
    assert tasks == ["first task", "second task"]
