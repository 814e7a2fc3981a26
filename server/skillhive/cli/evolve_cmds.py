"""evolve --once | --watch | --status."""

from __future__ import annotations

import argparse
import functools
import json
import signal
import sys
import time
from datetime import UTC, datetime
from typing import Any

from skillhive.cli.common import open_hive
from skillhive.config import Settings
from skillhive.errors import UsageError


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    evolve = sub.add_parser("evolve", parents=[common], help="run the evolver: distil runs into skills and lessons")
    what = evolve.add_mutually_exclusive_group()
    what.add_argument("--once", action="store_true", help="one pass for every team, then exit (default)")
    what.add_argument("--watch", action="store_true", help="keep running passes as new runs arrive")
    what.add_argument("--status", action="store_true", help="show recent passes")
    evolve.add_argument("--dry-run", action="store_true", help="propose and gate, but commit nothing")
    evolve.add_argument("--mode", choices=["auto", "review"], help="override SKILLHIVE_EVOLVE_MODE")
    evolve.add_argument(
        "--since",
        metavar="SEQ|DATE",
        help="read again the runs recorded after run number SEQ or after DATE (ISO, e.g. 2026-11-01): "
        "the model stages analyse them anew",
    )
    evolve.add_argument("--json", action="store_true", help="machine-readable output")
    evolve.set_defaults(handler=evolve_cmd)


def evolve_cmd(args: argparse.Namespace, settings: Settings) -> int:
    from skillhive.evolver.runner import EvolverRunner

    if args.since is not None and (args.status or args.dry_run):
        # A dry run never moves the read positions, so it cannot move them back either.
        raise UsageError("--since", f"not with {'--status' if args.status else '--dry-run'}")
    with open_hive(settings) as hive:
        if args.status:
            return _status(hive, as_json=args.json)
        runner = EvolverRunner(hive.backends, hive.directories, mode="dry-run" if args.dry_run else args.mode)
        if args.since is not None:
            evolution = hive.backends.evolution
            for team in runner.teams():
                after = _since(hive, team, args.since)
                before = evolution.position(team, "seen")
                evolution.rewind(team, after)
                if after >= before:
                    print(f"[{team}] nothing to read again: the evolver has read up to run {before}", file=sys.stderr)
                else:
                    print(f"[{team}] reading again from after run {after}", file=sys.stderr)
        if runner.llm is None:
            print(
                "no model configured (SKILLHIVE_LLM_BASE_URL): the pass triages only; the runs stay new for the "
                "model stages",
                file=sys.stderr,
            )
        # SIGTERM interrupts a pass as Ctrl-C does: it is recorded as interrupted and its runs stay new.
        signal.signal(signal.SIGTERM, _interrupt)
        while True:
            failed = []
            for team in runner.teams():
                if args.watch and not runner.due(team):
                    continue
                report = runner.run_once(team, progress=functools.partial(_say, team))
                if report is None:
                    print("another evolver is running on this data directory", file=sys.stderr)
                    return 2
                print(report.model_dump_json(indent=2) if args.json else _summary(report))
                if report.error:
                    failed.append(team)
                    print(f"skillhive: error: the pass for {team} failed: {report.error}", file=sys.stderr)
            if not args.watch:
                return 1 if failed else 0  # a dead model must not look like a pass that ran
            time.sleep(5)


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def _since(hive: Any, team: str, since: str) -> int:
    """The run number to read after: SEQ itself, or the last run recorded before DATE."""
    if since.isdigit():
        return int(since)
    try:
        when = datetime.fromisoformat(since)
    except ValueError:
        raise UsageError("--since", "a run number or an ISO date such as 2026-11-01") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(hive.backends.evolution.seq_before(team, when.isoformat()))


def _say(team: str, message: str) -> None:
    print(f"[{team}] {message}", file=sys.stderr)


def _summary(report: Any) -> str:
    lines = [
        f"pass {report.run_id} ({report.team}, {report.mode}): read {report.read}, selected {report.selected}, "
        f"judged {report.judged}, lessons {report.lessons}, proposed {report.proposed}, applied {report.applied}",
        f"  model: {report.llm_calls} calls, {report.tokens_in} tokens in, {report.tokens_out} out",
    ]
    if report.commit:
        lines.append(f"  commit {report.commit[:12]} on {report.branch}")
    for a in report.accepted:
        where = f' "{a.heading}"' if a.heading else ""
        gates = ", ".join(v.gate for v in a.verdicts)
        lines.append(
            f"  accepted {a.op} {a.skill}{where}: {a.support_trajectories} runs from {a.support_users} users;"
            f" passed {gates}"
        )
    lines += [f"  rejected {r.op} {r.skill} by {r.gate}: {r.reason}" for r in report.rejected]
    lines += [f"  note: {s}" for s in report.skipped]
    lines += [f"  blocked: {b}" for b in report.blocked]
    lines += [f"  failed: {e}" for e in report.errors]
    if report.error:
        lines.append(f"  error: {report.error}")
    return "\n".join(lines)


def _status(hive: Any, *, as_json: bool) -> int:
    from skillhive.usecases.evolution import evolve_status

    status = evolve_status(hive.backends, hive.settings.team)
    reports = status.passes
    if as_json:
        print(json.dumps([r.model_dump(mode="json") for r in reports], indent=2))
        return 0
    model = "configured" if status.model_configured else "not configured (SKILLHIVE_LLM_BASE_URL)"
    quorum, users = status.quorum, status.users
    print(f"team {status.team}: model {model}; {status.new_for_model} runs new to the model stages")
    rule = f"a change needs runs from {quorum} distinct user{'s' if quorum != 1 else ''}"
    print(f"  {rule}; this team has runs from {users}" + (" — nothing can change yet" if status.blocked else ""))
    print("\n".join(_summary(r) for r in reports) if reports else "no evolution passes yet")
    return 0
