"""What `tools/list` costs an agent: characters and tokens of the tool definitions a client puts in
its model's context, for a member and for a maintainer.

Tokens are counted with the WordPiece tokenizer skillhive ships (all-MiniLM-L6-v2's); model
tokenizers differ, but this one is real and offline. The floor beside it: the names and
descriptions alone (what a client would pay with no schemas at all).

    python bench/tool_surface.py          # writes bench/results/tool_surface.json
"""

from __future__ import annotations

import json
import platform
import sys
import tempfile
from pathlib import Path
from typing import Any

import anyio
from mcp import Client

from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.mcp_app import build_server
from skillhive.models import Caller, Role
from skillhive.store.embeddings import TOKENIZER_PATH

HERE = Path(__file__).parent
TARGET_TOKENS = 2_500


async def listed(hive: Hive, role: Role) -> list[dict[str, Any]]:
    """The tools as they travel on the wire (camelCase, nulls left out), as `role` sees them."""
    caller = Caller(user="bench", team="bench", role=role)
    async with Client(build_server(hive, identify=lambda: caller)) as client:
        tools = (await client.list_tools()).tools
    return [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in tools]


def main() -> None:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
    tokenizer.no_truncation()
    tokenizer.no_padding()  # the file pads every text to 128

    def tokens(text: str) -> int:
        return len(tokenizer.encode(text, add_special_tokens=False).ids)

    figures: dict[str, Any] = {"target_member_tokens": TARGET_TOKENS}
    with tempfile.TemporaryDirectory() as tmp:
        hive = Hive(Settings(data_dir=Path(tmp), user="bench", team="bench", evolve_in_server=False))
        try:
            for role in ("member", "maintainer"):
                tools = anyio.run(listed, hive, role)
                wire = json.dumps({"tools": tools}, separators=(",", ":"))
                floor = "\n".join(f"{t['name']}: {t.get('description', '')}" for t in tools)
                figures[role] = {
                    "tools": len(tools),
                    "names": [t["name"] for t in tools],
                    "chars": len(wire),
                    "tokens": tokens(wire),
                    "floor_tokens_names_and_descriptions": tokens(floor),
                    "largest": sorted(((tokens(json.dumps(t)), t["name"]) for t in tools), reverse=True)[:3],
                }
        finally:
            hive.close()
    figures["machine"] = f"{platform.machine()}, Python {platform.python_version()}"
    for role in ("member", "maintainer"):
        f = figures[role]
        print(
            f"{role:10} {f['tools']:2} tools  {f['chars']:6} chars  {f['tokens']:5} tokens "
            f"(names + descriptions alone: {f['floor_tokens_names_and_descriptions']}); largest {f['largest']}"
        )
    ok = figures["member"]["tokens"] <= TARGET_TOKENS
    print(f"member target <= {TARGET_TOKENS} tokens: {'met' if ok else 'NOT met'}")
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "tool_surface.json").write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    sys.exit(main())
