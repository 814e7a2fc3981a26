"""The layering the house plan promises, checked on the source: who may import the MCP SDK, that
lower layers never import higher ones, and that git (the only process skillhive starts) is started
from one module."""

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
    "skills": {"store", "evolver", "curation", "hive", "retrieval", "mcp_app", "http", "cli", "upstream"},
    "retrieval": {"evolver", "hive", "mcp_app", "http", "cli"},
    "evolver": {"mcp_app", "mcp_curation", "http", "cli", "upstream"},
    "curation": {"mcp_app", "mcp_curation", "http", "cli", "upstream"},
}
# The modules that may start a process. Only git runs, through the one runner of skills/git.py, so
# every call gets the same safety flags; the CLI and the servers start none.
PROCESS_ALLOWED = {"skills/git.py"}
_PROCESS_CALLS = {"system", "popen", "fork", "forkpty", "posix_spawn", "posix_spawnp"}


def imports(path: Path) -> set[str]:
    """Top-level module names imported by a file (absolute imports only; the package uses no others)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def starts_processes(path: Path) -> bool:
    """Whether a file imports `subprocess`, or starts a process through `os` or `asyncio`."""
    for node in ast.walk(ast.parse(path.read_text())):
        names: list[str] = []
        if isinstance(node, ast.Import):
            if any(alias.name.split(".")[0] == "subprocess" for alias in node.names):
                return True
        elif isinstance(node, ast.ImportFrom) and node.module in ("subprocess", "os", "asyncio"):
            if node.module == "subprocess":
                return True
            names = [alias.name for alias in node.names]
        elif (
            isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in ("os", "asyncio")
        ):
            names = [node.attr]
        if any(n in _PROCESS_CALLS or n.startswith(("exec", "spawn", "create_subprocess_")) for n in names):
            return True
    return False


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


def test_only_the_git_layer_starts_processes() -> None:
    starters = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if starts_processes(p)}
    assert starters == PROCESS_ALLOWED
