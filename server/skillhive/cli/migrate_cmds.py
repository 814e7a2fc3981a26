"""migrate --to postgresql://…: move a hive's ledger from its SQLite file to PostgreSQL."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from skillhive.config import Settings, check_url
from skillhive.errors import ConfigError, UsageError
from skillhive.filelock import file_lock
from skillhive.store.database import is_database_url


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    migrate = sub.add_parser(
        "migrate",
        parents=[common],
        help="copy this hive's SQLite ledger (every table) to an empty PostgreSQL database, and check the counts",
    )
    migrate.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="postgresql://user:password@host:5432/db, an empty database",
    )
    migrate.set_defaults(handler=migrate_cmd)


def migrate_cmd(args: argparse.Namespace, settings: Settings) -> int:
    from skillhive.cli.serve_cmds import SERVING_LOCK

    if not is_database_url(args.to):
        raise UsageError("--to", "a postgresql:// URL")
    try:
        check_url(args.to, "postgresql://USER@HOST:PORT/DATABASE")
    except ValueError as exc:
        raise UsageError("--to", str(exc)) from None
    if settings.ledger_url is not None:
        raise ConfigError("migrate copies the SQLite ledger of --data-dir: unset SKILLHIVE_DATABASE_URL")
    if not settings.ledger_path.exists():
        raise ConfigError(f"no ledger at {settings.ledger_path}: nothing to migrate (check --data-dir)")
    with file_lock(settings.data_dir / SERVING_LOCK, wait=False) as alone:
        if not alone:  # its writes after the copy would stay behind in the SQLite file
            raise ConfigError(
                f"a skillhive server is still serving from {settings.data_dir} and writes to its SQLite ledger: "
                "stop it (and every other server on this data directory) first, then migrate"
            )
        return _migrate(args.to, settings)


def _migrate(url: str, settings: Settings) -> int:
    from skillhive.store.copy import copy_ledger
    from skillhive.wiring import ledger_at

    started = time.perf_counter()
    source = ledger_at(settings.ledger_path)
    try:
        target = ledger_at(settings.ledger_path, url)
        try:
            copied = copy_ledger(source, target, data_dir=settings.data_dir)
            where = target.db.location
        finally:
            target.close()
    finally:
        source.close()
    for c in copied:
        print(f"{c.table:20} {c.rows:>9} rows")
    print(
        f"copied {settings.ledger_path} to {where} in {time.perf_counter() - started:.1f}s; counts checked.\n"
        "Serve from it with SKILLHIVE_DATABASE_URL (replicas also need a Chroma server: SKILLHIVE_CHROMA_URL, "
        "then `skillhive reindex` once).",
        file=sys.stderr,
    )
    return 0
