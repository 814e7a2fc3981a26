"""Structured values: a JSON-like value (`redact_value`, `is_sensitive_key`) and a whole trajectory."""

from __future__ import annotations

import re
from typing import Any

from skillhive.models import MAX_AGENT_CHARS, Step, TrajectoryIn
from skillhive.redact.engine import _MARKER, MARKER_PREFIX, _Counter, marker
from skillhive.redact.judge import looks_like_token
from skillhive.redact.known import mask_known
from skillhive.redact.named import _loose_value, _weak_value
from skillhive.redact.rules import _redact
from skillhive.redact.values import _key_kind
from skillhive.redact.words import is_weak, loose_secret_kind, secret_kind

_SENSITIVE_KEY = re.compile(
    r"(?i)(?:^|[_.-])(?:password|passwd|passphrase|pass|pwd|pw|secret|secrets|token|api[_-]?key|apikey"
    r"|authorization|auth|credentials?|cookie|private[_-]?key|access[_-]?key|secret[_-]?key"
    r"|(?:account|encryption|signing|master|subscription)[_-]?key"
    r"|client[_-]?secret|session[_-]?id)$"
)


def is_sensitive_key(key: str) -> bool:
    """Whether a mapping key names a secret (`dbPassword`, `accessToken`, `pin`, `X-Api-Key`…).

    Its value is redacted whatever it looks like, except under a name whose word is common on its
    own (`auth`, `pin`, `session`), where the value must look like a credential (words.py, judge.py).
    """
    return secret_kind(key) is not None or bool(_SENSITIVE_KEY.search(key))


def _item_kind(key: str, item: Any) -> str | None:
    """The marker kind for `item` under `key`, or None when `key` names no secret for it."""
    if not is_sensitive_key(key):
        if isinstance(item, str) and _loose_value(key, item):  # {"STRIPE_KEY": "<machine-made>"}
            return loose_secret_kind(key)
        return None
    if is_weak(key) and not _SENSITIVE_KEY.search(key):
        if isinstance(item, bool) or not isinstance(item, str | int):
            return None
        if _weak_value(key, str(item)):
            return None
    return secret_kind(key) or _key_kind(key)


def _redact_value(value: Any, counter: _Counter, kind: str | None) -> Any:
    """Redact strings anywhere in a JSON-like value; `kind` is set under a secret-named key."""
    if isinstance(value, str):
        if kind is None:
            return _redact(value, counter) if len(value) >= 7 else mask_known(value, counter)
        if not value or _MARKER.fullmatch(value):
            return value
        counter.n += 1
        return marker(kind)
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        for key, item in value.items():
            item_kind = kind
            if item_kind is None and isinstance(key, str):
                item_kind = _item_kind(key, item)
            if isinstance(key, str) and len(key) >= 7:  # a secret can be a key too ("Authorization: Bearer …")
                key = _redact(key, counter)
                while key in out:  # two keys that differed only by their secrets stay two
                    key += "'"
            out[key] = _redact_value(item, counter, item_kind)
        return out
    if isinstance(value, list | tuple):
        return [_redact_value(item, counter, kind) for item in value]
    if isinstance(value, int | float) and not isinstance(value, bool):
        if kind is not None:
            counter.n += 1
            return marker(kind)
        written = str(value)
        masked = mask_known(written, counter)  # a PIN the agent declared, passed as a number
        return masked if masked != written else value
    return value


def redact_value(value: Any) -> tuple[Any, int]:
    """Redact a JSON-like value (tool arguments): strings anywhere, anything under a secret key."""
    counter = _Counter()
    return _redact_value(value, counter, None), counter.n


def _max_length(model: type[Any], name: str) -> int:
    for meta in model.model_fields[name].metadata:
        if isinstance(getattr(meta, "max_length", None), int):
            return int(meta.max_length)
    raise LookupError(f"{model.__name__}.{name} has no max_length")


_MAX_TOOL_NAME = _max_length(Step, "tool_name")


def redact_trajectory(t: TrajectoryIn) -> tuple[TrajectoryIn, int]:
    """Redact every free-text field of a trajectory; return it (the same object if clean) and the count.

    Redacted: the task, each step's thought, action, observation, tool name and tool arguments, the
    outcome's feedback, the tags and the agent. A tag must stay a valid tag (no brackets), so a tag
    that holds a secret becomes `redacted:<kind>` (the kind of its first secret); a tool name or an
    agent that a marker made longer than its limit is cut to it. Skill names are not redacted: their
    pattern (`name` or `name@hex`) leaves no room for anything but a name and a commit.
    """
    counter = _Counter()

    def text(value: str) -> str:
        return _redact(value, counter) if len(value) >= 7 else mask_known(value, counter)

    def tag(value: str) -> str:
        before = counter.n
        redacted = text(value)
        if counter.n == before:
            if not looks_like_token(re.split(r"[:=/@]", value)[-1]):
                return value
            counter.n += 1  # a tag that is a random token on its own: nothing else would put one there
            return "redacted:token"
        found = _MARKER.search(redacted)
        return f"redacted:{found.group()[len(MARKER_PREFIX) : -1]}" if found else "redacted"

    task = text(t.task)
    steps = []
    for step in t.steps:
        update: dict[str, Any] = {
            "thought": text(step.thought),
            "action": text(step.action),
            "observation": text(step.observation),
        }
        if step.tool_name is not None:
            update["tool_name"] = text(step.tool_name)[:_MAX_TOOL_NAME]
        if step.tool_args is not None:
            update["tool_args"] = _redact_value(step.tool_args, counter, None)
        steps.append(step.model_copy(update=update))
    outcome = t.outcome
    if outcome.feedback is not None:
        outcome = outcome.model_copy(update={"feedback": text(outcome.feedback)})
    tags = [tag(value) for value in t.tags]
    agent = None if t.agent is None else text(t.agent)[:MAX_AGENT_CHARS]
    if counter.n == 0:
        return t, 0
    update = {"task": task, "steps": steps, "outcome": outcome, "tags": tags, "agent": agent}
    return t.model_copy(update=update), counter.n
