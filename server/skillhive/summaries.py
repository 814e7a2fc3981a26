"""Compact views of a trajectory: what it changed, where it went wrong, how it ended.

A run of 80 steps is mostly routine; what a later agent needs is the procedure (the calls that
changed something, with their key arguments), each error and the step that got past it, and the
end. These pure functions pick those once, at record time, for every format alike.

    procedure(t)      the state-changing tools, in the order first called: the run's signature
    decisive_steps()  indexes of the steps worth showing
    summarize(t)      one line of at most 700 characters an agent can act on
    task_key, twin_key  equal for runs of one task / runs that did exactly the same
    title(t)          what the user asked for, when the task is a script for a simulated user
    index_text(task)  what the dense index embeds: the task alone
    fts_body(t)       what the lexical index sees besides the task
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from skillhive.models import MAX_TASK_CHARS, Step, TrajectoryIn, squash

_TROUBLE = re.compile(
    r"(error\b|exception\b|\btraceback|\bfailed|\bfailure|\bfatal|\bdenied|\bnot found|\bno such"
    r"|\bno module|\bcannot|can't|\binvalid|\btimed? ?out|\brefused|segmentation fault|\bpanic"
    r"|\bundefined|\bunexpected|exit (code|status) [1-9])",
    re.IGNORECASE,
)
# Tools that only look: the verb that starts their name (after any namespace) says so. Everything
# else counts as changing state, the safe side: a run's signature may hold a harmless call, never
# lose the one that mattered.
_READ_VERBS = (
    "get|search|list|find|read|fetch|lookup|look|query|check|view|show|describe|inspect|calculate|compute"
    "|count|think|reason|plan|retrieve|browse|open|goto|scroll|cat|ls|head|tail|grep|rg|pwd|echo|which|wc"
    "|stat|diff|print|preview|explain|summari[sz]e|status|help|whoami|ping|validate|verify|lint|test"
)
_READ_ONLY = re.compile(rf"^(?i:{_READ_VERBS})(?:$|[_\-.\s0-9A-Z])")  # get_user, getUser, get-user, ls -la
_NAMESPACE = re.compile(r".*(?:__|[./:])")
# Conversation steps (an assistant message and the user's reply) are not actions.
REPLY_ACTIONS = frozenset({"respond", "reply", "say", "message", "answer"})
_PLEASANTRY = re.compile(
    r"###stop###|\b(thank(s| you)|you'?re welcome|goodbye|bye|have a (great|nice|good)|glad (i|to)|anything else"
    r"|happy to help|take care|my pleasure|no problem)\b",
    re.IGNORECASE,
)
MAX_SUMMARY_CHARS = 700
MAX_TITLE_CHARS = 200
# A task written to a simulated user ("You are mia_li_3668. You want to fly…", tau-bench) is not
# what the user asked for: the user's opening message is.
_PERSONA_SCRIPT = re.compile(r"^\s*You are\b")
_TROUBLE_WINDOW = 300
MAX_DECISIVE = 4
MAX_CHANGES_SHOWN = 4
MAX_ERRORS_SHOWN = 2
_ARG_VALUE_CHARS = 24
_ARGS_SHOWN = 3
_END_CHARS = 220
_STEP_BODY_CHARS = 2_000
_FTS_BODY_CHARS = 60_000
INDEX_TEXT_VERSION = "task-v2"  # what `index_text` embeds; a change means every run is embedded again


# -- what a step is --------------------------------------------------------------------------------
def is_trouble(step: Step) -> bool:
    """A step whose observation reads like an error (conversation replies never do: users say "can't")."""
    if is_reply(step):
        return False
    text = step.observation
    # Errors open or close an output; the middle of a long one is file content or a listing.
    return bool(_TROUBLE.search(text[:_TROUBLE_WINDOW]) or _TROUBLE.search(text[-_TROUBLE_WINDOW:]))


def is_reply(step: Step) -> bool:
    """A conversation turn: the agent's message (and the user's answer), not an action."""
    return step.tool_name is None and step.action.strip().lower() in REPLY_ACTIONS


def tool_verb(name: str) -> str:
    """The tool's own name without its namespace: `mcp__github__create_issue` → `create_issue`."""
    return _NAMESPACE.sub("", name)


def changes_state(tool_name: str) -> bool:
    """Whether a tool call may change something, judged by the verb its name starts with."""
    return not _READ_ONLY.match(tool_verb(tool_name))


def procedure(trajectory: TrajectoryIn) -> list[str]:
    """The run's signature: its state-changing tools, each once, in the order first called."""
    seen: dict[str, None] = {}
    for step in trajectory.steps:
        if step.tool_name and changes_state(step.tool_name):
            seen.setdefault(step.tool_name, None)
    return list(seen)


def render_call(step: Step) -> str:
    """`name(key=value, …)` with the short scalar arguments (ids, names, numbers) that identify the call."""
    name = step.tool_name or "call"
    args = step.tool_args or {}
    shown: list[str] = []
    for key, value in args.items():
        if len(shown) >= _ARGS_SHOWN:
            shown.append("…")
            break
        text = _short_value(value)
        if text is not None:
            shown.append(f"{key}={text}")
    if not args and step.action and step.action != name:
        return squash(step.action, 120)
    return f"{name}({', '.join(shown)})"


def _short_value(value: Any) -> str | None:
    if isinstance(value, bool) or value is None or isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, str):
        return json.dumps(squash(value, _ARG_VALUE_CHARS), ensure_ascii=False)
    if isinstance(value, list | dict) and value:
        return "[…]" if isinstance(value, list) else "{…}"
    return None


def describe_step(step: Step, width: int = 160) -> str:
    """One line: the action (or the call) and the first words of what came back."""
    if step.tool_name and (step.tool_args or not step.action):
        action = render_call(step)
    else:
        action = step.action or step.thought
    answer = step.observation
    if is_reply(step):
        action = f"said: {step.thought}"
        if _is_pleasantry(answer):  # the user's "Thanks!###STOP###" tells nothing
            answer = ""
    text = squash(action, width)
    if answer:
        text += " → " + squash(answer, width)
    return text


def _is_pleasantry(text: str) -> bool:
    return not text.strip() or (len(text) < 300 and bool(_PLEASANTRY.search(text)))


# -- which steps matter ----------------------------------------------------------------------------
def _fix_of(steps: list[Step], error: int) -> int | None:
    """The step that got past an error: the next action without trouble, a state change if one is near."""
    later = [j for j in range(error + 1, min(len(steps), error + 6)) if not is_reply(steps[j])]
    clean = [j for j in later if not is_trouble(steps[j])]
    changing = [j for j in clean if steps[j].tool_name and changes_state(steps[j].tool_name or "")]
    found = changing[:1] or clean[:1]
    return found[0] if found else None


def _last_substantive(steps: list[Step]) -> int | None:
    """The last step that is not a closing pleasantry (`Thank you!`, `###STOP###`)."""
    for i in range(len(steps) - 1, -1, -1):
        step = steps[i]
        words = step.thought if is_reply(step) else f"{step.action} {step.thought}"
        if not words.strip() and not step.observation.strip():
            continue
        if is_reply(step) and _is_pleasantry(words):
            continue
        return i
    return None


def decisive_steps(steps: list[Step]) -> list[int]:
    """Indexes of the steps that matter most: state changes, each error and its fix, the last real step."""
    if not steps:
        return []
    picked: list[int] = []
    changes = [i for i, s in enumerate(steps) if s.tool_name and changes_state(s.tool_name)]
    picked += changes[: MAX_DECISIVE - 1]
    for i, step in enumerate(steps):
        if len(picked) >= MAX_DECISIVE - 1:
            break
        if is_trouble(step):
            picked.append(i)
            fix = _fix_of(steps, i)
            if fix is not None:
                picked.append(fix)
    last = _last_substantive(steps)
    if last is not None:
        picked.append(last)
    return sorted(set(picked))[:MAX_DECISIVE]


def summarize(trajectory: TrajectoryIn) -> str:
    """What the run changed, where it failed and what got past it, and how it ended — in one line.

    `changed:` the state-changing calls with their key arguments (a failed one with its error);
    `error #n` the first other errors and the step after each; `last #n` the final substantive step
    when nothing changed state; `end:` the outcome with its score and feedback, always kept. Closing
    pleasantries never appear.
    """
    steps = trajectory.steps
    end = squash(_ending(trajectory), _END_CHARS)
    room = MAX_SUMMARY_CHARS - len(end) - 3
    parts: list[str] = []
    changes = [i for i, s in enumerate(steps) if s.tool_name and changes_state(s.tool_name)]
    if changes:
        shown = _first_and_last(changes, MAX_CHANGES_SHOWN)
        calls = [_change(i, steps[i]) for i in shown]
        hidden = len(changes) - len(shown)
        if hidden:  # the first attempts and the last ones (what finally went through)
            calls.insert(len(calls) // 2, f"…{hidden} more…")
        parts.append("changed: " + "; ".join(calls))
    shown_set = set(_first_and_last(changes, MAX_CHANGES_SHOWN))
    errors = [i for i, s in enumerate(steps) if is_trouble(s) and i not in shown_set]
    for i in errors[:MAX_ERRORS_SHOWN]:
        line = f"error #{i + 1} {describe_step(steps[i], 80)}"
        fix = _fix_of(steps, i)
        if fix is not None:
            line += f"; then #{fix + 1} {describe_step(steps[fix], 80)}"
        parts.append(line)
    if not changes:
        last = _last_substantive(steps)
        if last is not None and last not in errors[:MAX_ERRORS_SHOWN]:
            parts.append(f"last #{last + 1} {describe_step(steps[last], 160)}")
    body = squash(" | ".join(parts), room) if parts else ""
    return f"{body} | {end}" if body else end


def _first_and_last(indexes: list[int], n: int) -> list[int]:
    return indexes if len(indexes) <= n else indexes[: n // 2] + indexes[-(n - n // 2) :]


def _change(i: int, step: Step) -> str:
    """One state-changing call; a failed one carries the start of its error."""
    text = f"#{i + 1} {squash(render_call(step), 110)}"
    if is_trouble(step):
        text += " → " + squash(step.observation, 70)
    return text


def _ending(trajectory: TrajectoryIn) -> str:
    outcome = trajectory.outcome
    end = f"end: {outcome.status.value}"
    if outcome.score is not None:
        end += f" (score {outcome.score:g})"
    if outcome.feedback:
        end += " — " + squash(outcome.feedback, 200)
    return end


# -- keys that group runs -------------------------------------------------------------------------
def task_key(task: str) -> str:
    """Equal for runs of the same task (whitespace and case aside): retrieval groups them."""
    return hashlib.sha256(squash(task, MAX_TASK_CHARS).lower().encode()).hexdigest()[:16]


def twin_key(trajectory: TrajectoryIn) -> str:
    """Equal for runs whose agent side is identical (same task, same thoughts, actions and messages,
    same outcome); only what came back may differ. Retrieval shows one of them with a count of the
    others. Runs that made the same calls but reasoned or spoke differently stay apart: each is its
    own evidence of how the task goes.
    """
    acts = [(s.tool_name, s.tool_args, s.action, s.thought) for s in trajectory.steps]
    doc = json.dumps([task_key(trajectory.task), trajectory.outcome.status.value, acts], sort_keys=True, default=str)
    return hashlib.sha256(doc.encode()).hexdigest()[:16]


def title(trajectory: TrajectoryIn) -> str:
    """What the user asked for, in one line, when the task is not it; "" when the task is the title.

    A task that is a script for a simulated user (it starts "You are …") of a run that opens with
    the user's own words (a first step that is only what came back: importers keep the opening
    message so) is titled with those words.
    """
    first = trajectory.steps[0] if trajectory.steps else None
    if (
        first is not None
        and _PERSONA_SCRIPT.match(trajectory.task)
        and not (first.tool_name or first.action.strip() or first.thought.strip())
        and first.observation.strip()
    ):
        return squash(first.observation, MAX_TITLE_CHARS)
    return ""


def served_title(title: str, task: str) -> str:
    """A stored run's title as retrieval serves it: what the user asked for, else its task, in a line."""
    return squash(title or task, 200)


# -- what the indexes see --------------------------------------------------------------------------
def index_text(task: str) -> str:
    """What the dense index embeds for a run: its task, nothing else.

    A query is a task or a step; outcome lines and summaries in the vector only blur it (measured in
    bench/retrieval_quality.py). Steps are matched by the lexical index; procedures by voting.
    """
    return squash(task, 1_000)


def fts_body(trajectory: TrajectoryIn) -> str:
    """What the lexical index sees besides the task: every step, each clipped, plus tags and feedback."""
    parts: list[str] = []
    size = 0
    for step in trajectory.steps:
        for text in (step.thought, step.action, step.tool_name or "", step.observation):
            if text:
                clipped = text[:_STEP_BODY_CHARS]
                parts.append(clipped)
                size += len(clipped)
        if size > _FTS_BODY_CHARS:
            break
    parts.extend(trajectory.tags)
    if trajectory.outcome.feedback:
        parts.append(trajectory.outcome.feedback)
    return "\n".join(parts)[:_FTS_BODY_CHARS]
