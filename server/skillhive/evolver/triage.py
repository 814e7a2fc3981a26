"""Triage without a model: cheap signals per trajectory, near-duplicate groups, and what is worth a call.

Most recorded runs are routine successes that teach nothing new; a model call on each would cost
more than the whole rest of a pass. `select` keeps every failure that matters, analyses each
group of near-duplicates once (the others count as its support), and fills the remaining budget
with the most informative of the rest.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from skillhive.evolver.types import Signals
from skillhive.models import OutcomeStatus, Step, TrajectoryIn
from skillhive.summaries import is_trouble

# Informativeness weights, added then capped at 1. A failure alone clears any sensible threshold;
# errors, loops and stagnation add a little each (capped, so a long flaky run does not outrank a
# clear failure); a success that used a skill or recovered from an error carries some evidence;
# a clean routine success scores 0.
W_FAILURE = 0.55  # failure or partial
W_DISSATISFIED = 0.5  # the user said it was wrong
W_EXHAUSTED = 0.4  # the run hit a step / token / cost / time limit
W_UNKNOWN = 0.2  # nobody labelled it: a judge could
W_TOOL_ERROR, CAP_TOOL_ERRORS = 0.1, 0.3
W_LOOP, CAP_LOOPS = 0.1, 0.3
W_STAGNATION, CAP_STAGNATION = 0.05, 0.15
W_SKILL = 0.15  # a skill was used: its outcome is evidence for or against it

DEFAULT_MIN_SCORE = 0.1
_TAIL = 2  # limits show up at the end of a run: look at the last observations only

_EXHAUSTED = re.compile(
    r"(step limit|max(imum)?[ _-]*(number of )?(steps|turns|iterations)|(token|cost|budget|turn) limit"
    r"|context (length|window)|maximum context|too many tokens"
    r"|\btimed out\b|\btimeout (error|exceeded|reached)|time limit"
    r"|exit_(cost|context|time|step|turn|format)\w*|exceeded (the )?(max|limit|budget))",
    re.IGNORECASE,
)
_NEGATIVE_FEEDBACK = re.compile(
    r"((?<!nothing )(?<!not )(?<!no )\bwrong\b|not what i (asked|wanted|meant)|does ?n[o']t work"
    r"|did ?n[o']t work|\bstill (broken|failing|fails)\b|\buseless\b(?![-_])|\bunhelpful\b|frustrat"
    r"|\bincorrect\b|\bterrible\b|thumbs?[ -]?down|:-1:|👎)",
    re.IGNORECASE,
)
# A user reply inside the run (chat agents): only phrases aimed at the agent, so that tool output
# such as "wrong number of arguments" does not read as an unhappy user.
_NEGATIVE_REPLY = re.compile(
    r"(not what i (asked|wanted|meant)|that'?s (wrong|not right|incorrect)|you('re| are| got it) wrong"
    r"|\buseless\b(?![-_])|frustrat|👎)",
    re.IGNORECASE,
)
_WS = re.compile(r"\s+")
_NUMBERS = re.compile(r"\b0x[0-9a-f]+\b|\b[0-9a-f]{7,40}\b|\d+(\.\d+)?")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().lower().rstrip(".!?;:")


def _action(step: Step) -> str | None:
    """The step's action, normalised; None when the step did nothing."""
    if step.action.strip():
        return _norm(step.action)
    if step.tool_name:
        args = json.dumps(step.tool_args or {}, sort_keys=True, default=str)
        return _norm(f"{step.tool_name}({args})")
    return None


def _repeats(values: Sequence[str | None]) -> int:
    seen: set[str] = set()
    count = 0
    for value in values:
        if not value:
            continue
        count += value in seen
        seen.add(value)
    return count


def signals(t: TrajectoryIn) -> Signals:
    """The model-free facts about one run, and how informative they make it."""
    status = t.outcome.status
    feedback = t.outcome.feedback or ""
    tail = " ".join(step.observation[-2_000:] for step in t.steps[-_TAIL:])
    tags = " ".join(t.tags)
    low_user_score = t.outcome.source == "user" and t.outcome.score is not None and t.outcome.score <= 0.3
    # env and judge feedback describe the result, not a user's mood
    user_said = t.outcome.source not in ("env", "judge") and _NEGATIVE_FEEDBACK.search(feedback)
    replies = " ".join(step.observation[:2_000] for step in t.steps if step.observation)
    s = Signals(
        failure=status in (OutcomeStatus.FAILURE, OutcomeStatus.PARTIAL),
        unknown_outcome=status == OutcomeStatus.UNKNOWN,
        tool_errors=sum(is_trouble(step) for step in t.steps),
        loops=_repeats([_action(step) for step in t.steps]),
        stagnation=_repeats([_norm(step.observation[:4_000]) for step in t.steps]),
        exhausted=bool(_EXHAUSTED.search(f"{feedback}\n{tags}\n{tail}")),
        dissatisfied=low_user_score or bool(_NEGATIVE_REPLY.search(replies)) or bool(user_said),
        skills_used=list(dict.fromkeys(ref.name for ref in t.skills_used)),
    )
    s.score = score(s)
    return s


def score(s: Signals) -> float:
    """Informativeness in 0..1 from the signals (weights at the top of this module)."""
    total = (
        W_FAILURE * s.failure
        + W_DISSATISFIED * s.dissatisfied
        + W_EXHAUSTED * s.exhausted
        + W_UNKNOWN * s.unknown_outcome
        + min(CAP_TOOL_ERRORS, W_TOOL_ERROR * s.tool_errors)
        + min(CAP_LOOPS, W_LOOP * s.loops)
        + min(CAP_STAGNATION, W_STAGNATION * s.stagnation)
        + W_SKILL * bool(s.skills_used)
    )
    return round(min(1.0, total), 4)


def matters(s: Signals, min_score: float = DEFAULT_MIN_SCORE) -> bool:
    """A failure the selection must never drop: failed, exhausted or disliked, and above the floor."""
    return (s.failure or s.dissatisfied or s.exhausted) and s.score >= min_score


# -- grouping and selection -----------------------------------------------------------------------
@dataclass
class Group:
    """Near-duplicate runs analysed once: the representative's text, everyone's ids and users."""

    representative_id: str
    trajectory: TrajectoryIn
    ids: list[str]
    users: list[str]
    signals: Signals

    @property
    def size(self) -> int:
        return len(self.ids)


@dataclass
class Selection:
    """The groups worth a model call, the ones left for a later pass, and why the rest are not."""

    groups: list[Group]
    skipped: int  # runs in no selected group and not deferred (low score)
    reasons: dict[str, int] = field(default_factory=dict)  # duplicate | low_score | budget → runs
    deferred: list[Group] = field(default_factory=list)  # over this pass's budget: read in a later pass

    @property
    def sent(self) -> int:
        """Representatives sent to a model."""
        return len(self.groups)


def _shape(text: str) -> str:
    """Text with ids and numbers masked: runs of one template on different inputs look alike."""
    return _NUMBERS.sub("#", _norm(text))


def _key(t: TrajectoryIn, s: Signals) -> str:
    """Runs of one kind: the task's shape, the verdict, the skills used and every action's shape, in order.

    Equal task text alone is not enough: a run that copies another user's task but did something
    else is its own evidence, and must not speak for theirs (nor borrow their support).
    """
    verdict = f"{t.outcome.status}|{int(s.dissatisfied)}|{int(s.exhausted)}|{','.join(sorted(s.skills_used))}"
    actions = "\n".join(_shape(a) for a in (_action(step) for step in t.steps) if a)
    return hashlib.sha256(f"{_shape(t.task)}\n{verdict}\n{actions}".encode()).hexdigest()


def group(items: Sequence[tuple[str, TrajectoryIn, str]]) -> list[Group]:
    """Near-duplicates (same task shape, verdict and actions) in one group, from (id, run, user) in
    recording order.

    The earliest member speaks for the group — the model reads it — so a later run that repeats
    the actions cannot choose what the model reads by scoring higher; the group is as informative
    as its most telling member.
    """
    sigs = [signals(t) for _, t, _ in items]
    members: dict[str, list[int]] = {}
    for i, (_, t, _) in enumerate(items):
        members.setdefault(_key(t, sigs[i]), []).append(i)
    groups = []
    for idx in members.values():
        first = idx[0]
        telling = max(idx, key=lambda i: (sigs[i].score, -i))
        groups.append(
            Group(
                representative_id=items[first][0],
                trajectory=items[first][1],
                ids=[items[i][0] for i in idx],
                users=list(dict.fromkeys(items[i][2] for i in idx)),
                signals=sigs[telling],
            )
        )
    return groups


def select(
    items: Sequence[tuple[str, TrajectoryIn, str]],
    *,
    budget_ratio: float = 0.5,
    min_score: float = DEFAULT_MIN_SCORE,
) -> Selection:
    """Pick the groups worth a model call from (trajectory_id, trajectory, user) items.

    Every group that `matters` is kept, even past the budget; the rest fill what remains of
    `budget_ratio x len(items)`, never below `min_score`. The budget is filled fairly: users take
    turns (by who recorded each group first), each with their own groups best first, so one
    user's flood of failures cannot push the others' runs out. Groups over the budget are
    `deferred` (a later pass reads them), not dropped.
    """
    groups = group(items)
    order = sorted(groups, key=lambda g: (-g.signals.score, -len(g.users), -g.size))
    budget = int(budget_ratio * len(items))
    queues: dict[str, list[Group]] = {}
    reasons = {"duplicate": 0, "low_score": 0, "budget": 0}
    for g in order:  # matters-first within each user's queue, then by score
        if g.signals.score < min_score and not matters(g.signals, min_score):
            reasons["low_score"] += g.size
            continue
        queues.setdefault(g.users[0], []).append(g)
    for queue in queues.values():
        queue.sort(key=lambda g: not matters(g.signals, min_score))  # stable: keeps the score order
    chosen: list[Group] = []
    deferred: list[Group] = []
    turn = 0
    while any(turn < len(q) for q in queues.values()):
        for queue in queues.values():
            if turn >= len(queue):
                continue
            g = queue[turn]
            if len(chosen) < budget or matters(g.signals, min_score):
                chosen.append(g)
                reasons["duplicate"] += g.size - 1
            else:
                deferred.append(g)
                reasons["budget"] += g.size
        turn += 1
    return Selection(groups=chosen, skipped=reasons["low_score"], reasons=reasons, deferred=deferred)
