"""evolve --once | --watch | --status."""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from typing import Any

from skillhive.cli.common import open_hive
from skillhive.config import Settings


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    evolve = sub.add_parser("evolve", parents=[common], help="run the evolver: distil runs into skills and lessons")
    what = evolve.add_mutually_exclusive_group()
    what.add_argument("--once", action="store_true", help="one pass for every team, then exit (default)")
    what.add_argument("--watch", action="store_true", help="keep running passes as new runs arrive")
    what.add_argument("--status", action="store_true", help="show recent passes")
    evolve.add_argument("--dry-run", action="store_true", help="propose and gate, but commit nothing")
    evolve.add_argument("--mode", choices=["auto", "review"], help="override SKILLHIVE_EVOLVE_MODE")
    evolve.add_argument("--json", action="store_true", help="machine-readable output")
    evolve.set_defaults(handler=evolve_cmd)


def evolve_cmd(args: argparse.Namespace, settings: Settings) -> int:
    from skillhive.evolver.runner import EvolverRunner

    with open_hive(settings) as hive:
        if args.status:
            return _status(hive, as_json=args.json)
        runner = EvolverRunner(hive, mode="dry-run" if args.dry_run else args.mode)
        if runner.llm is None:
            print("no LLM configured (SKILLHIVE_LLM_BASE_URL): model stages will be skipped", file=sys.stderr)
        while True:
            for team in runner.teams():
                if args.watch and not runner.due(team):
                    continue
                report = runner.run_once(team, progress=functools.partial(_say, team))
                if report is None:
                    print("another evolver is running on this data directory", file=sys.stderr)
                    return 2
                print(report.model_dump_json(indent=2) if args.json else _summary(report))
            if not args.watch:
                return 0
            time.sleep(5)


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
    lines += [f"  rejected {r.op} {r.skill} by {r.gate}: {r.reason}" for r in report.rejected]
    lines += [f"  note: {s}" for s in report.skipped]
    if report.error:
        lines.append(f"  error: {report.error}")
    return "\n".join(lines)


def _status(hive: Any, *, as_json: bool) -> int:
    from skillhive.evolver.types import PassReport

    reports = [PassReport.model_validate_json(r) for r in hive.evolution.recent_runs(hive.settings.team, 10)]
    if as_json:
        print(json.dumps([r.model_dump(mode="json") for r in reports], indent=2))
    elif not reports:
        print("no evolution passes yet")
    else:
        print("\n".join(_summary(r) for r in reports))
    return 0
