"""`skillhive watch`: a real watcher process follows a Codex sessions folder while a rollout file grows."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from importers.transcripts import ClaudeSession, CodexRollout
from test_hooks import runs


def until(check: Callable[[], Any], what: str, timeout: float = 90) -> Any:
    """Poll `check()` until it gives something true (the watcher works at its own pace)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()
        if found:
            return found
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting until {what}")


def watcher(data: Path, *args: str, **env: str) -> subprocess.Popen[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("SKILLHIVE_")}
    full.update({"SKILLHIVE_DATA_DIR": str(data), "SKILLHIVE_USER": "ana", **env})
    return subprocess.Popen(
        [sys.executable, "-m", "skillhive.cli", "watch", *args, "--interval", "0.2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=full,
    )


def stopped(proc: subprocess.Popen[str], how: int) -> tuple[int, str, str]:
    proc.send_signal(how)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out, err


def safe_runs(data: Path) -> list[dict[str, Any]]:
    return runs(data) if (data / "ledger.db").exists() else []


def test_a_growing_codex_rollout_is_one_run_updated_as_it_grows_and_sigterm_stops_the_watch(
    tmp_path: Path,
) -> None:
    data, codex = tmp_path / "data", tmp_path / "codex"
    (codex / "sessions").mkdir(parents=True)
    proc = watcher(data, "codex", CODEX_HOME=str(codex))
    try:
        r = CodexRollout(cwd=str(tmp_path))
        r.prompt("make the report command skip empty accounts")
        r.shell("pytest -q", "1 failed", exit_code=1)
        path = r.write(codex / "sessions")
        written = len(r.records)
        [first] = until(lambda: safe_runs(data), "the rollout is recorded")
        assert (first["task"], first["n_steps"]) == ("make the report command skip empty accounts", 1)

        r.shell("pytest -q", "12 passed")  # the session goes on: lines appended to the same file
        with path.open("a") as f:
            f.writelines(json.dumps(rec) + "\n" for rec in r.records[written:])
        [grown] = until(lambda: [x for x in safe_runs(data) if x["n_steps"] == 2], "the run is updated")
        assert (grown["id"], grown["status"]) == (first["id"], "success")
        time.sleep(1)  # a few more looks at the unchanged file
        assert len(runs(data)) == 1
    finally:
        code, out, err = stopped(proc, signal.SIGTERM)
    assert code == 0, err
    assert out.splitlines()[0].startswith("watching ") and out.splitlines()[-1] == "stopped"
    assert "Traceback" not in err


def test_ctrl_c_stops_the_watch_of_a_folder_after_recording_what_was_already_there_but_ignored_projects(
    tmp_path: Path,
) -> None:
    data, folder, private = tmp_path / "data", tmp_path / "projects", tmp_path / "private"
    private.mkdir()
    (private / ".skillhiveignore").write_text("")  # never capture this project
    hidden = ClaudeSession(cwd=str(private))
    hidden.user("Rotate the billing credentials")
    hidden.tool("Bash", {"command": "vault write billing"}, "ok")
    hidden.write(folder)
    s = ClaudeSession(cwd=str(tmp_path))
    s.user("Rename the config loader")
    s.tool("Bash", {"command": "pytest -q"}, "3 passed")
    s.write(folder)
    (folder / "notes.jsonl").write_text('{"not": "a session"}\n')
    proc = watcher(data, str(folder))
    try:
        until(lambda: safe_runs(data), "the session already there is recorded")
    finally:
        code, out, err = stopped(proc, signal.SIGINT)
    assert code == 0 and "Traceback" not in err and out.splitlines()[-1] == "stopped"
    [run] = runs(data)
    assert run["task"] == "Rename the config loader" and run["id"] in out
    assert "notes.jsonl" in err  # the file it could not record, named once
