"""The MCP boundary: how a tool is published, how it answers, and what of an error a client sees.

- A tool's dedented docstring is its description; its result is compact JSON (no indentation,
  nothing null, empty or at its default), and the structured content is the same object.
- Arguments are checked before anything runs: an argument the tool does not take is refused with
  its name, and a value that breaks a rule gets `field: rule` — never the value itself (it may be
  a secret) and never a pydantic link.
- Errors are translated once, here. A ClientError (the caller's own mistake, or the team hive
  being down) reaches the client with its message; anything else is logged on the server with its
  traceback and the client learns only which part failed ("storage", "the skill directory", ...).
"""

from __future__ import annotations

import functools
import inspect
import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp_types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, ValidationError

from skillhive.errors import ClientError, EmbeddingError, SkillError, SkillhiveError, StorageError

log = logging.getLogger(__name__)
_PART = ((StorageError, "storage"), (EmbeddingError, "the embedding model"), (SkillError, "the skill directory"))
MAX_ERRORS_SHOWN = 5


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


def validation_message(exc: ValidationError) -> str:
    """`field: rule` for each broken rule (the first few); the offending values are never echoed."""
    parts = []
    for err in exc.errors(include_url=False, include_input=False, include_context=False)[:MAX_ERRORS_SHOWN]:
        where = ".".join(str(p) for p in err["loc"]) or "input"
        parts.append(f"{where}: {err['msg']}")
    return "; ".join(parts)


@contextmanager
def client_errors(what: str) -> Iterator[None]:
    """Translate what `what` raises into a tool error a client may see (module docstring)."""
    try:
        yield
    except ToolError:
        raise
    except ClientError as exc:
        raise ToolError(str(exc)) from exc
    except ValidationError as exc:
        raise ToolError(validation_message(exc)) from exc
    except Exception as exc:
        part = next((name for kind, name in _PART if isinstance(exc, kind)), "the server")
        log.exception("%s failed", what)
        detail = "" if isinstance(exc, SkillhiveError) else " (an unexpected error)"
        raise ToolError(f"{what} failed in {part}{detail}; the details are in the server's log") from None


def tool(mcp: MCPServer[Any], annotations: ToolAnnotations) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`mcp.tool` with the dedented docstring as the description, errors translated, a compact result.

    The output schema still comes from the function's return type.
    """

    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        signature = inspect.signature(fn, eval_str=True)

        @functools.wraps(fn)
        def answer(*args: Any, **kwargs: Any) -> CallToolResult:
            with client_errors(fn.__name__):
                return compact_result(fn(*args, **kwargs))

        returns = signature.return_annotation
        answer.__signature__ = signature.replace(return_annotation=Annotated[CallToolResult, returns])  # type: ignore[attr-defined]
        return mcp.tool(annotations=annotations, description=inspect.cleandoc(fn.__doc__ or ""))(answer)

    return register


class HiveMCPServer(MCPServer[Any]):
    """The SDK's server, with arguments checked the way the module docstring says."""

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None) -> Any:
        found = self._tool_manager.get_tool(name)
        if found is not None:
            known = set(found.parameters.get("properties", {}))
            unknown = sorted(set(arguments) - known)
            if unknown:
                raise ToolError(
                    f"{', '.join(unknown)}: not an argument of {name} (it takes {', '.join(sorted(known)) or 'none'})"
                )
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as exc:
            if isinstance(exc.__cause__, ValidationError):
                raise ToolError(validation_message(exc.__cause__)) from None
            raise
