"""`skillhive setup claude-code|codex [--remove]`: the MCP server and the capture hooks in the client's
settings, in one step.

Claude Code: the hooks (Stop, SessionEnd → record the session; UserPromptSubmit, SessionStart →
add context) in ~/.claude/settings.json, the MCP server in ~/.claude.json (`mcpServers.skillhive`).
Codex: `notify` and `[mcp_servers.skillhive]` in ~/.codex/config.toml, between marker lines. Every change is shown
as a diff, each file is copied to `<file>.skillhive-backup` before it is written, `--remove` takes
out exactly what setup added, and hooks or settings that skillhive did not write are never
touched (an existing `notify` of Codex is left as it is, and said so).
"""

from __future__ import annotations

import argparse
import difflib
import json
import shlex
import shutil
import sys
from pathlib import Path
from typing import Any, Final

from skillhive.config import Settings
from skillhive.errors import ConfigError

HOOK_MODULE: Final = "skillhive.cli.hook_cmds"
CAPTURE_EVENTS: Final = ("Stop", "SessionEnd")
CONTEXT_EVENTS: Final = ("UserPromptSubmit", "SessionStart")
BEGIN: Final = "# >>> skillhive setup >>>"
END: Final = "# <<< skillhive setup <<<"
BACKUP_SUFFIX: Final = ".skillhive-backup"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    setup = sub.add_parser("setup", parents=[common], help="add the MCP server and capture hooks to a client")
    setup.add_argument("client", choices=["claude-code", "codex"])
    setup.add_argument("--remove", action="store_true", help="take out what setup added (nothing else)")
    setup.add_argument("--dry-run", action="store_true", help="show the change without writing it")
    setup.set_defaults(handler=setup_cmd)


def hook_command(settings: Settings, client: str) -> list[str]:
    return ["env", f"SKILLHIVE_DATA_DIR={settings.data_dir}", sys.executable, "-m", HOOK_MODULE, client]


def serve_command(settings: Settings) -> tuple[str, list[str], dict[str, str]]:
    return sys.executable, ["-m", "skillhive.cli", "serve"], {"SKILLHIVE_DATA_DIR": str(settings.data_dir)}


# -- Claude Code -----------------------------------------------------------------------------------
def _ours(group: Any) -> bool:
    hooks = group.get("hooks") if isinstance(group, dict) else None
    return (
        isinstance(hooks, list)
        and bool(hooks)
        and all(isinstance(h, dict) and HOOK_MODULE in str(h.get("command", "")) for h in hooks)
    )


def claude_settings(doc: dict[str, Any], command: str, *, remove: bool) -> dict[str, Any]:
    """`doc` (settings.json) with skillhive's hook groups added, or taken out; others kept as they are."""
    doc = json.loads(json.dumps(doc))
    hooks = doc.setdefault("hooks", {})
    if not isinstance(hooks, dict):
        raise ConfigError("settings.json: `hooks` is not an object; fix it by hand first")
    for event in (*CAPTURE_EVENTS, *CONTEXT_EVENTS):
        groups = [g for g in hooks.get(event, []) if not _ours(g)]
        if not remove:
            timeout = 5 if event in CONTEXT_EVENTS else 30
            groups.append({"hooks": [{"type": "command", "command": command, "timeout": timeout}]})
        if groups:
            hooks[event] = groups
        else:
            hooks.pop(event, None)
    if not hooks:
        doc.pop("hooks")
    return doc


def claude_mcp(doc: dict[str, Any], server: tuple[str, list[str], dict[str, str]], *, remove: bool) -> dict[str, Any]:
    """`doc` (~/.claude.json) with the skillhive MCP server, or without it."""
    doc = json.loads(json.dumps(doc))
    servers = doc.setdefault("mcpServers", {})
    if remove:
        servers.pop("skillhive", None)
    else:
        command, args, env = server
        servers["skillhive"] = {"type": "stdio", "command": command, "args": args, "env": env}
    if not servers:
        doc.pop("mcpServers")
    return doc


# -- Codex ---------------------------------------------------------------------------------------------
def _without_ours(text: str) -> str:
    out, inside = [], False
    for line in text.splitlines(keepends=True):
        if line.strip() == BEGIN:
            inside = True
        elif line.strip() == END:
            inside = False
        elif not inside:
            out.append(line)
    return "".join(out)


def _toml_list(items: list[str]) -> str:
    return "[" + ", ".join(json.dumps(i) for i in items) + "]"


def codex_config(
    text: str, notify: list[str], server: tuple[str, list[str], dict[str, str]], *, remove: bool
) -> tuple[str, str | None]:
    """config.toml with skillhive's `notify` (at the top: a top-level key) and MCP server (at the end),
    or without them; and a note when a `notify` of someone else's stays."""
    import tomllib

    base = _without_ours(text)
    if remove:
        return base, None
    try:
        parsed = tomllib.loads(base)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config.toml is not valid TOML ({exc}); fix it by hand first") from None
    head = ""
    note = None
    if "notify" in parsed:
        note = "config.toml already has a `notify` program: left as it is, so Codex sessions are not captured"
    else:
        head = f"{BEGIN}\nnotify = {_toml_list(notify)}\n{END}\n"
    command, args, env = server
    env_toml = ", ".join(f"{k} = {json.dumps(v)}" for k, v in env.items())
    tail = ("" if not base or base.endswith("\n") else "\n") + (
        f"{BEGIN}\n[mcp_servers.skillhive]\ncommand = {json.dumps(command)}\nargs = {_toml_list(args)}\n"
        f"env = {{ {env_toml} }}\n{END}\n"
    )
    if "skillhive" in parsed.get("mcp_servers", {}):
        note = (note + "; " if note else "") + "an mcp_servers.skillhive of your own stays as it is"
        tail = ""
    return head + base + tail, note


# -- writing -----------------------------------------------------------------------------------------
def _show(path: Path, before: str, after: str) -> None:
    diff = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), str(path), f"{path} (new)"
    )
    text = "".join(diff)
    print(text if text else f"{path}: unchanged")


def _write(path: Path, before: str | None, after: str, *, dry_run: bool) -> None:
    _show(path, before or "", after)
    if dry_run or (before or "") == after:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if before is not None:
        shutil.copy2(path, path.with_name(path.name + BACKUP_SUFFIX))
        print(f"backup: {path.with_name(path.name + BACKUP_SUFFIX)}")
    tmp = path.with_name(path.name + ".skillhive-tmp")
    tmp.write_text(after)
    tmp.replace(path)


def _read(path: Path) -> str | None:
    try:
        return path.read_text()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None


def _json(path: Path, text: str | None) -> dict[str, Any]:
    if not text or not text.strip():
        return {}
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise ConfigError(f"{path}: not valid JSON ({exc}); fix it by hand first") from None
    if not isinstance(doc, dict):
        raise ConfigError(f"{path}: not a JSON object; fix it by hand first")
    return doc


def setup_cmd(args: argparse.Namespace, settings: Settings) -> int:
    home = Path.home()
    server = serve_command(settings)
    if args.client == "claude-code":
        path = home / ".claude" / "settings.json"
        before = _read(path)
        command = shlex.join(hook_command(settings, "claude-code"))
        after = claude_settings(_json(path, before), command, remove=args.remove)
        _write(path, before, json.dumps(after, indent=2) + "\n", dry_run=args.dry_run)
        path = home / ".claude.json"
        before = _read(path)
        after = claude_mcp(_json(path, before), server, remove=args.remove)
        _write(path, before, json.dumps(after, indent=2) + "\n", dry_run=args.dry_run)
    else:
        path = home / ".codex" / "config.toml"
        before = _read(path)
        text, note = codex_config(before or "", hook_command(settings, "codex"), server, remove=args.remove)
        _write(path, before, text, dry_run=args.dry_run)
        if note:
            print(f"note: {note}", file=sys.stderr)
    if not args.remove and not args.dry_run:
        print(f"skillhive is set up for {args.client}; restart it. Undo: skillhive setup {args.client} --remove")
    return 0
