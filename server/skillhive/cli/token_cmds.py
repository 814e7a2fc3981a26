"""token create | list | revoke: the bearer tokens of the HTTP transport.

Whoever can run these owns the data directory, so they act as the hive's admin.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any

from skillhive.cli.common import require_hive
from skillhive.config import Settings
from skillhive.errors import UsageError
from skillhive.roles import ROLES
from skillhive.usecases.tokens import Tokens
from skillhive.wiring import ledger_at


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    token = sub.add_parser("token", help="bearer tokens for `serve --transport http`")
    tsub = token.add_subparsers(dest="token_command", required=True, metavar="COMMAND")

    create = tsub.add_parser(
        "create", parents=[common], help="create a token and print it (once); --team: whose data it reads and writes"
    )
    create.add_argument("--user", required=True, help="who the token speaks for")
    create.add_argument("--role", choices=ROLES, default="member", help="member (default), maintainer or admin")
    create.set_defaults(handler=create_cmd)

    lst = tsub.add_parser("list", parents=[common], help="list tokens (never their secrets)")
    lst.add_argument("--all", action="store_true", help="include revoked tokens")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    lst.set_defaults(handler=list_cmd)

    revoke = tsub.add_parser("revoke", parents=[common], help="revoke a token at once")
    revoke.add_argument("id", help="the token id shown by `token list`")
    revoke.set_defaults(handler=revoke_cmd)


@contextmanager
def _tokens(settings: Settings, *, create: bool = False) -> Iterator[Tokens]:
    """The token store alone: no embedding model, no vector index."""
    if not create:
        require_hive(settings)
    ledger = ledger_at(settings.ledger_path, settings.ledger_url)
    try:
        yield Tokens.of(ledger)
    finally:
        ledger.close()


def create_cmd(args: argparse.Namespace, settings: Settings) -> int:
    if args.team is None:
        raise UsageError("--team", "required: the team whose data the token reads and writes")
    with _tokens(settings, create=True) as tokens:
        created = tokens.create(args.user, args.team, args.role)
    new = created.token
    # The token alone on stdout, so that `TOKEN=$(skillhive token create …)` works; the rest on stderr.
    print(new.token)
    print(
        f"token {new.info.id} for {new.info.user} (team {new.info.team}, {new.info.role}); it is shown only this once",
        file=sys.stderr,
    )
    if created.first:
        print(
            "the first token: an HTTP server on this hive that started without auth now refuses requests;"
            " restart it to require tokens",
            file=sys.stderr,
        )
    return 0


def list_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with _tokens(settings) as tokens:
        rows = tokens.list_tokens(include_revoked=args.all)
    if args.json:
        print(json.dumps([asdict(r) for r in rows], indent=2))
        return 0
    if not rows:
        print("no tokens" + ("" if args.all else " (active)"))
        return 0
    header = ("ID", "USER", "TEAM", "ROLE", "CREATED", "LAST USED", "REVOKED")
    table = [
        (r.id, r.user, r.team, r.role, r.created_at[:19], (r.last_used_at or "never")[:19], (r.revoked_at or "-")[:19])
        for r in rows
    ]
    widths = [max(len(row[i]) for row in (header, *table)) for i in range(len(header))]
    for row in (header, *table):
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def revoke_cmd(args: argparse.Namespace, settings: Settings) -> int:
    token_id = Tokens.id_of(args.id)  # an id, or the whole token pasted: revoked by its id
    if token_id is None:  # never echoed: it may be a mistyped secret
        raise UsageError("ID", "not a token id (12 hex digits) nor a token; `skillhive token list` shows the ids")
    with _tokens(settings) as tokens:
        revoked = tokens.revoke(token_id)
    info = revoked.info
    if revoked.already:
        when = (info.revoked_at or "")[:19]
        print(f"token {info.id} of {info.user} (team {info.team}) was already revoked on {when}")
        return 0
    print(f"revoked token {info.id} of {info.user} (team {info.team})")
    print(f"their runs and outcomes stay; `skillhive forget --user {info.user} --team {info.team}` removes them")
    return 0
