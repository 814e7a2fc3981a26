"""The one exception root of skillhive and its tree.

The MCP layer turns these into tool errors and the CLI into one-line messages; nothing below
the boundary formats errors for a client. A ClientError's message is written for the caller and
reaches them as it is; any other error is logged on the server and the client learns only which
part failed (its message may hold paths, SQL or a driver's words).

    SkillhiveError
    ├── ClientError           its message is for the caller
    │   ├── InvalidInput      a client sent something we refuse (names the field and the limit)
    │   │   └── PathRefused   a path that would leave its folder (.., absolute, symlink out)
    │   ├── NotFound          no such trajectory / skill / file (within the caller's team)
    │   ├── Forbidden         the caller's role does not allow the action (roles.py)
    │   ├── Conflict          the request cannot be done in the present state (nothing to roll back)
    │   └── (upstream/link.py) UpstreamUnavailable, UpstreamError: the team hive is down, or refused
    ├── ConfigError           settings that cannot work (bad provider, unreadable data dir)
    ├── StorageError          the ledger or the vector index failed
    │   └── IndexMismatch     the vector index was built with another embedding model
    ├── EmbeddingError        the embedding model could not load or answer
    ├── SkillError            the skill directory or its git repository failed
    ├── LLMUnavailable        the evolver's model endpoint failed after retries (evolver/llm.py)
    └── ImportFormatError     a file whose format we cannot read
"""

from __future__ import annotations

from collections.abc import Callable

import pydantic

# How a tool error caused by the server (not the caller) ends; a forwarding hive retries those.
SERVER_FAULT = "the details are in the server's log"


class SkillhiveError(Exception):
    """Root of every error skillhive raises on purpose."""


class ClientError(SkillhiveError):
    """An error whose message is written for the caller: the MCP layer passes it on as it is."""


class InvalidInput(ClientError):
    """A client sent a value we refuse; the message names the field and the rule."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


class UsageError(InvalidInput):
    """A command-line argument that breaks its rule: bad usage (exit 2), like argparse's own errors."""


class PathRefused(InvalidInput):
    """A client-supplied path that would leave the folder it must stay in."""


class NotFound(ClientError):
    """The thing asked for does not exist (or is not visible to the caller)."""


class Forbidden(ClientError):
    """The caller is known but their role does not allow this action."""


class Conflict(ClientError):
    """The request is valid but the present state does not allow it; the message says why."""


class ConfigError(SkillhiveError):
    """Settings that cannot work."""


class StorageError(SkillhiveError):
    """The ledger or the vector index failed."""


class IndexMismatch(StorageError):
    """The vector index was built with a different embedding model; run `skillhive reindex`."""


class EmbeddingError(SkillhiveError):
    """The embedding model could not be loaded or did not answer."""


class EmbeddingRefused(EmbeddingError):
    """The embedding service refused what it was sent (HTTP 400, 413, 422): the input, not the service."""


class SkillError(SkillhiveError):
    """The skill directory or its git repository failed."""


class ImportFormatError(SkillhiveError):
    """A file whose trajectory format we cannot read."""


MAX_ERRORS_SHOWN = 5


def validation_message(exc: pydantic.ValidationError, name: Callable[[str], str] | None = None) -> str:
    """`field: rule` for each broken rule (the first few); the offending values are never echoed.
    `name` renames a top-level field (the command line says `--max-tokens` where a tool says `max_tokens`)."""
    parts = []
    for err in exc.errors(include_url=False, include_input=False, include_context=False)[:MAX_ERRORS_SHOWN]:
        loc = [str(p) for p in err["loc"]]
        if name is not None and loc:
            loc = [name(loc[0])]  # a flag stands for the whole field (all the values of a repeated one)
        parts.append(f"{'.'.join(loc) or 'input'}: {err['msg'].removeprefix('Value error, ')}")
    return "; ".join(parts)
