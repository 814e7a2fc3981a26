"""Recording, reading, forgetting and retrieving runs: the experience use cases of a local hive."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from skillhive.errors import Forbidden, NotFound, StorageError
from skillhive.models import (
    Caller,
    ExperienceResult,
    ForgetResult,
    ItemKind,
    OutcomeStatus,
    RecordResult,
    Trajectory,
    TrajectoryIn,
)
from skillhive.redact import redact_trajectory
from skillhive.requests import ForgetRequest, GetTrajectoryRequest, RetrieveRequest
from skillhive.retrieval import Query, Retriever
from skillhive.roles import has_role
from skillhive.safety import withheld, withhold_each
from skillhive.store.indexer import BATCH as INDEX_BATCH
from skillhive.store.records import TrajectoryRow, now_iso
from skillhive.summaries import fts_body, procedure, summarize, task_key, title, twin_key
from skillhive.wiring import Backends

log = logging.getLogger(__name__)


def trajectory_id(team: str, content_hash: str) -> str:
    """Deterministic: the same run recorded twice in a team gets the same id."""
    return "tr_" + uuid.uuid5(uuid.NAMESPACE_URL, f"skillhive:{team}:{content_hash}").hex[:20]


def stored_row(caller: Caller, trajectory: TrajectoryIn, source: str = "recorded") -> TrajectoryRow:
    """What the ledger stores of a run: redacted, summarised, keyed, titled, and how it arrived."""
    clean, redactions = redact_trajectory(trajectory)
    content_hash = clean.content_hash()
    return TrajectoryRow(
        id=trajectory_id(caller.team, content_hash),
        team=caller.team,
        user=caller.user,
        created_at=now_iso(),
        content_hash=content_hash,
        task=clean.task,
        status=clean.outcome.status.value,
        score=clean.outcome.score,
        tags=list(clean.tags),
        skills=[s.name for s in clean.skills_used],
        agent=clean.agent,
        n_steps=len(clean.steps),
        summary=summarize(clean),
        redactions=redactions,
        doc=clean.model_dump_json(exclude_none=True),
        fts_body=fts_body(clean),
        procedure=procedure(clean),
        task_key=task_key(clean.task),
        twin_key=twin_key(clean),
        title=title(clean),
        source=source,
    )


def served_body(run: TrajectoryIn) -> tuple[TrajectoryIn, list[str]]:
    """The run as it may be served: each text field that reads like orders to agents (or exfiltration,
    or hides text) replaced by a '[withheld: …]' note, every field when only together they do (a
    credential read in one step, published in the next: as retrieval reads the run), and the reasons."""
    fields = ("thought", "action", "observation", "tool_name")
    args = [json.dumps(s.tool_args, ensure_ascii=False) if s.tool_args else None for s in run.steps]
    texts = [run.task, run.outcome.feedback, run.agent, *run.tags]
    texts += [t for step, a in zip(run.steps, args, strict=True) for t in (*(getattr(step, f) for f in fields), a)]
    why = withhold_each(texts)
    task, feedback, agent, *_ = (withheld(f) if f else t for t, f in zip(texts, why, strict=True))
    tags = [t if f is None else f"withheld:{f}"[:64] for t, f in zip(run.tags, why[3:], strict=False)]
    steps = []
    for n, step in enumerate(run.steps):
        at = 3 + len(run.tags) + 5 * n
        update: dict[str, object] = {
            f: step_text if flag is None else withheld(flag)
            for f, step_text, flag in zip(fields, texts[at : at + 4], why[at : at + 4], strict=True)
        }
        update["tool_args"] = step.tool_args if why[at + 4] is None else {"withheld": withheld(why[at + 4] or "")}
        steps.append(step.model_copy(update=update))
    outcome = run.outcome.model_copy(update={"feedback": feedback})
    body = run.model_copy(update={"task": task, "steps": steps, "outcome": outcome, "tags": tags, "agent": agent})
    return body, sorted({f for f in why if f})


class Experience:
    def __init__(self, backends: Backends, retriever: Retriever) -> None:
        self.backends = backends
        self.ledger = backends.ledger
        self.retriever = retriever

    def record(self, caller: Caller, trajectory: TrajectoryIn) -> RecordResult:
        """Redact, store once, acknowledge; the vector index catches up in the background."""
        return self.record_many(caller, [trajectory])[0]

    def capture(self, caller: Caller, trajectory: TrajectoryIn, session: str) -> RecordResult:
        """Record the run of the caller's session `session`, replacing the run it had before (a
        session that went on) instead of adding one; the same content again changes nothing."""
        row = stored_row(caller, trajectory, "captured")
        s = self.ledger.capture_session(row, session)
        if s.created or s.updated:
            self.backends.indexer.notify()
            self.retriever.forget_counts(caller.team)
        if s.created and s.new_author:
            try:
                success = trajectory.outcome.status == OutcomeStatus.SUCCESS
                self.backends.evolution.attribute(caller.team, caller.user, s.id, success)
            except StorageError as exc:
                log.warning("lesson outcomes of run %s not counted: %s", s.id, exc)
        return RecordResult(
            id=s.id, created=s.created, updated=s.updated, redactions=row.redactions, forgotten=s.forgotten
        )

    def record_many(
        self,
        caller: Caller,
        trajectories: Sequence[TrajectoryIn],
        *,
        import_id: str | None = None,
        source: str | None = None,
    ) -> list[RecordResult]:
        """Record several trajectories in one ledger transaction. Imports name their batch `import_id`
        on each run and authorship; `source` (how the runs arrived) is then `import:<batch id>` unless given."""
        how = source or (f"import:{import_id}" if import_id else "recorded")
        rows = [replace(stored_row(caller, t, how), import_id=import_id) for t in trajectories]
        stored = self.ledger.insert_trajectories(rows)
        if any(s.created for s in stored):
            self.backends.indexer.notify()
            self.retriever.forget_counts(caller.team)
        for t, s in zip(trajectories, stored, strict=True):
            if s.new_author:  # the caller's own run: it is the outcome of lessons recently served to them
                success = t.outcome.status == OutcomeStatus.SUCCESS
                try:
                    self.backends.evolution.attribute(caller.team, caller.user, s.id, success)
                except StorageError as exc:  # the run is committed: its acknowledgement must not fail
                    log.warning("lesson outcomes of run %s not counted: %s", s.id, exc)
        return [
            RecordResult(id=s.id, created=s.created, redactions=row.redactions, forgotten=s.forgotten)
            for row, s in zip(rows, stored, strict=True)
        ]

    def get_trajectory(self, caller: Caller, request: GetTrajectoryRequest) -> Trajectory:
        row = self.ledger.get_trajectory(caller.team, request.id)
        if row is None:
            raise NotFound(f"no trajectory {request.id!r}")
        body, flags = served_body(TrajectoryIn.model_validate_json(row.doc))
        return Trajectory(
            **body.model_dump(),
            flags=flags or None,
            id=row.id,
            user=row.user,
            team=row.team,
            created_at=datetime.fromisoformat(row.created_at),
            content_hash_=row.content_hash,
        )

    def forget(self, caller: Caller, request: ForgetRequest) -> ForgetResult:
        """Remove the caller's authorship of a run; the run goes with its last author, or for everyone
        when a maintainer forgets it."""
        authors = self.ledger.authors(caller.team, [request.id]).get(request.id)
        if not authors:
            raise NotFound(f"no trajectory {request.id!r}")
        maintainer = has_role(caller, "maintainer")
        if caller.user not in authors and not maintainer:
            raise Forbidden("only the users who recorded a run, or a maintainer, can forget it")
        whole = self.ledger.forget_trajectory(caller.team, request.id, None if maintainer else caller.user)
        self.backends.indexer.notify()
        self.retriever.forget_counts(caller.team)
        log.info("%s forgot %s (%s)", caller.user, request.id, "run" if whole else "authorship")
        return ForgetResult(id=request.id, removed="run" if whole else "authorship")

    def retrieve(self, caller: Caller, request: RetrieveRequest) -> ExperienceResult:
        fresh: list[tuple[str, str]] = []
        backlog = 0
        if self.ledger.outbox.has_pending():
            self.backends.indexer.notify()  # another process's rows, or a backlog: catch up in the background
            fresh = self.ledger.outbox.pending_of(caller.team, caller.user)
            backlog = self.ledger.outbox.count_of("trajectory", caller.team)
        q = Query(
            text=request.query,
            k=request.k,
            kinds=frozenset(request.kinds) if request.kinds else frozenset(ItemKind),
            outcome=request.outcome,
            tags=tuple(request.tags or ()),
            max_tokens=request.max_tokens,
            user=caller.user,
            min_users=self.backends.quorum(),
        )
        result = self.retriever.retrieve(caller.team, q, fresh)
        lessons = [i.id for i in result.items if i.kind is ItemKind.LESSON]
        self.backends.evolution.note_served(caller.team, caller.user, lessons)
        warning = self.backends.index_model_warning()
        if warning:
            result.warnings.append(warning)
        if backlog > INDEX_BATCH:  # more than one pass of the indexer: say why runs may be missing
            result.warnings.append(
                f"{backlog} runs wait for the vector index: until they are indexed they are found by keywords only"
            )
        return result
