"""Latency of the context hooks (`UserPromptSubmit`, `SessionStart` → additionalContext) as Claude Code
runs them: a new process per event, the event JSON on stdin, on a hive with its seed skills. Beside
them, measured in the same run: the floor of any Python hook (`python -c pass`), the hook's imports
alone, the keyword retrieval inside one process, loading the embedding model in a fresh process
(what semantic context in the hook would cost first), and the full `skillhive retrieve` (model and
vector index loaded) that a hook could not afford.

    python bench/context_hook.py --n 10000          # builds bench/out/hook-10000 once, then reuses it
    python bench/context_hook.py --n 2000 --queries 10

Prints a table and writes bench/results/context_hook-<n>.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import fill, generate, queries
from skillhive.config import load_settings
from skillhive.hive import Hive

OUT = Path(__file__).parent / "out"
RESULTS = Path(__file__).parent / "results"


def build(data: Path, n: int) -> float:
    settings = load_settings(data_dir=str(data))
    hive = Hive(settings)
    try:
        started = time.perf_counter()
        fill(hive, "bench", settings.team, n)
        hive.directory(settings.team)  # the skill folder, seeded, as `skillhive serve` makes it
        return time.perf_counter() - started
    finally:
        hive.close()


def timed(argv: list[str], stdin: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env, timeout=120, check=True)
    return time.perf_counter() - started, done.stdout


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--full", type=int, default=3, help="full `skillhive retrieve` runs (slow)")
    args = parser.parse_args()
    data = OUT / f"hook-{args.n}"
    build_s = build(data, args.n)
    env = {k: v for k, v in os.environ.items() if not k.startswith("SKILLHIVE_")}
    env.update({"SKILLHIVE_DATA_DIR": str(data), "SKILLHIVE_USER": "bench"})
    py = sys.executable
    # Half the corpus's queries (every word of them in more than 2% of the runs: the keyword index
    # skips such words), half a stored run's task asked again (a recurring task).
    step = max(1, args.n // max(1, args.queries - args.queries // 2))
    again = [rec["task"] for i, rec in enumerate(generate(args.n)) if i % step == 0]
    prompts = queries(args.queries // 2) + again[: args.queries - args.queries // 2]

    floor = [timed([py, "-c", "pass"], "", env)[0] for _ in prompts]
    imports = [timed([py, "-c", "import skillhive.cli.hook_cmds, skillhive.retrieval"], "", env)[0] for _ in prompts]
    hook: list[float] = []
    answered = with_skill = 0
    for i, prompt in enumerate(prompts):
        event = {"session_id": f"bench-{i}", "transcript_path": "/nonexistent.jsonl", "cwd": str(data),
                 "hook_event_name": "UserPromptSubmit", "prompt": prompt}  # fmt: skip
        seconds, out = timed([py, "-m", "skillhive.cli.hook_cmds", "claude-code"], json.dumps(event), env)
        hook.append(seconds)
        answered += bool(out)
        with_skill += bool(out) and "- skill " in json.loads(out)["hookSpecificOutput"]["additionalContext"]
        if i == len(prompts) - 1 and out:
            print("a context, as the client gets it:\n" + json.loads(out)["hookSpecificOutput"]["additionalContext"])
    start: list[float] = []
    for i in range(len(prompts)):
        event = {"session_id": f"bench-start-{i}", "transcript_path": "/nonexistent.jsonl", "cwd": str(data),
                 "hook_event_name": "SessionStart", "source": "startup"}  # fmt: skip
        start.append(timed([py, "-m", "skillhive.cli.hook_cmds", "claude-code"], json.dumps(event), env)[0])
    load_model = "from skillhive.store.embeddings import LocalMiniLM; LocalMiniLM().embed(['a prompt'])"
    model = [timed([py, "-c", load_model], "", env)[0] for _ in range(args.full)]
    if (data / "hook.log").exists():
        print("hook.log:", (data / "hook.log").read_text()[-500:], file=sys.stderr)

    import logging

    from skillhive.cli.hook_context import prompt_context

    logging.getLogger("skillhive").setLevel(logging.CRITICAL)

    settings = load_settings(data_dir=str(data), user="bench")
    inproc = []
    for prompt in prompts:
        started = time.perf_counter()
        prompt_context(settings, prompt, None, None)
        inproc.append(time.perf_counter() - started)
    full = [timed([py, "-m", "skillhive.cli", "retrieve", p], "", env)[0] for p in prompts[: args.full]]

    rows = {
        "python -c pass (floor)": floor,
        "imports of the hook": imports,
        "context hook, whole process": hook,
        "SessionStart hook, whole process": start,
        "keyword retrieval in one process": inproc,
        "embedding model load + 1 embedding (fresh process)": model,
        "skillhive retrieve (model + index)": full,
    }
    result = {
        "n": args.n,
        "queries": len(prompts),
        "answered_with_context": answered,
        "answered_with_a_skill": with_skill,
        "build_seconds": round(build_s, 1),
        "machine": f"{platform.machine()} {os.cpu_count()} cpus, load {os.getloadavg()[0]:.1f}",
        "seconds": {
            k: {"p50": round(statistics.median(v), 3), "p95": round(pct(v, 95), 3)} for k, v in rows.items() if v
        },
    }
    shown = f"{answered} answered, {with_skill} with a skill"
    print(f"context hook on a {args.n}-run hive ({len(prompts)} prompts, {shown})")
    for name, v in result["seconds"].items():
        print(f"  {name:52} p50 {v['p50']:.3f} s   p95 {v['p95']:.3f} s")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"context_hook-{args.n}.json").write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
