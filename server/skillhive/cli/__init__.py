"""`skillhive …` commands. Errors are one line on stderr and a documented exit code.

Each module here registers its own subcommands:
  serve_cmds.py   serve (stdio, http, --upstream)
  hive_cmds.py    import, retrieve, show, forget, stats, reindex
  data_cmds.py    runs, imports, forget --user / --import, export; what a folder import asks first
  lessons_cmds.py lessons list
  skills_cmds.py  skills list | show | validate | history | review | approve | reject | rollback | sync
  token_cmds.py   token create | list | revoke
  evolve_cmds.py  evolve --once | --watch | --status
  migrate_cmds.py migrate --to postgresql://…
  hook_cmds.py    hook claude-code | codex (capture sessions, add context to prompts; always exit 0)
  setup_cmds.py   setup claude-code | codex [--remove] (MCP server and hooks in the client's settings)
  watch_cmds.py   watch [codex | claude-code | FOLDER] (capture session files as they grow)
  ui_cmds.py      ui [--port] (the web view of a local hive, on 127.0.0.1)

Exit codes: 0 done; 1 an error (one line on stderr saying what and which setting or field);
2 bad usage (an unknown command or flag, or an argument's value that breaks its rule), or another
evolver holds the data directory; 3 an import skipped records;
130 interrupted (Ctrl-C); 141 the output was closed early (`skillhive stats | head`).
"""

from __future__ import annotations

import os
import signal
import sys


def _interrupted_while_starting(_signum: int, _frame: object) -> None:
    """Ctrl-C before a command runs (its modules still loading): nothing was done, so stop quietly."""
    os._exit(130)


# Before the heavy imports below: a Ctrl-C in the first moments printed a traceback (or exited 1).
# Only when this process is the command (`skillhive …`, `python -m skillhive.cli`), not a program importing it.
if sys.argv[:1] == ["-m"] or os.path.basename(sys.argv[0] if sys.argv else "") == "skillhive":
    signal.signal(signal.SIGINT, _interrupted_while_starting)

import argparse  # noqa: E402
import logging  # noqa: E402
import threading  # noqa: E402
from collections.abc import Sequence  # noqa: E402

from pydantic import ValidationError  # noqa: E402

from skillhive import __version__  # noqa: E402
from skillhive.config import load_settings, warn_unknown_variables  # noqa: E402
from skillhive.errors import SkillhiveError, UsageError, validation_message  # noqa: E402

EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_PIPE = 1, 2, 130, 141


_FLAGS = {"k": "-k", "query": "QUERY", "tags": "--tag", "kinds": "--kind", "name": "NAME", "id": "ID"}


def flag_of(field: str) -> str:
    """The command-line spelling of a request field."""
    return _FLAGS.get(field, "--" + field.replace("_", "-"))


def add_common_options(parser: argparse.ArgumentParser, default: object) -> None:
    """The options every command takes: before the command (`skillhive --data-dir D stats`) or after it."""
    parser.add_argument("--data-dir", default=default, help="data directory (env SKILLHIVE_DATA_DIR)")
    parser.add_argument("--team", default=default, help="the team to act for (env SKILLHIVE_TEAM; default 'default')")
    parser.add_argument("--skills-dir", default=default, help="skill directory (default: <data-dir>/skills)")
    parser.add_argument(
        "--init",
        action="store_true",
        default=default,
        help="with --skills-dir: make a folder of files that is no git repository one (commits them)",
    )
    parser.add_argument("--chroma-url", default=default, help="use a Chroma server instead of the embedded index")
    parser.add_argument(
        "--database-url",
        default=default,
        metavar="URL",
        help="keep the ledger in PostgreSQL (postgresql://…) instead of <data-dir>/ledger.db; prefer the env "
        "SKILLHIVE_DATABASE_URL, since other users can read a password on the command line in `ps`",
    )
    parser.add_argument(
        "--skills-remote", default=default, metavar="URL", help="git remote the skill directory syncs with"
    )
    parser.add_argument(
        "--log-level", default=default, choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="stderr log level"
    )


def build_parser() -> argparse.ArgumentParser:
    # After the command, an option left out must not overwrite one given before it: SUPPRESS.
    common = argparse.ArgumentParser(add_help=False)
    add_common_options(common, argparse.SUPPRESS)

    parser = argparse.ArgumentParser(prog="skillhive", description="Shared memory and skills for LLM agents.")
    parser.add_argument("--version", action="version", version=f"skillhive {__version__}")
    add_common_options(parser, None)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    # Imported here, not at the top: `python -m skillhive.cli.hook_cmds` (a hook on every prompt) needs none.
    from skillhive.cli import (
        data_cmds,
        evolve_cmds,
        hive_cmds,
        hook_cmds,
        lessons_cmds,
        migrate_cmds,
        serve_cmds,
        setup_cmds,
        skills_cmds,
        token_cmds,
        ui_cmds,
        watch_cmds,
    )

    for module in (
        serve_cmds,
        hive_cmds,
        data_cmds,
        hook_cmds,
        setup_cmds,
        watch_cmds,
        lessons_cmds,
        skills_cmds,
        token_cmds,
        evolve_cmds,
        migrate_cmds,
        ui_cmds,
    ):
        module.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if threading.current_thread() is threading.main_thread():  # from here Ctrl-C is KeyboardInterrupt
            signal.signal(signal.SIGINT, signal.default_int_handler)
        settings = load_settings(
            data_dir=getattr(args, "data_dir", None),
            team=getattr(args, "team", None),
            skills_dir=getattr(args, "skills_dir", None),
            skills_init=getattr(args, "init", None),
            log_level=getattr(args, "log_level", None),
            chroma_url=getattr(args, "chroma_url", None),
            database_url=getattr(args, "database_url", None),
            skills_remote=getattr(args, "skills_remote", None),
        )
        logging.basicConfig(
            level=settings.log_level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
        warn_unknown_variables(os.environ)  # a mistyped SKILLHIVE_USR must not be ignored silently
        return int(args.handler(args, settings))
    except UsageError as exc:  # an argument's value breaks its rule: bad usage, like argparse's own errors
        print(f"skillhive: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SkillhiveError as exc:
        print(f"skillhive: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except ValidationError as exc:  # a value the command passed on breaks a rule of the request
        print(f"skillhive: error: {validation_message(exc, flag_of)}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly, as other Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_PIPE
