"""What each page shows, gathered through the hive's use cases (and store/browse.py for the lists
the tools do not have). Each function runs off the event loop and returns a template's context.
Roles are the tools': what a tool keeps for maintainers (passes, reviews, skill history) a member's
page does not show either, and lessons are shown to a member as retrieval would serve them."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from skillhive.errors import InvalidInput, NotFound
from skillhive.hive import Hive
from skillhive.models import Caller, Lesson
from skillhive.reports import PassReport
from skillhive.requests import GetSkillRequest, GetTrajectoryRequest, ListSkillsRequest
from skillhive.roles import has_role, require_role
from skillhive.safety import safety_problem, withheld, withhold_each
from skillhive.skills.git import run_git
from skillhive.skills.repo import resolve_version
from skillhive.store.browse import Browse, RunLine, RunQuery

PAGE = 50
OUTCOMES = ("success", "failure", "partial", "unknown")
_RUN_ID = re.compile(r"\btr_[0-9a-f]{20}\b")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]*)?$")


def served(text: str) -> str:
    """A text as the tools would serve it: withheld when it reads like orders to agents."""
    problem = safety_problem(text) if text else None
    return text if problem is None else withheld(problem.split(":", 1)[0])


def _served_line(run: RunLine) -> RunLine:
    """A run's line with its fields withheld as get_trajectory withholds them (safety.withhold_each)."""
    why = withhold_each([run.task, *run.tags, *run.procedure])
    tags, procedure = why[1 : 1 + len(run.tags)], why[1 + len(run.tags) :]
    return replace(
        run,
        task=run.task if why[0] is None else withheld(why[0]),
        tags=[t if f is None else "withheld" for t, f in zip(run.tags, tags, strict=True)],
        procedure=[p if f is None else "withheld" for p, f in zip(run.procedure, procedure, strict=True)],
    )


class Views:
    def __init__(self, hive: Hive) -> None:
        self.hive = hive
        self.browse = Browse(hive.backends.ledger)

    # -- home ----------------------------------------------------------------------------------
    def home(self, caller: Caller) -> dict[str, Any]:
        stats = self.hive.maintenance.stats(caller.team)
        return {"stats": stats}

    # -- runs ----------------------------------------------------------------------------------
    def runs(self, caller: Caller, params: dict[str, str]) -> dict[str, Any]:
        def get(name: str, limit: int = 200) -> str | None:
            value = (params.get(name) or "").strip()
            if len(value) > limit:
                raise InvalidInput(name, f"at most {limit} characters")
            return value or None

        since, until = get("since", 40), get("until", 40)
        for name, value in (("since", since), ("until", until)):
            if value is not None and not _DATE.match(value):
                raise InvalidInput(name, "a date such as 2026-11-30, or an ISO time")
        if until is not None and len(until) == 10:  # a whole day: up to its end
            until = (datetime.fromisoformat(until) + timedelta(days=1)).date().isoformat()
        outcome = get("outcome", 20)
        if outcome is not None and outcome not in OUTCOMES:
            raise InvalidInput("outcome", f"one of {', '.join(OUTCOMES)}")
        try:
            page = max(1, int(params.get("page") or 1))
        except ValueError:
            raise InvalidInput("page", "a whole number from 1") from None
        query = RunQuery(
            since=since,
            until=until,
            user=get("user", 64),
            tag=get("tag", 64),
            outcome=outcome,
            procedure=get("procedure", 120),
            text=get("q"),
            limit=PAGE,
            offset=(page - 1) * PAGE,
        )
        runs, total = self.browse.runs(caller.team, query)
        keys = ("since", "until", "user", "tag", "outcome", "procedure", "q")
        filters = {k: (params.get(k) or "").strip() for k in keys}
        return {
            "runs": [_served_line(r) for r in runs],
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PAGE)),
            "filters": filters,
            "qs": urlencode({k: v for k, v in filters.items() if v}),
            "users": self.browse.recorders(caller.team),
            "outcomes": OUTCOMES,
        }

    def run(self, caller: Caller, run_id: str) -> dict[str, Any]:
        trajectory = self.hive.get_trajectory(caller, GetTrajectoryRequest(id=run_id))
        lines = self.browse.runs_by_id(caller.team, [run_id])
        if not lines:
            raise NotFound(f"no trajectory {run_id!r}")
        line = lines[0]
        batch = self.hive.ownership.store.batch(caller.team, line.import_id) if line.import_id else None
        return {
            "run": trajectory,
            "line": _served_line(line),
            "authors": self.browse.authorships(caller.team, run_id),
            "batch": batch,
        }

    # -- skills --------------------------------------------------------------------------------
    def skills(self, caller: Caller) -> dict[str, Any]:
        return {"skills": self.hive.list_skills(caller, ListSkillsRequest(limit=200))}

    def skill(self, caller: Caller, name: str) -> dict[str, Any]:
        detail = self.hive.get_skill(caller, GetSkillRequest(name=name))
        history = None
        if has_role(caller, "maintainer") and self.hive.curation is not None:
            history = self.hive.curation.history(caller, name, 50)
        return {
            "skill": detail,
            "body": served(detail.body),
            "history": history,
            "outcomes": self.browse.skill_outcomes(caller.team, name),
        }

    def skill_version(self, caller: Caller, name: str, version: str) -> dict[str, Any]:
        require_role(caller, "maintainer")  # skill_history is a maintainer's tool
        self.hive.get_skill(caller, GetSkillRequest(name=name))
        root = self.hive.directories.root(caller.team)
        sha = resolve_version(root, name, version)
        diff = run_git(
            root,
            "show",
            "--no-color",
            "--no-ext-diff",
            "--no-textconv",
            "--format=commit %H%nAuthor: %an%nDate: %aI%n%n%B",
            sha,
            "--",
            f"{name}/",
        )
        return {"name": name, "sha": sha, "diff": diff}

    # -- evolver passes ------------------------------------------------------------------------
    def passes(self, caller: Caller) -> dict[str, Any]:
        require_role(caller, "maintainer")  # evolution_status is a maintainer's tool
        assert self.hive.curation is not None
        return {"passes": self.hive.curation.passes(caller, 50)}

    def evolver_pass(self, caller: Caller, run_id: str) -> dict[str, Any]:
        require_role(caller, "maintainer")
        found = self.browse.pass_report(caller.team, run_id)
        if found is None:
            raise NotFound(f"no evolver pass {run_id!r}")
        started, raw = found
        report = PassReport.model_validate_json(raw)
        commit = report.commit
        diff, cited = "", []
        if commit and re.fullmatch(r"[0-9a-f]{7,64}", commit):
            root = self.hive.directories.root(caller.team)
            message = run_git(root, "log", "-1", "--format=%B", commit, check=False)
            cited = self.browse.runs_by_id(caller.team, sorted(set(_RUN_ID.findall(message))))
            diff = run_git(
                root, "show", "--no-color", "--no-ext-diff", "--no-textconv", "--stat", "--patch", commit, check=False
            )
        read, read_total = self.browse.runs_between(
            caller.team, self.browse.pass_before(caller.team, started), started, 100
        )
        return {
            "report": report,
            "diff": diff,
            "cited": [_served_line(r) for r in cited],
            "read": [_served_line(r) for r in read],
            "read_total": read_total,
        }

    # -- reviews -------------------------------------------------------------------------------
    def reviews(self, caller: Caller) -> dict[str, Any]:
        require_role(caller, "maintainer")  # list_skill_reviews is a maintainer's tool
        assert self.hive.curation is not None
        return {"reviews": self.hive.curation.reviews(caller, with_diff=True)}

    def approve(self, caller: Caller, branch: str) -> str:
        assert self.hive.curation is not None
        return self.hive.curation.approve(caller, branch)

    def reject(self, caller: Caller, branch: str) -> None:
        assert self.hive.curation is not None
        self.hive.curation.reject(caller, branch)

    # -- lessons -------------------------------------------------------------------------------
    def _lessons(self, caller: Caller) -> list[Lesson]:
        maintainer = has_role(caller, "maintainer")
        lessons = self.hive.backends.evolution.lessons(caller.team, include_retired=maintainer)
        if maintainer:
            return lessons
        quorum = self.hive.backends.quorum()  # as retrieval serves them: to their authors until enough users back them
        return [x for x in lessons if x.support_users >= quorum or caller.user in x.authors]

    def lessons(self, caller: Caller) -> dict[str, Any]:
        counts = self.browse.serve_counts(caller.team)
        return {"lessons": [_served_lesson(x) for x in self._lessons(caller)], "serves": counts}

    def lesson(self, caller: Caller, lesson_id: str) -> dict[str, Any]:
        found = [x for x in self._lessons(caller) if x.id == lesson_id]
        if not found:
            raise NotFound(f"no lesson {lesson_id!r}")
        lesson = found[0]
        serves = self.browse.serves(caller.team, lesson_id) if has_role(caller, "maintainer") else None
        evidence = self.browse.runs_by_id(caller.team, lesson.evidence[:100])
        return {"lesson": _served_lesson(lesson), "serves": serves, "evidence": [_served_line(r) for r in evidence]}


def _served_lesson(lesson: Lesson) -> Lesson:
    texts = {"title": lesson.title, "description": lesson.description, "content": lesson.content}
    why = withhold_each(list(texts.values()))
    return lesson.model_copy(
        update={k: text if flag is None else withheld(flag) for (k, text), flag in zip(texts.items(), why, strict=True)}
    )
