"""Listing, loading and reporting on the skills of the caller's team: the skill use cases."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping

from skillhive.errors import Forbidden, NotFound
from skillhive.models import (
    Caller,
    ItemKind,
    OutcomeRecorded,
    SkillDetail,
    SkillFileContent,
    SkillSummary,
)
from skillhive.redact import redact_text
from skillhive.requests import GetSkillRequest, ListSkillsRequest, SkillFileRequest, SkillOutcomeRequest
from skillhive.retrieval import Query, Retriever, SkillCard
from skillhive.skills.directories import SkillDirectories
from skillhive.skills.directory import Skill
from skillhive.skills.origin import Origin
from skillhive.skills.repo import commit_dates, resolve_version
from skillhive.store.ledger import Ledger
from skillhive.store.records import UserWeighted

NONE = UserWeighted(0, 0, None, 0.0)


class SkillUse:
    def __init__(self, ledger: Ledger, directories: SkillDirectories, retriever: Retriever) -> None:
        self.ledger = ledger
        self.directories = directories
        self.retriever = retriever

    def cards(self, team: str) -> list[SkillCard]:
        """What retrieval knows of each skill of the team, and where its version came from."""
        usage = self.ledger.skill_usage(team)
        directory = self.directories.get(team)
        skills = directory.scan().skills.values()
        dates = commit_dates(directory.root, (s.version for s in skills))
        origins = self.origins(team, _versions(skills))
        return [
            SkillCard(
                s.meta.name,
                s.meta.description,
                s.version,
                u.uses,
                u.served_rate,
                dates.get(s.version or ""),
                origins[s.meta.name],
            )
            for s in skills
            for u in (usage.get(s.meta.name, NONE),)
        ]

    def origins(self, team: str, versions: Mapping[str, str | None]) -> dict[str, Origin]:
        """How each skill (name → its version) is served: `skills`, verified, when this hive committed
        its version; else `remote:<repository>`, unverified (skills/origin.py). Every surface that
        serves a skill asks this."""
        return self.directories.origins(team).of(versions)

    def list_skills(self, caller: Caller, request: ListSkillsRequest) -> list[SkillSummary]:
        usage = self.ledger.skill_usage(caller.team)
        skills = list(self.directories.get(caller.team).scan().skills.values())
        if request.query:
            query = Query(text=request.query, k=request.limit, kinds=frozenset({ItemKind.SKILL}), max_tokens=20_000)
            order = {item.id: i for i, item in enumerate(self.retriever.retrieve(caller.team, query).items)}
            skills = sorted((s for s in skills if s.meta.name in order), key=lambda s: order[s.meta.name])
        else:
            skills.sort(key=lambda s: s.meta.name)
        out = []
        skills = skills[: request.limit]
        origins = self.origins(caller.team, _versions(skills))
        for s in skills:
            u = usage.get(s.meta.name, NONE)
            origin = origins[s.meta.name]
            out.append(
                SkillSummary(
                    name=s.meta.name,
                    description=s.meta.description,
                    version=s.version,
                    uses=u.uses,
                    success_rate=u.served_rate,
                    source=origin.source,
                    trust=origin.trust,
                )
            )
        return out

    def get_skill(self, caller: Caller, request: GetSkillRequest) -> SkillDetail:
        skill = self.directories.get(caller.team).get(request.name)
        u = self.ledger.skill_usage(caller.team).get(request.name, NONE)
        origin = self.origins(caller.team, _versions([skill]))[skill.meta.name]
        return SkillDetail(
            name=skill.meta.name,
            description=skill.meta.description,
            version=skill.version,
            uses=u.uses,
            success_rate=u.served_rate,
            source=origin.source,
            trust=origin.trust,
            body=skill.body,
            frontmatter=skill.frontmatter,
            files=skill.files,
        )

    def read_skill_file(self, caller: Caller, request: SkillFileRequest) -> SkillFileContent:
        name, path = request.name, request.path
        data = self.directories.get(caller.team).read_file(name, path)
        try:
            return SkillFileContent(name=name, path=path, size=len(data), text=data.decode("utf-8"))
        except UnicodeDecodeError:
            return SkillFileContent(name=name, path=path, size=len(data), base64=base64.b64encode(data).decode())

    def report_skill_outcome(self, caller: Caller, request: SkillOutcomeRequest) -> OutcomeRecorded:
        name = request.name
        skill = self.directories.get(caller.team).get(name)  # unknown skill → NotFound
        tid = request.trajectory_id
        if tid is not None:  # an outcome belongs to the run it came from: only its recorders say how it went
            authors = self.ledger.authors(caller.team, [tid]).get(tid)
            if not authors:
                raise NotFound(f"no trajectory {tid!r}")
            if caller.user not in authors:
                raise Forbidden("trajectory_id: not a run you recorded (report outcomes of your own runs)")
        root = self.directories.root(caller.team)
        used = resolve_version(root, name, request.version) if request.version else skill.version
        self.ledger.add_skill_outcome(
            team=caller.team,
            user=caller.user,
            skill=name,
            version=used,
            success=request.success,
            trajectory_id=tid,
            note=redact_text(request.note)[0] if request.note else None,
        )
        u = self.ledger.skill_usage(caller.team).get(name, NONE)
        return OutcomeRecorded(
            skill=name, version=used, success=request.success, uses=u.uses, success_rate=u.served_rate or 0.0
        )


def _versions(skills: Iterable[Skill]) -> dict[str, str | None]:
    return {s.meta.name: s.version for s in skills}
