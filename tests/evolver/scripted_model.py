"""A scripted "model" for the fake OpenAI server: answers each evolver stage by its system prompt.

Not collected by pytest (no test_ prefix). It plays a competent, honest model unless told to
push a given instruction into the skill (the attacker's model) or to answer garbage.
"""

from __future__ import annotations

import json
import re
from typing import Any

IDS = re.compile(r"tr_[0-9a-f]{20}")


class ScriptedModel:
    """Callable script for `FakeOpenAI(chat=...)`; counts the stages it was asked."""

    def __init__(self, *, section: str = "Run migrations first", advice: str | None = None) -> None:
        self.section = section
        self.advice = advice or "Apply the pending database migrations before deploying, then check its health."
        self.stages: dict[str, int] = {}

    def __call__(self, request: dict[str, Any]) -> str:
        system = request["messages"][0]["content"]
        user = request["messages"][1]["content"]  # a repair appends its own messages after it
        ids = list(dict.fromkeys(IDS.findall(user)))
        stage = self._stage(system)
        self.stages[stage] = self.stages.get(stage, 0) + 1
        return json.dumps(getattr(self, stage)(user, ids))

    @staticmethod
    def _stage(system: str) -> str:
        if system.startswith("You judge"):
            return "judge"
        if system.startswith("You study"):
            return "analyse"
        if system.startswith("You maintain"):
            return "edit"
        if system.startswith("You write"):
            return "create"
        if system.startswith("You review"):
            return "review"
        raise AssertionError(f"unknown stage: {system[:60]}")

    def judge(self, user: str, ids: list[str]) -> dict[str, Any]:
        return {"status": "failure", "confidence": 0.9, "reason": "the deploy failed at step 2"}

    def analyse(self, user: str, ids: list[str]) -> dict[str, Any]:
        skill = re.search(r"used the skill '([a-z0-9-]+)'", user)
        return {
            "lessons": [
                {
                    "title": self.section,
                    "description": "deploying a service whose schema changed",
                    "content": self.advice,
                    "kind": "pitfall",
                    "evidence": [{"trajectory_id": i, "steps": [2]} for i in ids],
                    "skill": skill.group(1) if skill else None,
                }
            ]
        }

    def edit(self, user: str, ids: list[str]) -> dict[str, Any]:
        skill = re.search(r"Skill '([a-z0-9-]+)'", user)
        assert skill is not None
        return {
            "edits": [
                {
                    "op": "add_section",
                    "skill": skill.group(1),
                    "heading": self.section,
                    "content": self.advice,
                    "rationale": "several users' deploys failed because migrations had not run",
                    "evidence": ids,
                }
            ]
        }

    def create(self, user: str, ids: list[str]) -> dict[str, Any]:
        return {"edits": []}

    def review(self, user: str, ids: list[str]) -> dict[str, Any]:
        return {"runs_show": "the deploys failed the same way", "unsupported": [], "lost": [], "supported": True}
