"""`skillhive runs`, `imports`, `forget --import/--user` and the folder import's question, as a user runs them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED

pytestmark = pytest.mark.slow


def cli(data: Path, *args: str, user: str = "alice") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SKILLHIVE_DATA_DIR": str(data),
        "SKILLHIVE_USER": user,
        "SKILLHIVE_TEAM": "team-a",
        "SKILLHIVE_SEED_SKILLS": str(SEED),
    }
    return subprocess.run(
        [sys.executable, "-m", "skillhive.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )


def fixtures(folder: Path) -> Path:
    """A folder a careless import would pull in: test fixtures about payment errors."""
    (folder / "sub").mkdir(parents=True)
    lines = [
        json.dumps({"task": f"Payment error {n}: card declined in fixture", "outcome": {"status": "success"}})
        for n in range(3)
    ]
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "sub" / "b.jsonl").write_text(json.dumps({"task": "Fixture: refund flow", "tags": ["t"]}) + "\n")
    return folder


def test_a_folder_import_lists_what_it_will_read_and_without_a_terminal_needs_yes(tmp_path: Path) -> None:
    folder, data = fixtures(tmp_path / "fixtures"), tmp_path / "data"
    refused = cli(data, "import", str(folder), "--no-progress")
    assert refused.returncode == 2, refused.stderr
    assert "holds 2 files to import" in refused.stderr and "2 native" in refused.stderr
    assert "sub/b.jsonl" in refused.stderr
    assert "with no terminal to ask on, add --yes" in refused.stderr
    assert "imported" not in refused.stdout
    done = cli(data, "import", str(folder), "--no-progress", "--yes")
    assert done.returncode == 0, done.stderr
    assert "imported 4 new" in done.stdout and "; import im_" in done.stdout


def test_an_import_is_a_batch_that_runs_and_imports_list_and_forget_import_undoes(tmp_path: Path) -> None:
    folder, data = fixtures(tmp_path / "fixtures"), tmp_path / "data"
    assert cli(data, "import", str(folder), "--no-progress", "--yes").returncode == 0
    batches = json.loads(cli(data, "imports", "--json").stdout)
    assert [(b["user"], b["source"], b["counts"]["stored"], b["forgotten_at"]) for b in batches] == [
        ("alice", str(folder.resolve()), 4, None)
    ]
    batch = batches[0]["id"]
    runs = json.loads(cli(data, "runs", "--json").stdout)
    assert len(runs) == 4 and {r["import_id"] for r in runs} == {batch}
    assert f"import:{batch}" in cli(data, "runs").stdout
    assert [r["task"] for r in json.loads(cli(data, "runs", "--json", "--tag", "t").stdout)] == ["Fixture: refund flow"]

    undone = cli(data, "forget", "--import", batch)
    assert undone.returncode == 0, undone.stderr
    assert undone.stdout.startswith(f"forgot import {batch} of team team-a: 4 runs removed")
    assert cli(data, "runs").stdout.strip() == "no runs match"
    assert "forgotten" in cli(data, "imports").stdout
    again = cli(data, "import", str(folder), "--no-progress", "--yes")
    assert "imported 0 new" in again.stdout and "4 forgotten before" in again.stdout


def test_forget_user_from_the_command_line_says_what_it_removed(tmp_path: Path) -> None:
    folder, data = fixtures(tmp_path / "fixtures"), tmp_path / "data"
    assert cli(data, "import", str(folder / "a.jsonl"), "--no-progress", "--user", "bob").returncode == 0
    assert cli(data, "import", str(folder / "sub"), "--no-progress", "--yes").returncode == 0
    out = cli(data, "forget", "--user", "bob")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("forgot user bob of team team-a: 3 runs removed")
    assert [r["user"] for r in json.loads(cli(data, "runs", "--json").stdout)] == ["alice"]
    both = cli(data, "forget", "tr_x", "--user", "bob")
    assert both.returncode == 2 and "exactly one of ID, --user U, --import ID" in both.stderr
    assert cli(data, "runs", "--since", "yesterday").returncode == 2


def test_export_and_import_of_a_bundle_from_the_command_line(tmp_path: Path) -> None:
    folder, data, other = fixtures(tmp_path / "fixtures"), tmp_path / "data", tmp_path / "other"
    assert cli(data, "import", str(folder), "--no-progress", "--yes").returncode == 0
    bundle = tmp_path / "team.skillhive.tar.gz"
    out = cli(data, "export", str(bundle))
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(f"exported team team-a to {bundle}: 4 trajectories, 4 trajectory_authors")
    restored = cli(other, "import", str(bundle))
    assert restored.returncode == 0, restored.stderr
    assert "  trajectories: 4 restored" in restored.stdout
    # Two hives seeded within the same second hold the same first commit: then there is nothing to restore.
    assert re.search(r"skill history: (restored|same)\b", restored.stdout)
    heads = [subprocess.run(["git", "-C", str(d / "skills"), "rev-parse", "HEAD"], capture_output=True, text=True)
             for d in (data, other)]  # fmt: skip
    assert heads[0].returncode == 0 and heads[0].stdout == heads[1].stdout
    assert sorted(r["id"] for r in json.loads(cli(other, "runs", "--json").stdout)) == sorted(
        r["id"] for r in json.loads(cli(data, "runs", "--json").stdout)
    )
    assert [b["format"] for b in json.loads(cli(other, "imports", "--json").stdout)] == ["bundle"]


def test_a_bundle_takes_no_per_run_options_and_an_unwritable_export_names_the_file(tmp_path: Path) -> None:
    folder, data = fixtures(tmp_path / "fixtures"), tmp_path / "data"
    assert cli(data, "import", str(folder / "a.jsonl"), "--no-progress").returncode == 0
    bundle = tmp_path / "b.tar.gz"
    assert cli(data, "export", str(bundle)).returncode == 0
    out = cli(tmp_path / "other", "import", str(bundle), "--tag", "x")
    assert out.returncode == 2 and "--tag: not for a bundle" in out.stderr
    out = cli(data, "export", str(tmp_path / "missing" / "b.tar.gz"))
    assert out.returncode == 1 and f"FILE: cannot write {tmp_path / 'missing' / 'b.tar.gz'}" in out.stderr


@pytest.mark.parametrize(("answer", "code", "said"), [("n", 1, "nothing imported"), ("y", 0, "imported 4 new")])
def test_on_a_terminal_a_folder_import_asks_and_goes_on_only_on_yes(
    tmp_path: Path, answer: str, code: int, said: str
) -> None:
    import pty

    folder, data = fixtures(tmp_path / "fixtures"), tmp_path / "data"
    main, tty = pty.openpty()
    os.write(main, f"{answer}\n".encode())  # typed ahead: read by the prompt once it asks
    env = {**os.environ, "SKILLHIVE_DATA_DIR": str(data), "SKILLHIVE_USER": "alice", "SKILLHIVE_SEED_SKILLS": str(SEED)}
    try:
        out = subprocess.run(
            [sys.executable, "-m", "skillhive.cli", "import", str(folder), "--no-progress"],
            env=env, stdin=tty, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    finally:
        os.close(tty)
        os.close(main)
    assert out.returncode == code, out.stderr
    assert "holds 2 files to import" in out.stderr and "import these files? [y/N]" in out.stdout
    assert said in out.stdout + out.stderr
