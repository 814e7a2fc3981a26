"""SWE-agent .traj files, including two real ones written by SWE-agent itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from skillhive.errors import ImportFormatError
from skillhive.importers import ImportItem, iter_import
from skillhive.models import MAX_STEP_TEXT_CHARS, OutcomeStatus, TrajectoryIn

SHARED_DATA = Path(__file__).parents[2].parent / "shared" / "data" / "swe-agent"
PYDICOM = SHARED_DATA / "pydicom__pydicom-1458.traj"
FUNCTION_CALLING = SHARED_DATA / "function_calling_simple.traj"
needs_samples = pytest.mark.skipif(
    not PYDICOM.exists() or not FUNCTION_CALLING.exists(),
    reason=f"the real SWE-agent samples are not in {SHARED_DATA}",
)


def only(path: Path) -> TrajectoryIn:
    items = list(iter_import(path))
    assert len(items) == 1
    assert items[0].error is None
    assert items[0].trajectory is not None
    return items[0].trajectory


@needs_samples
def test_the_pydicom_run_imports_its_twelve_steps_and_exit_status() -> None:
    t = only(PYDICOM)
    assert len(t.steps) == 12
    assert t.steps[0].action == "create reproduce_bug.py"
    assert t.steps[-1].action == "submit"
    assert t.steps[-1].observation.lstrip().startswith("diff --git")
    assert "exit:submitted" in t.tags and "swe-agent" in t.tags
    assert t.outcome.status is OutcomeStatus.UNKNOWN and t.outcome.source is None
    assert t.outcome.feedback is not None and "submitted" in t.outcome.feedback


@needs_samples
def test_the_task_is_the_issue_text_without_the_demonstration_or_the_instructions() -> None:
    t = only(PYDICOM)
    assert t.task.startswith("Pixel Representation attribute should be optional for pixel data handler")
    assert "INSTRUCTIONS" not in t.task
    assert "TimeDelta" not in t.task  # the demonstration's issue


@needs_samples
def test_a_run_saved_without_trajectory_takes_its_steps_from_the_history() -> None:
    t = only(FUNCTION_CALLING)
    assert t.task.startswith("SyntaxError: invalid syntax")
    assert [s.tool_name for s in t.steps] == ["find_file", "open", "edit", "bash", "submit"]
    first = t.steps[0]
    assert first.action == "find_file missing_colon.py"
    assert first.tool_args == {"file_name": "missing_colon.py"}
    assert first.observation.startswith('Found 1 matches for "missing_colon.py"')
    assert t.tags == ["swe-agent"]  # no info, so no exit status


def write_traj(path: Path, **overrides: object) -> Path:
    doc: dict[str, object] = {
        "environment": "swe_main",
        "trajectory": [
            {
                "action": "ls\n",
                "observation": "setup.py\n",
                "response": "Look first.",
                "thought": "Look first.",
            },
            {"action": "submit\n", "observation": "x" * (MAX_STEP_TEXT_CHARS + 5_000), "thought": ""},
        ],
        "history": [
            {"role": "system", "content": "SETTING: ..."},
            {
                "role": "user",
                "content": [{"type": "text", "text": "<pr_description>\nFix the flaky test\n</pr_description>"}],
            },
        ],
        "info": {"exit_status": "submitted (exit_cost)", "submission": "diff --git a/x b/x\n"},
    }
    doc.update(overrides)
    path.write_text(json.dumps(doc))
    return path


def test_the_problem_statement_is_found_inside_pr_description_tags(tmp_path: Path) -> None:
    t = only(write_traj(tmp_path / "run.traj"))
    assert t.task == "Fix the flaky test"
    assert t.steps[0].thought == "Look first."
    assert t.steps[0].tool_name == "ls"


def test_an_over_long_observation_is_clipped_with_a_visible_marker(tmp_path: Path) -> None:
    t = only(write_traj(tmp_path / "run.traj"))
    observation = t.steps[1].observation
    assert len(observation) <= MAX_STEP_TEXT_CHARS
    assert "characters clipped on import]" in observation


def test_an_exit_status_with_spaces_becomes_a_valid_tag(tmp_path: Path) -> None:
    t = only(write_traj(tmp_path / "run.traj"))
    assert "exit:submitted-exit_cost" in t.tags


def test_the_replay_config_gives_the_problem_statement_and_the_model(tmp_path: Path) -> None:
    config = {"agent": {"model": {"name": "claude-sonnet-4"}}, "problem_statement": {"text": "Make X faster"}}
    t = only(write_traj(tmp_path / "run.traj", replay_config=json.dumps(config)))
    assert t.task == "Make X faster"
    assert t.agent == "claude-sonnet-4"


def test_a_traj_without_any_task_is_one_error_naming_the_file(tmp_path: Path) -> None:
    path = write_traj(tmp_path / "empty.traj", history=[{"role": "system", "content": "SETTING"}])
    assert list(iter_import(path)) == [
        ImportItem(
            "file empty.traj",
            error="task: no problem statement in replay_config and no user message in history",
        )
    ]


def test_a_traj_that_is_not_json_cannot_be_imported(tmp_path: Path) -> None:
    path = tmp_path / "broken.traj"
    path.write_text('{"trajectory": [')
    with pytest.raises(ImportFormatError, match=r"broken\.traj: not valid JSON"):
        iter_import(path)
