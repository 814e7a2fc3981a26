"""The MCP boundary: how a tool is published, how it answers, and what of an error a client sees.

- A tool's dedented docstring is its description; its result is compact JSON (no indentation,
  nothing null, empty or at its default), and the structured content is the same object.
- What `tools/list` costs a model's context is kept small: input schemas without pydantic's
  titles, null branches and single-use definitions; no output schemas (results are compact,
  self-describing JSON); and each caller sees only the tools its role may use.
- Arguments are checked before anything runs: an argument the tool does not take is refused with
  its name, and a value that breaks a rule gets `field: rule` — never the value itself (it may be
  a secret) and never a pydantic link.
- Errors are translated once, here, for tools, resources and the Skills extension alike. A
  ClientError (the caller's own mistake, or the team hive being down) reaches the client with its
  message; anything else is logged on the server with its traceback under an error id, and the
  client learns only which part failed ("storage", "the skill directory", ...) and that id.
"""

from __future__ import annotations

import functools
import inspect
import json
import logging
import math
import secrets
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Annotated, Any, cast

import anyio.to_thread
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ResourceNotFoundError, ToolError
from mcp.shared.exceptions import MCPError
from mcp_types import INTERNAL_ERROR, CallToolResult, InputRequiredResult, Resource, TextContent, ToolAnnotations
from pydantic import BaseModel, Field, ValidationError

from skillhive.errors import (
    SERVER_FAULT,
    ClientError,
    EmbeddingError,
    NotFound,
    SkillError,
    SkillhiveError,
    StorageError,
    validation_message,
)
from skillhive.models import Caller, Role
from skillhive.roles import has_role

log = logging.getLogger(__name__)
# Tool hints; those at their defaults are left out (a read-only tool's destructive and idempotent
# hints mean nothing), and every tool works on the hive alone (a closed world).
READ_ONLY = ToolAnnotations(read_only_hint=True, open_world_hint=False)
WRITE = ToolAnnotations(destructive_hint=False, idempotent_hint=True, open_world_hint=False)  # adds, never removes
FORGET = ToolAnnotations(destructive_hint=True, idempotent_hint=True, open_world_hint=False)
CHANGE = ToolAnnotations(destructive_hint=True, idempotent_hint=False, open_world_hint=False)
_PART = ((StorageError, "storage"), (EmbeddingError, "the embedding model"), (SkillError, "the skill directory"))


def compact(value: Any) -> Any:
    """A result as plain JSON data, leaving out what carries nothing (None, defaults)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    if isinstance(value, list | tuple):
        return {"result": [compact(v) for v in value]}
    return {"result": value}


def compact_result(value: Any) -> CallToolResult:
    data = compact(value)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return CallToolResult(content=[TextContent(type="text", text=text)], structured_content=data)


def masked(what: str, exc: BaseException) -> str:
    """What a client may see of `exc`, raised while doing `what`: a ClientError's own message; of any
    other error only the part that failed and an error id, under which it is logged with its traceback
    (its message may hold paths, SQL or a driver's words)."""
    if isinstance(exc, ClientError):
        return str(exc)
    part = next((name for kind, name in _PART if isinstance(exc, kind)), "the server")
    error_id = secrets.token_hex(6)
    log.error("%s failed [error %s]", what, error_id, exc_info=exc)
    detail = "" if isinstance(exc, SkillhiveError) else " (an unexpected error)"
    return f"{what} failed in {part}{detail} [error {error_id}]; {SERVER_FAULT}"


@contextmanager
def client_errors(what: str) -> Iterator[None]:
    """Translate what `what` raises into a tool error a client may see (module docstring)."""
    try:
        yield
    except ToolError:
        raise
    except Exception as exc:  # a ValidationError here is of data the server read, not of the arguments
        raise ToolError(masked(what, exc)) from (exc if isinstance(exc, ClientError) else None)


@contextmanager
def resource_errors(what: str) -> Iterator[None]:
    """Translate what reading a resource raises: not found, the caller's mistake, or masked (module docstring)."""
    try:
        yield
    except (ResourceError, MCPError):
        raise
    except NotFound as exc:
        raise ResourceNotFoundError(str(exc)) from exc
    except Exception as exc:
        raise ResourceError(masked(what, exc)) from (exc if isinstance(exc, ClientError) else None)


@contextmanager
def protocol_errors(what: str) -> Iterator[None]:
    """Translate what a protocol method of an extension raises: its own MCPErrors pass, anything else is
    an internal error with the masked message (module docstring)."""
    try:
        yield
    except MCPError:
        raise
    except Exception as exc:
        raise MCPError(INTERNAL_ERROR, masked(what, exc)) from (exc if isinstance(exc, ClientError) else None)


def tool(
    mcp: HiveMCPServer,
    annotations: ToolAnnotations,
    role: Role = "member",
    *,
    request: type[BaseModel] | None = None,
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`mcp.tool` with the dedented docstring as the description, errors translated, a compact result,
    a compact input schema, no output schema, and listed only to callers of `role` or above.

    With `request`, the tool's arguments are the fields of that model (requests.py: written once for
    the tool, the use case and the forwarding hive) and the function receives one instance of it."""

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        if request is None:

            @functools.wraps(fn)
            def answer(*args: Any, **kwargs: Any) -> CallToolResult:
                with client_errors(fn.__name__):
                    return compact_result(fn(*args, **kwargs))

            signature = inspect.signature(fn, eval_str=True)
        else:
            model = request

            @functools.wraps(fn)
            def answer(*args: Any, **kwargs: Any) -> CallToolResult:
                try:
                    arguments = model.model_validate(kwargs)
                except ValidationError as exc:  # the caller's arguments: the caller may know what is wrong
                    raise ToolError(validation_message(exc)) from None
                with client_errors(fn.__name__):
                    return compact_result(fn(arguments))

            signature = request_signature(model)
        answer.__signature__ = signature.replace(return_annotation=CallToolResult)  # type: ignore[attr-defined]
        registered = mcp.tool(annotations=annotations, description=inspect.cleandoc(fn.__doc__ or ""))(answer)
        found = mcp._tool_manager.get_tool(fn.__name__)
        assert found is not None
        found.parameters = compact_schema(found.parameters)
        mcp.roles[fn.__name__] = role
        return registered

    return register


def request_signature(model: type[BaseModel]) -> inspect.Signature:
    """A keyword-only signature with one parameter per field of `model`, each carrying the field's
    type, constraints and description, so the SDK publishes (and checks) exactly the model's fields."""
    parameters = []
    for name, info in model.model_fields.items():
        annotation = cast(Any, Annotated)[(info.annotation, *info.metadata, Field(description=info.description))]
        default = inspect.Parameter.empty if info.is_required() else info.get_default(call_default_factory=True)
        parameters.append(
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=annotation)
        )
    return inspect.Signature(parameters)


def compact_schema(schema: dict[str, Any]) -> dict[str, Any]:
    """A JSON schema that says the same to a model in fewer tokens: no auto-generated titles, no
    `additionalProperties` (the server enforces it), `X | None = None` as a plain optional X, empty
    defaults left out, `$defs` inlined, and no class docstrings repeated on list items."""
    defs = schema.get("$defs", {})

    def walk(node: Any, in_properties: bool = False) -> Any:
        if isinstance(node, list):
            return [walk(n) for n in node]
        if not isinstance(node, dict):
            return node
        if in_properties:  # property names are not keywords: keep every one
            return {k: walk(v) for k, v in node.items()}
        if "$ref" in node and node["$ref"].startswith("#/$defs/"):
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            return walk({**defs[node["$ref"].removeprefix("#/$defs/")], **siblings})
        out = {k: walk(v, in_properties=k == "properties") for k, v in node.items() if k not in _NOISE}
        if out.get("default", 0) in ("", [], {}):
            del out["default"]
        if isinstance(out.get("items"), dict):
            out["items"].pop("description", None)
        branches = out.get("anyOf")
        if isinstance(branches, list) and {"type": "null"} in branches and out.get("default", "x") is None:
            rest = [b for b in branches if b != {"type": "null"}]
            del out["anyOf"], out["default"]
            out = {**rest[0], **out} if len(rest) == 1 else {**out, "anyOf": rest}
        return out

    compacted = walk({k: v for k, v in schema.items() if k != "$defs"})
    assert isinstance(compacted, dict)
    return compacted


_NOISE = frozenset({"title", "additionalProperties"})


def non_finite_at(value: Any, path: str = "") -> str | None:
    """Where in a JSON-like value the first infinite or NaN number is (`steps[2].tool_args.n`), if any."""
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        item, at = stack.pop()
        if isinstance(item, float) and not math.isfinite(item):
            return at or "arguments"
        if isinstance(item, dict):
            stack.extend((v, f"{at}.{k}" if at else str(k)) for k, v in reversed(list(item.items())))
        elif isinstance(item, list | tuple):
            stack.extend((v, f"{at}[{i}]") for i, v in reversed(list(enumerate(item))))
    return None


class HiveMCPServer(MCPServer[Any]):
    """The SDK's server, with arguments checked and tools listed the way the module docstring says.

    `caller` returns who is asking (the transport decides); `roles` maps each tool to the least
    role that may use it: the one source of truth for both what `tools/list` shows a caller and
    what `tools/call` lets them call (the services check their own roles too).
    """

    def __init__(self, *args: Any, caller: Callable[[], Caller], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.caller = caller
        self.serving = False  # whether the lifespan (and with it every session's task group) runs: /healthz
        self.roles: dict[str, Role] = {}
        self.listed_resources: Callable[[], Sequence[Resource]] = list
        self.read_meta: Callable[[str], dict[str, Any] | None] = lambda uri: None  # `_meta` of what a read returns
        # The 2026 handshake declares extensions under capabilities.extensions; older handshakes have no
        # such field and the SDK drops it, so they also find each one under capabilities.experimental.
        low = self._lowlevel_server
        declare = low.get_capabilities

        def get_capabilities(
            notification_options: Any = None,
            experimental_capabilities: dict[str, dict[str, Any]] | None = None,
            extensions: dict[str, dict[str, Any]] | None = None,
            **kwargs: Any,
        ) -> Any:
            experimental = {**low.extensions, **(experimental_capabilities or {})}
            return declare(notification_options, experimental or None, extensions, **kwargs)

        low.get_capabilities = get_capabilities  # type: ignore[method-assign]

    async def list_tools(self) -> list[Any]:
        tools = await super().list_tools()
        caller = self.caller()
        return [t for t in tools if has_role(caller, self.roles.get(t.name, "member"))]

    async def list_resources(self) -> list[Any]:
        """The registered resources, and those `listed_resources` names for the caller (each skill's SKILL.md)."""
        with protocol_errors("resources/list"):
            listed = await anyio.to_thread.run_sync(self.listed_resources)
        return [*await super().list_resources(), *listed]

    async def read_resource(self, uri: Any, context: Context[Any, Any] | None = None) -> Any:
        """The SDK's read, with the `_meta` that `read_meta` gives the URI on each content it has none on."""
        results = await super().read_resource(uri, context)
        if isinstance(results, InputRequiredResult):
            return results
        try:
            meta = await anyio.to_thread.run_sync(self.read_meta, str(uri))
        except Exception:  # what was read is served; only the note of its origin is missing
            log.warning("no origin for %s: it is served without one", uri, exc_info=True)
            return results
        if meta is None:
            return results
        return [item if item.meta is not None else replace(item, meta=meta) for item in results]

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None) -> Any:
        found = self._tool_manager.get_tool(name)
        if found is not None:
            needed = self.roles.get(name, "member")
            caller = self.caller() if needed != "member" else None
            if caller is not None and not has_role(caller, needed):  # refused exactly when tools/list leaves it out
                who = f"{caller.user} of team {caller.team} is a {caller.role}"
                raise ToolError(f"{name} needs the {needed} role; {who}")
            known = set(found.parameters.get("properties", {}))
            unknown = sorted(set(arguments) - known)
            if unknown:
                raise ToolError(
                    f"{', '.join(unknown)}: not an argument of {name} (it takes {', '.join(sorted(known)) or 'none'})"
                )
        field = non_finite_at(arguments)
        if field is not None:  # 1e999999 parses as infinity; stored, it would come back as null
            raise ToolError(f"{field}: must be a finite number (JSON has no infinity or NaN; 1e999999 overflows)")
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            if isinstance(exc.__cause__, ValidationError):
                raise ToolError(validation_message(exc.__cause__)) from None
            raise
