"""The safety gates every proposed skill edit passes before it may be committed.

Per edit, in order, stopping at the first rejection: `edit` (it applies to the snapshot),
`rename`, `lint` (the directory's own validator), `size`, `evidence` (enough trajectories from
enough distinct users), `safety` (secrets, exfiltration, disabled safeguards, remote code,
prompt injection, hidden unicode), `scripts` (no new executable scripts), `commands` (every
command or code the edit writes is in the skill already or in a run it cites), `duplicate` (a new
skill must not repeat an existing one), `review` (an injected, grounded LLM review). Then the
survivors are merged (`merge`: losers of a conflict) and each merged SKILL.md is linted again.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillhive.evolver.edits import DEFAULT_LICENSE, apply_edits
from skillhive.evolver.types import CreateSkill, GateVerdict, Proposal, SkillEdit
from skillhive.safety import safety_problem
from skillhive.skills.spec import parse_skill_md, strict_problems

if TYPE_CHECKING:
    import numpy as np

log = logging.getLogger(__name__)

Embed = Callable[[list[str]], "np.ndarray"]  # L2-normalised rows, one per text
Reviewer = Callable[[SkillEdit, str | None, Sequence[str]], GateVerdict]


@dataclass(frozen=True)
class GateConfig:
    """Thresholds of the gates; the defaults make one user unable to change a shared skill."""

    min_trajectories: int = 3
    min_users: int = 2
    max_body_lines: int = 500
    max_chars: int = 40_000
    duplicate_cosine: float = 0.9
    duplicate_jaccard: float = 0.8  # the fallback when no embedder is given
    default_license: str | None = DEFAULT_LICENSE


# -- scripts patterns ---------------------------------------------------------------------------
SCRIPT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shebang", re.compile(r"(?m)^\s*#!\s*/")),
    ("writes-scripts", re.compile(r"\b(?:create|write|save|add|put|place|store|generate)\s+(?:(?:a|an|the|new"
                                  r"|this|following|file|script|code|it|to|at|in|as|into|under|called|named)"
                                  r"\s+){0,5}\S*scripts/[\w.-]*")),
    ("redirect-to-scripts", re.compile(r"(?:>>?\s*|\btee\s+(?:-a\s+)?|\b(?:cp|mv|install)\s+\S+\s+"
                                       r"|\btouch\s+)\S*scripts/")),
    ("fence-names-script", re.compile(r"(?m)^\s*(?:```|~~~)[^\n]*scripts/")),
    ("file-header", re.compile(r"(?m)^\s*(?:```|~~~)[^\n]*\n\s*(?:#|//|--|;)\s*\S*scripts/[\w.-]+")),
    ("chmod-script", re.compile(r"\bchmod\s+\S*\+?x\S*\s+\S*scripts/")),
)  # fmt: skip


def scripts_problem(text: str) -> str | None:
    """Why `text` looks like a new executable script destined for scripts/, or None."""
    lowered = text.lower()
    for name, regex in SCRIPT_PATTERNS:
        if m := regex.search(lowered):
            return f"{name}: {m.group().strip()[:80]!r}"
    return None


# -- the gates ----------------------------------------------------------------------------------
def _skill_words(edit: SkillEdit) -> str:
    """Every piece of text the edit writes into a SKILL.md."""
    return "\n".join(getattr(edit, attr, "") for attr in ("heading", "content", "description", "body"))


_RATIONALE_FAMILIES = frozenset({"prompt-injection"})


def gate_rename(edit: SkillEdit, old: str | None, new: str | None) -> GateVerdict:
    if new is None:
        return GateVerdict(gate="rename", passed=True, reason="retired, not renamed")
    names = [parse_skill_md(t, "-").frontmatter.get("name") for t in (old, new) if t is not None]
    if any(n != edit.skill for n in names):
        return GateVerdict(gate="rename", passed=False, reason=f"name changes: {names} vs {edit.skill!r}")
    return GateVerdict(gate="rename", passed=True, reason="name unchanged")


def gate_lint(skill: str, new: str | None) -> GateVerdict:
    if new is None:
        return GateVerdict(gate="lint", passed=True, reason="retired")
    # The size gate owns the body's length (its limit is a setting); lint holds every other limit.
    errors = [p for p in strict_problems(parse_skill_md(new, skill).problems) if p.rule != "body.max-lines"]
    if errors:
        return GateVerdict(gate="lint", passed=False, reason=f"{errors[0].message} [{errors[0].rule}]")
    return GateVerdict(gate="lint", passed=True, reason="valid SKILL.md")


def gate_size(new: str | None, config: GateConfig) -> GateVerdict:
    if new is None:
        return GateVerdict(gate="size", passed=True, reason="retired")
    lines = len(parse_skill_md(new, "-").body.splitlines())
    if lines > config.max_body_lines or len(new) > config.max_chars:
        limits = f"at most {config.max_body_lines} and {config.max_chars}"
        return GateVerdict(gate="size", passed=False, reason=f"{lines} body lines, {len(new)} chars; {limits}")
    return GateVerdict(gate="size", passed=True, reason=f"{lines} body lines, {len(new)} chars")


def gate_evidence(trajectories: int, users: int, config: GateConfig) -> GateVerdict:
    what = f"{trajectories} trajectories from {users} users"
    if trajectories < config.min_trajectories or users < config.min_users:
        need = f"needs {config.min_trajectories} from {config.min_users} distinct users"
        return GateVerdict(gate="evidence", passed=False, reason=f"{what}; {need}")
    return GateVerdict(gate="evidence", passed=True, reason=what)


# Chat-template tokens: served text may quote one (code that builds prompts), but an edit the evolver
# writes has no reason to open a message as the system or a user.
_CHAT_TOKEN = re.compile(
    r"<\|(?:im_start|im_end|system|user|assistant|begin_of_text|start_header_id|end_header_id|eot_id)\|>"
    r"|\[/?INST\]|<</?SYS>>",
    re.IGNORECASE,
)


def gate_safety(edit: SkillEdit) -> GateVerdict:
    # The rationale only reaches the commit message and the reviewer: it may describe what went
    # wrong in a run ("agents committed with --no-verify"), but not carry secrets or injections.
    words = _skill_words(edit)
    problem = safety_problem(words) or safety_problem(edit.rationale, _RATIONALE_FAMILIES)
    if problem is None and (token := _CHAT_TOKEN.search(words)) is not None:
        problem = f"prompt-injection/chat-template: {token.group(0)!r} opens a message in the model's own format"
    return GateVerdict(gate="safety", passed=problem is None, reason=problem or "no unsafe text")


def gate_scripts(edit: SkillEdit) -> GateVerdict:
    problem = scripts_problem(_skill_words(edit))
    if problem:
        return GateVerdict(gate="scripts", passed=False, reason=f"looks like a new script: {problem}")
    return GateVerdict(gate="scripts", passed=True, reason="changes SKILL.md only")


_CODE_SPAN = re.compile(r"`([^`\n]+)`")
_CODE_BLOCK = re.compile(r"(?ms)^[ \t]*(```|~~~)[^\n]*\n(.*?)^[ \t]*\1")


def code_of(text: str) -> list[str]:
    """The commands and code `text` writes: each line of its code blocks, then each inline code span."""
    lines = [ln.strip().removeprefix("$ ") for m in _CODE_BLOCK.finditer(text) for ln in m.group(2).splitlines()]
    spans = _CODE_SPAN.findall(_CODE_BLOCK.sub("", text))
    return list(dict.fromkeys(c for c in (*lines, *(s.strip() for s in spans)) if c))


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def gate_commands(edit: SkillEdit, old: str | None, runs: Sequence[str]) -> GateVerdict:
    """Every command (code) the edit writes must be in the skill already or in a run it cites: a small
    model invents the command that would have fixed a failure (`migrate`), and agents would run it."""
    shown = "\n".join(_squash(t) for t in (old or "", *runs))
    for code in code_of(_skill_words(edit)):
        c = _squash(code)
        if not re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", shown):
            return GateVerdict(gate="commands", passed=False, reason=f"`{code[:80]}` is in no cited run nor the skill")
    return GateVerdict(gate="commands", passed=True, reason="every command is in a cited run or the skill")


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def gate_duplicate(
    edit: SkillEdit, existing: Mapping[str, str], config: GateConfig, embed: Embed | None
) -> GateVerdict:
    """A new skill whose description repeats an existing skill's (skill name → description)."""
    if not isinstance(edit, CreateSkill) or not existing:
        return GateVerdict(gate="duplicate", passed=True, reason="no existing skill to repeat")
    names = sorted(existing)
    if embed is not None:
        vectors = embed([edit.description, *(existing[n] for n in names)])
        scores = [float(s) for s in vectors[1:] @ vectors[0]]
        threshold, how = config.duplicate_cosine, "cosine"
    else:
        mine = _tokens(edit.description)
        scores = [len(mine & (t := _tokens(existing[n]))) / max(1, len(mine | t)) for n in names]
        threshold, how = config.duplicate_jaccard, "jaccard"
    best = max(range(len(names)), key=scores.__getitem__)
    reason = f"closest is {names[best]!r} ({how} {scores[best]:.2f}, threshold {threshold})"
    return GateVerdict(gate="duplicate", passed=scores[best] < threshold, reason=reason)


def gate_review(edit: SkillEdit, old: str | None, evidence: Sequence[str], review: Reviewer | None) -> GateVerdict:
    if review is None:
        return GateVerdict(gate="review", passed=True, reason="no reviewer")
    try:
        verdict = review(edit, old, evidence)
        return GateVerdict(gate="review", passed=bool(verdict.passed), reason=verdict.reason[:1000])
    except Exception as exc:  # a failed or malformed review is a rejection, never a crash
        log.warning("review of an edit to %s failed: %s", edit.skill, exc)
        return GateVerdict(gate="review", passed=False, reason=f"review failed: {type(exc).__name__}")


def run_gates(
    edits: Sequence[SkillEdit],
    snapshot: Mapping[str, str],
    *,
    support: Mapping[int, tuple[int, int]],
    config: GateConfig | None = None,
    embed: Embed | None = None,
    review: Reviewer | None = None,
    evidence_texts: Mapping[int, Sequence[str]] | None = None,
    run_texts: Mapping[int, Sequence[str]] | None = None,
) -> list[Proposal]:
    """One Proposal per edit, in order, with its verdicts; `support[i]` = (trajectories, users).

    `run_texts[i]`: the full text of the runs edit i cites (the commands gate looks for its code
    there); without it, `evidence_texts[i]`.

    Afterwards `apply_edits(snapshot, [p.edit for p in proposals if p.accepted])` gives texts
    that passed every gate together.
    """
    config = config or GateConfig()
    descriptions: dict[str, str] = {}

    def gates(
        i: int, edit: SkillEdit, old: str | None, new: str | None, support: tuple[int, int]
    ) -> Iterator[GateVerdict]:
        """The per-edit gates in order, lazily: the caller stops at the first rejection."""
        yield gate_rename(edit, old, new)
        yield gate_lint(edit.skill, new)
        yield gate_size(new, config)
        yield gate_evidence(*support, config)
        yield gate_safety(edit)
        yield gate_scripts(edit)
        yield gate_commands(edit, old, (run_texts or evidence_texts or {}).get(i, []))
        yield gate_duplicate(edit, descriptions, config, embed)
        yield gate_review(edit, old, (evidence_texts or {}).get(i, []), review)

    proposals: list[Proposal] = []
    for i, edit in enumerate(edits):
        support_i = support.get(i, (len(set(edit.evidence)), 0))
        proposal = Proposal(edit=edit, support_trajectories=support_i[0], support_users=support_i[1])
        proposals.append(proposal)
        alone = apply_edits(snapshot, [edit], default_license=config.default_license)
        if error := alone.error_of(0):
            proposal.verdicts.append(GateVerdict(gate="edit", passed=False, reason=error.reason))
            continue
        proposal.verdicts.append(GateVerdict(gate="edit", passed=True, reason="applies"))
        if isinstance(edit, CreateSkill) and not descriptions:
            descriptions.update(_descriptions(snapshot))
        old = snapshot.get(edit.skill)
        for verdict in gates(i, edit, old, alone.texts.get(edit.skill, old), support_i):
            proposal.verdicts.append(verdict)
            if not verdict.passed:
                break
    _merge_and_relint(proposals, snapshot, config)
    return proposals


def _descriptions(snapshot: Mapping[str, str]) -> dict[str, str]:
    out = {}
    for name, text in snapshot.items():
        description = parse_skill_md(text, name).frontmatter.get("description")
        if isinstance(description, str) and description.strip():
            out[name] = description
    return out


def _merge_and_relint(proposals: list[Proposal], snapshot: Mapping[str, str], config: GateConfig) -> None:
    """Reject the losers of merge conflicts, then every edit of a skill whose merged text fails lint."""
    accepted = [i for i, p in enumerate(proposals) if p.accepted]
    merged = apply_edits(snapshot, [proposals[i].edit for i in accepted], default_license=config.default_license)
    for error in merged.errors:
        reason = re.sub(r"edit #(\d+)", lambda m: f"edit #{accepted[int(m.group(1))]}", error.reason)
        proposals[accepted[error.index]].verdicts.append(GateVerdict(gate="merge", passed=False, reason=reason))
    for skill, text in merged.texts.items():
        verdict = gate_lint(skill, text)
        if verdict.passed:
            verdict = gate_size(text, config)
        if not verdict.passed:
            why = f"together with the other accepted edits: {verdict.reason}"
            for i in accepted:
                if proposals[i].edit.skill == skill and proposals[i].accepted:
                    proposals[i].verdicts.append(verdict.model_copy(update={"reason": why}))
