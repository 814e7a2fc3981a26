"""lessons list: what the evolver distilled and stores for retrieval, with who backs each lesson."""

from __future__ import annotations

import argparse
import json
from typing import Any

from skillhive.cli.common import open_hive
from skillhive.config import Settings


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    lessons = sub.add_parser("lessons", help="lessons the evolver stored")
    lessons_sub = lessons.add_subparsers(dest="lessons_command", required=True, metavar="SUBCOMMAND")
    listed = lessons_sub.add_parser("list", parents=[common], help="list the team's lessons")
    listed.add_argument("--all", action="store_true", help="retired lessons too")
    listed.add_argument("--json", action="store_true", help="machine-readable output")
    listed.set_defaults(handler=list_cmd)


def list_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        lessons = hive.backends.evolution.lessons(settings.team, include_retired=args.all)
        quorum = hive.backends.quorum()
    if args.json:
        print(json.dumps([lesson.model_dump(mode="json") for lesson in lessons], indent=2))
        return 0
    if not lessons:
        print("no lessons yet: the evolver stores them once a model is configured (SKILLHIVE_LLM_BASE_URL)")
        return 0
    print(f"{'ID':20} {'KIND':9} {'STATUS':8} {'USERS':>5} {'USES':>5}  TITLE")
    for lesson in lessons:
        served = "" if lesson.support_users >= quorum else " (served to its authors only)"
        print(
            f"{lesson.id:20} {lesson.kind.value:9} {lesson.status:8} {lesson.support_users:>5} {lesson.uses:>5}  "
            f"{lesson.title}{served}"
        )
    return 0
