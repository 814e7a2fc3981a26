"""serve: the MCP server over stdio (the default), over streamable HTTP, or forwarding to a team hive.

It says one line on stderr when it is ready (what it serves, from where, as whom), and Ctrl-C or
SIGTERM stop it within a second: the SDK's stdio reader blocks on stdin in a thread that no
cancellation reaches, so a signal closes the hive (bounded) and ends the process. Every write the
hive acknowledged is already committed; the outbox re-drives indexing on the next start.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from skillhive import __version__
from skillhive.cli.common import open_hive
from skillhive.config import Settings
from skillhive.errors import ConfigError
from skillhive.filelock import file_lock

if TYPE_CHECKING:
    from skillhive.hive import Hive

STOP_GRACE = 0.8  # seconds a signal waits for the hive to close before the process ends anyway


def port_number(text: str) -> int:
    """An argparse type: a TCP port, 0 (any free one) to 65535."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port: 0 to 65535")
    return port


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    serve = sub.add_parser(
        "serve", parents=[common], help="run the MCP server (stdio or streamable HTTP); Ctrl-C stops it"
    )
    serve.add_argument("--transport", choices=["stdio", "http"], default="stdio", help="stdio (default) or http")
    serve.add_argument("--host", help="http: address to bind (default 127.0.0.1; others need auth)")
    serve.add_argument("--port", type=port_number, help="http: port (default 8765)")
    serve.add_argument(
        "--auth", choices=["auto", "tokens", "off"], help="http: require bearer tokens (default auto: once any exists)"
    )
    serve.add_argument(
        "--upstream",
        metavar="URL",
        help="stdio: forward to the team hive at URL (…/mcp); skills stay available and recordings are queued "
        "while it is unreachable (env SKILLHIVE_UPSTREAM_URL)",
    )
    serve.add_argument(
        "--token",
        help="the bearer token for --upstream; better in env SKILLHIVE_UPSTREAM_TOKEN, out of the process list",
    )
    serve.add_argument(
        "--adopt-queued",
        action="store_true",
        help="with --upstream: also send what was queued here under an earlier token for the same team hive "
        "(after a token renewal; env SKILLHIVE_UPSTREAM_ADOPT)",
    )
    serve.set_defaults(handler=serve_cmd)


def serve_cmd(args: argparse.Namespace, settings: Settings) -> int:
    if args.upstream or args.token or settings.upstream_url:
        return serve_upstream(args, settings)
    if args.transport == "http":
        return serve_http(args, settings)
    from skillhive.mcp_app import build_server

    with open_hive(settings, create=True) as hive, serving(settings):
        ready = f"stdio, {where(hive)}"
        return run_stdio(build_server(hive), hive.close, lambda: say_ready(ready, "stop with Ctrl-C (or Ctrl-D)"))


def serve_http(args: argparse.Namespace, settings: Settings) -> int:
    from skillhive.http import build_http_app, run_http

    if not settings.embedding_query_threads:  # many callers share the cores: the least CPU per query
        settings = settings.model_copy(update={"embedding_query_threads": 1})
    with open_hive(settings, create=True) as hive, serving(settings):
        http = build_http_app(hive, host=args.host, port=args.port, auth=args.auth)
        if http.auth:  # a team server: its environment is the operator's, not the recording user's
            from skillhive.redact.known import mask_environment

            mask_environment(False)
        sock = bind(http.host, http.port)  # a port in use is an error before anything says "serving"
        port = sock.getsockname()[1]
        url = settings.public_url or http.url.replace(f":{http.port}/", f":{port}/")
        auth = "bearer tokens" if http.auth else "no auth (loopback only)"
        ready = f"{url}, {auth}, {where(hive, callers_by_token=http.auth)}"
        run_http(http, sock, on_ready=lambda: say_ready(ready, "stop with Ctrl-C or SIGTERM"))
    return 0


SERVING_LOCK = "serving.lock"  # in the data directory: shared by every server on it (`migrate` checks it)


@contextlib.contextmanager
def serving(settings: Settings) -> Iterator[None]:
    """Mark the data directory as served for the block: `migrate` refuses while any server holds it."""
    with file_lock(settings.data_dir / SERVING_LOCK, shared=True):
        yield


def serve_upstream(args: argparse.Namespace, settings: Settings) -> int:
    """A stdio server for one developer that forwards to the team hive (see upstream/)."""
    from pydantic import SecretStr

    if args.transport == "http":
        raise ConfigError(
            "--upstream runs a stdio server for one developer; the team hive itself is `serve --transport http`"
        )
    url = args.upstream or settings.upstream_url
    if not url:
        raise ConfigError("--token needs --upstream URL (or SKILLHIVE_UPSTREAM_URL)")
    token = SecretStr(args.token) if args.token else settings.upstream_token
    adopt = bool(args.adopt_queued) or settings.upstream_adopt
    settings = settings.model_copy(update={"upstream_url": url, "upstream_token": token, "upstream_adopt": adopt})

    from skillhive.mcp_app import build_server
    from skillhive.upstream import UpstreamHive

    if settings.log_level != "DEBUG":  # httpx2 logs every request at INFO; ours say what matters
        logging.getLogger("httpx2").setLevel(logging.WARNING)
    with UpstreamHive(settings) as hive:
        ready = f"stdio, forwarding to {url}; queue and skill copy in {settings.data_dir}"
        return run_stdio(build_server(hive), hive.close, lambda: say_ready(ready, "stop with Ctrl-C"))


def where(hive: Hive, *, callers_by_token: bool = False) -> str:
    """Data directory, identity, skills and index state, for the start line (with tokens, each caller
    is who their token says: no local identity is named)."""
    s, team = hive.settings, hive.settings.team
    skills = len(hive.directory(team).scan().skills)
    ledger = hive.backends.ledger
    runs, waiting = ledger.count_trajectories(team), ledger.outbox.count()
    index = s.chroma_url or "embedded"
    where_ledger = "" if ledger.db.engine == "sqlite" else f"; ledger {ledger.db.location}"
    who = f"callers as their tokens say; team {team}" if callers_by_token else f"as {s.user} of team {team}"
    return (
        f"data {s.data_dir} {who}; skills {hive.directories.root(team)} ({skills}); "
        f"{runs} runs, index {index} ({waiting} waiting){where_ledger}"
    )


def say_ready(what: str, how_to_stop: str) -> None:
    print(f"skillhive {__version__} serving MCP: {what}; {how_to_stop}", file=sys.stderr, flush=True)


def run_stdio(server: Any, close: Callable[[], None], on_ready: Callable[[], None]) -> int:
    """Serve until stdin closes (0), or until SIGINT (130) / SIGTERM (0) — within STOP_GRACE seconds.
    `on_ready` runs once those signals would stop the server (the ready line goes there)."""

    def stop(signum: int, _frame: object) -> None:
        print(f"skillhive: stopping ({signal.Signals(signum).name})", file=sys.stderr, flush=True)
        closing = threading.Thread(target=close, name="skillhive-stop", daemon=True)
        closing.start()
        closing.join(STOP_GRACE)
        os._exit(130 if signum == signal.SIGINT else 0)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        on_ready()
        server.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port; ConfigError (one line) when it cannot be had."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host.strip("[]"), port))
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        reason = "is in use" if exc.errno == 98 else f"cannot be bound ({exc.strerror})"
        raise ConfigError(f"--port {port}: {host}:{port} {reason}") from None
    sock.set_inheritable(True)
    return sock
