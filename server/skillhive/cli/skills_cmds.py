"""skills list | show | validate | history | review | approve | reject | rollback | adopt | sync."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillhive.cli.common import local_caller, open_hive
from skillhive.config import Settings
from skillhive.errors import NotFound, SkillError
from skillhive.models import squash
from skillhive.requests import GetSkillRequest, ListSkillsRequest
from skillhive.skills.spec import strict_problems

if TYPE_CHECKING:
    from skillhive.curation import Curation
    from skillhive.hive import Hive


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    skills = sub.add_parser("skills", help="the skill directory")
    skills_sub = skills.add_subparsers(dest="skills_command", required=True, metavar="SUBCOMMAND")
    listed = skills_sub.add_parser("list", parents=[common], help="list the hive's skills, and invalid ones")
    listed.add_argument("--json", action="store_true", help="machine-readable output")
    listed.set_defaults(handler=list_cmd)
    show = skills_sub.add_parser("show", parents=[common], help="show one skill")
    show.add_argument("name")
    show.set_defaults(handler=show_cmd)
    val = skills_sub.add_parser("validate", parents=[common], help="validate a skill directory")
    val.add_argument("dir", nargs="?", type=Path, help="default: the hive's own directory")
    val.add_argument("--strict", action="store_true", help="size limits and odd field types count as errors too")
    val.set_defaults(handler=validate_cmd)
    register_curation(skills_sub, common)
    sync = skills_sub.add_parser(
        "sync", parents=[common], help="pull the skills from their git remote and push local commits"
    )
    sync.set_defaults(handler=sync_cmd)


def list_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        skills = hive.list_skills(local_caller(settings), ListSkillsRequest(limit=200))
        problems = hive.directory(settings.team).scan().problems
    invalid: dict[str, list[str]] = {}
    for p in problems:
        if p.severity == "error":
            invalid.setdefault(p.file.split("/")[0], []).append(f"{p.field or p.file}: {p.message}")
    if args.json:
        rows = [s.model_dump(mode="json") for s in skills]
        print(json.dumps({"skills": rows, "invalid": invalid}, indent=2))
        return 0
    print(f"{'NAME':32} {'VERSION':10} {'USES':>5} {'SUCCESS':>7}  DESCRIPTION")
    for s in skills:
        rate = f"{s.success_rate:.0%}" if s.success_rate is not None else "-"
        print(f"{s.name:32} {(s.version or '-')[:10]:10} {s.uses:>5} {rate:>7}  {squash(s.description, 70)}")
    for name, reasons in sorted(invalid.items()):
        print(f"{name:32} {'INVALID':10} {'':>5} {'':>7}  {'; '.join(reasons)}")
    return 0


def show_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        d = hive.get_skill(local_caller(settings), GetSkillRequest(name=args.name))
    print(f"# {d.name} ({d.version[:10] if d.version else 'uncommitted'})\n{d.description}\n")
    print(f"{d.body}\nfiles: {', '.join(d.files)}")
    return 0


def validate_cmd(args: argparse.Namespace, settings: Settings) -> int:
    from skillhive.skills.directory import validate_directory

    if args.dir is None:
        with open_hive(settings) as hive:
            directory = hive.directories.root(settings.team)
            hive.directory(settings.team)  # creates the repository on first use
    else:
        directory = args.dir
    problems = validate_directory(directory)
    failing = strict_problems(problems) if args.strict else [p for p in problems if p.severity == "error"]
    for p in problems:
        # Under --strict a limit counted as an error is shown as one.
        print(str(p.model_copy(update={"severity": "error"}) if p in failing else p))
    warnings = len(problems) - len(failing)
    print(f"{directory}: {_count(len(failing), 'error')}, {_count(warnings, 'warning')}")
    return 1 if failing else 0


def register_curation(skills_sub: Any, common: argparse.ArgumentParser) -> None:
    history = skills_sub.add_parser("history", parents=[common], help="versions of a skill")
    history.add_argument("name")
    history.add_argument("--limit", type=int, default=20)
    history.set_defaults(handler=history_cmd)
    review = skills_sub.add_parser("review", parents=[common], help="evolver passes waiting for review, with diffs")
    review.set_defaults(handler=review_cmd)
    approve = skills_sub.add_parser("approve", parents=[common], help="apply a reviewed pass to the live skills")
    approve.add_argument("branch", help="evolve/<run id>, as `skills review` lists it")
    approve.set_defaults(handler=approve_cmd)
    reject = skills_sub.add_parser("reject", parents=[common], help="discard a pass waiting for review")
    reject.add_argument("branch")
    reject.set_defaults(handler=reject_cmd)
    rollback = skills_sub.add_parser("rollback", parents=[common], help="restore an earlier version as a new commit")
    rollback.add_argument("name")
    rollback.add_argument("version", nargs="?", help="default: the version before the current one")
    rollback.add_argument("--reason", default="rolled back by hand")
    rollback.set_defaults(handler=rollback_cmd)
    adopt = skills_sub.add_parser(
        "adopt",
        parents=[common],
        help="record the live branch's history as this hive's own commits (once, after upgrading a hive "
        "whose skills remote is its own)",
    )
    adopt.add_argument("--rev", help="a commit id of the live branch: adopt its history (default: the head)")
    adopt.set_defaults(handler=adopt_cmd)


def _curation(hive: Hive) -> Curation:
    assert hive.curation is not None  # a local hive curates its own skills
    return hive.curation


def history_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        versions = _curation(hive).history(local_caller(settings), args.name, args.limit)
    if not versions:
        raise NotFound(f"no skill {args.name!r} in the history of the skill directory")
    for v in versions:
        print(f"{v.version[:12]}  {v.date[:19]}  {v.author:20}  {v.subject}")
    return 0


def review_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        reviews = _curation(hive).reviews(local_caller(settings), with_diff=True)
    if not reviews:
        print("no evolver passes waiting for review")
    for r in reviews:
        print(f"=== {r.branch} ({r.commit[:12]}): {r.subject}\n{r.diff}")
    return 0


def approve_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        sha = _curation(hive).approve(local_caller(settings), args.branch)
        parked = _parked(hive, settings, sha)
    if parked:
        raise SkillError(f"{args.branch} conflicts with the skills remote: {parked}")
    print(f"approved {args.branch}: live skills are now at {sha[:12]}")
    return 0


def reject_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        _curation(hive).reject(local_caller(settings), args.branch)
    print(f"rejected {args.branch}")
    return 0


def rollback_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        sha = _curation(hive).rollback(local_caller(settings), args.name, args.version, args.reason)
        parked = _parked(hive, settings, sha)
    if parked:
        raise SkillError(f"the rollback of {args.name} conflicts with the skills remote: {parked}")
    print(f"rolled back {args.name}: new version {sha[:12]}")
    return 0


def adopt_cmd(args: argparse.Namespace, settings: Settings) -> int:
    team = settings.team
    with open_hive(settings) as hive:
        versions = {name: s.version for name, s in hive.directory(team).scan().skills.items()}
        before = hive.skill_origins(team, versions)
        done = _curation(hive).adopt(local_caller(settings), args.rev)
        after = hive.skill_origins(team, versions)
    print(
        f"adopted {_count(len(done.adopted), 'commit')} of team {team}'s skills up to {done.rev[:12]}"
        f" as this hive's own ({done.already} were already)"
    )
    changed = sorted(name for name in after if after[name] != before[name])
    for name in changed:
        was, now = before[name], after[name]
        print(f"  {name}: {was.source} ({was.trust}) -> {now.source} ({now.trust})")
    if not changed:
        print("no skill changes origin")
    if settings.untrusted_remote(team) is None:
        print(f"note: team {team} tracks no untrusted skills remote: its skills are served as the hive's own anyway")
    return 0


def _parked(hive: Any, settings: Settings, sha: str) -> str | None:
    """Where a commit that sync moved off the live branch (a conflict with the remote) waits, if it did."""
    from skillhive.skills.reviews import pending_reviews

    root = hive.directories.root(settings.team)
    for review in pending_reviews(root):
        if review.sha == sha:
            return f"kept on {review.branch} for review; the remote's version is live"
    return None


def sync_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings, create=True) as hive:
        result = hive.directories.sync(settings.team)
    print(result.summary())
    return 1 if result.error or result.deferred else 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")
