"""The layering the house plan promises, checked on the source: who may import the MCP SDK, and
that lower layers never import higher ones."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "server" / "skillhive"
# The MCP surface: the only modules that speak the protocol.
SDK_ALLOWED = {"mcp_app", "mcp_curation", "mcp_boundary", "skills_extension", "http", "upstream"}
# Lower layers and what they must never reach up to.
FORBIDDEN = {
    "models": {"store", "skills", "evolver", "hive", "retrieval", "mcp_app", "http", "cli"},
    "errors": {"store", "skills", "evolver", "hive", "retrieval", "mcp_app", "http", "cli"},
    "store": {"evolver", "hive", "mcp_app", "mcp_curation", "http", "cli", "upstream", "curation"},
    "skills": {"store", "evolver", "hive", "retrieval", "mcp_app", "http", "cli", "upstream"},
    "retrieval": {"evolver", "hive", "mcp_app", "http", "cli"},
    "evolver": {"mcp_app", "mcp_curation", "http", "cli", "upstream"},
}


def imports(path: Path) -> set[str]:
    """Top-level module names imported by a file (absolute imports only; the package uses no others)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def layer(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def test_only_the_mcp_surface_imports_the_sdk() -> None:
    offenders = [
        str(p.relative_to(PACKAGE))
        for p in PACKAGE.rglob("*.py")
        if layer(p) not in SDK_ALLOWED and any(m == "mcp" or m.startswith(("mcp.", "mcp_types")) for m in imports(p))
    ]
    assert offenders == []


def test_lower_layers_never_import_higher_ones() -> None:
    offenders = []
    for p in PACKAGE.rglob("*.py"):
        banned = FORBIDDEN.get(layer(p), set())
        for module in imports(p):
            parts = module.split(".")
            if parts[0] == "skillhive" and len(parts) > 1 and parts[1] in banned:
                offenders.append(f"{p.relative_to(PACKAGE)} imports {module}")
    assert offenders == []
