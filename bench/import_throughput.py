"""`skillhive import` of a 10k-trajectory JSONL into a fresh data directory, as a user runs it.

Reports ledger throughput (parse, validate, redact, store) and end-to-end throughput (including
embedding and indexing). Writes bench/results/import.json.

    python bench/import_throughput.py --n 10000
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import write_jsonl

HERE = Path(__file__).parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "runs.jsonl"
        write_jsonl(src, args.n)
        env = {
            **os.environ,
            "SKILLHIVE_DATA_DIR": str(Path(tmp) / "data"),
            "SKILLHIVE_SEED_SKILLS": str(HERE.parent / "skills"),
        }
        started = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "skillhive.cli", "import", str(src), "--no-progress"],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        wall = time.perf_counter() - started
    stored, indexed = map(float, re.search(r"(\d+) trajectories/s stored, (\d+)/s indexed", out.stdout).groups())
    figures = {"n": args.n, "stored_per_s": stored, "end_to_end_per_s": indexed, "wall_s": wall}
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "import.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(out.stdout.strip())
    for k, v in figures.items():
        print(f"{k:18} {v:.1f}" if isinstance(v, float) else f"{k:18} {v}")


if __name__ == "__main__":
    main()
