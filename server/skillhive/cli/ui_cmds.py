"""ui: the web view of a local hive, on 127.0.0.1 (the local user acts, as with every other command)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from skillhive.cli.common import open_hive
from skillhive.config import Settings

DEFAULT_PORT = 8766


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    from skillhive.cli.serve_cmds import port_number

    ui = sub.add_parser("ui", parents=[common], help="browse this hive's runs, skills, lessons and passes in a browser")
    ui.add_argument(
        "--port",
        type=port_number,
        default=DEFAULT_PORT,
        help=f"port on 127.0.0.1 (default {DEFAULT_PORT}; 0: any free)",
    )
    ui.set_defaults(handler=ui_cmd)


def ui_cmd(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from skillhive.cli.serve_cmds import bind
    from skillhive.web import local_app

    with open_hive(settings) as hive:
        sock = bind("127.0.0.1", args.port)  # loopback only: whoever reaches it acts as the local user
        port = sock.getsockname()[1]
        config = uvicorn.Config(local_app(hive), log_config=None, access_log=False, server_header=False)
        print(f"skillhive ui: http://127.0.0.1:{port}/ui/ (stop with Ctrl-C)", file=sys.stderr, flush=True)
        uvicorn.Server(config).run(sockets=[sock])
    return 0
