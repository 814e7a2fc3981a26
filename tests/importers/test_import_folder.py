"""Importing a folder: every .jsonl/.json/.traj file in it, sorted, each detected on its own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from skillhive.errors import ImportFormatError
from skillhive.importers import count_records, iter_import

DATA = Path(__file__).parent / "data"
SWE_SAMPLES = Path(__file__).parents[2].parent / "shared" / "data" / "swe-agent"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(DATA / "tau_bench_results.json", tmp_path / "b_tau.json")
    (tmp_path / "a_native.jsonl").write_text(json.dumps({"task": "one"}) + "\n" + json.dumps({"task": "two"}) + "\n")
    (tmp_path / "runs").mkdir()
    shutil.copy(DATA / "openai_chat.json", tmp_path / "runs" / "chat.json")
    (tmp_path / "notes.txt").write_text("not a trajectory")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.jsonl").write_text("{}\n")
    return tmp_path


def test_a_folder_imports_every_file_in_sorted_order_with_file_positions(folder: Path) -> None:
    positions = [i.position for i in iter_import(folder)]
    assert positions == [
        "a_native.jsonl: line 1",
        "a_native.jsonl: line 2",
        "b_tau.json: record 1",
        "b_tau.json: record 2",
        "b_tau.json: record 3",
        "file runs/chat.json",
    ]


def test_the_count_matches_the_items_of_a_folder(folder: Path) -> None:
    assert count_records(folder) == len(list(iter_import(folder))) == 6


def test_an_unreadable_file_in_a_folder_is_one_error_and_the_others_still_import(folder: Path) -> None:
    (folder / "broken.json").write_text("[{")
    items = list(iter_import(folder))
    broken = [i for i in items if i.position == "file broken.json"]
    assert len(broken) == 1 and broken[0].error is not None and "not valid JSON" in broken[0].error
    assert sum(i.ok for i in items) == 5
    assert count_records(folder) == len(items)


@pytest.mark.skipif(not SWE_SAMPLES.is_dir(), reason=f"the real SWE-agent samples are not in {SWE_SAMPLES}")
def test_a_folder_of_swe_agent_runs_imports_one_trajectory_per_file() -> None:
    items = list(iter_import(SWE_SAMPLES))
    assert [i.position for i in items] == [
        "file function_calling_simple.traj",
        "file pydicom__pydicom-1458.traj",
    ]
    assert all(i.ok for i in items)


def test_a_folder_without_trajectory_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text("hi")
    with pytest.raises(ImportFormatError, match=r"no \.jsonl, \.json, \.traj files"):
        iter_import(tmp_path)


def test_links_that_lead_nowhere_are_reported_as_skipped_files(tmp_path: Path) -> None:
    (tmp_path / "ok.jsonl").write_text(json.dumps({"task": "t", "outcome": {"status": "success"}}) + "\n")
    (tmp_path / "loop.json").symlink_to(tmp_path / "loop.json")
    (tmp_path / "dangling.json").symlink_to(tmp_path / "gone" / "x.json")
    items = list(iter_import(tmp_path))
    errors = sorted(i.error or "" for i in items if i.trajectory is None)
    assert len(items) == 3 == count_records(tmp_path) and len(errors) == 2
    assert "No such file or directory" in errors[0] and "symbolic links" in errors[1]
