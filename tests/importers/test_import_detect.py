"""Format detection from the suffix and a peek at the content."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from skillhive.errors import ImportFormatError
from skillhive.importers import FORMATS, detect_format, iter_import

DATA = Path(__file__).parent / "data"
SWE_SAMPLE = Path(__file__).parents[2].parent / "shared" / "data" / "swe-agent" / "pydicom__pydicom-1458.traj"


def write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_the_formats_are_the_six_known_ones() -> None:
    assert FORMATS == ("native", "openai", "swe-agent", "tau-bench", "claude-code", "codex")


def test_a_tau_bench_results_list_is_detected() -> None:
    assert detect_format(DATA / "tau_bench_results.json") == "tau-bench"


def test_a_list_of_chat_messages_is_detected_as_openai() -> None:
    assert detect_format(DATA / "openai_chat.json") == "openai"


@pytest.mark.skipif(not SWE_SAMPLE.exists(), reason=f"the real SWE-agent sample is not at {SWE_SAMPLE}")
def test_a_traj_file_is_detected_as_swe_agent() -> None:
    assert detect_format(SWE_SAMPLE) == "swe-agent"


def test_a_swe_agent_document_is_detected_whatever_its_suffix(tmp_path: Path) -> None:
    assert detect_format(write(tmp_path / "run.json", json.dumps({"history": [], "trajectory": []}))) == "swe-agent"


def test_jsonl_lines_with_a_task_are_native_and_with_messages_openai(tmp_path: Path) -> None:
    assert detect_format(write(tmp_path / "a.jsonl", '{"task": "x"}\n')) == "native"
    assert detect_format(write(tmp_path / "b.jsonl", '{"messages": [{"role": "user", "content": "x"}]}\n')) == "openai"
    assert detect_format(write(tmp_path / "c.jsonl", '[{"role": "user", "content": "x"}]\n')) == "openai"


def test_a_first_line_that_says_nothing_does_not_decide(tmp_path: Path) -> None:
    assert detect_format(write(tmp_path / "a.jsonl", '{oops\n{"note": 1}\n{"task": "x"}\n')) == "native"


def test_a_json_file_holding_json_lines_is_read_line_by_line(tmp_path: Path) -> None:
    path = write(tmp_path / "runs.json", '{"task": "a"}\n{"task": "b"}\n')
    assert detect_format(path) == "native"
    assert [i.position for i in iter_import(path)] == ["line 1", "line 2"]


def test_content_of_no_known_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="cannot tell the format"):
        detect_format(write(tmp_path / "preds.json", json.dumps({"instance_id": "x", "model_patch": ""})))
    with pytest.raises(ImportFormatError, match="cannot tell the format"):
        iter_import(write(tmp_path / "other.jsonl", '{"a": 1}\n'))


def test_an_unknown_format_name_or_a_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="unknown format 'csv'"):
        iter_import(DATA / "openai_chat.json", "csv")
    with pytest.raises(ImportFormatError, match="no such file or folder"):
        iter_import(tmp_path / "missing.jsonl")


def test_a_folder_of_one_format_has_that_format_and_of_several_is_refused(tmp_path: Path) -> None:
    shutil.copy(DATA / "openai_chat.json", tmp_path / "a.json")
    write(tmp_path / "b.jsonl", '[{"role": "user", "content": "x"}]\n')
    assert detect_format(tmp_path) == "openai"
    shutil.copy(DATA / "tau_bench_results.json", tmp_path / "c.json")
    with pytest.raises(ImportFormatError, match="files of different formats"):
        detect_format(tmp_path)


@pytest.mark.parametrize("suffix", [".json", ".traj"])
def test_an_empty_file_is_refused_as_empty_not_as_bad_json(tmp_path: Path, suffix: str) -> None:
    empty = write(tmp_path / f"runs{suffix}", " \n")
    with pytest.raises(ImportFormatError, match=r"runs\.(json|traj): the file is empty$"):
        list(iter_import(empty))
