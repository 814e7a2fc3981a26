"""The MCP Skills extension (`io.modelcontextprotocol/skills`, SEP-2640) over a skill directory.

Serves `skills/list`, `skills/get` and `resources/directory/read` for skills addressed as
`skill://<name>/<file-path>`, and advertises `{"directoryRead": true}` under
`capabilities.extensions`. The skill files themselves are read with the base `resources/read`,
which `mcp_app.py` registers (resource templates); this module only describes them.

Each entry and each child a directory read lists says whose commit the skill's version is under
`_meta["skillhive/origin"]`
(`{"source": "skills" | "remote:<repository>" | "upstream", "trust": "verified" | "unverified"}`),
as list_skills says it in `source` and `trust`; a client that knows nothing of it ignores `_meta`.

File digests are cached per skill folder and recomputed only when the skill's version or a
file's size, mtime or inode changes, so listing a large directory stays cheap.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import mimetypes
import os
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, Literal, Protocol
from urllib.parse import quote, unquote

import anyio.to_thread
from mcp.server.context import ServerRequestContext
from mcp.server.extension import Extension, MethodBinding
from mcp.shared.exceptions import MCPError
from mcp_types import (
    INVALID_PARAMS,
    CacheableResult,
    PaginatedRequest,
    PaginatedRequestParams,
    PaginatedResult,
    Request,
    RequestParams,
    Resource,
)
from pydantic import BaseModel, ConfigDict, Field
from pydantic.alias_generators import to_camel

from skillhive.errors import ClientError, InvalidInput, NotFound, SkillhiveError
from skillhive.mcp_boundary import protocol_errors
from skillhive.models import SKILL_NAME_MAX, SKILL_NAME_PATTERN

logger = logging.getLogger(__name__)

SKILLS_EXTENSION_ID = "io.modelcontextprotocol/skills"
SKILL_SCHEME = "skill://"
SKILL_FILE = "SKILL.md"
ORIGIN_META = "skillhive/origin"  # the `_meta` key of an entry's origin (module docstring)
DIRECTORY_MIME_TYPE = "inode/directory"
MAX_RESOURCES_PER_SKILL = 512
MAX_BYTES_PER_SKILL = 16 * 1024 * 1024

# RFC 3986 `pchar` minus percent, plus "/" between segments: what a file path may keep unescaped.
_PATH_SAFE = "/!$&'()*+,;=:@~"
# Agent Skills names (lowercase letters, digits, single hyphens) are also valid URI reg-names.
_NAME = re.compile(SKILL_NAME_PATTERN)

# Deterministic types for what skills usually hold; `mimetypes` (machine-dependent) comes after.
_MIME_BY_SUFFIX: Mapping[str, str] = {
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".txt": "text/plain",
    ".py": "text/x-python",
    ".sh": "text/x-shellscript",
    ".bash": "text/x-shellscript",
    ".js": "text/javascript",
    ".mjs": "text/javascript",
    ".ts": "text/x-typescript",
    ".json": "application/json",
    ".yaml": "application/yaml",
    ".yml": "application/yaml",
    ".toml": "application/toml",
    ".csv": "text/csv",
    ".html": "text/html",
    ".css": "text/css",
    ".xml": "application/xml",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".pdf": "application/pdf",
    ".zip": "application/zip",
}


def mime_type_for(path: str, data: bytes | None = None) -> str:
    """The MIME type a skill file is served with: by suffix, else text/plain if `data` is UTF-8."""
    suffix = PurePosixPath(path).suffix.lower()
    if suffix in _MIME_BY_SUFFIX:
        return _MIME_BY_SUFFIX[suffix]
    guessed, _ = mimetypes.guess_type(path, strict=True)
    if guessed:
        return guessed
    if data is not None:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return "application/octet-stream"
        return "text/plain"
    return "application/octet-stream"


def skill_uri(name: str, path: str = SKILL_FILE) -> str:
    """`skill://<name>/<path>`, percent-encoding what a URI path cannot carry."""
    return f"{SKILL_SCHEME}{name}/{quote(path, safe=_PATH_SAFE)}"


# --- The directory we read (duck-typed; skillhive.skills.SkillDirectory fits) -----------------


class SkillLike(Protocol):
    """One skill folder as the directory layer describes it."""

    @property
    def path(self) -> Path: ...
    @property
    def frontmatter(self) -> Mapping[str, Any]: ...
    @property
    def files(self) -> Sequence[str]: ...
    @property
    def version(self) -> str | None: ...


class ScanLike(Protocol):
    @property
    def skills(self) -> Mapping[str, SkillLike]: ...


class SkillSource(Protocol):
    """What the extension needs from a skill directory."""

    def scan(self) -> ScanLike: ...
    def get(self, name: str) -> SkillLike: ...
    def read_file(self, name: str, path: str) -> bytes: ...


DirectoryFor = Callable[[ServerRequestContext[Any, Any]], SkillSource]


class OriginLike(Protocol):
    """Whose commit a skill's version is, as the hive serves it (skills/origin.py Origin)."""

    @property
    def source(self) -> str: ...
    @property
    def trust(self) -> str: ...


OriginsOf = Callable[[Mapping[str, str | None]], Mapping[str, OriginLike]]  # skill name → version, to origins
OriginsFor = Callable[[ServerRequestContext[Any, Any], Mapping[str, str | None]], Mapping[str, OriginLike]]


def origin_meta(origin: OriginLike) -> dict[str, Any]:
    """The `_meta` that says how a skill is served: `{"skillhive/origin": {"source", "trust"}}`."""
    return {ORIGIN_META: {"source": origin.source, "trust": origin.trust}}


# --- Wire shapes ------------------------------------------------------------------------------


class _Wire(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, populate_by_name=True)


class SkillResource(_Wire):
    """One file of a skill: its URI, `sha256:<hex>` digest and byte size."""

    uri: str
    digest: str
    size: int


class SkillEntry(_Wire):
    """A `Skill` entry: SKILL.md URI, verbatim frontmatter, complete file manifest."""

    uri: str
    frontmatter: dict[str, Any]
    resources: list[SkillResource] | Literal["dynamic"]
    meta: dict[str, Any] | None = Field(None, alias="_meta")


class ListSkillsResult(PaginatedResult, CacheableResult):
    """Result of `skills/list`."""

    skills: list[SkillEntry]
    result_type: str = "complete"


class GetSkillParams(RequestParams):
    """Params of `skills/get`: the URI of the skill's SKILL.md."""

    uri: str


class GetSkillResult(CacheableResult):
    """Result of `skills/get`."""

    skill: SkillEntry
    result_type: str = "complete"


class ReadDirectoryParams(PaginatedRequestParams):
    """Params of `resources/directory/read`."""

    uri: str


class ReadDirectoryResult(PaginatedResult):
    """Result of `resources/directory/read`: the directory's direct children."""

    resources: list[Resource]
    result_type: str = "complete"


class ListSkillsRequest(PaginatedRequest[Literal["skills/list"]]):
    """Client-side request model: `session.send_request(ListSkillsRequest(), ListSkillsResult)`."""

    method: Literal["skills/list"] = "skills/list"


class GetSkillRequest(Request[GetSkillParams, Literal["skills/get"]]):
    """Client-side request model for `skills/get`."""

    method: Literal["skills/get"] = "skills/get"


class ReadDirectoryRequest(Request[ReadDirectoryParams, Literal["resources/directory/read"]]):
    """Client-side request model for `resources/directory/read`."""

    method: Literal["resources/directory/read"] = "resources/directory/read"


# --- Manifests and their cache ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FileInfo:
    """Digest, size and MIME type of one skill file."""

    path: str
    digest: str
    size: int
    mime_type: str


@dataclass(frozen=True, slots=True)
class Manifest:
    """Every file of one skill version, SKILL.md included, in the directory's order."""

    files: tuple[FileInfo, ...]

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)


class _Unservable(ClientError):
    """A skill we do not publish (broken frontmatter, over the limits, unreadable); the message says why."""


_Signature = tuple[str | None, tuple[tuple[str, int, int, int], ...]]


class ManifestCache:
    """Manifests keyed by skill folder, reused while the version and file stats are unchanged."""

    def __init__(self, max_entries: int = 4096) -> None:
        self._entries: OrderedDict[str, tuple[_Signature, Manifest]] = OrderedDict()
        self._lock = threading.Lock()
        self._max = max_entries
        self.computed = 0  # manifests hashed from scratch (observable for tests and benchmarks)

    def manifest(self, source: SkillSource, name: str, skill: SkillLike) -> Manifest:
        files = list(dict.fromkeys(skill.files))
        key = str(skill.path)
        signature = _signature(skill, files)
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and signature is not None and hit[0] == signature:
                self._entries.move_to_end(key)
                return hit[1]
        manifest = _hash_files(source, name, files)
        with self._lock:
            self.computed += 1
            if signature is not None:
                self._entries[key] = (signature, manifest)
                self._entries.move_to_end(key)
                while len(self._entries) > self._max:
                    self._entries.popitem(last=False)
        return manifest


def _signature(skill: SkillLike, files: Sequence[str]) -> _Signature | None:
    stats: list[tuple[str, int, int, int]] = []
    try:
        for rel in files:
            st = os.stat(Path(skill.path) / rel)
            stats.append((rel, st.st_size, st.st_mtime_ns, st.st_ino))
    except OSError:
        return None  # cannot tell whether it changed: hash again
    return (skill.version, tuple(stats))


def _hash_files(source: SkillSource, name: str, files: Sequence[str]) -> Manifest:
    if len(files) > MAX_RESOURCES_PER_SKILL:
        raise _Unservable(f"has {len(files)} files, over the limit of {MAX_RESOURCES_PER_SKILL}")
    infos: list[FileInfo] = []
    total = 0
    for rel in files:
        try:
            data = source.read_file(name, rel)
        except SkillhiveError as exc:  # its message may hold paths: the log has it, a client does not
            logger.warning("skill %r: file %r cannot be read: %s", name, rel, exc)
            raise _Unservable(f"file {rel!r} cannot be read") from exc
        total += len(data)
        if total > MAX_BYTES_PER_SKILL:
            raise _Unservable(f"is larger than the limit of {MAX_BYTES_PER_SKILL} bytes")
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        infos.append(FileInfo(rel, digest, len(data), mime_type_for(rel, data)))
    return Manifest(tuple(infos))


# --- Cursors ----------------------------------------------------------------------------------


def _encode_cursor(kind: str, after: str) -> str:
    raw = json.dumps({"k": kind, "after": after}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(kind: str, cursor: str) -> str:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise MCPError(INVALID_PARAMS, f"Invalid cursor: {cursor!r}") from exc
    if not isinstance(data, dict) or data.get("k") != kind or not isinstance(data.get("after"), str):
        raise MCPError(INVALID_PARAMS, f"Invalid cursor: {cursor!r}")
    after: str = data["after"]
    return after


# --- The extension ----------------------------------------------------------------------------


class SkillsExtension(Extension):
    """`io.modelcontextprotocol/skills`: `skills/list`, `skills/get`, `resources/directory/read`.

    `directory_for(ctx)` picks the skill directory for the caller (one per team over HTTP,
    the only one over stdio); it runs in a worker thread, as the first sight of a team may clone its
    repository. `origins_for(ctx, versions)`, when given, says whose commit each skill's version is
    (the entries' `_meta`). Errors reach the client through the boundary's masking (mcp_boundary.py).
    """

    identifier = SKILLS_EXTENSION_ID

    def __init__(
        self,
        directory_for: DirectoryFor,
        *,
        page_size: int = 50,
        ttl_ms: int = 60_000,
        cache_scope: Literal["public", "private"] = "private",
        cache: ManifestCache | None = None,
        origins_for: OriginsFor | None = None,
    ) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be at least 1, got {page_size}")
        if ttl_ms < 0:
            raise ValueError(f"ttl_ms must be >= 0, got {ttl_ms}")
        self._directory_for = directory_for
        self._origins_for = origins_for
        self._page_size = page_size
        self._ttl_ms = ttl_ms
        self._cache_scope: Literal["public", "private"] = cache_scope
        self.cache = cache or ManifestCache()
        self._warned: set[tuple[str, str]] = set()

    def settings(self) -> dict[str, Any]:
        return {"directoryRead": True}

    def methods(self) -> Sequence[MethodBinding]:
        return (
            MethodBinding("skills/list", PaginatedRequestParams, self._handle_list),
            MethodBinding("skills/get", GetSkillParams, self._handle_get),
            MethodBinding("resources/directory/read", ReadDirectoryParams, self._handle_read_directory),
        )

    # -- handlers (event loop); the file work runs in a worker thread --

    async def _handle_list(
        self, ctx: ServerRequestContext[Any, Any], params: PaginatedRequestParams | None
    ) -> ListSkillsResult:
        cursor = params.cursor if params is not None else None
        after = _decode_cursor("skills", cursor) if cursor else None
        with protocol_errors("skills/list"):
            source = await anyio.to_thread.run_sync(self._directory_for, ctx)
            entries, next_after = await anyio.to_thread.run_sync(self._list_page, source, after, self._origins(ctx))
        return ListSkillsResult(
            skills=entries,
            next_cursor=_encode_cursor("skills", next_after) if next_after is not None else None,
            ttl_ms=self._ttl_ms,
            cache_scope=self._cache_scope,
        )

    async def _handle_get(self, ctx: ServerRequestContext[Any, Any], params: GetSkillParams) -> GetSkillResult:
        name = _skill_name_from_uri(params.uri)
        with protocol_errors("skills/get"):
            source = await anyio.to_thread.run_sync(self._directory_for, ctx)
            entry = await anyio.to_thread.run_sync(self._get_entry, source, name, params.uri, self._origins(ctx))
        return GetSkillResult(skill=entry, ttl_ms=self._ttl_ms, cache_scope=self._cache_scope)

    async def _handle_read_directory(
        self, ctx: ServerRequestContext[Any, Any], params: ReadDirectoryParams
    ) -> ReadDirectoryResult:
        after = _decode_cursor("dir", params.cursor) if params.cursor else None
        with protocol_errors("resources/directory/read"):
            source = await anyio.to_thread.run_sync(self._directory_for, ctx)
            children, next_after = await anyio.to_thread.run_sync(
                self._read_directory, source, params.uri, after, self._origins(ctx)
            )
        return ReadDirectoryResult(
            resources=children,
            next_cursor=_encode_cursor("dir", next_after) if next_after is not None else None,
        )

    def _origins(self, ctx: ServerRequestContext[Any, Any]) -> OriginsOf | None:
        found = self._origins_for
        return None if found is None else lambda versions: found(ctx, versions)

    # -- synchronous work --

    def entry(self, source: SkillSource, name: str, skill: SkillLike, origin: OriginLike | None = None) -> SkillEntry:
        """The `Skill` entry for one skill; raises `_Unservable` if we must not publish it."""
        manifest = self._checked_manifest(source, name, skill)
        return SkillEntry(
            uri=skill_uri(name),
            frontmatter=dict(skill.frontmatter),
            resources=[
                SkillResource(uri=skill_uri(name, f.path), digest=f.digest, size=f.size) for f in manifest.files
            ],
            _meta=origin_meta(origin) if origin is not None else None,
        )

    def _checked_manifest(self, source: SkillSource, name: str, skill: SkillLike) -> Manifest:
        fm = skill.frontmatter
        if len(name) > SKILL_NAME_MAX or not _NAME.fullmatch(name):
            raise _Unservable("its name is not a valid Agent Skills name")
        if fm.get("name") != name:
            raise _Unservable(f"frontmatter name {fm.get('name')!r} differs from its folder name")
        description = fm.get("description")
        if not isinstance(description, str) or not description.strip():
            raise _Unservable("frontmatter has no description")
        if SKILL_FILE not in skill.files:
            raise _Unservable(f"its file list lacks {SKILL_FILE}")
        return self.cache.manifest(source, name, skill)

    def _list_page(
        self, source: SkillSource, after: str | None, origins_of: OriginsOf | None = None
    ) -> tuple[list[SkillEntry], str | None]:
        skills = source.scan().skills
        names = sorted(n for n in skills if after is None or n > after)
        entries: dict[str, SkillEntry] = {}
        next_after = None
        for index, name in enumerate(names):
            if len(entries) == self._page_size:
                next_after = names[index - 1]
                break
            try:
                entries[name] = self.entry(source, name, skills[name])
            except _Unservable as exc:
                self._warn_once(skills[name], name, str(exc))
        if origins_of is not None and entries:  # one look-up for the page
            origins = origins_of({name: skills[name].version for name in entries})
            for name, entry in entries.items():
                entry.meta = origin_meta(origins[name])
        return list(entries.values()), next_after

    def _get_entry(self, source: SkillSource, name: str, uri: str, origins_of: OriginsOf | None = None) -> SkillEntry:
        try:
            skill = source.get(name)
        except (NotFound, InvalidInput) as exc:
            raise MCPError(INVALID_PARAMS, f"No skill is served at {uri}") from exc
        try:
            origin = origins_of({name: skill.version})[name] if origins_of is not None else None
            return self.entry(source, name, skill, origin)
        except _Unservable as exc:
            raise MCPError(INVALID_PARAMS, f"No skill is served at {uri}: skill {name!r} {exc}") from exc

    def _read_directory(
        self, source: SkillSource, uri: str, after: str | None, origins_of: OriginsOf | None = None
    ) -> tuple[list[Resource], str | None]:
        if not uri.startswith(SKILL_SCHEME):
            raise MCPError(INVALID_PARAMS, f"No directory resource at {uri}")
        name, _, raw_dir = uri[len(SKILL_SCHEME) :].partition("/")
        directory = unquote(raw_dir)
        try:
            skill = source.get(name)
            manifest = self._checked_manifest(source, name, skill)
        except (NotFound, InvalidInput, _Unservable) as exc:
            raise MCPError(INVALID_PARAMS, f"No directory resource at {uri}") from exc
        children = _children(name, skill, manifest, directory)
        if children is None:
            if any(f.path == directory for f in manifest.files):
                raise MCPError(INVALID_PARAMS, f"{uri} is not a directory resource")
            raise MCPError(INVALID_PARAMS, f"No directory resource at {uri}")
        names = sorted(n for n in children if after is None or n > after)
        page = names[: self._page_size]
        next_after = page[-1] if len(names) > len(page) else None
        found = [children[n] for n in page]
        if origins_of is not None and found:  # each child is a file of this skill's version: its origin
            meta = origin_meta(origins_of({name: skill.version})[name])
            found = [child.model_copy(update={"meta": meta}) for child in found]
        return found, next_after

    def _warn_once(self, skill: SkillLike, name: str, reason: str) -> None:
        key = (str(skill.path), reason)
        if key not in self._warned:
            self._warned.add(key)
            logger.warning("skill %r is not published over MCP: it %s", name, reason)


def _skill_name_from_uri(uri: str) -> str:
    """The skill name in `skill://<name>/SKILL.md`; -32602 for any other URI."""
    suffix = "/" + SKILL_FILE
    if uri.startswith(SKILL_SCHEME) and uri.endswith(suffix):
        name = uri[len(SKILL_SCHEME) : -len(suffix)]
        if len(name) <= SKILL_NAME_MAX and _NAME.fullmatch(name):
            return name
    raise MCPError(INVALID_PARAMS, f"No skill is served at {uri}")


def _children(name: str, skill: SkillLike, manifest: Manifest, directory: str) -> dict[str, Resource] | None:
    """Direct children of `directory` (relative, "" for the root), or None if it is no directory."""
    children: dict[str, Resource] = {}
    prefix = f"{directory}/" if directory else ""
    found = not directory
    for info in manifest.files:
        if not info.path.startswith(prefix):
            continue
        found = True
        head, sep, _ = info.path[len(prefix) :].partition("/")
        if sep:
            children.setdefault(
                head, Resource(uri=skill_uri(name, prefix + head), name=head, mime_type=DIRECTORY_MIME_TYPE)
            )
        elif info.path == SKILL_FILE:
            children[head] = Resource(
                uri=skill_uri(name),
                name=name,
                description=str(skill.frontmatter.get("description", "")),
                mime_type=info.mime_type,
                size=info.size,
            )
        else:
            children[head] = Resource(
                uri=skill_uri(name, info.path), name=head, mime_type=info.mime_type, size=info.size
            )
    return children if found else None
