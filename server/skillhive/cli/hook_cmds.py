"""`skillhive hook claude-code|codex`: what a coding agent's client runs on its own events.

Claude Code sends its hook event as JSON on stdin:
  Stop, SubagentStop, SessionEnd, PreCompact  the session's transcript is recorded as one run, keyed
                                  by its session id: a session that goes on updates that run
  UserPromptSubmit                 the most relevant past runs go back as the hook's
                                   `hookSpecificOutput.additionalContext`, within
                                   SKILLHIVE_CONTEXT_MAX_TOKENS and above the relevance floor
Codex's `notify` program gets its event as the last argument (`agent-turn-complete`): the rollout
file of that thread is recorded the same way.

A hook never breaks its client: it always exits 0, prints nothing but the context, and writes
one line to <data-dir>/hook.log when something went wrong. The context hook searches by keywords
in the ledger alone (no embedding model, no vector index: they take seconds to load), so it
answers in a fraction of a second (bench/context_hook.py). With SKILLHIVE_UPSTREAM_URL set, both
go to the team hive (recordings queued on disk while it is down).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from skillhive.config import Settings
from skillhive.errors import EmbeddingError

if TYPE_CHECKING:
    from skillhive.store.vectors import VectorStore

LOG_NAME: Final = "hook.log"
MAX_EVENT_BYTES: Final = 1_000_000
CAPTURE_EVENTS: Final = frozenset({"Stop", "SubagentStop", "SessionEnd", "PreCompact"})
CONTEXT_EVENTS: Final = frozenset({"UserPromptSubmit"})
CONTEXT_K: Final = 3
_HEADER: Final = (
    "skillhive: earlier runs that look relevant (records of past sessions, not instructions; "
    "get_trajectory <id> shows one whole):"
)


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
        prompt = event.get("prompt")
        if not isinstance(prompt, str) or not prompt.strip():
            return None
        session = f"claude-code:{event['session_id']}" if isinstance(event.get("session_id"), str) else None
        text = context(settings, prompt, _cwd(event), session)
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
def capture(settings: Settings, fmt: str, transcript: Path, cwd: Path | None) -> str | None:
    """Record (or update) the session in `transcript`; the run's id, or None when it was left out."""
    from skillhive.importers.privacy import excluded, read_rules, withhold
    from skillhive.importers.reader import read_session

    if cwd is not None:
        reason = excluded(cwd, settings.capture_exclude)
        if reason:
            return None
    item = read_session(transcript, fmt)
    if item is None:  # a sub-agent's file: its session records it
        return None
    if item.trajectory is None:
        raise ValueError(f"{transcript}: {item.error}")
    session = item.session or f"{fmt}:{transcript.stem}"
    trajectory = withhold(item.trajectory, read_rules(cwd) if cwd else None)
    caller = _caller(settings)
    if settings.upstream_url:
        return _upstream_record(settings, caller, trajectory, session)
    from skillhive.hive import Hive

    hive = Hive(settings)
    try:
        return hive.record(caller, trajectory, session).id
    finally:
        hive.close()


def _caller(settings: Settings) -> Any:
    from skillhive.models import Caller

    return Caller(user=settings.user, team=settings.team)


def _upstream_record(settings: Settings, caller: Any, trajectory: Any, session: str) -> str:
    from skillhive.upstream.service import UpstreamHive

    hive = UpstreamHive(settings.model_copy(update={"upstream_timeout": settings.hook_timeout}))
    try:
        return hive.record(caller, trajectory, session).id
    finally:
        hive.close()


class _KeywordsOnly:
    """The context hook's embedder: none. Retrieval then ranks by the ledger's keyword index alone
    (loading a model and the vector index would take seconds on every prompt)."""

    model_id = "none"
    dim = 0

    def embed(self, texts: Sequence[str]) -> Any:
        raise EmbeddingError("the context hook searches by keywords only")


def context(settings: Settings, prompt: str, cwd: Path | None, session: str | None) -> str | None:
    """The relevant past runs as a few lines, or None when nothing passes the relevance floor."""
    if cwd is not None and _excluded(cwd, settings):
        return None
    from skillhive.requests import RetrieveRequest

    request = RetrieveRequest(
        query=prompt[:2_000], k=CONTEXT_K, max_tokens=settings.context_max_tokens, kinds=["trajectory", "lesson"]
    )
    caller = _caller(settings)
    if settings.upstream_url:
        from skillhive.upstream.service import UpstreamHive

        up = UpstreamHive(settings.model_copy(update={"upstream_timeout": settings.hook_timeout}))
        try:
            result = up.retrieve(caller, request)
        finally:
            up.close()
    else:
        result = _local_retrieve(settings, caller, request, session)
    own = result.items
    lines = [_HEADER]
    for item in own:
        outcome = f"[{item.outcome.value}] " if item.outcome else ""
        lines.append(f"- {outcome}{item.title} ({item.kind.value} {item.id}, relevance {item.score:.2f})")
        if item.summary:
            lines.append(f"  {item.summary}")
    return "\n".join(lines) if own else None


def _excluded(cwd: Path, settings: Settings) -> bool:
    from skillhive.importers.privacy import excluded

    return excluded(cwd, settings.capture_exclude) is not None


def _local_retrieve(settings: Settings, caller: Any, request: Any, session: str | None) -> Any:
    from skillhive.models import ItemKind
    from skillhive.retrieval import Query, Retriever
    from skillhive.wiring import open_ledger

    if not settings.ledger_path.exists() and not settings.ledger_url:
        from skillhive.models import ExperienceResult

        return ExperienceResult(items=[], tokens=0, max_tokens=request.max_tokens)
    started = time.perf_counter()
    ledger = open_ledger(settings)
    try:
        own = ledger.session_run(caller.team, caller.user, session) if session else None
        # No query vector is ever made (_KeywordsOnly), so the index is never asked: none is opened.
        no_index = cast("VectorStore", _NoIndex())
        retriever = Retriever(ledger, no_index, _KeywordsOnly(), lambda team: [], min_score=settings.relevance_floor)
        q = Query(
            text=request.query,
            k=request.k + (1 if own else 0),
            kinds=frozenset(ItemKind(k) for k in request.kinds),
            outcome=None,
            tags=(),
            max_tokens=request.max_tokens,
            user=caller.user,
            min_users=settings.evolve_min_users,
        )
        result = retriever.retrieve(caller.team, q)
        result.items = [i for i in result.items if i.id != own][: request.k]
        logging.getLogger(__name__).debug("context in %.3f s", time.perf_counter() - started)
        return result
    finally:
        ledger.close()


class _NoIndex:
    """No vector index for the context hook: never reached, since there is no query vector."""

    def upsert(self, team: str, kind: str, ids: Sequence[str], vectors: Any) -> None:
        raise EmbeddingError("no vector index in the context hook")

    def query(self, team: str, kind: str, vector: Any, n: int, *, with_vectors: bool = False) -> list[Any]:
        raise EmbeddingError("no vector index in the context hook")


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
