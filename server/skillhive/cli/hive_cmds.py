"""import, retrieve, show, forget, stats, reindex."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from skillhive.cli import data_cmds
from skillhive.cli.common import Progress, local_caller, open_hive
from skillhive.config import IDENTIFIER_RULE, Settings, identifier
from skillhive.errors import UsageError
from skillhive.models import Caller, ItemKind, OutcomeStatus, squash
from skillhive.requests import ForgetRequest, GetTrajectoryRequest, RetrieveRequest

SKIPPED_SHOWN = 20  # refused records named one by one; past this, only counted


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    imp = sub.add_parser("import", parents=[common], help="import trajectories from a file or folder")
    imp.add_argument("path", type=Path)
    imp.add_argument(
        "--format",
        default="auto",
        choices=["auto", "native", "openai", "swe-agent", "tau-bench", "claude-code", "codex"],
    )
    imp.add_argument("--user", help="record the runs as this user (default SKILLHIVE_USER: you)")
    imp.add_argument("--tag", action="append", default=[], metavar="TAG", help="add a tag to every run (repeatable)")
    imp.add_argument("--agent", help="the agent (client / model) that made the runs, where the file does not say")
    imp.add_argument("--no-progress", action="store_true", help="no progress bar")
    imp.add_argument("--yes", action="store_true", help="import a folder without asking first")
    imp.set_defaults(handler=import_cmd)

    ret = sub.add_parser("retrieve", parents=[common], help="retrieve experience for a query")
    ret.add_argument("query")
    ret.add_argument("-k", type=int, default=5, help="at most this many items (1-50)")
    ret.add_argument("--max-tokens", type=int, default=1500, help="token budget of the answer")
    ret.add_argument(
        "--kind", action="append", choices=[k.value for k in ItemKind], help="only these kinds (repeatable)"
    )
    ret.add_argument("--outcome", choices=[o.value for o in OutcomeStatus], help="only runs that ended so")
    ret.add_argument("--tag", action="append", default=[], metavar="TAG", help="only runs with this tag (repeatable)")
    ret.add_argument("--json", action="store_true", help="machine-readable output")
    ret.set_defaults(handler=retrieve_cmd)

    show = sub.add_parser("show", parents=[common], help="print one recorded run in full")
    show.add_argument("id", help="a trajectory id (from retrieve)")
    show.add_argument("--json", action="store_true", help="machine-readable output")
    show.set_defaults(handler=show_cmd)

    stats = sub.add_parser("stats", parents=[common], help="counts and index state")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=stats_cmd)

    reindex = sub.add_parser("reindex", parents=[common], help="rebuild the vector index from the ledger")
    reindex.set_defaults(handler=reindex_cmd)

    forget = sub.add_parser("forget", parents=[common], help="remove a run for good (e.g. one that leaked a secret)")
    forget.add_argument("id", nargs="?", help="the trajectory id")
    data_cmds.add_forget_options(forget)
    forget.set_defaults(handler=forget_cmd)


def import_cmd(args: argparse.Namespace, settings: Settings) -> int:
    from skillhive.importers import count_records, iter_import
    from skillhive.importers.records import ImportItem
    from skillhive.usecases.bundles import is_bundle
    from skillhive.usecases.imports import Extras

    path, fmt = args.path, args.format
    # The local command line acts as an admin of the hive: it may record runs in another's name.
    user = settings.user
    if args.user is not None:
        try:
            user = identifier(args.user)
        except ValueError:
            raise UsageError("--user", IDENTIFIER_RULE) from None
    caller = Caller(user=user, team=settings.team, role="admin")
    if fmt == "auto" and is_bundle(path):
        given = [flag for flag, value in (("--user", args.user), ("--tag", args.tag), ("--agent", args.agent)) if value]
        if given:
            raise UsageError(given[0], "not for a bundle: it keeps each run's recorder, tags and agent")
        return data_cmds.import_bundle_cmd(path, settings)
    extras = Extras(tags=tuple(args.tag), agent=args.agent)
    if not data_cmds.confirm_folder(path, args.yes):
        print("nothing imported", file=sys.stderr)
        return 1
    with open_hive(settings, create=True) as hive:
        total = count_records(path, fmt)
        job = hive.start_import(caller, str(path.resolve()), fmt, extras)
        counts = job.counts
        bar = Progress(total, "import", enabled=not args.no_progress)
        started = time.perf_counter()

        def each(item: ImportItem) -> None:
            if item.trajectory is None and counts.bad <= SKIPPED_SHOWN:
                bar.clear()
                print(f"skipped {item.position}: {item.error}", file=sys.stderr)
            bar.advance()

        indexing = False
        try:
            job.run(iter_import(path, fmt), each)
            indexing = True
            bar.done()
            stored = time.perf_counter() - started
            bar = Progress(hive.backends.ledger.outbox.count(), "index", enabled=not args.no_progress)
            hive.backends.indexer.drain(progress=bar.set)
        except KeyboardInterrupt:
            bar.clear()
            if indexing:
                waiting = hive.backends.ledger.outbox.count_of("trajectory", caller.team)
                print(
                    f"interrupted while indexing: all {counts.created} new runs are stored; {waiting} wait for the"
                    " vector index (found by keywords until then) and are indexed when the hive next runs"
                    " (`skillhive serve`, `retrieve`, or `reindex`)",
                    file=sys.stderr,
                )
            else:
                print(
                    f"interrupted: {counts.created} new runs were stored before ({counts.dupes} already stored);"
                    " the next import of the same file stores only the rest",
                    file=sys.stderr,
                )
            raise
        bar.done()
        total_s = time.perf_counter() - started
    created, dupes, bad = counts.created, counts.dupes, counts.bad
    if bad > SKIPPED_SHOWN:
        print(f"… and {bad - SKIPPED_SHOWN} more skipped records (not shown)", file=sys.stderr)
    if bad and not created + dupes + counts.forgotten and fmt != "auto":
        print(f"no record read as --format {fmt}: is it another format? (--format auto finds out)", file=sys.stderr)
    line = f"imported {created} new, {dupes} already stored, {bad} skipped, {counts.redacted} secrets redacted"
    if counts.updated:
        line += f", {counts.updated} sessions updated"
    if counts.forgotten:
        line += f", {counts.forgotten} forgotten before (not stored again)"
    if counts.clipped_runs:
        fields = ", ".join(f"{name} in {n}" for name, n in sorted(counts.clipped.items()))
        line += f", {counts.clipped_runs} clipped to the size limits ({fields}; marked in the text)"
    if created and total_s >= 0.05:  # a rate over nothing new, or over a blink, means nothing
        line += f"; {created / max(stored, 1e-9):.0f} trajectories/s stored, {created / total_s:.0f}/s indexed"
    print(f"{line} (as {caller.user} of team {caller.team}; import {job.batch_id})")
    return 0 if bad == 0 else 3


def retrieve_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        request = RetrieveRequest(
            query=args.query,
            k=args.k,
            max_tokens=args.max_tokens,
            kinds=[ItemKind(k) for k in args.kind] if args.kind else None,
            outcome=OutcomeStatus(args.outcome) if args.outcome else None,
            tags=args.tag or None,
        )
        result = hive.retrieve(local_caller(settings), request)
    if args.json:
        print(result.model_dump_json(indent=2, exclude_none=True))
        return 0
    for w in result.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for i, item in enumerate(result.items, 1):
        status = f" [{item.outcome.value}]" if item.outcome else ""
        similar = f" (+{len(item.similar)} more of this task)" if item.similar else ""
        print(f"{i}. {item.score:.2f} {item.kind.value} {item.id}{status}{similar}: {item.title}")
        print(f"   why: {item.why}")
        if item.summary:
            print(f"   {item.summary}")
    if result.note:
        print(result.note)
    print(f"({result.tokens}/{result.max_tokens} tokens)")
    return 0


def show_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        t = hive.get_trajectory(local_caller(settings), GetTrajectoryRequest(id=args.id))
    if args.json:
        print(t.model_dump_json(indent=2, exclude_none=True, by_alias=True))
        return 0
    outcome = t.outcome
    score = f", score {outcome.score:g}" if outcome.score is not None else ""
    print(f"{t.id}  recorded {t.created_at:%Y-%m-%d %H:%M} by {t.user} (team {t.team})")
    print(f"task: {t.task}")
    print(f"outcome: {outcome.status.value}{score} (label from {outcome.source or 'nobody'})")
    if outcome.feedback:
        print(f"feedback: {outcome.feedback}")
    for what, values in (("skills", [s.name for s in t.skills_used]), ("tags", t.tags), ("agent", [t.agent or ""])):
        if any(values):
            print(f"{what}: {', '.join(v for v in values if v)}")
    for n, step in enumerate(t.steps, 1):
        print(f"#{n}")
        if step.thought:
            print(f"  thought: {squash(step.thought, 2000)}")
        action = step.action or (f"{step.tool_name}({step.tool_args or ''})" if step.tool_name else "")
        if action:
            print(f"  action: {squash(action, 2000)}")
        if step.observation:
            print(f"  observation: {squash(step.observation, 2000)}")
    return 0


def stats_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        st = hive.maintenance.stats(settings.team)
    if args.json:
        print(st.model_dump_json(indent=2))
        return 0
    counts = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items())) or "none"  # noqa: E731
    indexed = "unavailable" if st.indexed is None else f"{st.indexed} runs"
    print(f"team {st.team} in {st.data_dir}")
    print(f"runs: {st.trajectories} ({counts(st.by_outcome)}) by {st.users} users; labels: {counts(st.by_label)}")
    print(f"lessons: {counts(st.lessons)}")
    rated = [f"{r.name} {r.success_rate:.0%} of {r.uses}" for r in st.skill_rates if r.uses]
    print(f"skills: {st.skills} valid, {st.invalid_skills} invalid" + (f"; {', '.join(rated)}" if rated else ""))
    print(f"index: {indexed}, {st.pending_index} waiting; model {st.embedding_model}")
    if st.index_error:
        print(f"  index error: {st.index_error}")
    print(f"evolver: model stages read up to run {st.evolver_read['model']} ({st.new_for_model} new since)")
    if st.last_pass is not None:
        p = st.last_pass
        print(
            f"  last pass {p.run_id}: read {p.read}, applied {p.applied}" + (f"; error: {p.error}" if p.error else "")
        )
        for why in p.blocked:
            print(f"  blocked: {why}")
    mib = {k: f"{v / 2**20:.1f} MiB" for k, v in st.disk_bytes.items()}
    print(f"disk: {mib['total']} (ledger {mib['ledger']}, index {mib['index']}, skills {mib['skills']})")
    return 0


def forget_cmd(args: argparse.Namespace, settings: Settings) -> int:
    if data_cmds.wants_many(args):
        return data_cmds.forget_cmd(args, settings)
    with open_hive(settings) as hive:
        result = hive.forget(local_caller(settings), ForgetRequest(id=args.id))
        hive.backends.indexer.drain()  # out of the vector index before the command returns
    print(f"forgot {result.id}: " + ("removed from the hive" if result.removed == "run" else "your authorship removed"))
    return 0


def reindex_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        started = time.perf_counter()
        n = hive.maintenance.reindex()
        model = hive.backends.embedder.model_id
        print(f"reindexed {n} items with {model} in {time.perf_counter() - started:.1f}s")
    return 0
