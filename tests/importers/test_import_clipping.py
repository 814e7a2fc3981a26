"""Fields over a models.py limit are clipped with an explicit marker, never silently."""

from __future__ import annotations

import json
from pathlib import Path

from skillhive.importers import iter_import
from skillhive.importers.records import clip
from skillhive.models import MAX_STEP_TEXT_CHARS, MAX_STEPS, MAX_TASK_CHARS, MAX_TOOL_ARGS_CHARS, TrajectoryIn


def import_one(tmp_path: Path, record: dict[str, object]) -> TrajectoryIn:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n")
    [item] = list(iter_import(path))
    assert item.error is None and item.trajectory is not None
    return item.trajectory


def test_clip_marks_how_much_was_cut_and_fits_the_limit() -> None:
    clipped = clip("a" * 1_000, 200)
    kept, marker = clipped.split("\n")
    assert len(clipped) <= 200
    assert marker == f"[… {1_000 - len(kept)} characters clipped on import]"
    assert clip("short", 200) == "short"


def test_an_observation_keeps_its_start_and_its_end(tmp_path: Path) -> None:
    observation = "HEAD " + "x" * MAX_STEP_TEXT_CHARS + " TAIL"
    t = import_one(tmp_path, {"task": "t", "steps": [{"observation": observation}]})
    kept = t.steps[0].observation
    assert len(kept) <= MAX_STEP_TEXT_CHARS
    assert kept.startswith("HEAD ") and kept.endswith(" TAIL") and "characters clipped on import]" in kept


def test_a_long_task_is_clipped_instead_of_refused(tmp_path: Path) -> None:
    t = import_one(tmp_path, {"task": "t" * (MAX_TASK_CHARS + 1)})
    assert len(t.task) <= MAX_TASK_CHARS and t.task.endswith("characters clipped on import]")


def test_too_many_steps_keep_both_ends_and_mark_the_gap(tmp_path: Path) -> None:
    steps = [{"action": f"step {n}"} for n in range(MAX_STEPS + 10)]
    t = import_one(tmp_path, {"task": "t", "steps": steps})
    assert len(t.steps) == MAX_STEPS
    assert t.steps[0].action == "step 0" and t.steps[-1].action == f"step {MAX_STEPS + 9}"
    assert any(s.observation == "[… 11 steps clipped on import]" for s in t.steps)


def test_oversized_tool_args_become_clipped_raw_json(tmp_path: Path) -> None:
    args = {"content": 'line "quoted"\n' * MAX_TOOL_ARGS_CHARS}
    t = import_one(tmp_path, {"task": "t", "steps": [{"tool_name": "write", "tool_args": args}]})
    kept = t.steps[0].tool_args
    assert kept is not None and set(kept) == {"raw"}
    assert len(json.dumps(kept)) <= MAX_TOOL_ARGS_CHARS
    assert kept["raw"].endswith("characters clipped on import]")


def test_nul_characters_from_a_file_are_shown_as_replacement_characters(tmp_path: Path) -> None:
    record = {
        "task": "dump the \x00 header",
        "steps": [{"observation": "PNG\x00\x00IHDR", "tool_name": "xxd", "tool_args": {"file": "a\x00.png"}}],
    }
    t = import_one(tmp_path, record)
    assert t.task == "dump the \ufffd header" and t.steps[0].observation == "PNG\ufffd\ufffdIHDR"
    assert t.steps[0].tool_args == {"file": "a\ufffd.png"}


def test_each_item_names_the_fields_that_were_clipped(tmp_path: Path) -> None:
    path = tmp_path / "runs.jsonl"
    records = [
        {"task": "short and whole", "steps": [{"observation": "ok"}]},
        {
            "task": "t" * (MAX_TASK_CHARS + 1),
            "steps": [
                {"observation": "o" * (MAX_STEP_TEXT_CHARS + 1)},
                {"observation": "o" * (MAX_STEP_TEXT_CHARS + 1), "tool_name": "w", "tool_args": {"x": "y" * 70_000}},
            ],
        },
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    whole, cut = list(iter_import(path))
    assert whole.clipped == ()
    assert cut.clipped == ("task", "steps.observation", "steps.tool_args")
