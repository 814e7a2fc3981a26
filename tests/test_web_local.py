"""`skillhive ui`: the web view of a local hive, served on 127.0.0.1 by a real subprocess; the local
user acts (as on the command line), and every POST still needs the page's CSRF token."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from conftest import SEED
from skillhive.config import Settings
from skillhive.hive import Hive
from skillhive.skills.reviews import pending_reviews
from web_hive import TEAM, WebHive, csrf_of, populate

pytestmark = pytest.mark.slow


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", user="alice", team=TEAM, seed_skills=SEED)


@pytest.fixture
def local_ui(settings: Settings, embedder: object) -> Iterator[tuple[str, WebHive, Path]]:
    hive = Hive(settings, embedder=embedder)  # type: ignore[arg-type]
    try:
        data = populate(hive)
        root = hive.directories.root(TEAM)
    finally:
        hive.close()
    env = {
        **os.environ,
        "SKILLHIVE_DATA_DIR": str(settings.data_dir),
        "SKILLHIVE_USER": "alice",
        "SKILLHIVE_TEAM": TEAM,
        "SKILLHIVE_SEED_SKILLS": str(SEED),
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "skillhive.cli", "ui", "--port", "0"],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert proc.stderr is not None
        url = None
        for line in proc.stderr:  # the ready line comes once the socket listens
            if found := re.search(r"(http://127\.0\.0\.1:\d+)/ui/", line):
                url = found.group(1)
                break
        assert url is not None, "skillhive ui did not say where it serves"
        drain = threading.Thread(target=proc.stderr.read, daemon=True)  # its log must never fill the pipe
        drain.start()
        yield url, data, root
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stderr is not None:
            proc.stderr.close()


def test_skillhive_ui_serves_the_local_hive_on_loopback_as_the_local_user(
    local_ui: tuple[str, WebHive, Path],
) -> None:
    url, data, root = local_ui
    with httpx2.Client(base_url=url, timeout=60) as http:
        assert http.get("/").status_code == 303
        home = http.get("/ui/", follow_redirects=True)
        assert home.status_code == 200 and "alice · team team-a · admin" in home.text
        assert "Sign out" not in home.text  # nobody signs in to a local view
        cookie = home.history[0].headers.get("set-cookie", "")  # the first answer opens the session
        assert "HttpOnly" in cookie and "samesite=strict" in cookie.lower()

        reviews = http.get(f"/ui/{TEAM}/reviews")
        assert reviews.status_code == 200 and data.review in reviews.text
        assert http.post(f"/ui/{TEAM}/reviews/reject", data={"branch": data.review}).status_code == 403
        assert http.get("/ui/signin", headers={"Host": "attacker.example"}).status_code == 421
        done = http.post(f"/ui/{TEAM}/reviews/reject", data={"branch": data.review, "csrf": csrf_of(reviews.text)})
        assert done.status_code == 200 and f"rejected {data.review}" in done.text
    assert pending_reviews(root) == []
