"""One evolution pass: triage → judge → group → analyse → consolidate → gates → apply.

Model calls run in a bounded thread pool; every stage degrades to "no change" on a malformed or
missing answer. Without a model, the pass still triages, retires failing lessons and rolls back
skill versions that do clearly worse, and says which stages it skipped.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import secrets
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal, TypeVar

import numpy as np

from skillhive.evolver import analyse as analysts
from skillhive.evolver import consolidate
from skillhive.evolver.apply import commit_message, commit_pass
from skillhive.evolver.edits import apply_edits
from skillhive.evolver.gates import GateConfig, run_gates
from skillhive.evolver.judge import judge
from skillhive.evolver.llm import LLM, LLMUnavailable
from skillhive.evolver.outcomes import keeps_failing, regression, rollback_target
from skillhive.evolver.review import review
from skillhive.evolver.triage import Group, select
from skillhive.evolver.types import (
    AcceptedChange,
    GateVerdict,
    LessonDraft,
    PassReport,
    Proposal,
    RejectedChange,
    SkillEdit,
)
from skillhive.models import Lesson, TrajectoryIn
from skillhive.safety import safety_problem
from skillhive.skills.repo import skill_history
from skillhive.skills.reviews import rollback
from skillhive.store.evolution import EvolutionStore, Stage, StoredRun
from skillhive.summaries import summarize

if TYPE_CHECKING:
    from skillhive.skills.directories import SkillDirectories
    from skillhive.wiring import Backends

log = logging.getLogger(__name__)
Mode = Literal["auto", "review", "dry-run"]
_I = TypeVar("_I")
_R = TypeVar("_R")
GROUPS_PER_CALL = 4
CLUSTER_SIMILARITY = 0.75


@dataclass
class PassOptions:
    mode: Mode = "review"
    max_trajectories: int = 5_000
    budget_ratio: float = 0.5
    concurrency: int = 4
    gates: GateConfig = field(default_factory=GateConfig)
    lesson_min_uses: int = 5
    lesson_max_success_rate: float = 0.25


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


class Evolver:
    """Runs passes over one hive's ledger and skill directories."""

    def __init__(
        self, backends: Backends, directories: SkillDirectories, llm: LLM | None, options: PassOptions | None = None
    ) -> None:
        self.backends = backends
        self.directories = directories
        self.llm = llm
        self.options = options or PassOptions()
        self.store: EvolutionStore = backends.evolution

    # -- the pass --------------------------------------------------------------------------------
    def run_pass(self, team: str, progress: Callable[[str], None] | None = None) -> PassReport:
        say = progress or (lambda _msg: None)
        opts = self.options
        report = PassReport(run_id=new_run_id(), team=team, mode=opts.mode, started_at=datetime.now(UTC))
        usage_before = self.llm.usage.snapshot() if self.llm else {}
        self.store.save_pass(report, finished=False)
        try:
            self._run(team, report, say)
        except BaseException as exc:  # Ctrl-C, SIGTERM: recorded as interrupted; its runs stay new
            report.error = report.error or f"interrupted ({type(exc).__name__}) before it finished; its runs stay new"
            raise
        finally:
            if self.llm is not None:
                after = self.llm.usage.snapshot()
                report.llm_calls = after.get("calls", 0) - usage_before.get("calls", 0)
                report.tokens_in = after.get("tokens_in", 0) - usage_before.get("tokens_in", 0)
                report.tokens_out = after.get("tokens_out", 0) - usage_before.get("tokens_out", 0)
                report.malformed = after.get("malformed", 0) - usage_before.get("malformed", 0)
                report.repaired = after.get("repaired", 0) - usage_before.get("repaired", 0)
                report.failed_calls = after.get("failures", 0) - usage_before.get("failures", 0)
                report.retries = after.get("retries", 0) - usage_before.get("retries", 0)
            report.finished_at = datetime.now(UTC)
            self.store.save_pass(report, finished=True)
        return report

    def _run(self, team: str, report: PassReport, say: Callable[[str], None]) -> None:
        """Read what is new to the stages that can run, run them, then move their read positions.

        A model outage stops the model stages and leaves their position where it was, so the same
        runs are read when the model is back; any other failure is recorded and the positions move
        on, so one bad run or bug never stalls the team's evolver nor re-sends runs to the model.
        """
        stage: Stage = "model" if self.llm is not None else "seen"
        most = self.options.max_trajectories
        waiting = self.store.deferred_runs(team, most) if stage == "model" else []  # read first
        room = most - len(waiting)
        new = self.store.new_runs(team, stage, room + 1)  # one more: whether any are left for the next pass
        more, new = len(new) > room, new[:room]
        runs = waiting + new
        self._to_defer: set[str] = set()
        usage_before = self.llm.usage.snapshot() if self.llm is not None else {}
        report.read = len(runs)
        say(f"read {len(runs)} new trajectories")
        if more:
            report.skipped.append(
                f"read the first {most} new runs (the most one pass reads): the rest wait for the next pass"
            )
        gates = self._gates(team, report)
        outage = False
        try:
            self._learn(team, runs, gates, report, say)
        except LLMUnavailable as exc:
            outage = True
            report.error = f"model unavailable, pass stopped before applying anything: {exc}"
            log.warning("evolution pass %s: %s", report.run_id, report.error)
        except Exception as exc:  # recorded, never retried on the same runs forever
            log.exception("evolution pass %s for %s failed", report.run_id, team)
            report.error = f"{type(exc).__name__}: {exc}"[:500]
        if self.llm is not None and not outage and self._all_answers_failed(usage_before):
            outage = True  # the runs stay unread: read again when the model (or its settings) does better
            report.error = (
                f"every model answer of this pass was unusable ({report_usage(self.llm, usage_before)}): the runs"
                " stay unread for the next pass; the model may be too weak for the answer format"
                " (see the README's local model recipe)"
            )
            log.warning("evolution pass %s: %s", report.run_id, report.error)
        if runs and self.options.mode != "dry-run":
            if new:
                self.store.advance(team, "seen", max(r.seq for r in new))
            if stage == "model" and not outage:
                if new:
                    self.store.advance(team, "model", max(r.seq for r in new))
                self.store.undefer(team, [r.seq for r in waiting])
                seq_of = {r.id: r.seq for r in runs}
                later = [seq_of[i] for i in self._to_defer if i in seq_of]
                self.store.defer(team, later)
                report.deferred = len(later)
                if later:
                    report.skipped.append(f"{len(later)} runs left for the next pass (model budget or failed calls)")
        self._close_the_loop(team, report)

    def _all_answers_failed(self, before: dict[str, int]) -> bool:
        """Whether this pass asked the model and got no usable answer at all (malformed or failed)."""
        assert self.llm is not None
        after = self.llm.usage.snapshot()
        delta = {k: after.get(k, 0) - before.get(k, 0) for k in ("answered", "malformed", "failures")}
        return delta["answered"] == 0 and delta["malformed"] + delta["failures"] > 0

    def _each(
        self, stage: str, fn: Callable[[_I], _R | None], items: Sequence[_I], report: PassReport
    ) -> tuple[list[_R | None], list[int]]:
        """`fn` on every item in the pool: (the answers, None where the call failed; the failed items' indexes).

        One failed call keeps the other answers of its stage.

        Only when every call of the stage failed is it an outage (LLMUnavailable propagates).
        """

        def one(item: _I) -> tuple[_R | None, LLMUnavailable | None]:
            try:
                return fn(item), None
            except LLMUnavailable as exc:
                return None, exc

        with ThreadPoolExecutor(self.options.concurrency) as pool:
            pairs = list(pool.map(one, items))
        errors = [e for _, e in pairs if e is not None]
        if errors and len(errors) == len(items):
            raise errors[0]
        if errors:
            failed = f"{stage}: {len(errors)} of {len(items)} model calls failed (their runs are read next pass)"
            report.errors.append(f"{failed}: {errors[0]}"[:500])
        return [answer for answer, _ in pairs], [n for n, (_, e) in enumerate(pairs) if e is not None]

    def _gates(self, team: str, report: PassReport) -> GateConfig:
        """The gates of this pass: a hive that has only ever had one user is that user's own, and their
        runs alone may change its skills (every other gate still applies); a team keeps the rule."""
        config = self.options.gates
        if self._min_users() < config.min_users:
            report.skipped.append("a hive of one user: their own runs suffice as evidence (min users 1)")
            return dataclasses.replace(config, min_users=1)
        return config

    def _min_users(self) -> int:
        """Distinct users whose evidence a change needs: the team's rule, or 1 in a hive of one user."""
        min_users = self.options.gates.min_users
        return 1 if min_users > 1 and self.store.hive_users() <= 1 else min_users

    def _learn(
        self, team: str, runs: Sequence[StoredRun], gates: GateConfig, report: PassReport, say: Callable[[str], None]
    ) -> None:
        """Triage, then the model stages (judge, analyse, consolidate), the gates, the commit, the lessons."""
        edits: list[SkillEdit] = []
        lessons: list[LessonDraft] = []
        groups: list[Group] = []
        if runs:
            selection = select([(r.id, r.trajectory, r.user) for r in runs], budget_ratio=self.options.budget_ratio)
            groups = selection.groups
            if self.llm is not None:
                self._to_defer.update(i for g in selection.deferred for i in g.ids)
            report.selected = len(groups)
            say(f"triage: {len(groups)} groups worth a model call, {selection.skipped} runs skipped")
        if groups and self.llm is None:
            report.skipped.append("judge, analyse, consolidate, review: no LLM configured (SKILLHIVE_LLM_BASE_URL)")
            report.blocked.append("no model configured: runs are triaged but not analysed (SKILLHIVE_LLM_BASE_URL)")
        elif groups and self.llm is not None:
            statuses = self._judge(team, groups, report)
            units = self._units(team, groups, statuses)
            lessons = self._analyse(units, report)
            report.lessons = len(lessons)
            say(f"analysed {len(units)} units: {len(lessons)} lessons")
            edits = self._consolidate(team, lessons, groups, units, report)
        if not runs and self.llm is None:
            report.skipped.append("nothing new to read")
        applied_skills = self._gate_and_apply(team, edits, groups, gates, report, say)
        self._keep_lessons(team, lessons, groups, applied_skills)

    # -- stages ----------------------------------------------------------------------------------
    def _judge(self, team: str, groups: Sequence[Group], report: PassReport) -> list[str]:
        """Effective outcome of each group's representative; unknown ones go to the judge."""
        assert self.llm is not None
        llm = self.llm
        statuses = [g.trajectory.outcome.status.value for g in groups]
        unknown = [i for i, s in enumerate(statuses) if s == "unknown"]
        known = self.store.judgements(team, [groups[i].representative_id for i in unknown])
        todo = [i for i in unknown if groups[i].representative_id not in known]
        verdicts, _ = self._each("judge", lambda i: judge(llm, groups[i].trajectory), todo, report)
        for i, verdict in zip(todo, verdicts, strict=True):
            if verdict is not None:
                self.store.save_judgement(
                    team, groups[i].representative_id, verdict.status, verdict.confidence, verdict.reason, llm.model
                )
                report.judged += 1
        known = self.store.judgements(team, [groups[i].representative_id for i in unknown])
        for i in unknown:
            row = known.get(groups[i].representative_id)
            if row is not None and row.confidence >= 0.7 and row.status in ("success", "failure", "partial"):
                statuses[i] = row.status
        return statuses

    def _units(self, team: str, groups: Sequence[Group], statuses: Sequence[str]) -> list[analysts.Unit]:
        """Groups under the skill they used; the rest clustered by task similarity."""
        existing = set(self.directories.get(team).scan().skills)
        reported = self.store.reported_skills(team, [i for g in groups for i in g.ids])
        by_key: dict[str, list[int]] = defaultdict(list)
        loose: list[int] = []
        for n, g in enumerate(groups):
            names = {s.name for s in g.trajectory.skills_used} | set().union(*(reported.get(i, set()) for i in g.ids))
            names &= existing
            if names:
                by_key[f"skill:{sorted(names)[0]}"].append(n)
            else:
                loose.append(n)
        for cluster, members in enumerate(self._clusters([groups[n] for n in loose])):
            by_key[f"cluster:{cluster}"] = [loose[m] for m in members]
        units = []
        for key, members in by_key.items():
            skill = key.removeprefix("skill:") if key.startswith("skill:") else None
            chunks = analysts.chunk([groups[n] for n in members], [statuses[n] for n in members], GROUPS_PER_CALL)
            units += [analysts.Unit(key, skill, gs, ss) for gs, ss in chunks]
        return units

    def _clusters(self, groups: Sequence[Group]) -> list[list[int]]:
        if not groups:
            return []
        vecs = np.asarray(self.backends.embedder.embed([g.trajectory.task for g in groups]), dtype=np.float32)
        centroids: list[np.ndarray] = []
        members: list[list[int]] = []
        for i, v in enumerate(vecs):
            sims = [float(c @ v) / (float(np.linalg.norm(c)) or 1.0) for c in centroids]
            best = int(np.argmax(sims)) if sims else -1
            if best >= 0 and sims[best] >= CLUSTER_SIMILARITY:
                members[best].append(i)
                centroids[best] = centroids[best] + v
            else:
                centroids.append(v.copy())
                members.append([i])
        return members

    def _analyse(self, units: Sequence[analysts.Unit], report: PassReport) -> list[LessonDraft]:
        """Lessons from every unit; a lesson that fails the safety gate is dropped and reported."""
        assert self.llm is not None
        llm = self.llm
        answers, failed = self._each("analyse", lambda u: analysts.analyse(llm, u), units, report)
        self._to_defer.update(i for n in failed for g in units[n].groups for i in g.ids)
        clean = []
        for lesson in (lesson for answer in answers if answer for lesson in answer):
            problem = safety_problem(f"{lesson.title}\n{lesson.description}\n{lesson.content}")
            if problem is None:
                clean.append(lesson)
            else:
                report.rejected.append(
                    RejectedChange(skill=lesson.skill or "-", op="lesson", gate="safety", reason=problem[:500])
                )
        return clean

    def _consolidate(
        self,
        team: str,
        lessons: Sequence[LessonDraft],
        groups: Sequence[Group],
        units: Sequence[analysts.Unit],
        report: PassReport,
    ) -> list[SkillEdit]:
        assert self.llm is not None
        llm = self.llm
        snapshot = self._snapshot(team)
        per_skill: dict[str, list[LessonDraft]] = defaultdict(list)
        loose: list[LessonDraft] = []
        for lesson in lessons:
            (per_skill[lesson.skill] if lesson.skill in snapshot else loose).append(lesson)
        jobs: list[tuple[Callable[[], list[SkillEdit] | None], Sequence[LessonDraft]]] = [
            (
                functools.partial(
                    consolidate.propose_edits, llm, skill, snapshot[skill], ls, _runs_behind(ls, units, skill)
                ),
                ls,
            )
            for skill, ls in per_skill.items()
        ]
        if len(loose) >= 2:
            runs = _runs_behind(loose, units, None)
            jobs.append((lambda: consolidate.propose_skill(llm, loose, sorted(snapshot), runs), loose))
        plans, failed = self._each("consolidate", lambda job: job[0](), jobs, report)
        members = {g.representative_id: g.ids for g in groups}
        for n in failed:  # the runs behind those lessons are read again next pass
            self._to_defer.update(
                i for lesson in jobs[n][1] for e in lesson.evidence for i in members.get(e.trajectory_id, [])
            )
        return [edit for plan in plans if plan for edit in plan]

    def _gate_and_apply(
        self,
        team: str,
        edits: list[SkillEdit],
        groups: Sequence[Group],
        gates: GateConfig,
        report: PassReport,
        say: Callable[[str], None],
    ) -> set[str]:
        report.proposed = len(edits)
        if not edits:
            return set()
        snapshot = self._snapshot(team)
        members = {g.representative_id: g.ids for g in groups}
        support: dict[int, tuple[int, int]] = {}
        evidence_texts: dict[int, list[str]] = {}
        run_texts: dict[int, list[str]] = {}
        shown = {g.representative_id: g.trajectory for g in groups}
        for i, edit in enumerate(edits):
            read = [e for e in dict.fromkeys(edit.evidence) if e in members]  # ids the model made up count for nothing
            # Support: the runs the model read and the runs that did the same (their groups); each
            # counted once under the user who first recorded it, so a copy adds no user.
            users = self.store.users_of(team, [t for e in read for t in members[e]])
            support[i] = (len(users), len(set(users.values())))
            evidence_texts[i] = [self._evidence_text(team, t) for t in read[:5]]
            run_texts[i] = [_run_text(shown[t]) for t in read]
            edit.evidence = read
        llm = self.llm
        reviewer = None
        if llm is not None:

            def reviewer(edit: SkillEdit, old: str | None, evidence: Sequence[str]) -> GateVerdict:
                passed, reason = review(llm, edit, old, evidence)
                return GateVerdict(gate="review", passed=passed, reason=reason)

        proposals = run_gates(
            edits,
            snapshot,
            support=support,
            config=gates,
            embed=lambda texts: np.asarray(self.backends.embedder.embed(texts)),
            review=reviewer,
            evidence_texts=evidence_texts,
            run_texts=run_texts,
        )
        accepted = [p for p in proposals if p.accepted]
        report.accepted += [_accepted(p) for p in accepted]
        report.rejected += [_rejected(p) for p in proposals if not p.accepted]
        short = [p for p in proposals if p.rejected_by and p.rejected_by.gate == "evidence"]
        if short:
            report.blocked.append(self._blocked_reason(team, short, gates))
        say(f"gates: {len(accepted)} of {len(proposals)} edits accepted")
        if not accepted:
            return set()
        result = apply_edits(snapshot, [p.edit for p in accepted], default_license=self.options.gates.default_license)
        report.applied = len(accepted)
        if self.options.mode == "dry-run":
            report.skipped.append("apply: dry run")
            return set()
        changes = [(p.edit, p.support_trajectories, p.support_users) for p in accepted]
        committed = commit_pass(
            self.directories.root(team),
            result.texts,
            commit_message(report.run_id, changes),
            mode=self.options.mode,
            run_id=report.run_id,
            made=self.directories.commits(team),
        )
        report.commit, report.branch = committed.sha, committed.branch
        self.directories.get(team).invalidate()
        say(f"committed {committed.sha[:12]} on {committed.branch}")
        return {p.edit.skill for p in accepted}

    def _blocked_reason(self, team: str, short: Sequence[Proposal], gates: GateConfig) -> str:
        """Why edits lacked evidence: none cited, too few users in the team, or too few behind each edit."""
        need = f"needs runs from {gates.min_users} distinct users and {gates.min_trajectories} runs per change"
        if all(p.support_trajectories == 0 for p in short):
            return f"{need}; the model's {len(short)} edit(s) cited no run it was shown"
        recorders = self.store.distinct_users(team)
        if recorders < gates.min_users:
            return f"{need}; this team has runs from {recorders} user{'s' if recorders != 1 else ''}"
        best = max(short, key=lambda p: (p.support_users, p.support_trajectories))
        return (
            f"{need}; the best-supported rejected edit cited {best.support_trajectories} runs from"
            f" {best.support_users} users (the team has runs from {recorders} users)"
        )

    def _keep_lessons(
        self, team: str, lessons: Sequence[LessonDraft], groups: Sequence[Group], absorbed: set[str]
    ) -> None:
        """Lessons that no applied skill edit took up are stored and served by retrieval."""
        if self.options.mode == "dry-run":
            return
        members = {g.representative_id: g.ids for g in groups}
        now = datetime.now(UTC)
        for draft in lessons:
            if draft.skill in absorbed:
                continue
            ids = [t for e in draft.evidence for t in members.get(e.trajectory_id, [])]
            users = self.store.users_of(team, ids)
            authors = sorted(set(users.values()))
            if not authors:
                continue
            self.store.save_lesson(
                Lesson(
                    id="ls_" + secrets.token_hex(8),
                    team=team,
                    title=draft.title,
                    description=draft.description,
                    content=draft.content,
                    kind=draft.kind,
                    evidence=sorted(users),
                    authors=authors,
                    support_trajectories=len(users),
                    support_users=len(authors),
                    trust=min(1.0, 0.3 + 0.15 * len(authors)),
                    skill=draft.skill,
                    created_at=now,
                    updated_at=now,
                )
            )
        self.backends.indexer.notify()

    def _close_the_loop(self, team: str, report: PassReport) -> None:
        """Retire lessons that keep preceding failures; roll back skill versions that do clearly worse.

        Each skill is its own step: one that fails is recorded in the report and the others go on.
        In review mode a rollback is proposed on a review branch, not committed live.
        """
        if self.options.mode == "dry-run":
            return
        try:
            failing = [
                lesson_id
                for lesson_id, counts in self.store.lesson_outcomes_by_user(team).items()
                if keeps_failing(
                    counts,
                    min_users=self._min_users(),
                    min_uses=self.options.lesson_min_uses,
                    max_success_rate=self.options.lesson_max_success_rate,
                )
            ]
            retired = self.store.retire_lessons(team, failing)
            if retired:
                self.backends.indexer.notify()
                report.skipped.append(f"retired {len(retired)} lessons that kept preceding failures")
            names = list(self.directories.get(team).scan().skills)
        except Exception as exc:
            log.exception("closing the loop for %s failed", team)
            report.errors.append(f"close the loop: {type(exc).__name__}: {exc}"[:500])
            return
        for name in names:
            try:
                self._roll_back_if_worse(team, name, report)
            except Exception as exc:
                log.exception("checking skill %s of %s for a regression failed", name, team)
                report.errors.append(f"close the loop, skill {name}: {type(exc).__name__}: {exc}"[:500])

    def _roll_back_if_worse(self, team: str, name: str, report: PassReport) -> None:
        root = self.directories.root(team)
        pair = rollback_target(skill_history(root, name, 50))
        if pair is None:
            return
        current, previous = pair
        found = regression(
            previous,
            current,
            self.store.outcomes_by_user(team, name, previous),
            self.store.outcomes_by_user(team, name, current),
            min_users=self._min_users(),
        )
        if found is None:
            return
        reason = (
            f"automatic rollback: version {found.new[:12]} succeeded {found.new_rate:.0%} of {found.new_uses} uses"
            f" by {found.new_users} users against {found.old_rate:.0%} of {found.old_uses} by {found.old_users}"
            f" for {found.old[:12]} (p={found.p_value:.3f}, holds without any one user)"
        )
        mode: Literal["live", "review"] = "review" if self.options.mode == "review" else "live"
        done = rollback(
            root, name, found.old, reason=reason, mode=mode, run_id=report.run_id, made=self.directories.commits(team)
        )
        report.applied += 1
        where = "proposed for review on " + done.branch if mode == "review" else "rolled back"
        report.skipped.append(f"{where} {name} to {found.old[:12]}: {reason}")
        report.commit, report.branch = report.commit or done.sha, report.branch or done.branch
        self.directories.get(team).invalidate()

    # -- helpers ---------------------------------------------------------------------------------
    def _snapshot(self, team: str) -> dict[str, str]:
        """A frozen copy of every valid SKILL.md of the team."""
        directory = self.directories.get(team)
        return {name: directory.read_file(name, "SKILL.md").decode("utf-8") for name in directory.scan().skills}

    def _evidence_text(self, team: str, trajectory_id: str) -> str:
        card = self.backends.ledger.trajectory_cards(team, [trajectory_id]).get(trajectory_id)
        if card is None:
            return trajectory_id
        return f"{trajectory_id} ({card.status}): {card.task[:300]} | {card.summary}"


def _runs_behind(
    lessons: Sequence[LessonDraft], units: Sequence[analysts.Unit], skill: str | None
) -> list[consolidate.Run]:
    """The runs an edit stage may cite: those its lessons cite, and no others. Showing the rest read
    under the same skill let an edit cite colleagues' runs for one user's advice, borrowing their
    support past the evidence gate (tests/trust/test_evidence.py)."""
    del skill  # the same skill's other runs are deliberately not shown
    shown: dict[str, tuple[Group, str]] = {}
    for unit in units:
        for g, status in zip(unit.groups, unit.statuses, strict=True):
            shown[g.representative_id] = (g, status)
    cited = [e.trajectory_id for lesson in lessons for e in lesson.evidence]
    out = []
    for i in dict.fromkeys(cited):
        if i not in shown:
            continue
        g, status = shown[i]
        t = g.trajectory
        out.append(consolidate.Run(i, tuple(g.users), status, t.task, t.outcome.feedback or "", summarize(t)))
    return out


def _run_text(t: TrajectoryIn) -> str:
    """Everything a run shows: the commands gate looks for an edit's code here (an imported run's
    command is often in its tool arguments)."""
    steps = [
        f"{s.tool_name or ''} {s.action}\n{s.observation}\n{s.thought}\n{chr(10).join(_strings(s.tool_args))}"
        for s in t.steps
    ]
    return "\n".join([t.task, *steps, t.outcome.feedback or ""])


def _strings(value: object) -> list[str]:
    """The text leaves of a tool call's arguments."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [x for v in value.values() for x in _strings(v)]
    if isinstance(value, list):
        return [x for v in value for x in _strings(v)]
    return []


def report_usage(llm: LLM, before: dict[str, int]) -> str:
    """The model's answers since `before`, in words."""
    after = llm.usage.snapshot()
    d = {k: after.get(k, 0) - before.get(k, 0) for k in ("calls", "answered", "malformed", "repaired", "failures")}
    return (
        f"{d['calls']} calls: {d['answered']} answers usable ({d['repaired']} after a repair),"
        f" {d['malformed']} malformed, {d['failures']} failed"
    )


def _accepted(p: Proposal) -> AcceptedChange:
    return AcceptedChange(
        skill=p.edit.skill,
        op=p.edit.op,
        heading=getattr(p.edit, "heading", None),
        evidence=list(p.edit.evidence),
        support_trajectories=p.support_trajectories,
        support_users=p.support_users,
        verdicts=list(p.verdicts),
    )


def _rejected(p: Proposal) -> RejectedChange:
    verdict = p.rejected_by
    assert verdict is not None
    return RejectedChange(skill=p.edit.skill, op=p.edit.op, gate=verdict.gate, reason=verdict.reason[:500])


__all__ = ["Evolver", "PassOptions", "StoredRun", "new_run_id"]
