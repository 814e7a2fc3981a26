"""serve, import, retrieve, stats, reindex."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path
from typing import Any

from skillhive.cli.common import Progress, local_caller, open_hive
from skillhive.config import Settings
from skillhive.errors import ConfigError

IMPORT_BATCH = 256


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    serve = sub.add_parser("serve", parents=[common], help="run the MCP server (stdio or streamable HTTP)")
    serve.add_argument("--transport", choices=["stdio", "http"], default="stdio", help="stdio (default) or http")
    serve.add_argument("--host", help="http: address to bind (default 127.0.0.1; others need auth)")
    serve.add_argument("--port", type=int, help="http: port (default 8765)")
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
    serve.set_defaults(handler=serve_cmd)

    imp = sub.add_parser("import", parents=[common], help="import trajectories from a file or folder")
    imp.add_argument("path", type=Path)
    imp.add_argument("--format", default="auto", choices=["auto", "native", "openai", "swe-agent", "tau-bench"])
    imp.add_argument("--no-progress", action="store_true", help="no progress bar")
    imp.set_defaults(handler=import_cmd)

    ret = sub.add_parser("retrieve", parents=[common], help="retrieve experience for a query")
    ret.add_argument("query")
    ret.add_argument("-k", type=int, default=5)
    ret.add_argument("--max-tokens", type=int, default=1500)
    ret.add_argument("--json", action="store_true", help="machine-readable output")
    ret.set_defaults(handler=retrieve_cmd)

    stats = sub.add_parser("stats", parents=[common], help="counts and index state")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=stats_cmd)

    reindex = sub.add_parser("reindex", parents=[common], help="rebuild the vector index from the ledger")
    reindex.set_defaults(handler=reindex_cmd)

    forget = sub.add_parser("forget", parents=[common], help="remove a run for good (e.g. one that leaked a secret)")
    forget.add_argument("id", help="the trajectory id")
    forget.set_defaults(handler=forget_cmd)


def serve_cmd(args: argparse.Namespace, settings: Settings) -> int:
    if args.upstream or args.token or settings.upstream_url:
        return serve_upstream(args, settings)
    if args.transport == "http":
        from skillhive.http import build_http_app, run_http

        with open_hive(settings) as hive:
            http = build_http_app(hive, host=args.host, port=args.port, auth=args.auth)
            print(f"skillhive: serving MCP at {http.url} (auth: {'tokens' if http.auth else 'off'})", file=sys.stderr)
            run_http(http)
        return 0

    from skillhive.mcp_app import build_server

    with open_hive(settings) as hive:
        build_server(hive).run()
    return 0


def serve_upstream(args: argparse.Namespace, settings: Settings) -> int:
    """A stdio server for one developer that forwards to the team hive (see upstream.py)."""
    from pydantic import SecretStr

    if args.transport == "http":
        raise ConfigError(
            "--upstream runs a stdio server for one developer; the team hive itself is `serve --transport http`"
        )
    url = args.upstream or settings.upstream_url
    if not url:
        raise ConfigError("--token needs --upstream URL (or SKILLHIVE_UPSTREAM_URL)")
    token = SecretStr(args.token) if args.token else settings.upstream_token
    settings = settings.model_copy(update={"upstream_url": url, "upstream_token": token})

    from skillhive.mcp_app import build_server
    from skillhive.upstream import UpstreamHive

    if settings.log_level != "DEBUG":  # httpx2 logs every request at INFO; ours say what matters
        logging.getLogger("httpx2").setLevel(logging.WARNING)
    with UpstreamHive(settings) as hive:
        build_server(hive).run()
    return 0


def import_cmd(args: argparse.Namespace, settings: Settings) -> int:
    from skillhive.importers import count_records, iter_import

    path, fmt = args.path, args.format
    with open_hive(settings) as hive:
        total = count_records(path, fmt)
        bar = Progress(total, "import", enabled=not args.no_progress)
        caller = local_caller(settings)
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
        bar = Progress(hive.ledger.count_pending(), "index", enabled=not args.no_progress)
        hive.indexer.drain(progress=bar.set)
        bar.done()
        total_s = time.perf_counter() - started
    n = created + dupes
    print(
        f"imported {created} new, {dupes} already stored, {bad} skipped, {redacted} secrets redacted; "
        f"{n / max(stored, 1e-9):.0f} trajectories/s stored, {n / max(total_s, 1e-9):.0f}/s indexed"
    )
    return 0 if bad == 0 else 3


def retrieve_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        result = hive.retrieve(local_caller(settings), args.query, k=args.k, max_tokens=args.max_tokens)
    if args.json:
        print(result.model_dump_json(indent=2, exclude_none=True))
        return 0
    for w in result.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for i, item in enumerate(result.items, 1):
        status = f" [{item.outcome.value}]" if item.outcome else ""
        similar = f" (+{item.similar} identical)" if item.similar else ""
        print(f"{i}. {item.score:.2f} {item.kind.value} {item.id}{status}{similar}: {item.title}")
        print(f"   why: {item.why}")
        if item.summary:
            print(f"   {item.summary}")
    if result.note:
        print(result.note)
    print(f"({result.tokens}/{result.max_tokens} tokens)")
    return 0


def stats_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        st = hive.stats(settings.team)
    print(st.model_dump_json(indent=2) if args.json else "\n".join(f"{k}: {v}" for k, v in st))
    return 0


def forget_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        result = hive.forget(local_caller(settings), args.id)
        hive.indexer.drain()  # out of the vector index before the command returns
    print(f"forgot {result.id}: " + ("removed from the hive" if result.removed == "run" else "your authorship removed"))
    return 0


def reindex_cmd(args: argparse.Namespace, settings: Settings) -> int:
    with open_hive(settings) as hive:
        started = time.perf_counter()
        n = hive.reindex()
        print(f"reindexed {n} items with {hive.embedder.model_id} in {time.perf_counter() - started:.1f}s")
    return 0
