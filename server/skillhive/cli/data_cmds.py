"""runs, imports, forget --user / --import, export, and what `import` asks before reading a folder."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from skillhive.cli.common import local_caller, open_hive
from skillhive.config import IDENTIFIER_RULE, Settings, identifier
from skillhive.errors import ImportFormatError, UsageError
from skillhive.models import OutcomeStatus, squash
from skillhive.usecases.ownership import Forgotten, RunFilter

LISTED_FILES = 10  # files named one by one before a folder import asks
DETECTED_FILES = 200  # files whose format is read before it asks (the rest are counted by suffix)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    runs = sub.add_parser("runs", parents=[common], help="list recorded runs, newest first")
    runs.add_argument("--since", metavar="DATE", help="only runs recorded at or after this ISO date or time")
    runs.add_argument("--user", help="only runs this user recorded")
    runs.add_argument("--tag", help="only runs with this tag")
    runs.add_argument("--outcome", choices=[o.value for o in OutcomeStatus], help="only runs that ended so")
    runs.add_argument("--limit", type=int, default=100, help="at most this many (1-100000; default 100)")
    runs.add_argument("--json", action="store_true", help="machine-readable output")
    runs.set_defaults(handler=runs_cmd)

    imports = sub.add_parser("imports", parents=[common], help="list the imports (batches) of the team")
    imports.add_argument("--json", action="store_true", help="machine-readable output")
    imports.set_defaults(handler=imports_cmd)

    export = sub.add_parser(
        "export", parents=[common], help="write the team's runs, lessons, outcomes and skill history to a file"
    )
    export.add_argument("file", type=Path, help="the bundle to write (e.g. team.skillhive.tar.gz)")
    export.add_argument("--user", help="only this user's runs, outcomes and lessons (no skill history)")
    export.set_defaults(handler=export_cmd)


def add_forget_options(forget: argparse.ArgumentParser) -> None:
    """`forget --user U` and `forget --import ID`, beside `forget ID` (cli/hive_cmds.py)."""
    forget.add_argument("--user", dest="forget_user", metavar="U", help="forget everything of this user")
    forget.add_argument("--import", dest="forget_import", metavar="ID", help="undo this import (`skillhive imports`)")


def wants_many(args: argparse.Namespace) -> bool:
    given = [x for x in (args.id, args.forget_user, args.forget_import) if x is not None]
    if len(given) != 1:
        raise UsageError("forget", "give exactly one of ID, --user U, --import ID")
    return args.id is None


def runs_cmd(args: argparse.Namespace, settings: Settings) -> int:
    if not 1 <= args.limit <= 100_000:
        raise UsageError("--limit", "must be between 1 and 100000")
    user = _user(args.user)
    since = _since(args.since) if args.since is not None else None
    flt = RunFilter(since=since, user=user, tag=args.tag, outcome=args.outcome, limit=args.limit)
    with open_hive(settings) as hive:
        runs = hive.ownership.runs(local_caller(settings), flt)
    if args.json:
        print(json.dumps([{**asdict(r), "tags": list(r.tags)} for r in runs], indent=2))
        return 0
    if not runs:
        print("no runs match")
        return 0
    print(f"{'ID':24} {'RECORDED':16} {'USER':12} {'OUTCOME':8} {'SOURCE':26} TASK")
    for r in runs:
        source = f"import:{r.import_id}" if r.import_id else "recorded"
        print(f"{r.id:24} {r.created_at[:16]:16} {r.user:12} {r.status:8} {source:26} {squash(r.task, 80)}")
    return 0


def _since(value: str) -> str:
    """An ISO date or time as the ledger writes times (UTC ISO strings compare in time order)."""
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError("--since", "an ISO date or time such as 2026-11-01 or 2026-11-01T09:30") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def imports_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        batches = hive.ownership.imports(local_caller(settings))
    if args.json:
        print(json.dumps([asdict(b) for b in batches], indent=2))
        return 0
    if not batches:
        print(f"no imports in team {settings.team}")
        return 0
    print(f"{'ID':20} {'WHEN':16} {'USER':12} {'FORMAT':9} {'STORED':>6} {'STATE':10} SOURCE")
    for b in batches:
        state = "forgotten" if b.forgotten_at else "kept"
        stored = b.counts.get("stored", 0)
        print(f"{b.id:20} {b.created_at[:16]:16} {b.user:12} {b.format:9} {stored:>6} {state:10} {b.source}")
    return 0


def forget_cmd(args: argparse.Namespace, settings: Settings) -> int:
    """`forget --user U` or `forget --import ID`: the local command line acts as the hive's admin."""
    caller = local_caller(settings)
    with open_hive(settings) as hive:
        if args.forget_user is not None:
            forget_user = identifier_or_usage(args.forget_user)
            result = hive.ownership.forget_user(caller, forget_user)
            what = f"user {forget_user}"
        else:
            result = hive.ownership.forget_import(caller, args.forget_import)
            what = f"import {args.forget_import}"
        hive.backends.indexer.drain()  # out of the vector index before the command returns
    print(_forgotten_text(what, settings.team, result))
    return 0


def _forgotten_text(what: str, team: str, r: Forgotten) -> str:
    lines = [f"forgot {what} of team {team}: {r.runs} runs removed (kept out if imported again)"]
    parts = [f"{r.authorships} authorships of runs others recorded too"]
    if r.outcomes or r.serves:
        parts.append(f"{r.outcomes} skill outcomes, {r.serves} lesson serves")
    if r.lessons_renamed:
        parts.append(f"their name on {r.lessons_renamed} lessons")
    lines.append("  also removed: " + ", ".join(parts))
    if r.lessons_removed:
        lines.append(f"  lessons removed (they rested only on those runs): {', '.join(r.lessons_removed)}")
    if r.lineage.lessons or r.lineage.commits:
        lines.append("  built partly from those runs (kept; review them):")
        for lid, title, n in r.lineage.lessons:
            lines.append(f"    lesson {lid} ({n} of its runs removed): {squash(title, 80)}")
        for sha, subject in r.lineage.commits:
            lines.append(f"    skill commit {sha[:12]}: {squash(subject, 80)}")
    return "\n".join(lines)


# -- what a folder import reads ------------------------------------------------------------------
def folder_summary(path: Path) -> str:
    """What importing the folder `path` would read: file count, formats, sizes, the first files."""
    from skillhive.importers import detect_format
    from skillhive.importers.sources import list_files

    files = list_files(path)
    formats: Counter[str] = Counter()
    for f in files[:DETECTED_FILES]:
        try:
            formats[detect_format(f)] += 1
        except ImportFormatError:
            formats["unreadable"] += 1
    for f in files[DETECTED_FILES:]:
        formats[f"{f.suffix} (not read yet)"] += 1
    sizes = {f: (f.stat().st_size if f.exists() else 0) for f in files}
    lines = [
        f"{path} holds {len(files)} files to import ({_size(sum(sizes.values()))}): "
        + ", ".join(f"{n} {fmt}" for fmt, n in sorted(formats.items()))
    ]
    for f in files[:LISTED_FILES]:
        lines.append(f"  {f.relative_to(path)} ({_size(sizes[f])})")
    if len(files) > LISTED_FILES:
        lines.append(f"  … and {len(files) - LISTED_FILES} more")
    return "\n".join(lines)


def _size(n: int) -> str:
    return f"{n} B" if n < 1024 else f"{n / 1024:.1f} KiB" if n < 2**20 else f"{n / 2**20:.1f} MiB"


def confirm_folder(path: Path, yes: bool) -> bool:
    """List what a folder import will read; ask on a terminal unless `yes`. Without a terminal and
    without --yes, refuse (UsageError: exit 2). Returns whether to go on."""
    if not path.is_dir():
        return True
    print(folder_summary(path), file=sys.stderr)
    if yes:
        return True
    if not sys.stdin.isatty():
        raise UsageError("--yes", "importing a folder asks first; with no terminal to ask on, add --yes")
    answer = input("import these files? [y/N] ").strip().lower()
    return answer in ("y", "yes")


def _user(value: str | None) -> str | None:
    """A `--user` value as the hive stores names (NFC), or a usage error naming the flag."""
    return None if value is None else identifier_or_usage(value)


def identifier_or_usage(value: str) -> str:
    try:
        return identifier(value)
    except ValueError:
        raise UsageError("--user", IDENTIFIER_RULE) from None


# -- bundles -------------------------------------------------------------------------------------
def export_cmd(args: argparse.Namespace, settings: Settings) -> int:
    user = _user(args.user)
    with open_hive(settings) as hive:
        done = hive.bundles.export(local_caller(settings), args.file, user=user)
    rows = ", ".join(f"{n} {table}" for table, n in done.tables.items())
    branches = f"; skill history: {len(done.branches)} branches" if done.branches else ""
    who = f" (user {user})" if user else ""
    print(f"exported team {settings.team}{who} to {done.path}: {rows}{branches}")
    return 0


def import_bundle_cmd(path: Path, settings: Settings) -> int:
    """`skillhive import FILE` of a bundle (`skillhive export`): restore it, or merge it, into the team."""
    with open_hive(settings, create=True) as hive:
        done = hive.bundles.import_bundle(local_caller(settings), path)
        hive.backends.indexer.drain()
    src = done.source
    print(
        f"bundle of team {src.get('team')}"
        + (f" (user {src['user']})" if src.get("user") else "")
        + f" exported {src.get('created_at', '?')[:16]} by skillhive {src.get('skillhive_version', '?')}"
    )
    for table, t in done.tables.items():
        extra = "".join(
            f", {n} {what}"
            for what, n in (("already here", t.already), ("kept out (forgotten)", t.forgotten), ("skipped", t.skipped))
            if n
        )
        print(f"  {table}: {t.restored} restored{extra}")
    if done.unreadable:
        print(f"  {done.unreadable} runs left out: their documents no longer read as runs")
    if done.skills is not None:
        created = f", {len(done.skills.created)} branches added" if done.skills.created else ""
        own = f", {done.skills.own} commits its hive made recorded as this hive's own" if done.skills.own else ""
        print(f"  skill history: {done.skills.outcome} ({done.skills.live}{created}{own})")
    for note in done.notes:
        print(f"  note: {note}")
    print(f"imported into team {done.team} as import {done.batch_id}, {done.redactions} secrets redacted")
    return 0
