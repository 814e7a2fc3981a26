"""skillhive's own JSONL: one TrajectoryIn per line; a bad line never stops the others."""

from __future__ import annotations

import json
from pathlib import Path

from skillhive.importers import count_records, iter_import

GOOD = {"task": "rename the flag", "steps": [{"action": "sed -i s/a/b/ cli.py"}], "tags": ["cli"]}


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n")
    return path


def test_a_bad_line_in_the_middle_is_reported_and_the_others_import(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "runs.jsonl",
        [
            json.dumps(GOOD),
            json.dumps({"task": "x", "outcome": {"status": "great"}}),
            "",
            "{not json",
            json.dumps({**GOOD, "task": "second"}),
        ],
    )
    items = list(iter_import(path))
    assert [i.position for i in items] == ["line 1", "line 2", "line 4", "line 5"]
    assert [i.ok for i in items] == [True, False, False, True]
    assert items[1].error is not None and items[1].error.startswith("outcome.status: Input should be 'success'")
    assert items[2].error is not None and items[2].error.startswith("invalid JSON (")
    assert items[3].trajectory is not None and items[3].trajectory.task == "second"
    assert count_records(path) == 4


def test_unknown_fields_and_empty_tasks_are_errors_naming_the_field(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "runs.jsonl",
        [json.dumps({**GOOD, "steps": [{"action": "ls", "cost": 3}]}), json.dumps({"task": "  "}), "[1, 2]"],
    )
    assert [i.error for i in iter_import(path, "native")] == [
        "steps.0.cost: Extra inputs are not permitted",
        "task: empty",
        "record: expected a trajectory object, got a list",
    ]


def test_a_skillhive_export_imports_without_its_server_fields(tmp_path: Path) -> None:
    exported = {**GOOD, "id": "t_1", "user": "ann", "team": "core", "created_at": "2025-01-01T00:00:00Z"}
    path = write_lines(tmp_path / "export.jsonl", [json.dumps(exported)])
    [item] = list(iter_import(path))
    assert item.trajectory is not None and item.trajectory.task == GOOD["task"]


def test_a_json_file_may_hold_a_list_of_trajectories(tmp_path: Path) -> None:
    path = tmp_path / "runs.json"
    path.write_text(json.dumps([GOOD, {**GOOD, "task": "b"}]))
    assert [(i.position, i.trajectory.task if i.trajectory else None) for i in iter_import(path)] == [
        ("record 1", "rename the flag"),
        ("record 2", "b"),
    ]


def test_ten_thousand_lines_are_counted_without_parsing_and_streamed(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "big.jsonl", [json.dumps({**GOOD, "task": f"task {n}"}) for n in range(10_000)])
    assert count_records(path) == 10_000
    items = iter_import(path)
    assert next(items).position == "line 1"
    assert sum(1 for _ in items) == 9_999
