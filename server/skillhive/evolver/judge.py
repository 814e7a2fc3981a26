"""An LLM judge for runs nobody labelled, with explicit "impossible" and "ambiguous" verdicts.

A judge's label is weaker than one from the environment or a user: it is kept only when the
judge is confident, and it stays marked `source="judge"` so later stages can tell.
"""

from __future__ import annotations

from skillhive.evolver.llm import LLM, UNTRUSTED_NOTE, fence
from skillhive.evolver.types import Verdict
from skillhive.models import Outcome, OutcomeStatus, TrajectoryIn
from skillhive.summaries import decisive_steps, describe_step

DEFAULT_MIN_CONFIDENCE = 0.7
_TASK_CHARS = 2_000
_LAST_OBSERVATION_CHARS = 1_500
_FEEDBACK_CHARS = 600
_STEP_WIDTH = 200

SYSTEM_PROMPT = f"""You judge whether an AI agent accomplished the task it was given, \
from a compact record of its run.

Answer with one JSON object: {{"status": ..., "confidence": ..., "reason": ...}}.
status is exactly one of:
- "success": the record shows the task was done as asked.
- "failure": the record shows it was not done, or was done wrongly.
- "partial": part of the task was done, part was not.
- "impossible": the task could not be done as asked (contradictory, missing access or data, \
refused by the environment) — whatever the agent did.
- "ambiguous": the record does not show enough to decide. Prefer this to a guess.
confidence is your probability (0 to 1) that the status is right. reason says why in at most \
two sentences, citing step numbers.

{UNTRUSTED_NOTE}"""


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build_prompt(t: TrajectoryIn) -> str:
    """The user message: the run's task, decisive steps, last observation and feedback, fenced as data."""
    lines = [f"Task: {_clip(t.task, _TASK_CHARS)}", f"Steps: {len(t.steps)}"]
    for i in decisive_steps(t.steps):
        lines.append(f"#{i + 1} {describe_step(t.steps[i], _STEP_WIDTH)}")
    if t.steps and t.steps[-1].observation:
        lines.append(f"Last observation (#{len(t.steps)}): {_clip(t.steps[-1].observation, _LAST_OBSERVATION_CHARS)}")
    if t.outcome.feedback:
        lines.append(f"Feedback ({t.outcome.source or 'unknown source'}): {_clip(t.outcome.feedback, _FEEDBACK_CHARS)}")
    if t.skills_used:
        lines.append("Skills used: " + ", ".join(ref.name for ref in t.skills_used))
    return "Judge this run.\n" + fence("\n".join(lines)) + "\nAnswer with the JSON object only."


def judge(llm: LLM, t: TrajectoryIn) -> Verdict | None:
    """The judge's verdict on one run; None when its answer is malformed (LLMUnavailable propagates)."""
    return llm.structured(SYSTEM_PROMPT, build_prompt(t), Verdict)


def label_from_verdict(v: Verdict, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Outcome | None:
    """A judge label for a confident success/failure/partial; None keeps the run unknown."""
    if v.status in ("impossible", "ambiguous") or v.confidence < min_confidence:
        return None
    return Outcome(status=OutcomeStatus(v.status), score=None, source="judge", feedback=v.reason or None)
