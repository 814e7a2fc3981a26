"""The hook commands run exactly as the clients run them: event JSON on stdin (Claude Code) or as the
last argument (Codex notify), real transcript files, a fresh process each time."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from importers.transcripts import ClaudeSession, CodexRollout
from skillhive.cli import main
from skillhive.models import estimate_tokens
from skillhive.wiring import ledger_at

HOOK = [sys.executable, "-m", "skillhive.cli.hook_cmds"]


def hook(
    data: Path, client: str, event: dict[str, Any] | None, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("SKILLHIVE_")}
    full.update({"SKILLHIVE_DATA_DIR": str(data), "SKILLHIVE_USER": "ana", **env})
    stdin = json.dumps(event) if event is not None else ""
    return subprocess.run(
        [*HOOK, client, *args], input=stdin, capture_output=True, text=True, env=full, timeout=120, check=False
    )


def stop(session: ClaudeSession, path: Path, name: str = "Stop") -> dict[str, Any]:
    return {
        "session_id": session.session_id,
        "transcript_path": str(path),
        "cwd": session.cwd,
        "hook_event_name": name,
        "stop_hook_active": False,
    }


def runs(data: Path) -> list[dict[str, Any]]:
    ledger = ledger_at(data / "ledger.db")
    try:
        return [dict(r) for r in ledger.read("SELECT id, task, n_steps, status FROM trajectories ORDER BY seq")]
    finally:
        ledger.close()


def discount_session(cwd: str) -> ClaudeSession:
    s = ClaudeSession(cwd=cwd)
    s.user("The checkout total ignores the discount code; fix it")
    s.tool("Bash", {"command": "pytest -q tests/test_cart.py"}, "Exit code 1\nFAILED test_discount", error=True)
    s.tool(
        "Edit", {"file_path": f"{cwd}/app/cart.py", "old_string": "total = sub", "new_string": "total = sub - d"}, "ok"
    )
    return s


def test_a_session_is_captured_once_updated_as_it_grows_and_never_duplicated(tmp_path: Path) -> None:
    data, project = tmp_path / "data", tmp_path / "shop"
    project.mkdir()
    s = discount_session(str(project))
    path = s.write(tmp_path / "projects")
    first = hook(data, "claude-code", stop(s, path))
    assert (first.returncode, first.stdout, first.stderr) == (0, "", "")
    [run] = runs(data)
    assert run["task"] == "The checkout total ignores the discount code; fix it" and run["n_steps"] == 2
    assert run["status"] == "unknown"  # edited after the failing test: nobody knows yet

    s.tool("Bash", {"command": "pytest -q"}, "31 passed")
    s.write(tmp_path / "projects")
    assert hook(data, "claude-code", stop(s, path)).returncode == 0
    assert hook(data, "claude-code", stop(s, path, "SessionEnd")).returncode == 0  # again: nothing new
    [grown] = runs(data)
    assert (grown["id"], grown["n_steps"], grown["status"]) == (run["id"], 3, "success")
    assert not (data / "hook.log").exists()


def test_the_context_hook_answers_within_budget_with_the_relevant_prior_run(tmp_path: Path) -> None:
    data, project = tmp_path / "data", tmp_path / "shop"
    project.mkdir()
    s = discount_session(str(project))
    hook(data, "claude-code", stop(s, s.write(tmp_path / "projects")))
    for task in ("Upgrade the logging library", "Add a dark mode toggle to settings", "Speed up the CSV export"):
        other = ClaudeSession(cwd=str(project))
        other.user(task)
        other.tool("Bash", {"command": "ls"}, "app tests")
        hook(data, "claude-code", stop(other, other.write(tmp_path / "projects")))
    [wanted] = [r["id"] for r in runs(data) if "discount" in r["task"]]

    prompt = {
        "session_id": "new-session",
        "transcript_path": str(tmp_path / "projects" / "new-session.jsonl"),
        "cwd": str(project),
        "hook_event_name": "UserPromptSubmit",
        "prompt": "checkout total ignores the discount code again",
    }
    done = hook(data, "claude-code", prompt)
    assert done.returncode == 0 and done.stderr == ""
    out = json.loads(done.stdout)["hookSpecificOutput"]
    assert out["hookEventName"] == "UserPromptSubmit"
    context = out["additionalContext"]
    assert wanted in context and "discount code" in context
    assert "dark mode" not in context
    assert estimate_tokens(context) <= 500 + 60  # the budget, and the one header line

    unrelated = hook(data, "claude-code", {**prompt, "prompt": "zebra quantum saxophone"})
    assert (unrelated.returncode, unrelated.stdout) == (0, "")


def test_a_broken_hive_leaves_the_client_unharmed_with_one_log_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "ledger.db").write_bytes(b"this is not a database" * 100)
    s = discount_session(str(tmp_path))
    done = hook(data, "claude-code", stop(s, s.write(tmp_path / "projects")))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    lines = (data / "hook.log").read_text().splitlines()
    assert len(lines) == 1 and "claude-code" in lines[0]

    garbage = subprocess.run([*HOOK, "claude-code"], input="{not json", capture_output=True, text=True,
                             env={**os.environ, "SKILLHIVE_DATA_DIR": str(data)}, timeout=120, check=False)  # fmt: skip
    assert (garbage.returncode, garbage.stdout) == (0, "")
    assert len((data / "hook.log").read_text().splitlines()) == 2


def test_a_team_hive_that_is_down_gets_the_session_queued_and_the_client_goes_on(tmp_path: Path) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    data = tmp_path / "data"
    s = discount_session(str(tmp_path))
    done = hook(
        data, "claude-code", stop(s, s.write(tmp_path / "projects")),
        SKILLHIVE_UPSTREAM_URL=f"http://127.0.0.1:{port}/mcp", SKILLHIVE_UPSTREAM_TOKEN="t0ken",
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (0, "")
    queues = list(data.rglob("outgoing.db"))
    assert len(queues) == 1
    import sqlite3

    with sqlite3.connect(queues[0]) as db:
        [(payload,)] = db.execute("SELECT payload FROM outgoing").fetchall()
    sent = json.loads(payload)
    assert sent["session"] == f"claude-code:{s.session_id}" and sent["task"].startswith("The checkout total")


def test_an_ignored_project_is_not_captured_and_ignored_paths_are_withheld(tmp_path: Path) -> None:
    data = tmp_path / "data"
    private, partial = tmp_path / "private", tmp_path / "partial"
    private.mkdir()
    partial.mkdir()
    (private / ".skillhiveignore").write_text("# never capture this project\n")
    (partial / ".skillhiveignore").write_text("secrets/*\n")
    s = discount_session(str(private))
    assert hook(data, "claude-code", stop(s, s.write(tmp_path / "p1"))).returncode == 0
    assert not (data / "ledger.db").exists() or runs(data) == []

    t = ClaudeSession(cwd=str(partial))
    t.user("Rotate the API credentials used by the billing job")
    t.tool("Read", {"file_path": f"{partial}/secrets/billing.env"}, "BILLING_PASSWORD=hunter2-very-secret")
    t.tool("Bash", {"command": "cat secrets/billing.env | wc -l"}, "1")
    t.tool("Edit", {"file_path": f"{partial}/jobs/billing.py", "old_string": "a", "new_string": "b"}, "ok")
    assert hook(data, "claude-code", stop(t, t.write(tmp_path / "p2"))).returncode == 0
    [run] = runs(data)
    ledger = ledger_at(data / "ledger.db")
    try:
        [doc] = [r["doc"] for r in ledger.read("SELECT doc FROM trajectories")]
    finally:
        ledger.close()
    assert "hunter2" not in doc and "BILLING_PASSWORD" not in doc
    steps = json.loads(doc)["steps"]
    assert steps[0]["observation"] == steps[1]["observation"] == "[withheld by .skillhiveignore]"
    assert steps[2]["tool_args"]["file_path"].endswith("jobs/billing.py") and run["n_steps"] == 3


def test_codex_notify_captures_the_threads_rollout(tmp_path: Path) -> None:
    data, codex = tmp_path / "data", tmp_path / "codex"
    r = CodexRollout(cwd=str(tmp_path))
    r.prompt("make the report command skip empty accounts")
    r.shell("pytest -q", "12 passed")
    r.write(codex / "sessions")
    event = {
        "type": "agent-turn-complete",
        "thread-id": r.session_id,
        "turn-id": "1",
        "cwd": str(tmp_path),
        "input-messages": ["make the report command skip empty accounts"],
        "last-assistant-message": "Done.",
    }
    for _ in range(2):
        done = hook(data, "codex", None, json.dumps(event), CODEX_HOME=str(codex))
        assert (done.returncode, done.stdout) == (0, "")
    [run] = runs(data)
    assert run["task"] == "make the report command skip empty accounts" and run["status"] == "success"


def test_an_imported_session_and_the_hook_of_the_same_session_are_one_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    s = discount_session(str(tmp_path))
    path = s.write(tmp_path / "projects")
    monkeypatch.setenv("SKILLHIVE_DATA_DIR", str(data))
    monkeypatch.setenv("SKILLHIVE_USER", "ana")
    assert main(["import", str(path), "--no-progress"]) == 0
    assert "imported 1 new" in capsys.readouterr().out
    s.tool("Bash", {"command": "pytest -q"}, "31 passed")
    s.write(tmp_path / "projects")
    assert hook(data, "claude-code", stop(s, path)).returncode == 0
    [run] = runs(data)
    assert (run["n_steps"], run["status"]) == (3, "success")


def test_a_folder_in_the_capture_exclude_setting_is_not_captured(tmp_path: Path) -> None:
    data, work = tmp_path / "data", tmp_path / "client-acme" / "api"
    work.mkdir(parents=True)
    s = discount_session(str(work))
    exclude = json.dumps([str(tmp_path / "client-*")])
    done = hook(data, "claude-code", stop(s, s.write(tmp_path / "p")), SKILLHIVE_CAPTURE_EXCLUDE=exclude)
    assert (done.returncode, done.stdout) == (0, "")
    assert not (data / "ledger.db").exists() or runs(data) == []
    assert hook(data, "claude-code", stop(s, s.write(tmp_path / "p"))).returncode == 0  # without the setting
    assert len(runs(data)) == 1
