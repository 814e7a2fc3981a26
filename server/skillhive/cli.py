"""`skillhive …` commands. Errors are one line on stderr and a non-zero exit code."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skillhive import __version__
from skillhive.config import Settings, load_settings
from skillhive.errors import SkillhiveError

if TYPE_CHECKING:
    from skillhive.hive import Hive

log = logging.getLogger("skillhive")
IMPORT_BATCH = 256


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, help="data directory (env SKILLHIVE_DATA_DIR)")
    common.add_argument("--skills-dir", type=Path, help="skill directory (default: <data-dir>/skills)")
    common.add_argument("--log-level", choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="stderr log level")

    p = argparse.ArgumentParser(prog="skillhive", description=__doc__)
    p.add_argument("--version", action="version", version=f"skillhive {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", parents=[common], help="run the MCP server (stdio)")
    serve.add_argument("--transport", choices=["stdio"], default="stdio", help="only stdio so far")

    imp = sub.add_parser("import", parents=[common], help="import trajectories from a file or folder")
    imp.add_argument("path", type=Path)
    imp.add_argument("--format", default="auto", choices=["auto", "native", "openai", "swe-agent", "tau-bench"])
    imp.add_argument("--no-progress", action="store_true", help="no progress bar")

    ret = sub.add_parser("retrieve", parents=[common], help="retrieve experience for a query")
    ret.add_argument("query")
    ret.add_argument("-k", type=int, default=5)
    ret.add_argument("--max-tokens", type=int, default=1500)
    ret.add_argument("--json", action="store_true", help="machine-readable output")

    skills = sub.add_parser("skills", help="the skill directory")
    skills_sub = skills.add_subparsers(dest="skills_command", required=True, metavar="SUBCOMMAND")
    skills_sub.add_parser("list", parents=[common], help="list the hive's skills")
    show = skills_sub.add_parser("show", parents=[common], help="show one skill")
    show.add_argument("name")
    val = skills_sub.add_parser("validate", parents=[common], help="validate a skill directory")
    val.add_argument("dir", nargs="?", type=Path, help="default: the hive's own directory")

    stats = sub.add_parser("stats", parents=[common], help="counts and index state")
    stats.add_argument("--json", action="store_true")
    sub.add_parser("reindex", parents=[common], help="rebuild the vector index from the ledger")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(
            data_dir=getattr(args, "data_dir", None),
            skills_dir=getattr(args, "skills_dir", None),
            log_level=getattr(args, "log_level", None),
        )
        logging.basicConfig(
            level=settings.log_level,
            stream=sys.stderr,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        return _dispatch(args, settings)
    except SkillhiveError as exc:
        print(f"skillhive: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "skills" and args.skills_command == "validate" and args.dir is not None:
        return _validate(args.dir)
    from skillhive.hive import Hive

    hive = Hive(settings)
    try:
        if args.command == "serve":
            return _serve(hive)
        if args.command == "import":
            return _import(hive, args.path, args.format, progress=not args.no_progress)
        if args.command == "retrieve":
            return _retrieve(hive, args.query, args.k, args.max_tokens, as_json=args.json)
        if args.command == "skills":
            return _skills(hive, args)
        if args.command == "stats":
            st = hive.stats(settings.team)
            print(st.model_dump_json(indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in st))
            return 0
        if args.command == "reindex":
            started = time.perf_counter()
            n = hive.reindex()
            print(f"reindexed {n} items with {hive.embedder.model_id} in {time.perf_counter() - started:.1f}s")
            return 0
        raise AssertionError(args.command)
    finally:
        hive.close()


def _caller(hive: Hive) -> Any:
    from skillhive.models import Caller

    return Caller(user=hive.settings.user, team=hive.settings.team, role="admin")


def _serve(hive: Hive) -> int:
    from skillhive.mcp_app import build_server

    build_server(hive).run()
    return 0


def _import(hive: Hive, path: Path, fmt: str, *, progress: bool) -> int:
    from skillhive.importers import count_records, iter_import

    total = count_records(path, fmt)
    bar = _Progress(total, "import", enabled=progress)
    caller = _caller(hive)
    batch: list[Any] = []
    created = dupes = bad = redacted = 0
    started = time.perf_counter()

    def flush() -> None:
        nonlocal created, dupes, redacted
        for r in hive.record_many(caller, batch):
            created += r.created
            dupes += not r.created
            redacted += r.redactions
        batch.clear()

    for item in iter_import(path, fmt):
        if item.trajectory is None:
            bad += 1
            bar.clear()
            print(f"skipped {item.position}: {item.error}", file=sys.stderr)
        else:
            batch.append(item.trajectory)
            if len(batch) >= IMPORT_BATCH:
                flush()
        bar.advance()
    if batch:
        flush()
    bar.done()
    stored = time.perf_counter() - started
    pending = hive.ledger.count_pending()
    bar = _Progress(pending, "index", enabled=progress)
    hive.indexer.drain(progress=bar.set)
    bar.done()
    total_s = time.perf_counter() - started
    n = created + dupes
    print(
        f"imported {created} new, {dupes} already stored, {bad} skipped, {redacted} secrets redacted; "
        f"{n / max(stored, 1e-9):.0f} trajectories/s stored, {n / max(total_s, 1e-9):.0f}/s indexed"
    )
    return 0 if bad == 0 else 3


def _retrieve(hive: Hive, query: str, k: int, max_tokens: int, *, as_json: bool) -> int:
    result = hive.retrieve(_caller(hive), query, k=k, max_tokens=max_tokens)
    if as_json:
        print(result.model_dump_json(indent=2))
        return 0
    for w in result.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if not result.items:
        print("no relevant experience yet")
    for i, item in enumerate(result.items, 1):
        status = f" [{item.outcome.value}]" if item.outcome else ""
        print(f"{i}. {item.kind.value} {item.id}{status}: {item.title}")
        print(f"   why: {item.why}")
        if item.summary:
            print(f"   {item.summary}")
    print(f"({result.tokens}/{result.max_tokens} tokens)")
    return 0


def _skills(hive: Hive, args: argparse.Namespace) -> int:
    caller = _caller(hive)
    if args.skills_command == "list":
        for s in hive.list_skills(caller, limit=200):
            rate = f" {s.success_rate:.0%} of {s.uses}" if s.success_rate is not None else ""
            print(f"{s.name:32} {(s.version or '-')[:10]}{rate}  {s.description[:80]}")
        return 0
    if args.skills_command == "show":
        d = hive.get_skill(caller, args.name)
        print(f"# {d.name} ({(d.version or 'uncommitted')[:10]})\n{d.description}\n")
        print(f"{d.body}\nfiles: {', '.join(d.files)}")
        return 0
    return _validate(hive.skill_root(caller.team))


def _validate(directory: Path) -> int:
    from skillhive.skills.directory import validate_directory

    problems = validate_directory(directory)
    for p in problems:
        print(str(p))
    errors = sum(p.severity == "error" for p in problems)
    print(f"{directory}: {errors} errors, {len(problems) - errors} warnings")
    return 1 if errors else 0


class _Progress:
    """A one-line progress bar on stderr (only on a terminal)."""

    def __init__(self, total: int | None, label: str, *, enabled: bool) -> None:
        self.total, self.label, self.n = total, label, 0
        self.enabled = enabled and sys.stderr.isatty()
        self.started = time.perf_counter()
        self._last = 0.0

    def advance(self, n: int = 1) -> None:
        self.set(self.n + n)

    def set(self, n: int) -> None:
        self.n = n
        now = time.perf_counter()
        if self.enabled and now - self._last > 0.1:
            self._last = now
            rate = n / max(now - self.started, 1e-9)
            if self.total:
                filled = int(30 * min(n, self.total) / self.total)
                bar = "#" * filled + "." * (30 - filled)
                sys.stderr.write(f"\r{self.label} [{bar}] {n}/{self.total} {rate:.0f}/s")
            else:
                sys.stderr.write(f"\r{self.label} {n} {rate:.0f}/s")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")

    def done(self) -> None:
        if self.enabled:
            self._last = 0.0
            self.set(self.n)
            sys.stderr.write("\n")


if __name__ == "__main__":
    sys.exit(main())
