"""`skillhive …` commands as a user runs them: real subprocesses on a tmp data directory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED
from skillhive.models import MAX_STEP_TEXT_CHARS

pytestmark = pytest.mark.slow
SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "data" / "swe-agent"


def run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`skillhive ARGS` on the hive folder `data_dir`, made here if missing (only serve and import make a named one)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "SKILLHIVE_DATA_DIR": str(data_dir),
        "SKILLHIVE_USER": "alice",
        "SKILLHIVE_TEAM": "team-a",
        "SKILLHIVE_SEED_SKILLS": str(SEED),
    }
    return subprocess.run(
        [sys.executable, "-m", "skillhive.cli", *args], env=env, capture_output=True, text=True, timeout=300
    )


def write_native(path: Path, n: int, bad_line: int | None = None) -> None:
    lines = []
    for i in range(n):
        if i == bad_line:
            lines.append('{"task": "missing outcome brace"')
            continue
        rec = {
            "task": f"Migrate database table number {i} to the new schema",
            "steps": [{"action": f"alembic upgrade rev{i}", "observation": "OK"}],
            "outcome": {"status": "success" if i % 3 else "failure", "source": "env"},
            "tags": ["db"],
        }
        lines.append(json.dumps(rec))
    path.write_text("\n".join(lines) + "\n")


def test_version_prints_the_package_version(tmp_path: Path) -> None:
    out = run(tmp_path, "--version")
    assert out.returncode == 0 and out.stdout.startswith("skillhive ")


def test_import_reports_the_bad_line_and_imports_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "runs.jsonl"
    write_native(src, 30, bad_line=7)
    out = run(tmp_path / "data", "import", str(src))
    assert out.returncode == 3, out.stderr
    assert "line 8" in out.stderr
    assert "imported 29 new" in out.stdout
    stats = json.loads(run(tmp_path / "data", "stats", "--json").stdout)
    assert stats["trajectories"] == 29 and stats["pending_index"] == 0


def test_import_counts_the_runs_it_clipped_to_the_size_limits(tmp_path: Path) -> None:
    src = tmp_path / "runs.jsonl"
    long = "o" * (MAX_STEP_TEXT_CHARS + 1)
    records = [
        {"task": "Rotate the staging TLS certificate", "steps": [{"action": "certbot renew", "observation": long}]},
        {"task": "Rotate the prod TLS certificate", "steps": [{"action": "certbot renew", "observation": long}]},
        {"task": "Rotate the dev TLS certificate", "steps": [{"action": "certbot renew", "observation": "done"}]},
    ]
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = run(tmp_path / "data", "import", str(src))
    assert out.returncode == 0, out.stderr
    assert "imported 3 new" in out.stdout
    assert "2 clipped to the size limits (steps.observation in 2; marked in the text)" in out.stdout


def test_import_of_real_swe_agent_trajectories_then_retrieve_json(tmp_path: Path) -> None:
    if not SAMPLES.is_dir():
        pytest.skip(f"sample trajectories not found at {SAMPLES}")
    out = run(tmp_path / "data", "import", str(SAMPLES), "--format", "swe-agent", "--yes")
    assert out.returncode == 0, out.stderr
    assert "imported 2 new" in out.stdout
    res = run(tmp_path / "data", "retrieve", "the numpy pixel data handler requires Pixel Representation", "--json")
    assert res.returncode == 0, res.stderr
    items = json.loads(res.stdout)["items"]
    assert items[0]["title"].startswith("Pixel Representation attribute should be optional")
    assert "submit" in items[0]["summary"]


def test_skills_list_show_and_validate(tmp_path: Path) -> None:
    listed = run(tmp_path / "data", "skills", "list")
    assert listed.returncode == 0 and "using-skillhive" in listed.stdout
    shown = run(tmp_path / "data", "skills", "show", "using-skillhive")
    assert "record_trajectory" in shown.stdout
    assert run(tmp_path / "data", "skills", "validate").returncode == 0

    bad = tmp_path / "bad" / "Bad_Name"
    bad.mkdir(parents=True)
    (bad / "SKILL.md").write_text("---\nname: Bad_Name\ndescription: x\n---\nbody\n")
    out = run(tmp_path / "data", "skills", "validate", str(tmp_path / "bad"))
    assert out.returncode == 1
    assert "Bad_Name/SKILL.md" in out.stdout and "name" in out.stdout


def test_reindex_rebuilds_the_vector_index_from_the_ledger(tmp_path: Path) -> None:
    src = tmp_path / "runs.jsonl"
    write_native(src, 10)
    assert run(tmp_path / "data", "import", str(src)).returncode == 0
    out = run(tmp_path / "data", "reindex")
    assert out.returncode == 0, out.stderr
    assert "reindexed 10 items" in out.stdout
    res = json.loads(run(tmp_path / "data", "retrieve", "migrate table 4 schema", "--json", "-k", "3").stdout)
    assert res["items"] and not res["warnings"]


def test_errors_are_one_line_with_a_non_zero_exit(tmp_path: Path) -> None:
    out = run(tmp_path / "data", "import", str(tmp_path / "missing.jsonl"))
    assert out.returncode != 0
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("skillhive: error:"), out.stderr
    shown = run(tmp_path / "data", "skills", "show", "nope")
    assert shown.returncode == 1 and shown.stderr.strip().count("\n") == 0
