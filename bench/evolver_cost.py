"""Cost of one evolution pass over a realistic mix of 1,000 runs (80% routine successes).

The model is a scripted OpenAI-compatible server on 127.0.0.1 that counts calls and tokens; the
pass uses the real openai client, real SQLite, Chroma, git and the offline embedding model.
Reports model calls and tokens per recorded trajectory, the share triage sends to a model, how
many of the failures that matter it kept, and the wall time. Writes bench/results/evolver.json.

    python bench/evolver_cost.py --n 1000
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent / "tests"))
from evolver.mix import FAILURE_KINDS, make_mix  # noqa: E402
from evolver.scripted_model import ScriptedModel  # noqa: E402
from fakes.openai_server import FakeOpenAI  # noqa: E402
from skillhive.config import Settings  # noqa: E402
from skillhive.evolver.llm import OpenAICompatibleLLM  # noqa: E402
from skillhive.evolver.pipeline import Evolver, PassOptions  # noqa: E402
from skillhive.evolver.triage import select  # noqa: E402
from skillhive.hive import Hive  # noqa: E402
from skillhive.models import Caller  # noqa: E402

SKILLS = ["python-testing", "git-workflow", "data-conversion", "dependency-upgrade"]


def seed(root: Path) -> None:
    for name in SKILLS:
        (root / name).mkdir(parents=True)
        (root / name / "SKILL.md").write_text(
            f"---\nname: {name}\ndescription: How to do {name.replace('-', ' ')} well.\n---\n"
            f"# {name}\n\n## Steps\n1. Read the task.\n2. Do it carefully.\n"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000)
    args = ap.parse_args()
    mix = make_mix(args.n, seed=7)
    with tempfile.TemporaryDirectory() as tmp:
        seed(Path(tmp) / "seed")
        settings = Settings(data_dir=Path(tmp) / "data", user="bench", team="bench", seed_skills=Path(tmp) / "seed")
        hive = Hive(settings)
        hive.start()
        id_of = {}
        for tid, run, user in mix.items:
            id_of[tid] = hive.record(Caller(user=user, team="bench"), run).id
        hive.backends.indexer.wait_idle(600)
        selection = select(mix.items)
        chosen = {i for g in selection.groups for i in g.ids}
        failures = [tid for tid, kind in mix.kinds.items() if kind in FAILURE_KINDS]
        with FakeOpenAI(chat=ScriptedModel()) as fake:
            llm = OpenAICompatibleLLM(base_url=fake.base_url, api_key="k", max_retries=0)
            started = time.perf_counter()
            report = Evolver(hive.backends, hive.directories, llm, PassOptions(mode="auto")).run_pass("bench")
            wall = time.perf_counter() - started
            calls, tin, tout = fake.chat.calls, fake.chat.prompt_tokens, fake.chat.completion_tokens
        hive.close()
    figures = {
        "trajectories": args.n,
        "sent_to_model_share": selection.sent / args.n,
        "failures_kept": f"{sum(f in chosen for f in failures)}/{len(failures)}",
        "llm_calls": calls,
        "llm_calls_per_trajectory": calls / args.n,
        "tokens_in_per_trajectory": tin / args.n,
        "tokens_out_per_trajectory": tout / args.n,
        "judged": report.judged,
        "lessons": report.lessons,
        "proposed": report.proposed,
        "applied": report.applied,
        "rejected": len(report.rejected),
        "pass_wall_s": wall,
    }
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "evolver.json").write_text(json.dumps(figures, indent=2) + "\n")
    for k, v in figures.items():
        print(f"{k:28} {v:.3f}" if isinstance(v, float) else f"{k:28} {v}")


if __name__ == "__main__":
    main()
