"""All configuration in one place: environment variables `SKILLHIVE_*`, overridden by CLI flags."""

from __future__ import annotations

import difflib
import getpass
import logging
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict, SettingsError

from skillhive.errors import ConfigError

log = logging.getLogger(__name__)

# A letter or digit of any script (str.isalnum: José, Łukasz, 李), then those or '.', '_', '@', '-'.
_IDENT = re.compile(r"[^\W_][\w.@-]{0,127}")


IDENTIFIER_RULE = (
    "letters of any script, digits, '.', '_', '@', '-' only, starting with a letter or digit; at most 128 characters"
)


def identifier(value: str) -> str:
    """A user or team name in the one form stored and compared (Unicode NFC: an é typed as e and a
    combining accent is the same name); ValueError(IDENTIFIER_RULE) when it breaks the rule."""
    value = unicodedata.normalize("NFC", value)
    if not _IDENT.fullmatch(value):
        raise ValueError(IDENTIFIER_RULE)
    return value


def is_identifier(value: str) -> bool:
    """A user or team name: what tokens, the ledger and the CLI all accept (`identifier`)."""
    try:
        identifier(value)
    except ValueError:
        return False
    return True


def _default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("skillhive", appauthor=False))


def _default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "local"


def packaged_seed_skills() -> Path:
    """The seed skill directory: inside the wheel, or `skills/` of a source checkout."""
    here = Path(__file__).resolve().parent
    wheel_copy = here / "_seed_skills"
    return wheel_copy if wheel_copy.is_dir() else here.parents[1] / "skills"


class Settings(BaseSettings):
    """skillhive's settings. Every field has an offline default and a `SKILLHIVE_<NAME>` variable."""

    model_config = SettingsConfigDict(env_prefix="SKILLHIVE_", extra="ignore")

    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Where the ledger, the vector index and the skill repository live.",
    )
    user: str = Field(
        default_factory=_default_user, description="The local user over stdio (HTTP takes it from the token)."
    )
    team: str = Field("default", description="The local team over stdio (HTTP takes it from the token).")
    skills_dir: Path | None = Field(
        None, description="The skill directory (a git repository). Default: <data_dir>/skills."
    )
    skills_init: bool = Field(
        False,
        description="Let skillhive make an existing skills_dir that holds files but no git repository one, "
        "committing its files as they are (otherwise that is refused).",
    )
    seed_skills: Path = Field(
        default_factory=packaged_seed_skills,
        description="Skills copied into a new skill directory on first run.",
    )
    embedding_provider: Literal["local", "openai"] = Field(
        "local",
        description="local: all-MiniLM-L6-v2 (int8 ONNX) shipped in a PyPI package, offline. "
        "openai: any OpenAI-compatible /embeddings endpoint.",
    )
    embedding_model: str = Field(
        "text-embedding-3-small", description="Model name for the openai provider (ignored by local)."
    )
    embedding_base_url: str | None = Field(None, description="Base URL of the OpenAI-compatible endpoint.")
    embedding_api_key: str | None = Field(None, description="API key for the embedding endpoint.")
    embedding_dimensions: int | None = Field(None, description="Requested vector size (openai provider).")
    embedding_query_threads: int = Field(
        0,
        ge=0,
        le=64,
        description="Threads that embed one query (local provider). 0: one under `serve --transport http`, where "
        "many callers share the cores and one thread spends the least CPU per query; otherwise up to 4, so a "
        "single caller gets the answer sooner.",
    )
    database_url: SecretStr | None = Field(
        None,
        description="A PostgreSQL database (postgresql://user:password@host:5432/db) for the ledger instead of the "
        "embedded SQLite file: the team hive's choice once it runs on more than one machine. Replicas sharing it "
        "also need a Chroma server (SKILLHIVE_CHROMA_URL).",
    )
    database_pool_size: int = Field(8, ge=2, le=200, description="Connections each process keeps to PostgreSQL.")
    chroma_url: str | None = Field(
        None, description="A Chroma server (e.g. http://127.0.0.1:8000) instead of the embedded index."
    )
    hnsw_ef_search: int = Field(200, ge=10, le=2000, description="HNSW search breadth (recall vs speed).")
    hnsw_ef_construction: int = Field(200, ge=10, le=2000, description="HNSW build breadth.")
    hnsw_m: int = Field(16, ge=4, le=128, description="HNSW links per node.")
    relevance_floor: float = Field(
        0.3,
        ge=0.0,
        le=1.0,
        description="Retrieval returns nothing scoring below this relevance (0..1: meaning similarity or share of "
        "the query's keywords matched), nor below half of the best match's; 0.3 suits all-MiniLM-L6-v2, where "
        "unrelated texts score 0 to 0.25 and loose paraphrases 0.3 to 0.5.",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field("WARNING", description="stderr log level.")

    # -- the evolver ---------------------------------------------------------------------------
    llm_base_url: str | None = Field(None, description="OpenAI-compatible endpoint for the evolver's model.")
    llm_model: str = Field("gpt-4o-mini", description="Model name the evolver asks for.")
    llm_api_key: str | None = Field(None, description="API key for the evolver's endpoint.")
    llm_timeout: float | None = Field(
        None,
        gt=0,
        description="Seconds before one model call times out; unset: 60, or 600 for a server on this machine "
        "(a CPU model takes minutes for a long answer).",
    )
    llm_max_retries: int = Field(3, ge=0, le=10, description="Retries (with backoff) on 429, 5xx and timeouts.")
    llm_concurrency: int = Field(
        4,
        ge=1,
        le=64,
        description="Model calls in flight at once during a pass; when not set, a server on this machine gets one "
        "at a time (llama-server's default of one slot would queue the rest until they time out).",
    )
    llm_response_format: Literal["json_schema", "json_object", "none"] = Field(
        "json_schema",
        description="How answers are held to their shape: json_schema (constrained decoding where the server "
        "offers it: OpenAI, llama.cpp, vLLM), json_object, or none (the schema goes in the prompt). A server that "
        "refuses one is asked with the next, for the rest of the process.",
    )
    llm_context_tokens: int | None = Field(
        None,
        ge=512,
        description="The model's context size (llama-server -c); prompts are cut to fit it with the answer's budget. "
        "Unset: no cut.",
    )
    llm_max_output_tokens: int = Field(
        4096, ge=64, le=65_536, description="Per-call budget for the answer (max_tokens sent with each call)."
    )
    evolve_mode: Literal["auto", "review"] = Field(
        "review", description="auto: commit evolved skills to the live branch; review: to a branch to approve."
    )
    evolve_min_trajectories: int = Field(3, ge=1, description="Distinct trajectories needed to change a skill.")
    evolve_min_users: int = Field(2, ge=1, description="Distinct users needed to change a shared skill.")
    evolve_every: int = Field(50, ge=1, description="Run a background pass after this many new trajectories.")
    evolve_interval: float = Field(
        3600.0, ge=0, description="Also run a pass this often (seconds) when anything new arrived; 0: never."
    )
    evolve_in_server: bool = Field(True, description="Run the evolver as a background task of the server.")
    evolve_poll: float = Field(5.0, gt=0, description="Seconds between the background evolver's checks.")

    # -- the HTTP transport --------------------------------------------------------------------
    http_host: str = Field(
        "127.0.0.1", description="Address `serve --transport http` binds; anything but loopback requires auth."
    )
    http_port: int = Field(8765, ge=0, le=65535, description="Port `serve --transport http` listens on.")
    http_auth: Literal["auto", "tokens", "off"] = Field(
        "auto",
        description="tokens: every request needs a bearer token (`skillhive token create`); off: no token, "
        "every caller is the local user (loopback only); auto: tokens once any token exists, else off.",
    )
    public_url: str | None = Field(
        None,
        description="The URL clients reach /mcp at, when it differs from http://<host>:<port>/mcp "
        "(a reverse proxy); its host is accepted in the Host header.",
    )
    http_allowed_hosts: list[str] = Field(
        default_factory=list,
        description="More Host header values to accept (DNS-rebinding protection), e.g. 'hive.lan:*'.",
    )
    max_body_bytes: int = Field(
        4 * 1024 * 1024, ge=1024, description="Largest HTTP request body accepted; bigger ones get 413."
    )
    max_header_bytes: int = Field(
        64 * 1024,
        ge=4096,
        le=1024 * 1024,
        description="Largest HTTP request line plus headers buffered; past it the connection gets 400 and is "
        "closed, before any authentication.",
    )
    http_header_timeout: float = Field(
        10.0,
        gt=0,
        description="Seconds a connection may take to send a request's line and headers; a slower one is "
        "closed (connections that trickle headers must not hold the server).",
    )
    http_max_connections: int = Field(
        1000, ge=1, description="Open HTTP connections at most; one past it is closed at once."
    )
    http_max_sessions: int = Field(
        2000, ge=1, description="Open MCP sessions at most (all callers); a new one past it gets 503."
    )
    http_max_sessions_per_token: int = Field(
        64,
        ge=1,
        description="Open MCP sessions one token may hold; a new one past it gets 503, so that one member "
        "cannot take every session.",
    )

    # -- skill sync over git -------------------------------------------------------------------
    skills_remote: str | None = Field(
        None,
        description="A git remote (URL or path) the local team's skill directory tracks: cloned on first run "
        "(or seeded and pushed when it has no commits), pulled every skills_sync_interval seconds and before "
        "each evolver commit lands; every evolver commit, approval and rollback is pushed (never forced).",
    )
    skills_remote_branch: str = Field("main", description="The branch of the skills remote the hive tracks.")
    skills_remote_trusted: bool = Field(
        False,
        description="Serve skills whose last change came from the skills remote as the hive's own (trust: "
        "verified, source: skills). Only for a remote that is the team's own reviewed repository: by default a "
        "commit this hive did not make is served trust: unverified with source remote:<repository name>.",
    )
    skills_remote_trusted_teams: frozenset[str] = Field(
        default_factory=frozenset,
        description="The teams whose skills remote alone is trusted as skills_remote_trusted trusts every team's, "
        'as JSON: ["team-b"]; for a hive serving several teams (team_skills_remotes) of which only some track '
        "their own reviewed repository.",
    )
    skills_sync_interval: float = Field(
        30.0,
        ge=0,
        description="Seconds between pulls, checked lazily when skills are read (in the background, never "
        "blocking a read); 0: pull only on evolver commits and `skillhive skills sync`.",
    )
    team_skills_remotes: dict[str, str] = Field(
        default_factory=dict,
        description='Skills remotes of other teams, as JSON: {"team-b": "git@host:team-b/skills.git"}; '
        "a team listed here uses its own remote instead of skills_remote.",
    )

    @field_validator("skills_remote")
    @classmethod
    def _remote(cls, value: str | None) -> str | None:
        return _check_remote(value) if value is not None else None

    @field_validator("team_skills_remotes")
    @classmethod
    def _team_remotes(cls, value: dict[str, str]) -> dict[str, str]:
        for team in value:
            if not _IDENT.fullmatch(team):
                raise ValueError(f"{team!r} is not a team name")
        return {team: _check_remote(url) for team, url in value.items()}

    @field_validator("skills_remote_trusted_teams")
    @classmethod
    def _trusted_teams(cls, value: frozenset[str]) -> frozenset[str]:
        for team in value:
            if not _IDENT.fullmatch(team):
                raise ValueError(f"{team!r} is not a team name")
        return value

    @field_validator("skills_remote_branch")
    @classmethod
    def _remote_branch(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,99}", value) or ".." in value or value.endswith(".lock"):
            raise ValueError("a branch name such as 'main'")
        return value

    # -- the Chroma server (--chroma-url) -------------------------------------------------------
    chroma_timeout: float = Field(
        15.0,
        gt=0,
        le=600,
        description="Seconds before a request to the Chroma server times out (connecting: at most 5); "
        "a query that times out is answered with keyword results and a warning.",
    )

    # -- a local hive that forwards to the team (`serve --upstream`) ---------------------------
    upstream_url: str | None = Field(
        None,
        description="The team hive's MCP endpoint (https://hive.example.com/mcp): `serve` over stdio then forwards "
        "every call to it, serves the team's skills from a local copy while it is unreachable, and queues "
        "recordings on disk until it is back.",
    )
    upstream_token: SecretStr | None = Field(
        None,
        description="Your bearer token for the team hive (`skillhive token create` there); the team hive takes "
        "your user and team from it. Prefer this variable to --token, which other users can see in `ps`.",
    )
    upstream_queue_max_mb: float = Field(
        512.0,
        gt=0,
        description="Most megabytes of recordings the local queue holds while the team hive is unreachable; past "
        "it, a recording is refused with a tool error that says so (nothing acknowledged is dropped).",
    )
    upstream_max_message_mb: float = Field(
        4.0,
        gt=0,
        description="Most megabytes one message from the team hive may hold (a skill file, a search result); a "
        "longer one is cut off while it is read, never held whole, and the call fails naming this setting.",
    )
    upstream_adopt: bool = Field(
        False,
        description="Also send what was queued on this machine for the same team hive under another token (after "
        "a token renewal). Off by default: writes queued under one identity are never sent as another.",
    )
    upstream_timeout: float = Field(
        10.0, gt=0, le=600, description="Seconds a call to the team hive may take before it counts as failed."
    )
    upstream_connect_timeout: float = Field(
        3.0, gt=0, le=60, description="Seconds to wait for a connection to the team hive."
    )
    upstream_retry_max: float = Field(
        30.0,
        gt=0,
        le=3600,
        description="Longest pause (seconds) between reconnection attempts while the team hive is unreachable; "
        "the pause starts at 0.5 s and doubles.",
    )
    upstream_sync_interval: float = Field(
        120.0,
        gt=0,
        description="Seconds between refreshes of the local copy of the team's skills while the team hive is "
        "reachable.",
    )

    # -- capture of coding-agent sessions (`skillhive hook`, `skillhive setup`) -------------------
    capture_exclude: list[str] = Field(
        default_factory=list,
        description="Project folders `skillhive hook` never captures (globs of paths, '~' allowed), e.g. "
        '["~/work/secret*"]; a .skillhiveignore file in a project excludes it too, or, with patterns in it, '
        "withholds the files they match.",
    )
    context_max_tokens: int = Field(
        500, ge=50, le=4000, description="Tokens the context hook adds to a prompt at most (relevant runs, skills)."
    )
    hook_timeout: float = Field(
        3.0, gt=0, le=60, description="Seconds a hook waits for a team hive before queueing its write and returning."
    )

    @field_validator("database_url")
    @classmethod
    def _database(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith(("postgresql://", "postgres://")):
            raise ValueError("a postgresql:// URL (or leave it unset for the embedded SQLite ledger)")
        if value is not None:
            check_url(value.get_secret_value(), "postgresql://USER@HOST:PORT/DATABASE")
        return value

    @field_validator("chroma_url", "upstream_url", "public_url", "embedding_base_url", "llm_base_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        return None if value is None else check_url(value, "http(s)://HOST[:PORT][/PATH]")

    @field_validator("data_dir", "skills_dir", mode="before")
    @classmethod
    def _path_given(cls, value: object) -> object:
        if isinstance(value, str) and not value.strip():  # an empty variable is not the current directory
            raise ValueError("a folder, not an empty value (unset the variable for the default)")
        return value

    @field_validator("data_dir")
    @classmethod
    def _absolute(cls, value: Path) -> Path:
        """Absolute, so that the start line, logs and messages say where the hive really is."""
        return value.expanduser().absolute()

    @field_validator("user", "team")
    @classmethod
    def _identifier(cls, value: str) -> str:
        return identifier(value)

    @property
    def skill_root(self) -> Path:
        return self.skills_dir or self.data_dir / "skills"

    def skills_remote_of(self, team: str) -> str | None:
        """The git remote a team's skills track: its own in team_skills_remotes, else skills_remote (local team)."""
        found = self.team_skills_remotes.get(team)
        return found or (self.skills_remote if team == self.team else None)

    def untrusted_remote(self, team: str) -> str | None:
        """The remote a team's skills track when its commits are not served as the hive's own
        (skills_remote_trusted, skills_remote_trusted_teams); None: every commit in them is."""
        trusted = self.skills_remote_trusted or team in self.skills_remote_trusted_teams
        return None if trusted else self.skills_remote_of(team)

    @property
    def ledger_path(self) -> Path:
        return self.data_dir / "ledger.db"

    @property
    def ledger_url(self) -> str | None:
        """The PostgreSQL URL of the ledger, or None for the embedded SQLite file."""
        return self.database_url.get_secret_value() if self.database_url else None

    @property
    def index_path(self) -> Path:
        return self.data_dir / "index"


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment with explicit overrides (None means: not given).

    A value that breaks a rule is a ConfigError of one line naming where it came from: the flag
    (`--data-dir`) when it was given as one, else the variable (`SKILLHIVE_HTTP_PORT`).
    """
    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)  # type: ignore[arg-type]
    except SettingsError as exc:  # a variable of a list or mapping that is not JSON
        found = re.search(r'field "(\w+)"', str(exc))
        name = f"SKILLHIVE_{found.group(1).upper()}" if found else "a SKILLHIVE_ variable"
        raise ConfigError(
            f'{name}: JSON, e.g. ["hive.lan:*"] for a list or {{"team-b": "URL"}} for a mapping'
        ) from None
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False, include_input=False, include_context=False):
            field = str(err["loc"][0]) if err["loc"] else "settings"
            where = f"--{field.replace('_', '-')}" if field in given else f"SKILLHIVE_{field.upper()}"
            problems.append(f"{where}: {err['msg'].removeprefix('Value error, ')}")
        raise ConfigError("; ".join(problems)) from None


def warn_unknown_variables(environ: Mapping[str, str]) -> list[str]:
    """A warning for each SKILLHIVE_ variable that no setting reads (a typo is otherwise ignored
    silently), naming the closest known one; the warnings, as logged."""
    known = {f"SKILLHIVE_{name.upper()}" for name in Settings.model_fields}
    warnings = []
    for name in sorted(environ):
        if name.upper().startswith("SKILLHIVE_") and name.upper() not in known:
            close = difflib.get_close_matches(name.upper(), sorted(known), n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]}?" if close else ""
            warnings.append(f"{name} is not a skillhive setting and is ignored{hint}")
            log.warning("%s", warnings[-1])
    return warnings


def check_url(url: str, shape: str) -> str:
    """A URL whose host and port can be read (an unclosed IPv6 bracket or a port over 65535 is not)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # reading it checks it
    except ValueError as exc:
        raise ValueError(f"a URL such as {shape} ({exc})") from None
    if not parts.scheme or not parts.hostname:
        raise ValueError(f"a URL such as {shape}")
    return url


def _check_remote(url: str) -> str:
    """A git URL or path that git cannot mistake for an option; the `ext::` transport runs commands."""
    if not url.strip() or url.startswith("-") or any(c in url for c in "\r\n\0") or url.lower().startswith("ext::"):
        raise ValueError("a git URL or path (no leading '-', no newlines, no ext:: transport)")
    if "://" not in url and not re.match(r"^[^/]+:", url):  # a local path: git would read it from the repo
        return str(Path(url).expanduser().resolve())
    return url
