"""A real PostgreSQL server for tests and benchmarks: `initdb` and `pg_ctl start` in a temporary
directory on a free 127.0.0.1 port, run as the `postgres` system user when we are root (the server
refuses root). Each test gets a database of its own (`create_database`).

conftest.py turns a missing server into a skip, or with CI=true into a failure, so CI cannot
pass without it.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import psycopg

SYSTEM_USER = "postgres"


def find_bindir() -> Path | None:
    """The directory of initdb and pg_ctl: Debian's /usr/lib/postgresql/<n>/bin, else PATH."""
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists() and Path(candidate, "pg_ctl").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PostgresServer:
    bindir: Path
    root: Path
    port: int
    as_user: str | None  # run the server binaries as this system user (we are root)
    durable: bool = False

    @property
    def admin_url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, *argv: str) -> None:
        cmd = [str(self.bindir / argv[0]), *argv[1:]]
        if self.as_user:
            cmd = ["runuser", "-u", self.as_user, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120, cwd=self.root)

    def start(self) -> None:
        data = self.root / "data"
        self._run("initdb", "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync")
        self.resume()

    def resume(self) -> None:
        """Start the server again on its existing data directory and port (after `stop`)."""
        data = self.root / "data"
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=300"
        if not self.durable:  # durability is not what the tests are about: a database per test stays cheap
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run("pg_ctl", "-D", str(data), "-o", options, "-l", str(self.root / "server.log"), "-w", "start")

    def stop(self) -> None:
        """Stop at once, as a crash would (`-m immediate`): clients' connections die mid-session."""
        with suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")

    def postmaster_pid(self) -> int:
        """The server's first process, parent of one process per connection (CPU accounting in bench/)."""
        return int((self.root / "data" / "postmaster.pid").read_text().split()[0])

    def create_database(self) -> str:
        name = "t_" + uuid.uuid4().hex[:16]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server can be started here (the reason says why)."""


@contextmanager
def running_server(*, durable: bool = False) -> Iterator[PostgresServer]:
    """A server for the block. `durable`: fsync on, as in production (benchmarks); off for tests."""
    bindir = find_bindir()
    if bindir is None:
        raise PostgresUnavailable("no PostgreSQL server binaries (initdb, pg_ctl): apt-get install postgresql")
    as_user = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SYSTEM_USER)
        except KeyError:
            raise PostgresUnavailable(f"running as root needs the {SYSTEM_USER!r} system user") from None
        as_user = SYSTEM_USER
    root = Path(tempfile.mkdtemp(prefix="skillhive-pg-"))
    if as_user:
        shutil.chown(root, user=as_user)
    server = PostgresServer(bindir=bindir, root=root, port=free_port(), as_user=as_user, durable=durable)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)
