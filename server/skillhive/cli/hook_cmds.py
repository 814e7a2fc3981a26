"""`skillhive hook claude-code|codex`: what a coding agent's client runs on its own events.

Claude Code sends its hook event as JSON on stdin:
  Stop, SubagentStop, SessionEnd, PreCompact  the session's transcript is recorded as one run, keyed
                                  by its session id: a session that goes on updates that run
  UserPromptSubmit                 the most relevant past runs and team skills go back as the
                                   hook's `hookSpecificOutput.additionalContext`, within
                                   SKILLHIVE_CONTEXT_MAX_TOKENS and above the relevance floor
  SessionStart                     the project's latest runs and the skills its name points at,
                                   the same way (hook_context.py)
Codex's `notify` program gets its event as the last argument (`agent-turn-complete`): the rollout
file of that thread is recorded the same way.

A hook never breaks its client: it always exits 0, prints nothing but the context, and writes
one line to <data-dir>/hook.log when something went wrong. The context hooks search by keywords
in the ledger and the skill folder alone (no embedding model, no vector index: they take seconds
to load), so they answer in a fraction of a second (bench/context_hook.py). With
SKILLHIVE_UPSTREAM_URL set, both go to the team hive (recordings queued on disk while it is down,
sent by the next hook that reaches it).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from skillhive.config import Settings

LOG_NAME: Final = "hook.log"
MAX_EVENT_BYTES: Final = 1_000_000
CAPTURE_EVENTS: Final = frozenset({"Stop", "SubagentStop", "SessionEnd", "PreCompact"})
CONTEXT_EVENTS: Final = frozenset({"UserPromptSubmit", "SessionStart"})


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    hook = sub.add_parser("hook", parents=[common], help="run as a coding agent's hook (event JSON on stdin)")
    hook.add_argument("client", choices=["claude-code", "codex"])
    hook.add_argument("event", nargs="?", help="codex: the notify event JSON (Claude Code sends it on stdin)")
    hook.set_defaults(handler=hook_cmd)


def note(settings: Settings, message: str) -> None:
    """One line in <data-dir>/hook.log; a hook has no other place to say what went wrong."""
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        with (settings.data_dir / LOG_NAME).open("a") as f:
            stamp = datetime.now(UTC).isoformat(timespec="seconds")
            f.write(f"{stamp} {' '.join(message.split())[:500]}\n")
    except OSError:
        pass


def hook_cmd(args: argparse.Namespace, settings: Settings) -> int:
    """Always 0: whatever fails is one line in hook.log, never an error the client shows."""
    logging.getLogger("skillhive").setLevel(logging.CRITICAL)  # stderr of a hook is the client's screen
    try:
        if args.client == "codex":
            raw = args.event if args.event is not None else sys.stdin.read(MAX_EVENT_BYTES)
            codex_event(settings, json.loads(raw))
        else:
            event = json.loads(sys.stdin.read(MAX_EVENT_BYTES) or "{}")
            out = claude_event(settings, event)
            if out:
                sys.stdout.write(out)
                sys.stdout.flush()
    except Exception as exc:  # the client must never see a failure
        note(settings, f"{args.client}: {type(exc).__name__}: {exc}")
    return 0


# -- Claude Code ---------------------------------------------------------------------------------
def claude_event(settings: Settings, event: Any) -> str | None:
    """What a Claude Code hook event does; the text to print on stdout, if any."""
    if not isinstance(event, dict):
        raise ValueError("the hook event is not a JSON object")
    name = event.get("hook_event_name")
    if name in CAPTURE_EVENTS:
        capture(settings, "claude-code", Path(str(event["transcript_path"])), _cwd(event))
        return None
    if name in CONTEXT_EVENTS:
        cwd = _cwd(event)
        if cwd is not None and _excluded(cwd, settings):
            return None
        session = f"claude-code:{event['session_id']}" if isinstance(event.get("session_id"), str) else None
        from skillhive.cli.hook_context import prompt_context, start_context

        if name == "SessionStart":
            text = start_context(settings, cwd, session)
        else:
            prompt = event.get("prompt")
            if not isinstance(prompt, str) or not prompt.strip():
                return None
            text = prompt_context(settings, prompt, cwd, session)
        if not text:
            return None
        return json.dumps({"hookSpecificOutput": {"hookEventName": name, "additionalContext": text}})
    return None


def _cwd(event: dict[str, Any]) -> Path | None:
    cwd = event.get("cwd")
    return Path(cwd) if isinstance(cwd, str) and cwd else None


# -- Codex ---------------------------------------------------------------------------------------
def codex_home() -> Path:
    import os

    return Path(os.environ.get("CODEX_HOME") or Path.home() / ".codex")


def rollout_of(thread: str, root: Path) -> Path | None:
    """The rollout file of a Codex thread: sessions/YYYY/MM/DD/rollout-<time>-<thread>.jsonl."""
    found = sorted(root.glob(f"*/*/*/rollout-*-{thread}.jsonl"))
    return found[-1] if found else None


def codex_event(settings: Settings, event: Any) -> None:
    if not isinstance(event, dict) or event.get("type") != "agent-turn-complete":
        return
    thread = event.get("thread-id")
    if not isinstance(thread, str) or not thread or "/" in thread:
        raise ValueError("the notify event has no thread-id")
    path = rollout_of(thread, codex_home() / "sessions")
    if path is None:
        raise FileNotFoundError(f"no rollout of thread {thread} under {codex_home() / 'sessions'}")
    capture(settings, "codex", path, _cwd(event))


# -- the two things a hook does --------------------------------------------------------------------
def capture(settings: Settings, fmt: str, transcript: Path, cwd: Path | None, hive: Any = None) -> str | None:
    """Record (or update) the session in `transcript`; the run's id, or None when it was left out.

    `cwd` is the project folder the client named (else the session's own); `hive` an open one to
    record into (`skillhive watch` keeps one), else one is opened for this run: the local hive, or
    the team hive's forwarding queue with SKILLHIVE_UPSTREAM_URL."""
    from skillhive.importers.privacy import excluded, read_rules, withhold
    from skillhive.importers.reader import read_session

    if cwd is not None and excluded(cwd, settings.capture_exclude):
        return None
    item = read_session(transcript, fmt)
    if item is None:  # a sub-agent's file: its session records it
        return None
    if item.trajectory is None:
        raise ValueError(f"{transcript}: {item.error}")
    if cwd is None and item.cwd:
        cwd = Path(item.cwd)
        if excluded(cwd, settings.capture_exclude):
            return None
    session = item.session or f"{fmt}:{transcript.stem}"
    trajectory = withhold(item.trajectory, read_rules(cwd) if cwd else None)
    caller = _caller(settings)
    if hive is not None:
        return str(hive.record(caller, trajectory, session).id)
    opened = open_hive(settings)
    try:
        return str(opened.record(caller, trajectory, session).id)
    finally:
        opened.close()


def open_hive(settings: Settings) -> Any:
    """Where captured sessions go: the local hive, or, with SKILLHIVE_UPSTREAM_URL, the team hive
    through its on-disk queue (a hook waits SKILLHIVE_HOOK_TIMEOUT for it at most)."""
    if settings.upstream_url:
        from skillhive.upstream.service import UpstreamHive

        return UpstreamHive(settings.model_copy(update={"upstream_timeout": settings.hook_timeout}))
    from skillhive.hive import Hive

    return Hive(settings)


def _caller(settings: Settings) -> Any:
    from skillhive.models import Caller

    return Caller(user=settings.user, team=settings.team)


def _excluded(cwd: Path, settings: Settings) -> bool:
    from skillhive.importers.privacy import excluded

    return excluded(cwd, settings.capture_exclude) is not None


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m skillhive.cli.hook_cmds CLIENT [EVENT]`: the hook without the rest of the CLI's imports
    (what `skillhive setup` writes into the client's settings; `skillhive hook` does the same)."""
    try:
        from skillhive.config import load_settings

        settings = load_settings()
    except Exception as exc:  # a broken setting must not break the client either
        print(f"skillhive hook: {exc}", file=sys.stderr)
        return 0
    parser = argparse.ArgumentParser(prog="skillhive hook")
    parser.add_argument("client", choices=["claude-code", "codex"])
    parser.add_argument("event", nargs="?")
    try:
        args = parser.parse_args(argv)
    except SystemExit:
        note(settings, f"hook: bad arguments {list(argv or sys.argv[1:])!r}")
        return 0
    return hook_cmd(args, settings)


if __name__ == "__main__":
    sys.exit(main())
