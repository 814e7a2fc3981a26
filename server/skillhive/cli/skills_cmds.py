"""skills list | show | validate."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from skillhive.cli.common import local_caller, open_hive
from skillhive.config import Settings


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    skills = sub.add_parser("skills", help="the skill directory")
    skills_sub = skills.add_subparsers(dest="skills_command", required=True, metavar="SUBCOMMAND")
    skills_sub.add_parser("list", parents=[common], help="list the hive's skills").set_defaults(handler=list_cmd)
    show = skills_sub.add_parser("show", parents=[common], help="show one skill")
    show.add_argument("name")
    show.set_defaults(handler=show_cmd)
    val = skills_sub.add_parser("validate", parents=[common], help="validate a skill directory")
    val.add_argument("dir", nargs="?", type=Path, help="default: the hive's own directory")
    val.set_defaults(handler=validate_cmd)


def list_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        for s in hive.list_skills(local_caller(settings), limit=200):
            rate = f" {s.success_rate:.0%} of {s.uses}" if s.success_rate is not None else ""
            print(f"{s.name:32} {(s.version or '-')[:10]}{rate}  {s.description[:80]}")
    return 0


def show_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        d = hive.get_skill(local_caller(settings), args.name)
    print(f"# {d.name} ({(d.version or 'uncommitted')[:10]})\n{d.description}\n")
    print(f"{d.body}\nfiles: {', '.join(d.files)}")
    return 0


def validate_cmd(args: argparse.Namespace, settings: Settings) -> int:
    from skillhive.skills.directory import validate_directory

    if args.dir is None:
        with open_hive(settings) as hive:
            directory = hive.skill_root(settings.team)
            hive.directory(settings.team)  # creates the repository on first use
    else:
        directory = args.dir
    problems = validate_directory(directory)
    for p in problems:
        print(str(p))
    errors = sum(p.severity == "error" for p in problems)
    print(f"{directory}: {errors} errors, {len(problems) - errors} warnings")
    return 1 if errors else 0
