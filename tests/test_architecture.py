"""The layering DESIGN.md promises, checked on the source: who may import what, which modules may
touch a database driver, the vector index's library or the MCP SDK, where SQL may be written, and
that git (the only process skillhive starts) is started from one module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "server" / "skillhive"

# Layers, bottom up (DESIGN.md "Dependencies"): each may import its own and the layers below it.
FOUNDATIONS = {
    "config", "errors", "models", "roles", "filelock", "redact", "safety", "summaries", "requests",
    "openai_client", "reports", "__init__",
}  # fmt: skip
LAYERS: list[set[str]] = [
    FOUNDATIONS,
    {"store", "skills", "importers"},
    {"retrieval", "wiring"},
    {"evolver", "curation", "usecases"},
    {"hive"},
    {"mcp_boundary", "mcp_curation", "skills_extension", "mcp_app", "upstream", "http", "http_sessions", "cli", "web"},
]
# Within a layer, these pairs must not meet either (one-way or no dependency).
APART = {
    ("store", "skills"), ("skills", "store"), ("store", "importers"), ("skills", "importers"),
    ("retrieval", "wiring"), ("usecases", "evolver"), ("usecases", "curation"),
    ("evolver", "curation"), ("curation", "evolver"),
    ("upstream", "http"), ("upstream", "cli"), ("mcp_boundary", "mcp_app"), ("mcp_boundary", "http"),
    ("web", "http"), ("web", "mcp_app"), ("web", "upstream"), ("web", "cli"), ("http_sessions", "http"),
}  # fmt: skip
# The MCP surface: the only modules that speak the protocol (upstream/ as a client).
SDK_ALLOWED = {"mcp_app", "mcp_curation", "mcp_boundary", "skills_extension", "http", "http_sessions", "upstream"}
# Third-party libraries confined behind a port.
CONFINED = {
    "sqlite3": ("store/sqlite/",),
    "psycopg": ("store/postgres/",),
    "psycopg_pool": ("store/postgres/",),
    "chromadb": ("store/vector_index.py",),
}
# SQL is written in store/ only: above it, the ledger's methods take and return records.
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+TABLE)\b", re.I | re.S)
# The modules that may start a process. Only git runs, through the one runner of skills/git.py, so
# every call gets the same safety flags; the CLI and the servers start none.
PROCESS_ALLOWED = {"skills/git.py"}
_PROCESS_CALLS = {"system", "popen", "fork", "forkpty", "posix_spawn", "posix_spawnp"}


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def rel(path: Path) -> str:
    return str(path.relative_to(PACKAGE))


def imports(path: Path) -> set[str]:
    """Modules imported by a file, at any depth (lazy imports count); absolute imports only."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def layer(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def level(name: str) -> int:
    return next(n for n, members in enumerate(LAYERS) if name in members)


def test_every_module_belongs_to_a_layer() -> None:
    assert {layer(p) for p in sources()} <= set().union(*LAYERS)


def test_modules_import_only_their_own_layer_and_the_ones_below() -> None:
    offenders = []
    for p in sources():
        mine = layer(p)
        for module in imports(p):
            parts = module.split(".")
            if parts[0] != "skillhive" or len(parts) < 2 or parts[1] == mine:
                continue
            other = parts[1]
            if level(other) > level(mine) or (mine, other) in APART:
                offenders.append(f"{rel(p)} imports {module}")
    assert offenders == []


def test_only_the_mcp_surface_imports_the_sdk() -> None:
    offenders = [
        rel(p)
        for p in sources()
        if layer(p) not in SDK_ALLOWED and any(m == "mcp" or m.startswith(("mcp.", "mcp_types")) for m in imports(p))
    ]
    assert offenders == []


def test_the_mcp_surface_works_on_any_hive_service_not_on_the_local_hive() -> None:
    local = [rel(p) for p in sources() if layer(p) in {"mcp_app", "mcp_boundary", "mcp_curation", "skills_extension"}]
    assert [m for m in local if "skillhive.hive" in imports(PACKAGE / m)] == []


def test_database_drivers_and_the_vector_library_are_imported_behind_their_port_only() -> None:
    offenders = []
    for p in sources():
        for module in imports(p):
            allowed = CONFINED.get(module.split(".")[0])
            if allowed is not None and not rel(p).startswith(allowed):
                offenders.append(f"{rel(p)} imports {module}")
    assert offenders == []


def test_sql_is_written_in_store_only() -> None:
    offenders = []
    for p in sources():
        if layer(p) == "store":
            continue
        for node in ast.walk(ast.parse(p.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                offenders.append(f"{rel(p)}:{node.lineno}")
    assert offenders == []


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


def test_only_the_git_layer_starts_processes() -> None:
    starters = {rel(p) for p in sources() if starts_processes(p)}
    assert starters == PROCESS_ALLOWED


# The errors a client of the MCP surface sees; only the boundary builds them from a caught exception.
_CLIENT_ERRORS = {"ToolError", "ResourceError", "ResourceNotFoundError", "MCPError", "UnexpectedResourceError"}


def client_error_classes() -> set[str]:
    """ClientError and the classes of the package derived from it: their messages are written for the caller."""
    bases: dict[str, set[str]] = {}
    for p in sources():
        for node in ast.walk(ast.parse(p.read_text())):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(b.id for b in node.bases if isinstance(b, ast.Name))
    found = {"ClientError"}
    while grown := {name for name, of in bases.items() if of & found} - found:
        found |= grown
    return found


def formats_caught_errors_for_clients(path: Path, for_callers: set[str]) -> list[int]:
    """Lines where an error a client sees is built from the text of a caught exception that is no
    ClientError (`except X as exc: raise ToolError(f"…{exc}")`): the boundary's masking is bypassed there."""
    found = []
    for handler in ast.walk(ast.parse(path.read_text())):
        if not isinstance(handler, ast.ExceptHandler) or handler.name is None or handler.type is None:
            continue
        caught = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
        if all(isinstance(c, ast.Name) and c.id in for_callers for c in caught):
            continue  # a message written for the caller may reach them
        for node in ast.walk(ast.Module(body=handler.body, type_ignores=[])):
            if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            arguments = [*node.exc.args, *(k.value for k in node.exc.keywords)]
            if name in _CLIENT_ERRORS and any(
                isinstance(n, ast.Name) and n.id == handler.name for a in arguments for n in ast.walk(a)
            ):
                found.append(node.lineno)
    return found


def test_no_module_but_the_boundary_formats_a_caught_exception_for_a_client() -> None:
    for_callers = client_error_classes()
    offenders = [
        f"{rel(p)}:{line}"
        for p in sources()
        if rel(p) != "mcp_boundary.py"
        for line in formats_caught_errors_for_clients(p, for_callers)
    ]
    assert offenders == []


def test_the_storage_port_does_not_import_its_adapters() -> None:
    """store/sqlite/ and store/postgres/ implement the port; wiring.py builds them, the rest of store/ never
    names them."""
    adapters = ("skillhive.store.sqlite", "skillhive.store.postgres")
    offenders = [
        f"{rel(p)} imports {m}"
        for p in sources()
        if layer(p) == "store" and not rel(p).startswith(("store/sqlite/", "store/postgres/"))
        for m in imports(p)
        if m.startswith(adapters)
    ]
    assert offenders == []


def test_the_surfaces_handle_tokens_and_imports_through_the_use_cases() -> None:
    """Token handling (usecases/tokens.py) and import batching (usecases/imports.py) are written once,
    for the CLI, the HTTP app and any view: no surface reaches the token store or records imports itself."""
    offenders = [
        f"{rel(p)} imports {m}"
        for p in sources()
        if layer(p) in {"cli", "http", "mcp_app", "mcp_curation", "skills_extension", "mcp_boundary"}
        for m in imports(p)
        if m == "skillhive.store.tokens"
    ]
    offenders += [
        f"{rel(p)} records imports itself" for p in sources() if layer(p) == "cli" and "record_many(" in p.read_text()
    ]
    assert offenders == []
