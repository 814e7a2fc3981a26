"""The MCP Skills extension (SEP-2640) served over real skill folders, through the SDK's client."""

from __future__ import annotations

import base64
import hashlib
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from mcp import Client
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceNotFoundError
from mcp.shared.exceptions import MCPError
from mcp_types import INVALID_PARAMS, BlobResourceContents, PaginatedRequestParams, TextResourceContents

from skillhive.errors import SkillhiveError
from skillhive.skills import SkillDirectory
from skillhive.skills_extension import (
    MAX_RESOURCES_PER_SKILL,
    SKILLS_EXTENSION_ID,
    GetSkillParams,
    GetSkillRequest,
    GetSkillResult,
    ListSkillsRequest,
    ListSkillsResult,
    ReadDirectoryParams,
    ReadDirectoryRequest,
    ReadDirectoryResult,
    SkillEntry,
    SkillsExtension,
)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


# --- Fixtures ---------------------------------------------------------------------------------


def write_skill(root: Path, name: str, extra: dict[str, str] | None = None, frontmatter: str = "") -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    head = f"name: {name}\ndescription: Use when the task is about {name}.\n{frontmatter}"
    (folder / "SKILL.md").write_text(f"---\n{head}---\n\n# {name}\n\nSteps.\n", encoding="utf-8")
    for rel, content in (extra or {}).items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_bytes(content.encode("utf-8"))
    return folder


def expected_manifest(folder: Path) -> dict[str, tuple[str, int]]:
    """uri -> (digest, size), computed straight from the files on disk."""
    out: dict[str, tuple[str, int]] = {}
    for dirpath, _, names in os.walk(folder):
        for n in names:
            data = Path(dirpath, n).read_bytes()
            rel = Path(dirpath, n).relative_to(folder).as_posix().replace(" ", "%20")
            out[f"skill://{folder.name}/{rel}"] = ("sha256:" + hashlib.sha256(data).hexdigest(), len(data))
    return out


@pytest.fixture
def skill_root(tmp_path: Path) -> Path:
    root = tmp_path / "skills"
    write_skill(
        root,
        "pdf-processing",
        {
            "references/FORMS.md": "# Forms\n",
            "scripts/extract.py": "print('extract')\r\n",  # CRLF kept byte for byte
            "templates/invoice.md": "Invoice\n",
            "templates/regional/eu invoice.md": "EU\n",
        },
        frontmatter="license: Apache-2.0\nmetadata:\n  author: team\n  version: '2.1'\n",
    )
    write_skill(root, "git-workflow")
    return root


def make_server(root: Path, **kwargs: Any) -> tuple[MCPServer, SkillsExtension]:
    directory = SkillDirectory(root)
    extension = SkillsExtension(lambda ctx: directory, **kwargs)
    server = MCPServer("skills-test", extensions=[extension])

    def read(name: str, path: str) -> str | bytes:
        try:
            data = directory.read_file(name, path)
        except (SkillhiveError, OSError) as exc:
            raise ResourceNotFoundError(f"No skill file at skill://{name}/{path}") from exc
        try:
            return data.decode("utf-8")  # strict: no BOM stripping, no newline translation
        except UnicodeDecodeError:
            return data

    # SKILL.md first: the manager tries templates in order and {+path} would match it too.
    @server.resource("skill://{name}/SKILL.md", mime_type="text/markdown")
    def skill_md(name: str) -> str | bytes:
        return read(name, "SKILL.md")

    @server.resource("skill://{name}/{+path}")
    def skill_file(name: str, path: str) -> str | bytes:
        return read(name, path)

    return server, extension


async def list_all(client: Client) -> list[SkillEntry]:
    result = await client.session.send_request(ListSkillsRequest(), ListSkillsResult)
    return result.skills


async def get_skill(client: Client, uri: str) -> GetSkillResult:
    return await client.session.send_request(GetSkillRequest(params=GetSkillParams(uri=uri)), GetSkillResult)


async def read_directory(client: Client, uri: str, cursor: str | None = None) -> ReadDirectoryResult:
    request = ReadDirectoryRequest(params=ReadDirectoryParams(uri=uri, cursor=cursor))
    return await client.session.send_request(request, ReadDirectoryResult)


# --- Tests ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_the_server_declares_the_skills_extension_with_directory_read_and_the_resources_capability(
    skill_root: Path,
) -> None:
    server, _ = make_server(skill_root)
    async with Client(server) as client:
        capabilities = client.server_capabilities
    assert capabilities.extensions == {SKILLS_EXTENSION_ID: {"directoryRead": True}}
    assert capabilities.resources is not None


@pytest.mark.anyio
async def test_skills_list_returns_every_skill_with_verbatim_frontmatter_and_every_file_digested(
    skill_root: Path,
) -> None:
    server, _ = make_server(skill_root)
    async with Client(server) as client:
        result = await client.session.send_request(ListSkillsRequest(), ListSkillsResult)
    assert result.result_type == "complete"
    assert result.next_cursor is None
    assert result.ttl_ms >= 0 and result.cache_scope in ("public", "private")
    by_uri = {entry.uri: entry for entry in result.skills}
    assert set(by_uri) == {"skill://git-workflow/SKILL.md", "skill://pdf-processing/SKILL.md"}
    pdf = by_uri["skill://pdf-processing/SKILL.md"]
    assert pdf.frontmatter == {
        "name": "pdf-processing",
        "description": "Use when the task is about pdf-processing.",
        "license": "Apache-2.0",
        "metadata": {"author": "team", "version": "2.1"},
    }
    for entry in result.skills:
        assert not isinstance(entry.resources, str)
        listed = [r.uri for r in entry.resources]
        assert len(listed) == len(set(listed))  # each file exactly once
        folder = skill_root / entry.frontmatter["name"]
        assert {r.uri: (r.digest, r.size) for r in entry.resources} == expected_manifest(folder)
    assert not isinstance(pdf.resources, str)
    assert "skill://pdf-processing/templates/regional/eu%20invoice.md" in {r.uri for r in pdf.resources}


@pytest.mark.anyio
async def test_skills_list_pages_through_every_skill_exactly_once(tmp_path: Path) -> None:
    names = [f"skill-{i:02d}" for i in range(7)]
    for name in names:
        write_skill(tmp_path, name)
    server, _ = make_server(tmp_path, page_size=3)
    seen: list[str] = []
    pages = 0
    async with Client(server) as client:
        cursor: str | None = None
        while True:
            request = ListSkillsRequest(params=PaginatedRequestParams(cursor=cursor))
            page = await client.session.send_request(request, ListSkillsResult)
            pages += 1
            assert len(page.skills) <= 3
            seen += [entry.frontmatter["name"] for entry in page.skills]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
    assert seen == names
    assert pages == 3


@pytest.mark.anyio
async def test_skills_list_refuses_a_cursor_it_did_not_issue(skill_root: Path) -> None:
    server, _ = make_server(skill_root)
    async with Client(server) as client:
        with pytest.raises(MCPError) as caught:
            request = ListSkillsRequest(params=PaginatedRequestParams(cursor="not-a-cursor"))
            await client.session.send_request(request, ListSkillsResult)
    assert caught.value.code == INVALID_PARAMS


@pytest.mark.anyio
async def test_skills_get_returns_the_same_entry_as_the_listing(skill_root: Path) -> None:
    server, _ = make_server(skill_root)
    async with Client(server) as client:
        listed = {entry.uri: entry for entry in await list_all(client)}
        result = await get_skill(client, "skill://pdf-processing/SKILL.md")
    assert result.result_type == "complete"
    assert result.skill == listed["skill://pdf-processing/SKILL.md"]


@pytest.mark.parametrize(
    "uri",
    [
        "skill://no-such-skill/SKILL.md",
        "skill://pdf-processing/references/FORMS.md",
        "skill://pdf-processing",
        "skill://acme/pdf-processing/SKILL.md",
        "https://example.com/pdf-processing/SKILL.md",
    ],
)
@pytest.mark.anyio
async def test_skills_get_answers_invalid_params_for_a_uri_that_is_not_a_served_skill(
    skill_root: Path, uri: str
) -> None:
    server, _ = make_server(skill_root)
    async with Client(server) as client:
        with pytest.raises(MCPError) as caught:
            await get_skill(client, uri)
    assert caught.value.code == INVALID_PARAMS
    assert uri in caught.value.message


@pytest.mark.anyio
async def test_every_listed_file_reads_back_with_the_listed_digest_and_size(skill_root: Path) -> None:
    server, _ = make_server(skill_root)
    async with Client(server) as client:
        entry = (await get_skill(client, "skill://pdf-processing/SKILL.md")).skill
        assert not isinstance(entry.resources, str)
        for listed in entry.resources:
            (content,) = (await client.read_resource(listed.uri)).contents
            if isinstance(content, TextResourceContents):
                data = content.text.encode("utf-8")
            else:
                assert isinstance(content, BlobResourceContents)
                data = base64.b64decode(content.blob)
            assert len(data) == listed.size
            assert "sha256:" + hashlib.sha256(data).hexdigest() == listed.digest
            if listed.uri == entry.uri:
                assert content.mime_type == "text/markdown"


@pytest.mark.anyio
async def test_digests_are_computed_once_per_skill_version_and_again_after_a_file_changes(
    skill_root: Path,
) -> None:
    server, extension = make_server(skill_root)
    forms = skill_root / "pdf-processing" / "references" / "FORMS.md"
    async with Client(server) as client:
        await list_all(client)
        assert extension.cache.computed == 2
        await list_all(client)
        await get_skill(client, "skill://git-workflow/SKILL.md")
        assert extension.cache.computed == 2
        forms.write_text("# Forms, revised and longer\n", encoding="utf-8")
        entry = (await get_skill(client, "skill://pdf-processing/SKILL.md")).skill
    assert extension.cache.computed == 3
    assert not isinstance(entry.resources, str)
    (listed,) = [r for r in entry.resources if r.uri.endswith("/FORMS.md")]
    assert listed.digest == "sha256:" + hashlib.sha256(forms.read_bytes()).hexdigest()
    assert listed.size == forms.stat().st_size


@pytest.mark.anyio
async def test_a_skill_over_the_per_skill_file_limit_is_neither_listed_nor_served(tmp_path: Path) -> None:
    write_skill(tmp_path, "huge", {f"assets/{i:04d}.txt": "x" for i in range(MAX_RESOURCES_PER_SKILL)})
    write_skill(tmp_path, "small")
    server, _ = make_server(tmp_path)
    async with Client(server) as client:
        assert [e.frontmatter["name"] for e in await list_all(client)] == ["small"]
        with pytest.raises(MCPError) as caught:
            await get_skill(client, "skill://huge/SKILL.md")
    assert caught.value.code == INVALID_PARAMS


@pytest.mark.anyio
async def test_directory_read_lists_direct_children_with_their_types_and_subfolders(skill_root: Path) -> None:
    server, _ = make_server(skill_root)
    async with Client(server) as client:
        root = await read_directory(client, "skill://pdf-processing")
        templates = await read_directory(client, "skill://pdf-processing/templates")
    by_uri = {r.uri: r for r in root.resources}
    assert set(by_uri) == {
        "skill://pdf-processing/SKILL.md",
        "skill://pdf-processing/references",
        "skill://pdf-processing/scripts",
        "skill://pdf-processing/templates",
    }
    skill_md = by_uri["skill://pdf-processing/SKILL.md"]
    assert (skill_md.name, skill_md.mime_type) == ("pdf-processing", "text/markdown")
    assert skill_md.description == "Use when the task is about pdf-processing."
    assert by_uri["skill://pdf-processing/scripts"].mime_type == "inode/directory"
    assert [(r.uri, r.mime_type) for r in templates.resources] == [
        ("skill://pdf-processing/templates/invoice.md", "text/markdown"),
        ("skill://pdf-processing/templates/regional", "inode/directory"),
    ]
    assert templates.resources[0].size == len(b"Invoice\n")


@pytest.mark.anyio
async def test_directory_read_pages_through_a_large_folder(tmp_path: Path) -> None:
    write_skill(tmp_path, "many", {f"refs/{i}.md": "x" for i in range(5)})
    server, _ = make_server(tmp_path, page_size=2)
    names: list[str] = []
    async with Client(server) as client:
        cursor: str | None = None
        while True:
            page = await read_directory(client, "skill://many/refs", cursor)
            names += [r.name for r in page.resources]
            if page.next_cursor is None:
                break
            cursor = page.next_cursor
    assert names == [f"{i}.md" for i in range(5)]


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        ("skill://pdf-processing/SKILL.md", "is not a directory resource"),
        ("skill://pdf-processing/nothing-here", "No directory resource"),
        ("skill://no-such-skill", "No directory resource"),
    ],
)
@pytest.mark.anyio
async def test_directory_read_answers_invalid_params_for_files_and_missing_folders(
    skill_root: Path, uri: str, message: str
) -> None:
    server, _ = make_server(skill_root)
    async with Client(server) as client:
        with pytest.raises(MCPError) as caught:
            await read_directory(client, uri)
    assert caught.value.code == INVALID_PARAMS
    assert message in caught.value.message


@pytest.mark.anyio
async def test_over_the_legacy_handshake_the_methods_still_answer_though_the_sdk_drops_the_declaration(
    skill_root: Path,
) -> None:
    server, _ = make_server(skill_root)
    async with Client(server, mode="legacy") as client:
        assert client.server_capabilities.extensions is None  # 2025-11-25 has no capabilities.extensions
        listed = await list_all(client)
    assert {e.frontmatter["name"] for e in listed} == {"git-workflow", "pdf-processing"}


@pytest.mark.anyio
async def test_the_directory_of_a_caller_is_found_in_a_worker_thread_not_on_the_event_loop(skill_root: Path) -> None:
    """The first sight of a team may clone its repository: that must not stall every other session."""
    directory = SkillDirectory(skill_root)
    seen: list[int] = []

    def directory_for(ctx: Any) -> SkillDirectory:
        seen.append(threading.get_ident())
        return directory

    server = MCPServer("skills-test", extensions=[SkillsExtension(directory_for)])
    loop_thread = threading.get_ident()
    async with Client(server) as client:
        await list_all(client)
        await get_skill(client, "skill://git-workflow/SKILL.md")
        await read_directory(client, "skill://pdf-processing/templates")
    assert len(seen) == 3 and loop_thread not in seen
