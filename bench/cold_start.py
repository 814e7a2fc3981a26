"""Cold start of `skillhive serve` over stdio: process start → first `tools/list` answer.

Measured beside a bare SDK server with one tool, in the same run, so the ratio shows what
skillhive adds on top of importing the SDK. Writes bench/results/cold_start.json.

    python bench/cold_start.py --runs 10
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import anyio
from mcp import Client, StdioServerParameters

HERE = Path(__file__).parent
BARE = """
from mcp.server.mcpserver import MCPServer
mcp = MCPServer("bare")
@mcp.tool()
def ping() -> str:
    return "pong"
mcp.run()
"""


async def first_list(params: StdioServerParameters) -> float:
    started = time.perf_counter()
    async with Client(params) as client:
        await client.list_tools()
        return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bare_py = Path(tmp) / "bare.py"
        bare_py.write_text(BARE)
        data = Path(tmp) / "data"
        env = {
            "SKILLHIVE_DATA_DIR": str(data),
            "SKILLHIVE_SEED_SKILLS": str(HERE.parent / "skills"),
            "PATH": "/usr/bin:/bin",
        }
        ours = StdioServerParameters(command=sys.executable, args=["-m", "skillhive.cli", "serve"], env=env)
        bare = StdioServerParameters(command=sys.executable, args=[str(bare_py)], env=env)
        anyio.run(first_list, ours)  # first run creates the data directory and skill repo
        t_ours, t_bare = [], []
        for _ in range(args.runs):  # interleaved, so load changes hit both alike
            t_ours.append(anyio.run(first_list, ours))
            t_bare.append(anyio.run(first_list, bare))
    figures = {
        "skillhive_p50_s": statistics.median(t_ours),
        "skillhive_max_s": max(t_ours),
        "bare_sdk_p50_s": statistics.median(t_bare),
        "ratio": statistics.median(t_ours) / statistics.median(t_bare),
        "runs": args.runs,
    }
    out = HERE / "results" / "cold_start.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n")
    for k, v in figures.items():
        print(f"{k:18} {v:.3f}" if isinstance(v, float) else f"{k:18} {v}")


if __name__ == "__main__":
    main()
