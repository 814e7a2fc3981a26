"""`skillhive setup claude-code|codex`: adds the MCP server and the hooks, keeps a backup, shows the
change, and `--remove` takes out exactly what it added."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from skillhive.cli import main

THEIRS = {"type": "command", "command": "~/bin/notify-me.sh"}


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("SKILLHIVE_DATA_DIR", str(tmp_path / "data"))
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def test_claude_code_setup_adds_hooks_and_server_beside_the_users_own_and_remove_restores_them(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = home / ".claude" / "settings.json"
    settings.parent.mkdir()
    original = {"model": "opus", "hooks": {"Stop": [{"hooks": [THEIRS]}]}}
    settings.write_text(json.dumps(original, indent=2))
    (home / ".claude.json").write_text(json.dumps({"mcpServers": {"github": {"command": "gh-mcp"}}}))

    assert main(["setup", "claude-code"]) == 0
    shown = capsys.readouterr().out
    assert "+" in shown and "skillhive.cli.hook_cmds" in shown and "backup:" in shown
    doc = json.loads(settings.read_text())
    assert doc["model"] == "opus"
    assert doc["hooks"]["Stop"][0] == {"hooks": [THEIRS]}
    ours = doc["hooks"]["Stop"][1]["hooks"][0]["command"]
    assert ours.endswith("-m skillhive.cli.hook_cmds claude-code")
    assert set(doc["hooks"]) == {"Stop", "SessionEnd", "UserPromptSubmit", "SessionStart"}
    servers = json.loads((home / ".claude.json").read_text())["mcpServers"]
    assert set(servers) == {"github", "skillhive"} and servers["skillhive"]["args"][-1] == "serve"
    assert json.loads((home / ".claude" / "settings.json.skillhive-backup").read_text()) == original

    assert main(["setup", "claude-code"]) == 0  # twice: still one group of ours per event
    assert len(json.loads(settings.read_text())["hooks"]["Stop"]) == 2

    assert main(["setup", "claude-code", "--remove"]) == 0
    assert json.loads(settings.read_text()) == original
    assert json.loads((home / ".claude.json").read_text()) == {"mcpServers": {"github": {"command": "gh-mcp"}}}


def test_the_hook_command_setup_writes_runs_in_a_shell_as_the_client_runs_it(home: Path, tmp_path: Path) -> None:
    assert main(["setup", "claude-code"]) == 0
    command = json.loads((home / ".claude" / "settings.json").read_text())["hooks"]["Stop"][0]["hooks"][0]["command"]
    done = subprocess.run(["sh", "-c", command], input="{}", capture_output=True, text=True, timeout=120, check=False)
    assert (done.returncode, done.stdout) == (0, "")
    assert sys.executable in command


def test_codex_setup_adds_notify_and_server_keeps_the_file_valid_and_remove_restores_it(home: Path) -> None:
    config = home / ".codex" / "config.toml"
    config.parent.mkdir()
    original = 'model = "gpt-5.2-codex"\n\n[mcp_servers.docs]\ncommand = "docs-mcp"\n'
    config.write_text(original)
    assert main(["setup", "codex"]) == 0
    doc = tomllib.loads(config.read_text())
    assert doc["model"] == "gpt-5.2-codex" and doc["mcp_servers"]["docs"] == {"command": "docs-mcp"}
    assert doc["notify"][-2:] == ["skillhive.cli.hook_cmds", "codex"]
    assert doc["mcp_servers"]["skillhive"]["args"][-1] == "serve"
    assert main(["setup", "codex", "--remove"]) == 0
    assert config.read_text() == original


def test_codex_setup_never_replaces_a_notify_program_it_did_not_write(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = home / ".codex" / "config.toml"
    config.parent.mkdir()
    config.write_text('notify = ["terminal-notifier"]\n')
    assert main(["setup", "codex"]) == 0
    doc = tomllib.loads(config.read_text())
    assert doc["notify"] == ["terminal-notifier"] and "skillhive" in doc["mcp_servers"]
    assert "already has a `notify` program" in capsys.readouterr().err
