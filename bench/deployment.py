"""A hive deployed as it would be for real, for benchmarks and end-to-end tests.

- `sqlite`: one `skillhive serve --transport http` process on a data directory (the embedded
  default: SQLite ledger, embedded Chroma index).
- `postgresql`: N replicas of it, each with its own data directory (and its own clone of the
  team's skills remote), sharing one PostgreSQL database and one Chroma server (`chroma run`).

Every part is a real server on a loopback port; nothing is mocked. Afterwards the ledger and the
index are read directly to check that nothing acknowledged was lost.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import anyio
import httpx2

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "tests"))
from chroma_server import ChromaServer, free_port  # noqa: E402
from postgres_server import running_server  # noqa: E402

Backend = Literal["sqlite", "postgresql"]
TEAMS = ("team-a", "team-b")


def hive_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """A minimal environment for the hive's CLI: its own data dir, the repo's seed skills, no evolver."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOME": os.environ.get("HOME", "/tmp"),
        "SKILLHIVE_DATA_DIR": str(data_dir),
        "SKILLHIVE_SEED_SKILLS": str(REPO / "skills"),
        "SKILLHIVE_EVOLVE_IN_SERVER": "false",  # the evolver's cost is measured on its own (bench/evolver_cost.py)
        **extra,
    }


def skillhive(env: dict[str, str], *args: str) -> str:
    """Run one `skillhive` command; its stdout, or an error with its stderr."""
    res = subprocess.run(
        [sys.executable, "-m", "skillhive.cli", *args], env=env, capture_output=True, text=True, timeout=180
    )
    if res.returncode != 0:
        raise RuntimeError(f"skillhive {' '.join(args)} failed: {res.stderr.strip()}")
    return res.stdout


def create_tokens(env: dict[str, str], users_per_team: int = 2) -> list[tuple[str, str]]:
    """(team, token) pairs made with `skillhive token create`, users_per_team for each of TEAMS."""
    return [
        (team, skillhive(env, "token", "create", "--user", f"user{u}-{team}", "--team", team).strip())
        for team in TEAMS
        for u in range(users_per_team)
    ]


class HiveProcess:
    """`skillhive serve --transport http` on a loopback port; stderr goes to a log file in the data dir."""

    def __init__(self, env: dict[str, str], port: int) -> None:
        self.env, self.port = env, port
        self.base = f"http://127.0.0.1:{port}"
        self.log_path = Path(env["SKILLHIVE_DATA_DIR"]) / f"serve-{port}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def mcp_url(self) -> str:
        return f"{self.base}/mcp"

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def start(self) -> None:
        cmd = [sys.executable, "-m", "skillhive.cli", "serve", "--transport", "http", "--port", str(self.port)]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(cmd, env=self.env, stdout=subprocess.DEVNULL, stderr=log)

    async def ready(self, timeout: float = 120.0) -> None:
        """Wait for /healthz; fail with the log's tail if the process exits first."""
        with anyio.fail_after(timeout):
            async with httpx2.AsyncClient(timeout=5) as http:
                while True:
                    if self.proc is None or self.proc.poll() is not None:
                        raise RuntimeError(f"the hive exited while starting:\n{self.log_tail()}")
                    try:
                        if (await http.get(f"{self.base}/healthz")).status_code == 200:
                            return
                    except httpx2.TransportError:
                        pass
                    await anyio.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, what a crash looks like."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
        if self.proc is not None:
            self.proc.wait(timeout=60)

    def stop(self) -> int | None:
        """SIGTERM, then SIGKILL after 60 s; the exit code."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=60)
        return self.proc.returncode

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


@dataclass
class Deployment:
    root: Path
    backend: Backend
    database_url: str | None = None
    chroma_url: str | None = None
    server_pids: list[int] = field(default_factory=list)  # the postmaster and Chroma, for CPU accounting
    replicas: list[HiveProcess] = field(default_factory=list)
    extra_env: dict[str, str] = field(default_factory=dict)

    def env(self, n: int = 0) -> dict[str, str]:
        """The environment of replica `n` (its own data directory; the shared database and index)."""
        shared = {"SKILLHIVE_DATABASE_URL": self.database_url, "SKILLHIVE_CHROMA_URL": self.chroma_url}
        shared = {k: v for k, v in shared.items() if v}
        # Tokens always: with `auto`, a replica started before the first token would let anyone in.
        return hive_env(self.root / f"replica-{n}", SKILLHIVE_HTTP_AUTH="tokens", **shared, **self.extra_env)

    async def start(self, replicas: int) -> None:
        """Start the replicas one after the other (the first seeds the skills remote, the others clone it)."""
        for n in range(replicas):
            hive = HiveProcess(self.env(n), free_port())
            hive.start()
            self.replicas.append(hive)
            await hive.ready()

    def stop(self) -> list[int | None]:
        return [hive.stop() for hive in self.replicas]

    @contextmanager
    def ledger(self) -> Iterator[Any]:
        from skillhive.wiring import ledger_at

        opened = ledger_at(self.root / "replica-0" / "ledger.db", self.database_url)
        try:
            yield opened
        finally:
            opened.close()

    def lost_writes(self, acked: dict[str, str]) -> list[str]:
        """Acknowledged trajectory ids the ledger does not hold (for their team)."""
        with self.ledger() as ledger:
            return [tid for tid, team in acked.items() if ledger.get_trajectory(team, tid) is None]

    def pending_index(self) -> int:
        with self.ledger() as ledger:
            return int(ledger.outbox.count())

    async def wait_drained(self, timeout: float) -> float:
        """Seconds until the outbox is empty (the vector index has caught up)."""
        t0 = time.perf_counter()
        with anyio.fail_after(timeout):
            while await anyio.to_thread.run_sync(self.pending_index):
                await anyio.sleep(0.1)
        return time.perf_counter() - t0

    def not_indexed(self, acked: dict[str, str]) -> list[str]:
        """Acknowledged ids missing from the vector index (an embedded one: open it once the hive stopped)."""
        from skillhive.store.vector_index import VectorIndex

        with self.ledger() as ledger:
            model = ledger.get_meta("index_model")
        assert model is not None, "the hive never recorded its index model"
        if self.chroma_url:
            index = VectorIndex(model, url=self.chroma_url)
        else:
            index = VectorIndex(model, path=self.root / "replica-0" / "index")
        by_team: dict[str, list[str]] = defaultdict(list)
        for tid, team in acked.items():
            by_team[team].append(tid)
        try:
            return [tid for team, ids in by_team.items() for tid in index.missing(team, "trajectory", ids)]
        finally:
            index.close()


@contextmanager
def deployed(
    root: Path, backend: Backend, *, database_url: str | None = None, extra_env: dict[str, str] | None = None
) -> Iterator[Deployment]:
    """The servers a backend needs (PostgreSQL when no URL is given, a Chroma server, a skills remote)
    for the block; `await deployment.start(n)` then starts n replicas. Everything stops at the end."""
    with ExitStack() as stack:
        deployment = Deployment(root=root, backend=backend, extra_env=dict(extra_env or {}))
        if backend == "postgresql":
            if database_url is None:
                server = stack.enter_context(running_server(durable=True))
                database_url = server.create_database()
                deployment.server_pids.append(server.postmaster_pid())
            chroma = ChromaServer(root / "chroma", free_port(), root / "chroma.log")
            chroma.start()
            stack.callback(chroma.stop)
            assert chroma.proc is not None
            deployment.server_pids.append(chroma.proc.pid)
            remote = root / "skills.git"
            subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], check=True)
            deployment.database_url, deployment.chroma_url = database_url, chroma.url
            deployment.extra_env.setdefault("SKILLHIVE_SKILLS_REMOTE", str(remote))
        stack.callback(deployment.stop)
        yield deployment


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU seconds the processes, their threads and their descendants have used so far:
    live children count themselves, children that ended count in their parent's cutime and cstime
    (PostgreSQL runs a process per connection)."""
    tick = os.sysconf("SC_CLK_TCK")

    def tree(pid: int) -> int:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            return 0  # gone (killed, or ended since it was listed)
        own = int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])  # utime stime cutime cstime
        return own + sum(tree(int(child)) for child in children)

    return sum(tree(pid) for pid in pids) / tick
