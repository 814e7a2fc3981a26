"""Owning your data at scale, as a user runs it (CLI subprocesses on a fresh data directory):
`import` of N runs (the baseline), `export`, `import` of the bundle into an empty hive, and undoing
the import with `forget --import` beside forgetting the same runs one id at a time (what users had
to do before). Writes bench/results/data_ownership.json.

    python bench/data_ownership.py --n 2000
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_jsonl

HERE = Path(__file__).parent


def cli(data: Path, *args: str) -> float:
    env = {**os.environ, "SKILLHIVE_DATA_DIR": str(data), "SKILLHIVE_SEED_SKILLS": str(HERE.parent / "skills")}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "skillhive.cli", *args], env=env, capture_output=True, text=True, check=True)
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2_000)
    ap.add_argument("--one-by-one", type=int, default=10, help="runs forgotten one id at a time (the baseline)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src, bundle = Path(tmp) / "runs.jsonl", Path(tmp) / "team.tar.gz"
        write_jsonl(src, args.n)
        data, other, third = Path(tmp) / "data", Path(tmp) / "other", Path(tmp) / "third"
        figures: dict[str, float | int] = {"n": args.n}
        figures["import_jsonl_s"] = cli(data, "import", str(src), "--no-progress")
        figures["export_s"] = cli(data, "export", str(bundle))
        figures["bundle_mib"] = round(bundle.stat().st_size / 2**20, 2)
        figures["import_bundle_s"] = cli(other, "import", str(bundle))
        batch = sqlite3.connect(other / "ledger.db").execute("SELECT id FROM import_batches").fetchone()[0]
        figures["forget_import_s"] = cli(other, "forget", "--import", batch)
        # Baseline: the same kind of runs forgotten one id at a time, per run.
        cli(third, "import", str(src), "--no-progress")
        ids = [
            r[0]
            for r in sqlite3.connect(third / "ledger.db").execute(
                "SELECT id FROM trajectories LIMIT ?", (args.one_by_one,)
            )
        ]
        started = time.perf_counter()
        for tid in ids:
            cli(third, "forget", tid)
        per_run = (time.perf_counter() - started) / len(ids)
        figures["forget_one_by_one_s_per_run"] = round(per_run, 3)
        figures["forget_import_s_per_run"] = round(figures["forget_import_s"] / args.n, 4)
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "data_ownership.json").write_text(json.dumps(figures, indent=2) + "\n")
    for k, v in figures.items():
        print(f"{k:30} {v:.4g}" if isinstance(v, float) else f"{k:30} {v}")


if __name__ == "__main__":
    main()
